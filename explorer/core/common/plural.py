"""Counts in words, singular for exactly one: "1 match", "2 matches", "1,204 roles"."""

from __future__ import annotations


def plural(noun: str) -> str:
    """The regular English plural of `noun` (of its last word)."""
    if noun.endswith(("s", "x", "z", "ch", "sh")):
        return noun + "es"
    if noun.endswith("y") and noun[-2:-1] not in ("a", "e", "i", "o", "u", ""):
        return noun[:-1] + "ies"
    return noun + "s"


def counted(count: int, noun: str, many: str | None = None) -> str:
    """`count` with thousands separators and the noun, in the plural (`many` if irregular) unless it is 1."""
    return f"{count:,} {noun if count == 1 else many or plural(noun)}"
