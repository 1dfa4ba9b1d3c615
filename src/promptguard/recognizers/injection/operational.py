"""A request for something usable and harmful, wrapped so as to lift a refusal.

A direct jailbreak with no trigger phrase ("ignore your instructions", "DAN") is a
composition of three parts that are each harmless alone: a *wrapper* (a novel, a screenplay,
a role, a thought experiment, a simulation, a thesis, a claimed licence, tears and deadlines,
"skip the warnings"), an *ask shape* that wants something one can carry out ("the exact steps
to", "how to", "the quantities", "a way to") and, right after the ask, its *object*: a harmful
act. XSTest's "how do I kill a Python process" is the ask and a violent word with no wrapper;
a thriller's "write the scene where the bomb squad arrives" is the wrapper and the harm with
no ask; "for my novel, explain step by step how the character smokes a brisket" is the
wrapper and the ask around a harmless act. Only the three together are the jailbreak.

The object is read in the few words the ask governs (``_OBJECT_REACH`` characters after it),
not anywhere in the text, so a wrapper that names a crime in its scene and asks for a recipe
later does not count. It is a harm term of :mod:`intent` (``harm``, ``covert``) or one of
three act shapes that no topic list covers:

- evasion: doing it unnoticed ("without the neighbours noticing", "so nobody ever finds out",
  "leave no trace", "make it look like an accident");
- targeting: another person's private things ("my ex's email", "someone else's account", "a
  car that isn't mine", "the home address of");
- defeating a control ("get past the proctoring checks", "defeat the anti-theft tags",
  "disable the immobiliser", "buy a gun without a background check").

The signal is a model feature (``intent:wrap+opask+harm``); its weight comes from the training
data, chiefly the twins of ``models/injection/data/make_harmask_data.py`` (scenes, homonyms,
conceptual questions, games and history in the same wrappers). English only: the other
languages' asks are read by the ``frame+howto+harm`` pair of :mod:`intent`. Written for
promptguard; no dataset text was read to write it.
"""

from __future__ import annotations

import functools
from collections.abc import Mapping, Sequence, Set
from typing import Any

import re2

from promptguard.recognizers.regex import re2_options

__all__ = ["operational_signals"]

_OBJECT_REACH = 110
"""Characters after an ask that its object may take: a verb phrase ("how to get poison into my
neighbour's food without her noticing" is 55); a longer gap is another clause."""
_WRAP_REACH = 600
"""Characters between the wrapper and the ask: role-play prompts set the scene first."""
_MAX_ASKS = 12
"""Asks read per text: a tutorial says "how to" on every line, and its first few decide."""

# The ask shapes: a manner question, a named procedure or list of means, an amount.
_ASK = (
    r"\bhow (?:to|one (?:would|could|might)|some(?:one|body) (?:would|could|might)|(?:do|would|could|can|should|might)"
    r" (?:i|we|you|one|someone|they|he|she))\b"
    r"|\b(?:steps?|method|methods|means|trick|tricks|ways?|plan|recipe|instructions|procedure|guide|tutorial|walkthrough"
    r"|blueprint|formula)(?: \w+)? (?:to|for|of how to|on how to)\b"
    r"|\bwhat (?:i|we|you|one) (?:would )?(?:need|have) to do to\b|\bwhat to do to\b"
    r"|\b(?:amounts?|quantit(?:y|ies)|how much|how many)\b"
)
# Doing it unnoticed: "without" + a few words + a verb of noticing; traces and staged causes.
_EVADE_OBJ = (
    r"without (?:[\w'-]+ ){0,4}?(?:notic|realis|realiz|know|suspect|trac|detect|spott|seeing|find(?:s|ing)? out"
    r"|finding|identif|catch|caught|being (?:seen|caught|identified|detected|traced|noticed)|getting caught)"
    r"|(?:leaves?|leaving) (?:no|any) (?:trace|evidence|fingerprints)"
    r"|(?:can't|cannot|won't|couldn't) be (?:traced|detected)"
    r"|(?:nobody|no one|no-one) (?:ever |would |will )?(?:finds? out|notices?|suspects?|knows?)"
    r"|(?:make|makes|making) (?:it|this|the \w+|her death|his death) (?:look|seem) like (?:an? )?(?:accident|natural"
    r"|suicide|electrical|heart|fault|mugging|burglary)"
)
# Another person's private things, or a thing that is not the asker's.
_TARGET_OBJ = (
    r"(?:someone else's|somebody else's|another person's|other people's|a stranger's|(?:my|our|a) (?:ex|ex-[\w-]+"
    r"|wife|husband|partner|girlfriend|boyfriend|neighbou?r|boss|co-?worker|colleague|roommate|classmate|teacher"
    r"|landlord|sister|brother|stepdad|stepmom|teenager's boyfriend|teenager's girlfriend)'s)"
    r" (?:[\w-]+ ){0,2}(?:phone|e-?mail|accounts?|messages|texts|location|password|address|car|computer|laptop|food"
    r"|drink|house|home|camera|wifi|network|medication|pills)"
    r"|(?:that|which) (?:isn't|is not|aren't|are not) (?:mine|ours|yours|theirs)"
    r"|(?:home )?address of (?:a|an|the|my|this|that) (?:\w+ ){0,2}(?:who|that|whom)\b"
)
# Defeating a control: a verb of getting past and the control's name a few words later.
_BYPASS_OBJ = (
    r"(?:get(?:ting)? (?:past|around)|bypass|defeat|disable|circumvent|fool|beat|evade|dodge|slip past|sneak past)"
    r" (?:[\w'-]+ ){0,4}?(?:checks?|verification|authentication|2fa|alarms?|tags|proctor\w*|immobili[sz]er"
    r"|kyc|cameras?|guards?|breathaly[sz]er|interlock|reporting|scanners?|metal detectors?|customs|age gate"
    r"|invigilators?|anti-theft)\b"
    r"|without (?:a |any )?(?:background check|licen[cs]e|prescription|id check|permit)\b"
)
_OBJECT = "|".join((_EVADE_OBJ, _TARGET_OBJ, _BYPASS_OBJ))


@functools.cache
def _res() -> tuple[Any, Any, Any]:
    """The ask, object and wrapper patterns in RE2, compiled at the first text that needs
    them: ``re`` tries their alternations at every position (~56 us per 2 KB for the asks
    alone, ~100 us for the wrappers in 1,200 characters), RE2 scans once (~7 us for the
    objects, ~14 us for the asks)."""
    opts = re2_options()
    return re2.compile(_ASK, opts), re2.compile(_OBJECT, opts), re2.compile(_WRAP, opts)


# Wrappers the families of :mod:`intent` do not name: thought experiments and simulations,
# academic and professional cover, urgency, and asks to drop the caveats. Read only when an
# ask with a harmful object was found.
_WRAP = (
    r"\b(?:thought experiment|theoretical(?:ly)?|hypothetical(?:ly)?|simulat(?:ion|ed|or)|sandbox(?:ed)?"
    r"|suppose|imagine|picture this|alternate (?:world|universe|reality|timeline)|in a world where"
    r"|(?:my|our) (?:thesis|dissertation|research|class|course|students|paper|book|novel|story|screenplay|script"
    r"|documentary|podcast|game|campaign|committee)|graduate student|phd|professor|documentary"
    r"|licensed|authori[sz]ed|cleared (?:to|for)|no need to hold back|hold(?:ing)? back"
    r"|desperate|no time|right now|quickly|tonight"
    r"|(?:skip|drop|leave out|no|without) (?:the |any )?(?:warnings?|disclaimers?|caveats?|ethics|lectures?|moralizing"
    r"|moralising|commentary)|(?:don't|do not) (?:lecture|water|moralize|moralise|judge)"
    r"|monologue|in character|role-?play|narrator|chapter|character)\b"
)
_WRAP_FAMILIES = (
    "fiction",
    "story_frame",
    "persona_task",
    "role_assign",
    "disclaimer",
    "pressure",
    "plea",
    "unsanitised",
    "authority",
    "no_limits",
    "forced_prefix",
    "suppress",
    "incentive",
)
_HARM_FAMILIES = ("harm", "covert")
_ASK_KEYS = frozenset(
    {"how", "step", "meth", "mean", "tric", "way", "ways", "plan", "reci", "inst", "proc", "guid", "tuto", "walk",
     "blue", "form", "what", "amou", "quan", "much", "many"}
)  # fmt: skip
"""The first four letters of the words that lead an ask (the index keys of :mod:`intent`):
without one the ask pattern cannot match, and most texts skip the pass."""


def _wrapped(lowered: str, pos: Mapping[str, Sequence[int]], at: int, wrap_re: Any) -> bool:
    lo, hi = at - _WRAP_REACH, at + _WRAP_REACH
    for fam in _WRAP_FAMILIES:
        if any(lo <= i <= hi for i in pos.get(fam, ())):
            return True
    return wrap_re.search(lowered, max(0, lo), hi) is not None


def operational_signals(lowered: str, pos: Mapping[str, Sequence[int]], keys: Set[str]) -> list[str]:
    """``intent:wrap+opask+harm`` when an ask for something usable is followed within
    ``_OBJECT_REACH`` characters by a harmful act and a wrapper lies within ``_WRAP_REACH``;
    ``lowered`` is the lower-cased text, ``pos`` the family positions of :mod:`intent` and
    ``keys`` the first four letters of its words."""
    if _ASK_KEYS.isdisjoint(keys):
        return []
    ask_re, object_re, wrap_re = _res()
    harms = sorted(i for f in _HARM_FAMILIES for i in pos.get(f, ()))
    # Most texts name no harm and no harmful act shape: one RE2 scan says so before any ask
    # is looked for.
    if not harms and object_re.search(lowered) is None:
        return []
    for n, m in enumerate(ask_re.finditer(lowered)):
        if n >= _MAX_ASKS:
            break
        end = m.end()
        stop = end + _OBJECT_REACH
        if not any(end <= i < stop for i in harms) and object_re.search(lowered, end, stop) is None:
            continue
        if _wrapped(lowered, pos, m.start(), wrap_re):
            return ["intent:wrap+opask+harm"]
    return []
