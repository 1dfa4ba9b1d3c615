"""Loading evaluation data: PII span files, injection files and secrets files.

Three JSONL shapes are understood (see ``../shared/datasets/README.md``):

* PII:       ``{"id", "text", "spans": [{"start", "end", "label"}, ...]}``
* injection: ``{"id", "text", "label"}`` with label 1 = attack, 0 = benign
* secrets:   ``{"id", "text", "label", "spans": [...]}``: both a record label and spans

The task is detected from the first record unless the caller names it. Every error names
the file and line, and never quotes the text of a record (it may hold a live secret).
"""

from __future__ import annotations

import json
import os
from collections.abc import Iterable, Iterator, Mapping, Sequence
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, Literal

from promptguard.errors import PromptGuardError

__all__ = [
    "DATASETS_ENV",
    "Dataset",
    "DatasetError",
    "GoldSpan",
    "Record",
    "Task",
    "default_data_dir",
    "detect_task",
    "discover_datasets",
    "load_dataset",
    "load_datasets",
    "parse_label_map",
]

Task = Literal["pii", "injection", "secrets"]
TASKS: tuple[Task, ...] = ("pii", "injection", "secrets")

DATASETS_ENV = "PROMPTGUARD_DATASETS"

# A label mapped to one of these is dropped from the gold data: "this tool is not expected
# to find it" (e.g. TITLE or AGE when evaluating a pattern-only policy).
_IGNORE_LABELS = frozenset({"", "IGNORE", "O", "-"})


class DatasetError(PromptGuardError, ValueError):
    """An evaluation file cannot be used as given (missing, malformed, mixed tasks)."""


@dataclass(frozen=True, slots=True)
class GoldSpan:
    """One annotated entity: offsets into the record's text and its (mapped) label."""

    start: int
    end: int
    label: str

    def overlaps(self, start: int, end: int) -> bool:
        return self.start < end and start < self.end


@dataclass(frozen=True, slots=True)
class Record:
    """One evaluation example. ``text`` is kept out of ``repr`` so a stray log never leaks it."""

    id: str
    text: str = field(repr=False)
    spans: tuple[GoldSpan, ...] = ()
    label: int | None = None
    """Record-level class for injection and secrets data (1 = positive)."""
    dataset: str = ""
    """Name of the file the record came from (its stem), for per-dataset breakdowns."""
    meta: Mapping[str, Any] = field(default_factory=dict, repr=False, compare=False)


@dataclass(frozen=True, slots=True)
class Dataset:
    name: str
    task: Task
    records: tuple[Record, ...]
    paths: tuple[str, ...] = ()

    def __len__(self) -> int:
        return len(self.records)

    @property
    def labels(self) -> tuple[str, ...]:
        """Sorted gold entity labels present in the data."""
        return tuple(sorted({s.label for r in self.records for s in r.spans}))


# --------------------------------------------------------------------------- locating data
def default_data_dir(repo_root: Path | None = None) -> Path:
    """``$PROMPTGUARD_DATASETS``, else ``../shared/datasets`` next to the repository."""
    env = os.environ.get(DATASETS_ENV)
    if env:
        return Path(env)
    if repo_root is None:
        # src/promptguard/evaluation/datasets.py -> repository root is three parents up.
        repo_root = Path(__file__).resolve().parents[3]
    return repo_root.parent / "shared" / "datasets"


def discover_datasets(data_dir: Path | str) -> list[Path]:
    """Every ``*.jsonl`` file under ``data_dir`` (one level of folders, as in shared/datasets)."""
    root = Path(data_dir)
    if not root.is_dir():
        raise DatasetError(f"{root}: data directory not found (set {DATASETS_ENV} or --data-dir)")
    return sorted(p for p in root.rglob("*.jsonl") if p.is_file())


def _expand(paths: Iterable[Path | str]) -> list[Path]:
    out: list[Path] = []
    for raw in paths:
        p = Path(raw)
        if p.is_dir():
            found = discover_datasets(p)
            if not found:
                raise DatasetError(f"{p}: no .jsonl files in this directory")
            out.extend(found)
        elif p.is_file():
            out.append(p)
        else:
            raise DatasetError(f"{p}: file not found")
    return out


# --------------------------------------------------------------------------- label mapping
def parse_label_map(specs: Sequence[str] | str | None) -> dict[str, str]:
    """Build a label mapping from ``A=B`` pairs and/or JSON / YAML files.

    ``GPE=LOCATION,PER=PERSON`` and ``--labels map.json`` both work; several may be given.
    Mapping a label to ``IGNORE`` (or to nothing: ``TITLE=``) drops it from the gold data.
    """
    if specs is None:
        return {}
    if isinstance(specs, str):
        specs = [specs]
    mapping: dict[str, str] = {}
    for spec in specs:
        spec = spec.strip()
        if not spec:
            continue
        path = Path(spec)
        if "=" not in spec or path.is_file():
            if not path.is_file():
                raise DatasetError(f"--labels {spec!r}: expected LABEL=ENTITY pairs or a JSON/YAML mapping file")
            mapping.update(_read_map_file(path))
            continue
        for pair in spec.split(","):
            pair = pair.strip()
            if not pair:
                continue
            key, sep, value = pair.partition("=")
            if not sep or not key.strip():
                raise DatasetError(f"--labels: {pair!r} is not LABEL=ENTITY")
            mapping[key.strip()] = value.strip()
    return mapping


def _read_map_file(path: Path) -> dict[str, str]:
    raw = path.read_text(encoding="utf-8")
    data: Any
    try:
        if path.suffix.lower() in (".yaml", ".yml"):
            import yaml  # lazy: only label files in YAML need it

            data = yaml.safe_load(raw)
        else:
            data = json.loads(raw)
    except Exception as exc:  # noqa: BLE001 - any parse error becomes a clear input error
        raise DatasetError(f"{path}: cannot parse label mapping ({type(exc).__name__})") from None
    if not isinstance(data, dict) or not all(isinstance(k, str) for k in data):
        raise DatasetError(f"{path}: a label mapping must be an object of LABEL: ENTITY")
    return {k: "" if v is None else str(v) for k, v in data.items()}


def _map_label(label: str, mapping: Mapping[str, str]) -> str | None:
    mapped = mapping.get(label, label)
    return None if mapped.strip() in _IGNORE_LABELS else mapped.strip()


# --------------------------------------------------------------------------- parsing
def detect_task(first: Mapping[str, Any], name: str = "") -> Task:
    """The task a record's shape implies: spans + label = secrets, spans = PII, label = injection."""
    has_spans = "spans" in first
    has_label = "label" in first
    if has_spans and has_label:
        return "secrets"
    if has_spans:
        return "pii"
    if has_label:
        # The file name breaks no tie here, but a secrets file without spans is still secrets.
        return "secrets" if name.startswith("secrets") else "injection"
    raise DatasetError(f"{name or 'data'}: records need 'spans' (PII) or 'label' (injection)")


def _iter_jsonl(path: Path) -> Iterator[tuple[int, dict[str, Any]]]:
    try:
        handle = path.open(encoding="utf-8")
    except OSError as exc:
        raise DatasetError(f"{path}: cannot open ({exc.strerror})") from None
    with handle:
        try:
            for lineno, line in enumerate(handle, 1):
                if not line.strip():
                    continue
                try:
                    obj = json.loads(line)
                except json.JSONDecodeError as exc:
                    raise DatasetError(f"{path}:{lineno}: invalid JSON ({exc.msg})") from None
                if not isinstance(obj, dict):
                    raise DatasetError(f"{path}:{lineno}: each line must be a JSON object")
                yield lineno, obj
        except UnicodeDecodeError:
            raise DatasetError(f"{path}: not valid UTF-8") from None


def _parse_record(
    obj: dict[str, Any],
    *,
    path: Path,
    lineno: int,
    task: Task,
    label_map: Mapping[str, str],
) -> Record:
    where = f"{path}:{lineno}"
    text = obj.get("text")
    if not isinstance(text, str):
        raise DatasetError(f"{where}: 'text' must be a string")
    rid = obj.get("id")
    rid = f"{path.stem}:{lineno}" if rid is None else str(rid)

    spans: list[GoldSpan] = []
    raw_spans = obj.get("spans", [])
    if task in ("pii", "secrets"):
        if task == "pii" and "spans" not in obj:
            raise DatasetError(f"{where}: PII records need a 'spans' list")
        if not isinstance(raw_spans, list):
            raise DatasetError(f"{where}: 'spans' must be a list")
        for i, s in enumerate(raw_spans):
            if not isinstance(s, dict):
                raise DatasetError(f"{where}: spans[{i}] must be an object")
            start, end, span_label = s.get("start"), s.get("end"), s.get("label")
            if not (isinstance(start, int) and isinstance(end, int)) or isinstance(start, bool):
                raise DatasetError(f"{where}: spans[{i}] needs integer 'start' and 'end'")
            if not 0 <= start < end <= len(text):
                raise DatasetError(f"{where}: spans[{i}] [{start}, {end}) is outside the text ({len(text)} chars)")
            if not isinstance(span_label, str) or not span_label:
                raise DatasetError(f"{where}: spans[{i}] needs a string 'label'")
            mapped = _map_label(span_label, label_map)
            if mapped is not None:
                spans.append(GoldSpan(start, end, mapped))

    label: int | None = None
    if task in ("injection", "secrets"):
        raw_label = obj.get("label")
        if raw_label is None and task == "secrets":
            raw_label = 1 if raw_spans else 0
        if isinstance(raw_label, bool) or raw_label not in (0, 1):
            raise DatasetError(f"{where}: 'label' must be 0 or 1")
        label = int(raw_label)

    meta = {k: v for k, v in obj.items() if k not in ("id", "text", "spans", "label")}
    return Record(
        id=rid,
        text=text,
        spans=tuple(sorted(spans, key=lambda s: (s.start, s.end, s.label))),
        label=label,
        dataset=path.stem,
        meta=meta,
    )


def load_dataset(
    path: Path | str,
    *,
    task: Task | None = None,
    label_map: Mapping[str, str] | None = None,
    limit: int | None = None,
) -> Dataset:
    """Load one JSONL file; ``limit`` keeps the first N records."""
    return load_datasets([path], task=task, label_map=label_map, limit=limit)


def load_datasets(
    paths: Iterable[Path | str],
    *,
    task: Task | None = None,
    label_map: Mapping[str, str] | None = None,
    limit: int | None = None,
) -> Dataset:
    """Load and concatenate files of one task (e.g. attack files plus benign files).

    ``limit`` applies per file, so ``--limit 50`` on an attack file and a benign file keeps
    both classes.
    """
    files = _expand(paths)
    if not files:
        raise DatasetError("no data files given")
    if task is not None and task not in TASKS:
        raise DatasetError(f"unknown task {task!r}; expected one of {', '.join(TASKS)}")
    if limit is not None and limit < 1:
        raise DatasetError("--limit must be a positive number")
    label_map = label_map or {}

    records: list[Record] = []
    tasks_seen: dict[str, Task] = {}
    for path in files:
        file_task: Task | None = task
        n = 0
        for lineno, obj in _iter_jsonl(path):
            if file_task is None:
                file_task = detect_task(obj, path.name)
            records.append(_parse_record(obj, path=path, lineno=lineno, task=file_task, label_map=label_map))
            n += 1
            if limit is not None and n >= limit:
                break
        if file_task is None:
            raise DatasetError(f"{path}: file is empty")
        tasks_seen[str(path)] = file_task

    distinct = set(tasks_seen.values())
    # Secrets files also carry a label; a benign (label-only) file mixed into a secrets run is
    # a negative set for the secret detector, so it joins as secrets, not as a separate task.
    # Likewise benign (label-0) files mixed into a PII run are texts with no gold spans: every
    # finding on them is a false positive, which is how the README suggests measuring FPR.
    if task is None and len(distinct) == 2 and "injection" in distinct:
        (main_task,) = distinct - {"injection"}
        extra_files = {Path(p).stem for p, t in tasks_seen.items() if t == "injection"}
        if all(r.label == 0 for r in records if r.dataset in extra_files):
            distinct = {main_task}
    if len(distinct) > 1:
        detail = ", ".join(f"{Path(p).name}: {t}" for p, t in tasks_seen.items())
        raise DatasetError(f"files mix evaluation tasks ({detail}); pass --task or split the run")
    (final_task,) = distinct
    ids = [r.id for r in records]
    if len(set(ids)) != len(ids):
        # Duplicate ids across files are common (two sources numbered 0..n): qualify them.
        records = [_qualify(r) for r in records]
    if len(files) <= 3:
        name = "+".join(p.stem for p in files)
    else:
        name = f"{len(files)} files ({files[0].stem}, ...)"
    return Dataset(
        name=name,
        task=final_task,
        records=tuple(records),
        paths=tuple(str(p) for p in files),
    )


def _qualify(record: Record) -> Record:
    return Record(
        id=f"{record.dataset}/{record.id}",
        text=record.text,
        spans=record.spans,
        label=record.label,
        dataset=record.dataset,
        meta=record.meta,
    )
