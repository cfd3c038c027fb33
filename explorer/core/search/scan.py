"""Helpers of the search's scan: keeping the lines that match a term, phrase tests, merging postings."""

from __future__ import annotations

import heapq
from array import array
from collections.abc import Iterator, Mapping, Sequence
from itertools import chain, compress, groupby
from operator import not_

SORT_LIMIT = 20_000  # up to this many postings, one C-level sort beats a lazy merge


class TermFilter:
    """Keeps the lines that match a term, in C: by their words at first, and once many lines
    have been asked about, by the set of the term's lines (built once, costing its size)."""

    LINES_PER_SET_ENTRY = 1 / 25  # lines looked at, per posting, that make building the set pay

    def __init__(
        self,
        postings: Mapping[str, array[int]],
        sequences: Sequence[tuple[str, ...]],
        matches: dict[str, float],
        size: int,
    ) -> None:
        self._postings = postings
        self._sequences = sequences
        self._words = frozenset(matches)
        self._size = size
        self._lines: set[int] | None = None

    def keep(self, chunk: list[int], scanned: int) -> list[int]:
        if self._lines is None and scanned >= self._size * self.LINES_PER_SET_ENTRY:
            self._lines = set()
            for word in self._words:
                self._lines.update(self._postings[word])
        if self._lines is not None:
            return list(filter(self._lines.__contains__, chunk))
        sequences = map(self._sequences.__getitem__, chunk)
        return list(compress(chunk, map(not_, map(self._words.isdisjoint, sequences))))


def has_phrase(sequence: tuple[str, ...], direct: list[dict[str, float]], skip: frozenset[str]) -> bool:
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


def merged(lists: list[array[int]], sort_limit: int = SORT_LIMIT) -> Iterator[int]:
    """The line numbers of sorted postings lists, merged in order, each once: sorted at once
    up to `sort_limit` postings, lazily above (when only the first few may be wanted)."""
    if len(lists) == 1:
        return iter(lists[0])
    if sum(map(len, lists)) <= sort_limit:
        return iter(dict.fromkeys(sorted(chain.from_iterable(lists))))  # sorted runs: merged in C
    return (doc_id for doc_id, _ in groupby(heapq.merge(*lists)))
