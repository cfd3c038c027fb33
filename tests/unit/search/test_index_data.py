"""A stored search index answers exactly like the one it was built from."""

import json

import pytest

from explorer.core.common.records import RecordError
from explorer.core.content.library import load_library
from explorer.core.search.index import SearchIndex
from explorer.core.search.index_data import index_from_data, index_to_data

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
        assert stored.search(query, limit=50) == built.search(query, limit=50), query


def test_the_stored_lines_read_like_a_list(built):
    stored = stored_copy(built)
    assert list(stored.docs) == list(built.docs)
    assert stored.docs[-1] == built.docs[-1]
    assert stored.docs[2:5] == built.docs[2:5]


def test_every_column_of_the_lines_is_packed(built):
    """One JSON value per column, not one per line: opening a large index stays quick."""
    columns = json.loads(json.dumps(index_to_data(built)))["fields"]["docs"]["columns"]
    assert {name: next(iter(column)) for name, column in columns.items()} == {
        "kind": "ints",
        "role_id": "strings",
        "text": "strings",
        "responsibility_id": "optional_strings",
        "keywords": "rows",
        "context": "strings",
        "area": "strings",
        "track": "strings",
        "level": "ints",
        "pack": "strings",
        "target": "strings",
    }


def test_an_attribute_without_a_stored_form_is_refused():
    odd = SearchIndex([])
    odd.something_new = object()
    with pytest.raises(TypeError):
        index_to_data(odd)


@pytest.mark.parametrize(
    "damage",
    [
        lambda fields: fields.update(docs={"records": "Path", "columns": {}}),
        lambda fields: fields.update(
            docs={"records": "SearchDoc", "columns": {"kind": [0], "role_id": ["a", "b"]}}
        ),
        lambda fields: fields.update(_postings={"array_map": {"keys": ["a"], "bytes": "!!!", "ends": ""}}),
        lambda fields: fields.update(
            _sequences={"string_rows": {"strings": [], "ids": "AQAAAA==", "ends": "AQAAAA=="}}
        ),
        lambda fields: fields.update(vocabulary={"mystery": 1}),
        lambda fields: fields.update(vocabulary=[1, 2]),
        lambda fields: fields.update(matcher={"object": "Path", "fields": {}}),
        lambda fields: fields.update(matcher={"object": "heapq", "fields": {}}),
        lambda fields: fields["docs"]["columns"].update(
            kind=fields["docs"]["columns"]["keywords"]
        ),  # rows in an int field
        lambda fields: fields["docs"]["columns"].update(kind={"mystery": 1}),
        lambda fields: fields["docs"]["columns"].update(kind={"ints": "!!!"}),
        lambda fields: fields["docs"]["columns"].update(kind={"ints": "AQAAAA=="}),  # one kind for many lines
    ],
)
def test_damaged_data_is_refused_not_trusted(built, damage):
    data = json.loads(json.dumps(index_to_data(built)))
    damage(data["fields"])
    with pytest.raises((RecordError, LookupError)):  # when opened, or at the latest when used
        index = index_from_data(data)
        index.search("roadmap")
        list(index.docs)


@pytest.mark.parametrize(
    "column, packed_as",
    [
        (["a", "b"], "strings"),
        ([0, 2**32 - 1], "ints"),
        ([True, False], None),
        ([-1, 2], None),
        ([2**32], None),
        (["a", None], "optional_strings"),
        ([("a", "b"), ()], "rows"),
        ([("a", 1)], None),
        ([(), "a"], None),
    ],
)
def test_a_column_is_packed_only_when_every_item_fits(column, packed_as):
    from explorer.core.search.index_data import _column, _pack_column

    packed = json.loads(json.dumps(_pack_column(column)))
    assert (next(iter(packed)) if isinstance(packed, dict) else None) == packed_as
    if packed_as:
        assert list(_column(packed)) == column
