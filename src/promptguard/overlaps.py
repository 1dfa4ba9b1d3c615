"""Overlap resolution: of findings that share characters, which one a scan keeps.

Findings are ranked by the action they call for, then severity, score and length (see
:func:`_rank`); a cluster of overlapping findings keeps the best-ranked ones that do not
overlap each other.
"""

from __future__ import annotations

import bisect
from collections.abc import Sequence
from typing import get_args

from promptguard.config.schema import Severity
from promptguard.findings import Action, Finding

__all__ = ["LazyRanks", "kept_indexes", "resolve_overlaps"]


# A credential beats the PII it overlaps at equal action: in "https://ghp_...@github.com" or
# "postgres://app:Tr0ub4dor&3@db.internal" an e-mail look-alike spans or cuts into the token or
# password, and if the e-mail won, part of the secret would reach the model and a policy that
# blocks secrets would not fire.
_SEVERITY_RANK = {name: rank for rank, name in enumerate(get_args(Severity))}


def _rank(f: Finding, action: Action | None = None) -> tuple[int, int, float, int, int, int]:
    act = action if action is not None else f.action
    action_rank = act.severity_rank if act is not None else 1
    validated = 1 if f.explanation is not None and f.explanation.validator_result else 0
    severity = _SEVERITY_RANK.get(f.severity, 1)
    return (action_rank, severity, round(f.score, 6), validated, f.length, -f.start)


def _first_overlap(findings: Sequence[Finding], by_start: list[int]) -> int:
    """The position in ``by_start`` of the first finding that starts before the previous one ends,
    ``len(by_start)`` if none does. The findings before the previous one are clusters of their own
    (see :func:`kept_indexes`): each starts after the one before it ends, so the greedy keeps them."""
    prev_end = -1
    for i in by_start:
        f = findings[i]
        if f.start <= prev_end:
            return by_start.index(i)  # a C search, once: no position counted per finding
        prev_end = f.end
    return len(by_start)


_Rank = tuple[int, int, float, int, int, int]


class LazyRanks:
    """``ranks[i]`` is ``_rank(findings[i], actions[i])``, computed on first use: overlap
    resolution only ranks findings whose spans share a cluster."""

    __slots__ = ("_actions", "_findings", "_ranks")

    def __init__(self, findings: Sequence[Finding], actions: Sequence[Action]) -> None:
        self._findings = findings
        self._actions = actions
        self._ranks: dict[int, _Rank] = {}

    def __getitem__(self, i: int) -> _Rank:
        rank = self._ranks.get(i)
        if rank is None:
            rank = self._ranks[i] = _rank(self._findings[i], self._actions[i])
        return rank

    def __len__(self) -> int:
        return len(self._findings)


def kept_indexes(findings: Sequence[Finding], ranks: Sequence[_Rank] | LazyRanks) -> list[int]:
    """Indices of the findings kept, in text order (see :func:`resolve_overlaps`).

    Greedy by rank: a finding is kept unless it overlaps one kept before it. Only
    findings linked by overlaps can compete, so the text is cut into clusters of
    chained overlaps (one sweep in start order) and the greedy runs per cluster: a lone
    finding, the common case, is kept at once, and a 10 MB text with 50,000 findings
    does not pay for inserting into one long sorted list (quadratic).
    """
    n = len(findings)
    if n < 2:
        return list(range(n))
    # The sort keys built once, looked up by a C call (not a lambda per comparison key).
    spans = [(f.start, f.end) for f in findings]
    by_start = sorted(range(n), key=spans.__getitem__)
    first = _first_overlap(findings, by_start)
    if first == n:
        return by_start
    # The lone findings before the first overlapping pair are kept as they are; the sweep starts
    # at that pair (with a secret inside a header, the first overlap is often late in the text).
    accepted: list[int] = by_start[: first - 1]
    cluster: list[int] = []
    cluster_end = -1
    for i in by_start[first - 1 :]:
        f = findings[i]
        # ">" and not ">=": spans that only touch share a cluster. Harmless (the greedy
        # still tests real overlaps) and it keeps equal empty spans in one cluster.
        if cluster and f.start > cluster_end:
            if len(cluster) == 1:
                accepted.append(cluster[0])  # a lone finding (most): kept, no call
            else:
                _keep_cluster(findings, ranks, cluster, accepted)
            cluster = []
        cluster.append(i)
        if f.end > cluster_end or len(cluster) == 1:
            cluster_end = f.end
    _keep_cluster(findings, ranks, cluster, accepted)
    accepted.sort(key=spans.__getitem__)
    return accepted


def _keep_cluster(
    findings: Sequence[Finding],
    ranks: Sequence[_Rank] | LazyRanks,
    cluster: list[int],
    accepted: list[int],
) -> None:
    if len(cluster) == 1:
        accepted.append(cluster[0])
        return
    starts: list[int] = []
    ends: list[int] = []
    # Ties keep index order, as one global sort of all findings would.
    cluster.sort()
    # Accepted spans never overlap, so checking the two neighbours of the insertion point suffices.
    for i in sorted(cluster, key=ranks.__getitem__, reverse=True):
        f = findings[i]
        j = bisect.bisect_left(starts, f.start)
        if (j > 0 and ends[j - 1] > f.start) or (j < len(starts) and starts[j] < f.end):
            continue
        starts.insert(j, f.start)
        ends.insert(j, f.end)
        accepted.append(i)


def resolve_overlaps(findings: list[Finding]) -> list[Finding]:
    """One span per region: the finding the policy acts on most strongly, then the
    most severe, then the best score, then a validated (checksummed) one, then the longest, wins."""
    return [findings[i] for i in kept_indexes(findings, [_rank(f) for f in findings])]
