""" "Did you mean": the query with each word no line holds replaced by the closest indexed word."""

from __future__ import annotations

from typing import TYPE_CHECKING

from rapidfuzz import fuzz, process

from explorer.core.common.words import words
from explorer.core.search.query import FILLER

if TYPE_CHECKING:
    from explorer.core.search.index import SearchIndex

SUGGEST_CUTOFF = 70.0  # rapidfuzz ratio: looser than a typo match, as it is only offered
MAX_WORDS = 8


def suggestion(index: SearchIndex, text: str) -> str:
    """The query with its unknown words replaced, or "" when there is nothing to offer."""
    typed = words(text)[:MAX_WORDS]
    changed = False
    out = []
    for word in typed:
        if word in FILLER or len(word) < 3 or index.postings(word) or index.matcher.match(word):
            out.append(word)
            continue
        best = process.extractOne(word, index.vocabulary, scorer=fuzz.ratio, score_cutoff=SUGGEST_CUTOFF)
        if best is None:
            return ""  # a word nothing is close to: no query of the index's words to offer
        out.append(best[0])
        changed = True
    return " ".join(out) if changed else ""
