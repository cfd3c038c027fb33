"""How search reads one word: the indexed words it stands for (its stem, US/UK spelling, jargon).

Given to features that read free text (a job posting) so they read words as search does.
"""

from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from explorer.core.search.index import SearchIndex

if TYPE_CHECKING:
    from explorer.core.content.model import Catalog

CLOSE = 90.0  # the word itself, its stem, a spelling variant or a jargon synonym; not fuzzy guesses


def close_readings(catalog: Catalog) -> Callable[[str], list[str]]:
    index = SearchIndex.from_catalog(catalog)

    def readings(word: str) -> list[str]:
        return [
            found for found, score in index.matching_words(word).items() if score >= CLOSE and found.isalnum()
        ]

    return readings


__all__ = ["close_readings", "readings_of"]


def readings_of(index: SearchIndex) -> Callable[[str], list[str]]:
    """As close_readings, from an index already built (the app's)."""

    def readings(word: str) -> list[str]:
        return [
            found for found, score in index.matching_words(word).items() if score >= CLOSE and found.isalnum()
        ]

    return readings
