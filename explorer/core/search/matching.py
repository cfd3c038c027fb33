"""Which words of the index one query word matches, and how well (exact > stem > prefix > fuzzy)."""

from __future__ import annotations

from bisect import bisect_left
from collections.abc import Iterable
from itertools import islice

import Stemmer  # type: ignore[import-not-found]  # PyStemmer ships no type hints
from rapidfuzz import fuzz, process

from explorer.core.search.spelling import spelling_variants
from explorer.core.search.vocabulary import (
    EXACT_SCORE,
    FUZZY_CUTOFF,
    FUZZY_SCORE,
    FUZZY_SPREAD,
    MIN_EDIT_LENGTH,
    MIN_FUZZY_LENGTH,
    MIN_STEM_LENGTH,
    PREFIX_SCORE,
    ROOT_SCORE,
    STEM_SCORE,
)

MIN_ROOT_LENGTH = 5

# Snowball's English stemmer (PyStemmer, in C): measured against the light stem shared with
# comparison, it joins more families ("profitable"/"profit", "organisation"/"organise",
# "hiring"/"hire") with equal or better relevance on every class, at 1/10 of the time.
stem = Stemmer.Stemmer("english").stemWord

# Enough for every completion of one letter in a large pack ("s" → "strategy" as well as "sales").
MAX_PREFIXED = 4096


class WordMatcher:
    """Matches query words against a sorted vocabulary, caching the answer per word."""

    def __init__(self, vocabulary: Iterable[str]) -> None:
        ordered = sorted(vocabulary)
        self._hold(ordered, [stem(word) for word in ordered])

    @classmethod
    def from_stems(cls, vocabulary: list[str], stems: list[str]) -> WordMatcher:
        """The matcher of a sorted vocabulary whose words' stems are known (read back from storage)."""
        if len(stems) != len(vocabulary):
            raise ValueError("a stem for each word")
        matcher = cls.__new__(cls)
        matcher._hold(vocabulary, stems)
        return matcher

    def _hold(self, vocabulary: list[str], stems: list[str]) -> None:
        self.vocabulary = vocabulary
        self.stems = stems
        # Typos rarely hit the first letter, so fuzzy matching only compares words that share it.
        self._by_initial: dict[str, list[str]] = {}
        self._by_stem: dict[str, list[str]] = {}
        for word, word_stem in zip(vocabulary, stems):
            self._by_initial.setdefault(word[0], []).append(word)
            self._by_stem.setdefault(word_stem, []).append(word)
        self._cache: dict[tuple[str, bool], dict[str, float]] = {}

    def clear_cache(self) -> None:
        self._cache.clear()

    def match(self, token: str, prefix_only: bool = False) -> dict[str, float]:
        """Vocabulary words matching `token` or one of its US/UK spellings, with a 0–100 score.

        `prefix_only` (a one-letter word being typed) allows nothing but completions.
        """
        key = (token, prefix_only)
        cached = self._cache.get(key)
        if cached is not None:
            return cached
        matches: dict[str, float] = {}
        for spelling in (token, *spelling_variants(token)):
            self._add(matches, spelling, prefix_only)
        if not prefix_only and len(token) > MIN_ROOT_LENGTH and not matches:
            # Nothing found as written, by stem, as a completion or as a typo: words sharing its root
            # ("behavior" and "behave"), the word less its last three letters (five at least).
            root = token[: max(MIN_ROOT_LENGTH, len(token) - 3)]
            for word in self._prefixed(root):
                if len(word) <= len(token) + 3 and word not in matches:
                    matches[word] = ROOT_SCORE
        if len(self._cache) > 4096:
            self._cache.clear()
        self._cache[key] = matches
        return matches

    def _add(self, matches: dict[str, float], token: str, prefix_only: bool) -> None:
        def offer(word: str, score: float) -> None:
            if score > matches.get(word, 0.0):
                matches[word] = score

        for word in self._prefixed(token):
            if word == token:
                if not prefix_only:
                    offer(word, EXACT_SCORE)
            else:
                offer(word, PREFIX_SCORE)
        if prefix_only:
            return
        if len(token) >= MIN_FUZZY_LENGTH:
            for word, ratio, _ in process.extract(
                token,
                self._by_initial.get(token[0], []),
                scorer=fuzz.ratio,
                score_cutoff=FUZZY_CUTOFF,
                limit=64,
            ):
                if len(token) < MIN_EDIT_LENGTH and sorted(word) != sorted(token):
                    continue
                score = round(FUZZY_SCORE + FUZZY_SPREAD * (ratio - FUZZY_CUTOFF) / (100 - FUZZY_CUTOFF), 1)
                # A typo of "stakeholder" is as much a typo of "stakeholders".
                for form in self._by_stem.get(stem(word), (word,)):
                    offer(form, score)
        if len(token) >= MIN_STEM_LENGTH:
            for word in self._by_stem.get(stem(token), ()):
                offer(word, EXACT_SCORE if word == token else STEM_SCORE)

    def _prefixed(self, token: str) -> list[str]:
        start = bisect_left(self.vocabulary, token)
        found = []
        for word in islice(self.vocabulary, start, start + MAX_PREFIXED):
            if not word.startswith(token):
                break
            found.append(word)
        return found
