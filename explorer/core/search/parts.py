"""What a search index is made of: its lines, and the tables built once from their words."""

from __future__ import annotations

from array import array
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass

from explorer.core.common.words import words
from explorer.core.search.documents import SearchDoc
from explorer.core.search.jargon import CONCEPT_MARK, JARGON_TABLE
from explorer.core.search.matching import WordMatcher


@dataclass(frozen=True)
class IndexParts:
    """Everything a SearchIndex holds, and so everything stored of one (see index_data.py).

    Built here from the lines, or read back from storage, where the long tables are
    sequences and mappings that decode each item when it is first asked for.
    """

    docs: Sequence[SearchDoc]  # in tie-break order: by kind, roles keeping their order
    postings: Mapping[str, array[int]]  # word -> the numbers of the lines holding it, ascending ('i')
    sequences: Sequence[tuple[str, ...]]  # each line's words, then its keywords and jargon concepts
    text_lengths: array[int]  # how many of each line's words come from its text ('H')
    matcher: WordMatcher  # the indexed words, jargon concepts aside
    synonym_groups: tuple[tuple[str, ...], ...] = ()  # a pack's [[synonyms]]: words that find each other

    @classmethod
    def build(cls, docs: Iterable[SearchDoc], synonyms: Iterable[Sequence[str]] = ()) -> IndexParts:
        lines = sorted(docs, key=lambda d: d.kind)  # stable: roles keep their order
        postings: dict[str, array[int]] = {}
        canonical: dict[str, str] = {}  # one string object per word, shared by every line
        sequences: list[tuple[str, ...]] = []
        text_lengths = array("H")
        first_words = JARGON_TABLE.first_words
        # Bound once: these run for each of a large pack's 300k words.
        shared, posting, add_sequence, add_length = (
            canonical.setdefault,
            postings.get,
            sequences.append,
            text_lengths.append,
        )
        for doc_id, doc in enumerate(lines):
            raw = words(doc.text)
            # One-letter words ("s" of "product's") are never matched: a one-letter query word
            # only ever completes longer ones.
            sequence = [shared(w, w) for w in raw if len(w) > 1]
            add_length(min(len(sequence), 65_535))
            sequence += doc.keywords
            if not first_words.isdisjoint(raw):
                sequence += [shared(c, c) for c in JARGON_TABLE.concepts_in(raw)]
            for word in dict.fromkeys(sequence):
                bucket = posting(word)
                if bucket is None:
                    bucket = postings[word] = array("i")
                bucket.append(doc_id)
            add_sequence(tuple(sequence))
        matcher = WordMatcher(w for w in postings if not w.startswith(CONCEPT_MARK))
        groups = tuple(tuple(group) for group in synonyms)
        return cls(lines, postings, sequences, text_lengths, matcher, groups)
