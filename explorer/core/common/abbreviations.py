"""Abbreviations of the words of role titles, as people type them ("sr pm", "grp pm", "dir of product").

Shared by the role picker's names and search: each is spelled out before names are compared.
"""

from __future__ import annotations

from collections.abc import Iterable

ABBREVIATIONS: dict[str, tuple[str, ...]] = {
    "sr": ("senior",),
    "snr": ("senior",),
    "jr": ("junior",),
    "grp": ("group",),
    "mgr": ("manager",),
    "mngr": ("manager",),
    "vp": ("vice", "president"),
    "dir": ("director",),
    "pm": ("product", "manager"),
    "prod": ("product",),
    "mktg": ("marketing",),
    "assoc": ("associate",),
    "eng": ("engineering",),
}


def spelled_out(words: Iterable[str]) -> tuple[str, ...]:
    """The words with each abbreviation spelled out (words already casefolded)."""
    return tuple(part for word in words for part in ABBREVIATIONS.get(word, (word,)))
