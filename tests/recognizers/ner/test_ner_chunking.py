from __future__ import annotations

import itertools
import random

import pytest

from promptguard.recognizers.ner.chunking import RawEntity, chunk_text, merge_chunk_entities


def test_short_text_is_one_chunk() -> None:
    chunks = chunk_text("hello world", 100, 10)
    assert len(chunks) == 1 and chunks[0].text == "hello world"


@pytest.mark.parametrize("seed", range(5))
def test_chunks_cover_text_with_bounded_size(seed: int) -> None:
    rng = random.Random(seed)
    words = ["alpha", "beta", "Gamma", "delta.", "\n", "x" * 30]
    text = " ".join(rng.choice(words) for _ in range(3000))
    chunks = chunk_text(text, 1000, 100)
    assert all(len(c.text) <= 1000 for c in chunks)
    assert chunks[0].offset == 0 and chunks[-1].offset + len(chunks[-1].text) == len(text)
    for a, b in itertools.pairwise(chunks):
        assert b.offset < a.offset + len(a.text)  # they overlap
        assert a.own_end == b.own_start  # ownership partitions the text
        assert text[b.offset - 1].isspace()  # cuts fall on whitespace
    for c in chunks:
        assert text[c.offset : c.offset + len(c.text)] == c.text


def _find(text: str, word: str) -> list[RawEntity]:
    out, start = [], text.find(word)
    while start >= 0:
        out.append(RawEntity(start, start + len(word), "PERSON"))
        start = text.find(word, start + 1)
    return out


def test_entities_in_overlaps_are_reported_once_and_cut_ones_recovered() -> None:
    filler = "lorem ipsum dolor sit amet " * 30
    text = (filler + "Anna Lindqvist ") * 12
    chunks = chunk_text(text, 700, 120)
    assert len(chunks) > 5
    per_chunk = [_find(c.text, "Anna Lindqvist") for c in chunks]
    # A chunk edge through a name: the model sees a truncated name there.
    for c, ents in zip(chunks, per_chunk, strict=True):
        if c.text.endswith("Anna"):
            ents.append(RawEntity(len(c.text) - 4, len(c.text), "PERSON"))
    merged = merge_chunk_entities(chunks, per_chunk)
    assert [(e.start, e.end) for e in merged] == [(e.start, e.end) for e in _find(text, "Anna Lindqvist")]
