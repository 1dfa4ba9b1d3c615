"""``promptguard eval``: score a policy on labelled data, compare two policies, gate CI.

Wired into the main CLI by ``add_eval_parser(subparsers)`` + ``run_eval(args)``; also
runnable alone as ``python -m promptguard.evaluation.cli``.

Exit codes: 0 ok, 1 a ``--fail-under`` gate failed, 2 usage or input error (a message on
stderr, never a traceback; set ``PROMPTGUARD_DEBUG=1`` to see one for an internal error).
"""

from __future__ import annotations

import argparse
import json
import os
import sys
from collections.abc import Callable, Iterable, Sequence
from pathlib import Path
from typing import Any

from promptguard.errors import PromptGuardError

__all__ = ["EXIT_FAIL_UNDER", "EXIT_OK", "EXIT_USAGE", "add_eval_parser", "main", "run_eval"]

EXIT_OK = 0
EXIT_FAIL_UNDER = 1
EXIT_USAGE = 2


EPILOG = """\
data: JSONL, one record a line. PII: {"id","text","spans":[{"start","end","label"}]};
injection: {"text","label"} (1 = attack, 0 = benign; give an attack file and a benign file
together); secrets: {"text","label","spans"}. The task is detected from the data.

examples:
  promptguard eval --data pii.jsonl --config policy.yaml --fail-under PERSON=0.8 micro=0.85
  promptguard eval --data attacks.jsonl benign.jsonl --format markdown
  promptguard eval --data pii.jsonl --compare default new-policy.yaml
  promptguard eval --data mine.jsonl --labels PER=PERSON,LOC=LOCATION,MISC=IGNORE
"""


class UsageError(Exception):
    """A problem with the command line or its inputs: exit code 2 with this message."""


ScannerFactory = Callable[[str | None], Any]


def add_eval_parser(subparsers: Any) -> argparse.ArgumentParser:
    """Register ``eval`` on the main CLI's ``add_subparsers()`` object."""
    parser: argparse.ArgumentParser = subparsers.add_parser(
        "eval",
        help="measure a policy on labelled data (P/R/F1, injection AUC), compare policies",
        description="Measure a policy on labelled data; compare two policies; gate CI.",
        epilog=EPILOG,
        formatter_class=argparse.RawDescriptionHelpFormatter,
    )
    _add_arguments(parser)
    parser.set_defaults(func=run_eval)
    return parser


def _add_arguments(parser: argparse.ArgumentParser) -> None:
    parser.add_argument(
        "--data",
        action="extend",
        nargs="+",
        required=True,
        metavar="FILE",
        help="JSONL file(s) or folder(s) of one task",
    )
    parser.add_argument("--config", metavar="POLICY", help="policy file or built-in profile name (default: 'default')")
    parser.add_argument(
        "--labels",
        action="append",
        metavar="MAP",
        help="map data labels to entity names: A=B,C=D or a JSON/YAML file; X=IGNORE drops X",
    )
    parser.add_argument("--match", choices=("exact", "overlap"), default="overlap")
    parser.add_argument("--format", choices=("table", "json", "markdown"), default="table")
    parser.add_argument(
        "--fail-under",
        action="extend",
        nargs="+",
        default=[],
        metavar="ENTITY=F1",
        help="exit 1 when F1 of ENTITY (or 'micro') is below the minimum; injection/secrets: "
        "recall=, precision=, f1=, auc=, specificity=, recall@1%%fpr=",
    )
    parser.add_argument(
        "--show-values",
        action="store_true",
        help="print the detected values in contexts (masked by default)",
    )
    parser.add_argument(
        "--compare",
        nargs=2,
        metavar=("POLICY_A", "POLICY_B"),
        help="diff two policies (files or profile names such as 'default') finding by finding",
    )
    parser.add_argument("--limit", type=int, metavar="N", help="first N records of each file")
    parser.add_argument(
        "--entities",
        metavar="A,B",
        help="PII: score only these entity types (default: every label in the data)",
    )
    parser.add_argument(
        "--group-by",
        metavar="FIELD",
        help="break scores down by a record field (category, language, source...); default: by file",
    )
    parser.add_argument(
        "--task",
        choices=("pii", "injection", "secrets"),
        help="override the task detected from the data",
    )
    parser.add_argument(
        "--secret-entities",
        metavar="A,B",
        help="entity types that count as a secret (default: the secrets pack and secret-like names)",
    )
    parser.add_argument("--top", type=int, default=10, metavar="N", help="misses / false positives listed (10)")
    parser.add_argument("-o", "--output", metavar="FILE", help="also write the report to FILE")


def run_eval(args: argparse.Namespace, *, scanner_factory: ScannerFactory | None = None) -> int:
    """Run ``promptguard eval`` from parsed arguments; return the exit code.

    ``scanner_factory(policy_path_or_None)`` builds the scanner; the default builds a
    :class:`promptguard.Guard`. Tests and benchmarks pass their own.
    """
    try:
        return _run(args, scanner_factory or load_guard)
    except (UsageError, PromptGuardError, ValueError, KeyError, OSError) as exc:
        msg = exc.args[0] if isinstance(exc, KeyError) and exc.args else str(exc)
        print(f"promptguard eval: error: {msg}", file=sys.stderr)
        return EXIT_USAGE
    except KeyboardInterrupt:
        print("promptguard eval: interrupted", file=sys.stderr)
        return EXIT_USAGE
    except Exception as exc:
        if os.environ.get("PROMPTGUARD_DEBUG"):
            raise
        # Only the type: an engine exception message could quote scanned text.
        print(
            f"promptguard eval: internal error ({type(exc).__name__}); set PROMPTGUARD_DEBUG=1 for details",
            file=sys.stderr,
        )
        return EXIT_USAGE


def load_guard(policy: str | None) -> Any:
    """The scanner for a policy file or built-in profile name; ``None`` is the default policy."""
    try:
        import promptguard

        guard_cls = promptguard.Guard
    except (ImportError, AttributeError):
        raise UsageError("the promptguard engine is not importable (is the package installed?)") from None
    if policy is None:
        return guard_cls()
    try:
        # A path, or a built-in profile name (default, pci, hipaa...): the engine decides and
        # its ConfigError names the file, line and field.
        return guard_cls.from_config(policy)
    except FileNotFoundError:
        raise UsageError(f"{policy}: policy file not found") from None


def _run(args: argparse.Namespace, factory: ScannerFactory) -> int:
    from promptguard.evaluation.datasets import load_datasets, parse_label_map
    from promptguard.evaluation.metrics import check_gates, evaluate, parse_gates, validate_gates
    from promptguard.evaluation.report import render, render_comparison
    from promptguard.evaluation.runner import run_scanner

    if args.limit is not None and args.limit < 1:
        raise UsageError("--limit must be a positive number")
    if args.top < 0:
        raise UsageError("--top must be zero or more")
    if args.compare and args.config:
        raise UsageError("use either --config or --compare POLICY_A POLICY_B, not both")
    gates = parse_gates(args.fail_under)
    label_map = parse_label_map(args.labels)
    secret_entities = _csv(args.secret_entities)
    dataset = load_datasets(args.data, task=args.task, label_map=label_map, limit=args.limit)
    if not dataset.records:
        raise UsageError("the data has no records")
    validate_gates(dataset, gates)  # a typo in a gate fails now, not after a long scan
    entities = _csv(args.entities)
    if entities is not None and dataset.task == "pii":
        _check_names("--entities", entities, dataset.labels, "gold labels in the data")

    if args.compare:
        from promptguard.evaluation.compare import compare_predictions

        name_a, name_b = args.compare
        scanner_a, scanner_b = factory(name_a), factory(name_b)
        _check_secret_entities(secret_entities, scanner_a, scanner_b)
        preds_a = run_scanner(scanner_a, dataset, desc=f"A: {Path(name_a).name}")
        preds_b = run_scanner(scanner_b, dataset, desc=f"B: {Path(name_b).name}")
        cmp = compare_predictions(
            dataset,
            preds_a,
            preds_b,
            name_a=name_a,
            name_b=name_b,
            match=args.match,
            secret_entities=secret_entities,
            entities=entities,
            show_values=args.show_values,
        )
        report = cmp.report_b  # gates judge the proposed policy
        results = check_gates(report, gates)
        if args.format == "json":
            data = cmp.to_dict()
            data["gates"] = [g.to_dict() for g in results]
            text = json.dumps(data, indent=2, ensure_ascii=False) + "\n"
        else:
            text = render_comparison(cmp, args.format)
            if results:
                text += render_gates_only(results, args.format)
    else:
        scanner = factory(args.config)
        _check_secret_entities(secret_entities, scanner)
        preds = run_scanner(scanner, dataset, desc=dataset.name)
        report = evaluate(
            dataset,
            preds,
            match=args.match,
            secret_entities=secret_entities,
            show_values=args.show_values,
            top=args.top,
            group_by=args.group_by,
            entities=entities,
        )
        if getattr(report, "n_unscored", 0) == len(dataset.records):
            print(
                "promptguard eval: warning: the policy gave no injection verdict for any record "
                "(is injection detection enabled in it?)",
                file=sys.stderr,
            )
        results = check_gates(report, gates)
        text = render(report, args.format, gates=results)

    _emit(text, args.output)
    failed = [g for g in results if not g.passed]
    for g in failed:
        print(
            f"promptguard eval: {g.key} = {g.actual:.4f} is below --fail-under {g.minimum}",
            file=sys.stderr,
        )
    return EXIT_FAIL_UNDER if failed else EXIT_OK


def _check_names(option: str, names: frozenset[str], known: Iterable[str], what: str) -> None:
    """A name in ``option`` that cannot match anything would only show up as a zero in the
    report (or pass a gate it should have failed): refuse it before scanning."""
    import difflib

    known = sorted(set(known))
    for name in sorted(names):
        if name not in known:
            close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
            hint = f"did you mean {close[0]!r}?" if close else f"{what}: {', '.join(known) or 'none'}"
            raise UsageError(f"{option}: {name!r} matches nothing; {hint}")


def _check_secret_entities(names: frozenset[str] | None, *scanners: Any) -> None:
    """``--secret-entities`` names entity types a policy reports (when the scanner says which:
    a promptguard Guard does; a custom scanner is trusted)."""
    if names is None:
        return
    for scanner in scanners:
        engine = getattr(scanner, "engine", None)
        reported = getattr(engine, "entities", None)
        if isinstance(reported, tuple):
            _check_names("--secret-entities", names, reported, "entity types this policy reports")


def _csv(value: str | None) -> frozenset[str] | None:
    if not value:
        return None
    items = frozenset(x.strip() for x in value.split(",") if x.strip())
    if not items:
        raise UsageError(f"expected a comma-separated list of entity types, got {value!r}")
    return items


def render_gates_only(results: Sequence[Any], fmt: str) -> str:
    from promptguard.evaluation.report import render_table

    table = render_table(
        ["gate (policy B)", "minimum", "actual", "result"],
        [(g.key, g.minimum, g.actual, "pass" if g.passed else "FAIL") for g in results],
        "markdown" if fmt == "markdown" else "table",
    )
    return "\n" + table + "\n"


def _emit(text: str, output: str | None) -> None:
    sys.stdout.write(text)
    if not text.endswith("\n"):
        sys.stdout.write("\n")
    if output:
        Path(output).write_text(text, encoding="utf-8")


def main(argv: Sequence[str] | None = None) -> int:
    parser = argparse.ArgumentParser(prog="promptguard")
    sub = parser.add_subparsers(dest="command", required=True)
    add_eval_parser(sub)
    args = parser.parse_args(argv)
    return int(args.func(args))


if __name__ == "__main__":
    raise SystemExit(main())
