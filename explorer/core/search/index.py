"""Fuzzy search over role titles, aliases, responsibilities and summaries.

Rather than scoring every line against the query, each query word is matched against the
vocabulary (prefix or fuzzy, so "roadm" and "roadmpa" both find "roadmap"), and only the
lines that contain a matched word are scored, through an inverted index.
"""

from __future__ import annotations

import heapq
from array import array
from bisect import bisect_left
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from enum import IntEnum
from itertools import islice, repeat

from rapidfuzz import fuzz, process

from explorer.core.common.words import WORD_PATTERN, stem, words
from explorer.core.content.model import Catalog
from explorer.core.search.vocabulary import (
    FUZZY_CUTOFF,
    MIN_FUZZY_LENGTH,
    PARTIAL_SCAN_LIMIT,
    STEM_SCORE,
    SYNONYM_SCORE,
    SYNONYMS,
)


class HitKind(IntEnum):
    """Lower value wins ties: title > alias > responsibility > summary."""

    TITLE = 0
    ALIAS = 1
    RESPONSIBILITY = 2
    SUMMARY = 3

    @property
    def label(self) -> str:
        return self.name.lower()


@dataclass(frozen=True)
class SearchDoc:
    kind: HitKind
    role_id: str
    text: str
    responsibility_id: str | None = None


@dataclass(frozen=True)
class SearchHit:
    doc: SearchDoc
    score: float
    spans: tuple[tuple[int, int], ...]

    @property
    def role_id(self) -> str:
        return self.doc.role_id


def _docs_of(catalog: Catalog) -> Iterable[SearchDoc]:
    for role in catalog.sorted_roles():
        yield SearchDoc(HitKind.TITLE, role.id, role.title)
        for alias in role.aliases:
            yield SearchDoc(HitKind.ALIAS, role.id, alias)
        for responsibility in role.responsibilities:
            yield SearchDoc(HitKind.RESPONSIBILITY, role.id, responsibility.text, responsibility.id)
        yield SearchDoc(HitKind.SUMMARY, role.id, role.summary)


class SearchIndex:
    """An inverted index over words, with documents numbered in tie-break order.

    Documents are sorted once by (kind, text length), so a lower number always wins a tie:
    title > alias > responsibility > summary, then the shorter line. Each postings list is
    therefore already in rank order, and a search can stop as soon as `limit` results are
    certain instead of scoring every line that shares a word with the query.
    """

    def __init__(self, docs: Iterable[SearchDoc]) -> None:
        ordered = sorted(docs, key=lambda d: (d.kind, len(d.text)))
        self.docs: list[SearchDoc] = ordered
        postings: dict[str, array] = {}
        canonical: dict[str, str] = {}  # one string object per word, shared by every document
        doc_words: list[tuple[str, ...]] = []
        for doc_id, doc in enumerate(ordered):
            unique = tuple(canonical.setdefault(word, word) for word in dict.fromkeys(words(doc.text)))
            for word in unique:
                bucket = postings.get(word)
                if bucket is None:
                    bucket = postings[word] = array("i")
                bucket.append(doc_id)
            doc_words.append(unique)
        self._postings = postings
        self._doc_words = doc_words
        self.vocabulary: list[str] = sorted(postings)
        # Typos rarely hit the first letter, so fuzzy matching only compares words that share it.
        self._by_initial: dict[str, list[str]] = {}
        self._by_stem: dict[str, list[str]] = {}
        for word in self.vocabulary:
            self._by_initial.setdefault(word[0], []).append(word)
            self._by_stem.setdefault(stem(word), []).append(word)
        self._word_cache: dict[str, dict[str, float]] = {}
        self.partial_scan_limit = PARTIAL_SCAN_LIMIT

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> "SearchIndex":
        return cls(_docs_of(catalog))

    def __len__(self) -> int:
        return len(self.docs)

    def clear_cache(self) -> None:
        """Forget per-word match results (benchmarks use this to time cold keystrokes)."""
        self._word_cache.clear()

    def matching_words(self, token: str) -> dict[str, float]:
        """Vocabulary words that match one query word, with a 0–100 score."""
        cached = self._word_cache.get(token)
        if cached is not None:
            return cached
        matches: dict[str, float] = {}
        for word in self._prefixed(token):
            # A full word beats a prefix of a longer one; shorter completions beat longer ones.
            matches[word] = 100.0 if word == token else round(90.0 + 9.0 * len(token) / len(word), 1)
        if len(token) >= MIN_FUZZY_LENGTH:
            for word, score, _ in process.extract(
                token, self._by_initial.get(token[0], []), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=64
            ):
                matches[word] = max(matches.get(word, 0.0), round(min(score, 89.0), 1))
        if len(token) >= 3:
            for word in self._by_stem.get(stem(token), ()):
                matches[word] = max(matches.get(word, 0.0), STEM_SCORE if word != token else 100.0)
        for synonym in SYNONYMS.get(token, ()):
            if synonym in self._postings:
                matches[synonym] = max(matches.get(synonym, 0.0), SYNONYM_SCORE)
        if len(self._word_cache) > 4096:
            self._word_cache.clear()
        self._word_cache[token] = matches
        return matches

    def _prefixed(self, token: str) -> list[str]:
        start = bisect_left(self.vocabulary, token)
        found = []
        for word in islice(self.vocabulary, start, start + 256):
            if not word.startswith(token):
                break
            found.append(word)
        return found

    def _ranked_candidates(self, matches: dict[str, float]) -> Iterator[tuple[float, int]]:
        """(score, doc id) for every doc holding a matched word: best score first, then rank."""
        by_score: dict[float, list[array]] = {}
        for word, score in matches.items():
            by_score.setdefault(score, []).append(self._postings[word])
        seen: set[int] = set()
        for score in sorted(by_score, reverse=True):
            lists = by_score[score]
            for doc_id in (lists[0] if len(lists) == 1 else heapq.merge(*lists)):
                if doc_id not in seen:
                    seen.add(doc_id)
                    yield score, doc_id

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """The best `limit` lines for `query`.

        Lines that match every query word come first (found from the rarest word, scoring
        only those candidates, with an early exit); only when there are fewer than `limit`
        of them do lines matching some of the words follow, most words matched first, taken
        from the first `partial_scan_limit` candidates in rank order.
        Within each group: higher mean word score first, then title > alias >
        responsibility > summary, then the shorter line.
        """
        tokens = list(dict.fromkeys(words(query)))
        if not tokens:
            return []
        per_token = [self.matching_words(token) for token in tokens]
        ranked = self._lines_matching_all(per_token, limit)
        if len(ranked) < limit and len(tokens) > 1:
            ranked += self._lines_matching_some(per_token, limit - len(ranked), {doc_id for _, doc_id in ranked})
        matched = {word: score for matches in per_token for word, score in matches.items()}
        return [
            SearchHit(
                self.docs[doc_id], score,
                highlight_spans(self.docs[doc_id].text, tokens, matched, [w for w in self._doc_words[doc_id] if w in matched]),
            )
            for score, doc_id in ranked
        ]

    def _lines_matching_all(self, per_token: list[dict[str, float]], limit: int) -> list[tuple[float, int]]:
        sizes = [sum(len(self._postings[w]) for w in matches) for matches in per_token]
        driver = min(range(len(per_token)), key=sizes.__getitem__)
        lookups = [m.get for i, m in enumerate(per_token) if i != driver]
        # The most the other words can add: their best match.
        others_best = sum(max(m.values(), default=0.0) for i, m in enumerate(per_token) if i != driver)
        count = len(per_token)
        best: list[tuple[float, int]] = []  # min-heap of (score, -doc id): the worst kept result on top
        for driver_score, doc_id in self._ranked_candidates(per_token[driver]):
            if len(best) == limit and best[0][0] >= round((driver_score + others_best) / count, 1):
                break  # nothing further down can beat (or, coming later, tie) what is kept
            total = driver_score
            doc_words = self._doc_words[doc_id]
            for lookup in lookups:
                word_score = max(map(lookup, doc_words, repeat(0.0)))
                if not word_score:
                    break
                total += word_score
            else:
                entry = (round(total / count, 1), -doc_id)
                if len(best) < limit:
                    heapq.heappush(best, entry)
                elif entry > best[0]:
                    heapq.heapreplace(best, entry)
        return [(score, -neg_id) for score, neg_id in sorted(best, key=lambda e: (-e[0], -e[1]))]

    def _lines_matching_some(self, per_token: list[dict[str, float]], wanted: int, taken: set[int]) -> list[tuple[float, int]]:
        # Postings are sorted, so merging them yields candidates in rank order without
        # building their union; past partial_scan_limit candidates, later lines are skipped.
        lists = [self._postings[word] for matches in per_token for word in matches]
        seen = set(taken)
        picked: list[int] = []
        for doc_id in heapq.merge(*lists):
            if doc_id not in seen:
                seen.add(doc_id)
                picked.append(doc_id)
                if len(picked) >= self.partial_scan_limit:
                    break
        lookups = [m.get for m in per_token]
        count = len(per_token)
        scored = []
        for doc_id in picked:
            doc_words = self._doc_words[doc_id]
            word_scores = [max(map(lookup, doc_words, repeat(0.0))) for lookup in lookups]
            hits = sum(1 for score in word_scores if score)
            scored.append((-hits, -round(sum(word_scores) / count, 1), doc_id))
        return [(-neg_score, doc_id) for _, neg_score, doc_id in heapq.nsmallest(wanted, scored)]


def highlight_spans(
    text: str, tokens: list[str], matched: dict[str, float], present: Iterable[str] | None = None
) -> tuple[tuple[int, int], ...]:
    """Character ranges of `text` to highlight: the matched prefix, or the whole fuzzily matched word.

    `present` (the matched words known to be in the text) lets the common case skip the regex.
    """
    folded = text.casefold()
    if present is None or len(folded) != len(text):
        return _highlight_by_regex(text, tokens, matched)
    spans = []
    for word in present:
        prefix = max((len(t) for t in tokens if word.startswith(t)), default=0)
        start = folded.find(word)
        while start != -1:
            end = start + len(word)
            if (start == 0 or not folded[start - 1].isalnum()) and (end == len(folded) or not folded[end].isalnum()):
                spans.append((start, start + prefix if prefix else end))
            start = folded.find(word, end)
    return tuple(sorted(spans))


def _highlight_by_regex(text: str, tokens: list[str], matched: dict[str, float]) -> tuple[tuple[int, int], ...]:
    spans = []
    for found in WORD_PATTERN.finditer(text):
        word = found.group(0).casefold()
        if word not in matched:
            continue
        prefix = max((len(t) for t in tokens if word.startswith(t)), default=0)
        end = min(found.start() + prefix, found.end()) if prefix else found.end()
        spans.append((found.start(), end))
    return tuple(spans)
