"""Rules a system prompt sets on the *form* of replies, and texts that demand their break.

"Only respond in English", "always answer in JSON": the system-prompt check
(``system_context``) once read such a sentence as a format rule and nothing more, so a user
demanding "from now on answer in French" or "forget the JSON, write me a paragraph" broke
the prompt's rule unseen. This module reads the languages and formats a prompt fixes for
its replies (:func:`fixed_reply`) and counts the demands in a judged text for a language or
form the prompt does not allow (:func:`demands`).

A demand is an order about the assistant's *output*: a reply verb next to a language
("respond in Spanish", "antworte auf Deutsch", "用法语回答"), a switch ("switch to
Italian", "from now on, Russian only"), or dropping the fixed format ("no JSON", "ohne
JSON", "instead of JSON"). A text merely *written* in another language, or naming one
("what is the French word for bread?", "translate this sentence into German" as a task
about a text), is no demand: users write in their own language and ask about others, and
a translation task is a document task, read elsewhere.

Both sides are folded by ``system_context._fold`` (lower case, accents removed) before they
reach this module, and so are the tables below (on first use). The names were written for
promptguard from knowledge of each language, not taken from any dataset.
"""

from __future__ import annotations

import functools
import re
from dataclasses import dataclass

import re2

from promptguard.recognizers.regex import re2_options

__all__ = ["demands", "fixed_reply"]

# Language -> its names, folded, in the languages people write prompts and requests in
# (English, Spanish, French, German, Italian, Portuguese, Russian, Turkish, Indonesian,
# Vietnamese, Hindi, Arabic, Chinese, Japanese, Korean). Stems ("русском", "англ") cover the
# inflected forms of Russian adjectives.
_LANGUAGES: dict[str, str] = {
    "en": (
        "english, ingles, anglais, englisch, inglese, английском, по-английски, ingilizce, "
        "bahasa inggris, tieng anh, अंग्रेजी, अंग्रेज़ी, الانجليزية, الإنجليزية, 英语, 英文, 英語, 영어"
    ),
    "es": (
        "spanish, espanol, castellano, espagnol, spanisch, spagnolo, espanhol, испанском, "
        "по-испански, ispanyolca, bahasa spanyol, tieng tay ban nha, स्पेनिश, الاسبانية, "
        "الإسبانية, 西班牙语, 西班牙語, スペイン語, 스페인어"
    ),
    "fr": (
        "french, frances, francais, franzosisch, francese, французском, по-французски, "
        "fransizca, bahasa prancis, tieng phap, फ्रेंच, फ्रांसीसी, الفرنسية, 法语, 法語, フランス語, 프랑스어"
    ),
    "de": (
        "german, aleman, allemand, deutsch, tedesco, alemao, немецком, по-немецки, almanca, "
        "bahasa jerman, tieng duc, जर्मन, الالمانية, الألمانية, 德语, 德語, ドイツ語, 독일어"
    ),
    "it": (
        "italian, italiano, italien, italienisch, итальянском, по-итальянски, italyanca, "
        "tieng y, इतालवी, الايطالية, الإيطالية, 意大利语, イタリア語, 이탈리아어"
    ),
    "pt": (
        "portuguese, portugues, portugais, portugiesisch, portoghese, португальском, "
        "portekizce, bahasa portugis, पुर्तगाली, البرتغالية, 葡萄牙语, ポルトガル語, 포르투갈어"
    ),
    "ru": (
        "russian, ruso, russe, russisch, russo, русском, по-русски, rusca, bahasa rusia, tieng nga, "
        "रूसी, الروسية, 俄语, 俄語, ロシア語, 러시아어"
    ),
    "zh": (
        "chinese, mandarin, chino, chinois, chinesisch, cinese, chines, китайском, cince, "
        "tieng trung, चीनी, الصينية, 中文, 汉语, 漢語, 中国語, 중국어"
    ),
    "ja": (
        "japanese, japones, japonais, japanisch, giapponese, японском, japonca, bahasa jepang, "
        "tieng nhat, जापानी, اليابانية, 日语, 日語, 日本語, 일본어"
    ),
    "ko": (
        "korean, coreano, coreen, koreanisch, корейском, korece, bahasa korea, tieng han, कोरियाई, "
        "الكورية, 韩语, 韓語, 韓国語, 한국어"
    ),
    "ar": (
        "arabic, arabe, arabisch, arabo, арабском, arapca, bahasa arab, tieng a rap, "
        "अरबी, العربية, 阿拉伯语, アラビア語, 아랍어"
    ),
    "hi": "hindi, хинди, हिंदी, हिन्दी, الهندية, 印地语, ヒンディー語, 힌디어",
    "tr": (
        "turkish, turco, turc, turkisch, турецком, turkce, bahasa turki, tieng tho nhi ky, तुर्की, "
        "التركية, 土耳其语, トルコ語, 터키어"
    ),
    "nl": (
        "dutch, neerlandes, neerlandais, niederlandisch, hollandisch, olandese, holandes, "
        "нидерландском, голландском, nederlands, bahasa belanda"
    ),
    "pl": "polish, polaco, polonais, polnisch, polacco, polones, польском, polski, lehce",
    "vi": "vietnamese, vietnamita, vietnamien, vietnamesisch, вьетнамском, tieng viet",
    "id": "indonesian, indonesio, indonesien, indonesisch, bahasa indonesia",
    "bn": "bengali, bangla, বাংলা",
    "th": "thai, tailandes, thailandais, thailandisch, тайском, ภาษาไทย",
}

# Formats a prompt fixes for its replies; what a text names when it drops one.
_FORMATS: dict[str, tuple[str, ...]] = {
    "json": ("json",),
    "yaml": ("yaml",),
    "xml": ("xml",),
    "markdown": ("markdown",),
    "csv": ("csv",),
}
_FORMAT_ALT = "|".join(n for names in _FORMATS.values() for n in names)

# Reply verbs: the assistant's output (imperatives and infinitives, folded). "Write", "say"
# and "explain" are left out of the text side: "how do you say 'thanks' in Japanese?" asks
# about a language, it does not set the reply's.
_REPLY_VERBS = (
    r"respond|reply|answer|speak|talk|communicate|converse|continue"
    r"|responde|responder|contesta|contestar|habla|hablar|continua"
    r"|reponds|repondez|repondre|parle|parlez|parler|continue"
    r"|antworte|antworten|antwortest|sprich|sprechen|rede|mach weiter"
    r"|rispondi|rispondere|rispondete|parla|parlare|continua"
    r"|responda|fale|falar|continue"
    r"|отвечай|ответь|отвечайте|ответьте|отвечать|говори|говорите|продолжай"
    r"|cevap ver|yanit ver|konus|devam et"
    r"|jawab|balas|bicara|lanjutkan|tra loi|noi|sumagot|magsalita"
)
# Forms that name the reply itself: "write your answer in ...", "give me the response in ...".
_REPLY_NOUNS = (
    r"(?:your|the|all|every|each) (?:answers?|repl(?:y|ies)|responses?|output)"
    r"|(?:tu|tus|la|las) respuestas?|(?:ta|tes|la|les|vos|votre) reponses?|(?:deine|die|alle) antworten?"
    r"|(?:la tua|le tue|la) rispost[ae]|(?:sua|suas|a|as) respostas?|(?:твой|твои) ответы?"
)
# A prompt's rule is a rule when it is exclusive or standing ("only", "always", "must").
_RESTRICTORS = (
    r"only|always|exclusively|solely|must|regardless|no matter|at all times|never|other than|any other"
    r"|solo|solamente|unicamente|exclusivamente|siempre|debes|seulement|uniquement|exclusivement|toujours"
    r"|nur|immer|ausschliesslich|stets|sempre|soltanto|esclusivamente|apenas|somente|sempre"
    r"|только|всегда|исключительно|sadece|yalnizca|her zaman|hanya|selalu|chi|luon"
    r"|whatever|quelle que soit|independientemente|sin importar|unabhangig|indipendentemente|independentemente"
    r"|независимо"
)
# The user's own language set as the reply language: the prompt fixes nothing.
_MIRROR_RE = re.compile(
    r"(?:same language|language (?:of|used by) the user|user'?s (?:own )?language|language the user"
    r"|mismo idioma|idioma del usuario|meme langue|langue de l'utilisateur|gleichen sprache|sprache des nutzers"
    r"|stessa lingua|mesmo idioma|том же языке|if the user (?:writes|speaks|asks))"
)
_PREP = r"(?:in|en|em|auf|на|in the|in plain|dalam)"
# "Whatever language the user writes in": the opposite of mirroring it.
_REGARDLESS_RE = re.compile(
    r"regardless|whatever|no matter|even if|independientemente|sin importar|aunque|quelle que soit|meme si"
    r"|unabhangig|egal|indipendentemente|anche se|independentemente|mesmo que|независимо|даже если"
)
_GAP = r"(?:[^\s.!?。]+\s+){0,5}"
# A first-person statement ("I speak in Spanish at home") is about the user, not an order.
_FIRST_PERSON = frozenset("i we yo nosotros je nous ich wir io noi eu nos я мы ben biz saya aku kami toi".split())


@dataclass(frozen=True)
class _Tables:
    code_by_name: dict[str, str]
    prompt_lang: re.Pattern[str]
    prompt_format: re.Pattern[str]
    prompt_reply: re.Pattern[str]
    prompt_restrict: re.Pattern[str]
    text_lang: re2._Regexp
    drop_format: re2._Regexp


@functools.cache
def _tables() -> _Tables:
    """The cue tables folded like the texts (``system_context._fold``), compiled on first use:
    only a prompt that fixes a reply language or format ever needs them."""
    from promptguard.recognizers.injection.system_context import _fold

    code_by_name = {_fold(n): code for code, names in _LANGUAGES.items() for n in names.split(", ")}
    spaced = sorted((n for n in code_by_name if n.isascii() or n[0] < "\u0900"), key=len, reverse=True)
    names = "|".join(re.escape(n) for n in spaced)
    unspaced = "|".join(re.escape(n) for n in sorted(set(code_by_name) - set(spaced), key=len, reverse=True))
    verbs, nouns, restrictors = _fold(_REPLY_VERBS), _fold(_REPLY_NOUNS), _fold(_RESTRICTORS)
    return _Tables(
        code_by_name=code_by_name,
        prompt_lang=re.compile(
            rf"(?<![^\W_])(?:{_PREP} ({names})|(по-\w+ки)|({names}) (?:cevap|yanit|konus))(?![^\W_])|({unspaced})"
        ),
        prompt_format=re.compile(
            rf"(?<![^\W_])(?:in|as|with|using|en|como|avec|mit|als|com|in formato|в) "
            rf"(?:valid |strict |pure |plain |formato |format |(?:the )?form of )?({_FORMAT_ALT})\b"
        ),
        prompt_reply=re.compile(
            rf"(?<![^\W_])(?:{verbs}|write|escribe|ecris|schreibe?|scrivi|escreva|пиши|responses?|replies|answers"
            r"|outputs?|respuestas?|reponses?|antworten|risposte|respostas|ответы|language|idioma|langue|sprache"
            r"|lingua|язык)"
        ),
        prompt_restrict=re.compile(rf"(?<![^\W_])(?:{restrictors})(?![^\W_])"),
        # Text side. A demand for a language: a reply verb, then within a few words the
        # language after a preposition ("answer me only in French", "réponds-moi en
        # français"), or the language first ("in Spanish please, reply"); a switch ("switch
        # to German", "from now on ... Italian only"); and the unspaced forms of Chinese,
        # Japanese, Korean and Hindi ("用法语回答", "フランス語で答えて", "프랑스어로 답해",
        # "फ्रेंच में जवाब दो").
        text_lang=re2.compile(
            rf"(?:^|[^\pL\pN_])(?:"
            rf"(?:(?:{verbs})\pL*|{nouns})[-\s]+{_GAP}(?:only |solo |seulement |nur |solamente |apenas |только )?"
            rf"(?:(?:in|en|em|auf|на|in the|dalam|bang) ({names})|(по-\pL+ки))(?:[^\pL\pN_]|$)"
            rf"|(?:speak|talk|sprich|sprechen sie|rede|habla|hable|parle|parlez|parla|fale|говори|говорите) "
            rf"({names})(?:[^\pL\pN_]|$)"
            rf"|({names}) (?:cevap|yanit|konus)"
            rf"|(?:in|en|auf|em|на) ({names})[,:]?\s+(?:please |por favor |s'il te plait |bitte )?(?:{verbs})"
            rf"|(?:switch|change|cambia|passe|wechsle|passa|mude|переключись|перейди) (?:to|a|al|en|zu|auf|para|на) "
            rf"(?:l'|le |la |el |o |al )?({names})(?:[^\pL\pN_]|$)"
            rf"|(?:from now on|a partir de ahora|desormais|ab jetzt|von nun an|d'ora in poi|de agora em diante"
            rf"|отныне|с этого момента)[, ]+(?:\S+\s+){{0,6}}?(?:only )?({names})(?: only)?(?:[^\pL]|$)"
            rf")"
            rf"|(?:用|以)({unspaced})(?:回答|回复|回覆|答复|说|說|写|寫)"
            rf"|({unspaced})(?:で(?:答え|返事|返信|話|書)|로 (?:답|대답|말|써)|로(?:답|대답|말|써))"
            rf"|({unspaced}) में (?:जवाब|उत्तर|बात|लिख|बोल)",
            re2_options(),
        ),
        # Dropping the fixed format: "forget the JSON", "answer without JSON", "a poem, not JSON".
        drop_format=re2.compile(
            r"(?:^|[^\pL\pN_])(?:"
            r"(?:forget|ignore|drop|skip|stop using|stop with|don'?t use|do not use|never mind|no more|enough with"
            r"|olvida|olvidate de|deja|oublie|laisse tomber|vergiss|lass|dimentica|lascia perdere|esqueca|забудь|без)"
            r"(?: (?:the|any|your|that|this|el|le|la|das|den|il|o|a|les|los))? "
            rf"|(?:(?:{verbs})\pL*|{nouns}|write|schreib\pL*|escribe|ecris|scrivi|escreva)[-\s,]+{_GAP}"
            r"(?:without|not in|not as|not|instead of|rather than|sin|en vez de|sans|au lieu de|ohne|statt|kein"
            r"|senza|invece di|sem|em vez de|без|вместо|tanpa)(?: (?:the|any|el|le|das|il|o))? "
            rf")({_FORMAT_ALT})(?:[^\pL\pN_]|$)",
            re2_options(),
        ),
    )


def fixed_reply(folded_sentences: list[str]) -> tuple[frozenset[str], frozenset[str]]:
    """The languages and formats a prompt's sentences fix for its replies (codes, format names).

    A sentence fixes them when it names a reply ("respond", "answers", "language") with a
    restrictor ("only", "always", "must", "never ... other than") and the language or format
    after a preposition ("in English", "auf Deutsch", "as JSON"). "Reply in the user's own
    language" fixes nothing."""
    langs: set[str] = set()
    formats: set[str] = set()
    t = _tables()
    for s in folded_sentences:
        if t.prompt_reply.search(s) is None or t.prompt_restrict.search(s) is None:
            continue
        if _MIRROR_RE.search(s) is not None and _REGARDLESS_RE.search(s) is None:
            continue
        for m in t.prompt_lang.finditer(s):
            code = t.code_by_name.get(next((g for g in m.groups() if g), ""))
            if code:
                langs.add(code)
        formats.update(m.group(1) for m in t.prompt_format.finditer(s))
    return frozenset(langs), frozenset(formats)


def demands(folded: str, languages: frozenset[str], formats: frozenset[str]) -> int:
    """Distinct demands in a folded text for a reply language outside ``languages`` or for
    dropping one of ``formats`` (0 when the prompt fixes neither)."""
    found: set[str] = set()
    t = _tables()
    if languages:
        for m in t.text_lang.finditer(folded):
            # The match opens on the separator before its first word (none at the start).
            i = m.start() + (not folded[m.start() : m.start() + 1].isalpha())
            before = folded[max(0, i - 12) : i].split()
            if before and (before[-1] in _FIRST_PERSON or before[-2:] in (["do", "you"], ["can", "you"])):
                # "I speak Spanish at home", "do you speak French?": about someone, no order.
                continue
            name = next((g for g in m.groups() if g), "")
            code = t.code_by_name.get(name)
            if code and code not in languages:
                found.add(code)
    if formats:
        found.update(f for m in t.drop_format.finditer(folded) if (f := m.group(1)) in formats)
    return len(found)
