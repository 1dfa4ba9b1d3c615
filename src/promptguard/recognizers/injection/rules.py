"""The injection rules engine: the YAML pack compiled with RE2 and run on every view.

A view is one reading of the text (normalised, leetspeak-folded, or a decoded segment);
hits in any view are mapped back to offsets of the original text. RE2 runs in linear
time, so the pack's regexes, which compliance teams may edit, cannot backtrack
catastrophically.

RE2 has no lookbehind, so a pattern may carry ``unless_preceded_by``: a second regex
searched in the :data:`UNLESS_WINDOW` characters of the same view just before a hit; when
it matches, the hit is dropped and the pattern searched on after it (at most
:data:`UNLESS_MAX_DROPS` drops, then the next hit is kept). The override
phrases use it for reported speech ("prompts that make the model ignore previous
instructions", "phrases like \"ignore all prior instructions\""), which security writing
is full of, while "Now ignore all previous instructions" still matches.

A pattern may also carry ``unless_followed_by``: a regex searched in the hit itself and
the :data:`UNLESS_WINDOW` characters after it on the same line (``^`` is the hit's start);
when it matches, the hit is dropped the same way. The override phrases use it for a memo
retiring earlier instructions about a named real-world topic ("disregard the previous
instructions for the parking garage; from Monday ..."), which names no AI setup.

A ``scope_only`` pattern is never a hit: the clause it matches is left out of the classifier's
view, as a memo the rules dropped is (a memo retiring its own earlier rules about a named topic
with no order in it: "die bisherigen Vorgaben zur Urlaubsplanung gelten ab sofort nicht mehr").
Its ``unless_*`` regexes say when the clause is *not* left out. Only the text view is scoped.
A hit of another pattern lying inside a scoped clause is part of the memo and dropped too
("Oubliez les anciennes règles de complexité : ..." is not an override).

A pattern may also carry ``requires_nearby``: the opposite, a regex that must match within
:data:`NEAR_WINDOW` characters on either side of a hit (or in it) for the hit to count.
The jailbreak frames use it: "act as my late grandmother who read me ... to fall asleep",
"it's opposite day", "spell it letter by letter", "you are not allowed to refuse" are
everyday role-play, games and style requests until they carry a harmful object (napalm,
product keys, malware). The set pass keeps reading the small frame regex; the object
lexicon, one anchor in the pack, is searched only around a frame's hits.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass
from pathlib import Path
from typing import Any

import re2

from promptguard.errors import ConfigError
from promptguard.recognizers.ascii_lowered import lowered_entry, lowered_text
from promptguard.recognizers.injection.normalize import NormalizedText
from promptguard.recognizers.pattern_set import SET_MAX_MEM, relaxed, wider_letters

__all__ = [
    "NEAR_WINDOW",
    "UNLESS_MAX_DROPS",
    "UNLESS_WINDOW",
    "RuleHit",
    "RuleSet",
    "default_pack_path",
    "nfkc_literals",
    "rule_matches",
    "rule_scopes",
]

UNLESS_WINDOW = 60
"""Characters before a hit searched by its pattern's ``unless_preceded_by`` regex. Long
enough for "an attacker crafts a prompt which instructs the LLM to " and short enough
that framing in an earlier sentence of a real attack rarely reaches the hit."""

UNLESS_MAX_DROPS = 4
"""Hits of one pattern in one view dropped at most; the next is kept (see :func:`_first_kept`)."""

NEAR_WINDOW = 200
"""Characters on either side of a hit searched by its pattern's ``requires_nearby`` regex,
across lines: a chat prompt puts "act as my late grandmother" and "the steps to make
napalm" in one or two sentences, often on two lines; a document that names a frame in one
paragraph and a weapon in another is further apart than this."""


def default_pack_path() -> Path:
    """The shipped pack: ``recognizers/injection.yaml`` at the repo root or in the wheel."""
    here = Path(__file__).resolve()
    candidates = [
        # installed wheel: pyproject force-includes recognizers/ as promptguard/_packs
        here.parents[2] / "_packs" / "injection.yaml",
        # source checkout: <repo>/src/promptguard/recognizers/injection/rules.py
        here.parents[4] / "recognizers" / "injection.yaml",
    ]
    for path in candidates:
        if path.is_file():
            return path
    return candidates[-1]


@dataclass(frozen=True, slots=True)
class RuleHit:
    """One rule match, in original-text offsets. ``view`` says where it was found."""

    rule: str
    pattern: str
    start: int
    end: int
    score: float
    severity: str
    view: str  # text | leet | base64 | hex | percent | rot13 | tag


_PENDING: Any = object()
"""An ``unless`` / ``after`` / ``near`` program not compiled yet (see :class:`_Pattern`)."""


class _Pattern:
    """One pattern of a rule. Its own RE2 program is compiled on first use: the set scan
    (below) proves most patterns absent from most texts, so most are never needed, and
    compiling all of them up front cost ~15 ms of every process's first scan.

    The programs of its ``unless_preceded_by`` / ``unless_followed_by`` / ``requires_nearby``
    regexes (``unless``, ``after``, ``near``: None when not given) are compiled now, unless
    ``lazy``: a bad one must then fail the load (naming rule and pattern), not the first
    text that happens to hit. The shipped pack loads them ``lazy``: the pack cache vouches for
    its regexes (it is built by validating the pack) and they are needed only where the
    pattern hits (s21: 40 programs, ~20 ms of CPU of every cold start)."""

    __slots__ = (
        "_after",
        "_after_source",
        "_near",
        "_near_source",
        "_regex",
        "_shared",
        "_unless",
        "_unless_source",
        "name",
        "plain",
        "rule",
        "scope_only",
        "score",
        "severity",
        "source",
        "where",
    )

    def __init__(
        self,
        rule: str,
        name: str,
        source: str,
        score: float,
        severity: str,
        where: str,
        unless: str | None = None,
        after: str | None = None,
        near: str | None = None,
        scope_only: bool = False,
        shared: dict[str, Any] | None = None,
        lazy: bool = False,
    ) -> None:
        self.rule = rule
        self.scope_only = scope_only
        self.name = name
        self.source = source
        self.score = score
        self.severity = severity
        self.where = where
        self._regex: Any = None
        self._shared = shared
        self.plain = unless is None and after is None and near is None
        """No ``unless`` / ``after`` / ``near``: the first match is the hit."""
        self._unless_source, self._after_source, self._near_source = unless, after, near
        self._unless = self._after = self._near = _PENDING
        if not lazy:
            _ = self.unless, self.after, self.near

    def __repr__(self) -> str:
        return f"_Pattern(rule={self.rule!r}, name={self.name!r})"

    def _aux(self, source: str | None, field: str) -> Any:
        if source is None:
            return None
        return _compile_pattern(source, self.where, self.rule, self.name, field, self._shared)

    # Two threads may both compile one of these: the same program, and the assignment is atomic.
    @property
    def regex(self) -> Any:
        regex = self._regex
        if regex is None:
            regex = self._regex = _compile_pattern(self.source, self.where, self.rule, self.name)
        return regex

    @property
    def unless(self) -> Any:
        if self._unless is _PENDING:
            self._unless = self._aux(self._unless_source, "unless_preceded_by")
        return self._unless

    @property
    def after(self) -> Any:
        if self._after is _PENDING:
            self._after = self._aux(self._after_source, "unless_followed_by")
        return self._after

    @property
    def near(self) -> Any:
        if self._near is _PENDING:
            self._near = self._aux(self._near_source, "requires_nearby")
        return self._near


@dataclass(frozen=True, slots=True)
class _RuleSpec:
    id: str
    entity: str
    severity: str
    examples_match: tuple[str, ...]
    examples_no_match: tuple[str, ...]
    scope_only: bool = False
    """Every pattern is ``scope_only``: the rule never fires, its examples are about scope."""


_SET_CHUNK = 12
"""Patterns per RE2 set among those written with non-ASCII characters (see :func:`_set_groups`)."""

_SET_CHARS = 9000
"""Characters of set entries per RE2 set among those written with non-ASCII characters (an entry
longer than that has a set of its own; see :func:`_set_groups`)."""

_ASCII_SET_CHUNK = 36
"""Patterns per RE2 set among those written in ASCII (see :func:`_set_groups`)."""


def _set_entry(source: str) -> str:
    """A pattern's entry in a set: it matches wherever the pattern does (see :class:`RuleSet`)."""
    return wider_letters(relaxed(source))


def _compile_set(entries: Sequence[str]) -> Any:
    options = re2.Options()
    options.max_mem = SET_MAX_MEM
    rset = re2.Set.SearchSet(options)
    for entry in entries:
        rset.Add(entry)
    rset.Compile()
    return rset


def _set_groups(patterns: Sequence[_Pattern], entries: Sequence[str]) -> list[list[int]]:
    """Pattern indexes per RE2 set: the patterns written in ASCII in sets of at most
    :data:`_ASCII_SET_CHUNK`, the others (the multilingual families) in sets of at most
    :data:`_SET_CHUNK` and, by their set ``entries``, :data:`_SET_CHARS` characters, each in
    pack order (a rule's patterns stay together).

    Why: RE2 builds the DFA states a text needs the first time it reaches them, and a gateway
    sees new texts all day. In one set the patterns' positions multiply (a state per
    combination): on 2 KB multilingual documentation chunks seen once, the one set of 70
    patterns took 633 us a text (20 us the same texts again); in sets of 17 156 us (23 us
    again), while new 2 KB prompts went from 18 to 21 us. Sets of 12 (of the 40 non-ASCII
    patterns today) took another 16% off the docs (129 -> 108 us; prompts 19 -> 22 us). The
    108 ASCII patterns went the same way: in one set 547 us a docs chunk seen once (p95
    8.6 ms: the DFA cache filled and was reset mid-text). The whole rule pass (every view,
    both kinds of sets, the spans), interleaved A/B on new texts: one ASCII set 704 us a
    docs chunk and 70 us a 2 KB prompt; sets of 27 298 / 96 us, of 36 279-298 / 84 us, of
    54 292-383 / 73 us.

    The character cap (s20, 85 non-ASCII patterns): the long multilingual alternations (5,000
    characters each) are the entries that keep most positions alive, and three of them sat in
    one set of 12 that cost 400 us of the 900 us of all sets on a docs chunk seen once. Capped at
    9,000 characters (16 sets instead of 13) all sets took 693 us a docs chunk (p95 1.27 ms,
    from 1.73), 2 KB prompts the same (116 us); capped at 6,000, 645 us but prompts 142 us (each
    set is one more pass), at 12,000, 759 / 116 us."""
    ascii_ix = [i for i, p in enumerate(patterns) if p.source.isascii()]
    other = [i for i, p in enumerate(patterns) if not p.source.isascii()]
    groups = [ascii_ix[k : k + _ASCII_SET_CHUNK] for k in range(0, len(ascii_ix), _ASCII_SET_CHUNK)]
    group: list[int] = []
    chars = 0
    for i in other:
        if group and (len(group) == _SET_CHUNK or chars + len(entries[i]) > _SET_CHARS):
            groups.append(group)
            group, chars = [], 0
        group.append(i)
        chars += len(entries[i])
    if group:
        groups.append(group)
    return groups


class RuleSet:
    """Compiled injection rules."""

    def __init__(
        self,
        patterns: Sequence[_Pattern],
        rules: Sequence[_RuleSpec],
        pack: str,
        known_entries: Mapping[str, Sequence[str | None]] | None = None,
    ) -> None:
        """``known_entries``: pattern source -> (set entry, lowered entry or None), from the
        pack cache (``config.packcache``: the rewrites cost ~150 ms of Python at each load);
        patterns not in it are rewritten here."""
        self._patterns = tuple(patterns)
        self.rules = tuple(rules)
        self.pack = pack
        # A few RE2 sets scan the text for all patterns (see _set_groups); only the patterns
        # they report run again to get their spans. Each set entry is the pattern with its
        # counted repetitions relaxed (pattern_set.relaxed: it matches wherever the pattern
        # does), which made the sets' programs 4x cheaper to compile (62 -> 16 ms at start-up)
        # and left their DFAs room for more states (RE2's budget is per program; theirs is
        # pattern_set.SET_MAX_MEM): on documentation chunks seen once the rules went from
        # 3.35 ms a text to 0.76 ms with the one set, the same patterns reported. Its letter
        # classes are widened to ASCII ranges (pattern_set.wider_letters: a third less to compile).
        # The sets read the text with its ASCII capitals lowered, through entries that fold no
        # case (ascii_lowered: parsing and compiling the pack's sets took 170-240 ms of each
        # load with (?i), half that without); a text holding one of the two characters whose
        # case variants are ASCII letters goes through sets of the entries as written, built
        # the first time one comes.
        self._set: list[tuple[Any, list[int], bool]] | None = None
        self._exact_sets: list[tuple[Any, list[int], bool]] | None = None
        self._entries: list[str] = []
        try:
            # The patterns as written were validated with the pack (config.schema compiles each
            # regex, or the pack cache vouches for the shipped one): relaxing cannot hide an error.
            known = known_entries or {}
            self._entries = []
            lowered: list[str | None] = []
            for p in self._patterns:
                cached = known.get(p.source)
                entry = cached[0] if cached is not None and cached[0] is not None else _set_entry(p.source)
                self._entries.append(entry)
                lowered.append(cached[1] if cached is not None and cached[0] is not None else lowered_entry(entry))
            sets = []
            for indexes in _set_groups(self._patterns, self._entries):
                sets.append(self._lowered_set(indexes, lowered) or (self._exact_set(indexes), indexes, False))
            self._set = sets
        except ConfigError:
            raise
        except Exception:  # noqa: BLE001 - the sets are an optimisation only; fall back to the loop
            self._set = None
            for p in self._patterns:
                _ = p.regex  # validate every pattern now, as the loop will need them all

    @staticmethod
    def _lowered_set(indexes: list[int], lowered: Sequence[str | None]) -> tuple[Any, list[int], bool] | None:
        """A set of ``indexes``' entries for lowered text, or None where one of them has a
        construct the rewriter leaves alone (that set then reads the text as it is)."""
        entries = [lowered[i] for i in indexes]
        if any(e is None for e in entries):
            return None
        try:
            return _compile_set(entries), indexes, True  # type: ignore[arg-type]
        except Exception:  # noqa: BLE001 - a rewrite RE2 refuses: the entries as written
            return None

    def _exact_set(self, indexes: list[int]) -> Any:
        return _compile_set([self._entries[i] for i in indexes])

    def _flagged(self, text: str) -> list[int] | None:
        """Indexes of the patterns the sets say may match ``text``, sorted; None without sets."""
        if self._set is None:
            return None
        data = text.encode("utf-8")  # once for every set (the bindings encode a str per call)
        low = lowered_text(data)
        sets = self._set
        if low is None and any(lowered for _, _, lowered in sets):
            if self._exact_sets is None:
                self._exact_sets = [(self._exact_set(indexes), indexes, False) for _, indexes, _ in sets]
            sets = self._exact_sets
        found: list[int] = []
        for rset, indexes, lowered in sets:
            # ``Match`` returns None (not an empty list) when nothing matches: the common
            # case, which must not fall through to the pattern-by-pattern loop.
            found.extend(indexes[i] for i in rset.Match(low if lowered else data) or ())
        found.sort()
        return found

    @property
    def rule_ids(self) -> tuple[str, ...]:
        return tuple(r.id for r in self.rules)

    @classmethod
    def load(cls, paths: Iterable[Path] | None = None, *, disabled: Iterable[str] = ()) -> RuleSet:
        """Load and compile one or more packs of ``kind: injection``."""
        off = set(disabled)
        patterns: list[_Pattern] = []
        rules: list[_RuleSpec] = []
        pack_names: list[str] = []
        shared: dict[str, Any] = {}  # RE2 programs of this load by source (see _compile_pattern)
        known: dict[str, Sequence[str | None]] = {}  # set entries from the pack cache
        for path in list(paths) if paths is not None else [default_pack_path()]:
            vouched: set[str] = set()
            data = _read_pack(path, vouched, known)
            pack_names.append(str(data.get("pack", path.stem)))
            for rec in data.get("recognizers", []):
                if not rec.get("enabled", True) or str(rec["id"]) in off:
                    continue
                _compile_record(rec, str(path), patterns, rules, shared, vouched)
        return cls(patterns, rules, "+".join(pack_names), known)

    def _scan(self, text: str, scoped: list[tuple[int, int]] | None = None) -> list[tuple[_Pattern, int, int]]:
        out: list[tuple[_Pattern, int, int]] = []
        candidates: Sequence[_Pattern] = self._patterns
        try:
            found = self._flagged(text)
            if found is not None:
                candidates = [self._patterns[i] for i in found]
        except Exception:  # noqa: BLE001 - e.g. a text that cannot be encoded: pattern by pattern
            # (google-re2's Set.Match reports no match, not an error, when RE2 gives up; RE2
            # resets a set's DFA cache rather than give up, and a budget too small for any
            # state fails at Compile, where __init__ falls back to checking every pattern).
            candidates = self._patterns
        for p in candidates:
            if p.scope_only:
                if scoped is not None:
                    scoped.extend(_scope_clauses(p, text))
                continue
            m = p.regex.search(text) if p.plain else _first_kept(p, text, scoped)
            if m is not None:
                out.append((p, m.start(), m.end()))
        return out

    def match(self, norm: NormalizedText) -> list[RuleHit]:
        """All rule hits over every view of ``norm``, deduplicated per (rule, span)."""
        return self.match_scoped(norm)[0]

    def match_scoped(self, norm: NormalizedText) -> tuple[list[RuleHit], list[tuple[int, int]]]:
        """:meth:`match`, and the spans of ``norm.text`` that an ``unless_followed_by`` regex
        dropped (the hit through the end of the clause that scoped it: "disregard the
        previous instructions for the loading dock"), sorted. The detector keeps them out of
        the model's view: the rules have read that clause as a memo."""
        hits: dict[tuple[str, int, int], RuleHit] = {}
        scoped: list[tuple[int, int]] = []

        def add(p: _Pattern, s: int, e: int, view: str) -> None:
            key = (p.rule, s, e)
            old = hits.get(key)
            if old is None or old.score < p.score:
                hits[key] = RuleHit(p.rule, p.name, s, e, p.score, p.severity, view)

        text_hits = self._scan(norm.text, scoped)
        for p, s, e in text_hits:
            # A hit inside a clause the rules read as a memo ("Oubliez les anciennes règles de
            # complexité : ...", a scope_only match) is part of that memo, not an order.
            if not (scoped and _within_any(s, e, scoped)):
                add(p, *norm.to_original(s, e), "text")
        if norm.leet is not None:
            leet = norm.leet
            for p, s, e in self._scan(leet):
                # Leetspeak is evasion only where it changed the hit's own letters. A hit whose
                # words read the same in both views was judged by the text view, which may have
                # read it as a memo or a quotation; the leet view differs only in a digit nearby
                # ("renamed in version 3.0" under a note to AI readers), which said "evasion"
                # and scored a README's harmless note 0.9.
                if leet[s:e] != norm.text[s:e]:
                    add(p, *norm.to_original(s, e), "leet")
        for seg in norm.decoded:
            if seg.kind == "rot13":
                for p, s, e in self._scan(seg.text):
                    add(p, *norm.to_original(s, e), "rot13")
                continue
            for p, _s, _e in self._scan(seg.text):
                # A hit inside decoded bytes is reported on the whole encoded segment.
                add(p, seg.start, seg.end, seg.kind)
        return sorted(hits.values(), key=lambda h: (h.start, h.end, h.rule)), sorted(set(scoped))


def _within_any(s: int, e: int, spans: list[tuple[int, int]]) -> bool:
    return any(a <= s and e <= b for a, b in spans)


def _first_kept(p: _Pattern, text: str, scoped: list[tuple[int, int]] | None = None) -> Any:
    """The first match of ``p`` in ``text`` whose preceding window does not match
    ``p.unless`` and whose own span and following window do not match ``p.after``, or None.

    One ``finditer`` (the binding encodes the text once per call; a ``search(text, pos)``
    per dropped hit cost O(hits x length)). After :data:`UNLESS_MAX_DROPS` dropped hits the
    next one is kept unchecked: each costs ~5-9 us, no benign text of the data sets has
    more than two, and a text repeating the phrase more often is treated as before the
    exception existed (fail closed: padding an order with framed copies does not hide it).
    A hit dropped by ``p.after`` adds its clause (the hit through the end of the ``after``
    match) to ``scoped`` when given.

    A text without ``p.near`` anywhere has no hit. A hit without ``p.near`` within
    :data:`NEAR_WINDOW` characters is skipped before any of
    that and is not counted as a drop: it is no evidence at all, and the cap exists to keep
    the unless checks from hiding an order, not to keep a frame that lacks its object."""
    if p.near is not None and p.near.search(text) is None:
        # Nothing the pattern needs nearby is anywhere in the text: skip the pattern's own
        # search, which for a long lazy pattern (a verb, then up to 140 characters, then an
        # IBAN) costs ~200 us per 2 KB in RE2 against ~8 us for this one.
        return None
    drops = 0
    for m in p.regex.finditer(text):
        s, e = m.span()
        if p.near is not None and p.near.search(text[max(0, s - NEAR_WINDOW) : e + NEAR_WINDOW]) is None:
            continue
        if drops >= UNLESS_MAX_DROPS:
            return m
        drops += 1
        if _framed_before(p, text, s):
            continue
        clause = _clause_after(p, text, s, e)
        if clause is not None:
            if scoped is not None:
                scoped.append((s, s + max(clause.end(), e - s)))
            continue
        return m
    return None


def _framed_before(p: _Pattern, text: str, s: int) -> bool:
    """Whether ``p.unless`` matches the window before a hit at ``s``. The window is a slice:
    the unless regex's ``$`` means "right before the hit". It stops at the hit's own line, so
    framing on an earlier line ("Examples I like" then a blank line, then the order) cannot
    drop it."""
    if p.unless is None:
        return False
    win = text[max(0, s - UNLESS_WINDOW) : s]
    return p.unless.search(win[win.rfind("\n") + 1 :]) is not None


def _clause_after(p: _Pattern, text: str, s: int, e: int) -> Any:
    """``p.after``'s match in the hit ``[s, e)`` and what follows it on its line ("instructions
    for the parking garage;"), or None."""
    if p.after is None:
        return None
    tail = text[e : e + UNLESS_WINDOW]
    nl = tail.find("\n")
    return p.after.search(text[s:e] + (tail if nl < 0 else tail[:nl]))


def _scope_clauses(p: _Pattern, text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` a ``scope_only`` pattern leaves out of the classifier's view: each
    match whose window before does not match ``p.unless`` and in which ``p.after`` finds
    nothing. ``p.after`` reads the clause alone: what follows it stays in the view anyway, and
    a memo's next sentence ("please contact your manager") must not keep its clause in."""
    out: list[tuple[int, int]] = []
    after = p.after
    for m in p.regex.finditer(text):
        s, e = m.span()
        # The clause as a slice: the bindings map a str position to bytes by walking the text
        # from its start, so search(text, s, e) on each of many clauses was quadratic.
        if e > s and not _framed_before(p, text, s) and (after is None or after.search(text[s:e]) is None):
            out.append((s, e))
    return out


def _compile_record(
    rec: dict[str, Any],
    where: str,
    patterns: list[_Pattern],
    rules: list[_RuleSpec],
    shared: dict[str, Any] | None = None,
    vouched: Collection[str] = (),
) -> None:
    """Append ``rec``'s patterns and rule. ``vouched``: regexes known to compile (from the pack
    cache): a pattern whose ``unless`` / ``after`` / ``near`` regexes all are compiles them
    on first use (see :class:`_Pattern`)."""
    rid = str(rec["id"])
    severity = str(rec.get("severity", "medium"))
    flags = "(?i)" if rec.get("ignore_case", False) else ""
    for i, pat in enumerate(rec.get("patterns", [])):
        name = str(pat.get("name", f"p{i}"))
        source = nfkc_literals(str(pat["regex"]))
        unless = pat.get("unless_preceded_by")
        after = pat.get("unless_followed_by")
        near = pat.get("requires_nearby")
        patterns.append(
            _Pattern(
                rid,
                name,
                flags + source,
                float(pat.get("score", 0.5)),
                severity,
                where,
                None if unless is None else flags + nfkc_literals(str(unless)),
                None if after is None else flags + nfkc_literals(str(after)),
                None if near is None else flags + nfkc_literals(str(near)),
                bool(pat.get("scope_only", False)),
                shared,
                lazy=all(x is None or x in vouched for x in (unless, after, near)),
            )
        )
    ex = rec.get("examples") or {}
    rules.append(
        _RuleSpec(
            id=rid,
            entity=str(rec.get("entity", "PROMPT_INJECTION")),
            severity=severity,
            examples_match=tuple(e if isinstance(e, str) else str(e["text"]) for e in ex.get("match", [])),
            examples_no_match=tuple(str(e) for e in ex.get("no_match", [])),
            scope_only=bool(rec.get("patterns")) and all(p.get("scope_only", False) for p in rec["patterns"]),
        )
    )


_ASCII_META = frozenset("\\^$.|?*+()[]{}-")
_NOT_META = re.compile(r"[^\\^$.|?*+()\[\]{}\-]+")
"""Runs of characters that are not in :data:`_ASCII_META` (deleted to compare the metacharacters)."""
_NON_ASCII = re.compile(r"[^\x00-\x7f]")


def nfkc_literals(source: str) -> str:
    """``source`` with its literal text in NFKC, the form every view of the text is in.

    A pattern written with a character NFKC rewrites can never match: Thai "ำ" (SARA AM)
    becomes "ํา", so a rule spelling "คำสั่ง" (instruction) missed every Thai text until
    1.3.0. Normalising the whole pattern would also turn a full-width "？" into the
    quantifier "?", so where NFKC would add or drop a regex metacharacter, characters are
    normalised one by one and those mapping to metacharacters are kept as written.
    """
    # Most patterns are in NFKC already (a quick check); the others are compared as strings
    # of their metacharacters, and the fallback rewrites only characters outside ASCII: lists
    # and a loop over every character cost ~20 ms of each load (170,000 characters).
    if source.isascii() or unicodedata.is_normalized("NFKC", source):
        return source
    whole = unicodedata.normalize("NFKC", source)
    if _NOT_META.sub("", whole) == _NOT_META.sub("", source):
        return whole
    return _NON_ASCII.sub(_nfkc_unless_meta, source)


def _nfkc_unless_meta(m: re.Match[str]) -> str:
    c = m.group(0)
    n = unicodedata.normalize("NFKC", c)
    return c if any(x in _ASCII_META for x in n) else n


PATTERN_MAX_MEM = SET_MAX_MEM
"""RE2's memory budget for a pattern run in full, the sets' (a ceiling: DFA states are built as
texts need them). At RE2's default (8 MiB) two multilingual override patterns (2-3 KB each: ``(?i)``,
bounded gaps between word lists) ran out of DFA states on every short attack they matched (Serbian,
Welsh, Catalan, 100-185 characters): RE2 fell back to its NFA for that search and printed "DFA out of
memory" on the host's stderr; at 16 MiB and more they do not. A review measured the three largest
patterns alone on 400 new texts of their vocabulary: 12.0 s and +7 MiB of RSS at 8 MiB, 5.7 s and
+30 MiB (flat after 1,500 texts) at 32 MiB; the whole scan over 600 multilingual texts: 395 -> 402 MiB."""


def pattern_options(*, log_errors: bool = False) -> re2.Options:
    """RE2 options of a pattern run in full (:data:`PATTERN_MAX_MEM`). ``log_errors`` off: a bad
    pattern is reported as a :class:`ConfigError` naming it, and nothing is printed."""
    options = re2.Options()
    options.max_mem = PATTERN_MAX_MEM
    options.log_errors = log_errors
    return options


_PATTERN_OPTIONS = pattern_options()


def _compile_pattern(
    source: str, where: str, rid: str, name: str, field: str = "regex", shared: dict[str, Any] | None = None
) -> Any:
    """``source`` compiled by RE2 (a config error naming the pattern if it does not compile).
    ``shared``: the programs one load compiled so far, by source. The pack's lexicons
    (``&harmful_object``, the memo and role-change word lists) are YAML anchors that many patterns
    share as ``requires_nearby`` / ``unless_*``: one program each serves them all (compiled RE2
    objects are immutable and thread-safe)."""
    compiled = shared.get(source) if shared is not None else None
    if compiled is not None:
        return compiled
    try:
        compiled = re2.compile(source, _PATTERN_OPTIONS)
        if shared is not None:
            shared[source] = compiled
        return compiled
    except Exception as exc:  # re2.error is not a stable public name
        raise ConfigError(
            f"{field} does not compile in RE2: {exc}",
            file=where,
            field=f"recognizers[{rid}].patterns[{name}].{field}",
        ) from exc


def rule_matches(spec: Any, text: str) -> list[RuleHit]:
    """Hits of one pack entry (a ``RecognizerSpec`` or its dict) on ``text``, all views.

    Used to check a pack's examples exactly as the detector would see them.
    """
    return _entry_match(spec, text)[0]


def rule_scopes(spec: Any, text: str) -> list[tuple[int, int]]:
    """Spans of ``text`` one pack entry's ``scope_only`` patterns leave out of the classifier's
    view (normalised-text offsets), for checking such an entry's examples."""
    return _entry_match(spec, text)[1]


def _entry_match(spec: Any, text: str) -> tuple[list[RuleHit], list[tuple[int, int]]]:
    """:meth:`RuleSet.match_scoped` of a rule set holding one pack entry."""
    from promptguard.recognizers.injection.normalize import normalize

    rec = spec.model_dump() if hasattr(spec, "model_dump") else dict(spec)
    patterns: list[_Pattern] = []
    rules: list[_RuleSpec] = []
    _compile_record(rec, "<spec>", patterns, rules)
    return RuleSet(patterns, rules, "spec").match_scoped(normalize(text))


def _read_pack(
    path: Path, vouched: set[str] | None = None, known: dict[str, Sequence[str | None]] | None = None
) -> dict[str, Any]:
    """Read and validate a pack quickly (C YAML parser); slow path only to explain errors.
    ``vouched`` gets the regexes the pack cache knows to compile (only for the shipped pack
    when the cache holds its bytes), ``known`` the set entries it holds for this code (see
    :class:`RuleSet`)."""
    shipped = path.resolve() == default_pack_path().resolve()
    raw = _read_yaml(path, shipped, vouched)
    if shipped and known is not None:
        from promptguard.config import packcache

        known.update(packcache.set_entries(path) or {})
    from promptguard.config.schema import PackSpec

    # The shipped pack is validated by the test suite; re-validating it on every load
    # would compile each regex twice. Packs a user adds are validated here.
    if not shipped:
        try:
            raw = PackSpec.model_validate(raw).model_dump()
        except Exception:  # noqa: BLE001 - any schema error is re-raised with its location below
            # Re-read through the project loader, whose error names file, line and field.
            from promptguard.config.loader import load_pack

            raw = load_pack(path).model_dump()
    if not isinstance(raw, dict) or raw.get("kind") != "injection":
        raise ConfigError("not a pack of kind 'injection'", file=str(path), field="kind")
    return raw


def _read_yaml(path: Path, shipped: bool, vouched: set[str] | None = None) -> Any:
    """What the C YAML parser returns for ``path``. For the shipped pack, the pack cache's copy
    of exactly that when it holds one for these bytes (``config.packcache``: JSON, which parses
    in ~10 ms where the YAML took ~25 ms of every load; PyYAML is then not even imported)."""
    try:
        data = path.read_bytes()
    except OSError as exc:
        raise ConfigError(f"cannot read injection pack: {exc}", file=str(path)) from exc
    if shipped:
        from promptguard.config import packcache

        hit = packcache.lookup(path, data, objects=False)
        if hit is not None and hit[0] is not None:
            if vouched is not None:
                vouched.update(hit[1])
            return hit[0]
    import yaml

    loader = getattr(yaml, "CSafeLoader", yaml.SafeLoader)
    try:
        return yaml.load(data.decode("utf-8"), Loader=loader)  # noqa: S506 - safe loader
    except (UnicodeDecodeError, yaml.YAMLError) as exc:
        raise ConfigError(f"cannot read injection pack: {exc}", file=str(path)) from exc
