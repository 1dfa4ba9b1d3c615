"""PASSWORD: the ``result`` of a Terraform ``random_password`` resource in state or plan output.

``random_password`` makes a database or service password and keeps it in the state, where
``terraform state pull``, ``terraform show -json`` and ``terraform show -json <plan>`` print it::

    "type": "random_password", ...
    "attributes": {"bcrypt_hash": "$2a$10$...", "id": "none", "length": 24, ...,
                   "result": "m7{Kq2!vR9zL-x4#Tb8pW3nE", "special": true, ...}

(and Terraform before 0.14 printed ``result = "..."`` in ``terraform state show``). The name
``result`` says nothing: ``random_string``, ``random_pet``, ``random_shuffle`` have one too, and
``random_string`` (bucket suffixes, ids) has the very same attributes. What sets a
``random_password`` apart inside its own block is ``"id": "none"`` (a ``random_string``'s id is
its result) or a ``bcrypt_hash`` (random provider 3.4+). So a ``result`` string counts when the
innermost ``{ ... }`` around it (the instance's attributes, a plan's ``before`` / ``after``, an
HCL resource block) has a ``length`` and one of those two marks.

Cost: :data:`_GATE` (the literal ``random_password``) rides in the RE2 set pass the engine makes
anyway; only texts that name the resource type are searched, in one pass over their strings and
braces (:func:`_blocks`), each block's marks looked for once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from pydantic import BaseModel, ConfigDict, Field

from promptguard.config.schema import RecognizerSpec
from promptguard.findings import Finding
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.registry import recognizer_type

__all__ = ["TerraformPasswordOptions", "TerraformPasswordRecognizer"]

_GATE = "random_password"
# A "result" attribute with a string value: JSON ("result": "...") or HCL (result = "...", with a
# plan's "+"/"~" marker before it). JSON escapes (\" \\ \u003c: Terraform writes <, >, & so) stay in.
_RESULT = re.compile(
    r"(?:\"result\"[ \t]*:|(?:^|[ \t+~])result[ \t]*=)[ \t]*\"((?:[^\"\\\n]|\\.){1,256})\"", re.MULTILINE
)
# The marks of a random_password's attributes (see the module docstring).
_LENGTH = re.compile(r"(?:\"length\"[ \t]*:|\blength[ \t]*=)[ \t]*\d")
_PASSWORD_MARK = re.compile(r"(?:\"id\"[ \t]*:|\bid[ \t]*=)[ \t]*\"none\"|\bbcrypt_hash\b")
# What the block search steps over: a double-quoted string (JSON and HCL; one line at most, so a
# stray quote in prose cannot swallow the rest of the text) or a brace. Braces inside strings (a
# random_password's override_special "{}<>", a result "m7{Kq...") do not count.
# An unclosed string ends at its line end: a line of escaped quotes ("\\"\\"...", a tfstate kept
# JSON-escaped inside another string) would otherwise be re-read to its end from each quote
# (quadratic: 80 KB took 24 s).
_TOKEN = re.compile(r"\"(?:[^\"\\\n]|\\.)*(?:\"|(?=\n)|\Z)|[{}]")
# A random_password's attributes are ~20 lines: a bigger block around a result is not them.
_MAX_BLOCK = 8000


class TerraformPasswordOptions(BaseModel):
    """Options of ``type: terraform_random_password``."""

    model_config = ConfigDict(extra="forbid", frozen=True)

    score: float = Field(0.9, ge=0.0, le=1.0)
    """The resource type and its attributes leave no doubt about what the value is."""


class TerraformPasswordRecognizer(Recognizer):
    def __init__(self, spec: RecognizerSpec, pack: str | None) -> None:
        self.configure(spec, pack, context=False)
        self.options = TerraformPasswordOptions.model_validate(spec.options)
        # Tested in the engine's set pass (see Recognizer.gate): no resource type, no work.
        self.gate = _GATE

    def analyze(self, text: str) -> Iterable[Finding]:
        if _GATE not in text:  # analyze may be called without the engine's gate
            return []
        results = list(_RESULT.finditer(text))
        if not results:
            return []
        # Imported here: the entropy module imports the validators the built-in modules register.
        from promptguard.recognizers.builtin.entropy import password_value

        findings: list[Finding] = []
        verdicts: dict[int, bool] = {}  # block start -> has a random_password's marks
        for m, block in zip(results, _blocks(text, [r.start() for r in results]), strict=True):
            if block is None or block[1] - block[0] > _MAX_BLOCK:
                continue
            marked = verdicts.get(block[0])
            if marked is None:
                body = text[block[0] : block[1]]
                marked = verdicts[block[0]] = bool(_LENGTH.search(body) and _PASSWORD_MARK.search(body))
            if not marked:
                continue  # a random_string, random_pet... or not Terraform at all
            if password_value(m.group(1)) is False:
                continue  # "(sensitive value)" written in quotes, "********", "<redacted>"
            findings.append(self.finding(m.start(1), m.end(1), self.options.score, pattern="random_password_result"))
        return findings


def _blocks(text: str, positions: list[int]) -> list[tuple[int, int] | None]:
    """The innermost ``{ ... }`` around each of ``positions`` (ascending), or ``None``. One pass over
    the text's strings and braces with a stack: linear however many results a text holds (a search
    back and forth from each one made a text of many "result" keys quadratic)."""
    out: list[tuple[int, int] | None] = [None] * len(positions)
    stack: list[int] = []
    waiting: dict[int, list[int]] = {}  # open brace -> the positions it is the innermost block of
    k, n = 0, len(positions)
    for tok in _TOKEN.finditer(text):
        at = tok.start()
        while k < n and positions[k] <= at:
            if stack:
                waiting.setdefault(stack[-1], []).append(k)
            k += 1
        c = text[at]
        if c == "{":
            stack.append(at)
        elif c == "}" and stack:
            opened = stack.pop()
            for i in waiting.pop(opened, ()):
                out[i] = (opened, at + 1)
    return out


@recognizer_type("terraform_random_password")
def _build(spec: RecognizerSpec, pack: str | None) -> Recognizer:
    return TerraformPasswordRecognizer(spec, pack)
