"""Career jargon: groups of terms that mean the same thing ("kpi", "key performance indicators").

A line that uses any term of a group also carries the group's concept word ("~kpi"), which
no typed word can produce. A query that uses a term of the group matches the concept word,
at a synonym's score, so "kpi" finds "key performance indicators" but ranks a line that
says "KPI" higher. Terms are compared word by word, a plural "s" aside ("KPIs" counts);
other forms are listed ("hiring", "recruiting"), as a stemmer would also join "required".
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass
from itertools import compress, count

from explorer.core.common.words import words

CONCEPT_MARK = "~"

# Each line is one group; its first term names it.
JARGON: tuple[tuple[str, ...], ...] = (
    ("hire", "hiring", "recruit", "recruiting", "recruitment", "recruiter", "hired"),
    ("p&l", "profit and loss", "p and l", "profitability", "profitable"),
    ("okr", "objectives and key results", "objectives", "key results"),
    ("kpi", "key performance indicators", "key performance indicator"),
    ("gtm", "go-to-market", "go to market", "launch strategy"),
    (
        "prd",
        "product requirements document",
        "requirements document",
        "requirements",
        "specification",
        "spec",
    ),
    ("a/b test", "ab test", "a/b testing", "experiment", "experiments", "experimentation", "split test"),
    ("pm", "product manager"),
    ("ux", "user experience"),
    (
        "people management",
        "manage people",
        "managing people",
        "people leadership",
        "line management",
        "direct reports",
    ),
    ("pay", "salary", "compensation", "wage", "earnings"),
    ("roi", "return on investment"),
    ("pricing", "price", "monetisation", "monetization", "revenue", "commercial"),
)


@dataclass(frozen=True)
class TermMatch:
    """A jargon term found in a sequence of words: where it starts and ends, and its concept word."""

    start: int
    end: int
    concept: str


def jargon_key(word: str) -> str:
    """The form terms are compared in: a plural "s" dropped."""
    return word[:-1] if len(word) > 3 and word[-1] == "s" and word[-2] != "s" else word


def _keys(term: str) -> tuple[str, ...]:
    return tuple(jargon_key(word) for word in words(term))


class JargonTable:
    """The groups as sequences of keys (see `jargon_key`), looked up by their first key."""

    def __init__(self, groups: Sequence[Sequence[str]] = JARGON) -> None:
        self._by_first: dict[str, list[tuple[tuple[str, ...], str]]] = {}
        for group in groups:
            concept = CONCEPT_MARK + "".join(words(group[0]))
            for term in group:
                keys = _keys(term)
                self._by_first.setdefault(keys[0], []).append((keys, concept))
        for terms in self._by_first.values():
            terms.sort(key=lambda entry: -len(entry[0]))  # longest term first
        # Words of a line that may start a term, as written: a line without any skips the lookup.
        self.first_words = frozenset(self._by_first) | {key + "s" for key in self._by_first}
        # The terms each of those words may start, as written (its key worked out once, here).
        self._starting = {word: self._by_first.get(jargon_key(word), ()) for word in self.first_words}
        self._words_of: dict[str, set[str]] = {}
        for group in groups:
            concept = CONCEPT_MARK + "".join(words(group[0]))
            for term in group:
                self._words_of.setdefault(concept, set()).update(words(term))

    def words_of(self, concept: str) -> set[str]:
        """The words the terms of a concept are made of, to highlight them in a line."""
        return self._words_of.get(concept, set())

    def find(self, keys: Sequence[str]) -> list[TermMatch]:
        """Every non-overlapping term in `keys`, longest first at each position."""
        found = []
        position = 0
        while position < len(keys):
            for term, concept in self._by_first.get(keys[position], ()):
                if tuple(keys[position : position + len(term)]) == term:
                    found.append(TermMatch(position, position + len(term), concept))
                    position += len(term)
                    break
            else:
                position += 1
        return found

    def concepts_in(self, line: Sequence[str]) -> list[str]:
        """The concept words a line carries, given its words as written (cheap when it has none)."""
        starts = self.first_words.intersection(line)
        if not starts:
            return []
        concepts: dict[str, None] = {}
        for position in compress(count(), map(starts.__contains__, line)):
            following = None
            for term, concept in self._starting[line[position]]:
                if len(term) > 1:
                    # Most lines that hold a first word ("a", "product") do not go on with the term.
                    if following is None:
                        following = jargon_key(line[position + 1]) if position + 1 < len(line) else ""
                    if (
                        following != term[1]
                        or tuple(map(jargon_key, line[position : position + len(term)])) != term
                    ):
                        continue
                concepts[concept] = None
        return list(concepts)


JARGON_TABLE = JargonTable()
