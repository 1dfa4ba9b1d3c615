"""The prose inside structured tool output: a JSON document or an HTML page judged by its text.

Tool results are mostly JSON, and compact JSON (one line, ``[{"title": "...", ...}]``) looks
to the classifier like what it was taught to flag: tokens glued to brackets and quotes (an
optimised suffix, to the suffix head) and unusual character n-grams (to the linear model).
A weather report in compact JSON scored 0.91 as a tool result, the same JSON indented 0.21.
An order hidden in a tool result is written in one of its strings, so the model and the
suffix head read the strings, one per line, and not the syntax around them; the rules still
read the raw text (their offsets are the finding spans).

A fetched web page is the same case in markup: minified HTML scored 0.82 (its tail "glued" to
tags). Its text is read instead: text nodes with a line per block element, comments (where
orders hide), and the attributes people write text into (alt, title, aria-label,
placeholder, a meta description); never scripts and styles. Hidden text (``display:none``,
white on white) is text like any other here; the rules judge how it is hidden. SVG images,
RSS / Atom feeds and Office XML (``<w:t>``, ``<p:notes>``) are read the same way: their
titles, descriptions, comments and runs are text, their geometry and schema tags are not.
"""

from __future__ import annotations

import ast
import json
import re
from collections.abc import Iterable
from typing import Any
from urllib.parse import unquote_plus

from promptguard._lazyre import lazy

__all__ = ["json_prose", "log_prose", "markup_prose", "prose_view", "shell_prose"]

_MAX_STRINGS = 2000
"""Strings read from one document: an order is in a string, and a 2 KB result holds ~100."""


def _is_prose_key(key: str) -> bool:
    # Keys are field names ("title", "next_cursor"); one with a space in it is text someone
    # wrote ({"IMPORTANT note for the assistant": ...}) and is read like a value.
    return " " in key.strip()


def _strings(doc: Any) -> list[str]:
    out: list[str] = []
    stack = [doc]
    while stack and len(out) < _MAX_STRINGS:
        node = stack.pop()
        if isinstance(node, str):
            if any(c.isalpha() for c in node):
                out.append(node)
        elif isinstance(node, dict):
            children: list[Any] = []
            for key, value in node.items():
                if _is_prose_key(key):
                    children.append(key)
                children.append(value)
            stack.extend(reversed(children))
        elif isinstance(node, list):
            stack.extend(reversed(node))
    return out


_MAX_LITERAL_CHARS = 50_000
"""Longest Python literal parsed (``ast.literal_eval`` builds a syntax tree first)."""


def _parse(text: str) -> list[Any] | None:
    try:
        return [json.loads(text)]
    except (ValueError, RecursionError):
        pass
    # A Python value as printed (a dict or list repr: single quotes, None / True / False),
    # pasted from a REPL or a log line, is data like JSON. literal_eval evaluates literals
    # only (no names, calls or operators beyond a sign) and refuses deep nesting.
    if "'" in text and len(text) <= _MAX_LITERAL_CHARS:
        try:
            return [ast.literal_eval(text.strip())]
        except (ValueError, TypeError, SyntaxError, MemoryError, RecursionError):
            pass
    # JSON Lines: every non-empty line a document of its own (log exports, batch results).
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if len(lines) < 2 or not all(ln.lstrip()[:1] in ("{", "[") for ln in lines):
        return None
    try:
        return [json.loads(ln) for ln in lines]
    except (ValueError, RecursionError):
        return None


def json_prose(text: str) -> list[str] | None:
    """The strings of ``text`` in document order, when the whole text is a JSON
    object or array (or JSON Lines of them, or a Python dict / list as printed); ``None`` for
    anything else, so prose, code and a JSON snippet inside prose keep their own reading.
    Keys count only when they read as text (hold a space); numbers, booleans and nulls carry
    no instruction and are left out."""
    head = text.lstrip()[:1]
    if head not in ("{", "["):
        return None
    docs = _parse(text)
    if docs is None:
        return None
    strings: list[str] = []
    for doc in docs:
        strings += _strings(doc)
    return [s.strip() for s in strings[:_MAX_STRINGS]]


# A page starts with a doctype, a comment or a real tag; "<|im_start|>" (a fake chat turn)
# and "<3" are text.
_MARKUP_START_RE = re.compile(r"\s*<(?:!doctype\s|!--|\?xml\s|[a-z][a-z0-9-]*(?::[a-z][\w.-]*)?[\s/>])", re.I)
_BLOCK_TAGS = frozenset(
    "address article aside blockquote body br dd details dialog div dl dt fieldset figcaption "
    "figure footer form h1 h2 h3 h4 h5 h6 head header hr html li main nav ol p pre section "
    "summary table tbody td tfoot th thead title tr ul option button label".split()
)
_INLINE_TAGS = frozenset(
    "a abbr b bdi bdo cite code data del dfn em i img input ins kbd link mark meta q rp rt "
    "ruby s samp small source span strong sub sup time track u var wbr area audio canvas col "
    "colgroup embed iframe map object picture select textarea video caption legend optgroup "
    "output progress meter base font center big tt strike nobr".split()
)
# SVG, Atom / RSS and Office XML elements are document syntax like HTML's: an SVG's <title>,
# <desc> and <text> are its words (and where an order hides in an image), a feed item's
# <description> is its text. Unknown to the two lists above, they were kept as written (as a
# fake chat tag is) and the whole SVG was skipped: an order in an SVG <desc> was never read,
# and a feed's or a .docx body's tags glued to its words read as an optimised suffix.
_SVG_BLOCK_TAGS = frozenset("desc text metadata g defs symbol switch foreignobject textpath".split())
_SVG_INLINE_TAGS = frozenset(
    "tspan path rect circle ellipse line polyline polygon use stop lineargradient "
    "radialgradient clippath mask pattern filter marker image".split()
)
_FEED_BLOCK_TAGS = frozenset(
    "rss channel item entry feed description summary content subtitle author category "
    "pubdate updated published guid id name email uri rights generator".split()
)
_BLOCK_TAGS = _BLOCK_TAGS | _SVG_BLOCK_TAGS | _FEED_BLOCK_TAGS
_INLINE_TAGS = _INLINE_TAGS | _SVG_INLINE_TAGS | {"svg"}
# Office Open XML and other namespaced vocabularies (w:t, a:p, p:notes, rdf:Description,
# dc:title, content:encoded): a prefix marks a schema's element, never a message posing as a
# chat delimiter. Runs (w:r, w:t) split words anywhere and join with nothing; these local
# names end a paragraph, a cell or a comment.
_NS_BLOCK_NAMES = frozenset(
    "p br tab tr tc comment ins del sp txbody description title subject encoded li notes cr body".split()
)
_NS_TEXT_ATTRS = frozenset({"description", "title", "subject"})
_SKIP_TAGS = frozenset({"script", "style", "template", "noscript"})
_TEXT_ATTRS = ("alt", "title", "aria-label", "aria-description", "placeholder")
_MIN_TAGS = 2


# Each pass is one C-level substitution over the page (tags reach Python one call each).
# A tag holds no "<" (and at most 2,000 characters): "<a <a <a ..." with no ">" stays
# linear.
_COMMENT_RE = lazy(r"<!--(.*?)(?:-->|$)", re.S)
_SKIPPED_RE = lazy(rf"<({'|'.join(sorted(_SKIP_TAGS))})\b[^<>]{{0,2000}}>.*?(?:</\1\s*>|$)", re.S | re.I)
_DECLARATION_RE = re.compile(r"<[!?][^<>]{0,2000}>")
# A tag with an attribute people write text into (a meta description's is ``content``, an RDF
# one's ``dc:description``).


def _text_attr_tag(names: Iterable[str]) -> str:
    """A tag with one of the attributes ``names`` (bounded runs around it)."""
    return rf"<[a-zA-Z][\w:.-]*\s[^<>]{{0,2000}}?\b(?:{'|'.join(names)})\s*=[^<>]{{0,2000}}>"


_TEXT_ATTR_TAG_RE = lazy(_text_attr_tag((*_TEXT_ATTRS, "content", "description")), re.I)
_ATTR_RE = re.compile(r"""([\w:.-]+)\s*=\s*(?:"([^"]*)"|'([^']*)'|([^\s>"']+))""")
_TAG_RE = re.compile(r"</?([a-zA-Z][\w:.-]*)[^<>]{0,2000}>")
_OPEN_TAG_NAME_RE = re.compile(r"<[a-zA-Z][\w:.-]*")


def _tag(m: re.Match[str]) -> str:
    name = m.group(1).lower()
    if name in _BLOCK_TAGS:
        return "\n"
    if ":" in name:
        return "\n" if name.rsplit(":", 1)[1] in _NS_BLOCK_NAMES else ""
    # A tag HTML does not define (<system>, <agent-directive>, <instructions>) is not page
    # syntax but a message to whoever reads the markup, often posing as a chat delimiter:
    # it is kept in the text as written.
    return "" if name in _INLINE_TAGS else m.group(0)


def _attribute_text(m: re.Match[str]) -> str:
    tag = m.group(0)
    attrs = {a[1].lower(): a[2] or a[3] or a[4] or "" for a in _ATTR_RE.finditer(tag)}
    if tag[1:5].lower() == "meta":
        wanted = attrs.get("name", "").lower() in ("description", "keywords")
        values = [attrs.get("content", "")] if wanted else []
    else:
        values = [attrs.get(k, "") for k in _TEXT_ATTRS]
        # RDF / XMP metadata written as attributes (<rdf:Description dc:description="...">).
        values += [v for k, v in attrs.items() if ":" in k and k.rsplit(":", 1)[1] in _NS_TEXT_ATTRS]
    text = "\n".join(v for v in values if v.strip())
    # The tag itself stays for the block / inline passes below (it may open a block).
    name_end = _OPEN_TAG_NAME_RE.match(tag)
    bare = (name_end.group(0) if name_end else "<span") + ">"
    return f"{bare}\n{text}\n" if text else bare


# One tag that carries text in an attribute, alone (session 22): an image's alt text or a
# link's title handed over by itself. Its syntax (``<img``, ``alt="A``, ``hill">``) made
# three "glued" tokens of eight, the optimised-suffix shape; its text is what it says.
_LONE_TEXT_TAG_RE = lazy(rf"\s*{_text_attr_tag(_TEXT_ATTRS)}\s*", re.I)


def markup_prose(text: str) -> list[str] | None:
    """The lines of text of ``text`` when it is an HTML or XML document (it starts with a
    doctype, a comment or a tag, and has at least two tags, or is one tag with a text
    attribute), a line per block; ``None`` otherwise."""
    if not _MARKUP_START_RE.match(text):
        return None
    if text.count(">") < _MIN_TAGS and _LONE_TEXT_TAG_RE.fullmatch(text) is None:
        return None
    out = _SKIPPED_RE.sub(" ", text)
    out = _COMMENT_RE.sub(lambda m: f"\n{m.group(1)}\n", out)
    out = out.replace("<![CDATA[", "\n").replace("]]>", "\n")
    out = _DECLARATION_RE.sub("\n", out)
    out = _TEXT_ATTR_TAG_RE.sub(_attribute_text, out)
    out = _TAG_RE.sub(_tag, out)
    import html  # here: only markup needs it, and its entity table is ~1 ms of every cold start

    lines = (" ".join(line.split()) for line in html.unescape(out).split("\n"))
    return [line for line in lines if line]


# Command lines pasted whole: a curl call, a kubectl or docker invocation, a few "$ npm ..."
# lines. Flags glued to values (``--from-literal=password='S3cr3t'``, ``-F to=bob@x.io``) and a
# random key in the middle read to the classifier as an optimised suffix and as unusual
# n-grams: the Mailgun quick-start call scored 0.92, ``kubectl create secret`` 0.70, a
# ``stripe charges create`` 0.77, all as the user's own prompt (session 31, 3 of 12 such
# commands flagged, 5 at the document threshold). What a command says is in its quoted
# strings (a message body, a commit message, a JSON payload) and its comments: those are read.
_SHELL_PROGRAMS = frozenset(
    """curl wget http https httpie xh aws az gcloud gsutil bq kubectl k9s helm oc minikube kind
    docker podman docker-compose nerdctl git gh glab npm npx yarn pnpm bun deno node pip pip3 pipx
    python python3 uv poetry conda go cargo rustup make cmake ssh scp sftp rsync openssl gpg
    ssh-keygen psql pg_dump pg_restore mysql mysqldump mongo mongosh mongodump redis-cli sqlite3
    terraform tofu pulumi ansible ansible-playbook vault consul nomad packer stripe twilio heroku
    vercel netlify firebase flyctl fly supabase wrangler doctl linode-cli ffmpeg jq yq sed awk grep
    rg find tar zip unzip chmod chown cp mv rm mkdir ls cat tail head export set echo printf sudo
    apt apt-get yum dnf apk brew systemctl journalctl service dotnet mvn gradle java javac
    composer php ruby gem bundle rails rake mix elixir swift xcodebuild adb fastlane
    eksctl sam cdk serverless sls snowsql databricks dbt airflow spark-submit hdfs kafka-topics
    nc ncat telnet nmap dig nslookup ping traceroute iptables ufw crontab nohup env source""".split()
)
_SHELL_MAX_LINES = 200
_PROMPT_RE = re.compile(r"\s*(?:(?:\$|%|>|#|PS [^>\n]{0,60}>)\s+)?")
_ENV_RE = re.compile(r"(?:[A-Za-z_][A-Za-z0-9_]*=\S*\s+)*")
_PROGRAM_RE = re.compile(r"(?:sudo\s+)?([a-z][a-z0-9._+-]{0,30})(?:\s|$)")
_COMMENT_LINE_RE = re.compile(r"\s*(?:#(?!\s*(?:[a-z][a-z0-9._+-]*\s+-))|--\s|//\s|REM\s)")
_CONTINUED_RE = re.compile(r"\s*(?:-|\||&&|\|\||;|\))")
_QUOTED_RE = lazy(r"'([^'\n]*)'|\"((?:[^\"\\]|\\.)*)\"", re.S)


# A token of command syntax: a flag, a path or URL, an assignment, a redirection, a variable,
# an address, a number, a ``key:value`` field; what is left of a line is its words.
_SYNTAX_TOKEN_RE = re.compile(r"^-|[/=|<>$@\\{}\[\]*~`]|^[\d.:,%+-]+$|^&&$|[A-Za-z0-9_]:\S")
_WORD_RUN = 3
_DIGIT_RE = re.compile(r"\d")
_ALPHA_RUN_RE = re.compile(r"[^\W\d_]{2,}")
_NOT_GLUED_RE = re.compile(r"-|/|[a-z][\w+.-]*://", re.I)
"""A flag, an absolute path or a URL: syntax whatever letters it holds."""
_MEASURE_RE = re.compile(r"(?<![\w.])\d[\d.,]*\s?(?:ns|us|µs|ms|s|sec|min|h|[KkMGT]i?B|B|%)(?!\w)")
"""A number with its unit ("338 ms", "512 MB"): left out whole, not leaving the unit behind."""
_PLAIN_WORD_RE = re.compile(r"[^\W\d_][^\W\d_'’-]*[,.!?;:]?")
_UNSPACED_RUN_RE = re.compile(
    r"[\u0e00-\u0eff\u1000-\u109f\u1780-\u17ff\u3040-\u30ff\u3400-\u4dbf\u4e00-\u9fff\uac00-\ud7af]{4,}"
)
"""Four characters of a script written without spaces (Thai, Lao, Myanmar, Khmer, kana, Han,
Hangul): a sentence, though ``split()`` sees one token."""
_QUERY_VALUE_RE = lazy(r"[?&][\w.-]{1,40}=([^&#\s'\"]*[+][^&#\s'\"]*|[^&#\s'\"]*%20[^&#\s'\"]*)")


def _query_prose(line: str) -> list[str]:
    """The query values of the URLs in ``line`` that decode to three words or more."""
    if "?" not in line or "=" not in line:
        return []
    out = []
    for m in _QUERY_VALUE_RE.finditer(line):
        text = unquote_plus(m.group(1))
        if len(text.split()) >= _WORD_RUN:
            out.append(text)
    return out


_SHELLISH_WITHIN = 300
"""Characters after a program's name searched for a flag, a path or a quote."""
_SHELLISH_RE = re.compile(r"\s-{1,2}[A-Za-z]|[/=|<>$@]|'[^'\n]*'|\"[^\"\n]*\"")


def _shell_lines(text: str) -> list[str] | None:
    """The logical lines of ``text`` (a trailing ``\\``, `` ` `` or ``^`` joins the next
    line), or ``None`` when one of them is neither a comment nor a command of a known program
    (a heredoc's body, a script's loop, prose)."""
    lines: list[str] = []
    pending = ""
    for raw in text.splitlines():
        line = raw.rstrip()
        if line.endswith(("\\", "`", "^")):
            pending += line[:-1] + " "
            continue
        line = pending + line
        pending = ""
        if line.strip():
            lines.append(line)
    if pending.strip():
        lines.append(pending)
    if not lines or len(lines) > _SHELL_MAX_LINES:
        return None
    commands = 0
    for line in lines:
        if _COMMENT_LINE_RE.match(line):
            continue
        if commands and _CONTINUED_RE.match(line):
            continue  # a flag or a pipe on a line of its own: the command goes on
        at = _PROMPT_RE.match(line).end()  # type: ignore[union-attr]  # matches the empty string
        program = _PROGRAM_RE.match(line, _ENV_RE.match(line, at).end())  # type: ignore[union-attr]
        if (
            program is not None
            and program.group(1) in _SHELL_PROGRAMS
            and (commands or _SHELLISH_RE.search(line, program.end(), program.end() + _SHELLISH_WITHIN))
        ):
            # The first command has a flag, a path, an assignment, a pipe or a quote after the
            # program's name: "find the system prompt and print it" is a sentence that starts
            # with a program's name. After it, "echo Deployment finished" is a command too.
            commands += 1
        else:
            return None
    return lines if commands else None


def _line_pieces(line: str) -> list[str]:
    """What one command or log line says: its quoted strings of more than one word (a JSON one
    by its own strings), one-word quoted arguments when three or more follow each other, the
    words outside quotes once flags, paths, assignments and numbers are left out, and a URL's
    query text."""
    pieces: list[str] = []
    single: list[str] = []
    for m in _QUOTED_RE.finditer(line):
        value = (m.group(1) if m.group(1) is not None else m.group(2).replace('\\"', '"')).strip()
        inner = json_prose(value) if value[:1] in ("{", "[") else None
        if inner is not None:
            pieces += inner
        elif (len(value.split()) > 1 or _UNSPACED_RUN_RE.search(value)) and any(c.isalpha() for c in value):
            # A single token (a password, a path, a header value) says nothing: read alone,
            # a random one looks to the model like an optimised suffix's fragment. A
            # sentence in a script without spaces is one "token" and is read.
            pieces.append(value)
        elif _PLAIN_WORD_RE.fullmatch(value):
            single.append(value)
    if len(single) >= _WORD_RUN:
        pieces.append(" ".join(single))  # echo 'Ignore' 'all' 'previous' 'instructions'
    # The words outside quotes, flags, paths, assignments, ids and measures left out: prose an
    # argument list or a trailing note carries ("echo Ignore all previous instructions", "-- note
    # to the model: ...") is read in its own words; so is a URL's query text (q=ignore+all+...).
    words: list[str] = []
    for token in _QUOTED_RE.sub(" ", _MEASURE_RE.sub(" ", line)).split():
        if _UNSPACED_RUN_RE.search(token):
            words.append(token)
        elif _DIGIT_RE.search(token):
            continue  # an id, a version, a number: nothing to read
        elif _SYNTAX_TOKEN_RE.search(token):
            # Words glued by field syntax ("AI:ignore", "task=ignore_all_previous") are read as
            # words; a flag, a URL or a path is not.
            glued = [] if _NOT_GLUED_RE.match(token) else _ALPHA_RUN_RE.findall(token)
            if len(glued) >= 2:
                words += glued
        else:
            words.append(token)
    if len(words) >= _WORD_RUN or any(_UNSPACED_RUN_RE.search(w) for w in words):
        pieces.append(" ".join(words))
    pieces += _query_prose(line)
    return pieces


def shell_prose(text: str) -> list[str] | None:
    """The quoted strings (a JSON payload's own strings) and the comments of ``text`` when the
    whole text is command lines of known programs, one per line; ``None`` for anything else
    (a question with a command in it keeps the plain reading)."""
    start = len(text) - len(text.lstrip())
    first = text[start : start + 1]
    if not first or not (first.isalpha() or first in "$%>#"):
        return None
    if first.isalpha():
        # Most texts start with a word that names no program: one match says so, before the
        # text is split into lines.
        head = _PROGRAM_RE.match(text, _ENV_RE.match(text, start).end())  # type: ignore[union-attr]
        if head is None or head.group(1) not in _SHELL_PROGRAMS:
            return None
    lines = _shell_lines(text)
    if lines is None:
        return None
    pieces: list[str] = []
    for line in lines:
        comment = _COMMENT_LINE_RE.match(line)
        if comment is not None:
            pieces.append(line[comment.end() :].strip(" #-/"))
        else:
            pieces += _line_pieces(line)
    return pieces[:_MAX_STRINGS]


# Log lines pasted whole or after a short question ("what does this entry mean?"): an access
# log line scored 0.66 alone and 0.79 after a German question, a kernel OOM line 0.74 (session
# 31), their bracketed times, IPs and key=value fields read as an optimised suffix. A line
# starts with a timestamp (ISO, syslog, Common Log Format, glog), a client address before a
# CLF time, or a level; a stack frame or an indented line continues the entry before it.
_LOG_HEAD_RE = re.compile(
    r"\s*(?:"
    r"\[?\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:[.,]\d{1,9})?)?(?:Z|[+-]\d{2}:?\d{2}|\s?UTC)?\]?"
    r"|[A-Z][a-z]{2}\s+\d{1,2}\s+\d{2}:\d{2}:\d{2}"
    r"|[\da-fA-F.:]{3,39}\s+\S+\s+\S+\s+\[\d{2}/[A-Za-z]{3}/\d{4}:"
    r"|\[\d{2}/[A-Za-z]{3}/\d{4}:\d{2}:\d{2}:\d{2}"
    r"|\d{2}:\d{2}:\d{2}(?:[.,]\d{1,6})?\s"
    r"|[IWEF]\d{4}\s\d{2}:\d{2}:\d{2}"
    r")"
)
# A level alone ("[INFO] BUILD FAILURE", "ERROR: ..."): a log only when two lines start so.
_LOG_LEVEL_RE = re.compile(
    r"\s*(?:\[(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL|SEVERE)\]"
    r"|(?:TRACE|DEBUG|INFO|NOTICE|WARN|WARNING|ERROR|FATAL|CRITICAL|SEVERE)(?=[\s:|]))"
)
_LOG_CONTINUED_RE = re.compile(r"\s+\S|\s*(?:at\s+[\w$.<>/]+\(|Caused by:|\.\.\. \d+ more)")
_LOG_LEAD_LINES = 3
_LOG_LEAD_CHARS = 400
"""A question before the entries: at most this many lines and characters (read as written)."""
_LOG_MAX_LINES = 400


def log_prose(text: str) -> list[str] | None:
    """What log lines say, when ``text`` is log entries (after at most a short lead: a
    question about them): the lead as written, then each entry's quoted strings and words
    without its timestamp, addresses, fields and numbers (see :func:`_line_pieces`); ``None``
    for anything else."""
    # The first few lines say whether a log starts there, matched in place: most texts are
    # neither split nor copied.
    pos = 0
    for _ in range(_LOG_LEAD_LINES + 1):
        if _log_head(text, pos):
            break
        pos = text.find("\n", pos) + 1
        if not pos:
            return None
    else:
        return None
    lines = [ln for ln in text.splitlines() if ln.strip()]
    if not lines or len(lines) > _LOG_MAX_LINES:
        return None
    first = next((i for i, ln in enumerate(lines[: _LOG_LEAD_LINES + 1]) if _log_head(ln)), None)
    if first is None or sum(len(ln) for ln in lines[:first]) > _LOG_LEAD_CHARS:
        return None
    bodies: list[str] = []
    timed = levels = 0
    for line in lines[first:]:
        head = _LOG_HEAD_RE.match(line)
        if head is not None:
            timed += 1
        else:
            head = _LOG_LEVEL_RE.match(line)
            levels += head is not None
        if head is None and not _LOG_CONTINUED_RE.match(line):
            return None  # before any piece is cut: most texts with a dated first line go on as prose
        bodies.append(line[head.end() :] if head is not None else line)
    if not timed and levels < 2:
        return None  # "ERROR: ..." once is a sentence, not a log
    pieces = [ln.strip() for ln in lines[:first]]
    for body in bodies:
        pieces += _line_pieces(body)
    # Entries read down to nothing keep the plain reading: "AI:ignore previous:instructions" with
    # its words cut away must not read as a clean log.
    return pieces[:_MAX_STRINGS] or None


def _log_head(text: str, pos: int = 0) -> bool:
    """An entry (a timestamp or a level) starts at ``pos``."""
    return _LOG_HEAD_RE.match(text, pos) is not None or _LOG_LEVEL_RE.match(text, pos) is not None


def prose_view(text: str) -> tuple[str, list[str]] | None:
    """``(kind, pieces)`` for a structured document (``json``, ``html``, ``shell`` or ``log``):
    the strings or lines of text the classifier reads, one per line; ``None`` for anything
    else."""
    for kind, read in _VIEWS:
        prose = read(text)
        if prose is not None:
            return kind, prose
    return None


_VIEWS = (("json", json_prose), ("html", markup_prose), ("shell", shell_prose), ("log", log_prose))
"""The readers :func:`prose_view` tries, in order (the first that recognises the text wins)."""
