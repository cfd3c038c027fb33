"""Search over every line of every role: every query word must match, the right lines first.

Each query word is matched against the vocabulary (exact, stem, prefix, fuzzy, US/UK
spelling, jargon), and only lines holding a matched word are looked at, through an
inverted index. A full match is ranked by:
  1. a phrase match (the words adjacent and in order, stop words aside) first;
  2. the IDF-weighted mean of how exactly each word matched (a rare word counts for more);
  3. the kind of line (title > alias > responsibility > skill > … > summary);
  4. the role: the one with more lines found first, then catalog order (the line numbering).
Lines matching only some words follow, marked partial, only when full matches are few.
"""

from __future__ import annotations

import heapq
import math
from array import array
from collections.abc import Iterable, Iterator
from dataclasses import dataclass
from itertools import chain, compress, filterfalse, groupby, islice, repeat
from operator import not_
from typing import TYPE_CHECKING

from explorer.core.search.documents import HitKind, SearchDoc, docs_of
from explorer.core.search.highlight import highlight_spans
from explorer.core.search.jargon import CONCEPT_MARK, JARGON_TABLE
from explorer.core.search.parts import IndexParts
from explorer.core.search.query import Term, parse_query
from explorer.core.search.spelling import spelling_variants
from explorer.core.search.vocabulary import (
    FEW_FULL_MATCHES,
    PARTIAL_RESULTS,
    PARTIAL_SCAN_LIMIT,
    PHRASE_SCAN_LIMIT,
    SEED_BUDGET,
    STOP_WORDS,
    SYNONYM_SCORE,
)

if TYPE_CHECKING:  # a search answered from the compiled cache never imports the model
    from explorer.core.content.model import Catalog

__all__ = ["HitKind", "SearchDoc", "SearchHit", "SearchIndex"]

# (phrase match, score, -line number): the larger key ranks first.
Key = tuple[int, float, int]
CHUNK = 256  # lines filtered at a time, between early-exit checks
SORT_LIMIT = 20_000  # up to this many postings, one C-level sort beats a lazy merge


@dataclass(frozen=True)
class SearchHit:
    doc: SearchDoc
    score: float
    spans: tuple[tuple[int, int], ...]
    partial: bool = False
    phrase: bool = False

    @property
    def role_id(self) -> str:
        return self.doc.role_id


class SearchIndex:
    """An inverted index over words, with lines numbered in tie-break order (kind, then role)."""

    def __init__(self, docs: Iterable[SearchDoc]) -> None:
        self._hold(IndexParts.build(docs))

    @classmethod
    def from_parts(cls, parts: IndexParts) -> SearchIndex:
        """The index of parts built before (read back by index_data.py), not built again."""
        index = cls.__new__(cls)
        index._hold(parts)
        return index

    def _hold(self, parts: IndexParts) -> None:
        """Every field of an index: its parts, and what only a running search needs."""
        self.parts = parts
        self.docs = parts.docs
        self._postings = parts.postings
        self._sequences = parts.sequences
        self._text_lengths = parts.text_lengths
        self.matcher = parts.matcher
        self.vocabulary = parts.matcher.vocabulary
        self._term_cache: dict[Term, dict[str, float]] = {}
        self.partial_scan_limit = PARTIAL_SCAN_LIMIT
        self.phrase_scan_limit = PHRASE_SCAN_LIMIT
        self.seed_budget = SEED_BUDGET

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> SearchIndex:
        return cls(docs_of(catalog))

    def __len__(self) -> int:
        return len(self.docs)

    def clear_cache(self) -> None:
        """Forget per-word match results (benchmarks use this to time cold keystrokes)."""
        self._term_cache.clear()
        self.matcher.clear_cache()

    def matching_words(self, token: str) -> dict[str, float]:
        return self.term_matches(Term(token))

    def term_matches(self, term: Term) -> dict[str, float]:
        """Indexed words (and jargon concept words) matching one query term, with a 0–100 score."""
        cached = self._term_cache.get(term)
        if cached is not None:
            return cached
        if term.concept:
            matches = {term.word: SYNONYM_SCORE} if term.word in self._postings else {}
        else:
            matches = dict(self.matcher.match(term.word, term.prefix_only))
            if not term.stop_words:
                for word in STOP_WORDS.intersection(matches):
                    del matches[word]
            if not term.prefix_only:
                for concept in JARGON_TABLE.concepts_in([term.word]):
                    if concept in self._postings and concept not in matches:
                        matches[concept] = SYNONYM_SCORE
        if len(self._term_cache) > 4096:
            self._term_cache.clear()
        self._term_cache[term] = matches
        return matches

    def weights(self, per_term: list[dict[str, float]]) -> list[float]:
        """IDF-style: a term matching few lines weighs more than one matching many."""
        count = max(1, len(self.docs))
        sizes = (sum(len(self._postings[w]) for w in matches) for matches in per_term)
        return [math.log(1 + count / max(1, min(size, count))) for size in sizes]

    def search(self, query: str, limit: int = 50) -> list[SearchHit]:
        """The best `limit` lines for `query`: full matches, then (when they are few) partial ones."""
        parsed = parse_query(query)
        if not parsed.readings or limit < 1:
            return []
        skip = frozenset() if parsed.only_stop_words else STOP_WORDS
        best: dict[int, Key] = {}
        for terms in parsed.readings:
            for key in self._full_matches(terms, limit, skip):
                if key > best.get(-key[2], (-1, 0.0, 0)):
                    best[-key[2]] = key
        full = self._roles_with_more_lines_first(sorted(best.values(), reverse=True)[:limit])
        partial: list[Key] = []
        if len(full) < min(FEW_FULL_MATCHES, limit) and len(parsed.terms) > 1:
            partial = self._partial_matches(parsed.terms, min(limit - len(full), PARTIAL_RESULTS), set(best))
        typed, matched = self._highlighting(parsed.readings)
        return [
            SearchHit(
                self.docs[-neg_id],
                round(score, 1),
                self._spans(-neg_id, typed, matched),
                partial=is_partial,
                phrase=bool(phrase) and not is_partial,
            )
            for keys, is_partial in ((full, False), (partial, True))
            for phrase, score, neg_id in keys
        ]

    def _spans(self, doc_id: int, typed: set[str], matched: set[str]) -> tuple[tuple[int, int], ...]:
        present = matched.intersection(self._sequences[doc_id][: self._text_lengths[doc_id]])
        return highlight_spans(self.docs[doc_id].text, typed, matched, present)

    def _roles_with_more_lines_first(self, keys: list[Key]) -> list[Key]:
        """Among equal lines (same phrase tier, score and kind), the role with more found lines first."""
        per_role: dict[str, int] = {}
        for key in keys:
            role_id = self.docs[-key[2]].role_id
            per_role[role_id] = per_role.get(role_id, 0) + 1

        def order(key: Key) -> tuple[int, float, int, int, int]:
            doc = self.docs[-key[2]]
            return (-key[0], -key[1], doc.kind, -per_role[doc.role_id], -key[2])

        return sorted(keys, key=order)

    def _full_matches(self, terms: tuple[Term, ...], limit: int, skip: frozenset[str]) -> list[Key]:
        per_term = [self.term_matches(term) for term in terms]
        if not all(per_term):
            return []
        weights = self.weights(per_term)
        total_weight = sum(weights)
        gets = [matches.get for matches in per_term]
        direct = [m for term, m in zip(terms, per_term) if not term.concept]
        phrase_tier = 1 if len(direct) >= 2 else 0
        sequences, text_lengths = self._sequences, self._text_lengths
        sizes = [sum(len(self._postings[w]) for w in matches) for matches in per_term]
        driver = min(range(len(terms)), key=sizes.__getitem__)
        caps, seeds = self._seeds(per_term, driver)
        ceiling = [caps.get(i, 0.0) for i in range(len(terms))]
        best: list[Key] = []  # min-heap: the worst kept line on top

        def consider(doc_id: int) -> None:
            sequence = sequences[doc_id]
            scores = []
            for get in gets:
                score = max(map(get, sequence, repeat(0.0)))
                if not score:
                    return
                scores.append(score)
            phrase = phrase_tier and _has_phrase(sequence[: text_lengths[doc_id]], direct, skip)
            key = (
                1 if phrase else 0,
                round(sum(map(float.__mul__, weights, scores)) / total_weight, 6),
                -doc_id,
            )
            if len(best) < limit:
                heapq.heappush(best, key)
            elif key > best[0]:
                heapq.heapreplace(best, key)

        seen: set[int] = set()
        for doc_id in seeds:
            if doc_id not in seen:
                seen.add(doc_id)
                consider(doc_id)
        if not all(caps.values()):
            return best  # some term's every line was a seed: there is nothing else to find
        others = [_TermFilter(self, per_term[i], sizes[i]) for i in caps]
        extra = scanned = 0
        for driver_score, chunk in self._driver_chunks(per_term[driver], seen):
            scanned += len(chunk)
            for other in others:  # keep lines that match every other term
                chunk = other.keep(chunk, scanned)
            # The best any line from here on can score, summed as `consider` sums: float
            # rounding is monotonic, so no line can exceed it.
            ceiling[driver] = driver_score
            bound = round(sum(map(float.__mul__, weights, ceiling)) / total_weight, 6)
            for doc_id in chunk:
                if len(best) == limit and best[0] >= (0, bound, -doc_id):
                    if best[0] >= (phrase_tier, bound, -doc_id):
                        return best  # nothing from here on can beat (or tie) what is kept
                    extra += 1  # only a phrase match could still enter: look a little further
                    if extra > self.phrase_scan_limit:
                        return best
                    if not _has_phrase(sequences[doc_id][: text_lengths[doc_id]], direct, skip):
                        continue
                consider(doc_id)
        return best

    def _seeds(self, per_term: list[dict[str, float]], driver: int) -> tuple[dict[int, float], list[int]]:
        """Lines holding a rare high-scoring match of a non-driving term, to score up front.

        Returns, for each non-driving term, the best score it can still give a line not among
        the seeds (the early exit's bound), and the seeds. Without this, one rare exact word
        ("le" → "led") would keep the bound high while common completions are scanned.
        """
        budget = self.seed_budget
        caps: dict[int, float] = {}
        seeds: list[Iterable[int]] = []
        for index, matches in enumerate(per_term):
            if index == driver:
                continue
            tiers: dict[float, list[str]] = {}
            for word, score in matches.items():
                tiers.setdefault(score, []).append(word)
            caps[index] = 0.0
            for score in sorted(tiers, reverse=True):
                lists = [self._postings[w] for w in tiers[score]]
                size = sum(map(len, lists))
                if size > budget:
                    caps[index] = score
                    break
                budget -= size
                seeds += lists
        return caps, sorted(set(chain.from_iterable(seeds)))

    def _driver_chunks(self, matches: dict[str, float], seen: set[int]) -> Iterator[tuple[float, list[int]]]:
        """Every line holding a matched word, in chunks: best score first, then line number.

        A line comes once, at its best score; `seen` lines (the seeds) not at all.
        """
        by_score: dict[float, list[array[int]]] = {}
        for word, score in matches.items():
            by_score.setdefault(score, []).append(self._postings[word])
        for score in sorted(by_score, reverse=True):
            lines = _merged(by_score[score])
            while chunk := list(islice(lines, CHUNK)):
                chunk = list(filterfalse(seen.__contains__, chunk))
                seen.update(chunk)
                yield score, chunk

    def _partial_matches(self, terms: tuple[Term, ...], wanted: int, taken: set[int]) -> list[Key]:
        """Lines matching some of the words: most words first, then score, then line number.

        Candidates are taken in line order up to `partial_scan_limit`, so a rare combination
        of common words cannot stall a keystroke.
        """
        per_term = [self.term_matches(term) for term in terms]
        weights = self.weights(per_term)
        total_weight = sum(weights)
        gets = [matches.get for matches in per_term]
        lists = [self._postings[word] for matches in per_term for word in matches]
        # Only the first lines are wanted: merge lazily rather than sort every posting.
        picked = list(
            islice(filterfalse(taken.__contains__, _merged(lists, sort_limit=0)), self.partial_scan_limit)
        )
        sequences = [self._sequences[doc_id] for doc_id in picked]
        # How many terms each line matches, counted in C; only lines that can make the cut are scored.
        counts = list(map(sum, zip(*(map(not_, map(frozenset(m).isdisjoint, sequences)) for m in per_term))))
        if not counts:
            return []
        cut = sorted(counts, reverse=True)[min(wanted, len(counts)) - 1]
        scored = []
        for doc_id, sequence, matched in zip(picked, sequences, counts):
            if cut <= matched < len(terms):
                scores = [max(map(get, sequence, repeat(0.0))) for get in gets]
                scored.append(
                    (matched, round(sum(map(float.__mul__, weights, scores)) / total_weight, 6), -doc_id)
                )
        return [(0, score, neg_id) for _, score, neg_id in heapq.nlargest(wanted, scored)]

    def _highlighting(self, readings: tuple[tuple[Term, ...], ...]) -> tuple[set[str], set[str]]:
        """The typed words (and their spellings), and every word to highlight."""
        typed: set[str] = set()
        matched: set[str] = set()
        for terms in readings:
            for term in terms:
                if term.concept:
                    matched |= JARGON_TABLE.words_of(term.word)
                    continue
                typed.add(term.word)
                typed.update(spelling_variants(term.word))
                for word in self.term_matches(term):
                    if word.startswith(CONCEPT_MARK):
                        matched |= JARGON_TABLE.words_of(word)
                    else:
                        matched.add(word)
        return typed, matched


class _TermFilter:
    """Keeps the lines that match a term, in C: by their words at first, and once many lines
    have been asked about, by the set of the term's lines (built once, costing its size)."""

    LINES_PER_SET_ENTRY = 1 / 25  # lines looked at, per posting, that make building the set pay

    def __init__(self, index: SearchIndex, matches: dict[str, float], size: int) -> None:
        self._index = index
        self._words = frozenset(matches)
        self._size = size
        self._lines: set[int] | None = None

    def keep(self, chunk: list[int], scanned: int) -> list[int]:
        if self._lines is None and scanned >= self._size * self.LINES_PER_SET_ENTRY:
            self._lines = set()
            for word in self._words:
                self._lines.update(self._index._postings[word])
        if self._lines is not None:
            return list(filter(self._lines.__contains__, chunk))
        sequences = map(self._index._sequences.__getitem__, chunk)
        return list(compress(chunk, map(not_, map(self._words.isdisjoint, sequences))))


def _has_phrase(sequence: tuple[str, ...], direct: list[dict[str, float]], skip: frozenset[str]) -> bool:
    """Whether the words match `direct` one after another, in order, stop words aside."""
    first, rest = direct[0], direct[1:]
    length = len(sequence)
    for start, word in enumerate(sequence):
        if word not in first:
            continue
        position = start
        for matches in rest:
            position += 1
            while position < length and sequence[position] in skip:
                position += 1
            if position == length or sequence[position] not in matches:
                break
        else:
            return True
    return False


def _merged(lists: list[array[int]], sort_limit: int = SORT_LIMIT) -> Iterator[int]:
    """The line numbers of sorted postings lists, merged in order, each once: sorted at once
    up to `sort_limit` postings, lazily above (when only the first few may be wanted)."""
    if len(lists) == 1:
        return iter(lists[0])
    if sum(map(len, lists)) <= sort_limit:
        return iter(dict.fromkeys(sorted(chain.from_iterable(lists))))  # sorted runs: merged in C
    return (doc_id for doc_id, _ in groupby(heapq.merge(*lists)))
