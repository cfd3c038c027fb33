"""Short forms of long text in messages never cut a word (issue 26 D12)."""

from pathlib import Path

import pytest

from explorer.tui.text import clipped

HOSTILE = Path(__file__).parents[1] / "data" / "hostile"
DUTY = "Prioritise the roadmap for their area and defend the choices to stakeholders"


def test_short_text_is_kept_whole():
    assert clipped("Ship it", 50) == "Ship it"
    assert clipped(DUTY, len(DUTY)) == DUTY


def test_a_cut_falls_at_a_word_and_ends_in_an_ellipsis():
    short = clipped(DUTY, 50)
    assert short == "Prioritise the roadmap for their area and defend…"
    assert len(short) <= 50
    assert clipped("one two three", 8) == "one two…"


def test_a_single_long_word_is_cut_inside_it():
    assert clipped("x" * 80, 10) == "x" * 9 + "…"


@pytest.mark.parametrize("path", sorted(HOSTILE.iterdir()) if HOSTILE.is_dir() else [], ids=lambda p: p.name)
def test_hostile_strings_stay_within_the_limit(path):
    for line in path.read_text(encoding="utf-8", errors="replace").splitlines():
        assert len(clipped(line, 40)) <= 40
