"""A built search index as JSON data and back, so the command line need not rebuild it.

What is stored is exactly `IndexParts`, field by field, each in a form named here:

    lines         the SearchDocs, one packed column per field (kind, role_id, text, …)
    postings      each word's line numbers: the words, one array of them all, and its ends
    sequences     each line's words, as numbers into a list of the distinct words
    text_lengths  how many of each line's words come from its text
    vocabulary    the matcher's sorted words, with the stem of each
    synonym_groups  a pack's groups of words that find each other

A field added to `IndexParts` is stored only once it is named here (a test holds the two
together). Long tables are decoded item by item, when a search first asks for one, so a
large index opens in milliseconds; damage found then raises RecordError, as it does here.
"""

from __future__ import annotations

import base64
from array import array
from collections.abc import Iterator, Mapping, Sequence
from itertools import accumulate, chain
from operator import attrgetter, le
from typing import Any, overload

from explorer.core.common.records import (
    PackedStrings,
    RecordError,
    SlicedByEnds,
    pack_ints,
    pack_strings,
    unpack_ints,
)
from explorer.core.search.documents import HitKind, SearchDoc
from explorer.core.search.index import SearchIndex
from explorer.core.search.matching import WordMatcher
from explorer.core.search.parts import IndexParts

FORMAT = "search-index/2"
# The fields of SearchDoc, in order, each stored as one column.
LINE_FIELDS = (
    "kind",
    "role_id",
    "text",
    "responsibility_id",
    "keywords",
    "context",
    "area",
    "track",
    "level",
    "pack",
    "target",
)
TEXT_COLUMNS = ("area", "track", "pack", "target")  # the plain string fields after `context`


def index_to_data(index: SearchIndex) -> dict[str, Any]:
    parts = index.parts
    docs = parts.docs
    column = {name: list(map(attrgetter(name), docs)) for name in LINE_FIELDS}
    return {
        "format": FORMAT,
        "lines": {
            "kind": pack_ints(list(map(int, column["kind"]))),
            "role_id": pack_strings(column["role_id"]),
            "text": pack_strings(column["text"]),
            "responsibility_id": {
                "strings": pack_strings([found or "" for found in column["responsibility_id"]]),
                "none": pack_ints(
                    [number for number, found in enumerate(column["responsibility_id"]) if found is None]
                ),
            },
            "keywords": _pack_rows(column["keywords"]),
            "context": pack_strings(column["context"]),
            **{name: pack_strings(column[name]) for name in TEXT_COLUMNS},
            "level": pack_ints(column["level"]),
        },
        "postings": _pack_postings(parts.postings),
        "sequences": _pack_rows(parts.sequences),
        "text_lengths": pack_ints(parts.text_lengths),
        "vocabulary": {"words": parts.matcher.vocabulary, "stems": parts.matcher.stems},
        "synonym_groups": [list(group) for group in parts.synonym_groups],
    }


def index_from_data(data: Any) -> SearchIndex:
    """The index `index_to_data` stored (RecordError when the data is not such an index)."""
    data = _dict(data)
    if data.get("format") != FORMAT:
        raise RecordError("not a stored index of this format")
    lines = StoredLines(_dict(data.get("lines")))
    sequences = StringRows(data.get("sequences"))
    try:
        text_lengths = array("H", unpack_ints(data.get("text_lengths")))
    except OverflowError:
        raise RecordError("a stored text length is out of range") from None
    if not len(lines) == len(sequences) == len(text_lengths):
        raise RecordError("the stored tables differ in length")
    vocabulary = _dict(data.get("vocabulary"))
    words, stems = _strings(vocabulary.get("words")), _strings(vocabulary.get("stems"))
    if not all(words) or len(stems) != len(words) or not all(map(le, words, words[1:])):
        raise RecordError("the stored vocabulary is not sorted words with their stems")
    matcher = WordMatcher.from_stems(words, stems)
    stored_groups = data.get("synonym_groups")
    if not isinstance(stored_groups, list):
        raise RecordError("the stored synonyms are not a list")
    groups = tuple(tuple(_strings(group)) for group in stored_groups)
    parts = IndexParts(lines, Postings(data.get("postings")), sequences, text_lengths, matcher, groups)
    return SearchIndex.from_parts(parts)


def _pack_rows(rows: Sequence[tuple[str, ...]]) -> dict[str, Any]:
    """Each row's words as numbers into one list of the distinct words, in order of first use."""
    every_word = list(chain.from_iterable(rows))
    numbers = {word: number for number, word in enumerate(dict.fromkeys(every_word))}
    ids = array("I", map(numbers.__getitem__, every_word))
    return {
        "strings": list(numbers),
        "ids": pack_ints(ids),
        "ends": pack_ints(array("I", accumulate(map(len, rows)))),
    }


def _pack_postings(postings: Mapping[str, array[int]]) -> dict[str, Any]:
    joined, ends = array("i"), []
    for lines in postings.values():
        joined.extend(lines)
        ends.append(len(joined))
    return {
        "words": list(postings),
        "lines": base64.b64encode(joined.tobytes()).decode("ascii"),
        "ends": pack_ints(ends),
    }


def _dict(data: Any) -> dict[str, Any]:
    if not isinstance(data, dict):
        raise RecordError("not a stored map")
    return data


def _strings(data: Any) -> list[str]:
    if not isinstance(data, list) or not all(isinstance(item, str) for item in data):
        raise RecordError("not a list of strings")
    return data


class Postings(Mapping[str, "array[int]"]):
    """Word → the numbers of its lines, each sliced out of one shared array when asked for."""

    def __init__(self, data: Any) -> None:
        data = _dict(data)
        words = _strings(data.get("words"))
        ends = unpack_ints(data.get("ends"))
        try:
            self._joined = array("i", base64.b64decode(data.get("lines"), validate=True))
        except (ValueError, TypeError):
            raise RecordError("not stored postings") from None
        if len(ends) != len(words) or (ends and ends[-1] != len(self._joined)):
            raise RecordError("the stored postings do not fit together")
        self._spans = {word: (ends[i - 1] if i else 0, end) for i, (word, end) in enumerate(zip(words, ends))}
        self._arrays: dict[str, array[int]] = {}

    def __getitem__(self, word: str) -> array[int]:
        found = self._arrays.get(word)
        if found is None:
            start, end = self._spans[word]
            found = self._arrays[word] = self._joined[start:end]
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, word: object) -> bool:
        return word in self._spans


class StringRows(SlicedByEnds):
    """Rows of shared strings (each line's words), rebuilt one row at a time."""

    def __init__(self, data: Any) -> None:
        data = _dict(data)
        self._strings = _strings(data.get("strings"))
        self._ids = unpack_ints(data.get("ids"))
        self._ends = unpack_ints(data.get("ends"))
        if self._ends and self._ends[-1] != len(self._ids):
            raise RecordError("stored rows do not fit together")

    def _item(self, start: int, end: int) -> tuple[str, ...]:
        strings = self._strings
        try:
            return tuple([strings[i] for i in self._ids[start:end]])
        except IndexError:  # checked here rather than by a walk over every id when opened
            raise RecordError("a stored row names a word that is not there") from None


class StoredLines(Sequence[SearchDoc]):
    """The index's SearchDocs, stored by column; each line is built when first asked for."""

    def __init__(self, data: dict[str, Any]) -> None:
        optional = _dict(data.get("responsibility_id"))
        self._kinds = unpack_ints(data.get("kind"))
        self._role_ids = PackedStrings(data.get("role_id"))
        self._texts = PackedStrings(data.get("text"))
        self._responsibility_ids = PackedStrings(optional.get("strings"))
        self._no_responsibility = frozenset(unpack_ints(optional.get("none")))
        self._keywords = StringRows(data.get("keywords"))
        self._contexts = PackedStrings(data.get("context"))
        self._texts_of = {name: PackedStrings(data.get(name)) for name in TEXT_COLUMNS}
        self._levels = unpack_ints(data.get("level"))
        columns = (
            self._role_ids,
            self._texts,
            self._responsibility_ids,
            self._keywords,
            self._contexts,
            self._levels,
            *self._texts_of.values(),
        )
        if any(len(column) != len(self._kinds) for column in columns):
            raise RecordError("the stored columns of the lines differ in length")
        self._built: dict[int, SearchDoc] = {}

    def __len__(self) -> int:
        return len(self._kinds)

    @overload
    def __getitem__(self, index: int) -> SearchDoc: ...

    @overload
    def __getitem__(self, index: slice) -> list[SearchDoc]: ...

    def __getitem__(self, index: int | slice) -> SearchDoc | list[SearchDoc]:
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        return self._line(range(len(self._kinds))[index])

    def _line(self, index: int) -> SearchDoc:
        found = self._built.get(index)
        if found is None:
            try:
                kind = HitKind(self._kinds[index])
            except ValueError:
                raise RecordError("a stored line is of no known kind") from None
            responsibility = None if index in self._no_responsibility else self._responsibility_ids[index]
            found = self._built[index] = SearchDoc(
                kind,
                self._role_ids[index],
                self._texts[index],
                responsibility,
                self._keywords[index],
                self._contexts[index],
                level=self._levels[index],
                **{name: column[index] for name, column in self._texts_of.items()},
            )
        return found
