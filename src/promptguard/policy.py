"""Policy: from findings to actions, thresholds and allow lists."""

from __future__ import annotations

from typing import Any

import re2

from promptguard.config.schema import (
    ActionSpec,
    PolicySpec,
    RecognizerSpec,
)
from promptguard.findings import Action, Direction, Finding
from promptguard.recognizers.regex import re2_options

__all__ = ["Policy"]


def _allow_regex(pattern: str) -> Any:
    """A policy's allow regex, on RE2: it comes from config and runs on detected values, which
    the sender controls; on a backtracking engine ``([a-z]+\\.?)+@example\\.com`` hangs on a
    few dozen characters."""
    return re2.compile(pattern, re2_options(ignore_case=True))


class Policy:
    """A compiled :class:`PolicySpec`: fast lookups for the engine."""

    def __init__(self, spec: PolicySpec) -> None:
        self.spec = spec
        self.name = spec.name
        self._allow = frozenset(v.lower() for v in spec.allow_list)
        self._allow_re = tuple(_allow_regex(r) for r in spec.allow_regex)
        self._entity_allow = {
            name: (frozenset(v.lower() for v in ep.allow_list), tuple(_allow_regex(r) for r in ep.allow_regex))
            for name, ep in spec.entities.items()
            if ep.allow_list or ep.allow_regex
        }
        self.disabled = frozenset(spec.disable)
        self.entities_only = frozenset(spec.entities_only) if spec.entities_only is not None else None
        self._action_cache: dict[tuple[str, str, str, str | None], ActionSpec] = {}
        self._actions: dict[tuple[str, str, str, str | None], Action] = {}

    def threshold(self, entity: str) -> float:
        ep = self.spec.entities.get(entity)
        if ep is not None and ep.threshold is not None:
            return ep.threshold
        return self.spec.threshold

    def action_spec(
        self, entity: str, direction: Direction, severity: str = "medium", pack: str | None = None
    ) -> ActionSpec:
        """Entity policy, then pack defaults, then severity defaults, then the policy defaults."""
        key = (entity, direction, severity, pack)
        cached = self._action_cache.get(key)
        if cached is not None:
            return cached
        ep = self.spec.entities.get(entity)
        spec: Any = getattr(ep, direction) if ep is not None else None
        if spec is None and pack is not None and pack in self.spec.pack_actions:
            spec = getattr(self.spec.pack_actions[pack], direction)
        if spec is None and severity in self.spec.severity_actions:
            spec = getattr(self.spec.severity_actions[severity], direction)
        if spec is None:
            spec = getattr(self.spec.defaults, direction)
        self._action_cache[key] = spec
        result: ActionSpec = spec
        return result

    def action(self, entity: str, direction: Direction, severity: str = "medium", pack: str | None = None) -> Action:
        key = (entity, direction, severity, pack)
        cached = self._actions.get(key)
        if cached is not None:
            return cached
        name = self.action_spec(entity, direction, severity, pack).action
        # A custom operator rewrites the span, so it ranks like redact in overlap resolution.
        # Kept per key like the spec: the enum lookup by value costs more than the rest.
        act = self._actions[key] = Action.REDACT if name == "custom" else Action(name)
        return act

    def allowed(self, entity: str, value: str) -> bool:
        lowered = value.lower()
        if lowered in self._allow or any(r.fullmatch(value) for r in self._allow_re):
            return True
        per = self._entity_allow.get(entity)
        return per is not None and (lowered in per[0] or any(r.fullmatch(value) for r in per[1]))

    def wants(self, entity: str) -> bool:
        return self.entities_only is None or entity in self.entities_only

    def recognizer_enabled(self, rec_id: str, pack: str | None) -> bool:
        return rec_id not in self.disabled and (pack is None or f"{pack}:*" not in self.disabled)

    def deny_specs(self) -> list[RecognizerSpec]:
        """Policy-level deny lists as recognizer specs (always reported, score 1.0)."""
        out = []
        for i, entry in enumerate(self.spec.deny_list):
            out.append(
                RecognizerSpec(
                    id=f"policy.deny_list.{i}",
                    entity=entry.entity,
                    deny_list=entry.values,
                    patterns=[],
                )
            )
        return out

    def apply(self, finding: Finding, direction: Direction) -> Finding:
        return finding.with_(action=self.action(finding.entity_type, direction, finding.severity, finding.pack))
