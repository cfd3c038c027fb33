"""Splitting text into words and a light stem, shared by search and comparison."""

from __future__ import annotations

import re

WORD_PATTERN = re.compile(r"\w+")


def words(text: str) -> list[str]:
    return WORD_PATTERN.findall(text.casefold())


_SUFFIXES = ("ments", "ment", "ings", "ing", "ers", "ies", "es", "ed", "er", "s")


def stem(word: str) -> str:
    """A deliberately light stem so that "planning", "plans" and "plan" meet."""
    for suffix in _SUFFIXES:
        if word.endswith(suffix) and len(word) - len(suffix) >= 3:
            word = word[: -len(suffix)]
            break
    if len(word) >= 4 and word[-1] == word[-2]:
        word = word[:-1]
    return word.rstrip("e") if len(word) > 4 else word
