"""A stored search index answers exactly like the one it was built from."""

import dataclasses
import json

import pytest

from explorer.core.common.records import RecordError, pack_ints, unpack_ints
from explorer.core.content.library import load_library
from explorer.core.search.answer import search
from explorer.core.search.documents import SearchDoc
from explorer.core.search.index import SearchIndex
from explorer.core.search.index_data import LINE_FIELDS, index_from_data, index_to_data
from explorer.core.search.parts import IndexParts

QUERIES = [
    "roadmap",
    "roadmpa",
    "pricing model",
    "stakeholder management",
    "kpi",
    "the",
    "p",
    "team l",
    "hire people",
    "salary",
    "prioritization",
    "p&l",
    "a/b test",
    "people management",
    "product s",
]


@pytest.fixture(scope="module")
def built():
    return SearchIndex.from_catalog(load_library(include_user=False, use_cache=False).catalog)


def stored_copy(index):
    return index_from_data(json.loads(json.dumps(index_to_data(index))))


def test_the_stored_index_gives_the_same_hits(built):
    stored = stored_copy(built)
    assert len(stored) == len(built)
    for query in QUERIES:
        assert search(stored, query, limit=50) == search(built, query, limit=50), query


def test_the_stored_lines_read_like_a_list(built):
    stored = stored_copy(built)
    assert list(stored.docs) == list(built.docs)
    assert stored.docs[-1] == built.docs[-1]
    assert stored.docs[2:5] == built.docs[2:5]


def test_every_column_of_the_lines_is_packed(built):
    """One JSON value per column, not one per line: opening a large index stays quick."""
    lines = json.loads(json.dumps(index_to_data(built)))["lines"]
    assert set(lines) == set(LINE_FIELDS) == {field.name for field in dataclasses.fields(SearchDoc)}
    assert all(isinstance(column, (str, dict)) for column in lines.values())


def test_every_part_of_the_index_is_stored_by_name(built):
    """A new part of the index is stored only when the codec names it."""
    stored = set(index_to_data(built)) - {"format"}
    parts = {field.name for field in dataclasses.fields(IndexParts)}
    assert stored == (parts - {"docs", "matcher"}) | {"lines", "vocabulary"}


def test_a_stored_index_holds_the_same_fields_as_a_built_one(built):
    assert vars(stored_copy(built)).keys() == vars(built).keys()


def test_an_older_format_is_refused(built):
    data = index_to_data(built)
    data["format"] = "search-index/0"
    with pytest.raises(RecordError):
        index_from_data(data)


@pytest.mark.parametrize(
    "damage",
    [
        lambda data: data.update(lines={"kind": "AQAAAA=="}),
        lambda data: data["lines"].update(
            role_id={"joined": "ab", "ends": "AQAAAA=="}
        ),  # one id for many lines
        lambda data: data.update(postings={"words": ["a"], "lines": "!!!", "ends": ""}),
        lambda data: data.update(sequences={"strings": [], "ids": "AQAAAA==", "ends": "AQAAAA=="}),
        lambda data: data.update(vocabulary={"mystery": 1}),
        lambda data: data.update(vocabulary=[1, 2]),
        lambda data: data["vocabulary"].update(words=sorted(data["vocabulary"]["words"], reverse=True)),
        lambda data: data["vocabulary"].update(stems=[]),
        lambda data: data.update(text_lengths="////"),  # too long a line
        lambda data: data["lines"].update(kind=data["lines"]["keywords"]),  # rows in an int field
        lambda data: data["lines"].update(kind={"mystery": 1}),
        lambda data: data["lines"].update(kind="!!!"),
        lambda data: data["lines"].update(kind=pack_ints([99] * len(unpack_ints(data["lines"]["kind"])))),
        lambda data: data.pop("postings"),
        lambda data: data.clear(),
    ],
)
def test_damaged_data_is_refused_not_trusted(built, damage):
    data = json.loads(json.dumps(index_to_data(built)))
    damage(data)
    with pytest.raises((RecordError, LookupError)):  # when opened, or at the latest when used
        index = index_from_data(data)
        search(index, "roadmap")
        list(index.docs)
