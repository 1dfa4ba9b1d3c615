"""The ``promptguard`` command line.

Exit codes (fit for CI and pre-commit): 0 clean, 1 findings (or a failed gate),
2 usage or input error. Errors are one line on stderr, never a traceback.
"""

from __future__ import annotations

import argparse
import importlib
import json
import sys
from collections.abc import Callable, Sequence
from dataclasses import replace
from pathlib import Path
from typing import IO, Any

from promptguard.errors import PromptGuardError

__all__ = ["main"]

EXIT_CLEAN, EXIT_FINDINGS, EXIT_ERROR = 0, 1, 2
_CHUNK_CHARS = 4 << 20  # large inputs are scanned in ~4 MB pieces cut at line ends
_CONTEXT_CHARS = 64 << 10  # text read around a piece (see _scan_text)
_CUT_MARGIN = 4 << 10  # no sanitizing cut this close before a finding (its context words, a table's header)

# Subcommands that live with their feature: module path -> add_parser(subparsers).
_PLUGINS = (
    "promptguard.evaluation.cli",
    "promptguard.service.cli",
    "promptguard.audit",
)


def _guard(args: argparse.Namespace) -> Any:
    from promptguard.guard import Guard

    return Guard.from_config(args.config) if args.config else Guard()


def _read_input(path: str) -> str:
    try:
        raw = sys.stdin.buffer.read() if path == "-" else Path(path).read_bytes()
    except FileNotFoundError:
        raise PromptGuardError(f"{path}: no such file") from None
    except IsADirectoryError:
        raise PromptGuardError(f"{path}: is a directory; give a file or - for standard input") from None
    except OSError as exc:
        raise PromptGuardError(f"{path}: cannot read ({exc.strerror})") from None
    try:
        return raw.decode("utf-8")
    except UnicodeDecodeError as exc:
        raise PromptGuardError(f"{path}: not valid UTF-8 (bad byte at offset {exc.start})") from None


def _cuts(text: str, start: int, forbidden: Sequence[tuple[int, int]] = ()) -> list[int]:
    """Where to cut ``text[start:]`` into pieces of at most ``_CHUNK_CHARS``: after a line end,
    and (a safe cut) inside none of the ``forbidden`` spans (sorted, disjoint) when the
    second half of the piece has such a line end. Returns the piece ends."""
    import bisect

    starts = [f[0] for f in forbidden]
    ends: list[int] = []
    while len(text) - start > _CHUNK_CHARS:
        limit = start + _CHUNK_CHARS
        end = text.rfind("\n", start, limit) + 1 or limit
        while end > start + _CHUNK_CHARS // 2:
            i = bisect.bisect_right(starts, end - 1) - 1
            if i < 0 or forbidden[i][1] <= end:
                break  # outside every forbidden span: a safe cut
            end = text.rfind("\n", start, forbidden[i][0]) + 1
        if end <= start + _CHUNK_CHARS // 2:  # no safe cut in reach: the last line end
            end = text.rfind("\n", start, limit) + 1 or limit
        ends.append(end)
        start = end
    ends.append(len(text))
    return ends


def _progress(total: int) -> Any:
    if not sys.stderr.isatty():
        return None
    try:
        from tqdm import tqdm
    except ImportError:
        return None
    return tqdm(total=total, unit="B", unit_scale=True, desc="scanning", file=sys.stderr)


def _line_col(text: str, offset: int, newlines: list[int]) -> tuple[int, int]:
    import bisect

    line = bisect.bisect_right(newlines, offset - 1)
    col = offset - (newlines[line - 1] + 1 if line else 0)
    return line + 1, col + 1


def _scan_text(
    guard: Any, text: str, args: argparse.Namespace, *, sanitize: bool
) -> tuple[list[Any], str, Any, list[Any]]:
    """Findings, sanitized text, the worst piece's result and (``--explain``) the suppressed
    matches, offsets in ``text``.

    A large text is read in pieces, and what spans lines (a Markdown table of passwords under
    its header row, a PEM block, a key on the line after its name) must not be lost at a cut.
    The scan reads each piece with ``_CONTEXT_CHARS`` of the text around it and keeps the
    findings that start in the piece. Sanitizing then cuts where no finding is within
    ``_CUT_MARGIN`` after the cut or across it (where the text allows one), so each piece
    holds every finding with the context it was found in, and rewrites piece by piece in
    one session.
    """
    # A UTF-8 byte order mark (Windows editors write one) is how the file is encoded, not
    # text: it is neither scanned (it would read as an invisible character and fail a clean
    # file) nor dropped from the sanitized output. Offsets still count it.
    bom = 1 if text.startswith("\ufeff") else 0
    large = len(text) - bom > _CHUNK_CHARS
    bar = _progress(len(text) * (2 if sanitize else 1)) if large else None
    run = _Pieces(guard, args, bar)
    if not sanitize or large:
        ends = _cuts(text, bom)
        start = bom
        for end in ends:
            lo, hi = _around(text, start, end, bom)
            run.scan(text, lo, hi, keep=(start, end))
            start = end
        _refuse_split_tables(run.findings, ends)
        if not sanitize:
            run.close()
            return run.findings, "", run.worst, run.suppressed
    # Sanitize: where a cut may not fall (a finding, and the context before it).
    forbidden: list[tuple[int, int]] = []
    for f in sorted(run.findings, key=lambda f: f.start):
        lo, hi = max(bom, f.start - _CUT_MARGIN), f.end + 1
        if forbidden and lo <= forbidden[-1][1]:
            forbidden[-1] = (forbidden[-1][0], max(hi, forbidden[-1][1]))
        else:
            forbidden.append((lo, hi))
    out = _Pieces(guard, args, bar, session=guard.new_session(args.session_id))
    pieces = [text[0]] if bom else []
    start = bom
    for end in _cuts(text, bom, forbidden):
        pieces.append(out.sanitize(text, start, end))
        start = end
    out.close()
    if large:
        _refuse_lost_findings(run.findings, out.findings)
    return out.findings, "".join(pieces), out.worst, out.suppressed


def _around(text: str, start: int, end: int, bom: int) -> tuple[int, int]:
    """The stretch of ``text`` a piece ``[start, end)`` is scanned in: ``_CONTEXT_CHARS`` on each
    side, widened to a line end within another ``_CONTEXT_CHARS`` (a one-line file gets the plain
    margin, never the whole text: each piece would read all of it)."""
    lo = bom
    if start > bom:
        edge = max(bom, start - _CONTEXT_CHARS)
        newline = text.rfind("\n", max(bom, edge - _CONTEXT_CHARS), edge)
        lo = newline + 1 if newline >= 0 else edge
    hi = len(text)
    if end < len(text):
        edge = min(len(text), end + _CONTEXT_CHARS)
        newline = text.find("\n", edge, edge + _CONTEXT_CHARS)
        hi = newline + 1 if newline >= 0 else edge
    return lo, hi


def _refuse_split_tables(findings: Sequence[Any], ends: Sequence[int]) -> None:
    """A password table's rows are found only under its header. A cut inside a table whose header
    lies further back than a piece's context reaches would leave the rows after it unfound (and,
    sanitizing, printed): fail closed, naming the offset."""
    import bisect

    rows = sorted(f.start for f in findings if f.recognizer == "table_password")
    if not rows:
        return
    for cut in ends[:-1]:
        k = bisect.bisect_left(rows, cut) - 1
        if k < 0 or rows[k] < cut - _CUT_MARGIN:
            continue  # no table row just before this cut
        first = k
        while first > 0 and rows[first] - rows[first - 1] <= _CUT_MARGIN:
            first -= 1  # back to the table's first row found
        if cut - rows[first] > _CONTEXT_CHARS // 2:
            raise PromptGuardError(
                f"a password table runs across a piece boundary at offset {cut} more than "
                f"{_CONTEXT_CHARS // 2 >> 10} KB after its header; its later rows could not be checked, "
                "so nothing was printed (split the file)"
            )


def _refuse_lost_findings(scanned: Sequence[Any], sanitized: Sequence[Any]) -> None:
    """Every finding of the scan pass (pieces read with context) must be found again by the
    sanitizing pass (pieces cut away from findings where the text allows): one that is not would
    go out unchanged. Fail closed, naming the offset."""
    spans = sorted((f.start, f.end) for f in sanitized)
    i = 0
    for f in sorted(scanned, key=lambda f: f.start):
        while i < len(spans) and spans[i][1] <= f.start:
            i += 1
        if i < len(spans) and spans[i][0] < f.end:
            continue  # overlapped by a finding the output was sanitized for (spans[i] ends after f starts)
        raise PromptGuardError(
            f"a {f.entity_type} finding at offset {f.start} was not found again when its piece was "
            "sanitized (it depends on text across a piece boundary), so nothing was printed (split the file)"
        )


class _Pieces:
    """Runs the guard on pieces of one text and gathers the results in the text's offsets."""

    def __init__(self, guard: Any, args: argparse.Namespace, bar: Any, session: Any = None) -> None:
        self.guard = guard
        self.args = args
        self.bar = bar
        self.session = session  # sanitizing: one pseudonym session for the whole text
        self.findings: list[Any] = []
        self.suppressed: list[Any] = []
        self.worst: Any = None

    def scan(self, text: str, lo: int, hi: int, *, keep: tuple[int, int]) -> None:
        a = self.args
        res = self.guard.scan(
            text[lo:hi], direction=a.direction, source=a.source, explain=a.explain, system_prompt=a.system_prompt_text
        )
        self._gather(res, lo, keep)

    def sanitize(self, text: str, start: int, end: int) -> str:
        a = self.args
        res = self.guard.sanitize(
            text[start:end],
            session=self.session,
            direction=a.direction,
            source=a.source,
            explain=a.explain,
            system_prompt=a.system_prompt_text,
        )
        self._gather(res, start, (start, end))
        return str(res.text)

    def _gather(self, res: Any, offset: int, keep: tuple[int, int]) -> None:
        lo, hi = keep
        self.findings.extend(
            f.with_(start=f.start + offset, end=f.end + offset) for f in res.findings if lo <= f.start + offset < hi
        )
        self.suppressed.extend(
            replace(x, start=x.start + offset, end=x.end + offset)
            for x in res.suppressed
            if lo <= x.start + offset < hi
        )
        worst = self.worst
        if worst is None or res.verdict.value in ("blocked", "indeterminate"):
            self.worst = res
        elif res.verdict.value == "flagged" and worst.verdict.value == "clean":
            self.worst = res
        if self.bar is not None:
            self.bar.update(keep[1] - keep[0])

    def close(self) -> None:
        if self.bar is not None:
            self.bar.close()


def _print_findings(
    out: IO[str], text: str, findings: list[Any], result: Any, fmt: str, explain: bool, suppressed: list[Any]
) -> None:
    if fmt == "json":
        payload = {
            "verdict": str(result.verdict),
            "findings": [f.to_dict(explain=explain) for f in findings],
            "injection": result.injection.to_dict() if result.injection else None,
            "reason": result.reason,
            "errors": list(result.errors),
        }
        if explain:
            payload["suppressed"] = [x.to_dict() for x in suppressed]
        json.dump(payload, out, indent=2)
        out.write("\n")
        return
    newlines = [i for i, ch in enumerate(text) if ch == "\n"] if findings or suppressed else []
    if not findings:
        out.write(f"verdict: {result.verdict}\n")
    else:
        out.write(f"{'LINE:COL':<10} {'ENTITY':<24} {'SCORE':>5}  {'ACTION':<12} RECOGNIZER\n")
        for f in findings:
            line, col = _line_col(text, f.start, newlines)
            out.write(f"{f'{line}:{col}':<10} {f.entity_type:<24} {f.score:>5.2f}  {f.action!s:<12} {f.recognizer}\n")
        out.write(f"verdict: {result.verdict} ({len(findings)} finding(s))\n")
    if result.injection is not None and result.injection.flagged:
        out.write(f"injection: score {result.injection.score:.2f} ({', '.join(result.injection.reasons)})\n")
    for x in suppressed:
        line, col = _line_col(text, x.start, newlines)
        out.write(f"suppressed: {line}:{col} {x.entity_type} by {x.recognizer}: {x.reason}\n")
    for err in result.errors:
        out.write(f"error: {err}\n")


def _read_system_prompt(args: argparse.Namespace, inputs: list[str]) -> None:
    """Read ``--system-prompt`` once into ``args.system_prompt_text``."""
    args.system_prompt_text = None
    if args.system_prompt:
        if args.system_prompt == "-" and "-" in inputs:
            raise PromptGuardError("--system-prompt - and the text both read standard input; give one of them a file")
        args.system_prompt_text = _read_input(args.system_prompt)


def _cmd_scan(args: argparse.Namespace) -> int:
    guard = _guard(args)
    files = args.files or ["-"]
    _read_system_prompt(args, files)
    worst = EXIT_CLEAN
    reports = []
    for name in files:
        text = _read_input(name)
        findings, _, result, suppressed = _scan_text(guard, text, args, sanitize=False)
        if args.format == "json" and len(files) > 1:
            reports.append(
                {
                    "file": name,
                    "verdict": str(result.verdict),
                    "findings": [f.to_dict(explain=args.explain) for f in findings],
                    # Which detector failed, when the verdict is indeterminate (as the one-file output says).
                    "errors": list(result.errors),
                    **({"suppressed": [x.to_dict() for x in suppressed]} if args.explain else {}),
                }
            )
        else:
            shown = findings or result.verdict.value != "clean" or (args.explain and suppressed)
            if len(files) > 1 and shown:
                sys.stdout.write(f"== {name}\n")
            if len(files) == 1 or shown:
                _print_findings(sys.stdout, text, findings, result, args.format, args.explain, suppressed)
        if result.verdict.value == "indeterminate":
            worst = EXIT_ERROR
        elif (findings or result.verdict.value != "clean") and worst == EXIT_CLEAN:
            worst = EXIT_FINDINGS
    if reports:
        json.dump(reports, sys.stdout, indent=2)
        sys.stdout.write("\n")
    return worst


def _cmd_sanitize(args: argparse.Namespace) -> int:
    guard = _guard(args)
    _read_system_prompt(args, [args.file])
    text = _read_input(args.file)
    findings, sanitized, result, _ = _scan_text(guard, text, args, sanitize=True)
    if result.blocked:
        sys.stderr.write(f"blocked: {result.reason}\n")
        return EXIT_FINDINGS
    if result.verdict.value == "indeterminate":
        # Fail closed: a detector that failed may have missed a value, and the next step of a
        # pipe would send the text on. Nothing is printed; the errors name the detector only.
        for err in result.errors:
            sys.stderr.write(f"error: {err}\n")
        sys.stderr.write("promptguard: error: a detector failed, so the text was not printed\n")
        return EXIT_ERROR
    if args.format == "json":
        json.dump(
            {
                "text": sanitized,
                "verdict": str(result.verdict),
                "session_id": result.session.id if result.session else None,
                "findings": [f.to_dict(explain=args.explain) for f in findings],
            },
            sys.stdout,
            indent=2,
        )
        sys.stdout.write("\n")
    else:
        sys.stdout.write(sanitized)
    return EXIT_CLEAN


def _cmd_recognizers_list(args: argparse.Namespace) -> int:
    guard = _guard(args)
    rows = [(r.id, ",".join(r.entities), r.pack or "-", type(r).__name__) for r in guard.engine.recognizers]
    if args.format == "json":
        json.dump(
            [dict(zip(("id", "entities", "pack", "type"), row, strict=True)) for row in rows], sys.stdout, indent=2
        )
        sys.stdout.write("\n")
    else:
        for row in rows:
            sys.stdout.write(f"{row[0]:<36} {row[1]:<28} {row[2]:<12} {row[3]}\n")
    return EXIT_CLEAN


def _pack_files(path: str) -> list[Path]:
    p = Path(path)
    if p.is_dir():
        return sorted(p.glob("*.y*ml"))
    if p.is_file():
        return [p]
    raise PromptGuardError(f"{path}: no such file or directory")


def _cmd_recognizers_validate(args: argparse.Namespace) -> int:
    from promptguard.config.loader import load_pack
    from promptguard.recognizers.registry import build_recognizer

    for file in _pack_files(args.path):
        pack = load_pack(file)
        if pack.kind == "entities":
            for spec in pack.recognizers:
                try:
                    build_recognizer(spec, pack.pack)
                except ValueError as exc:
                    raise PromptGuardError(f"{file}: recognizer {spec.id}: {exc}") from None
        sys.stdout.write(f"ok  {file} ({len(pack.recognizers)} recognizers, pack {pack.pack!r})\n")
    return EXIT_CLEAN


def _cmd_recognizers_test(args: argparse.Namespace) -> int:
    from promptguard.config.examples import run_pack_examples

    failures = 0
    total = 0
    for file in _pack_files(args.path):
        for outcome in run_pack_examples(file):
            total += 1
            if not outcome.passed:
                failures += 1
                sys.stdout.write(f"FAIL {file}:{outcome.recognizer}: {outcome.message}\n")
    sys.stdout.write(f"{total - failures} passed, {failures} failed\n")
    return EXIT_FINDINGS if failures else EXIT_CLEAN


def _cmd_recognizers_table(args: argparse.Namespace) -> int:
    from promptguard.config.tables import entity_table_markdown

    sys.stdout.write(entity_table_markdown())
    return EXIT_CLEAN


def _common(p: argparse.ArgumentParser) -> None:
    p.add_argument(
        "--config", "-c", help="policy file or built-in profile (default, pci, hipaa, gdpr, secrets-only, strict)"
    )
    p.add_argument("--direction", choices=("prompt", "response"), default="prompt")
    p.add_argument("--source", choices=("user", "system", "document", "tool_result", "model"), default="user")
    p.add_argument(
        "--system-prompt",
        metavar="FILE",
        help="the system prompt the text goes with: the injection check also judges the text against it",
    )
    p.add_argument(
        "--explain",
        action="store_true",
        help="why each finding was reported, and what dropped other matches (filter, validator, threshold, overlap)",
    )


def build_parser() -> argparse.ArgumentParser:
    from promptguard._version import __version__

    parser = argparse.ArgumentParser(prog="promptguard", description="Data-loss prevention for LLM traffic.")
    parser.add_argument("--version", action="version", version=f"promptguard {__version__}")
    sub = parser.add_subparsers(dest="command", metavar="COMMAND")

    scan = sub.add_parser("scan", help="report sensitive data and injection (exit 1 if anything is found)")
    scan.add_argument("files", nargs="*", metavar="FILE", help="files to scan, or - for standard input (default)")
    scan.add_argument("--format", choices=("table", "json"), default="table")
    _common(scan)
    scan.set_defaults(func=_cmd_scan, session_id=None)

    san = sub.add_parser("sanitize", help="print the text with the policy's operators applied")
    san.add_argument("file", nargs="?", default="-")
    san.add_argument("--format", choices=("text", "json"), default="text")
    san.add_argument("--session-id", help="pseudonym session id (default: a new one)")
    _common(san)
    san.set_defaults(func=_cmd_sanitize)

    rec = sub.add_parser("recognizers", help="list, validate and test recognizer packs")
    rsub = rec.add_subparsers(dest="action", metavar="ACTION")
    rl = rsub.add_parser("list", help="recognizers loaded by a policy")
    rl.add_argument("--config", "-c")
    rl.add_argument("--format", choices=("table", "json"), default="table")
    rl.set_defaults(func=_cmd_recognizers_list)
    rv = rsub.add_parser("validate", help="check pack files against the schema")
    rv.add_argument("path")
    rv.set_defaults(func=_cmd_recognizers_validate)
    rt = rsub.add_parser("test", help="run a pack's examples (match / no_match)")
    rt.add_argument("path")
    rt.set_defaults(func=_cmd_recognizers_test)
    rtab = rsub.add_parser("table", help="print the supported-entities table (Markdown)")
    rtab.set_defaults(func=_cmd_recognizers_table)
    def _recognizers_help(_: argparse.Namespace) -> int:
        rec.print_help(sys.stderr)
        return EXIT_ERROR

    rec.set_defaults(func=_recognizers_help)

    for module in _PLUGINS:
        try:
            mod = importlib.import_module(module)
        except ImportError:
            continue
        add: Callable[[Any], Any] | None = getattr(mod, "add_parser", None) or getattr(mod, "add_eval_parser", None)
        if add is not None:
            add(sub)
    return parser


def main(argv: Sequence[str] | None = None) -> int:
    parser = build_parser()
    args = parser.parse_args(argv)
    func = getattr(args, "func", None)
    if func is None:
        parser.print_help(sys.stderr)
        return EXIT_ERROR
    try:
        return int(func(args))
    except PromptGuardError as exc:
        sys.stderr.write(f"promptguard: error: {exc}\n")
        return EXIT_ERROR
    except KeyboardInterrupt:
        return 130
    except BrokenPipeError:
        return EXIT_CLEAN


if __name__ == "__main__":  # pragma: no cover
    raise SystemExit(main())
