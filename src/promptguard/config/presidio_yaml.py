"""Read Presidio's recognizer YAML format (``recognizers: [{name, supported_entity, patterns...}]``)."""

from __future__ import annotations

import re
from typing import Any

__all__ = ["IMPORTED_DESCRIPTION", "is_presidio_yaml", "presidio_to_pack"]


IMPORTED_DESCRIPTION = "imported from a Presidio recognizer YAML file"
"""The description of a pack converted from Presidio's format (which has no ``examples``)."""


def is_presidio_yaml(data: dict[str, Any]) -> bool:
    recs = data.get("recognizers")
    return (
        "schema_version" not in data
        and isinstance(recs, list)
        and any(isinstance(r, dict) and ("supported_entity" in r or "supported_entities" in r) for r in recs)
    )


def _slug(name: str) -> str:
    slug = re.sub(r"[^a-z0-9]+", "_", re.sub(r"([a-z])([A-Z])", r"\1_\2", name).lower()).strip("_")
    return slug or "recognizer"


def _engine(regex: Any) -> str:
    from promptguard.recognizers.regex import check_regex

    try:
        check_regex(str(regex))
    except ValueError:
        return "backtracking"
    return "re2"


def presidio_to_pack(data: dict[str, Any], pack_name: str) -> dict[str, Any]:
    """Convert to promptguard's pack dict; validation happens in the loader as usual."""
    out: list[dict[str, Any]] = []
    for rec in data.get("recognizers", []):
        if not isinstance(rec, dict):
            out.append(rec)
            continue
        if rec.get("supported_language", "en") not in ("en", None):
            continue
        entity = rec.get("supported_entity") or (rec.get("supported_entities") or [None])[0]
        entry: dict[str, Any] = {
            "id": _slug(str(rec.get("name", entity or "recognizer"))),
            "entity": entity,
            "patterns": [
                {
                    "name": p.get("name", "default"),
                    "regex": p.get("regex"),
                    "score": p.get("score", 0.5),
                    "engine": _engine(p.get("regex")),
                }
                for p in rec.get("patterns") or []
            ],
            "context": rec.get("context") or [],
            "deny_list": rec.get("deny_list") or [],
            "enabled": rec.get("enabled", True),
        }
        out.append(entry)
    return {
        "schema_version": 1,
        "pack": _slug(pack_name).replace("_", "-"),
        "description": IMPORTED_DESCRIPTION,
        "recognizers": out,
    }
