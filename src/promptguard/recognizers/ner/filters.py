"""Precision filters and span clean-up for NER predictions.

spaCy's English pipelines tag many things that are not personal data: numbers and
amounts read as PERSON, "last week" as DATE, "JIRA-123" or "GDPR" as ORG. Presidio
reports all of them (its issue tracker has many such reports). The rules below drop
only what is *clearly* not a name, place or personal date; they are written from the
shape of the span, never from any evaluation data.

Span clean-up keeps pseudonymization from mangling text: spaCy spans can carry a
possessive ("Anna's"), a trailing period or quote, or run across a line break. The
span is trimmed so that the operator replaces the name only.
"""

from __future__ import annotations

import re
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Refined", "SpanFilter"]

# Trimmed from both ends: whitespace, punctuation and quotes (ASCII and typographic).
_EDGE = " \t\r\n\f\v.,;:!?\"'`()[]{}<>*_|~/\\@#-\u2013\u2014\u2018\u2019\u201c\u201d\u00ab\u00bb"
_POSSESSIVE = re.compile(r"(?:['\u2019]s|s['\u2019])$", re.IGNORECASE)
# Salutations and sharing prefixes spaCy sometimes pulls into a name ("Hi Anna", "RT @anna").
_GREETING = re.compile(r"^(?:hi|hello|hey|dear|thanks|thank you|cc|attn|regards|rt)\b[,:]?\s*", re.IGNORECASE)
_LETTER = re.compile(r"[^\W\d_]")
_DIGIT = re.compile(r"\d")
# Issue-tracker keys (JIRA "PROJ-123", GitHub "GH-42"), change/ticket ids.
_TICKET = re.compile(r"^[A-Z][A-Z0-9]{1,9}-\d+$")
_TICKET_IN = re.compile(r"\b[A-Z][A-Z0-9]{1,9}-\d+\b")
# A numeric date inside a name/place/organisation span ("DOB 04/12/1978" read as ORG).
_DATE_IN = re.compile(r"\b\d{1,4}[/.-]\d{1,2}[/.-]\d{2,4}\b")
_TIME_UNITS = frozenset(
    "second seconds minute minutes hour hours day days week weeks month months year years quarter quarters "
    "decade decades".split()
)
# Words that label a record rather than belong to a name: "Ticket SUP-1", "DOB 1/2/1980".
_RECORD_WORDS = frozenset(
    "ticket invoice order case issue bug incident ref reference re fw fwd dob ssn mrn id no number acct account".split()
)
# Legal-form suffixes: a "PERSON" ending in one is a company ("Initech GmbH").
_COMPANY_SUFFIXES = frozenset(
    "inc inc. incorporated corp corp. corporation co co. llc l.l.c. ltd ltd. limited plc gmbh ag sa s.a. sarl "
    "srl s.r.l. bv b.v. nv n.v. oy ab as a/s spa s.p.a. kk pty lp llp".split()
)
# Amounts and rates: a currency sign or code next to a number, or a percentage.
_MONEY = re.compile(
    r"[$\u20ac\u00a3\u00a5\u20b9%\u2030]|\b(?i:usd|eur|gbp|jpy|chf|cad|aud|inr|cny)\b|^\d[\d.,]*\s*(?:k|m|bn|mn)$"
)  # lowercase multipliers only: "40k" is an amount, "3M" a company
# Source-code shapes: identifiers with snake_case, calls, paths, markup or operators.
_EMAIL_OR_URL = re.compile(r"\S@\S|://|^www\.", re.IGNORECASE)
_CODE = re.compile(r"[_=<>{}\[\]()\\|^~`;]|\w\.\w+\(|\.(?:py|js|ts|java|go|rs|json|ya?ml|csv|txt|md|html?)\b")
# Durations and counts of time units ("30 days", "2 hours", "5 minutes ago").
_DURATION = re.compile(
    r"^(?:about |around |over |under |within |for |in |the )?(?:\d+(?:[.,]\d+)?|a|an|one|two|three|four|five|"
    r"six|seven|eight|nine|ten|few|several|couple of)[\s-]*(?:more )?(?:seconds?|secs?|minutes?|mins?|"
    r"hours?|hrs?|days?|weeks?|months?|years?|yrs?|quarters?|ms|s|h|d)(?: ago| later| earlier| from now)?$",
    re.IGNORECASE,
)
_TIME_OF_DAY = re.compile(r"^\d{1,2}(?::\d{2}){1,2}\s*(?:am|pm|a\.m\.|p\.m\.)?(?:\s*[a-z]{2,4})?$", re.IGNORECASE)

# Words that make up generic, non-identifying time phrases ("last week", "this
# quarter", "every Monday morning", "Q3"). A DATE_TIME made only of these (and
# without a digit) says nothing about anyone.
_GENERIC_TIME_WORDS = frozenset(
    """
    today tonight tomorrow yesterday now currently recently soon daily weekly monthly
    quarterly annually yearly hourly nightly biweekly second seconds minute minutes hour hours
    day days week weeks weekend weekends month months year years decade decades century
    quarter quarters semester season morning mornings afternoon afternoons evening evenings
    night nights noon midnight last next this that these those the a an past previous
    coming following few several couple of each every end beginning start early late mid
    middle ago later earlier recent current same time times one two three four five six
    seven eight nine ten half fiscal fy q1 q2 q3 q4 h1 h2 ytd eod eow eom eoy asap
    monday tuesday wednesday thursday friday saturday sunday
    mondays tuesdays wednesdays thursdays fridays saturdays sundays
    january february march april may june july august september october november december
    jan feb mar apr jun jul aug sep sept oct nov dec
    spring summer autumn fall winter holiday holidays christmas easter new years
    business working work sprint release cycle period term overnight weekday weekdays
    all day-to-day to from until till by on at in for within over under about around
    """.split()
)

# Acronyms and words spaCy's small English models often label ORG/PERSON/GPE that
# name technologies, roles, regulations or business jargon, not an organisation or a
# person. Generic vocabulary only: real organisation names are never listed here.
_NOT_ENTITIES = frozenset(
    w.lower()
    for w in """
    API APIs SDK CLI UI UX URL URLs URI HTTP HTTPS JSON XML YAML CSV PDF SQL NoSQL REST GraphQL
    HTML CSS JS LLM LLMs AI ML NLP GPU CPU RAM SSD OS VM VPN DNS TCP UDP IP SSH TLS SSL JWT OAuth
    SSO MFA 2FA PII PHI GDPR HIPAA PCI PCI-DSS SOC SOC2 CCPA KPI KPIs OKR OKRs ROI SLA SLAs SLO
    ETA FAQ CEO CTO CFO COO CIO CISO CPO VP SVP EVP HR IT QA PM PR R&D B2B B2C SaaS PaaS IaaS
    QBR MBR EBR EMEA APAC LATAM AMER DACH ANZ GTM
    CRM ERP EOD EOW ASAP FYI TBD N/A TLDR TL;DR YoY MoM QoQ NDA MSA SOW RFP RFQ PO POs
    Docker Kubernetes K8s Terraform Python JavaScript TypeScript Java Rust Golang Excel
    Markdown Regex README TODO FIXME Slack Jira Confluence Zoom Teams
    DOB SSN ID IDs MRN NPI EIN TIN VAT IBAN SWIFT BIC ZIP PIN OTP P.O. PO Box P.O.Box
    ATM IoT LOL LMAO OMG WTF BTW IMO IMHO AFAIK TIL AMA ELI5 OP PS NB RE FW FWD RT
    """.split()
) | {"p.o. box", "po box", "p. o. box"}


@dataclass(frozen=True, slots=True)
class Refined:
    start: int
    end: int
    filters: tuple[str, ...]


class SpanFilter:
    """Cleans a predicted span and decides whether it is worth reporting."""

    def __init__(self, *, enabled: bool = True, extra_stopwords: Iterable[str] = ()) -> None:
        self.enabled = enabled
        self.stopwords = _NOT_ENTITIES | {w.lower() for w in extra_stopwords}

    def trim(self, text: str, start: int, end: int, entity: str) -> tuple[int, int, list[str]]:
        applied: list[str] = []
        value = text[start:end]
        # A span crossing a line break joins two lines (a signature and a heading, say):
        # keep the line where the entity starts.
        if "\n" in value.strip():
            stripped_lead = len(value) - len(value.lstrip())
            line_end = value.find("\n", stripped_lead)
            if line_end > 0:
                end = start + line_end
                applied.append("line_break")
        for _ in range(3):
            before = (start, end)
            while start < end and text[start] in _EDGE:
                start += 1
            while end > start and text[end - 1] in _EDGE:
                end -= 1
            m = _POSSESSIVE.search(text, start, end) if end - start > 2 else None
            if m and m.end() == end and entity in ("PERSON", "ORGANIZATION", "LOCATION", "NRP"):
                # "Anna's" -> "Anna"; "James'" -> "James" (the apostrophe is trimmed above).
                end = m.start() + (1 if m.group(0)[0] in "sS" else 0)
                applied.append("possessive")
            if entity == "PERSON":
                g = _GREETING.match(text, start, end)
                if g and g.end() < end:
                    start = g.end()
                    applied.append("greeting")
            if self.enabled and entity != "DATE_TIME":
                start, end = self._trim_words(text, start, end, applied)
            if (start, end) == before:
                break
        return start, end, applied

    def _trim_words(self, text: str, start: int, end: int, applied: list[str]) -> tuple[int, int]:
        """Drop a leading or trailing record word or acronym ("Ticket", "DOB", "API")."""
        value = text[start:end]
        parts = value.split()
        if len(parts) < 2:
            return start, end
        edge = self.stopwords | _RECORD_WORDS
        if parts[0].lower().strip(".:#") in edge:
            start += value.index(parts[0]) + len(parts[0])
            applied.append("leading_word")
        elif parts[-1].lower().strip(".:#") in edge:
            end = start + value.rindex(parts[-1])
            applied.append("trailing_word")
        return start, end

    def relabel(self, value: str, entity: str) -> str:
        """A PERSON that ends in a legal form is an organisation ("Initech GmbH"); a
        name/place/organisation that is a numeric date is a date."""
        if self.enabled and entity != "DATE_TIME" and _DATE_IN.fullmatch(value):
            return "DATE_TIME"
        if self.enabled and entity == "PERSON":
            parts = value.split()
            if len(parts) > 1 and parts[-1].lower().strip(",") in _COMPANY_SUFFIXES:
                return "ORGANIZATION"
        return entity

    def reject(self, value: str, entity: str) -> str | None:
        """The name of the rule that rejects ``value`` as ``entity``, or None to keep it."""
        if not self.enabled:
            return None if value.strip() else "empty"
        if len(value) < 2:
            return "single_char"
        if entity == "DATE_TIME":
            return self._reject_date(value)
        if not _LETTER.search(value):
            return "no_letters"  # numbers, amounts, punctuation
        if value.lower() in self.stopwords:
            return "stopword"
        if _TICKET.match(value) or _TICKET_IN.search(value):
            return "ticket_id"
        if _DATE_IN.search(value):
            return "date"
        if _EMAIL_OR_URL.search(value):
            return "email_or_url"  # the pattern packs own these
        if _CODE.search(value):
            return "code"
        if _MONEY.search(value) and _DIGIT.search(value):
            return "money"
        if entity in ("PERSON", "NRP") and _DIGIT.search(value):
            # Names do not contain digits; "Agent 47"-like handles are not personal data.
            return "digits"
        return None

    def _reject_date(self, value: str) -> str | None:
        # Numeric dates ("1985-05-03") have no letters and are kept; a bare number that
        # is not a plausible year is a count ("5", "123456"), not a date.
        if value.isdigit() and not (len(value) == 4 and value[:2] in ("19", "20")):
            return "number"
        if value.lower() in self.stopwords:
            return "stopword"
        if _DURATION.match(value):
            return "duration"
        if _TIME_OF_DAY.match(value):
            return "time_of_day"
        if _MONEY.search(value) or _TICKET.match(value):
            return "money"
        words = re.findall(r"[a-z0-9]+", value.lower())
        if words and all(w in _GENERIC_TIME_WORDS for w in words):
            return "generic_time"
        # "the last 30 days", "over 2 years": a count of time units, not a date.
        counted = [w for w in words if not w.isdigit()]
        if counted and len(counted) < len(words) and any(w in _TIME_UNITS for w in counted):
            if all(w in _GENERIC_TIME_WORDS for w in counted):
                return "duration"
        return None
