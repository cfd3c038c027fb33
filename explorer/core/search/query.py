"""What a query asks for: the words every line must match, and its readings with jargon.

Stop words are dropped unless the query is nothing else; a one-letter word counts only as
the start of the word being typed (the last one). A jargon phrase ("profit and loss") gives
a second reading in which the phrase is one concept, so lines saying "P&L" match too.
"""

from __future__ import annotations

from dataclasses import dataclass

from explorer.core.common.words import words
from explorer.core.search.jargon import JARGON_TABLE, jargon_key
from explorer.core.search.vocabulary import QUESTION_INTENTS, QUESTION_WORDS, STOP_WORDS

FILLER = STOP_WORDS | QUESTION_WORDS


@dataclass(frozen=True)
class Term:
    """One thing a line must match: a typed word, or a jargon concept word."""

    word: str
    prefix_only: bool = False
    concept: bool = False
    # Stop words only match a query made of nothing else ("t" does not complete to "the").
    stop_words: bool = False


@dataclass(frozen=True)
class ParsedQuery:
    terms: tuple[Term, ...]
    alternatives: tuple[tuple[Term, ...], ...] = ()
    only_stop_words: bool = False

    @property
    def readings(self) -> tuple[tuple[Term, ...], ...]:
        return (self.terms, *self.alternatives) if self.terms else self.alternatives


def parse_query(query: str) -> ParsedQuery:
    raw = words(query)
    if not raw:
        return ParsedQuery(())
    only_stop_words = all(word in FILLER for word in raw)
    last = len(raw) - 1

    def term_at(position: int) -> Term | None:
        word = raw[position]
        if len(word) == 1 and position != last:
            return None
        if word in FILLER and not only_stop_words:
            return None
        return Term(word, prefix_only=len(word) == 1, stop_words=only_stop_words)

    direct = [term_at(position) for position in range(len(raw))]
    for position in range(len(raw) - 1):
        for phrase, meaning in QUESTION_INTENTS.items():
            if tuple(raw[position : position + len(phrase)]) == phrase and not only_stop_words:
                direct[position] = Term(meaning, concept=True)  # "how much" asks for pay
    phrases = [m for m in JARGON_TABLE.find([jargon_key(word) for word in raw]) if m.end - m.start > 1]
    for match in phrases:
        for position in range(match.start, match.end):
            if len(raw[position]) == 1:
                direct[position] = None  # the "l" of "p&l" is no word being typed
    alternatives = []
    if phrases and not only_stop_words:
        reading = list(direct)
        for match in phrases:
            reading[match.start : match.end] = [Term(match.concept, concept=True)] + [None] * (
                match.end - match.start - 1
            )
        alternatives.append(_unique(reading))
    return ParsedQuery(_unique(direct), tuple(a for a in alternatives if a), only_stop_words)


def _unique(terms: list[Term | None]) -> tuple[Term, ...]:
    return tuple(dict.fromkeys(t for t in terms if t is not None))
