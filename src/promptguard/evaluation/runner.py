"""Run any scanner over a dataset and keep what is needed to score it.

A *scanner* is any object with ``scan(text) -> ScanResult`` (a :class:`promptguard.Guard`,
or an adapter around Presidio or detect-secrets). ``scan_batch`` is used when present,
because NER backends are much faster on batches.
"""

from __future__ import annotations

import sys
from collections.abc import Callable, Iterable, Sequence
from dataclasses import dataclass
from typing import Any, Protocol, runtime_checkable

from promptguard.evaluation.datasets import Dataset, Record
from promptguard.findings import Finding, ScanResult

__all__ = ["PredSpan", "Prediction", "Scanner", "run_scanner", "to_prediction"]


@runtime_checkable
class Scanner(Protocol):
    def scan(self, text: str) -> ScanResult: ...


@dataclass(frozen=True, slots=True)
class PredSpan:
    """A finding reduced to what scoring needs (no value, no hash)."""

    start: int
    end: int
    entity_type: str
    score: float = 1.0
    recognizer: str = ""
    pack: str | None = None

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(frozen=True, slots=True)
class Prediction:
    """What a scanner said about one record."""

    record_id: str
    spans: tuple[PredSpan, ...] = ()
    injection_score: float | None = None
    injection_flagged: bool | None = None
    error: str | None = None
    """Value-free description when the scan raised or reported recognizer errors."""


def to_prediction(
    record_id: str,
    result: ScanResult,
    entity_map: dict[str, str] | None = None,
) -> Prediction:
    entity_map = entity_map or {}
    spans: list[PredSpan] = []
    seen: set[tuple[int, int, str]] = set()
    for f in result.findings:
        etype = entity_map.get(f.entity_type, f.entity_type)
        if not etype or etype == "IGNORE":
            continue
        key = (f.start, f.end, etype)
        # Two recognizers reporting the same span and type are one prediction, not one TP
        # plus one FP.
        if key in seen:
            continue
        seen.add(key)
        spans.append(_pred_span(f, etype))
    inj = result.injection
    error = "; ".join(result.errors) if result.errors else None
    return Prediction(
        record_id=record_id,
        spans=tuple(sorted(spans, key=lambda s: (s.start, s.end, s.entity_type))),
        injection_score=None if inj is None else float(inj.score),
        injection_flagged=None if inj is None else bool(inj.flagged),
        error=error,
    )


def _pred_span(f: Finding, etype: str) -> PredSpan:
    return PredSpan(
        start=f.start,
        end=f.end,
        entity_type=etype,
        score=float(f.score),
        recognizer=f.recognizer,
        pack=f.pack,
    )


def _progress(total: int, desc: str, enabled: bool | None) -> Any:
    """A tqdm bar on stderr, only when stderr is a terminal (never in CI logs or pipes)."""
    if enabled is None:
        enabled = sys.stderr.isatty()
    if not enabled:
        return None
    try:
        from tqdm import tqdm
    except ImportError:  # tqdm is optional: a run without it just has no bar
        return None
    return tqdm(total=total, desc=desc, unit="rec", file=sys.stderr, leave=False)


def run_scanner(
    scanner: Any,
    dataset: Dataset | Sequence[Record],
    *,
    entity_map: dict[str, str] | None = None,
    batch_size: int = 32,
    progress: bool | None = None,
    desc: str = "eval",
    on_batch: Callable[[int], None] | None = None,
) -> list[Prediction]:
    """Scan every record; a scan that raises is kept as an error, never as a clean result."""
    records: Sequence[Record] = dataset.records if isinstance(dataset, Dataset) else dataset
    if not callable(getattr(scanner, "scan", None)):
        raise TypeError("scanner must have a scan(text) -> ScanResult method")
    batch_fn = getattr(scanner, "scan_batch", None)
    bar = _progress(len(records), desc, progress)
    out: list[Prediction] = []
    try:
        for chunk in _chunks(records, batch_size if callable(batch_fn) else 1):
            out.extend(_scan_chunk(scanner, batch_fn, chunk, entity_map))
            if bar is not None:
                bar.update(len(chunk))
            if on_batch is not None:
                on_batch(len(chunk))
    finally:
        if bar is not None:
            bar.close()
    return out


def _chunks(records: Sequence[Record], size: int) -> Iterable[Sequence[Record]]:
    for i in range(0, len(records), size):
        yield records[i : i + size]


def _scan_chunk(
    scanner: Any,
    batch_fn: Any,
    chunk: Sequence[Record],
    entity_map: dict[str, str] | None,
) -> list[Prediction]:
    if callable(batch_fn) and len(chunk) > 1:
        try:
            results = list(batch_fn([r.text for r in chunk]))
        except Exception:  # noqa: BLE001 - fall back to one by one to isolate the bad record
            results = None
        if results is not None and len(results) == len(chunk):
            return [to_prediction(r.id, res, entity_map) for r, res in zip(chunk, results, strict=False)]
    out = []
    for r in chunk:
        try:
            res = scanner.scan(r.text)
        except Exception as exc:  # noqa: BLE001 - an engine failure is data for the report
            # Only the type: an exception message could quote the scanned text.
            out.append(Prediction(record_id=r.id, error=f"scan raised {type(exc).__name__}"))
            continue
        out.append(to_prediction(r.id, res, entity_map))
    return out
