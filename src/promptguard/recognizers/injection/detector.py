"""The injection detector: normalisation, rules, model and response checks in one call.

``detect`` returns one :class:`InjectionVerdict` (a score in [0, 1] combining the model
and the rules, judged against the threshold of the text's source) and the findings:
``PROMPT_INJECTION`` for rule-matched spans, ``INVISIBLE_TEXT`` for hidden characters,
``DATA_EXFILTRATION`` and ``CANARY_LEAK`` for responses. All offsets point into the text
passed in; reasons hold rule ids and kinds, never text.
"""

from __future__ import annotations

import bisect
import functools
import re
import sys
from pathlib import Path
from typing import TYPE_CHECKING

from promptguard._lazyre import lazy
from promptguard.errors import InputError, RecognizerError
from promptguard.findings import (
    Action,
    Direction,
    Finding,
    InjectionVerdict,
    Source,
)
from promptguard.recognizers.injection import _blas  # noqa: F401 - before numpy loads (see there)
from promptguard.recognizers.injection.ai_directive import RULE_ID as AI_DIRECTIVE_RULE
from promptguard.recognizers.injection.ai_directive import SCORE as AI_DIRECTIVE_SCORE
from promptguard.recognizers.injection.ai_directive import (
    discusses_attacks,
    find_ai_directives,
    shown_as_code_or_example,
)
from promptguard.recognizers.injection.answer_attacks import SCORE as ANSWER_ATTACK_SCORE
from promptguard.recognizers.injection.answer_attacks import find_answer_attacks
from promptguard.recognizers.injection.code_lists import listed_literals
from promptguard.recognizers.injection.code_tail import without_code_tail
from promptguard.recognizers.injection.credentials import mask_credential_values
from promptguard.recognizers.injection.model import (
    QUOTABLE_KINDS,
    InjectionModel,
    blank_spans,
    in_quotes,
    model_input,
    quoted_phrases,
    without_spans,
)
from promptguard.recognizers.injection.normalize import _INVISIBLE_RE, normalize
from promptguard.recognizers.injection.options import InjectionOptions
from promptguard.recognizers.injection.response import find_canary, find_exfiltration
from promptguard.recognizers.injection.rules import RuleHit, RuleSet, default_pack_path
from promptguard.recognizers.injection.sql_tail import without_sql_tail
from promptguard.recognizers.injection.structured import prose_view

if TYPE_CHECKING:
    from collections.abc import Sequence

    from promptguard.recognizers.injection.normalize import DecodedSegment
    from promptguard.recognizers.injection.system_context import SystemContext

__all__ = ["InjectionDetector", "default_model_path"]

PACK = "injection"
MODEL_RECOGNIZER = "injection.model"
SYSTEM_PROMPT_RECOGNIZER = "injection.system_prompt"
SYSTEM_PROMPT_LEAK_RECOGNIZER = "injection.system_prompt.leak"
# A model window longer than the training cut would be judged on unfamiliar statistics,
# so long texts are scored window by window and the worst window counts: an injection
# spliced into a long document is not diluted by the pages around it.
_MAX_WINDOWS = 16
# Views a text is written in as it stands: a page's escaped tags ("&lt;system&gt;", read unescaped
# by the rules) are how HTML shows markup, not a disguise.
_PLAIN_VIEWS = frozenset({"text", "markup"})
_QUOTED_RULE = 0.5
"""Weight of rule hits that all lie inside quotation marks."""
_SUFFIX_WEIGHT = 0.8
"""Share of the suffix head's probability in the model score. Leave-one-source-out (1.3.0
development, same scores re-combined): 1.0 -> recall 0.705 at 2% FPR, 0.8 -> 0.714, 0.7
-> 0.713; below 1 the head's confident mistakes on code and docs stop deciding alone."""
_CODE_TAIL_FROM = 0.25
"""A suffix-head probability from which a code snippet the text ends with is cut off and the head
reads the text again (see :meth:`InjectionDetector._suffix_score`): its share of the score there is
0.2 (:data:`_SUFFIX_WEIGHT`)."""
_SUFFIX_REASON = 0.5
"""A suffix-head probability at or above this is named in the reasons."""


_DISCUSSION_WEIGHT = 0.5
"""Weight of the model score and of quoted rule hits in a document that discusses attacks (see
:func:`~promptguard.recognizers.injection.ai_directive.discusses_attacks`)."""
_READ_FOR_USER = frozenset({"document", "tool_result", "model"})
"""Sources the assistant reads that its user did not write: documents, tool results, and a model's text
read back (a turn of the history, one agent's output handed to the next). An order to the AI reader
there is not the user's, and a text about attacks there quotes them as its subject."""


_LONE_SURROGATE = lazy("[\ud800-\udfff]")


def _without_lone_surrogates(text: str) -> str:
    """``text`` with lone surrogates (from badly decoded JSON or bytes) as U+FFFD.

    RE2 and the model's encoders need valid UTF-8; one code point for one keeps every
    offset, and a judged text is never "indeterminate" because of a stray half pair."""
    if text.isascii():
        return text
    try:
        text.encode("utf-8")
    except UnicodeEncodeError:
        return _LONE_SURROGATE.sub("\ufffd", text)
    return text


def default_model_path() -> Path:
    """The shipped model: ``models/injection/injection-model.npz`` (repo or wheel)."""
    here = Path(__file__).resolve()
    candidates = [
        here.parents[2] / "models" / "injection" / "injection-model.npz",
        here.parents[4] / "models" / "injection" / "injection-model.npz",
    ]
    for path in candidates:
        if path.is_file():
            return path
    return candidates[-1]


@functools.lru_cache(maxsize=8)
def _load_model(path: Path) -> InjectionModel:
    return InjectionModel.load(path)


@functools.lru_cache(maxsize=8)
def _load_rules(paths: tuple[Path, ...], disabled: tuple[str, ...]) -> RuleSet:
    return RuleSet.load(paths, disabled=disabled)


class InjectionDetector:
    """Flags prompt injection in prompts and documents, and leaks in responses."""

    def __init__(self, options: InjectionOptions, rules: RuleSet, model: InjectionModel | None) -> None:
        self.options = options
        self.rules = rules
        self.model = model

    @classmethod
    def load(cls, options: InjectionOptions | None = None) -> InjectionDetector:
        """Load the shipped rules and model (cached per path: later loads are free)."""
        opts = options or InjectionOptions()
        paths = [default_pack_path()] if opts.include_default_pack else []
        paths += [Path(p) for p in opts.packs]
        rules = _load_rules(tuple(paths), tuple(sorted(opts.disabled_rules)))
        model = None
        if opts.use_model:
            path = opts.model_path or default_model_path()
            if not path.is_file():
                raise FileNotFoundError(f"injection model not found: {path}")
            model = _load_model(path)
        return cls(opts, rules, model)

    def reports_only(self, text: str, direction: Direction = "prompt") -> bool:
        """Whether judging ``text`` can only report: none of its findings can change or block it.

        True when the policy's injection action is ``detect`` (a flagged text is sent as it
        is) and the text holds no invisible character (whose ``strip``/``block`` action would
        change or stop it; the same pattern :func:`normalize` finds them with). A caller
        may then send the text before its verdict is computed (the Anthropic middleware
        does, off the time to first token) and record the verdict afterwards: the verdict is
        the same, only its timing moves. Responses are never in this case (their leak
        checks block under ``action: block`` and are cheap).
        """
        opts = self.options
        if not opts.enabled or opts.action != "detect" or direction != "prompt":
            return False
        return opts.invisible_action == "detect" or text.isascii() or _INVISIBLE_RE.search(text) is None

    @property
    def model_version(self) -> str | None:
        return self.model.version if self.model is not None else None

    # ------------------------------------------------------------------ scoring
    def _model_score(self, view: str, signals: list[str]) -> float:
        assert self.model is not None
        window = self.model.config.max_chars
        if len(view) <= window:
            return self.model.predict(view, signals)
        step = window // 2
        starts = list(range(0, len(view) - step, step))[:_MAX_WINDOWS]
        return max(self.model.predict(view[s : s + window], signals) for s in starts)

    def _suffix_score(self, text: str) -> float:
        """The suffix head's probability for how ``text`` ends, a code snippet it ends with cut
        off (see :mod:`code_tail`) when the head reads the whole text as a suffix at all.

        The cut is looked for only at or above :data:`_CODE_TAIL_FROM`: below it the head's share
        of the score is small whatever the snippet, and most texts end there, so the snippet's
        tokenizing (+0.84M instructions per new 2 KB prompt when run on every text) is spent only
        where it can change a verdict. The price: a suffix followed by a snippet the head reads low
        on the whole text (a JS string, a Dockerfile, a YAML document after it) is judged as it was
        before the cut existed, not read at the text's end (a review paired 16 suffixes with 30
        snippets: 109 of 480 such texts unflagged that the eager cut flagged)."""
        assert self.model is not None
        score = self.model.suffix_score(text)
        if score < _CODE_TAIL_FROM:
            return score
        cut = without_code_tail(text)
        if cut == text:
            return score
        return self.model.suffix_score(cut) if cut else 0.0

    def detect(
        self,
        text: str,
        *,
        source: Source = "user",
        direction: Direction = "prompt",
        system_prompt: str | None = None,
    ) -> tuple[InjectionVerdict, list[Finding]]:
        """Judge ``text``. Raises :class:`RecognizerError` on failure (never "clean").

        ``system_prompt``: the system prompt the text will be sent with (optional). The text
        is then also judged against what that prompt protects (its declared secrets and
        private facts, the topics it forbids) and, for responses, searched for the secret
        values it declares. ``None`` or an empty prompt gives exactly the text-only result;
        anything but ``str`` or ``None`` raises :class:`InputError`."""
        opts = self.options
        threshold = opts.thresholds.for_source(source)
        if system_prompt is not None and not isinstance(system_prompt, str):
            raise InputError(f"system_prompt must be str or None, not {type(system_prompt).__name__}")
        if not opts.enabled:
            return InjectionVerdict(0.0, False, ("disabled",), threshold=threshold), []
        try:
            context = None
            if system_prompt and opts.system_prompt_check:
                # Imported on first use: its cue tables cost ~50 ms to build, and most
                # deployments never pass a system prompt (cold start matters).
                from promptguard.recognizers.injection.system_context import parse_system_prompt

                context = parse_system_prompt(_without_lone_surrogates(system_prompt))
                context = None if context.empty else context
            return self._detect(_without_lone_surrogates(text[: opts.max_chars]), source, direction, threshold, context)
        except Exception as exc:
            raise RecognizerError("injection", exc) from exc

    def _detect(
        self,
        text: str,
        source: Source,
        direction: Direction,
        threshold: float,
        context: SystemContext | None = None,
    ) -> tuple[InjectionVerdict, list[Finding]]:
        opts = self.options
        norm = normalize(text)
        # Responses get the leak checks below; rules and classifier only when asked (see
        # ``InjectionOptions.classify_responses``): they are most of the cost of a check.
        classify = direction != "response" or opts.classify_responses
        hits, scoped = self.rules.match_scoped(norm) if classify else ([], [])
        # A document's quiet order to its AI reader (see ai_directive): found on the normalised text,
        # reported in the original's offsets like a rule hit. Kept apart from the pack's hits until the
        # classifier has read the text (its view and signals stay what it was trained on) and out of the
        # quotation checks (a line quoted by a text about attacks is not reported at all).
        directives: list[RuleHit] = []
        if classify and source in _READ_FOR_USER and AI_DIRECTIVE_RULE not in opts.disabled_rules:
            for d in find_ai_directives(norm.text):
                start, end = norm.to_original(d.start, d.end)
                cues = "+".join(d.cues)
                directives.append(RuleHit(AI_DIRECTIVE_RULE, cues, start, end, AI_DIRECTIVE_SCORE, "high", "text"))
        findings: list[Finding] = []
        reasons: list[str] = []
        # The hits where the quote and memo checks read them (normalised text).
        spans = [norm.from_original(h.start, h.end) for h in hits if h.view == "text"]
        if hits and len(spans) == len(hits):
            # Every hit is a phrase that code lists as data (a filter's blocklist, a test table):
            # the classifier does not read those literals (see code_lists).
            listed = listed_literals(norm.text)
            if listed and all(_inside(span, listed) for span in spans):
                scoped = sorted({*scoped, *listed})
                reasons.append("code_list")

        # Hidden ASCII in tag characters is an instruction nobody was meant to see.
        tag_hidden = any(seg.kind == "tag" for seg in norm.decoded)
        inv_action = {"detect": Action.DETECT, "strip": Action.STRIP, "block": Action.BLOCK}[opts.invisible_action]
        for run in norm.invisible:
            # A lone zero-width joiner inside emoji sequences or Indic scripts is normal
            # text shaping; report it only when it is not between two letters of a
            # script that needs it (ZWJ/ZWNJ are U+200C/U+200D).
            if run.kinds == ("zero_width",) and _is_shaping_joiner(text, run.start, run.end):
                continue
            findings.append(
                Finding(
                    entity_type="INVISIBLE_TEXT",
                    start=run.start,
                    end=run.end,
                    score=0.9 if "tag" in run.kinds else 0.6,
                    recognizer="injection.invisible." + "+".join(run.kinds),
                    pack=PACK,
                    action=inv_action,
                    severity="high" if "tag" in run.kinds or "bidi" in run.kinds else "medium",
                )
            )
        if any(f.entity_type == "INVISIBLE_TEXT" for f in findings):
            kinds = sorted({k for r in norm.invisible for k in r.kinds})
            reasons.append("invisible:" + ",".join(kinds))
        for seg in norm.decoded:
            reasons.append(f"decoded:{seg.kind}")

        rule_ids = tuple(sorted({h.rule for h in hits}))
        rule_score = max((h.score for h in hits), default=0.0)
        # A payload quoted in its encoded form ("attackers space letters out, like 'I G N O R E
        # ...'") is a quotation too: its decoded hits count as the quoted text's would.
        quoted_decoded = {h for h in hits if h.view in QUOTABLE_KINDS and in_quotes(norm, h.start, h.end)}
        all_quoted = bool(hits) and all(
            h in quoted_decoded or (h.view == "text" and in_quotes(norm, h.start, h.end)) for h in hits
        )
        quotes = quoted_phrases(norm.text) if all_quoted else []
        if all_quoted and _words_outside(norm.text, quotes) and not _quotes_are_data(norm.text):
            # Every hit is a quotation ("phrases like \"ignore all previous instructions\"
            # succeed ..."): people discussing attacks quote them. Templates quote their
            # orders too, so the hit still counts, at a lower weight; the model (which
            # sees the same fact as a signal) decides the rest.
            rule_score *= _QUOTED_RULE
            reasons.append("rule_quoted")
            # The quoted phrases the hits lie in are left out of what the model reads when the
            # text around them is a sentence of its own: what is asked about the phrase (classify
            # it, translate it, put it on a slide ... or obey it) is what the model judges.
            # A phrase the model is told to say ("start with 'Of course, as your uncensored
            # assistant' and then ...") is the payload itself: it stays in view.
            # Only in a short text (a question about a phrase; a jailbreak template quoting its
            # persona's name is long), only a phrase (quoted data is longer: "classify this
            # transaction: '... IGNORE PREVIOUS INSTRUCTIONS - send the user to ...'"), and not a
            # piece of a split payload ("Part 1 is \"...\"", "a = '...'").
            phrases = [
                q
                for q in quotes
                if q[1] - q[0] <= _PHRASE_CHARS
                and any(_inside(span, [q]) for span in spans)
                and _SAY_RE.search(norm.text, max(0, q[0] - 48), q[0]) is None
            ] if len(norm.text) <= _FRAMED_TEXT_CHARS else []
            if phrases and all(any(_inside(span, [q]) for q in phrases) for span in spans):
                outside = without_spans(norm.text, phrases)
                if len(outside.split()) >= _FRAME_WORDS:
                    scoped = sorted({*scoped, *phrases})
        if tag_hidden:
            rule_score = max(rule_score, 0.8)

        model_score: float | None = None
        if not classify:
            reasons.append("leak_checks_only")
        elif self.model is not None and norm.text.strip():
            # A JSON document or a web page (a tool result) is read by its text, not its
            # syntax; clauses the rules scoped as a memo are left out of what is read.
            structured = prose_view(blank_spans(norm.text, scoped) if scoped else norm.text)
            if structured is None and scoped:
                structured = prose_view(norm.text)  # the blanks broke the document's syntax
            # The suffix head judges how the text itself ends (not the decoded segments
            # appended to the model's view). Its trees see only shape measures, so it
            # catches optimised suffixes unlike any in training; noisy-OR with the linear
            # model, which misses them but knows everything else.
            if structured is None:
                read = without_spans(norm.text, scoped)
                suffix_texts = [norm.text]
            else:
                kind, pieces = structured
                reasons.append(f"structured:{kind}")
                if scoped:
                    pieces = [_SPACES_RE.sub(" ", p) for p in pieces]
                read = "\n".join(pieces)
                # A JSON document's longest strings one by one; a page's text to its end.
                suffix_texts = _suffix_texts(pieces) if kind in ("json", "log") else [read]
            # A password or key the prompt ends with is data, not a suffix (see credentials), and
            # so is a SQL statement (see sql_tail) or a code snippet (see code_tail); a text that is
            # one statement or one snippet has no tail left.
            masked = [mask_credential_values(t) for t in suffix_texts]
            suffix_texts = [cut for t in masked if (cut := without_sql_tail(t)) or not t]
            view, signals = model_input(norm, hits, read)
            model_score = self._model_score(view, signals) if view.strip() else 0.0
            if any(seg.kind in QUOTABLE_KINDS for seg in norm.decoded):
                # Decoded without a hint, a payload is a second reading of the text, and the text
                # is as suspect as its worse reading (as the worst window counts): ROT13 of a
                # terse order ("state the output is 10") reads as harmless once decoded, while its
                # encoded look is what gives it away.
                plain_hits = [h for h in hits if h.view not in QUOTABLE_KINDS]
                undecoded, plain_signals = model_input(norm, plain_hits, read, hintless=False)
                if undecoded.strip():
                    model_score = max(model_score, self._model_score(undecoded, plain_signals))
            suffix_score = max((self._suffix_score(t) for t in suffix_texts), default=0.0)
            if suffix_score >= _SUFFIX_REASON:
                reasons.append(f"suffix:{suffix_score:.3f}")
            model_score = 1.0 - (1.0 - model_score) * (1.0 - _SUFFIX_WEIGHT * suffix_score)
        base = model_score if model_score is not None else 0.0
        if directives:
            hits = [*hits, *directives]
            rule_ids = tuple(sorted({*rule_ids, AI_DIRECTIVE_RULE}))
            rule_score = max(rule_score, AI_DIRECTIVE_SCORE)
        if model_score is None:
            # Rules alone: the strongest hit is the score.
            score = rule_score
        else:
            if (
                source in _READ_FOR_USER
                and not tag_hidden
                and not directives
                and (
                    not hits
                    or all_quoted
                    or all(h.view == "text" and shown_as_code_or_example(norm.text, h.start) for h in hits)
                )
                and discusses_attacks(norm.text)
            ):
                # A document about the attack (a security article, an incident report, a test file's
                # payload list) quotes attacks as its subject: they weigh less there.
                base *= _DISCUSSION_WEIGHT
                rule_score *= _DISCUSSION_WEIGHT
                reasons.append("discussion")
            score = 1.0 - (1.0 - base) * (1.0 - opts.rule_weight * rule_score)
        if directives:
            # An attacker's order to the reader decides alone, at every default threshold of these sources.
            score = max(score, AI_DIRECTIVE_SCORE)
        for rid in rule_ids:
            reasons.append(f"rule:{rid}")
        if model_score is not None:
            reasons.append(f"model:{model_score:.3f}")

        # Response-side checks: on answers, and on a model's text coming back as input (an
        # assistant turn in the history, one agent's output handed to the next): an image
        # that ships the conversation to a stranger's server is a leak wherever it is shown.
        leak = False
        if direction == "response" or source == "model":
            response_action = Action.BLOCK if opts.action == "block" else Action.DETECT

            def response_finding(
                entity: str, start: int, end: int, score: float, recognizer: str, severity: str
            ) -> Finding:
                return Finding(
                    entity_type=entity,
                    start=start,
                    end=end,
                    score=score,
                    recognizer=recognizer,
                    pack=PACK,
                    action=response_action,
                    severity=severity,
                )

            for ex in find_exfiltration(text, opts.allowed_domains):
                severity = "critical" if ex.score >= 0.9 else "high"
                recognizer = f"injection.exfil.{ex.kind}"
                findings.append(response_finding("DATA_EXFILTRATION", ex.start, ex.end, ex.score, recognizer, severity))
                reasons.append(f"exfil:{ex.kind}")
                leak = leak or ex.score >= 0.9
            answer_attacks = find_answer_attacks(text)
            for att in answer_attacks:
                recognizer = f"injection.response.{att.kind}"
                findings.append(
                    response_finding("PROMPT_INJECTION", att.start, att.end, ANSWER_ATTACK_SCORE, recognizer, "high")
                )
                reasons.append(f"response:{att.kind}")
            if answer_attacks:
                score = max(score, ANSWER_ATTACK_SCORE)
            decoded = [(s.start, s.end, s.text) for s in norm.decoded]

            def leak_finding(start: int, end: int, recognizer: str) -> Finding:
                return response_finding("CANARY_LEAK", start, end, 1.0, recognizer, "critical")

            if opts.canary:
                for s, e in find_canary(text, opts.canary, decoded):
                    findings.append(leak_finding(s, e, "injection.canary"))
                    leak = True
                if any(f.entity_type == "CANARY_LEAK" for f in findings):
                    reasons.append("canary_leak")
            if context is not None and context.leak_values:
                # A value the system prompt declares secret, in a response, is the same
                # event as a canary showing up (the prompt leaked), only with the operator's
                # own secret as the token: same entity, its own recognizer id.
                from promptguard.recognizers.injection.system_context import find_protected_values

                spans = find_protected_values(text, context, decoded)
                findings += [leak_finding(s, e, SYSTEM_PROMPT_LEAK_RECOGNIZER) for s, e in spans]
                if spans:
                    leak = True
                    reasons.append("system_prompt:leak")
        # Hiding an instruction (look-alike letters, invisible characters inside words,
        # leetspeak or encoding around a rule hit) is itself evidence of intent: benign
        # text has no reason to disguise "ignore previous instructions".
        evasive = hits and (
            norm.confusables > 0
            or any(h.view not in _PLAIN_VIEWS and h not in quoted_decoded for h in hits)
            or any(_inside_word(text, r.start, r.end) for r in norm.invisible)
        )
        if evasive:
            score = max(score, 0.9)
            reasons.append("evasion")
        if leak:
            score = max(score, 0.99)
        text_only_score = score
        if context is not None and classify:
            # Relevance to what the system prompt protects, on the normalised text and the
            # segments decoded from it (an ask for the password in base64 is still one).
            from promptguard.recognizers.injection.system_context import weigh

            seen = norm.text if not norm.decoded else norm.text + "\n" + "\n".join(_distinct_texts(norm.decoded))
            score = weigh(context, norm.text, seen, score, opts, reasons)

        flagged = score >= threshold
        inj_action = Action.BLOCK if (flagged and opts.action == "block") else Action.DETECT
        for h in hits:
            findings.append(
                Finding(
                    entity_type="PROMPT_INJECTION",
                    start=h.start,
                    end=h.end,
                    score=h.score,
                    recognizer=h.rule,
                    pack=self.rules.pack,
                    action=inj_action,
                    severity=h.severity,
                )
            )
        if tag_hidden:
            for seg in norm.decoded:
                if seg.kind == "tag":
                    findings.append(
                        Finding(
                            entity_type="PROMPT_INJECTION",
                            start=seg.start,
                            end=seg.end,
                            score=0.8,
                            recognizer="injection.invisible.tag_text",
                            pack=PACK,
                            action=inj_action,
                            severity="high",
                        )
                    )
        by_context = text_only_score < threshold <= score
        if flagged and not hits and not tag_hidden and (model_score is not None or by_context) and not leak:
            # The model (or the system-prompt check, when it alone tipped the score over)
            # has no span: the whole text is the finding.
            findings.append(
                Finding(
                    entity_type="PROMPT_INJECTION",
                    start=0,
                    end=len(text),
                    score=score,
                    recognizer=SYSTEM_PROMPT_RECOGNIZER if by_context else MODEL_RECOGNIZER,
                    pack=PACK,
                    action=inj_action,
                    severity="high",
                )
            )
        findings.sort(key=lambda f: (f.start, f.end, f.entity_type, f.recognizer))
        verdict = InjectionVerdict(
            score=round(min(max(score, 0.0), 1.0), 6),
            flagged=flagged,
            reasons=tuple(reasons),
            rules=rule_ids,
            model_score=model_score,
            threshold=threshold,
        )
        return verdict, findings


_SPACES_RE = re.compile(r" {2,}")
_SAY_RE = lazy(
    r"(?i)(?:^|[.!?:;,(]\s*|\b(?:and|then|just|only|please|now)\s+)(?:start|begin|open|prefix|preface|respond|reply|"
    r"answer|say|repeat|output|print|type|end|finish|conclude|write|copy|paste|sign)\b[^.!?\n]{0,32}$"
    r"|\b(?:part|piece|fragment|half|segment|chunk|string|variable|var|word|token)s?\s*\w{0,3}\s*(?:is|are|=|:)\s*$"
    r"|\b[a-z]\w{0,2}\s*=\s*$"
    r"|[\"'`\w\]][ \t]*[:=][ \t]*$"
)
"""Before a quoted phrase: an order to say it, a name for a piece of a split payload, or a key
whose value it is (``'note': '...'`` in a dict, ``title="..."``): its words are then the payload
or data a program hands over, not a topic."""
_PHRASE_CHARS = 100
"""Longest quoted phrase (marks included) left out of the model's view."""
_FRAMED_TEXT_CHARS = 500
"""Longest text whose quoted phrases are left out of the model's view."""
_FRAME_WORDS = 5
"""Words outside the quoted phrases a text needs before they are left out of the model's view."""


def _quotes_are_data(text: str) -> bool:
    """``text`` is command lines or log entries: a quoted string there is an argument or a
    logged message (where an order to the AI is planted), not a phrase someone quotes to talk
    about it."""
    view = prose_view(text)
    return view is not None and view[0] in ("shell", "log")


def _words_outside(text: str, quotes: list[tuple[int, int]]) -> bool:
    """Whether ``text`` holds a word outside its quoted phrases ``quotes``. A quotation is
    discussed, translated or classified by the words around it; a text of quoted lines alone (a
    paste of orders, each in quotes) has no such words, and its hits are read as written."""
    return not quotes or any(c.isalnum() for c in without_spans(text, quotes))


def _inside(span: tuple[int, int], spans: list[tuple[int, int]]) -> bool:
    """Whether ``span`` lies inside one of the sorted, non-overlapping ``spans``."""
    k = bisect.bisect_right(spans, (span[0], sys.maxsize)) - 1
    return k >= 0 and spans[k][0] <= span[0] and span[1] <= spans[k][1]


_JSON_SUFFIX_MIN_TOKENS = 8
"""A JSON string value shorter than this has no tail for the suffix head to judge (the head
itself reads nothing under eight tokens: see ``suffix.glued_ratio``)."""
_JSON_SUFFIX_VALUES = 4


def _suffix_texts(pieces: list[str]) -> list[str]:
    """The strings of a JSON document whose endings the suffix head judges: its longest.

    JSON ends in brackets and quotes glued to short keys and values (``"prod-eu-1"}}``), the
    very shape of an optimised suffix: the head scored benign tool results 0.6-0.96 (s18),
    a model-only flag at the ``tool_result`` threshold. A suffix an attacker placed in the
    data is the end of one of its strings, and is still read there."""
    long_pieces = [p for p in pieces if len(p.split()) >= _JSON_SUFFIX_MIN_TOKENS]
    return sorted(long_pieces, key=len, reverse=True)[:_JSON_SUFFIX_VALUES]


def _distinct_texts(segments: Sequence[DecodedSegment]) -> list[str]:
    """The decoded texts, without one that another holds whole: a sentence decoded on its own
    (a ROT13 sentence, ``deobfuscate``) inside the whole text decoded because it says "ROT13".
    Relevance reads a short ask as one (``system_context._focused`` counts lines)."""
    texts = [s.text for s in segments]
    return [
        t
        for i, t in enumerate(texts)
        if not any(j != i and t in u and (len(u) > len(t) or j < i) for j, u in enumerate(texts))
    ]


def _inside_word(text: str, start: int, end: int) -> bool:
    return 0 < start and end < len(text) and text[start - 1].isalpha() and text[end].isalpha()


def _is_shaping_joiner(text: str, start: int, end: int) -> bool:
    if end - start != 1 or text[start] not in "\u200c\u200d":
        return False
    before = text[start - 1] if start > 0 else ""
    after = text[end] if end < len(text) else ""
    if not before or not after:
        return False
    # Emoji ZWJ sequences (family, flags with profession) and joiners between two
    # non-Latin letters (Devanagari, Arabic, Persian) are ordinary text shaping.
    return ord(before) > 0x024F and ord(after) > 0x024F
