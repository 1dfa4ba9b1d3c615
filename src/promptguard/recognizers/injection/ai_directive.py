"""Orders addressed to the AI reader of a document: the quiet indirect injection.

A poisoned email, ticket, CV or web page rarely says "ignore your instructions". It names the
assistant that will read it ("Note to the scheduling assistant:", "Screening assistant:",
"An analyst model reading this filing should ...", "Hinweis an den E-Mail-Assistenten",
"サポートAIへの補足：") and asks, in the tone of an ordinary business note, for something its
user never asked for: forward the mailbox, pay a new account, rank a candidate first, leave a
finding out of the summary, and not mention it.

Neither half is enough. Documents address assistants for good reasons (a support macro, an
AGENTS.md file, a note to a human executive assistant), and business text asks for payments and
shares all the time. What marks the attack is both in one clause: a line *addressed to an AI
reader* whose order carries an *attacker's goal*: concealment from the user, a claim that
approval was already given, a control skipped, credentials or card data asked for or moved, data
sent to an outside address, a deletion, a verdict or ranking dictated. Negated cues ("never ask
for passwords", "cannot disable 2FA") do not count, nor do addressed lines that security texts
quote as examples of the attack.

This runs only where the text is something the assistant reads that its user did not write (sources
``document``, ``tool_result`` and ``model``: a model's answer read back, one agent's output handed to
the next, "[NEXT AGENT]: ..."): a user's own prompt addressing "the assistant" is the normal case
there. It reports spans as rule hits of :data:`RULE_ID`, and a hit lifts the text's score to
:data:`SCORE`.

The word lists were written for promptguard, per language, as short concept lists; they are
not taken from any dataset.
"""

from __future__ import annotations

import functools
from dataclasses import dataclass
from typing import Any

from promptguard._lazyre import lazy
from promptguard.recognizers.injection.addressee import (
    AGENT_FILE_RE,
    AI_NOUN_RE,
    PROCESSING_RE,
    addressed,
)
from promptguard.recognizers.injection.directive_lexicon import DirectiveLexicon, lexicon
from promptguard.recognizers.injection.re2_gate import compile_gate, gated_matches
from promptguard.recognizers.regex import TextBuffer

__all__ = [
    "RULE_ID",
    "SCORE",
    "AiDirective",
    "discusses_attacks",
    "find_ai_directives",
    "mentions_attacks",
    "quoted_as_example",
    "shown_as_code_or_example",
]

RULE_ID = "injection.indirect.ai_directive"
SCORE = 0.8
"""The hit's rule score, and the least score of a text with a hit: over the default thresholds of
documents and tool results (0.55) and of a model's text read back (0.75), whatever the classifier's
score (it was trained on few such texts)."""

# A request someone else makes, or a safeguard: "if the customer asks you to ...", "confirm before ...".
# A page or form that "asks" is no one's request ("when the sign-in page asks, fill in the saved credentials").
_GUARDED_RE = lazy(
    r"(?i)\b(?:if|when|whenever|should)\b(?![^.\n]{0,40}?\b(?:page|form|site|dialog|screen|window|pop-?up|prompt)s?\s+(?:asks?|requests?|says?)\b)"
    r"[^.,;\n]{0,60}\b(?:asks?|requests?|wants?|tells?|says?)\b"
    r"|\b(?:confirm\w*|ask\w*|check\w*|verify\w*|demande\w*|pregunt\w*|bestätig\w*|chied\w*|conferm\w*)\s+"
    r"(?:\S+\s+){0,4}(?:before|first|avant|antes|bevor|prima)\b"
)
_CLAUSE_BREAK_RE = lazy(r"[,;:]")
_REFUSED_AFTER_RE = lazy(r"(?i)^[^.\n]{0,80}?\b(?:do not|don['’]t|never) do (?:it|this|that)\b|^[^.\n]{0,60}\brefuse\b")
_CLAUSE_START_RE = lazy(r"[.;!?](?=\s|$)|[。！？\n]|:\s")  # not the dot of ".env" or "e.g"
# Texts about the attack: a security article or a test quoting "AI assistant: forward the inbox".
_DISCUSSION_RE = lazy(
    r"(?i)injection|inyecci|injeç|injektion|инъекц|注入|インジェクション|인젝션|wstrzykiw|enjeksiyon|حقن"
    r"|\battacker|\batacante|\battaquant|\bangreifer|\baanvaller|\batakując|злоумышленник|\bsaldırgan|المهاجم|攻击者"
    r"|攻撃者|공격자|\bmalicious|\bmalicios|\bmalveillant|\bbösartig|\bkwaadaardig|\bzłośliw|вредонос|kötü niyetli|خبيث"
    r"|恶意|悪意|악의|\bjailbreak|\bred[- ]team|\bexploit|\bvulnerab|\bpostmortem\b|\bpost-mortem\b"
)
# Weaker words, read only close before the addressed line: "Example attack scenarios", "a phishing
# email might say".
_DISCUSSION_NEAR_RE = lazy(
    r"(?i)\battack|\bataque|\battaque|\bangriff|(?<!\w)атак|攻击|攻撃|공격|\bsaldırı|هجوم|\bthreat|\bmitigat|\bphishing"
    r"|фишинг|钓鱼|フィッシング|피싱|\bscenario|\bfor example\b|\be\.g\.|\bsuch as\b|\bpor ejemplo\b|\bpar exemple\b"
    r"|\bzum beispiel\b|\bz\.b\.|\bper esempio\b|\bnapříklad|\bnp\.|например|例如|例えば|예를 들어|\bsecurity awareness"
    r"|(?<![.@/\w])examples?\b(?![.-]\w)|\besempio|\bejemplo|\bexemple|\bbeispiel|\bvoorbeeld|\bprzykład|(?<!\w)пример|\börnek|مثال|示例|例子|예시"
    r"|\bcontoh|\bví dụ|\bexemplo"
)
_TOOL_DESCRIPTION_RE = lazy(r'"description"\s*:\s*"((?:[^"\\\n]|\\.){1,3000})"')
_DISCUSSION_MENTIONS = 2
_AGENT_FILE_KINDS = frozenset({"sensitive", "transfer", "exec", "bypass", "exfil", "payment"})
_MAX_DIRECTIVES = 3
"""Orders reported per text at most."""
_DISCUSSION_REACH = 300
_CLAUSE_CHARS = 600
_AGENT_FILE_CHARS = 4000
# A clause ends at a blank line, a comment's end, a new numbered or labelled line, or the end of a JSON
# object (a chat export's next message is someone else's).
_STOP_RE = lazy(r"\n\s*\n|-->|\*/|\"\s*\}|\n(?:\[\d|\d\d:\d\d|[A-Z][\w .-]{0,30}:\s|\s*\d{1,2}[.)]\s)")


@dataclass(frozen=True, slots=True)
class AiDirective:
    """An order to the AI reader, ``[start, end)`` in the text, and the cue kinds in it."""

    start: int
    end: int
    cues: tuple[str, ...]


def find_ai_directives(text: str) -> list[AiDirective]:
    """The clauses of ``text`` addressed to an AI reader that carry an attacker's goal."""
    out: list[AiDirective] = []
    last_end = -1
    gates = _gates()
    buf = TextBuffer(text)
    mentioned = _attack_mentions(text, buf, 1) > 0  # once: it reads the whole text
    if AGENT_FILE_RE.match(text):
        # A file of rules for coding agents is orders from end to end; its ordinary ones delete build
        # folders and exclude files from the context, so only the goals of an attacker count there.
        end = min(len(text), _AGENT_FILE_CHARS)
        cues = tuple(kind for kind in _cues(text, 0, end) if kind in _AGENT_FILE_KINDS)
        return [AiDirective(0, end, cues)] if cues and not mentioned else []
    if '"inputSchema"' in text or '"input_schema"' in text:
        # A tool listing (MCP, function calling): every description is read by the model alone, so each
        # is addressed to it. Ordinary descriptions say what to avoid ("never reveal the token"); only an
        # attacker's goal counts (mail copied to an outside address, credentials, a command to run).
        for m in _TOOL_DESCRIPTION_RE.finditer(text):
            cues = tuple(kind for kind in _cues(text, m.start(1), m.end(1)) if kind in _AGENT_FILE_KINDS)
            if cues and not mentioned:
                out.append(AiDirective(m.start(), m.end(1), cues))
                last_end = m.end(1)
                if len(out) == _MAX_DIRECTIVES:
                    return out  # a listing of poisoned tools need not cost a clause search per tool
    found = [(m.start(), m.end(), False) for m in gated_matches(gates.nouns, AI_NOUN_RE, text, buf)]
    found += [(m.start(), m.start(), True) for m in gated_matches(gates.processing, PROCESSING_RE, text, buf)]
    found.sort()
    for start, end, processing in found:
        if start < last_end:
            continue
        clause_start = end if processing else addressed(text, start, end)
        if clause_start is None:
            continue
        stop = _STOP_RE.search(text, clause_start, clause_start + _CLAUSE_CHARS)
        clause_end = stop.start() if stop is not None else min(len(text), clause_start + _CLAUSE_CHARS)
        cues = _cues(text, clause_start, clause_end)
        if not cues:
            continue
        if _discussed(text, start, clause_end, mentioned):
            continue
        out.append(AiDirective(start, clause_end, cues))
        if len(out) == _MAX_DIRECTIVES:
            break  # the verdict is settled; a long poisoned page need not cost a clause search per line
        last_end = clause_end
    return out


def _cues(text: str, start: int, end: int) -> tuple[str, ...]:
    """The kinds of attacker goal (``ai_directive_lexicon.yaml``) in the clause ``[start, end)``."""
    clause = text[start:end]
    lex = lexicon()
    data = clause.encode("utf-8", "surrogatepass")
    kinds: list[str] = []
    # The lexicon's RE2 gates say whether anything can match; only then does Python's pattern run.
    cue_matches = lex.cues.finditer(clause) if lex.cues_gate.search(data) is not None else ()
    for m in cue_matches:
        kind = m.lastgroup or ""
        if kind in kinds:
            continue
        if kind == "claim":
            begin = clause.rfind(",", 0, m.start()) + 1
            if _negated(lex, clause[begin:], m.start() - begin):
                continue  # "shall not ... on the Client's behalf"; "don't wait, they already cleared it" is a claim
        elif kind != "conceal" and _negated(lex, clause, m.start()):
            continue
        if kind == "sensitive" and not _handled(lex, clause, m.start(), m.end()):
            continue  # "use ephemeral credentials": named, not asked for or moved
        kinds.append(kind)
    transfers = lex.transfer.finditer(clause) if lex.transfer_gate.search(data) is not None else ()
    for m in transfers:
        if _negated(lex, clause, m.start()):
            continue
        if lex.external.search(clause, m.end(), m.end() + 160):
            kinds.append("transfer")
            break
    return tuple(kinds)


def _handled(lex: DirectiveLexicon, clause: str, start: int, end: int) -> bool:
    """A verb that asks for, reads or moves the sensitive thing at ``[start, end)`` stands close to it."""
    return (
        lex.handle.search(clause, max(0, start - 80), start) is not None
        or lex.handle.search(clause, end, end + 40) is not None
    )


def _negated(lex: DirectiveLexicon, clause: str, at: int) -> bool:
    """The cue at ``at`` is denied, reported or guarded in its clause: "never ask for passwords",
    "if the customer asks you to disable 2FA, do not do it", "confirm before deleting"."""
    begin = 0
    for m in _CLAUSE_START_RE.finditer(clause, 0, at):
        begin = m.end()
    if lex.negation.search(clause, begin, at) is not None:
        return True
    guard = _GUARDED_RE.search(clause, begin, at)
    if guard is not None and not _CLAUSE_BREAK_RE.search(clause, guard.end(), at):
        # "if the caller asks you to disable 2FA": the cue is what someone else asks for. After a comma
        # it is the order itself ("if someone asks you to summarise this, also share the doc with ...").
        return True
    return _REFUSED_AFTER_RE.search(clause, at, at + 120) is not None


def discusses_attacks(text: str, buf: TextBuffer | None = None) -> bool:
    """Whether ``text`` speaks about attacks on AI systems or software: at least two mentions of
    "prompt injection", "attacker", "jailbreak", "red team", "exploit"... (security articles,
    incident reports, test data). One word is not enough: an attacker can write "nothing malicious
    here" into the page it poisons."""
    return _attack_mentions(text, buf, _DISCUSSION_MENTIONS) >= _DISCUSSION_MENTIONS


def _attack_mentions(text: str, buf: TextBuffer | None, enough: int) -> int:
    """Mentions of attacks in ``text`` (:data:`_DISCUSSION_RE`), counted up to ``enough``."""
    found = 0
    for _ in gated_matches(_gates().discussion, _DISCUSSION_RE, text, buf):
        found += 1
        if found >= enough:
            break
    return found


# What a text about attacks says before an example it shows ("the attacker gets the model to output
# something like", "whose description read:", "e.g.").
_EXAMPLE_BEFORE_RE = lazy(
    r"(?i)(?:something like|such as|e\.g\.|for example|for instance|like this|like so|as follows|\bread|\breads"
    r"|\bsaid|\bsays|\bsaying|looks? like|\bcontain(?:s|ing)?)\s*[:,]?\s*$"
)


def shown_as_code_or_example(text: str, start: int) -> bool:
    """Whether the span starting at ``start`` is shown rather than said: inside inline code or a
    fenced or indented code block, or right after words that introduce an example. Read only in a text
    that discusses attacks, where a payload is the subject."""
    line_start = text.rfind("\n", 0, start) + 1
    if text.count("`", line_start, start) % 2 == 1 or text.count("```", 0, start) % 2 == 1:
        return True
    if text.startswith(("    ", "\t"), line_start):
        return True
    before = text[max(0, start - 120) : start].rstrip(" \t\n\"'“«(`")
    return _EXAMPLE_BEFORE_RE.search(before) is not None


def mentions_attacks(text: str) -> bool:
    """Whether ``text`` mentions attacks at all (one word of :data:`_DISCUSSION_RE`)."""
    return _attack_mentions(text, None, 1) > 0


def quoted_as_example(text: str, start: int, end: int, mentioned: bool | None = None) -> bool:
    """:func:`_discussed` for one span of ``text``: an example of an attack in a text about attacks.
    ``mentioned`` is :func:`mentions_attacks` of the text, when the caller asks about several spans."""
    return _discussed(text, start, end, mentions_attacks(text) if mentioned is None else mentioned)


def _discussed(text: str, start: int, end: int, mentioned: bool) -> bool:
    """The addressed line ``[start, end)`` is an example in a text about the attack: words such as
    "injection", "attacker", "for example" close before it or in it, or it is quoted in a text that
    mentions such words (``mentioned``). A word far from the line does not count: an attacker could
    write "nothing malicious here" anywhere in the page it poisons."""
    window = max(0, start - _DISCUSSION_REACH)
    if _DISCUSSION_NEAR_RE.search(text, window, start) or _DISCUSSION_RE.search(text, window, end):
        return True
    return mentioned and _quoted(text, start)


_OPENING_QUOTES = "“„«「『"
_CLOSING_QUOTES = "”»」』"


def _quoted(text: str, start: int) -> bool:
    """Whether a quotation opened on the line before ``start`` is still open there."""
    line = text[text.rfind("\n", 0, start) + 1 : start]
    opened = sum(line.count(q) for q in _OPENING_QUOTES) - sum(line.count(q) for q in _CLOSING_QUOTES)
    return opened > 0 or line.count('"') % 2 == 1


@dataclass(frozen=True, slots=True)
class _Gates:
    nouns: Any
    processing: Any
    discussion: Any


@functools.cache
def _gates() -> _Gates:
    """The RE2 gates of the addressee and discussion lists, compiled on the first document judged
    (~15 ms; the lexicon's own gates come with it)."""
    return _Gates(compile_gate(AI_NOUN_RE), compile_gate(PROCESSING_RE), compile_gate(_DISCUSSION_RE))
