"""Large inputs are read in pieces: each piece is scanned with bounded context around it, and
what a cut could lose (a password table's rows under a header further back, a finding the
sanitizing pass no longer sees) fails closed instead of printing values."""

from __future__ import annotations

from types import SimpleNamespace

import pytest

from promptguard import cli
from promptguard.errors import PromptGuardError


def _f(start: int, end: int, recognizer: str = "email_address", entity: str = "EMAIL_ADDRESS") -> SimpleNamespace:
    return SimpleNamespace(start=start, end=end, recognizer=recognizer, entity_type=entity)


def test_a_piece_of_a_one_line_text_reads_a_bounded_margin_not_the_whole_text() -> None:
    ctx = cli._CONTEXT_CHARS
    text = "x" * (20 * ctx)
    lo, hi = cli._around(text, 8 * ctx, 12 * ctx, 0)
    assert (lo, hi) == (7 * ctx, 13 * ctx)
    assert cli._around(text, 0, 4 * ctx, 0) == (0, 5 * ctx)


def test_a_piece_widens_to_the_nearest_line_end_within_reach() -> None:
    ctx = cli._CONTEXT_CHARS
    half = ctx // 2
    text = "a" * (2 * ctx + half) + "\n" + "b" * (6 * ctx) + "\n" + "c" * (3 * ctx)
    lo, hi = cli._around(text, 4 * ctx, 7 * ctx, 0)
    assert text[lo - 1] == "\n" and lo == 2 * ctx + half + 1  # the line start before the margin
    assert text[hi - 1] == "\n" and hi == 8 * ctx + half + 2  # the line end after it


def test_a_cut_inside_a_long_password_table_fails_closed() -> None:
    cut = 10 * cli._CONTEXT_CHARS
    rows = [_f(start, start + 10, "table_password", "PASSWORD") for start in range(cut - cli._CONTEXT_CHARS, cut, 100)]
    with pytest.raises(PromptGuardError, match="password table runs across a piece boundary"):
        cli._refuse_split_tables(rows, [cut, 2 * cut])
    # A short table just before the cut (its header within reach), or one well before it, is fine.
    cli._refuse_split_tables([_f(cut - 300, cut - 290, "table_password", "PASSWORD")], [cut, 2 * cut])
    cli._refuse_split_tables([_f(cut - 9 * cli._CUT_MARGIN, cut - 9 * cli._CUT_MARGIN + 10, "table_password")], [cut])


def test_a_finding_the_sanitizing_pass_lost_fails_closed() -> None:
    scanned = [_f(10, 20), _f(100, 130), _f(500, 510)]
    cli._refuse_lost_findings(scanned, [_f(10, 20), _f(95, 140), _f(505, 512)])
    with pytest.raises(PromptGuardError, match="EMAIL_ADDRESS finding at offset 500"):
        cli._refuse_lost_findings(scanned, [_f(10, 20), _f(95, 140)])
