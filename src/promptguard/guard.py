"""``Guard``: the configured, thread-safe entry point (``scan``, ``sanitize``, ``restore``)."""

from __future__ import annotations

import difflib
import functools
import inspect
import logging
import re
import threading
from collections.abc import Collection, Iterable, Sequence
from pathlib import Path
from typing import Any

from promptguard._gcpause import gc_paused
from promptguard.anonymize.keys import Keys, keyed_hash
from promptguard.anonymize.operators import OperatorContext, decrypt_token, operate
from promptguard.anonymize.vault import PLACEHOLDER_RE, InMemoryVault, Session, Vault, restore_placeholders
from promptguard.config.loader import load_policy, policy_from_dict, resolve_packs
from promptguard.config.schema import PolicySpec
from promptguard.engine import Engine
from promptguard.errors import ConfigError, InputError, RecognizerError
from promptguard.findings import (
    Action,
    Direction,
    Finding,
    InjectionVerdict,
    ScanResult,
    Source,
    Verdict,
)
from promptguard.policy import Policy
from promptguard.recognizers.base import Recognizer
from promptguard.recognizers.registry import build_recognizer

__all__ = ["DeferredBatch", "Guard"]

log = logging.getLogger("promptguard")

_DIRECTIONS = ("prompt", "response")
_SOURCES = ("user", "system", "document", "tool_result", "model")
_ENC_TOKEN = re.compile(r"<([A-Z][A-Z0-9_]*):enc:([A-Za-z0-9_\-]{20,})>")


class Guard:
    """Scan and sanitize text according to a policy.

    >>> guard = Guard.from_config("default")
    >>> result = guard.sanitize("mail me at jane@acme.io")
    >>> result.text
    'mail me at <EMAIL_ADDRESS_1>'

    A ``Guard`` is immutable once built and safe to share between threads; heavy
    parts (NER model, injection model) load on first use, once.
    """

    def __init__(
        self,
        policy: PolicySpec | Policy | dict[str, Any] | None = None,
        *,
        recognizers: Iterable[Any] = (),
        vault: Vault | None = None,
        keys: Keys | None = None,
    ) -> None:
        with gc_paused():  # packs, recognizers and pattern sets: one-time allocations
            self._construct(policy, recognizers, vault, keys)

    def _construct(
        self,
        policy: PolicySpec | Policy | dict[str, Any] | None,
        recognizers: Iterable[Any],
        vault: Vault | None,
        keys: Keys | None,
    ) -> None:
        if policy is None:
            spec = load_policy("default")
        elif isinstance(policy, Policy):
            spec = policy.spec
        elif isinstance(policy, dict):
            spec = policy_from_dict(policy)
        elif isinstance(policy, PolicySpec):
            spec = policy
        elif isinstance(policy, (str, Path)):
            # A common first guess: point at the loader rather than just refusing.
            raise ConfigError(
                f"Guard() takes a PolicySpec, a dict or None, not a name or path ({str(policy)!r}); "
                f"load a built-in profile or a policy file with Guard.from_config({str(policy)!r})"
            )
        else:
            raise ConfigError(f"policy must be a PolicySpec, a dict or None, not {type(policy).__name__}")
        self.policy = Policy(spec)
        self.keys = keys or Keys.from_env(spec.keys.hash_key_env, spec.keys.encrypt_key_env)
        v = spec.vault
        # ``is None``, not ``or``: an empty InMemoryVault is falsy (it has __len__), and a
        # caller's vault must be used even before it holds a session.
        if vault is None:
            vault = InMemoryVault(
                ttl_seconds=v.ttl_seconds,
                max_sessions=v.max_sessions,
                max_entries_per_session=v.max_entries_per_session,
            )
        self.vault: Vault = vault
        built: list[Recognizer] = []
        self.packs: dict[str, str] = {}  # recognizer id -> pack name
        for pack in resolve_packs(spec):
            if pack.kind != "entities":
                continue
            for rspec in pack.recognizers:
                if not rspec.enabled:
                    continue
                try:
                    rec = build_recognizer(rspec, pack.pack)
                except (ValueError, ConfigError) as exc:
                    raise ConfigError(str(exc), file=pack.pack, field=f"recognizers.{rspec.id}") from None
                built.append(rec)
                self.packs[rec.id] = pack.pack
        for dspec in self.policy.deny_specs():
            built.append(build_recognizer(dspec, "policy"))
        for extra in recognizers:
            built.append(_adapt(extra))
        self._extra = [r for r in built if r.pack not in self.packs.values()]
        _check_policy_names(spec, built)
        self._lock = threading.Lock()
        self._ner: Recognizer | None = None
        self._ner_loaded = False
        self._injection: Any = None
        self._injection_loaded = False
        self.engine = Engine(built, self.policy)
        hash_key = self.keys.hash_key
        self._hasher = lambda value: keyed_hash(hash_key, value)

    # ------------------------------------------------------------------ building
    def warm_up(self, *, wait: bool = True, timeout: float | None = None) -> bool:
        """Build now what the guard otherwise builds in the background once it serves traffic: the
        Hyperscan databases of big packs' pattern sets (the secrets pack's), which answer in place
        of RE2's sets at the same findings. Until they are built RE2 answers, so calling this is
        never needed; a server may call it at start-up (``wait=False``) so its first requests get
        the faster sets. With ``wait``, returns once they are built or ``timeout`` seconds passed:
        True when nothing is left to build (also when Hyperscan is not installed)."""
        from promptguard.recognizers import hyperscan_set

        return hyperscan_set.warm_up(self.engine.accelerated(), wait=wait, timeout=timeout)

    @classmethod
    def from_config(cls, path: str | Path, **kwargs: Any) -> Guard:
        """Build from a policy file or a built-in profile name (``default``, ``pci``...)."""
        return cls(load_policy(path), **kwargs)

    def add_recognizer(self, recognizer: Any) -> Guard:
        """Return a new guard with one more recognizer (a promptguard or Presidio recognizer)."""
        return Guard(self.policy.spec, recognizers=[*self._extra, recognizer], vault=self.vault, keys=self.keys)

    @property
    def recognizers(self) -> list[Recognizer]:
        recs = list(self.engine.recognizers)
        ner = self._ner_recognizer()
        if ner is not None:
            recs.append(ner)
        return recs

    def new_session(self, session_id: str | None = None) -> Session:
        return Session(self.vault, session_id)

    # ------------------------------------------------------------- lazy parts
    def _ner_recognizer(self) -> Recognizer | None:
        if self._ner_loaded:
            return self._ner
        with self._lock:
            if not self._ner_loaded:
                options = self.policy.spec.ner
                if options.get("enabled"):
                    from promptguard.recognizers.ner import build_ner_recognizer

                    self._ner = build_ner_recognizer(options)
                    self.engine.by_id[self._ner.id] = self._ner
                self._ner_loaded = True
        return self._ner

    def _injection_detector(self) -> Any:
        if self._injection_loaded:
            return self._injection
        with self._lock:
            if not self._injection_loaded:
                options = self.policy.spec.injection
                if options.get("enabled", True):
                    with gc_paused():  # numpy, the rules and the model: one-time allocations
                        try:
                            from promptguard.recognizers.injection import InjectionDetector, InjectionOptions
                        except ImportError:  # detector not part of this build
                            self._injection = None
                        else:
                            self._injection = InjectionDetector.load(InjectionOptions.model_validate(options))
                self._injection_loaded = True
        return self._injection

    # ------------------------------------------------------------------ public
    def scan(
        self,
        text: str,
        *,
        direction: Direction = "prompt",
        source: Source = "user",
        entities: Sequence[str] | None = None,
        explain: bool = False,
        system_prompt: str | None = None,
    ) -> ScanResult:
        """Find sensitive data and injection; the text is returned unchanged.

        ``system_prompt``: the system prompt the text will be sent with. The injection check
        then also judges the text against it (asking for a secret it declares, a topic it
        forbids); it is read, never returned, logged or sanitized here."""
        return self.scan_batch(
            [text], direction=direction, source=source, entities=entities, explain=explain, system_prompt=system_prompt
        )[0]

    def scan_batch(
        self,
        texts: Sequence[str],
        *,
        direction: Direction = "prompt",
        source: Source = "user",
        entities: Sequence[str] | None = None,
        explain: bool = False,
        system_prompt: str | None = None,
    ) -> list[ScanResult]:
        detections = self._detect_many(texts, direction, source, entities, explain, system_prompt=system_prompt)
        return [self._build(d[0], d[1:], direction, source, None, explain, sanitize=False) for d in detections]

    def sanitize(
        self,
        text: str,
        *,
        session: Session | str | None = None,
        direction: Direction = "prompt",
        source: Source = "user",
        entities: Sequence[str] | None = None,
        explain: bool = False,
        system_prompt: str | None = None,
    ) -> ScanResult:
        """Apply the policy's operators. ``result.session`` restores pseudonyms later.

        ``system_prompt``: as in :meth:`scan`."""
        return self.sanitize_batch(
            [text],
            session=session,
            direction=direction,
            source=source,
            entities=entities,
            explain=explain,
            system_prompt=system_prompt,
        )[0]

    def sanitize_batch(
        self,
        texts: Sequence[str],
        *,
        session: Session | str | None = None,
        direction: Direction = "prompt",
        source: Source = "user",
        entities: Sequence[str] | None = None,
        explain: bool = False,
        system_prompt: str | None = None,
    ) -> list[ScanResult]:
        sess = self._session(session)
        detections = self._detect_many(texts, direction, source, entities, explain, system_prompt=system_prompt)
        _reserve_literal_placeholders(sess, [d[0] for d in detections])
        return [self._build(d[0], d[1:], direction, source, sess, explain, sanitize=True) for d in detections]

    def sanitize_batch_deferred(
        self,
        texts: Sequence[str],
        *,
        session: Session | str | None = None,
        source: Source = "user",
        entities: Sequence[str] | None = None,
        system_prompt: str | None = None,
    ) -> DeferredBatch:
        """``sanitize_batch`` for a caller that sends the texts before their injection verdicts.

        A text whose injection check can only report (the detector's
        :meth:`~promptguard.recognizers.injection.InjectionDetector.reports_only`: action
        ``detect``, no invisible character to strip or block) is sanitized now and judged
        later, on :meth:`DeferredBatch.resolve`. Everything that decides what is sent (the
        sanitized text, a block, a failing PII or NER recognizer) is final in
        :attr:`DeferredBatch.sendable`; :meth:`DeferredBatch.resolve` returns exactly what
        ``sanitize_batch`` would have (same verdicts, findings, errors), and a detector that
        fails then makes that text's result ``indeterminate``, as it would have eagerly.
        Texts whose injection findings could change or block them are judged at once.
        """
        sess = self._session(session)
        later: list[int] = []
        detections = self._detect_many(texts, "prompt", source, entities, defer=later, system_prompt=system_prompt)
        _reserve_literal_placeholders(sess, [d[0] for d in detections])
        sendable = [self._build(d[0], d[1:], "prompt", source, sess, False, sanitize=True) for d in detections]
        context = _check_system_prompt(system_prompt, self.policy.spec.limits.max_text_chars)
        return DeferredBatch(self, self._injection_detector(), sess, source, detections, sendable, later, context)

    def restore(self, text: str, session: Session | str, *, only: Collection[str] | None = None) -> str:
        """Put original values back for every placeholder of ``session`` (all occurrences).

        ``only``: restore just these placeholders and encrypt tokens, e.g. the ones the caller's
        own request produced (:func:`~promptguard.anonymize.vault.produced_tokens`), so a
        placeholder a user typed cannot fetch another request's value from a shared session."""
        text = _check_text(text, self.policy.spec.limits.max_text_chars)
        sess = self._session(session)
        restored = restore_placeholders(text, sess.vault, sess.id, only)
        if self.keys.encrypt_key is not None and ":enc:" in restored:
            def decrypt(m: re.Match[str]) -> str:
                if only is not None and m.group(0) not in only:
                    return m.group(0)
                return self._decrypt_or_keep(m, sess.scope)

            restored = _ENC_TOKEN.sub(decrypt, restored)
        return restored

    def _decrypt_or_keep(self, match: re.Match[str], scope: str) -> str:
        try:
            return decrypt_token(match.group(2), self.keys, scope)
        except Exception:  # noqa: BLE001 - a token we did not make stays as it is
            return match.group(0)

    # --------------------------------------------------------------- internals
    def _wanted_entities(self, entities: Sequence[str]) -> frozenset[str]:
        """``entities=`` checked: a name nothing here reports would silently make every scan
        clean (``entities=["EMAIL_ADRESS"]``, or a bare string read letter by letter), which
        is failing open, so it is an error naming the closest real name."""
        if isinstance(entities, (str, bytes)):
            raise InputError("entities must be a list of entity names, not a single string")
        wanted = frozenset(entities)
        known = self.__dict__.get("_known_entities")
        if known is None:
            ner = self.policy.spec.ner if self.policy.spec.ner.get("enabled") else {}
            known = {e for r in self.engine.recognizers for e in r.entities} | _DETECTOR_ENTITIES
            known |= set((ner.get("model_to_presidio_entity_mapping") or {}).values()) | set(ner.get("entities") or ())
            known = self.__dict__["_known_entities"] = frozenset(known)
        unknown = sorted(n for n in wanted if n not in known)
        if unknown:
            name = unknown[0]
            close = difflib.get_close_matches(str(name), known, n=1, cutoff=0.8)
            hint = f"; did you mean {close[0]!r}?" if close else " (see promptguard recognizers list)"
            raise InputError(f"entities: no loaded recognizer reports {name!r}{hint}")
        return wanted

    def _session(self, session: Session | str | None) -> Session:
        if session is None:
            return Session(self.vault)
        if isinstance(session, Session):
            return session
        if isinstance(session, str) and session:
            return Session(self.vault, session)
        raise InputError("session must be a Session, a non-empty session id string or None")

    def _detect_many(
        self,
        texts: Sequence[str],
        direction: Direction,
        source: Source,
        entities: Sequence[str] | None,
        explain: bool = False,
        *,
        defer: list[int] | None = None,
        system_prompt: str | None = None,
    ) -> list[tuple[str, Any, InjectionVerdict | None, list[Finding], list[str]]]:
        """Detect in each text; returns (checked text, detection, injection, injection findings, errors).

        With ``defer`` (a list), texts whose injection check can only report are not judged:
        their indexes are appended to it (see :meth:`sanitize_batch_deferred`)."""
        if isinstance(texts, (str, bytes)):
            raise InputError("scan_batch/sanitize_batch take a list of texts, not a single string")
        if direction not in _DIRECTIONS:
            raise InputError(f"direction must be one of {_DIRECTIONS}, not {direction!r}")
        if source not in _SOURCES:
            raise InputError(f"source must be one of {_SOURCES}, not {source!r}")
        limit = self.policy.spec.limits.max_text_chars
        checked = [_check_text(t, limit) for t in texts]
        context = _check_system_prompt(system_prompt, limit)
        wanted = self._wanted_entities(entities) if entities is not None else None
        nlp_per_text: list[list[Finding] | None] = [None] * len(checked)
        nlp_errors: list[list[str]] = [[] for _ in checked]
        ner = self._ner_recognizer()
        if ner is not None and (wanted is None or wanted & set(ner.entities)):
            norms = [self.engine.normalise(t).text for t in checked]
            try:
                batches = ner.analyze_batch(norms)
            except Exception as exc:  # noqa: BLE001 - NER failure makes the result indeterminate
                log.warning("NER failed with %s", type(exc).__name__)
                for errs in nlp_errors:
                    errs.append(str(RecognizerError(ner.id, exc)))
            else:
                nlp_per_text = list(batches)
        detector = self._injection_detector()
        # A detector without ``reports_only`` (a test double, a custom one) is always judged at once.
        reports_only = getattr(detector, "reports_only", None) if defer is not None else None
        out = []
        for i, text in enumerate(checked):
            det = self.engine.detect(
                text,
                direction,
                entities=wanted,
                nlp_findings=nlp_per_text[i],  # type: ignore[arg-type]
                hasher=self._hasher,
                explain=explain,
            )
            verdict: InjectionVerdict | None = None
            inj_findings: list[Finding] = []
            errors = list(nlp_errors[i])
            if detector is not None:
                if defer is not None and reports_only is not None and reports_only(text, direction):
                    defer.append(i)
                else:
                    verdict, inj_findings = _judge(detector, text, source, direction, errors, context)
            out.append((text, det, verdict, inj_findings, errors))
        return out

    def _build(
        self,
        text: str,
        detection: tuple[Any, InjectionVerdict | None, list[Finding], list[str]],
        direction: Direction,
        source: Source,
        session: Session | None,
        explain: bool,
        *,
        sanitize: bool,
        sanitized: str | None = None,
    ) -> ScanResult:
        """``sanitized``: the text's sanitized form, already made (a deferred verdict's second
        build: the operators ran once, and injection findings that only report change nothing)."""
        det, injection, inj_findings, extra_errors = detection
        errors = [*det.errors, *extra_errors]
        findings = list(det.findings)
        extra = self._injection_actions(inj_findings, findings)
        if extra:
            findings.extend(extra)
            findings.sort(key=lambda f: (f.start, f.end))
        key = self.keys.hash_key
        findings = [
            f
            if f.value_hash
            else f.with_(
                value_hash=keyed_hash(key, text[f.start : f.end]), explanation=f.explanation if explain else None
            )
            for f in findings
        ]
        block = [f for f in findings if f.action is Action.BLOCK]
        injection_blocks = bool(
            injection is not None and injection.flagged and self.policy.spec.injection.get("action") == "block"
        )
        out_text = text
        if block or injection_blocks:
            types = sorted({f.entity_type for f in block} | ({"PROMPT_INJECTION"} if injection_blocks else set()))
            verdict = Verdict.BLOCKED
            reason = f"blocked by policy {self.policy.name!r}: {', '.join(types)} found in the {direction}"
            if sanitize:
                out_text = ""  # fail closed: a blocked text is never handed back to be sent
        else:
            if sanitized is not None:
                out_text = sanitized
            elif sanitize:
                out_text = self._apply_operators(text, findings, direction, session)
            flagged = any(f.action is not Action.ALLOW for f in findings) or bool(injection and injection.flagged)
            if errors:
                verdict, reason = Verdict.INDETERMINATE, "a detector failed; the text could not be fully checked"
            else:
                verdict, reason = (Verdict.FLAGGED if flagged else Verdict.CLEAN), ""
        return ScanResult(
            text=out_text,
            findings=tuple(findings),
            verdict=verdict,
            direction=direction,
            source=source,
            session=session,
            injection=injection,
            reason=reason,
            errors=tuple(errors),
            suppressed=det.suppressed if explain else (),
        )

    def _injection_actions(self, inj: list[Finding], pii: list[Finding]) -> list[Finding]:
        """Injection-side findings take the action the injection options name; a span inside
        a PII finding that already rewrites the text is dropped (the rewrite removes it)."""
        if not inj:
            return []
        options = self.policy.spec.injection
        out = []
        for f in inj:
            if f.action is None:
                if f.entity_type == "INVISIBLE_TEXT":
                    f = f.with_(action=Action(options.get("invisible_action", "strip")))
                else:
                    f = f.with_(action=Action.DETECT)
            if (
                f.action is not None
                and f.action.changes_text
                and any(p.overlaps(f) and p.action is not None and p.action.changes_text for p in pii)
            ):
                continue
            out.append(f)
        return out

    def _apply_operators(
        self, text: str, findings: list[Finding], direction: Direction, session: Session | None
    ) -> str:
        ctx = OperatorContext(self.keys, session)
        parts: list[str] = []
        last = 0
        for f in findings:
            if f.action is None or not f.action.changes_text or f.start < last:
                continue
            spec = self._spec_for(f, direction)
            replacement = operate(spec, f.entity_type, text[f.start : f.end], ctx)
            if replacement is None:
                continue
            parts.append(text[last : f.start])
            parts.append(replacement)
            last = f.end
        parts.append(text[last:])
        return "".join(parts)

    def _spec_for(self, f: Finding, direction: Direction) -> Any:
        if f.action is not None and f.action.value in ("strip",) and f.entity_type == "INVISIBLE_TEXT":
            from promptguard.config.schema import StripAction

            return StripAction()
        return self.policy.action_spec(f.entity_type, direction, f.severity, f.pack)


def _reserve_literal_placeholders(session: Session, texts: Sequence[str]) -> None:
    """Placeholders the texts already hold as text are never given to a value found in them
    (nor later in the session): see :meth:`Vault.reserve`. All texts of a batch first, since
    they reach the model together."""
    literal = [m.group(0) for t in texts if "<" in t for m in PLACEHOLDER_RE.finditer(t)]
    if literal:
        session.vault.reserve(session.id, dict.fromkeys(literal))


# Entity types no pack entry declares: the NER plugin's and the injection detector's.
_DETECTOR_ENTITIES = frozenset(
    {"PERSON", "LOCATION", "ORGANIZATION", "NRP", "DATE_TIME"}
    | {"PROMPT_INJECTION", "INVISIBLE_TEXT", "DATA_EXFILTRATION", "CANARY_LEAK"}
)


def _check_policy_names(spec: PolicySpec, built: Sequence[Recognizer]) -> None:
    """A name in ``entities``, ``entities_only``, ``disable`` or ``pack_actions`` that nothing
    reports does nothing, silently: ``EMAIL_ADRESS: {prompt: redact}`` leaves e-mail addresses
    to the defaults. A name one typo away from a real one is an error; another unknown name
    is logged (it may belong to a recognizer added later with ``add_recognizer``)."""
    ner = spec.ner if spec.ner.get("enabled") else {}
    entities = {e for r in built for e in r.entities} | _DETECTOR_ENTITIES
    entities |= set((ner.get("model_to_presidio_entity_mapping") or {}).values()) | set(ner.get("entities") or ())
    ids = {r.id for r in built}
    packs = {r.pack for r in built if r.pack} | {"injection", "policy"}
    wanted = [
        *(("entities", n, entities) for n in spec.entities),
        *(("entities_only", n, entities) for n in spec.entities_only or ()),
        *(("disable", n, ids) for n in spec.disable if not n.endswith(":*")),
        *(("disable", n[:-2], packs) for n in spec.disable if n.endswith(":*")),
        *(("pack_actions", n, packs) for n in spec.pack_actions),
    ]
    unknown = [(field, name, known) for field, name, known in wanted if name not in known]
    if not unknown:
        return
    # Names of packs this policy does not load are real names too (a profile may name them
    # for policies that extend it): read the shipped packs only on this rare path.
    from promptguard.config.loader import builtin_packs, load_pack

    for name, path in builtin_packs().items():
        pack = load_pack(path)
        packs.add(name)
        for rspec in pack.recognizers:
            ids.add(rspec.id)
            if rspec.entity:
                entities.add(rspec.entity)
    for field, name, known in unknown:
        if name in known:
            continue
        close = difflib.get_close_matches(name, known, n=1, cutoff=0.8)
        what = {"entities": "entity", "entities_only": "entity", "disable": "recognizer or pack",
                "pack_actions": "pack"}[field]
        if close:
            raise ConfigError(
                f"no {what} is named {name!r}; did you mean {close[0]!r}?", file=f"policy {spec.name!r}", field=field
            )
        log.warning("policy %r: %s: no loaded %s is named %r; this entry has no effect", spec.name, field, what, name)


def _is_system_part(text: str, system_prompt: str) -> bool:
    """Whether ``text`` is the system prompt or one of its blank-line separated messages (the
    SDK hook and the LiteLLM route join several system messages with a blank line)."""
    part = text.strip()
    if not part or part == system_prompt:
        return bool(part)
    return (
        system_prompt.startswith(part + "\n\n")
        or system_prompt.endswith("\n\n" + part)
        or f"\n\n{part}\n\n" in system_prompt
    )


JUDGED_AGAINST_SYSTEM: frozenset[str] = frozenset({"user", "document", "tool_result"})
"""Sources whose prompt text is judged against the system prompt it is sent with."""


@functools.lru_cache(maxsize=32)
def _takes_system_prompt(detector_type: Any) -> bool:
    """Whether a detector's ``detect`` takes ``system_prompt`` (a custom one need not)."""
    try:
        params = inspect.signature(detector_type.detect).parameters
    except (AttributeError, TypeError, ValueError):
        return False
    return "system_prompt" in params or any(p.kind is inspect.Parameter.VAR_KEYWORD for p in params.values())


def _judge(
    detector: Any, text: str, source: Source, direction: Direction, errors: list[str], system_prompt: str | None = None
) -> tuple[InjectionVerdict | None, list[Finding]]:
    """The injection verdict of ``text``; a failure is appended to ``errors`` (never "clean")."""
    if system_prompt is not None and direction == "prompt" and (
        source not in JUDGED_AGAINST_SYSTEM or _is_system_part(text, system_prompt)
    ):
        # The system prompt itself (a gateway scanning every message sends it as a text too),
        # or earlier model turns (a refusal names the topic it refuses), are not requests
        # against it. An answer always is checked: one that repeats the prompt is a leak.
        system_prompt = None
    try:
        detector_type: Any = type(detector)  # a class is hashable: the lru_cache key
        if system_prompt is None or not _takes_system_prompt(detector_type):
            verdict, findings = detector.detect(text, source=source, direction=direction)
        else:
            verdict, findings = detector.detect(text, source=source, direction=direction, system_prompt=system_prompt)
    except Exception as exc:  # noqa: BLE001
        log.warning("injection detector failed with %s", type(exc).__name__)
        errors.append(f"injection detector failed ({type(exc).__name__})")
        return None, []
    return verdict, findings


class DeferredBatch:
    """Sanitized texts whose injection verdicts are computed on :meth:`resolve` (once; thread-safe).

    Made by :meth:`Guard.sanitize_batch_deferred`. :attr:`sendable` is final for what is sent;
    :meth:`resolve` returns the complete results, equal to ``Guard.sanitize_batch``'s."""

    __slots__ = (
        "_detections",
        "_detector",
        "_guard",
        "_lock",
        "_resolved",
        "_session",
        "_source",
        "_system_prompt",
        "deferred",
        "sendable",
    )

    def __init__(
        self,
        guard: Guard,
        detector: Any,
        session: Session,
        source: Source,
        detections: list[tuple[str, Any, InjectionVerdict | None, list[Finding], list[str]]],
        sendable: list[ScanResult],
        deferred: list[int],
        system_prompt: str | None = None,
    ) -> None:
        self._guard = guard
        self._system_prompt = system_prompt
        self._detector = detector
        self._session = session
        self._source = source
        self._detections = detections
        self.sendable = sendable
        """One result per text: its text and whether it is blocked are final; the texts at
        :attr:`deferred` have no injection verdict yet."""
        self.deferred: tuple[int, ...] = tuple(deferred)
        """Indexes of the texts whose injection verdict waits for :meth:`resolve`."""
        self._resolved: list[ScanResult] | None = None if deferred else sendable
        self._lock = threading.Lock()

    @property
    def pending(self) -> bool:
        """Whether :meth:`resolve` still has verdicts to compute."""
        return self._resolved is None

    def resolve(self) -> list[ScanResult]:
        """The complete results (injection verdicts computed on the first call)."""
        done = self._resolved
        if done is not None:
            return done
        with self._lock:
            if self._resolved is None:
                guard, source, detector = self._guard, self._source, self._detector
                out = list(self.sendable)
                for i in self.deferred:
                    text, det, _, _, found_errors = self._detections[i]
                    errors = list(found_errors)
                    verdict, inj_findings = _judge(detector, text, source, "prompt", errors, self._system_prompt)
                    out[i] = guard._build(
                        text,
                        (det, verdict, inj_findings, errors),
                        "prompt",
                        source,
                        self._session,
                        False,
                        sanitize=True,
                        sanitized=self.sendable[i].text,
                    )
                self._resolved = out
                self._detections = []  # the texts and detections are no longer needed
            return self._resolved


def _check_text(text: Any, limit: int) -> str:
    if isinstance(text, bytes):
        try:
            text = text.decode("utf-8")
        except UnicodeDecodeError as exc:
            raise InputError(
                f"text is not valid UTF-8 (bad byte at offset {exc.start}); decode it yourself or pass str"
            ) from None
    if not isinstance(text, str):
        raise InputError(f"text must be str (or UTF-8 bytes), not {type(text).__name__}")
    if len(text) > limit:
        raise InputError(f"text has {len(text)} characters; the limit is {limit} (limits.max_text_chars)")
    return text


def _check_system_prompt(system_prompt: Any, limit: int) -> str | None:
    """``system_prompt`` as text (``None``: none given; blank counts as none)."""
    if system_prompt is None:
        return None
    try:
        text = _check_text(system_prompt, limit)
    except InputError as exc:
        raise InputError(f"system_prompt: {str(exc).replace('text ', '', 1)}") from None
    return text if text.strip() else None


def _adapt(recognizer: Any) -> Recognizer:
    if isinstance(recognizer, Recognizer):
        return recognizer
    try:
        from presidio_analyzer import EntityRecognizer
    except ImportError:  # pragma: no cover
        EntityRecognizer = None  # type: ignore[assignment,misc]  # noqa: N806
    if EntityRecognizer is not None and isinstance(recognizer, EntityRecognizer):
        from promptguard.recognizers.presidio import PresidioRecognizer

        return PresidioRecognizer(recognizer)
    raise ConfigError(
        f"cannot register {type(recognizer).__name__}: pass a promptguard Recognizer or a "
        "presidio_analyzer.EntityRecognizer"
    )
