"""The supported-entities table generated from the packs."""

from __future__ import annotations

from promptguard.config.schema import PackSpec
from promptguard.config.tables import entity_rows, entity_table_markdown


def _pack(**entry: object) -> PackSpec:
    base = {"id": "thing", "entity": "THING", "patterns": [{"regex": r"\bT\d{4}\b", "score": 0.3}]}
    return PackSpec.model_validate({"schema_version": 1, "pack": "mine", "recognizers": [{**base, **entry}]})


def test_builtin_table_lists_every_required_entity() -> None:
    table = entity_table_markdown()
    assert table.startswith("| Entity | Recognizer | Pack | Validator | Context word needed |\n")
    for entity in (
        "EMAIL_ADDRESS", "PHONE_NUMBER", "US_SSN", "CREDIT_CARD", "IBAN_CODE", "IP_ADDRESS", "URL", "CRYPTO",
        "DATE_TIME", "US_BANK_NUMBER", "ABA_ROUTING_NUMBER", "US_PASSPORT", "US_DRIVER_LICENSE", "US_ITIN",
        "MEDICAL_LICENSE", "UK_NHS", "UK_NINO", "CA_SIN", "AU_TFN", "AU_ABN", "AU_MEDICARE", "IN_AADHAAR",
        "IN_PAN", "ES_NIF", "IT_FISCAL_CODE", "FR_NIR", "DE_TAX_ID", "NL_BSN", "PL_PESEL",
    ):  # fmt: skip
        assert f"| `{entity}` |" in table, entity
    assert "PROMPT_INJECTION" not in table  # injection packs are not entity packs


def test_context_column_is_derived_from_scores_and_validator() -> None:
    (weak,) = entity_rows([_pack(context=["thing"])])
    assert (weak.entity, weak.recognizer, weak.pack, weak.validator) == ("THING", "thing", "mine", "")
    assert weak.context_needed == "yes"
    (strong,) = entity_rows([_pack(patterns=[{"regex": r"\bT\d{4}\b", "score": 0.9}])])
    assert strong.context_needed == "no"
    # A validator that confirms one of the entry's own examples lifts the requirement.
    (confirmed,) = entity_rows(
        [_pack(patterns=[{"regex": r"\b\d{4} \d{4} \d{4} \d{4}\b", "score": 0.3}], validator="credit_card",
               examples={"match": ["card 4111 1111 1111 1111"]})]
    )  # fmt: skip
    assert confirmed.validator == "credit_card"
    assert confirmed.context_needed == "unless the validator confirms it"


def test_disabled_entries_are_left_out() -> None:
    assert entity_rows([_pack(enabled=False)]) == []
