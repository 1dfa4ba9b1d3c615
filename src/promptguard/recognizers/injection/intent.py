"""Language-independent intent and shape cues for the injection model.

The hashed n-grams of :mod:`model` learn *wording*, so an attack phrased in a language or
style absent from training scores near the prior. These cues map many wordings onto a
few shared signal tokens ("asks to disclose" + "names a secret", "refers to earlier
instructions" + "tells to disregard", ...), so a weight learned from English examples
transfers to Hindi or Turkish ones. They are model *features*, never verdicts: the
training data (which holds people discussing passwords, system prompts and jailbreaks)
decides how much each one, and each combination, is worth.

The phrase lists were written for promptguard (not taken from any dataset). Latin-script
terms match at a word start; terms in scripts without spaces match anywhere.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

__all__ = ["intent_signals", "suffix_signals"]

# family -> phrases (lower case). Keep each list short and generic: a family is a concept,
# not a list of attack strings.
_FAMILIES: dict[str, tuple[str, ...]] = {
    # Something the assistant is meant to keep to itself.
    "secret": (
        "password",
        "passcode",
        "passphrase",
        "secret key",
        "secret code",
        "secret word",
        "secret number",
        "api key",
        "access code",
        "pin code",
        "credentials",
        "system prompt",
        "initial instructions",
        "hidden instructions",
        "initial prompt",
        "contraseña",
        "clave secreta",
        "código secreto",
        "palabra secreta",
        "credenciales",
        "mot de passe",
        "clé secrète",
        "code secret",
        "identifiants",
        "passwort",
        "kennwort",
        "geheimer schlüssel",
        "geheimen schlüssel",
        "geheimcode",
        "zugangsdaten",
        "chiave segreta",
        "codice segreto",
        "parola segreta",
        "credenziali",
        "senha",
        "chave secreta",
        "palavra secreta",
        "credenciais",
        "пароль",
        "секретный ключ",
        "секретный код",
        "секретное слово",
        "секретний ключ",
        "секретний код",
        "şifre",
        "parola",
        "gizli anahtar",
        "gizli kod",
        "gizli kelime",
        "kata sandi",
        "kunci rahasia",
        "kode rahasia",
        "kata rahasia",
        "mật khẩu",
        "khóa bí mật",
        "mã bí mật",
        "lihim na",
        "hasło",
        "tajny klucz",
        "wachtwoord",
        "geheime sleutel",
        "κωδικό",
        "μυστικό κλειδί",
        "पासवर्ड",
        "गुप्त कुंजी",
        "गुप्त कोड",
        "गुप्त शब्द",
        "सीक्रेट",
        "পাসওয়ার্ড",
        "গোপন কী",
        "গোপন কোড",
        "গোপন শব্দ",
        "كلمة المرور",
        "كلمة السر",
        "المفتاح السري",
        "الرمز السري",
        "密码",
        "密钥",
        "秘密代码",
        "口令",
        "系统提示",
        "パスワード",
        "秘密鍵",
        "秘密のキー",
        "秘密のコード",
        "合言葉",
        "システムプロンプト",
        "비밀번호",
        "암호",
        "비밀 키",
        "비밀 코드",
        "시스템 프롬프트",
        "รหัสผ่าน",
        "คีย์ลับ",
        "รหัสลับ",
    ),
    # A request to hand something over.
    "disclose": (
        "reveal",
        "tell me",
        "give me",
        "show me",
        "share",
        "print",
        "output",
        "repeat",
        "disclose",
        "spell out",
        "what is your",
        "what's your",
        "what is the",
        "provide",
        "revela",
        "dime",
        "dame",
        "muéstrame",
        "cuál es",
        "révèle",
        "dis-moi",
        "donne-moi",
        "montre-moi",
        "quel est",
        "verrate",
        "sag mir",
        "gib mir",
        "zeig mir",
        "was ist",
        "rivela",
        "dimmi",
        "dammi",
        "mostrami",
        "qual è",
        "revele",
        "diga-me",
        "me diga",
        "me dê",
        "mostre",
        "qual é",
        "qual e",
        "скажи",
        "раскрой",
        "покажи",
        "дай мне",
        "назови",
        "какой",
        "какое",
        "розкрий",
        "söyle",
        "göster",
        "açıkla",
        "nedir",
        "beri tahu",
        "berikan",
        "tunjukkan",
        "sebutkan",
        "apa itu",
        "cho tôi biết",
        "tiết lộ",
        "là gì",
        "sabihin",
        "ibigay",
        "ano ang",
        "बताओ",
        "बताइए",
        "बताएं",
        "बताएँ",
        "दिखाओ",
        "दीजिए",
        "क्या है",
        "বলুন",
        "বলো",
        "দেখান",
        "কী",
        "أخبرني",
        "اكشف",
        "أعطني",
        "ما هي",
        "ما هو",
        "告诉我",
        "透露",
        "给我",
        "是什么",
        "教えて",
        "明かして",
        "見せて",
        "何です",
        "알려",
        "공개",
        "보여",
        "무엇",
        "บอก",
        "เปิดเผย",
    ),
    # Someone else's personal data.
    "user_data": (
        "the user's",
        "user's address",
        "user's location",
        "where does the user",
        "the user live",
        "del usuario",
        "de l'utilisateur",
        "des benutzers",
        "dell'utente",
        "do usuário",
        "пользователя",
        "користувача",
        "kullanıcının",
        "pengguna",
        "người dùng",
        "gumagamit",
        "उपयोगकर्ता",
        "ব্যবহারকারী",
        "المستخدم",
        "用户",
        "ユーザー",
        "사용자",
        "ผู้ใช้",
    ),
    # Tells the reader to drop what it was told.
    "override": (
        "ignore",
        "forget",
        "disregard",
        "overlook",
        "bypass",
        "override",
        "skip",
        "set aside",
        "regardless of",
        "stop following",
        "do not follow",
        "don't follow",
        "no longer follow",
        "sin importar",
        "peu importe",
        "unabhängig von",
        "indipendentemente da",
        "independentemente de",
        "независимо от",
        "bất kể",
        "ignora",
        "olvida",
        "olvídate",
        "oublie",
        "ignorez",
        "ignoriere",
        "ignorieren",
        "vergiss",
        "vergessen",
        "dimentica",
        "esqueça",
        "esqueca",
        "игнорируй",
        "игнорируйте",
        "забудь",
        "забудьте",
        "проигнорируй",
        "ігноруй",
        "забудь",
        "görmezden",
        "unut",
        "yok say",
        "abaikan",
        "lupakan",
        "bỏ qua",
        "quên",
        "huwag pansinin",
        "kalimutan",
        "अनदेखा",
        "नज़रअंदाज़",
        "नजरअंदाज",
        "भूल जाओ",
        "भूल जाइए",
        "উপেক্ষা",
        "ভুলে যান",
        "ভুলে যাও",
        "تجاهل",
        "انس",
        "انسَ",
        "忽略",
        "忘记",
        "忘掉",
        "無視",
        "忘れ",
        "무시",
        "잊어",
        "เพิกเฉย",
        "ลืม",
    ),
    # What it was told.
    "instructions": (
        "instruction",
        "directive",
        "rules",
        "guideline",
        "what you were told",
        "you have been told",
        "you've been told",
        "programming",
        "instrucciones",
        "directrices",
        "reglas",
        "consignes",
        "règles",
        "anweisung",
        "regeln",
        "istruzioni",
        "regole",
        "instruções",
        "instrucoes",
        "regras",
        "инструкци",
        "указани",
        "правила",
        "інструкці",
        "talimat",
        "kurallar",
        "instruksi",
        "aturan",
        "hướng dẫn",
        "chỉ dẫn",
        "quy tắc",
        "tagubilin",
        "निर्देश",
        "नियम",
        "নির্দেশ",
        "নিয়ম",
        "التعليمات",
        "تعليمات",
        "القواعد",
        "指令",
        "指示",
        "说明",
        "規則",
        "规则",
        "ルール",
        "지시",
        "규칙",
        "คำสั่ง",
        "กฎ",
    ),
    # Earlier in the conversation.
    "prior": (
        "previous",
        "prior",
        "above",
        "earlier",
        "preceding",
        "before this",
        "anteriores",
        "previas",
        "précédentes",
        "précédents",
        "vorherigen",
        "bisherigen",
        "obigen",
        "precedenti",
        "anteriori",
        "предыдущие",
        "предыдущих",
        "прежние",
        "попередні",
        "önceki",
        "sebelumnya",
        "trước đó",
        "trước",
        "nakaraan",
        "पिछले",
        "पिछली",
        "पहले",
        "পূর্ববর্তী",
        "আগের",
        "السابقة",
        "السابق",
        "之前",
        "先前",
        "以前",
        "上述",
        "前の",
        "以前の",
        "이전",
        "앞의",
        "ก่อนหน้า",
    ),
    # A new identity or mode for the assistant.
    "role_change": (
        "you are now",
        "from now on",
        "act as",
        "pretend to be",
        "pretend you are",
        "you're no longer",
        "you are no longer",
        "new role",
        "developer mode",
        "system mode",
        "admin mode",
        "debug mode",
        "god mode",
        "maintenance mode",
        "diagnostic mode",
        "diagnostics mode",
        "verification mode",
        "unfiltered mode",
        "jailbreak mode",
        "jailbroken",
        "without restrictions",
        "without any restrictions",
        "no longer bound",
        "not bound by",
        "modo desarrollador",
        "modo de desarrollador",
        "modo de mantenimiento",
        "mode développeur",
        "mode maintenance",
        "entwicklermodus",
        "wartungsmodus",
        "modalità sviluppatore",
        "modalità manutenzione",
        "modo desenvolvedor",
        "modo de manutenção",
        "режим разработчика",
        "режим обслуживания",
        "режим отладки",
        "geliştirici modu",
        "bakım modu",
        "mode pengembang",
        "chế độ nhà phát triển",
        "डेवलपर मोड",
        "रखरखाव मोड",
        "ডেভেলপার মোড",
        "وضع المطور",
        "وضع الصيانة",
        "开发者模式",
        "维护模式",
        "開発者モード",
        "メンテナンスモード",
        "개발자 모드",
        "유지보수 모드",
        "โหมดนักพัฒนา",
        "unrestricted",
        "no restrictions",
        "ahora eres",
        "a partir de ahora",
        "désormais",
        "tu es maintenant",
        "du bist jetzt",
        "ab jetzt",
        "ab sofort",
        "ora sei",
        "d'ora in poi",
        "da ora in poi",
        "agora você é",
        "a partir de agora",
        "теперь ты",
        "отныне",
        "с этого момента",
        "тепер ти",
        "artık sen",
        "bundan sonra",
        "sekarang kamu",
        "mulai sekarang",
        "bây giờ bạn là",
        "từ bây giờ",
        "ngayon ikaw",
        "mula ngayon",
        "अब आप",
        "अब तुम",
        "अब से",
        "এখন তুমি",
        "এখন আপনি",
        "এখন থেকে",
        "أنت الآن",
        "من الآن",
        "你现在是",
        "从现在开始",
        "从现在起",
        "今からあなたは",
        "これからあなたは",
        "今後",
        "이제부터",
        "당신은 이제",
        "지금부터",
        "ตอนนี้คุณ",
        "จากนี้ไป",
    ),
    # Claims to be someone the assistant should obey.
    "authority": (
        "i am your developer",
        "i am your creator",
        "i am your administrator",
        "i'm your developer",
        "i am the admin",
        "i'm the admin",
        "as your developer",
        "as an administrator",
        "i am your boss",
        "i'm your boss",
        "soy tu",
        "je suis ton",
        "je suis votre",
        "ich bin dein",
        "ich bin ihr",
        "sono il tuo",
        "sou seu",
        "sou o seu",
        "я твой",
        "я ваш",
        "ben senin",
        "saya adalah",
        "tôi là",
        "ako ang iyong",
        "मैं आपका",
        "मैं तुम्हारा",
        "আমি তোমার",
        "আমি আপনার",
        "أنا مديرك",
        "أنا المطور",
        "我是你的",
        "私はあなたの",
        "나는 당신의",
        "ฉันคือ",
    ),
    # Persuasion framing that pre-empts a refusal (PAIR-style): disclaimers ...
    "disclaimer": (
        "purely hypothetical",
        "purely fictional",
        "for fictional purposes",
        "for purely fictional",
        "will never be actually used",
        "will never be used",
        "will not be used",
        "won't be used",
        "for educational purposes",
        "for academic purposes",
        "for research purposes",
        "just for fun",
        "hypothetically",
        "in a fictional world",
        "this is just a story",
        "no real harm",
        "not for real",
        "in this fictional",
        "hypothetical scenario",
        "fictional scenario",
        "strictly for educational",
        "purely for educational",
        "only for research",
        "con fines educativos",
        "puramente hipotético",
        "à des fins éducatives",
        "purement hypothétique",
        "zu bildungszwecken",
        "rein hypothetisch",
        "a scopo educativo",
        "puramente ipotetico",
        "para fins educacionais",
        "puramente hipotético",
        "в образовательных целях",
        "чисто гипотетически",
        "eğitim amaçlı",
        "untuk tujuan pendidikan",
        "cho mục đích giáo dục",
        "शैक्षिक उद्देश्य",
        "لأغراض تعليمية",
        "出于教育目的",
        "教育目的",
        "교육 목적",
    ),
    # ... pressure ...
    "pressure": (
        "your family",
        "lose your job",
        "deadline",
        "lives depend",
        "life depends",
        "if you don't",
        "if you do not",
        "you must",
        "you will be",
        "otherwise",
        "desperate",
        "only you can",
        "it is crucial",
        "it's crucial",
        "urgent",
    ),
    # ... and a dictated first line ("Sure, here is ...").
    "forced_prefix": (
        "begin your reply with",
        "begin your response with",
        "begin by replying with",
        "start your response with",
        "start your reply with",
        'start with "sure',
        "start with 'sure",
        'respond with "sure',
        "respond with 'sure",
        "sure, here is",
        "sure, here's",
        "sure here is",
    ),
    # A writing or acting task handed to a persona.
    "persona_task": (
        "you are a writer",
        "you are a novelist",
        "you are an author",
        "you are a screenwriter",
        "you are a character",
        "you are a detective",
        "you are a journalist",
        "you are a historian",
        "you are a researcher",
        "you are a consultant",
        "you are a renowned",
        "as a renowned",
        "you are an expert",
        "you are a famous",
        "imagine you are",
        "imagine you're",
        "suppose you are",
        "for a novel",
        "for my novel",
        "for a story",
        "for a screenplay",
        "for a movie",
        "role-play",
        "roleplay",
        "play the role",
    ),
    # A harmful topic. Never a cue alone (plain harmful questions are not injection, and
    # security writing names these all the time): only next to role-play, disclaimer or
    # pressure framing, which is how jailbreaks wrap them.
    "harm": (
        "bomb",
        "explosive",
        "weapon",
        "poison",
        "malware",
        "ransomware",
        "keylogger",
        "hack into",
        "steal",
        "launder",
        "counterfeit",
        "methamphetamine",
        "illegal drug",
        "self-harm",
        "suicide",
        "murder",
        "phishing",
        "blackmail",
        "extort",
        "stalk",
        "without getting caught",
        "untraceable",
        "bomba",
        "explosivo",
        "veneno",
        "robar",
        "hackear",
        "bombe",
        "explosif",
        "pirater",
        "sprengstoff",
        "waffe",
        "stehlen",
        "veleno",
        "rubare",
        "roubar",
        "бомб",
        "взрывчат",
        "оружи",
        "украсть",
        "взломать",
        "patlayıcı",
        "silah",
        "zehir",
        "çalmak",
        "senjata",
        "racun",
        "mencuri",
        "vũ khí",
        "chất nổ",
        "ăn cắp",
        "बम",
        "हथियार",
        "ज़हर",
        "जहर",
        "चोरी",
        "বোমা",
        "অস্ত্র",
        "বিষ",
        "قنبلة",
        "سلاح",
        "متفجرات",
        "سرقة",
        "炸弹",
        "爆炸物",
        "武器",
        "毒药",
        "偷窃",
        "爆弾",
        "爆発物",
        "盗む",
        "폭탄",
        "무기",
        "독약",
        "훔치",
        "ระเบิด",
        "อาวุธ",
        "ยาพิษ",
    ),
}


# Combinations that carry intent when both halves are present.
_PAIRS: tuple[tuple[str, str], ...] = (
    ("secret", "disclose"),
    ("user_data", "disclose"),
    ("override", "instructions"),
    ("override", "prior"),
    ("prior", "instructions"),
    ("role_change", "instructions"),
    ("authority", "secret"),
    ("disclaimer", "persona_task"),
    ("pressure", "persona_task"),
    ("forced_prefix", "persona_task"),
)


def _needs_word_start(term: str) -> bool:
    """Word-start matching for spaced alphabets (Latin, Greek, Cyrillic, Hangul).

    Without it the Russian "я ваш" ("I am your") matches inside "для ваших" ("for your").
    Chinese, Japanese and Thai are written without spaces, Arabic attaches "and"/"the" to
    the word, and Indic vowel signs are not word characters: those match anywhere.
    """
    c = term[0]
    return c.isascii() or "\u00c0" <= c <= "\u04ff" or "\uac00" <= c <= "\ud7af"


_WORD_RE = re.compile(r"\w+")


def _key(word: str) -> str:
    return word[:4]


_KEY_RE = re.compile(r"(\w{1,4})\w*")
"""The :func:`_key` of every word, in one regex pass (cheaper than slicing each word)."""


def _index() -> tuple[dict[str, list[tuple[str, str]]], dict[int, list[tuple[str, str]]]]:
    """Spaced-alphabet terms keyed by the first four letters of their first word; others by script block.

    Checking only the candidates whose key occurs in the text keeps the cost near one
    tokenisation pass (a single alternation regex over all terms took ~20 ms per 2 KB).
    """
    latin: dict[str, list[tuple[str, str]]] = {}
    other: dict[int, list[tuple[str, str]]] = {}
    for fam, terms in _FAMILIES.items():
        for t in sorted(set(terms)):
            if _needs_word_start(t):
                first = _WORD_RE.findall(t)[0]
                latin.setdefault(_key(first), []).append((fam, t))
            else:
                other.setdefault(ord(t[0]) >> 7, []).append((fam, t))
    return latin, other


_LATIN, _OTHER = _index()


def _positions(text: str, term: str, word_start: bool, out: list[int]) -> None:
    i = text.find(term)
    while i != -1 and len(out) < _MAX_HITS:
        if not word_start or i == 0 or not text[i - 1].isalnum():
            out.append(i)
        i = text.find(term, i + 1)


# "secret" alone is not here since 1.2.0: handbooks and policies name passwords and
# credentials everywhere, and alone it was the main cue behind their false positives; a
# request for one still pairs it with "disclose" or an authority claim.
_ALONE = frozenset({"role_change", "authority", "forced_prefix", "disclaimer", "override"})
_MAX_HITS = 64
_NEAR = 80
"""Both halves of a pair must lie within this many characters: across a long document,
"password" in one paragraph and "show" in another say nothing about intent."""


_FAR = 600


def _near(a: list[int], b: list[int], limit: int = _NEAR) -> bool:
    return any(abs(i - j) <= limit for i in a for j in b)


def intent_signals(lowered: str, words: Sequence[str] | None = None) -> list[str]:
    r"""Signal tokens for the intent families found in ``lowered`` (already lower case).

    ``words``: the ``\w+`` runs of ``lowered`` if the caller has them already (the model's
    featuriser does); their first four characters are the index keys."""
    pos: dict[str, list[int]] = {}
    keys = {w[:4] for w in words} if words is not None else set(_KEY_RE.findall(lowered))
    for k in keys:
        for fam, term in _LATIN.get(k, ()):
            _positions(lowered, term, True, pos.setdefault(fam, []))
    if not lowered.isascii():
        for block in {ord(c) >> 7 for c in set(lowered)}:
            for fam, term in _OTHER.get(block, ()):
                _positions(lowered, term, False, pos.setdefault(fam, []))
    found = {fam for fam, p in pos.items() if p}
    # Generic families ("show", "you must", "user", "instructions") are everyday words in
    # policies and docs: alone they only teach the model the collections, so they count
    # only in combinations.
    sig = [f"intent:{f}" for f in sorted(found & _ALONE)]
    sig.extend(f"intent:{a}+{b}" for a, b in _PAIRS if a in found and b in found and _near(pos[a], pos[b]))
    if len(found & {"disclaimer", "pressure", "forced_prefix", "persona_task"}) >= 3:
        sig.append("intent:persuasion3")
    # Framing and a harmful topic (role-play prompts set the scene first and ask much
    # later, hence the wider window). "pressure" is left out: its everyday words
    # ("urgent", "you must") next to "bomb" in news text said nothing.
    if "harm" in found:
        sig.extend(
            f"intent:{f}+harm"
            for f in ("persona_task", "disclaimer", "forced_prefix")
            if f in found and _near(pos[f], pos["harm"], _FAR)
        )
    return sig


_SYM = frozenset("{}[]()<>\\^$@#%|~=*`+;")
_SYM_RE = re.compile("[" + re.escape("".join(sorted(_SYM))) + "]")
_ALPHA_RE = re.compile(r"[^\W\d_]")
# An upper-case letter right after a lower-case one ("possAPPDefault"); Latin, Greek and
# Cyrillic are the scripts with case.
_FLIP_RE = re.compile(r"[a-z\u00df-\u00ff\u03ac-\u03ce\u0430-\u045f][A-Z\u00c0-\u00de\u0386-\u03ab\u0400-\u042f]")
_TRAIL_DIGIT_RE = re.compile(r"^\D.*\d$", re.S)


def _weird(tok: str) -> bool:
    """A token natural text rarely has: letters glued to code symbols, or inner case flips."""
    if tok.startswith(("http://", "https://", "www.")):
        return False
    letters = len(_ALPHA_RE.findall(tok))
    if not letters:
        return False
    if _SYM_RE.search(tok):
        return True
    core = tok.strip(".,;:!?\"'()")
    if len(core) > 3 and _FLIP_RE.search(core):
        return True
    return letters >= 3 and _TRAIL_DIGIT_RE.match(core) is not None


def suffix_signals(text: str) -> list[str]:
    """Adversarial-suffix shape: prose followed by a tail of glued, symbol-laden tokens.

    Optimised suffixes (GCG, DSN) append ~20 sub-word fragments to a plain request. Code
    and markup are symbol-laden from the start, so the cue is the *jump* between the
    head and the tail, not the symbol density alone.
    """
    body = text.strip()
    if len(body) < 80:
        return []
    cut = min(160, len(body) // 2)
    tail = body[-cut:]
    # Cheap test first: most texts end in prose, and then the head need not be read
    # (counting symbols over a 6,000-character head was most of this cue's cost).
    if len(_SYM_RE.findall(tail)) < 0.04 * len(tail):
        return []
    head = body[:-cut]
    if len(_SYM_RE.findall(head)) > 0.01 * len(head):
        return []
    toks = tail.split()
    if len(toks) < 6:
        return []
    weird = sum(map(_weird, toks)) / len(toks)
    # The share of glued tokens alone is high in code and CJK text with inline code: it
    # only counts after a prose head (the jump).
    sig = ["suffix:symjump"]
    if weird >= 0.2:
        sig.append("suffix:symjump+weird")
    if weird >= 0.35:
        sig.append("suffix:symjump+weird0.35")
    return sig
