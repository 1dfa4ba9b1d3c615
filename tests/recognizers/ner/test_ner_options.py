from __future__ import annotations

import pytest
from pydantic import ValidationError

from promptguard.errors import ConfigError
from promptguard.recognizers.ner import NER_ENTITIES, NerOptions, build_ner_recognizer


def test_defaults_follow_presidio_mapping() -> None:
    opts = NerOptions(enabled=True)
    assert opts.model_to_presidio_entity_mapping["GPE"] == "LOCATION"
    assert opts.model_to_presidio_entity_mapping["NORP"] == "NRP"
    assert "MONEY" in opts.labels_to_ignore and "ORGANIZATION" not in opts.labels_to_ignore
    assert opts.low_confidence_score_multiplier == 0.4
    assert tuple(opts.entities) == NER_ENTITIES


def test_typo_is_an_error() -> None:
    with pytest.raises(ValidationError):
        NerOptions.model_validate({"enabled": True, "modle": "en_core_web_lg"})


def test_build_reports_the_field() -> None:
    with pytest.raises(ConfigError, match=r"ner\.chunk_chars"):
        build_ner_recognizer({"enabled": True, "chunk_chars": 5})


def test_overlap_must_fit_in_chunk() -> None:
    with pytest.raises(ValidationError, match="chunk_overlap"):
        NerOptions(chunk_chars=1000, chunk_overlap=600)


def test_presidio_backend_needs_configuration() -> None:
    with pytest.raises(ValidationError, match="presidio_nlp"):
        NerOptions(backend="presidio")


def test_unknown_model_is_not_downloaded() -> None:
    with pytest.raises(ConfigError, match="never downloads"):
        build_ner_recognizer({"enabled": True, "model": "en_core_web_doesnotexist"})


def test_missing_directory_is_a_config_error(tmp_path) -> None:  # type: ignore[no-untyped-def]
    with pytest.raises(ConfigError, match=r"config\.cfg"):
        build_ner_recognizer({"enabled": True, "model": str(tmp_path)})
