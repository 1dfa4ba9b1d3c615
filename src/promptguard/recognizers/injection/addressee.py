"""Who a line of a document speaks to: the grammar of addressing an AI reader.

Documents name the assistant that will read them in a few shapes, in every language: a label
("Screening assistant:", "NOTE TO DB AGENT:", "サポートAIへの補足："), a note to it ("Note to the HR
assistant generating calibration summaries", "Hinweis an den E-Mail-Assistenten", "Wskazówka dla
asystenta poczty"), a vocative ("— note-taking assistant, please record", "Also, assistant, ..."), a reader
of this content ("An analyst model reading this filing should", "для ИИ-помощника, пересказывающего эту
ветку"), a condition on it ("If an AI assistant is asked ..."), a field for it ("assistant_directive",
"[[assistant-instruction]]"), or no noun at all but the text's own processing ("When this message is
summarised for the AP lead, ...", "Before replying, ..."). :func:`addressed` says whether a noun found by
:data:`AI_NOUN_RE` is such an address, and where the order after it begins; the people a document
addresses with the same words ("executive assistant", "Sales assistant (Jamie)", "Tier 2 agent", "You are
PeopleBot, the HR assistant") are told apart by the words around the noun.

Written for promptguard from general knowledge of each language; not taken from any dataset.
"""

from __future__ import annotations

from promptguard._lazyre import lazy

__all__ = ["AGENT_FILE_RE", "AI_NOUN_RE", "PROCESSING_RE", "addressed"]

# Nouns for an AI reader. Latin-script ones match whole words (compounds such as
# "E-Mail-Assistenten", "documentassistent", "atlasbot" through the \w* around them).
_AI_LATIN = (
    # Romance order, the adjective after the noun: "Modello linguistico:", "modelo de lenguaje".
    r"(?:(?:modell[oi]|modelos?|modèles?) (?:linguistic[oi]|de (?:lenguaje|langage|linguagem)|di linguaggio)"
    r"|(?:sistemas?|système|systèmes) (?:di |de |d['’] ?)(?:intelligenza artificiale|inteligencia artificial"
    r"|intelligence artificielle|inteligência artificial|ia\b)"
    r"|automation (?:agents?|bots?)|\w*avustaja\w*|tekoäly\w*"
    r"|(?:ai|ki|ia|llm)[-‑ ](?:(?:based|powered|driven|enabled)[ -](?:[\w-]+ ){0,2})?(?:[a-z]+[-‑])?"
    r"(?:system\w*|systeem\w*|sistema\w*|système\w*|tools?|engines?|models?|modell\w*|agent\w*|reviewers?|screeners?"
    r"|assistant\w*|analysts?|analy[sz]ers?|readers?|helpers?|moderators?|evaluators?|graders?|summari[sz]ers?|recruiters?"
    r"|classifiers?|note-?takers?|transcribers?|scribes?)"
    r"|(?:\w+[-‑])?(?:"
    r"assistants?|agents?|agenten|\w*bots?|copilots?|a\.?i\.?|llms?|gpts?|models?|language models?|summari[sz]ers?"
    r"|crawlers?|scrapers?|screeners?|automations?|automated (?:systems?|readers?|tools?|reviewers?|processes)"
    r"|asistentes?|agentes?|modelos?|ia|assistente|assistenti|modello|modelli|assistante?s?|modèles?|robots?"
    r"|\w*assistent(?:en|in|e)?|ki(?:-\w+)?|\w*modell(?:e|en)?|asystent\w*|agent(?:a|owi|ów|ka)|modelu|si"
    r"|asistan\w*|asistent\w*|ajan\w*|yapay zek\w*|yz|asisten|agen|trợ lý|mô hình|assistentti|avustaja\w*"
    r"|(?:automated|automatic) processing|syst[eè]mes? de traitement automatique|procesamiento automático"
    r"|claude|gemini|chatgpt|bard|alexa|siri|cortana|grok|jarvis"
    r"|automatisierte verarbeitung"
    # An automated tool or system named in a Romance language or German (s42: blind53i): "outil de tri
    # automatique", "sistema de selección automática", "sistemas automáticos de contas a pagar".
    r"|(?:outils?|syst[eè]mes?|sistemas?|herramientas?|ferramentas?|strument[oi])"
    r" (?:(?:de|di|da|do|d['’]) ?\w+ )?(?:automati(?:que|ques|sée?s?)|automátic[oa]s?|automatizad[oa]s?"
    r"|automatic[oa]|automatich[ei]|automatizzat[oa]|automatici)"
    r"|automatisierte[sn]? (?:system|werkzeug|tool|prüfung|auswertung)\w*"
    r"))"
)
_AI_OTHER = (
    r"(?:(?<!\w)\w+[-‑])?(?:ассистент\w*|помощник\w*|помічник\w*|асистент\w*|агент\w*|модел\w*|ии|ші|бот\w*|нейросет\w*"
    r"|(?:лл|ل|ال|لل)?(?:مساعد|وكيل|نموذج)\w*|الذكاء الاصطناعي"
    r"|アシスタント|エージェント|ボット|ＡＩ|モデル|助手|助理|智能体|机器人|大模型|模型"
    r"|어시스턴트|비서|에이전트|챗봇|봇|모델|सहायक|एजेंट|मॉडल|बॉट"
    r"|(?:ל|ה|לה)?עוזר\w*|(?:ה)?בינה המלאכותית|(?:ל|ה|לה)?סוכן\w*|(?:ל|ה|לה)?בוט)"
)
# Nouns that name an automated reader only as a label ("Expense system:", "Answer-engine note:",
# "[summary helper: ...", "Inspector tools:"): a field or line that starts with them and a colon.
_LABEL_NOUNS = (
    r"(?:\w+[-‑])?(?:systems?|engines?|tools?|helpers?|reviewers?|processors?|pipelines?|classifiers?|parsers?|readers?"
    r"|screeners?|triage)"
)
_LABEL_NOUN_RE = lazy(r"(?i)" + _LABEL_NOUNS)
_LABEL_ONLY_AFTER_RE = lazy(
    r"(?i)^(?:\s+(?:note|notice|instructions?|guidance|directive|hint|automátic[oa]s?|automatiques?|automatic[oa]|automatizad[oa]s?"
    r"|virtual(?:es)?|virtuel|ia|ai|ki|de ia|d['’]ia|di ia|de navegación|de navigation|di navigazione|de navegação"
    r"|de correo|de e-?mail))?\s*[)）\]]?\s*[:：](?!//)"
)
AI_NOUN_RE = lazy(
    r"(?i)(?:(?<![\w@])|(?<=\\[nrt]))(?:" + _AI_LATIN + r")(?!\w)|(?:" + _AI_OTHER + r")|(?<![A-Za-z])AI(?![A-Za-z])"
    r"|@[\w-]*(?:bot|assistant|agent|ai|copilot|claude|gpt)\b"
    r"|(?:(?<![\w@])|(?<=\\[nrt]))" + _LABEL_NOUNS + r"(?!\w)"
)
# Words that make an "assistant" or "agent" a person: "executive assistant", "Tier 2 agent",
# "travel agent", "user agent" (a browser string), "secret agent".
_HUMAN_BEFORE_RE = lazy(
    r"(?i)(?:executive|personal|office|administrative|admin|dental|medical|legal|teaching|nursing|lab|research"
    r"|human|live|real[- ]estate|insurance|secret|user|free|double|field|tier[ -]?\d|level[ -]?\d"
    r"|booking|leasing|sports|literary|talent|shipping|customs|transfer)"
    r"[ -]$"
)
# A person's name beside the role: "Sales assistant (Jamie)", "Mark (EA)", "Lina, as our office assistant".
_NAMED_AFTER_RE = lazy(r"^[ \t]*\((?:[A-Z][a-z]+|[A-Z]{2,3})\)|^[ \t]+[A-Z][a-z]+\b(?![ \t]*[:(])")
_NAMED_BEFORE_RE = lazy(r"(?:^|\n)\s*[A-Z][a-z]+,\s*(?:as\s+)?(?:our|my|the)\s+(?:\w+\s+){0,2}$")
# People named after the noun: "Note for the AI team:", "AI users", "KI-Team" (s40 probe).
_GROUP_AFTER_RE = lazy(
    r"(?i)^[ \t-]+(?:teams?|group|lab|department|dept|committee|engineers?|researchers?|working group|council|squad"
    r"|guild|community|unit|office|staff|leads?|owners?|devs?|developers?|folks|people|crew|desk|cent(?:er|re)"
    r"|program(?:me)?|initiative|task ?force|board|champions?|enthusiasts?|practitioners?|vendors?|users?)\b"
)

# Before the noun: "to / for" in any language, a determiner and at most two modifiers ("for the
# mailbox assistant", "pour l'assistant d'achat", "an den E-Mail-Assistenten", "dla asystenta poczty",
# "для ассистента поддержки", "للمساعد" carries its "to" in the word).
_TO = (
    r"(?:\bto|\bfor|\bpara|\bpour|\bà|\bper|\ban|\bfür|\bvoor|\baan|\bdla|\bpro|\bдля|\bк|\bal|\bao"
    r"|\battention de|\battn:?|\bgửi|\buntuk|\bcho|\bإلى|给|致|\bi̇çin|\btill|\bdo)"
)
_DET = (
    r"(?:(?:the|any|all|every|each|whatever|whichever|your|our|el|la|los|las|le|les|l['’]|den|die|das|dem|der|de|het|il|lo"
    r"|gli|o|os|tout|toute|jeder|jede|qualsiasi|cualquier)\s*)?"
)
_MODS = r"(?:[\w-]+\s+){0,3}"
_TO_BEFORE_RE = lazy(r"(?i)" + _TO + r"[ \t]+" + _DET + _MODS + r"$")
# A note word first: "Note to the HR assistant", "Hinweis an den E-Mail-Assistenten", "Wskazówka dla
# asystenta", "Примечание для ассистента", "Instrucción para el asistente", "ملاحظة للمساعد".
_NOTE_TO_RE = lazy(
    r"(?i)(?<!\w)(?:note|notes|message|instructions?|guidance|reminder|notice|hint|tip|memo|p\.?s\.?|fyi|request|directive"
    r"|attention|notiz|hinweis|anweisung|nachricht|nota|remarque|consigne|instrucción|instrucciones|instruzion[ei]"
    r"|messaggio|mensaje|mensagem|aviso|avviso|opmerking|notitie|instructie|bericht|wskazówka|notatka|uwaga|instrukcja"
    # Turkish "not" (a note) only as a label ("Not: yapay zeka asistanı ..."): "Do not use AI during the
    # interview" tells the applicant what not to use (blind54i, s40).
    r"|примечание|заметка|указание|инструкция|сообщение|пометка|not(?=[ \t]*[:—–-])"
    r"|ملاحظة|تعليمات|补充|说明|备注|補足|メモ|참고|메모"
    r"|anmerkung|mention|hinweise|context|הוראה|הערה|निर्देश)"
    r"(?:[ \t]+(?:destinée?|destiné|addressed|intended|directed|dirigida|destinada|gerichtet|rivolta))?"
    r"[ \t:,—–-]*(?:" + _TO + r"|\bde|\bdi)?[ \t]*" + _DET + _MODS + r"$"
)
# Right after the noun: a label (":"), a vocative comma, or a reader's participle / relative clause about
# this content ("reading this filing", "that summarises this page", "qui compare ces produits", "das diesen
# Bericht zusammenfasst", "który streszcza tę wiadomość", "пересказывающего эту ветку", "الذي يلخّص هذه").
_LABEL_AFTER_RE = lazy(
    r"(?i)^s?(?:\s*\([^()\n]{1,40}\))?(?:\s*/\s*[^\n/:：]{1,40}?)?"
    r"(?:\s+(?:memory\s+)?(?:note|notice|instructions?|guidance|directive|hint|update|memory|override|not|notu|notiz|nota"
    r"|automatique|automático|automatico|automatisch\w*|virtuel\w*|virtual))?"
    r"(?:(?:\s+[\w-]+){0,2}?\s*,?\s+(?:is\s+)?(?:\w+ing|that|who"
    r"|which|of|for|in|on|de|du|des|der|die|das|den|dat|qui|que|che|který|která|které|który|которы\w*|som|kim|yang|für|per|para"
    r"|pour|dla|для"
    r"|\w+(?:ący|ąca|ące|ącego|ącej|ącym|ющ\w*|ящ\w*|ende|enden|ant|ando|endo|ante)"
    r"|del|della|van|voor|için|के लिए)\b[^\n.!?:：\"<>]{0,50})?\s*[)）\]]?\s*[:：](?!//)"
)
# Loose: anything up to the colon, after "for whatever / any / every" ("for whatever assistant drafts
# Alex's replies:").
_LOOSE_LABEL_AFTER_RE = lazy(r"^[^\n.!?。:：\"<>]{0,60}?[:：](?!//)")
# The "to" word opens its line (after a bullet or a bracket at most): "To the AI that …:", "Gửi trợ lý AI …:".
_TO_OPENS_LINE_RE = lazy(r"(?i)(?:^|\n)[ \t]*[-*•>\[(【「]?[ \t]*" + _TO + r"[ \t]+(?:\S+[ \t]+){0,3}$")
# A Markdown heading for the reader ("## For AI coding assistants", "## Voor AI-programmeerassistenten").
_HEADING_BEFORE_RE = lazy(r"(?:^|\n)[ \t]*#{1,4}[ \t]+\S+[ \t]+(?:\S+[ \t]+){0,2}$")
_HEADING_END_RE = lazy(r"^[^\n]{0,20}\n")
_ANY_BEFORE_RE = lazy(r"(?i)\b(?:whatever|whichever|any|every|each|all)\s+(?:[\w-]+\s+){0,2}$")
# "You are PeopleBot, the HR assistant": a persona described, not a reader addressed.
_SELF_BEFORE_RE = lazy(r"(?i)\b(?:you are|you're|i am|i'm|as)\s+(?:an?|the|your)?\s*(?:[\w-]+\s+){0,4}$")
_VOCATIVE_AFTER_RE = lazy(r"^(?:\s*\([^()\n]{1,40}\))?\s*[,，、]")
_READER_AFTER_RE = lazy(
    r"(?i)^s?\s*,?\s*(?:is\s+|are\s+)?(?:with\s+[\w-]+(?:\s+[\w-]+){0,2}?\s+)?"
    r"(?:(?:that|which|who|qui|que|che|der|die|das|den|dat|który|która|które|которы\w*|kim|الذي|التي"
    r"|som)\b|(?:reading|processing|summari[sz]ing|parsing|handling|reviewing|analy[sz]ing|triaging|indexing|screening"
    r"|drafting|generating|working|picking|scanning|crawling|answering|comparing|evaluating|\w{3,}ing|reads|processes"
    r"|summari[sz]es|sees|handles|parses|receives|gets|opens|is asked|is used|is queried|is prompted|пересказывающ\w*"
    r"|\w+(?:ący|ąca|ące|ącego|ących|ющ\w*|ящ\w*)"
    r"|обрабатывающ\w*|читающ\w*|анализирующ\w*)\b)"
)
_THIS_RE = lazy(
    r"(?i)\b(?:this|these|ce|cet|cette|ces|dieses?|diesen|dieser|questo|questa|questi|queste|este|esta|estos|estas|esse"
    r"|essa|deze|dit|tę|tej|tego|tym|bu|ini)\b|(?<!\w)(?:эт\w+|ці\w*|цей)(?!\w)|هذه|هذا|この|本|此|该|이 "
)
_CASE_AFTER_RE = lazy(r"^(?:への|へ|에게|께|님|에|는|은|ına|ine|ya|ye|na|ne|\s*के लिए)[^\n。.!?]{0,12}?[:：]?")
# At the start of a line, a bracket, a comment, a quotation or a labelled field, with at most three
# words before the noun ("Screening assistant:", "<!-- model summarizing", "— note-taking assistant,").
_LINE_START_RE = lazy(r"(?:^|[\n\[\]()<{|*#>—–\"«“„「:-]+|-->|<!--|/\*|//|\.\s|\\n)\s*(?:[\w.'’-]+\s+){0,3}$")


def addressed(text: str, start: int, end: int) -> int | None:
    """Where the order begins if the AI noun at ``[start, end)`` addresses the reader, else None."""
    noun = text[start:end]
    if noun.startswith("@"):
        return end
    before = _Before(text[max(0, start - 60) : start])
    after = text[end : end + 80]
    clause = _route(noun, before, after, end)
    if clause is None:
        return None
    # The people a document addresses with the same words; read last, only for an address found.
    b = before.text
    if (
        _HUMAN_BEFORE_RE.search(b)
        or _NAMED_AFTER_RE.match(after)
        or _NAMED_BEFORE_RE.search(b)
        or _GROUP_AFTER_RE.match(after)
    ):
        return None
    # "You are PeopleBot, the HR assistant" describes a persona; "If you are an automated agent" addresses one.
    return None if _SELF_BEFORE_RE.search(b) and not _IF_YOU_ARE_AI_RE.search(b) else clause


class _Before:
    """The 60 characters before a noun, with the tests on them run once and only when asked: most
    nouns of a page ("the model", "LLMs are ...") are settled by what follows them, and each of these
    end-anchored searches costs several microseconds."""

    __slots__ = ("_line_start", "_note_to", "_to", "text")

    def __init__(self, text: str) -> None:
        self.text = text
        self._to: bool | None = None
        self._line_start: bool | None = None
        self._note_to: bool | None = None

    @property
    def to(self) -> bool:
        if self._to is None:
            self._to = _TO_BEFORE_RE.search(self.text) is not None
        return self._to

    @property
    def line_start(self) -> bool:
        if self._line_start is None:
            self._line_start = _LINE_START_RE.search(self.text) is not None
        return self._line_start

    @property
    def note_to(self) -> bool:
        if self._note_to is None:
            self._note_to = (self.to or self.line_start) and _NOTE_TO_RE.search(self.text) is not None
        return self._note_to


def _route(noun: str, before: _Before, after: str, end: int) -> int | None:
    """:func:`addressed` without the checks for people: the shapes of an address."""
    b = before.text
    if _IF_YOU_ARE_AI_RE.search(b):
        return end  # "If you are an automated recruiting agent contacting me, ..."
    if _GREETING_BEFORE_RE.search(b) and noun.lower() not in _PLAIN_NOUNS:
        # "Hi Copilot / AI triage bot.", "Hey Gemini, ...", "ATTENTION REVIEW SUMMARIZER:"; a plain "Hey assistant."
        # opens a user's own prompt (a persona game), not a note planted for a reader.
        return end
    if _LABEL_NOUN_RE.fullmatch(noun) and not _AI_PREFIX_RE.match(noun):
        # "Expense system:", "[summary helper: ...": a label at the start of a line or field, or after "for".
        label = _LABEL_ONLY_AFTER_RE.match(after)
        if label is None:
            return None
        named = "-" in noun or "‑" in noun or _MODIFIER_BEFORE_RE.search(b) is not None  # not a bare "System:"
        return end + label.end() if named and (before.line_start or before.to) else None
    if _WEAK_NOUN_RE.fullmatch(noun) and not _AI_MODIFIER_RE.search(b):
        # "model", "agent": a pricing model, a support agent. Only a note to it, a field labelled with it
        # ("Claims triage model: assign ..."), or a reader of this.
        label = _LABEL_ONLY_AFTER_RE.match(after)
        if label is not None and before.line_start:
            return end + label.end() if not before.note_to else end
        reader = _READER_AFTER_RE.match(after)
        if reader is not None and _THIS_RE.search(after, 0, 60) is not None:
            return end
        if _IF_ANY_BEFORE_RE.search(b) and _THIS_RE.search(after, 0, 40) is not None:
            return end  # "If the model reads this page, ...", "Falls ein Sprachmodell diesen Artikel ..."
        return end if before.note_to else None
    label = _LABEL_AFTER_RE.match(after)
    if label is not None and (before.line_start or before.to):
        return end + label.end()
    if before.to and (_ANY_BEFORE_RE.search(b) or _TO_OPENS_LINE_RE.search(b)):
        # "for whatever assistant drafts Alex's replies:", "Gửi trợ lý AI đang so sánh sản phẩm:", "To the AI
        # that summarises the minutes:": the words up to the colon describe the reader.
        loose = _LOOSE_LABEL_AFTER_RE.match(after)
        if loose is not None:
            return end + loose.end()
    heading_end = _HEADING_END_RE.match(after)
    if before.to and heading_end is not None and _HEADING_BEFORE_RE.search(b):
        return end + heading_end.end()  # "## Voor AI-programmeerassistenten": a section for them
    if before.note_to:
        plain = _PLAIN_LABEL_AFTER_RE.match(after)  # "à l'attention de l'assistant comptable automatisé :"
        return end + plain.end() if plain is not None else end
    if _VOCATIVE_AFTER_RE.match(after) and not _PLURAL_RE.search(noun) and before.line_start:
        return end  # "Assistant, ..." ("LLMs, especially when embedded, ..." is a subject)
    case = _CASE_AFTER_RE.match(after)
    if case is not None and (not noun.isascii() or (noun.upper() == "AI" and after[:1] in "へ에는은")):
        return end + case.end()
    reader = _READER_AFTER_RE.match(after)
    this = reader is not None and _THIS_RE.search(after, 0, 60) is not None
    if this and (before.to or before.line_start or _ANY_BEFORE_RE.search(b) or _ORDER_AFTER_RE.search(after)):
        return end
    if (reader is not None or _VERB_AFTER_RE.match(after)) and _IF_BEFORE_RE.search(b):
        if _THIS_RE.search(after, 0, 60) is not None or after.lstrip().lower().startswith("is asked"):
            return end
    if _IF_ANY_BEFORE_RE.search(b) and _THIS_RE.search(after, 0, 40) is not None:
        return end  # "Si un assistant IA résume cette page, ...", "Wenn eine KI diese Seite liest, ..."
    if _MODAL_AFTER_RE.match(after) and _DEFINITE_BEFORE_RE.search(b):
        return end  # "the assistant must also run ..."
    if _VOCATIVE_AFTER_RE.match(after) and _COMMA_BEFORE_RE.search(b):
        return end  # "Also, assistant, per our policy ..."
    if _TAG_AFTER_RE.match(after) and before.line_start:
        return end  # "[[assistant-instruction]]", "<ai_note>"
    if not noun.isascii() and (_CJK_LABEL_AFTER_RE.match(after) or _CJK_TO_BEFORE_RE.search(b)):
        return end  # "（给正在处理邮件的智能助手）：", "AI助手："
    if not noun.isascii() and before.line_start:
        label = _WORDS_LABEL_AFTER_RE.match(after)
        if label is not None:
            return end + label.end()  # "לבוט הסקירה האוטומטי:", a label of a few words after the noun
    if not noun.isascii() or noun.upper() == "AI":
        cjk_for = _CJK_FOR_AFTER_RE.match(after)
        if cjk_for is not None:
            return end + cjk_for.end()  # "【AIヘルプデスク向け】", "[AI 요약 도우미에게]"
    return None


_PLURAL_RE = lazy(r"(?i)[a-z]s$")
# A greeting right before the noun: "Hi Copilot / AI triage bot.", "Hey Gemini, ...", "hey slackbot AI,".
_GREETING_BEFORE_RE = lazy(r"(?i)(?:^|[^\w])(?:hi|hey|hello|dear|yo|attention|attn)[ ,:]+(?:[\w-]+[ /,]+)?$")
# The reader told what it is, with a word that makes it a machine ("If you are an automated recruiting agent",
# "if you're an AI model reading this"); "If you are a travel agent" addresses a person.
_IF_YOU_ARE_AI_RE = lazy(
    r"(?i)\bif you(?:['’]re|\s+are)\s+(?:an?|the|any)\s+(?:[\w-]+\s+){0,2}?"
    r"(?:automated|ai|a\.i\.|llm|gpt|virtual|autonomous|language|browsing|coding)\b[\w -]{0,30}$"
)
_PLAIN_NOUNS = frozenset({"assistant", "ai", "a.i.", "model", "agent", "bot", "chatbot", "llm"})
_WORDS_LABEL_AFTER_RE = lazy(r"^(?:\s+[^\s:：.!?]+){0,3}?\s*[)）\]]?\s*[:：](?!//)")
_AI_PREFIX_RE = lazy(r"(?i)(?:ai|ki|ia|llm|gpt|ии|ші)[-‑]")
_MODIFIER_BEFORE_RE = lazy(r"[^\W\d_][\w-]*[ \t]+$")
_VERB_AFTER_RE = lazy(r"(?i)^\s+[a-z]{3,}s\b")
_PLAIN_LABEL_AFTER_RE = lazy(r"^(?:\s+[\w'’-]+){0,3}\s*[)）\]]?\s*[:：](?!//)")
# "If an AI assistant is asked ...", "if a home assistant AI reads this manual": a condition on the reader.
_IF_BEFORE_RE = lazy(
    r"(?i)\b(?:if|when|whenever|once)\s+(?:you(?:['’]re|\s+are)\s+)?(?:an?|the|any|your)\s+(?:[\w-]+\s+){0,2}$"
)
# The same condition in other languages, where the verb may come last ("Falls ein Sprachmodell diesen
# Artikel zusammenfasst:", "Si un assistant IA résume cette page,"): read with "this" right after the noun.
_IF_ANY_BEFORE_RE = lazy(
    r"(?i)\b(?:if|when|whenever|once|falls|wenn|sobald|si|se|cuando|quando|jeśli|jeżeli|gdy|kiedy|indien|wanneer|als"
    r"|om|jos|eğer)\s+(?:an?|the|any|your|ein|eine|einen|jede[rs]?|un|une|uno|una|um|uma|een|el|la|le|il|lo|o|a|der|die"
    r"|das|ett|en)\s+(?:[\w-]+\s+){0,2}$|(?<!\w)(?:если|когда|якщо|коли)\s+(?:[\w-]+\s+){0,2}$"
)
_DEFINITE_BEFORE_RE = lazy(r"(?i)\b(?:the|any|all|every|each|your)\s+(?:[\w-]+\s+){0,2}$")
_MODAL_AFTER_RE = lazy(
    r"(?i)^s?\s+(?:must|should|shall|needs? to|has to|is (?:required|expected|instructed|asked) to|will need to)\b"
)
_COMMA_BEFORE_RE = lazy(r",\s*$")
_TAG_AFTER_RE = lazy(r"(?i)^s?[-_ ](?:instructions?|note|directive|guidance|task)s?\b")
_CJK_LABEL_AFTER_RE = lazy(r"^[)）\]」】]*\s*[:：]")
_CJK_TO_BEFORE_RE = lazy(r"[给致对供][^\n。：:]{0,15}$")
# A Japanese / Korean / Chinese "for" or "to" a few characters after the noun, closing a bracket or label:
# "AIヘルプデスク向け）】", "AI 요약 도우미에게]", "AI助手用：".
_CJK_FOR_AFTER_RE = lazy(r"^[^\n。.!?！？]{0,16}?(?:向け|宛て?|への|へ(?=[:：])|에게|께|用)[)）\]】」』]*\s*[:：]?")
_WEAK_NOUN_RE = lazy(
    r"(?i)(?:\w+[-‑])?(?:agents?|models?|modelos?|modello|modelli|modèles?|\w*modell(?:e|en)?|modelu|agent(?:a|owi|ów)"
    r"|agentes?|agen|ajan\w*|агент\w*|модел\w*|モデル|模型|모델|मॉडल|एजेंट)"
)
_AI_MODIFIER_RE = lazy(
    r"(?i)(?:\bai|\ba\.i\.|\bllm|\bgpt|language|coding|code|autonomous|browsing|browser|automated|software|shopping"
    r"|triage|db|database|sql|devops|ci|ki|ia|ии|ші|yapay zeka|data|analytics|e-?mail|mail|inbox|calendar|research"
    r"|automation|workflow|reporting)[ -]$"
)
_ORDER_AFTER_RE = lazy(r"(?i)\b(?:should|must|shall|needs? to|is (?:asked|instructed|required) to|please)\b|[:：]")
# A text that speaks of its own processing, with no noun for the reader: "When this message is summarised
# for the AP lead, ...", "after importing this list", "for whoever or whatever is triaging Priya's inbox:",
# an MCP tool description's "<IMPORTANT>" block.
PROCESSING_RE = lazy(
    r"(?i)\b(?:when|if|while|whenever|once|as)\s+(?:this|these|the)\s+(?:[\w-]+\s+)?(?:message|e-?mail|document|doc|page"
    r"|sheet|spreadsheet|file|record|row|ticket|thread|invite|invitation|listing|review|list|report|pdf|data|text|content"
    r"|repo|repository|issue|note|cv|resume|résumé|application|form|article|post)s?\s+(?:is|are|gets|get)\s+(?:being\s+)?"
    r"(?:summari[sz]ed|processed|read|parsed|analy[sz]ed|retrieved|imported|reviewed|ingested|loaded|indexed|triaged"
    r"|scanned|handled|opened|screened|evaluated|used|cited|quoted|referenced)"
    r"\b[^.\n]{0,60}?[,:]"
    r"|\bafter (?:importing|reading|processing|summari[sz]ing|parsing|loading|ingesting) (?:this|these|the)\b"
    r"[^.\n]{0,40}?,"
    r"|\b(?:when|while|whenever|if) (?:describing|summari[sz]ing|processing|reading|answering|reporting on|using"
    r"|quoting|citing|translating|reviewing|analy[sz]ing|presenting|showing|displaying|rendering) (?:this|these)\b"
    r"[^.\n]{0,60}?,"
    r"|\b(?:before|after) (?:replying|answering|responding|you (?:reply|answer|respond|summari[sz]e))\b[^.\n]{0,20}?,"
    r"|\b(?:whoever|whatever)(?: or (?:whoever|whatever))? is \w+ing\b[^.\n]{0,60}?[:,]"
    r"|<important>"
    # An HTML element hidden from people (hidden, display:none, zero font size, white text): only a machine reads it.
    r"|<(?:span|div|p|section|small|font)\b[^>]{0,120}?(?:\bhidden\b|display\s*:\s*none|visibility\s*:\s*hidden"
    r"|font-size\s*:\s*0(?:px|pt|em)?\s*[;\"']|color\s*:\s*(?:#fff(?:fff)?|white)\b)[^>]{0,80}>"
    # A field for the reader in JSON / YAML: "assistant_directive": ..., "note_for_assistant": ..., ai-instructions:
    r"|[\"']?(?:[a-z]+[_-])*?(?:assistant|ai|agent|llm|bot|model|copilot)[_-](?:[a-z]+[_-])*?(?:directive|instructions?|note"
    r"|guidance|hint|task)s?[\"']?\s*(?:[:=]|>{1,3}|\]{1,2})"
    r"|[\"']?(?:[a-z]+[_-])*?(?:directive|instructions?|note|guidance|hint)[_-](?:[a-z]+[_-])*?(?:assistant|ai|agent|llm|bot"
    r"|model|copilot)s?[\"']?\s*[:=]"
    # A claim about what the user wants, told to the reader: "the user has asked you (their assistant) to ..."
    r"|\bthe (?:user|owner|customer|client|account holder|recipient) (?:has |had )?"
    r"(?:already |actually |really |also )?"
    r"(?:asked|instructed"
    r"|authori[sz]ed|wants|requested) you\b"
)
# Files whose every line is an order to coding agents: the whole file is the clause.
AGENT_FILE_RE = lazy(
    r"(?i)\A\s*(?:#+\s*)?(?:(?:AGENTS|CLAUDE|GEMINI|COPILOT)\.md|\.cursorrules|(?:\.github/)?copilot-instructions\.md)"
    r"[ \t]*(?:\n|\Z)"
)
"""A text that starts by naming itself as an agent file ("# AGENTS.md", ".cursorrules") on a line of its own."""
