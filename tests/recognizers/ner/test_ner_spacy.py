"""The spaCy backend with the installed default model (official en_core_web_sm weights)."""

from __future__ import annotations

import subprocess
import sys
import textwrap

import pytest

from promptguard.recognizers.ner.spacy_backend import BUNDLED_MODEL, OFFICIAL_MODELS, find_model, plan_components

SENTENCES = [
    "Dr. Maria Gonzalez from Acme Corp met John O'Neil in Paris, France on 3 May 2021 at 10:30.",
    "Send the Q3 report to Li Wei at the Berlin office of Deutsche Bank before Friday.",
    "Barack Obama was born in Hawaii. He was president of the United States.",
    "The Norwegian delegation (led by Erna Solberg) visited Microsoft in Redmond, Washington.",
    "  leading spaces, then Angela Merkel\n\nand a new paragraph about Toyota Motor Corporation.",
    "",
    "no entities at all in this lowercase line",
    "Apple",
]


def _run(code: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-c", textwrap.dedent(code)], capture_output=True, text=True, timeout=300, check=False
    )


def test_default_model_is_an_installed_pipeline() -> None:
    name, path = find_model(None)
    assert name in (*OFFICIAL_MODELS, BUNDLED_MODEL)
    assert (path / "config.cfg").is_file()


def test_only_ner_components_run(spacy_ner) -> None:  # type: ignore[no-untyped-def]
    # en_core_web_sm's NER has its own tok2vec: parser, tagger, lemmatizer... are not loaded.
    assert spacy_ner.backend.components == ["ner"]


def test_listener_upstream_is_kept() -> None:
    config = {
        "nlp": {"pipeline": ["transformer", "tagger", "parser", "ner"]},
        "components": {
            "transformer": {"factory": "transformer"},
            "tagger": {"factory": "tagger", "model": {"tok2vec": {"@architectures": "x.TransformerListener.v1"}}},
            "parser": {"factory": "parser"},
            "ner": {
                "factory": "ner",
                "model": {"tok2vec": {"@architectures": "spacy-transformers.TransformerListener.v1",
                                      "upstream": "transformer"}},
            },
        },
    }
    keep, factories = plan_components(config)
    assert keep == ["transformer", "ner"]
    assert factories == ["ner", "transformer"]


def test_fast_decoder_matches_spacy(spacy_ner) -> None:  # type: ignore[no-untyped-def]
    backend = spacy_ner.backend
    if backend.decoder is None:
        pytest.skip("installed model is not supported by the fast decoder")
    import spacy

    # Against an unmodified spaCy pipeline: same tokenizer, weights and decisions.
    others = ["tok2vec", "tagger", "parser", "senter", "attribute_ruler", "lemmatizer"]
    vanilla = spacy.load(backend.path, exclude=others)
    fast = backend.decoder([backend.nlp.make_doc(t) for t in SENTENCES])
    slow = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in vanilla.pipe(SENTENCES)]
    assert fast == slow
    assert any(fast)  # the sentences do contain entities


def test_batch_equals_single_and_chunked_equals_whole(spacy_ner) -> None:  # type: ignore[no-untyped-def]
    from promptguard.recognizers.ner import NerOptions, NerRecognizer

    batch = spacy_ner.analyze_batch(SENTENCES)
    assert batch == [list(spacy_ner.analyze(t)) for t in SENTENCES]
    text = " ".join(SENTENCES[:4]) * 3
    chunked = NerRecognizer(spacy_ner.backend, NerOptions(enabled=True, chunk_chars=300, chunk_overlap=60))
    whole = [(f.start, f.end, f.entity_type) for f in spacy_ner.analyze(text)]
    parts = [(f.start, f.end, f.entity_type) for f in chunked.analyze(text)]
    assert parts == whole


def test_finds_names_places_orgs(spacy_ner) -> None:  # type: ignore[no-untyped-def]
    text = SENTENCES[0]
    found = {(text[f.start : f.end], f.entity_type) for f in spacy_ner.analyze(text)}
    assert ("Maria Gonzalez", "PERSON") in found
    assert ("Acme Corp", "ORGANIZATION") in found
    assert ("Paris", "LOCATION") in found


def test_lone_surrogate_keeps_every_finding_and_offset(spacy_ner) -> None:  # type: ignore[no-untyped-def]
    # A lone surrogate (from a broken JSON escape, say) cannot be UTF-8 encoded: spaCy raised and
    # the whole batch lost its NER findings. The model now sees U+FFFD in its place.
    broken = "Dr. Maria Gonzalez from Acme Corp \ud800 John O'Neil in Paris, France."
    found = {(broken[f.start : f.end], f.entity_type) for f in spacy_ner.analyze(broken)}
    assert ("Maria Gonzalez", "PERSON") in found
    assert ("Paris", "LOCATION") in found
    replaced = broken.replace("\ud800", "\ufffd")
    assert found == {(replaced[f.start : f.end], f.entity_type) for f in spacy_ner.analyze(replaced)}
    clean = "Send the Q3 report to Li Wei at the Berlin office of Deutsche Bank before Friday."
    batch = spacy_ner.analyze_batch([broken, clean])
    assert batch[1] == list(spacy_ner.analyze(clean)) and batch[1]


def test_a_huge_token_is_broken_up_and_names_around_it_keep_their_offsets(spacy_ner) -> None:  # type: ignore[no-untyped-def]
    # spaCy strips a token's prefixes and suffixes one at a time over the whole token: 20 KB of
    # quotes took 10 s. Runs longer than 128 characters reach the model broken into pieces
    # (spaces in place of single characters), so the offsets of everything else are unchanged.
    from promptguard.recognizers.ner.recognizer import _model_safe

    run = "'" * 5000 + "=" * 3000
    text = f"Dr. Maria Gonzalez wrote {run} from Paris, France."
    safe = _model_safe(text)
    assert len(safe) == len(text)
    assert max(len(piece) for piece in safe.split()) <= 64
    assert all(a == b or a == " " for a, b in zip(safe, text, strict=True))  # only spaces put in
    found = {(text[f.start : f.end], f.entity_type) for f in spacy_ner.analyze(text)}
    assert ("Maria Gonzalez", "PERSON") in found
    assert ("Paris", "LOCATION") in found
    short = "key=" + "a" * 120
    assert _model_safe(short) == short  # runs up to 128 characters reach the model as they are


@pytest.mark.slow
def test_spacy_never_imported_when_ner_disabled() -> None:
    proc = _run(
        """
        import sys
        import promptguard
        promptguard.scan("Maria Gonzalez from Acme Corp, jane@acme.io")
        promptguard.Guard({"extends": "default", "ner": {"enabled": False}}).scan("Maria in Paris")
        assert "spacy" not in sys.modules, "spacy imported"
        assert "thinc" not in sys.modules, "thinc imported"
        print("OK")
        """
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "OK" in proc.stdout


@pytest.mark.slow
def test_default_ner_scan_runs_without_network() -> None:
    proc = _run(
        """
        import socket, sys

        def refuse(*args, **kwargs):
            raise OSError("network disabled by test")

        socket.socket.connect = refuse
        socket.socket.connect_ex = refuse
        socket.create_connection = refuse
        socket.getaddrinfo = refuse

        import promptguard
        guard = promptguard.Guard({"extends": "default", "ner": {"enabled": True}})
        result = guard.sanitize("Please send the contract to Maria Gonzalez in Paris.")
        assert str(result.verdict) != "indeterminate", result.errors
        assert "PERSON" in result.entity_types, result.entity_types
        assert "Maria Gonzalez" not in result.text
        print("OK")
        """
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "OK" in proc.stdout


@pytest.mark.slow
def test_loading_skips_unrelated_spacy_entry_points() -> None:
    # Presidio registers a spaCy factory entry point; spaCy would import all of
    # presidio_analyzer (~1 s) at every pipeline load without the guard in spacy_backend.
    proc = _run(
        """
        import sys
        from promptguard.recognizers.ner import build_ner_recognizer
        rec = build_ner_recognizer({"enabled": True})
        assert rec.analyze("Maria Gonzalez lives in Paris.")
        assert "presidio_analyzer" not in sys.modules
        assert "typer" not in sys.modules  # spaCy's command line is not imported...
        import spacy
        assert callable(spacy.cli.download)  # ...until someone uses it
        import spacy.cli.info
        print("OK")
        """
    )
    assert proc.returncode == 0, proc.stderr[-2000:]
    assert "OK" in proc.stdout


@pytest.mark.slow
def test_presidio_backend_with_the_same_model() -> None:
    pytest.importorskip("presidio_analyzer")
    from promptguard.recognizers.ner import build_ner_recognizer

    _, path = find_model(BUNDLED_MODEL)
    rec = build_ner_recognizer(
        {
            "enabled": True,
            "backend": "presidio",
            "presidio_nlp": {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": str(path)}]},
        }
    )
    assert rec.id == "ner.presidio"
    text = SENTENCES[0]
    found = {(text[f.start : f.end], f.entity_type) for f in rec.analyze(text)}
    assert ("Maria Gonzalez", "PERSON") in found and ("Paris", "LOCATION") in found


def test_presidio_backend_refuses_to_download() -> None:
    pytest.importorskip("presidio_analyzer")
    from promptguard.errors import ConfigError
    from promptguard.recognizers.ner import build_ner_recognizer

    config = {"nlp_engine_name": "spacy", "models": [{"lang_code": "en", "model_name": "en_core_web_xx_missing"}]}
    with pytest.raises(ConfigError, match="never downloads"):
        build_ner_recognizer({"enabled": True, "backend": "presidio", "presidio_nlp": config})


def test_concurrent_scans_agree(spacy_ner) -> None:  # type: ignore[no-untyped-def]
    from concurrent.futures import ThreadPoolExecutor

    texts = SENTENCES * 4
    expected = [list(spacy_ner.analyze(t)) for t in texts]
    with ThreadPoolExecutor(4) as pool:
        got = list(pool.map(lambda t: list(spacy_ner.analyze(t)), texts))
    assert got == expected


def test_tokenizer_is_the_saved_one(spacy_ner) -> None:  # type: ignore[no-untyped-def]
    import spacy

    reference = spacy.blank("en").tokenizer.from_disk(spacy_ner.backend.path / "tokenizer")
    texts = [*SENTENCES, "e-mail: jane.doe@acme.io, U.S.A. can't won't 3.5kg :) https://x.io/a?b=1 Mr. O'Neil's"]
    for text in texts:
        ours = [t.text for t in spacy_ner.backend.nlp.make_doc(text)]
        assert ours == [t.text for t in reference(text)]
    # ...and tokenizer exceptions from the saved pipeline are there ("can't" -> "ca", "n't").
    assert [t.text for t in spacy_ner.backend.nlp.make_doc("can't")] == ["ca", "n't"]


def test_blas_threads_are_restored(spacy_ner) -> None:  # type: ignore[no-untyped-def]
    threadpoolctl = pytest.importorskip("threadpoolctl")
    before = [i["num_threads"] for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"]
    spacy_ner.analyze(SENTENCES[0])
    after = [i["num_threads"] for i in threadpoolctl.threadpool_info() if i["user_api"] == "blas"]
    assert before == after
