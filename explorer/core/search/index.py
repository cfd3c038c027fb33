"""Search over every line of every role: the inverted index and its fast scan for full matches.

Each query word is matched against the vocabulary (exact, stem, prefix, typo, shared root,
US/UK spelling, jargon and content synonyms), and only lines holding a matched word are
looked at, through an inverted index. The scan (`ranked`) keeps the best full matches by:
  1. a phrase match (the words adjacent and in order, stop words aside) first;
  2. the IDF-weighted mean of how exactly each word matched (a rare word counts for more);
  3. catalog order (the line numbering, which puts titles and aliases first).
`answer.py` builds the answer from it: operators, a role named in the query, compounds,
the score's tiers, ties, and the partial matches (`partial_matches`) when full ones are few.
"""

from __future__ import annotations

import heapq
import math
from array import array
from collections.abc import Iterable, Iterator, Sequence
from itertools import chain, filterfalse, islice, repeat, takewhile
from typing import TYPE_CHECKING

from explorer.core.search.documents import HitKind, SearchDoc, docs_of
from explorer.core.search.highlight import highlight_spans
from explorer.core.search.hits import Accept, Key, SearchHit
from explorer.core.search.jargon import CONCEPT_MARK, JARGON_TABLE
from explorer.core.search.parts import IndexParts
from explorer.core.search.query import Term
from explorer.core.search.role_mention import RoleNames
from explorer.core.search.scan import TermFilter, has_phrase, merged
from explorer.core.search.spelling import spelling_variants
from explorer.core.search.vocabulary import (
    PARTIAL_SCAN_LIMIT,
    PHRASE_SCAN_LIMIT,
    SEED_BUDGET,
    STEM_SCORE,
    STOP_WORDS,
    SYNONYM_MAX_LINES,
    SYNONYM_SCORE,
    SYNONYMS_BELOW,
)

if TYPE_CHECKING:  # a search answered from the compiled cache never imports the model
    from explorer.core.content.model import Catalog

__all__ = ["HitKind", "SearchDoc", "SearchHit", "SearchIndex"]

CHUNK = 256  # lines filtered at a time, between early-exit checks


class SearchIndex:
    """An inverted index over words, with lines numbered in tie-break order (kind, then role)."""

    def __init__(self, docs: Iterable[SearchDoc], synonyms: Iterable[Sequence[str]] = ()) -> None:
        """`synonyms`: groups of words (a pack's `[[synonyms]]`) that find each other."""
        self._hold(IndexParts.build(docs, synonyms))

    @classmethod
    def from_parts(cls, parts: IndexParts) -> SearchIndex:
        """The index of parts built before (read back by index_data.py), not built again."""
        index = cls.__new__(cls)
        index._hold(parts)
        return index

    def _hold(self, parts: IndexParts) -> None:
        """Every field of an index: its parts, and what only a running search needs."""
        self.parts = parts
        self.synonym_groups = parts.synonym_groups
        self.docs = parts.docs
        self._postings = parts.postings
        self._sequences = parts.sequences
        self._text_lengths = parts.text_lengths
        self.matcher = parts.matcher
        self.vocabulary = parts.matcher.vocabulary
        self._term_cache: dict[Term, dict[str, float]] = {}
        self._names_cache: dict[str, RoleNames] = {}
        self.partial_scan_limit = PARTIAL_SCAN_LIMIT
        self.phrase_scan_limit = PHRASE_SCAN_LIMIT
        self.seed_budget = SEED_BUDGET
        self.role_names()  # built with the index, not on the first keystroke

    @classmethod
    def from_catalog(cls, catalog: Catalog) -> SearchIndex:
        groups = (group for pack in catalog.packs.values() for group in pack.synonyms)
        return cls(docs_of(catalog), groups)

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
                self._add_synonyms(term.word, matches)
        if len(self._term_cache) > 4096:
            self._term_cache.clear()
        self._term_cache[term] = matches
        return matches

    def _add_synonyms(self, typed: str, matches: dict[str, float]) -> None:
        """Words the content makes synonyms of the matched ones, at a synonym's score: a word an
        alias puts in place of its title's ("junior" for "associate"), and a line's area (or
        the team's competency name) for the lines in it."""
        if sum(len(self._postings[w]) for w in matches if w in self._postings) >= SYNONYMS_BELOW:
            return  # enough lines say it in their own words: a synonym would only rank below them
        names = self.role_names()
        for found in dict.fromkeys([typed, *(w for w, score in matches.items() if score >= STEM_SCORE)]):
            for other in names.synonyms_of(found):
                for word, score in self.matcher.match(other).items():
                    if score >= STEM_SCORE and len(self._postings[word]) <= SYNONYM_MAX_LINES:
                        matches.setdefault(word, SYNONYM_SCORE)
            area = CONCEPT_MARK + found
            if area in self._postings and len(self._postings[area]) <= SYNONYM_MAX_LINES:
                matches.setdefault(area, SYNONYM_SCORE)

    def weights(self, per_term: list[dict[str, float]]) -> list[float]:
        """IDF-style: a term matching few lines weighs more than one matching many."""
        count = max(1, len(self.docs))
        sizes = (sum(len(self._postings[w]) for w in matches) for matches in per_term)
        return [math.log(1 + count / max(1, min(size, count))) for size in sizes]

    def ranked(
        self,
        readings: Iterable[tuple[Term, ...]],
        limit: int,
        skip: frozenset[str],
        accept: Accept | None = None,
    ) -> list[Key]:
        """The best `limit` full matches over every reading, as keys (best kept per line)."""
        best: dict[int, Key] = {}
        for terms in readings:
            for key in self._full_matches(terms, limit, skip, accept):
                if key > best.get(-key[2], (-1, 0.0, 0)):
                    best[-key[2]] = key
        return sorted(best.values(), reverse=True)[:limit]

    def sequence(self, doc_id: int) -> tuple[str, ...]:
        """The words a line is found by: its own (of two letters or more), then its keywords."""
        return self._sequences[doc_id]

    def own_words(self, doc_id: int) -> tuple[str, ...]:
        return self._sequences[doc_id][: self._text_lengths[doc_id]]

    def postings(self, word: str) -> array[int]:
        return self._postings.get(word) or array("i")

    def spans(self, doc_id: int, typed: set[str], matched: set[str]) -> tuple[tuple[int, int], ...]:
        present = matched.intersection(self.own_words(doc_id))
        return highlight_spans(self.docs[doc_id].text, typed, matched, present)

    def length(self, doc_id: int) -> int:
        """How many words a line has (a tie-break: the shorter line says it more directly)."""
        return self._text_lengths[doc_id]

    def _full_matches(
        self, terms: tuple[Term, ...], limit: int, skip: frozenset[str], accept: Accept | None
    ) -> list[Key]:
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
            if accept is not None and not accept(doc_id):
                return
            sequence = sequences[doc_id]
            scores = []
            for get in gets:
                score = max(map(get, sequence, repeat(0.0)))
                if not score:
                    return
                scores.append(score)
            phrase = phrase_tier and has_phrase(sequence[: text_lengths[doc_id]], direct, skip)
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
        others = [TermFilter(self._postings, self._sequences, per_term[i], sizes[i]) for i in caps]
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
                    if not has_phrase(sequences[doc_id][: text_lengths[doc_id]], direct, skip):
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
            lines = merged(by_score[score])
            while chunk := list(islice(lines, CHUNK)):
                chunk = list(filterfalse(seen.__contains__, chunk))
                seen.update(chunk)
                yield score, chunk

    def partial_matches(
        self, terms: tuple[Term, ...], wanted: int, taken: set[int], accept: Accept | None = None
    ) -> list[Key]:
        """Lines matching some of the words, by the weighted share of the query they match (a
        rare word counts for more than several common ones), then line number.

        Candidates are taken in line order up to `partial_scan_limit`, so a rare combination
        of common words cannot stall a keystroke.
        """
        per_term = [self.term_matches(term) for term in terms]
        weights = self.weights(per_term)
        total_weight = sum(weights)
        gets = [matches.get for matches in per_term]
        lists = [self._postings[word] for matches in per_term for word in matches]
        # Only the first lines are wanted: merge lazily rather than sort every posting.
        candidates: Iterator[int] = filterfalse(taken.__contains__, merged(lists, sort_limit=0))
        if accept is not None:
            candidates = filter(accept, candidates)
        scored = []
        for doc_id in islice(candidates, self.partial_scan_limit):
            sequence = self._sequences[doc_id]
            scores = [max(map(get, sequence, repeat(0.0))) for get in gets]
            if all(scores):
                continue
            share = sum(map(float.__mul__, weights, scores)) / total_weight
            scored.append((0, round(share, 6), -doc_id))
        return heapq.nlargest(wanted, scored)

    def role_names(self) -> RoleNames:
        """The roles' titles and aliases, as a query may name them (built on first use)."""
        names = self._names_cache.get("names")
        if names is None:
            # Lines are sorted by kind: the titles and aliases come first.
            heads = takewhile(lambda pair: pair[1].kind <= HitKind.ALIAS, enumerate(self.docs))
            lines = ((i, d.role_id, d.text) for i, d in heads)
            names = self._names_cache["names"] = RoleNames(lines, self.synonym_groups)
        return names

    def highlighting(self, readings: Sequence[tuple[Term, ...]]) -> tuple[set[str], set[str]]:
        """The typed words (and their spellings), and every word to highlight (no stop words
        unless the query is nothing else)."""
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
        if not all(term.stop_words for terms in readings for term in terms):
            matched -= STOP_WORDS
        return typed, matched
