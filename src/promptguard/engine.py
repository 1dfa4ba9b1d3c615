"""The scan pipeline, one step per function so it reads top to bottom:

    normalise → recognizers → context enhancement → thresholds and allow lists
    → policy actions → overlap resolution → offsets back to the original text

Pattern recognizers are run together (one RE2 ``Set`` pass per pack group tells which
patterns match at all: :mod:`promptguard.recognizers.pattern_set`); overlap resolution is
:mod:`promptguard.overlaps`. spaCy is never touched unless a recognizer that needs it is
configured.
"""

from __future__ import annotations

import logging
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass, replace

from promptguard.findings import Action, Direction, Finding, Suppression, make_finding, rescored
from promptguard.normalize import NormalizedText, normalize, normalize_utf8
from promptguard.overlaps import LazyRanks, kept_indexes
from promptguard.policy import Policy
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.hyperscan_set import AcceleratedSet
from promptguard.recognizers.pattern import PatternRecognizer
from promptguard.recognizers.pattern_set import PatternSet, any_substring
from promptguard.recognizers.regex import TextBuffer, sharing

__all__ = ["DetectionOutput", "Engine"]

log = logging.getLogger("promptguard")

_WORD = re.compile(r"\w+")  # Unicode words: context such as "fødselsnummer" or "sécurité"
_BUILTIN_MODULES = "promptguard.recognizers.builtin."


@dataclass(frozen=True, slots=True)
class DetectionOutput:
    findings: tuple[Finding, ...]
    errors: tuple[str, ...]
    normalized: NormalizedText
    suppressed: tuple[Suppression, ...] = ()


class Engine:
    """Detection only: text in, resolved findings (with actions) out."""

    def __init__(self, recognizers: Sequence[Recognizer], policy: Policy) -> None:
        self.policy = policy
        self.recognizers = [r for r in recognizers if policy.recognizer_enabled(r.id, r.pack)]
        self.by_id = {r.id: r for r in self.recognizers}
        patterns = [r for r in self.recognizers if isinstance(r, PatternRecognizer)]
        self.others = [r for r in self.recognizers if not isinstance(r, PatternRecognizer)]
        self._patterns = PatternSet(patterns, [r for r in self.others if r.gate is not None and not r.requires_nlp])
        self._gate_free_for: tuple[PatternSet, list[Recognizer]] | None = None
        # Decoded base64/hex/percent segments get the pattern pass plus the built-in
        # recognizers that need no model (a base64-wrapped PEM key is one PRIVATE_KEY
        # block, found by a built-in, not a pattern). Third-party plugins are left out:
        # their cost is unknown, and decoded segments are scanned once per layer.
        self._decoded_others = [
            r for r in self.others if not r.requires_nlp and type(r).__module__.startswith(_BUILTIN_MODULES)
        ]
        try:
            from promptguard.recognizers.encoded import scan_encoded
        except ImportError:
            scan_encoded = None  # type: ignore[assignment]
        self._scan_encoded = scan_encoded

    @property
    def entities(self) -> tuple[str, ...]:
        return tuple(sorted({e for r in self.recognizers for e in r.entities}))

    # ------------------------------------------------------------------ pipeline
    def detect(
        self,
        text: str,
        direction: Direction = "prompt",
        *,
        entities: frozenset[str] | None = None,
        nlp_findings: Sequence[Finding] | None = None,
        hasher: Callable[[str], str] | None = None,
        explain: bool = True,
    ) -> DetectionOutput:
        spec = self.policy.spec.normalize
        norm, utf8 = normalize_utf8(text, nfkc=spec.nfkc, strip_invisible=spec.strip_invisible)
        # One UTF-8 copy of the text for normalisation and every regex of this scan.
        raw, errors = self._recognize_in(TextBuffer(norm.text, utf8), nlp_findings)
        enhanced = self.enhance_context(norm.text, raw, explain=explain)
        kept = self.filter(norm.text, enhanced, entities)
        policy = self.policy
        # Per (entity, severity, pack): the policy's lookup plus an enum conversion per
        # finding adds up at thousands of findings per megabyte.
        memo: dict[tuple[str, str, str | None], Action] = {}
        actions = []
        for f in kept:
            key = (f.entity_type, f.severity, f.pack)
            act = memo.get(key)
            if act is None:
                act = memo[key] = policy.action(f.entity_type, direction, f.severity, f.pack)
            actions.append(act)
        # Ranks (a tuple per finding) only for findings that compete: most have no overlap.
        chosen = kept_indexes(kept, LazyRanks(kept, actions))
        final = self.finalize(text, norm, [(kept[i], actions[i]) for i in chosen], hasher, explain)
        suppressed = self.suppressed(norm, enhanced, kept, chosen, entities) if explain else ()
        return DetectionOutput(tuple(final), tuple(errors), norm, suppressed)

    def suppressed(
        self,
        norm: NormalizedText,
        enhanced: list[Finding],
        kept: list[Finding],
        chosen: list[int],
        entities: frozenset[str] | None,
    ) -> tuple[Suppression, ...]:
        """What was matched and then dropped, and by which step (``explain=True`` only, so the
        recognizers' own drops are found again the slow way): their filters and validators, the
        policy's thresholds and allow lists, overlap resolution. Offsets in the original text."""
        policy = self.policy

        def wanted(entity: str) -> bool:
            return (entities is None or entity in entities) and policy.wants(entity)

        out: list[Suppression] = []
        for rec in self.recognizers:
            try:
                dropped = rec.suppressed(norm.text)
            except Exception:  # noqa: BLE001, S112 - its failure is already in the result's errors
                continue
            out.extend(x for x in dropped if wanted(x.entity_type))
        passed = {id(f) for f in kept}
        for f in enhanced:
            if id(f) not in passed and wanted(f.entity_type):
                threshold = policy.threshold(f.entity_type)
                reason = "below_threshold" if threshold is not None and f.score < threshold else "allow_list"
                out.append(Suppression(f.entity_type, f.start, f.end, f.recognizer, f.pack, reason))
        won = set(chosen)
        out.extend(
            Suppression(f.entity_type, f.start, f.end, f.recognizer, f.pack, "overlap")
            for i, f in enumerate(kept)
            if i not in won
        )
        if not norm.offsets.identity:
            mapped = []
            for x in out:
                start, end = norm.to_original(x.start, x.end)
                mapped.append(replace(x, start=start, end=end))
            out = mapped
        return tuple(sorted(out, key=lambda x: (x.start, x.end, x.recognizer)))

    @staticmethod
    def finalize(
        text: str,
        norm: NormalizedText,
        resolved: list[tuple[Finding, Action]],
        hasher: Callable[[str], str] | None,
        explain: bool,
    ) -> list[Finding]:
        """One copy per surviving finding: original offsets, action, keyed hash."""
        out = []
        to_original = None if norm.offsets.identity else norm.to_original
        # The same value recurs (a chat resends its history; a log repeats an address):
        # hash each distinct value once per text.
        hashes: dict[str, str] = {}
        for f, action in resolved:
            start, end = (f.start, f.end) if to_original is None else to_original(f.start, f.end)
            if hasher is not None:
                value = text[start:end]
                value_hash = hashes.get(value)
                if value_hash is None:
                    value_hash = hashes[value] = hasher(value)
            else:
                value_hash = f.value_hash
            out.append(
                make_finding(
                    f.entity_type,
                    start,
                    end,
                    f.score,
                    f.recognizer,
                    f.pack,
                    f.provider,
                    action,
                    value_hash,
                    f.severity,
                    f.explanation if explain else None,
                )
            )
        return out

    def normalise(self, text: str) -> NormalizedText:
        spec = self.policy.spec.normalize
        return normalize(text, nfkc=spec.nfkc, strip_invisible=spec.strip_invisible)

    def accelerated(self) -> list[AcceleratedSet]:
        """The pattern sets Hyperscan answers for once built (see ``Guard.warm_up``)."""
        return self._patterns.accelerated()

    def recognize(self, text: str, *, nlp_findings: Sequence[Finding] | None = None) -> tuple[list[Finding], list[str]]:
        return self._recognize_in(TextBuffer(text), nlp_findings)

    def _recognize_in(self, buf: TextBuffer, nlp_findings: Sequence[Finding] | None) -> tuple[list[Finding], list[str]]:
        # One UTF-8 copy and offset table of the text for every regex of this scan,
        # the built-in recognizers' included (they reach it through TextBuffer.of).
        with sharing(buf):
            return self._recognize(buf.text, nlp_findings)

    def _recognize(self, text: str, nlp_findings: Sequence[Finding] | None) -> tuple[list[Finding], list[str]]:
        findings, opened = self._patterns.scan_gated(text)
        errors: list[str] = []
        depth = self.policy.spec.normalize.decode_depth
        if depth and self._scan_encoded is not None:
            try:
                findings.extend(self._scan_encoded(text, self._scan_decoded, max_depth=depth))
            except Exception as exc:  # noqa: BLE001 - decoding trouble is indeterminate, never clean
                errors.append(f"encoded-content decoder failed ({type(exc).__name__})")
        for rec in self.others if opened else self._gate_free():
            if rec.requires_nlp:
                continue  # batched by the guard, passed in as nlp_findings
            if rec.gate is not None and id(rec) not in opened:
                continue  # its gate did not match: analyze would find nothing here
            try:
                findings.extend(rec.analyze(text))
            except Exception as exc:  # noqa: BLE001 - a failing recognizer makes the scan indeterminate
                errors.append(f"recognizer {rec.id!r} failed ({type(exc).__name__})")
                log.warning("recognizer %s failed with %s", rec.id, type(exc).__name__)
        if nlp_findings:
            findings.extend(nlp_findings)
        return findings, errors

    def _gate_free(self) -> list[Recognizer]:
        """The built-ins without a gate (NLP ones aside), in order: all that a text which opened no
        gate runs (most texts). Looping over every recognizer to skip the gated ones cost ~50 lines
        of Python per text with the secrets pack. Derived once per pattern set, whose gates were
        read from the same recognizers."""
        memo = self._gate_free_for
        if memo is None or memo[0] is not self._patterns:
            memo = self._gate_free_for = (
                self._patterns,
                [r for r in self.others if r.gate is None and not r.requires_nlp],
            )
        return memo[1]

    def _scan_decoded(self, text: str) -> list[Finding]:
        """The recognizers run on a decoded segment (see ``__init__``). An exception
        propagates: the caller reports the scan as indeterminate."""
        with sharing(TextBuffer(text)):
            findings, opened = self._patterns.scan_gated(text)
            for rec in self._decoded_others:
                if rec.gate is None or id(rec) in opened:
                    findings.extend(rec.analyze(text))
        return findings

    def enhance_context(self, text: str, findings: list[Finding], *, explain: bool = True) -> list[Finding]:
        """Presidio semantics: a context word near a match adds ``context_boost``; a
        negative context word just before it (``order``, ``version``) scales it down.

        Only the windows around a finding are lowered (never the whole text: at 1 MB that
        alone is milliseconds, and ``str.lower`` can change lengths, which would shift a
        window cut from a lowered copy).

        ``explain=False``: a boosted finding keeps its explanation as it was (the words
        found are not recorded); :meth:`detect` drops explanations then anyway, and
        overlap resolution reads only the validator's verdict from it.
        """
        out: list[Finding] = []
        by_id = self.by_id
        findall = _WORD.findall
        append = out.append
        for f in findings:
            rec = by_id.get(f.recognizer)
            if rec is None:
                append(f)
                continue
            ctx = rec.__dict__.get("_context_sets") or _context_sets(rec)
            if ctx is _NO_CONTEXT:
                append(f)
                continue
            words_ctx, phrases_ctx, negative, positive_all, negative_all, words_b, negative_b = ctx
            score = f.score
            if score >= 1.0 and not negative:
                append(f)  # nothing to add, nothing to take away
                continue
            start = f.start
            if negative:
                near = text[start - 25 if start > 25 else 0 : start].lower()
                if near.isascii():
                    # The exact word test costs less than the substring prefilter here.
                    damp = not negative_b.isdisjoint(near.encode("ascii").translate(_ASCII_WORDS_ONLY).split())
                else:
                    maybe = negative_all is None or any_substring(negative_all, near)
                    damp = maybe and _has_word(negative, negative_b, near)
                if damp and _own_field_negative(near, words_ctx, negative):
                    append(rescored(f, score * rec.negative_factor, f.explanation))
                    continue
                if score >= 1.0 or not (words_ctx or phrases_ctx):
                    append(f)
                    continue
            window = rec.context_window
            end = f.end
            # Both windows in one string (one lower, one findall); NUL keeps a word or a
            # phrase from running across the finding itself.
            around = (text[start - window if start > window else 0 : start] + "\x00" + text[end : end + window]).lower()
            if not explain and around.isascii():
                # Whether there is a hit is all that counts here: on an ASCII window the exact
                # word test (see _has_word) costs less than the substring prefilter, which only
                # ever settles a miss (~1.2 µs for fifteen words against ~0.6 µs).
                if (
                    words_b and not words_b.isdisjoint(around.encode("ascii").translate(_ASCII_WORDS_ONLY).split())
                ) or any_substring(phrases_ctx, around):
                    f = rescored(f, min(1.0, max(score + rec.context_boost, 0.4)), f.explanation)
                append(f)
                continue
            if positive_all is not None and not any_substring(positive_all, around):
                append(f)  # no context word or phrase, not even inside another word
                continue
            if not explain:
                # Whether there is a hit is all that counts here (not which words).
                if (words_ctx and _has_word(words_ctx, words_b, around)) or any_substring(phrases_ctx, around):
                    f = rescored(f, min(1.0, max(score + rec.context_boost, 0.4)), f.explanation)
                append(f)
                continue
            found = words_ctx.intersection(findall(around)) if words_ctx else ()
            hits: tuple[str, ...] = tuple(w for w in rec.context if w in found) if found else ()
            if phrases_ctx:
                hits += tuple(p for p in phrases_ctx if p in around)
            if hits:
                boosted = min(1.0, max(score + rec.context_boost, 0.4))
                expl = f.explanation
                if expl is not None:
                    expl = replace(expl, context_words=hits, context_boost=boosted - score)
                f = rescored(f, boosted, expl)
            append(f)
        return out

    def filter(self, text: str, findings: list[Finding], entities: frozenset[str] | None) -> list[Finding]:
        policy = self.policy
        out = []
        # Per-entity verdicts memoised for this call: the policy's answers do not change
        # within one text, and there are few entities but many findings.
        thresholds: dict[str, float | None] = {}
        check_allowed = _has_allow_lists(policy)
        for f in findings:
            entity = f.entity_type
            threshold = thresholds.get(entity, -1.0)
            if threshold == -1.0:
                wanted = (entities is None or entity in entities) and policy.wants(entity)
                threshold = thresholds[entity] = policy.threshold(entity) if wanted else None
            if threshold is None or f.score < threshold:
                continue
            if check_allowed and policy.allowed(entity, text[f.start : f.end]):
                continue
            out.append(f)
        return out

    @staticmethod
    def to_original(norm: NormalizedText, findings: list[Finding]) -> list[Finding]:
        if norm.offsets.identity:
            return findings
        out = []
        for f in findings:
            start, end = norm.to_original(f.start, f.end)
            out.append(f.with_(start=start, end=end))
        return out


def _has_allow_lists(policy: Policy) -> bool:
    """False only when the policy certainly has no allow list (then no value is sliced)."""
    try:
        return bool(policy._allow or policy._allow_re or policy._entity_allow)
    except AttributeError:  # pragma: no cover - a policy of another shape: always check
        return True


_PREFILTER_UP_TO = 16
"""Substring tests cost ~65 ns a word on a 120-character window; the tokenising regex
~2.5 µs. A recognizer with more context words (phone numbers have 45) goes straight to it."""


def _prefilter(words: Sequence[str]) -> tuple[str, ...] | None:
    """The words for :func:`any_substring`, or None: no prefilter, tokenise at once."""
    unique = tuple(dict.fromkeys(words))
    return unique if len(unique) <= _PREFILTER_UP_TO else None


_ContextSets = tuple[
    frozenset[str],
    tuple[str, ...],
    frozenset[str],
    tuple[str, ...] | None,
    tuple[str, ...] | None,
    frozenset[bytes],
    frozenset[bytes],
]


_NO_CONTEXT: _ContextSets = (frozenset(), (), frozenset(), None, None, frozenset(), frozenset())

# Every byte that is not an ASCII word character ([A-Za-z0-9_]) to a space: an ASCII window's
# tokens are then one translate and one split away (see _has_word).
_ASCII_WORDS_ONLY = bytes(
    b if (48 <= b <= 57 or 65 <= b <= 90 or 97 <= b <= 122 or b == 95) else 32 for b in range(256)
)


def _has_word(words: frozenset[str], ascii_words: frozenset[bytes], window: str) -> bool:
    """Whether one of ``words`` is a whole token of ``window``: ``not
    words.isdisjoint(_WORD.findall(window))``.

    On an ASCII window (almost every window) ``\\w`` is ``[A-Za-z0-9_]``, so its tokens are
    the runs left between the other bytes, found by C calls (``bytes.translate`` and
    ``split``) and compared with ``ascii_words`` (the ASCII ones of ``words``, as bytes; no
    other word can be a token there). Measured on 120-character windows: 0.5 µs, where the
    tokenising regex took 2.5 µs (the phone recognizer tests two windows per candidate)."""
    if window.isascii():
        return not ascii_words.isdisjoint(window.encode("ascii").translate(_ASCII_WORDS_ONLY).split())
    return not words.isdisjoint(_WORD.findall(window))


# Where a field of a form, a list or a table row ends: a negative word before one of these
# belongs to an earlier field ("SSN 536-22-1234\nPhone: +1 415 555 2671", "call me, SSN ...").
_FIELD_END = re.compile(r"[\n,;|]|\.\s")


def _own_field_negative(near: str, words: frozenset[str], negative: frozenset[str]) -> bool:
    """Whether a negative context word in ``near`` (the lowered text just before a match) speaks
    of the match: it sits in the match's own field, and no context word of the recognizer stands
    between them ("order number 541-714-1388" is damped; "Phone: +1 415 555 2671" after an SSN
    on the line above is not). Asked only when the window holds a negative word."""
    cut = None
    for m in _FIELD_END.finditer(near):
        cut = m.end()
    for token in reversed(_WORD.findall(near if cut is None else near[cut:])):
        if token in words:
            return False
        if token in negative:
            return True
    return False


def _context_sets(rec: Recognizer) -> _ContextSets:
    """Single context words as a set, multi-word phrases as a tuple, negative words as a set,
    then the positive and the negative prefilters (see :func:`_prefilter`); computed once
    per recognizer and kept on it."""
    cached = rec.__dict__.get("_context_sets")
    if cached is None:
        if not (rec.context or rec.negative_context):
            cached = _NO_CONTEXT
        else:
            words = frozenset(w for w in rec.context if _WORD.fullmatch(w))
            phrases = tuple(w for w in rec.context if not _WORD.fullmatch(w))
            negative = frozenset(rec.negative_context)
            cached = (
                words,
                phrases,
                negative,
                _prefilter(rec.context),
                _prefilter(sorted(negative)),
                frozenset(w.encode("ascii") for w in words if w.isascii()),
                frozenset(w.encode("ascii") for w in negative if w.isascii()),
            )
        rec.__dict__["_context_sets"] = cached
    return cached
