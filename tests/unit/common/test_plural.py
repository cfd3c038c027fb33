"""Counts in words: singular for exactly one, regular plurals otherwise."""

import pytest

from explorer.core.common.plural import counted, plural


@pytest.mark.parametrize(
    "count, noun, expected",
    [
        (0, "role", "0 roles"),
        (1, "role", "1 role"),
        (2, "role", "2 roles"),
        (1_234, "role", "1,234 roles"),
        (1, "match", "1 match"),
        (3, "match", "3 matches"),
        (2, "box", "2 boxes"),
        (2, "wish", "2 wishes"),
        (1, "responsibility", "1 responsibility"),
        (5, "responsibility", "5 responsibilities"),
        (2, "day", "2 days"),
        (1, "content problem", "1 content problem"),
        (7, "content problem", "7 content problems"),
        (1, "more line", "1 more line"),
        (4, "more line", "4 more lines"),
        (-1, "step", "-1 steps"),
    ],
)
def test_counted(count, noun, expected):
    assert counted(count, noun) == expected


def test_an_irregular_plural_is_given():
    assert counted(1, "person", "people") == "1 person"
    assert counted(2, "person", "people") == "2 people"


def test_plural_of_odd_words():
    assert plural("y") == "ys"
    assert plural("") == "s"
