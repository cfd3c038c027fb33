"""Fuzzy search over role titles, aliases, responsibilities and summaries.

Rather than scoring every line against the query, each query word is matched against the
vocabulary (prefix or fuzzy, so "roadm" and "roadmpa" both find "roadmap"), and only the
lines that contain a matched word are scored, through an inverted index.
"""

from __future__ import annotations

import heapq
import re
from bisect import bisect_left
from collections.abc import Iterable
from dataclasses import dataclass
from enum import IntEnum

from rapidfuzz import fuzz, process

from explorer.core.model import Catalog

_WORD = re.compile(r"\w+")
FUZZY_CUTOFF = 75.0
# Words shorter than this only match by prefix: one edit in a 3-letter word is a different word.
MIN_FUZZY_LENGTH = 4
SYNONYM_SCORE = 95.0
STEM_SCORE = 96.0
# Jargon that the role texts spell out in words.
SYNONYMS: dict[str, tuple[str, ...]] = {
    "kpi": ("kpis", "indicators", "metrics"),
    "kpis": ("indicators", "metrics"),
    "okr": ("objectives", "goals"),
    "okrs": ("objectives", "goals"),
    "roi": ("return", "investment"),
    "ux": ("experience", "design"),
    "ui": ("design", "designers"),
    "gtm": ("market",),
    "pm": ("product",),
    "ml": ("ai", "model"),
    "hire": ("hiring", "choose"),
    "money": ("budget", "revenue", "profitable", "funding"),
    "salary": ("pay",),
}


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


def words(text: str) -> list[str]:
    return _WORD.findall(text.casefold())


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


def _docs_of(catalog: Catalog) -> Iterable[SearchDoc]:
    for role in catalog.sorted_roles():
        yield SearchDoc(HitKind.TITLE, role.id, role.title)
        for alias in role.aliases:
            yield SearchDoc(HitKind.ALIAS, role.id, alias)
        for responsibility in role.responsibilities:
            yield SearchDoc(HitKind.RESPONSIBILITY, role.id, responsibility.text, responsibility.id)
        yield SearchDoc(HitKind.SUMMARY, role.id, role.summary)


class SearchIndex:
    def __init__(self, docs: Iterable[SearchDoc]) -> None:
        self.docs: list[SearchDoc] = list(docs)
        postings: dict[str, list[int]] = {}
        for doc_id, doc in enumerate(self.docs):
            for word in set(words(doc.text)):
                postings.setdefault(word, []).append(doc_id)
        self._postings = postings
        self.vocabulary: list[str] = sorted(postings)
        # Typos rarely hit the first letter, so fuzzy matching only compares words that share it.
        self._by_initial: dict[str, list[str]] = {}
        self._by_stem: dict[str, list[str]] = {}
        for word in self.vocabulary:
            self._by_initial.setdefault(word[0], []).append(word)
            self._by_stem.setdefault(stem(word), []).append(word)
        self._word_cache: dict[str, dict[str, float]] = {}

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> "SearchIndex":
        return cls(_docs_of(catalog))

    def __len__(self) -> int:
        return len(self.docs)

    def matching_words(self, token: str) -> dict[str, float]:
        """Vocabulary words that match one query word, with a 0–100 score."""
        cached = self._word_cache.get(token)
        if cached is not None:
            return cached
        matches: dict[str, float] = {}
        for word in self._prefixed(token):
            # A full word beats a prefix of a longer one; shorter completions beat longer ones.
            matches[word] = 100.0 if word == token else 90.0 + 9.0 * len(token) / len(word)
        if len(token) >= MIN_FUZZY_LENGTH:
            for word, score, _ in process.extract(
                token, self._by_initial.get(token[0], []), scorer=fuzz.ratio, score_cutoff=FUZZY_CUTOFF, limit=64
            ):
                matches[word] = max(matches.get(word, 0.0), min(score, 89.0))
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
        for word in self.vocabulary[start:]:
            if not word.startswith(token):
                break
            found.append(word)
            if len(found) >= 256:
                break
        return found

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        tokens = list(dict.fromkeys(words(query)))
        if not tokens:
            return []
        per_token = [self.matching_words(token) for token in tokens]
        totals: dict[int, float] = {}
        for matches in per_token:
            best: dict[int, float] = {}
            for word, score in matches.items():
                for doc_id in self._postings[word]:
                    if score > best.get(doc_id, 0.0):
                        best[doc_id] = score
            for doc_id, score in best.items():
                totals[doc_id] = totals.get(doc_id, 0.0) + score
        count = len(tokens)
        # A role whose several lines match is a better answer than one stray mention.
        lines_per_role: dict[str, int] = {}
        for doc_id in totals:
            role_id = self.docs[doc_id].role_id
            lines_per_role[role_id] = lines_per_role.get(role_id, 0) + 1

        def rank(item: tuple[int, float]) -> tuple:
            doc = self.docs[item[0]]
            return (-round(item[1] / count, 1), doc.kind, -lines_per_role[doc.role_id], len(doc.text), item[0])

        ranked = heapq.nsmallest(limit, totals.items(), key=rank)
        matched = {word: score for matches in per_token for word, score in matches.items()}
        return [
            SearchHit(self.docs[doc_id], round(total / count, 1), highlight_spans(self.docs[doc_id].text, tokens, matched))
            for doc_id, total in ranked
        ]


def highlight_spans(text: str, tokens: list[str], matched: dict[str, float]) -> tuple[tuple[int, int], ...]:
    """Character ranges of `text` to highlight: the matched prefix, or the whole fuzzily matched word."""
    spans = []
    for found in _WORD.finditer(text):
        word = found.group(0).casefold()
        if word not in matched:
            continue
        prefix = max((len(t) for t in tokens if word.startswith(t)), default=0)
        end = min(found.start() + prefix, found.end()) if prefix else found.end()
        spans.append((found.start(), end))
    return tuple(spans)


def best_hit_per_role(hits: Iterable[SearchHit]) -> list[SearchHit]:
    seen: set[str] = set()
    unique = []
    for hit in hits:
        if hit.role_id not in seen:
            seen.add(hit.role_id)
            unique.append(hit)
    return unique
