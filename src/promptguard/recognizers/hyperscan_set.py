"""A big pack's set passes on Hyperscan, where it is installed; RE2 until its database is built.

RE2 builds a set's DFA states lazily, the first time a text reaches each: the secrets pack's
two sets (provider tokens, 236 entries; assignments, headers and command lines, 296) cost a
process ~50 us per new 2 KB prompt over its first few hundred prompts and ~20 us after
thousands, where the same prompts scanned again cost ~13 us (``benchmarks/speed.py``: the
pack's cost on new text). Hyperscan compiles a set ahead into literal matchers and small
automata: ~12 us per prompt from the first one on, new or not (measured on the speed
benchmark's prompts; callgrind: the RE2 sets' last-level cache misses were most of the pack's
cost on new text).

Hyperscan only ever narrows which patterns run, like the RE2 set it stands in for: each entry is
compiled in prefilter mode (``HS_FLAG_PREFILTER``: it may match more than the entry, never less),
with UTF-8 and the entry's own flags, and reports each entry once (``HS_FLAG_SINGLEMATCH``). The
patterns the set flags then run on RE2 as before, so the findings are the same either way
(tested on every pack example and on the shared corpora). A text Hyperscan must not read (UTF-8
with an encoded surrogate, which ``surrogatepass`` lets into the shared buffer and Hyperscan
leaves undefined) goes to the RE2 set.

Compiling the two sets takes ~1.5 s of CPU, so it never runs at load: a set starts its build on
a background thread (Hyperscan's compiler releases the GIL) once it has matched
:data:`BUILD_AFTER_BYTES` of text, i.e. when a process serves traffic rather than one scan, or
when :func:`warm_up` asks for it. Until the database is there the RE2 set answers.

Off when the ``hyperscan`` package is missing (no wheel for the platform), when
``PROMPTGUARD_HYPERSCAN=0``, or when the build fails (the RE2 set then answers for good; the
reason is logged once, without any text).
"""

from __future__ import annotations

import importlib
import importlib.util
import logging
import os
import re
import threading
import weakref
from collections.abc import Callable, Sequence
from typing import Any

__all__ = ["BUILD_AFTER_BYTES", "AcceleratedSet", "available", "warm_up"]

log = logging.getLogger("promptguard")

_hs: Any = None
"""The ``hyperscan`` module, imported by the first build (not at import: ~2 ms of every start)."""
_INSTALLED = importlib.util.find_spec("hyperscan") is not None
"""Wheels exist for x86-64 Linux and Windows and for macOS (see pyproject.toml)."""

BUILD_AFTER_BYTES = 256 << 10
"""Text a set matches before it builds its Hyperscan database (~128 prompts of 2 KB): a command
that scans a file or a few prompts never pays for the build; a gateway does after its first
requests."""

_SURROGATE = re.compile(rb"\xed[\xa0-\xbf]")
"""Bytes Hyperscan must not judge (see :func:`_re2_only`): an encoded UTF-16 surrogate."""


def _re2_only(data: bytes) -> bool:
    """Whether RE2 answers for ``data``: it holds an encoded UTF-16 surrogate (``surrogatepass``:
    not UTF-8, which Hyperscan requires), a vertical tab (RE2's ``\\s`` leaves it out, Hyperscan's
    takes it in, so Hyperscan's ``\\S`` missed entries RE2 flags), or "ſ" / the Kelvin sign, which
    RE2's ``(?i)\\w`` matches and Hyperscan's does not (found by review; NFKC folds both away by
    default).

    Each test starts with one byte ``in`` the text (memchr: ~0.3 us per 2 KB) and looks for the
    sequence only when that byte is there. Why: one ``re`` search for the four sequences cost
    ~14 us per 2 KB text that holds a byte 0xE2 ("’", "—", "€": most non-English prompts), as
    much as the Hyperscan pass it guards, twice per scan (measured on the speed benchmark's prompts).
    Nothing is remembered between calls: a cache of the last text would keep a prompt's bytes alive
    after its scan for ~1 us saved."""
    return (
        b"\x0b" in data
        or (b"\xbf" in data and b"\xc5\xbf" in data)
        or (b"\xaa" in data and b"\xe2\x84\xaa" in data)
        or (b"\xed" in data and _SURROGATE.search(data) is not None)
    )


def available() -> bool:
    """Whether big packs' sets may run on Hyperscan here (package installed, not turned off)."""
    return _INSTALLED and os.environ.get("PROMPTGUARD_HYPERSCAN", "1").strip().lower() not in (
        "0", "off", "false", "no",
    )  # fmt: skip


def _collect(entry: int, _start: int, _end: int, _flags: int, hits: list[int]) -> None:
    hits.append(entry)


class AcceleratedSet:
    """Stands in for an RE2 search set (same ``Match``: entry indexes or None) and answers from a
    Hyperscan database of the same entries once one is built (see the module docstring)."""

    __slots__ = ("__weakref__", "_db", "_fallback", "_local", "_patterns", "_probes", "_seen", "_state")

    def __init__(self, fallback: Any, patterns: Sequence[str], probes: Callable[[], list[str]] = list) -> None:
        """``probes``: texts the built database is checked on before it answers (see
        :meth:`_compile`), made when the build runs (the packs' examples: not at load)."""
        self._fallback = fallback
        self._patterns = list(patterns)
        self._probes = probes
        self._db: Any = None
        self._local = threading.local()  # a Hyperscan scratch per thread (scratch is not shared)
        self._seen = 0
        self._state = "idle"  # idle -> queued -> ready | failed
        _ALL.add(self)

    @property
    def ready(self) -> bool:
        """Whether the Hyperscan database answers (else the RE2 set does)."""
        return self._db is not None

    def Match(self, data: bytes) -> list[int] | None:  # noqa: N802 - re2.Set's interface
        db = self._db
        if db is None:
            if self._state == "idle":
                self._seen += len(data)
                if self._seen >= BUILD_AFTER_BYTES:
                    self.build()
            return self._fallback.Match(data)  # type: ignore[no-any-return]
        if _re2_only(data):
            return self._fallback.Match(data)  # type: ignore[no-any-return]
        try:
            scratch = getattr(self._local, "scratch", None)
            if scratch is None:
                scratch = self._local.scratch = _hs.Scratch(db)
            hits: list[int] = []
            db.scan(data, match_event_handler=_collect, context=hits, scratch=scratch)
        except Exception:  # noqa: BLE001 - a scratch Hyperscan could not give: RE2 answers, never a failed scan
            return self._fallback.Match(data)  # type: ignore[no-any-return]
        return hits or None

    def build(self) -> None:
        """Queue this set's database build (background thread); no-op if queued or done. A
        database built for the same entries already (another guard of the same packs) is reused
        at once."""
        if self._state != "idle" or not available():
            return
        db = _BUILT.get(self._key())
        if db is not None:
            self._db, self._state = db, "ready"
            return
        self._state = "queued"
        try:
            _BUILDER.submit(self)
        except Exception:  # noqa: BLE001 - no thread to be had (a limit, shutdown): RE2 answers for good
            self._state = "failed"

    def _key(self) -> tuple[str, ...]:
        return tuple(self._patterns)

    def _compile(self) -> None:
        """Compile the database (the builder thread); the RE2 set keeps answering on failure."""
        global _hs
        key = self._key()
        db = _BUILT.get(key)
        if db is None:
            try:
                if _hs is None:
                    _hs = importlib.import_module("hyperscan")
                flags = _hs.HS_FLAG_SINGLEMATCH | _hs.HS_FLAG_PREFILTER | _hs.HS_FLAG_ALLOWEMPTY | _hs.HS_FLAG_UTF8
                db = _hs.Database(mode=_hs.HS_MODE_BLOCK)
                exprs = [p.encode("utf-8") for p in self._patterns]
                db.compile(expressions=exprs, ids=list(range(len(exprs))), elements=len(exprs), flags=flags)
                missed = self._missed(db)
            except Exception as exc:  # noqa: BLE001 - an entry Hyperscan refuses, an old CPU: RE2 answers
                self._state = "failed"
                if not _STOP.is_set():  # stopped at exit: nothing to report
                    log.warning("Hyperscan could not build a pattern set (%s); RE2 answers for it", type(exc).__name__)
                return
            if missed:
                # Hyperscan 0.9.1 missed an entry in a database of the token rules' escaped-lead
                # forms (pattern_set._split_escapes keeps those on RE2): a database that misses any
                # entry RE2 flags on a probe text is not used.
                self._state = "failed"
                log.warning(
                    "Hyperscan left out patterns RE2 flags on %d of the packs' example texts; RE2 answers for this set",
                    missed,
                )
                return
            _BUILT[key] = db
            while len(_BUILT) > _KEEP_BUILT:
                del _BUILT[next(iter(_BUILT))]
        self._db = db  # assigned last: a reader that sees it sees a compiled database
        self._state = "ready"

    def _missed(self, db: Any) -> int:
        """Probe texts on which ``db`` leaves out an entry the RE2 set flags: each probe, its case
        flipped, and probes glued in pairs by escapes, colour codes and separators (the shapes
        where a database once missed one). For the shipped packs' ~2,300 examples: ~0.1 s for the
        token rules' set and ~1.1 s for the rest's, on the builder thread (the RE2 set answers each
        text too, building its DFA states as it goes)."""
        texts = self._probes()
        glued = [a + glue + b for glue in _GLUE for a, b in zip(texts, texts[1:] + texts[:1], strict=True)]
        scratch = _hs.Scratch(db)
        missed = 0
        for text in [*texts, *(t.swapcase() for t in texts), *glued]:
            data = text.encode("utf-8", "surrogatepass")
            if _STOP.is_set():
                raise RuntimeError("interpreter exiting")
            if _re2_only(data):
                continue
            hits: list[int] = []
            db.scan(data, match_event_handler=_collect, context=hits, scratch=scratch)
            if not set(self._fallback.Match(data) or ()) <= set(hits):
                missed += 1
        return missed


_GLUE = ("\\n", "\x1b[1;31m", " ", "")
"""What :meth:`AcceleratedSet._missed` glues probe texts with."""


_KEEP_BUILT = 8
_BUILT: dict[tuple[str, ...], Any] = {}
"""Databases built in this process, by their entries (the newest :data:`_KEEP_BUILT`): guards of
the same packs share one (a database is read-only; each thread scans with its own scratch)."""


class _Builder:
    """One daemon thread that compiles queued sets in turn. A set dropped before its turn (its
    guard is gone) is skipped: the queue holds weak references."""

    def __init__(self) -> None:
        self._cond = threading.Condition()
        self._queue: list[weakref.ref[AcceleratedSet]] = []
        self._busy = False
        self._thread: threading.Thread | None = None

    def submit(self, rset: AcceleratedSet) -> None:
        with self._cond:
            if self._thread is None or not self._thread.is_alive():
                thread = threading.Thread(target=self._run, name="promptguard-hyperscan", daemon=True)
                thread.start()  # first: a thread that cannot start leaves nothing queued to wait for
                self._thread = thread
            self._queue.append(weakref.ref(rset))
            self._cond.notify_all()

    def _run(self) -> None:
        while True:
            with self._cond:
                while not self._queue or _STOP.is_set():
                    self._busy = False
                    self._cond.notify_all()
                    if _STOP.is_set():
                        return
                    self._cond.wait()
                ref = self._queue.pop(0)
                self._busy = True
            rset = ref()
            try:
                if rset is not None:
                    rset._compile()
            except Exception as exc:  # noqa: BLE001 - the thread serves every later set: it carries on
                log.warning("Hyperscan build failed (%s); RE2 answers for that set", type(exc).__name__)
            finally:  # whatever happens, the set leaves the queue: wait() never hangs on it
                if rset is not None and rset._state == "queued":
                    rset._state = "failed"
                del rset

    def wait(self, timeout: float | None) -> bool:
        with self._cond:
            return self._cond.wait_for(lambda: not self._queue and not self._busy, timeout)


_BUILDER = _Builder()
_STOP = threading.Event()
"""Set when the interpreter exits: the probe check stops between two texts, so the builder thread is
never torn down inside Hyperscan's scan (which aborted the process: review finding)."""


def _stop_builder() -> None:
    _STOP.set()
    with _BUILDER._cond:
        _BUILDER._cond.notify_all()
    thread = _BUILDER._thread
    if thread is not None and thread.is_alive():
        thread.join(timeout=30)


threading._register_atexit(_stop_builder)  # type: ignore[attr-defined]
_ALL: weakref.WeakSet[AcceleratedSet] = weakref.WeakSet()


def _after_fork_in_child() -> None:
    """A forked child has no builder thread (only the forking thread is copied) and may hold a
    copy of the builder's lock taken by a parent thread: a new builder, and each set that was
    queued in the parent is idle again (it builds on its own traffic, or on :func:`warm_up`). Without
    this, ``warm_up()`` in a child forked while a build was queued (a pre-fork server's workers)
    waited for a thread that does not exist (review finding)."""
    global _BUILDER
    _BUILDER = _Builder()
    for rset in list(_ALL):
        if rset._state == "queued":
            rset._state = "idle"


if hasattr(os, "register_at_fork"):  # POSIX
    os.register_at_fork(after_in_child=_after_fork_in_child)


def warm_up(sets: Sequence[AcceleratedSet] | None = None, *, wait: bool = True, timeout: float | None = None) -> bool:
    """Build the Hyperscan databases of ``sets`` (default: every set made so far) now rather than
    after :data:`BUILD_AFTER_BYTES` of traffic; with ``wait``, return once they are built (or
    ``timeout`` seconds passed). True when nothing is left to build."""
    todo = list(_ALL if sets is None else sets)
    for rset in todo:
        rset.build()
    if wait:
        _BUILDER.wait(timeout)
    return all(rset._state in ("ready", "failed") or not available() for rset in todo)
