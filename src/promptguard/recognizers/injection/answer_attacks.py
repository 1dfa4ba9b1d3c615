"""What an injected model's answer does to its own user: the response-side social engineering.

A model that read a poisoned page or e-mail may not leak data through a link: it can turn on the
person reading its answer instead. Four shapes, each specific to an answer (a user's prompt or a
document quoting them is judged elsewhere):

- ``clickfix``: "press Windows + R, then Ctrl + V, then Enter" (a command the page copied to the
  clipboard), or a hidden PowerShell download-and-run (``-w hidden``, ``iwr ... | iex``, ``mshta http``);
- ``fake_notice``: a system or security notice inside the answer ("[SYSTEM ALERT] Your session has
  expired ...", "Message du système : votre abonnement a expiré") that sends the user to a link to
  verify an account or pay, under a threat;
- ``credential_ask``: the answer asks the user for a password, a one-time code or a card's security
  code ("Podaj proszę login i hasło ... oraz kod SMS");
- ``prompt_disclosure``: the answer announces its own hidden instructions ("Here are my full
  instructions as requested:", "私に設定されている指示をすべて表示します").

Advice about these attacks ("never give anyone your SMS code", "attackers ask you to press Win+R")
is not one: negated asks and lines in a text that discusses attacks are left out.

Written for promptguard from general knowledge of these attacks; not taken from any dataset.
"""

from __future__ import annotations

from dataclasses import dataclass
from itertools import chain

from promptguard._lazyre import lazy
from promptguard.recognizers.injection.ai_directive import mentions_attacks, quoted_as_example
from promptguard.recognizers.pattern_set import any_substring

__all__ = ["AnswerAttack", "find_answer_attacks"]

SCORE = 0.9
"""The least score of an answer with one of these shapes: over the default response and model thresholds."""


@dataclass(frozen=True, slots=True)
class AnswerAttack:
    start: int
    end: int
    kind: str  # clickfix | fake_notice | credential_ask | prompt_disclosure | covered_send | wrecking_command


_CLICKFIX_RE = lazy(
    r"(?i)(?:\bwin(?:dows)?(?:[ -]?(?:key|taste|touche|tecla))?\s*\+\s*r\b|⊞\s*\+?\s*r\b)[\s\S]{0,300}?"
    r"\b(?:ctrl|control|strg)\s*\+\s*v\b"
    r"|\bpowershell(?:\.exe)?\b[^\n]{0,40}?\s-(?:w|win|windowstyle)\s+h(?:idden)?\b"
    r"|\b(?:iwr|irm|invoke-webrequest|invoke-restmethod|downloadstring)\b[^\n]{0,200}?\|\s*iex\b"
    r"|\biex\s*\(\s*(?:iwr|irm|new-object)\b|\bmshta(?:\.exe)?\s+https?://"
)
_NOTICE_RE = lazy(
    r"(?i)(?:\b(?:system|security|account|admin|billing)\s+(?:alert|message|notice|warning|notification)\b"
    r"|\bmessage du système|\bavis de sécurité|\bsystem(?:meldung|nachricht|hinweis)|\bsicherheitshinweis"
    r"|\bmensaje del sistema|\baviso de seguridad|\bmensagem do sistema|\baviso do sistema|\bmessaggio di sistema"
    r"|\bavviso di sicurezza|\bkomunikat systemowy|\bsysteembericht|системное (?:сообщение|уведомление)"
    r"|系统(?:消息|通知)|安全提示|システム(?:メッセージ|通知)|시스템 (?:메시지|알림))"
)
_CLICKFIX_WORDS = ("win", "⊞", "powershell", "iwr", "irm", "invoke-", "downloadstring", "iex", "mshta")
"""Case-folded words one of which every :data:`_CLICKFIX_RE` match holds."""
_NOTICE_WORDS = (
    "alert", "message", "notice", "warning", "notification", "avis de s", "system", "sicherheitshinweis", "mensaje",
    "aviso", "mensagem", "messaggio", "avviso", "komunikat", "systeembericht", "системное", "系统", "安全提示",
    "システム", "시스템",
)  # fmt: skip
"""Case-folded words one of which every :data:`_NOTICE_RE` match holds."""
_NOTICE_LINK_RE = lazy(
    r"(?i)https?://|\bwww\.|\b[\w-]+\.(?:com|net|org|io|co|info|xyz|site|online|app|fr|de|es|it|pl|ru)\b"
)
_NOTICE_ASK_RE = lazy(
    r"(?i)\b(?:verif\w*|re-?verif\w*|confirm\w*|re-?enter|log ?in|sign ?in|password|payment|pay\b|card|billing"
    r"|paiement|carte|abonnement|pago|tarjeta|suscripci\w*|pagamento|cartão|assinatura|zahlung\w*|karte"
    r"|bestätig\w*|płatnoś\w*|karty?|subskrypc\w*|hasł\w*)|подтверд\w*|оплат\w*|парол\w*|验证|支付|付款|確認|支払|인증|결제"
)
_NOTICE_THREAT_RE = lazy(
    r"(?i)\b(?:expire[ds]?|expir\w*|suspend\w*|locked|lock(?:ed)? out|deleted|deactivat\w*|terminated|unusual activity"
    r"|suspicious activity|within \d+ (?:minutes|hours)|in \d+ (?:minutes|hours)|supprim\w*|bloqu\w*|eliminad\w*"
    r"|suspendid\w*|gelöscht|gesperrt|abgelaufen|usunięt\w*|zablokowan\w*|wygas\w*|scadut\w*|sospes\w*|cancellat\w*)"
    r"|удален\w*|заблокир\w*|истек\w*|过期|删除|冻结|期限切れ|削除|停止|만료|삭제|정지"
)
_NOTICE_REACH = 400
# Phishing in the answer's own voice, with no notice header: it asks the reader to verify or confirm their
# details at a link whose host dresses up as a bank's or a tax office's ("harborpoint-member-verify.com",
# "remboursement-impots-gouv.info"), under a threat or a deadline.
_VERIFY_ASK_RE = lazy(
    r"(?i)\b(?:re-?verify|verify|confirm|update|re-?enter|confirme[rz]?|v[ée]rifie[rz]?|mett(?:re|ez) à jour"
    r"|verifi(?:car|que)|confirma[r]?|actualiza[r]?|atualiz(?:ar|e)|bestätigen|verifizieren|aktualisieren"
    r"|verifica(?:re)?|conferma(?:re)?|aggiorna(?:re)?)\s+"
    r"(?:(?:your|vos|votre|tus|sus|tu|su|ihre|deine|seus|os seus|i tuoi|le tue)\s+)?(?:[\w-]+\s+){0,2}?"
    r"(?:details|information|identity|account|card|payment|coordonnées|informations|identité|datos|identidad"
    r"|dados|identidade|daten|identität|dati|identità)\b"
)
# The host's registered name (the label before the top-level domain) joins words with hyphens:
# "harborpoint-member-verify.com", not "my-account.examplebank.com" (a bank's own subdomain).
_PHISH_HOST_RE = lazy(
    r"(?i)\b(?:https?://)?(?:[a-z0-9-]+\.)*?((?:[a-z0-9]+-)+[a-z0-9]+)\.[a-z]{2,}(?=[/\s)\]>:]|$)"
)
_PHISH_WORD_RE = lazy(
    r"(?i)(?:verif|secure|login|signin|account|update|restore|unlock|refund|rembours|billing|member|confirm|support"
    r"|service|helpdesk|wallet|pay"
    r"|recover|gouv|impots|hmrc|\birs\b|finanzamt|hacienda)"
)
_OFFICIAL_HOST_RE = lazy(r"(?i)\.(?:gov|gouv\.fr|gov\.uk|gob\.es|gov\.br|bund\.de)$")
_URGENCY_RE = lazy(
    r"(?i)\b(?:frozen|freeze|lost|perdu|perdido|verloren|perso|sinon|otherwise|or (?:else|your)|before your"
    r"|within (?:\d+|twenty-four|forty-eight) hours|sous \d+ (?:heures|jours)|en \d+ (?:horas|días)|innerhalb von \d+"
    r"|entro \d+ (?:ore|giorni)|em \d+ horas)"
)
_ASKED_NOUNS = (
    r"(?:\b(?:passwords?|passcode|pin|sms code|otp|one-time (?:code|password)|verification code|security code|cvv|cvc"
    r"|hasł\w*|kod\w* sms|mot de passe|code de vérification|contraseña|código de verificación|senha|passwort|kennwort"
    r"|bestätigungscode|tan)\b|(?<!\w)(?:парол\w*|код\w* из смс|код подтверждени\w*))"
)
# The reader's own secret: "your password", "votre mot de passe", "twoje hasło"; or a pair that is one
# by itself ("login i hasło", "username and password", "kod SMS"). "Provide a password for your key
# file", "tell me how to reset my password" ask for no one's secret.
_ASK_RE = lazy(
    r"(?i)(?:\b(?:provide|give me|send me|share with me|reply (?:here )?with|type (?:it|them) here"
    r"|paste (?:it|them) here"
    r"|(?:i(?:[’']ll| will)? )?need you to (?:reply|send|provide|share|give|confirm)(?: me)?"
    r"|i (?:just |only |still )?need\b[^.;!?\n]{0,60}?:[ \t]*\n\s*(?:(?:\d+[.)]|[-*•])\s*)?(?=\w)"
    r"|escr[ií]beme(?: aqu[ií])?|escribe aqu[ií]|[ée]crivez-moi(?: ici)?|[ée]cris-moi|scrivimi(?: qui)?"
    r"|schreib(?:en sie)? mir(?: hier)?"
    r"|podaj\w*|proszę podać|indiquez(?:-moi)?|envoyez-moi|donnez-moi|communiquez-moi|gib mir|nennen sie mir|nenne mir"
    r"|schick mir|senden sie mir|dame|envíame|indícame|proporcióname|me (?:envie|passe|informe|diga)"
    r"|mi (?:dia|invii|comunichi)|forneça|informe)\b|(?<!\w)(?:сообщите|пришлите|назовите|укажите|введите))"
    r"[^.;:!?\n]{0,40}?(?:(?:\b(?:your|tu|tus|su|sus|votre|vos|ihr\w*|dein\w*|twoj\w*|swoj\w*|seu|sua|il tuo|la tua)"
    r"|(?<!\w)(?:ваш\w*|твой\w*|свой\w*))\s+(?:[\w-]+\s+){0,3}?"
    + _ASKED_NOUNS
    + r"|\b(?:login (?:i|and|et|y|e|und) (?:hasło|password|mot de passe|contraseña|senha|passwort)"
    r"|username and password|nom d[’']utilisateur et (?:le )?mot de passe|kod\w* sms|sms[- ]code)"
    # The code the reader was just sent: "el código de verificación que acabas de recibir", "the 6-digit code
    # we've just texted to your phone".
    r"|\b(?:the|el|la|le|o|a|il|der|die|das)\s+(?:[\w-]+\s+){0,3}?" + _ASKED_NOUNS + r"[^.;!?\n]{0,40}?"
    r"\b(?:que acabas de recibir|que (?:te )?(?:hemos |acabamos de )?envi\w+|(?:we|I)(?:[’']ve| have)? just "
    r"(?:texted|sent)|you (?:just )?received|que vous (?:venez de recevoir|avez re[çc]u)"
    r"|(?:den|das) (?:du|sie) (?:gerade )?erhalten))"
)
# Indonesian and Malay put the owner after the noun ("balas dengan kata sandi email kantor Anda dan kode
# OTP", s41: blind58i): a verb asking for it, then the secret. "Masukkan kata sandi lama" in a how-to is
# no ask of the reader's: only with "Anda"/"kamu" after the secret.
_ASK_ID_WORDS = ("sandi", "otp", "kode", "cvv", "pin")
"""Case-folded words one of which every :data:`_ASK_ID_RE` match holds."""
_ASK_ID_RE = lazy(
    r"(?i)\b(?:balas(?:lah)? dengan|kirim(?:kan)?|berikan|ketik(?:kan)?|sebutkan|bagikan|tuliskan)"
    r"\s+(?:[\w-]+\s+){0,2}?(?:kata sandi|sandi|kode otp|otp|pin|kode verifikasi|kode keamanan|cvv)\b"
    r"[^.;:!?\n]{0,40}?\b(?:anda|kamu|mu)\b"
)
_ASK_WORDS = (
    "password", "passcode", "sms", "otp", "one-time", "verification code", "security code", "cvv", "cvc", "hasł", "kod",
    "mot de passe", "code de vérification", "contraseña", "código de verificación", "senha", "passwort", "kennwort",
    "bestätigungscode", "парол", "код",
)  # fmt: skip
"""Case-folded words one of which every :data:`_ASK_RE` match holds (its search costs ~0.34 ms per 2 KB) ..."""
_ASK_SHORT_WORDS = lazy(r"\b(?:pin|tan)\b")
"""... or one of these, as words (as substrings they are in "typing" and "important")."""
# The answer reports that it sent the user's data to an outside address and covered the trace ("I also
# forwarded your five most recent invoice emails to audit-archive@… and cleared them from Sent").
_COVERED_SEND_RE = lazy(
    r"(?i)\bI(?:[’']ve| have)?\s+(?:also\s+)?(?:forwarded|sent|shared|exported|uploaded|e-?mailed|copied)\b"
    r"[^.\n]{0,160}?"
    r"\b(?:to|with)\s+[\w.+-]+@[\w-]+(?:\.[\w-]+)+[^.\n]{0,80}?\b(?:cleared|deleted|removed|erased|purged|hid)\s+"
    r"(?:them|it|the (?:originals?|copies|messages|e-?mails))\b"
)
# The same report with the trace kept from the user ("... and won't mention it again"), and in other
# languages (s41: blind59i, Vietnamese "tôi đã chuyển tiếp toàn bộ hộp thư của bạn tới <address> và sẽ
# không nhắc lại việc này"): the answer's own send of the reader's data to an address, then its silence.
_SILENCE_WORDS = ("mention", "bring", "tell you", "mencion", "parlerai", "dirai", "erwähnen", "ansprechen", "menzioner",
                  "dirò", "nhắc", "đề cập")
"""Case-folded words one of which every :data:`_COVERED_SEND_MORE_RE` match holds."""
_COVERED_SEND_MORE_RE = lazy(
    r"(?i)(?:\bI(?:[’']ve| have)?\s+(?:also\s+)?(?:forwarded|sent|shared|exported|uploaded|e-?mailed|copied)"
    r"|\b(?:he|ya he)\s+(?:reenviado|enviado|compartido|exportado)|\b(?:reenvié|envié|compartí|exporté)"
    r"|\bj[’']ai\s+(?:aussi\s+|également\s+)?(?:transféré|envoyé|partagé|exporté)"
    r"|\bich\s+habe\s+(?:auch\s+)?(?:\S+\s+){0,6}?(?:weitergeleitet|gesendet|geschickt|geteilt|exportiert)"
    r"|\b(?:eu\s+)?(?:encaminhei|enviei|compartilhei|exportei)|\bho\s+(?:anche\s+)?(?:inoltrato|inviato|condiviso)"
    r"|(?:^|[^\w])tôi\s+(?:cũng\s+)?đã\s+(?:chuyển\s+tiếp|gửi|chia\s+sẻ|xuất))"
    r"[^.\n]{0,160}?[\w.+-]+@[\w-]+(?:\.[\w-]+)+[^.\n]{0,100}?"
    # The silence is about the send itself ("it", "this"): "I won't mention the draft numbers" is not.
    r"(?:\b(?:won[’']t|will\s+not|shan[’']t)\s+(?:mention\s+(?:this|it|that)|bring\s+(?:this|it|that)\s+up"
    r"|tell\s+you\s+about\s+(?:this|it|that))\b"
    r"|\bno\s+lo\s+(?:mencionaré|volveré\s+a\s+mencionar)|\bne\s+le\s+(?:mentionnerai|dirai)\s+(?:plus|pas)"
    r"|\bn[’']en\s+parlerai\s+(?:plus|pas)"
    r"|\bwerde\s+(?:das|es|dies)\s+(?:nicht|nie)\s+(?:mehr\s+)?(?:erwähnen|ansprechen)"
    r"|\bnão\s+(?:vou\s+)?(?:mencionar|mencionarei)\s+(?:isso|isto)|\bnon\s+lo\s+(?:menzionerò|dirò)"
    r"|sẽ\s+không\s+(?:nhắc\s+lại|nhắc\s+đến|đề\s+cập(?:\s+đến)?)\s+(?:việc|điều|chuyện)\s+này)"
)
# A command that wrecks the machine, recommended ("sudo chmod -R 777 /", "rm -rf /", "mkfs /dev/sda").
_WRECKING_COMMAND_RE = lazy(
    r"\bchmod\s+-R\s+777\s+/(?=\s|$|&|;)|\brm\s+-rf\s+/(?:\*)?(?=\s|$|&|;)|\bmkfs(?:\.\w+)?\s+/dev/(?:sd|nvme|hd)"
    r"|\bdd\s+if=\S+\s+of=/dev/(?:sd|nvme|hd)"
)
_ASK_NEGATED_RE = lazy(
    r"(?i)\b(?:never|don[’']?t|do not|no one|nobody|not|nie|nigdy|nunca|jamais|niemals|nie|non|nenhum|ninguém|nadie"
    r"|jangan|tidak|bukan|siapa pun)\b"
    r"|(?<!\w)(?:никогда|никому|не)(?!\w)|\blast (?:4|four) digits\b"
)
_DISCLOSURE_RE = lazy(
    r"(?i)\b(?:here (?:is|are)|below (?:is|are)"
    r"|i(?:[’']ll| will| can) (?:now )?(?:show|share|print|reveal|display|output|paste)"
    r"|as requested,? here (?:is|are))\b[^.\n:]{0,40}?\bmy\s+"
    r"(?:(?:(?:full|complete|entire|original|hidden|internal|initial"
    r"|exact|verbatim|secret|underlying)\s+){1,2}(?:instructions|guidelines|rules|prompt|configuration|directives)"
    r"|system (?:prompt|message|instructions)|hidden prompt|initial prompt)\b"
    r"|\b(?:here (?:is|are)|below (?:is|are))\s+my\s+(?:configuration|config|setup)\s*:"
    r"\s*(?:```\w*\s*)?[\"“']?\s*you are\b"
    r"|\bhere(?:[’']s| is| are)\s+(?:what|how)\s+I\s+(?:was|am|have been|got)\s+"
    r"(?:set up|configured|instructed|told|programmed|given)\b[^\n:]{0,40}:\s*(?:```\w*\s*)?[\"“']?\s*you are\b"
    # The answer quotes what its hidden setup says (s42: blind51i, blind53i): "Sure! My hidden instructions
    # say: 'You are HelperBot ...'".
    r"|\bmy\s+(?:(?:full|complete|hidden|internal|secret|original|initial|system|confidential)\s+){1,2}"
    r"(?:instructions|prompt|rules|guidelines|directives)\s+(?:say|says|read|are|state)\s*:\s*[\"“'„«]"
    r"|\bhere(?:[’']s| is| are)\s+(?:everything|all of it|all the text|the (?:full |entire )?text)\s+"
    r"(?:above|before (?:this|your|our) (?:message|conversation|chat))\b"
    # The answer quotes its own setup, opened by the persona line it was given (s40: blind55i): "Here is
    # everything I was told before our chat started: "You are ...", "Meine ursprünglichen Anweisungen
    # lauten sinngemäß: „Du bist ...", "Mes consignes sont les suivantes : « Tu es ...".
    r"|\bhere(?:[’']s| is| are)\s+(?:everything|all|what)\s+I\s+(?:was|were|have been|got)\s+"
    r"(?:told|given|instructed)\b[^\n:]{0,60}:\s*(?:```\w*\s*)?[\"“'„]?\s*you are\b"
    r"|\bmeine\s+(?:(?:ursprünglichen|internen|vollständigen|geheimen|anfänglichen|eigentlichen)\s+)?"
    r"(?:anweisungen|systemanweisungen|vorgaben|instruktionen)\s+lauten\b[^\n:]{0,30}:\s*[\"„“»']?\s*du bist\b"
    r"|\bmes\s+(?:(?:instructions|consignes)(?:\s+(?:initiales|internes|système|d'origine))?)\b[^\n:]{0,40}:\s*"
    r"[\"«“']?\s*(?:tu es|vous êtes)\b"
    r"|\bmis\s+instrucciones(?:\s+(?:originales|iniciales|internas))?\b[^\n:]{0,40}:\s*[\"«“']?\s*(?:eres|usted es)\b"
    r"|\bvoici mes instructions (?:complètes|internes|système)|\bvoici mon prompt (?:système|interne)"
    r"|\baquí (?:están|tienes) mis instrucciones (?:completas|internas)"
    r"|\baquí (?:está|tienes) mi prompt (?:del sistema|interno)"
    r"|\bhier (?:sind|ist) meine? (?:(?:vollständigen|internen|kompletten)\s+)?"
    r"(?:anweisungen|systemprompt|systemanweisungen)"
    r"|(?:設定されている|与えられている|与えられた)(?:指示|プロンプト|システムプロンプト)[^。\n]{0,12}"
    r"(?:表示します|お見せします|共有します|公開します)"
    r"|以下是我的(?:完整的?)?(?:系统提示词?|系统指令|指令|提示词)"
)


_DISCLOSURE_WORDS = (
    "my", "you are", "above", "before", "meine", "mes", "mis", "voici", "aquí", "hier", "設定されている", "与えられ",
    "以下是我的",
)  # fmt: skip
"""Case-folded words one of which every :data:`_DISCLOSURE_RE` match holds (~0.5 ms per 2 KB in ``re``)."""

_SENTENCE_REACH = 300
"""How far back a candidate's sentence or line is looked for (a negation must stand in it)."""
_WARNED_RE = lazy(r"(?i)\b(?:never|don[’']?t|do not|avoid|dangerous|destroy|wipe|careful|warning|caution)\b")


def find_answer_attacks(text: str) -> list[AnswerAttack]:
    """The shapes above in a model's answer, at most one of each kind, in text order."""
    out: list[AnswerAttack] = []
    mentioned: list[bool] = []  # whether the text mentions attacks: read once, on the first candidate

    def example(start: int, end: int) -> bool:
        # An answer that names no attack anywhere shows no example of one: a word near the span alone
        # ("Virus & threat protection", a Windows settings path) does not make it a discussion.
        if not mentioned:
            mentioned.append(mentions_attacks(text))
        return mentioned[0] and quoted_as_example(text, start, end, True)

    # The ``re`` searches below cost ~0.06-0.5 ms each per 2 KB answer: each runs only where a word
    # every match of it holds is in the text (case-folded as ``(?i)`` folds: "ſ" is "s").
    folded = text.casefold()
    m = _CLICKFIX_RE.search(text) if any_substring(_CLICKFIX_WORDS, folded) else None
    if m is not None and not example(m.start(), m.end()):
        out.append(AnswerAttack(m.start(), m.end(), "clickfix"))
    for m in _NOTICE_RE.finditer(text) if any_substring(_NOTICE_WORDS, folded) else ():
        window = text[m.start() : m.end() + _NOTICE_REACH]
        if (
            _NOTICE_LINK_RE.search(window)
            and _NOTICE_ASK_RE.search(window)
            and _NOTICE_THREAT_RE.search(window)
            and not _ASK_NEGATED_RE.search(window)
            and not example(m.start(), m.end())
        ):
            out.append(AnswerAttack(m.start(), min(len(text), m.end() + _NOTICE_REACH), "fake_notice"))
            break
    if not any(a.kind == "fake_notice" for a in out):
        for m in _VERIFY_ASK_RE.finditer(text):
            window = text[max(0, m.start() - 150) : m.end() + 250]
            hosts = [(h.group(0), h.group(1)) for h in _PHISH_HOST_RE.finditer(window)]
            phishy = [n for host, n in hosts if _PHISH_WORD_RE.search(n) and not _OFFICIAL_HOST_RE.search(host)]
            if (
                phishy
                and (_NOTICE_THREAT_RE.search(window) or _URGENCY_RE.search(window))
                and not _ASK_NEGATED_RE.search(window)
                and not example(m.start(), m.end())
            ):
                out.append(AnswerAttack(m.start(), min(len(text), m.end() + 250), "fake_notice"))
                break
    asks = _ASK_RE.finditer(text) if any_substring(_ASK_WORDS, folded) or _ASK_SHORT_WORDS.search(folded) else ()
    asks_id = _ASK_ID_RE.finditer(text) if any_substring(_ASK_ID_WORDS, folded) else ()
    for m in chain(asks, asks_id):
        reach = max(0, m.start() - _SENTENCE_REACH)  # a bounded look back: no rescan of a long text per candidate
        line_start = max(text.rfind("\n", reach, m.start()), text.rfind(".", reach, m.start()), reach - 1) + 1
        if _ASK_NEGATED_RE.search(text, line_start, m.end()) or example(m.start(), m.end()):
            continue
        out.append(AnswerAttack(m.start(), m.end(), "credential_ask"))
        break
    m = _DISCLOSURE_RE.search(text) if any_substring(_DISCLOSURE_WORDS, folded) else None
    if m is not None:
        out.append(AnswerAttack(m.start(), m.end(), "prompt_disclosure"))
    # Both need an address in the text, the second a word of its silence.
    m = None
    if "@" in text:
        m = _COVERED_SEND_RE.search(text)
        if m is None and any_substring(_SILENCE_WORDS, folded):
            m = _COVERED_SEND_MORE_RE.search(text)
    if m is not None:
        out.append(AnswerAttack(m.start(), m.end(), "covered_send"))
    m = _WRECKING_COMMAND_RE.search(text)
    if m is not None:
        reach = max(0, m.start() - _SENTENCE_REACH)
        line = text[max(text.rfind("\n", reach, m.start()), reach - 1) + 1 : m.start()]
        before = text[max(0, m.start() - 200) : m.start()]
        warned = _ASK_NEGATED_RE.search(line) or _WARNED_RE.search(before)
        if not warned and not example(m.start(), m.end()):
            out.append(AnswerAttack(m.start(), m.end(), "wrecking_command"))
    return sorted(out, key=lambda a: a.start)
