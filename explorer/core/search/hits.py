"""A search's answers: the line found, its score and how it matched."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from explorer.core.search.documents import SearchDoc

# (phrase match, score, -line number): the larger key ranks first.
Key = tuple[int, float, int]
Accept = Callable[[int], bool]  # which lines an operator lets through


@dataclass(frozen=True)
class SearchHit:
    doc: SearchDoc
    score: float
    spans: tuple[tuple[int, int], ...]
    partial: bool = False
    phrase: bool = False
    relevance: float = 0.0  # how well the words matched, 0–100, before the score's tiers
    why: tuple[str, ...] = ()  # how it matched: "own words", "stem", "typo", "synonym", "role named", …

    @property
    def role_id(self) -> str:
        return self.doc.role_id
