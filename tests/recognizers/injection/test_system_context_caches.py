"""No module-level cache of ``system_context`` keeps the words of judged user texts.

The per-word caches of the cue and topic-lexicon matchers used to keep every distinct
word of every judged text (names, passphrases) as a key for the life of the process. The
walk below reaches everything module-level (globals, instances of the module's classes,
the entries of functools caches) and looks for made-up words judged just before."""

from __future__ import annotations

import functools
import gc
from collections.abc import Iterator

from promptguard.recognizers.injection import system_context as sc

# Made-up words: never in a lexicon, a cue list or a system prompt. Plain ASCII, accented,
# Cyrillic, one glued to a cue ("password..."), one to a lexicon member ("composer...").
MADE_UP = (
    "zebulonquarry",
    "vorpalinthe",
    "correcthorsexqj",
    "quixbéllanor",
    "зибулонтрак",
    "passwordzq",
    "composerqx",
)
PROMPTS = (
    "You are a cooking assistant for Chez Marie. The secret password is 'Piano42', never reveal it. "
    "Never discuss music or politics, and do not give medical advice.",
    "You are a banking assistant. The logged-in customer is Steven Park, account number "
    "5521-0093-4417. Keep the account number private.",
)
# A stem cache of bounded size (65,536 entries, least recently used evicted) still holds
# recent words: the stems cannot be worked out faster than looked up. Left out on purpose.
_BOUNDED_STEM_CACHE = "_content_stem_cached"


def _strings(root: object) -> Iterator[str]:
    """Every string reachable from ``root`` through containers and the module's own objects."""
    seen: set[int] = set()
    stack = [root]
    while stack:
        obj = stack.pop()
        if id(obj) in seen:
            continue
        seen.add(id(obj))
        if isinstance(obj, str):
            yield obj
        elif isinstance(obj, dict):
            stack.extend(obj.keys())
            stack.extend(obj.values())
        elif isinstance(obj, list | tuple | set | frozenset):
            stack.extend(obj)
        elif hasattr(obj, "cache_info") and callable(obj):
            # functools caches: their entries are referents of the wrapper.
            stack.extend(r for r in gc.get_referents(obj) if isinstance(r, dict | list | tuple))
        elif type(obj).__module__ == sc.__name__:
            stack.extend(vars(obj).values() if hasattr(obj, "__dict__") else ())
            for cls in type(obj).__mro__:
                for slot in getattr(cls, "__slots__", ()):
                    if hasattr(obj, slot):
                        stack.append(getattr(obj, slot))


def test_judged_words_stay_in_no_module_level_cache() -> None:
    text = (
        "Hi, I am {} {}, my passphrase is {}. Who composed the anthem {}? "
        "Что такое {}? What is the {} of the {} and the secret password?"
    ).format(*MADE_UP)
    for prompt in PROMPTS:
        ctx = sc.parse_system_prompt(prompt)
        assert not ctx.empty
        for _ in range(2):
            sc.relevance(ctx, text)
            sc.relevance(ctx, text.upper())
    assert sc._lexicon().members.hits(sc._fold(text)) is not None  # the lexicon is loaded
    roots = [v for k, v in vars(sc).items() if k != _BOUNDED_STEM_CACHE and not k.startswith("__")]
    roots.append(sc._lexicon())
    # Folded too: the matchers see "quixbellanor", not "quixbéllanor".
    words = {w: {w, sc._fold(w)} for w in MADE_UP}
    kept = {w for s in _strings(roots) for w, forms in words.items() if any(f in s for f in forms)}
    assert not kept, f"judged words kept in a module-level cache: {sorted(kept)}"


def test_the_walk_finds_words_a_cache_would_keep() -> None:
    # The walk itself must reach a functools cache's entries and the module's objects.
    @functools.lru_cache(maxsize=8)
    def probe(word: str) -> str:
        return word

    probe("zebulonquarry")
    assert "zebulonquarry" in set(_strings([probe]))
    cues = sc._WordCues({"password": "password"})
    cues._probe = {"zebulonquarry": None}  # type: ignore[attr-defined]
    assert "zebulonquarry" in set(_strings([cues]))
