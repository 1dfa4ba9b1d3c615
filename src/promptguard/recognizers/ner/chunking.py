"""Split long texts into overlapping chunks and merge the entities found in them.

spaCy refuses texts over ``nlp.max_length`` (1,000,000 characters) and its memory
grows with the text. Chunks of ``size`` characters that overlap by ``overlap`` remove
the limit and bound memory; every chunk "owns" the characters up to the middle of its
overlaps, so an entity seen twice (once in each neighbour) is reported once, by the
chunk in whose owned region it starts, and an entity cut by a chunk edge is taken
from the neighbour that saw it whole.
"""

from __future__ import annotations

import bisect
from collections.abc import Iterable
from dataclasses import dataclass

__all__ = ["Chunk", "RawEntity", "chunk_text", "merge_chunk_entities"]


@dataclass(frozen=True, slots=True)
class RawEntity:
    """A model prediction: offsets (into the text the backend was given), label, score."""

    start: int
    end: int
    label: str
    score: float | None = None


@dataclass(frozen=True, slots=True)
class Chunk:
    offset: int
    """Where the chunk starts in the full text."""
    text: str
    own_start: int
    """Full-text offsets this chunk is responsible for: [own_start, own_end)."""
    own_end: int


def _cut(text: str, pos: int, lo: int) -> int:
    """A cut point at or before ``pos`` (but after ``lo``) on whitespace, so no token is split."""
    for i in range(pos, lo, -1):
        if text[i - 1].isspace():
            return i
    return pos


def chunk_text(text: str, size: int, overlap: int) -> list[Chunk]:
    n = len(text)
    if n <= size:
        return [Chunk(0, text, 0, n)]
    spans: list[tuple[int, int]] = []
    start = 0
    while True:
        end = min(n, start + size)
        if end < n:
            end = _cut(text, end, start + size // 2)
        spans.append((start, end))
        if end >= n:
            break
        nxt = _cut(text, end - overlap, start + 1) if overlap else end
        start = max(nxt, start + 1)
    chunks = []
    for i, (s, e) in enumerate(spans):
        own_s = 0 if i == 0 else (spans[i - 1][1] + s) // 2
        own_e = n if i == len(spans) - 1 else (e + spans[i + 1][0]) // 2
        chunks.append(Chunk(s, text[s:e], own_s, own_e))
    return chunks


def merge_chunk_entities(chunks: list[Chunk], per_chunk: Iterable[list[RawEntity]]) -> list[RawEntity]:
    """Shift chunk offsets to the full text and keep each entity once."""
    last = len(chunks) - 1
    candidates: list[tuple[bool, RawEntity]] = []
    for i, (chunk, ents) in enumerate(zip(chunks, per_chunk, strict=True)):
        chunk_end = chunk.offset + len(chunk.text)
        for ent in ents:
            start, end = ent.start + chunk.offset, ent.end + chunk.offset
            # An entity touching a chunk edge that is not a text edge may be truncated;
            # the overlapping neighbour saw it whole.
            if (i > 0 and ent.start == 0) or (i < last and end >= chunk_end):
                continue
            owned = chunk.own_start <= start < chunk.own_end
            candidates.append((owned, RawEntity(start, end, ent.label, ent.score)))
    if last == 0:
        return sorted((e for _, e in candidates), key=lambda e: (e.start, e.end))
    # The owner's reading wins; a neighbour's fills in where the owner's was cut.
    candidates.sort(key=lambda c: (not c[0], c[1].start, c[1].end))
    starts: list[int] = []
    accepted: list[RawEntity] = []
    for _, ent in candidates:
        i = bisect.bisect_left(starts, ent.start)
        if (i > 0 and accepted[i - 1].end > ent.start) or (i < len(accepted) and accepted[i].start < ent.end):
            continue
        starts.insert(i, ent.start)
        accepted.insert(i, ent)
    return accepted
