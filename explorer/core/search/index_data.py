"""A built SearchIndex as JSON data and back, so the command line need not rebuild it.

The encoding follows the index's attributes by their runtime types rather than by name,
so it keeps working when the index gains or changes fields; a value of a type it does not
know makes `index_to_data` raise TypeError, and the caller simply does not cache. Long
per-line tables (the lines themselves, each line's words) are decoded line by line, when
a search touches them.
"""

from __future__ import annotations

import base64
import dataclasses
import sys
from array import array
from collections.abc import Iterable, Iterator, Mapping, Sequence
from itertools import accumulate, chain, repeat
from operator import attrgetter, is_
from typing import Any, get_type_hints

from explorer.core.common.records import (
    PackedStrings,
    RecordError,
    SlicedByEnds,
    decoder,
    pack_ints,
    pack_strings,
    to_data,
    unpack_ints,
)
from explorer.core.search.index import SearchIndex

_ARRAY_TYPES = "bBhHiIlLqQfd"
_PACKAGE = SearchIndex.__module__.rpartition(".")[0] + "."


def index_to_data(index: SearchIndex) -> dict[str, Any]:
    return _encode(index)


def index_from_data(data: Any) -> SearchIndex:
    """The index `index_to_data` described (RecordError when the data is not such an index)."""
    index = _decode(data)
    if not isinstance(index, SearchIndex):
        raise RecordError("not a stored index")
    index.role_names()  # its memo is stored empty: built here, not on the first keystroke
    return index


def _search_class(name: Any) -> type:
    """A class of the search package, by the name the index module knows it by (never anything else)."""
    found = getattr(sys.modules[SearchIndex.__module__], str(name), None)
    if not (isinstance(found, type) and found.__module__.startswith(_PACKAGE)):
        raise RecordError(f"unknown stored type {name!r}")
    return found


def _encode(value: Any) -> dict[str, Any]:
    if value is None or isinstance(value, (str, int, float, bool)):
        return {"value": value}
    kind = type(value)
    if (
        kind.__module__.startswith(_PACKAGE)
        and not dataclasses.is_dataclass(kind)
        and hasattr(value, "__dict__")
    ):
        if getattr(sys.modules[SearchIndex.__module__], kind.__name__, None) is not kind:
            raise TypeError(f"{kind.__name__} is not reachable from the index module")
        return {
            "object": kind.__name__,
            "fields": {
                # Memo caches (by name) start empty: they hold results, not the index.
                name: {"map": {}} if name.endswith("cache") and isinstance(item, dict) else _encode(item)
                for name, item in vars(value).items()
            },
        }
    if isinstance(value, array) and value.typecode in _ARRAY_TYPES:
        return {"array": value.typecode, "bytes": base64.b64encode(value.tobytes()).decode("ascii")}
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        if value and all(isinstance(item, array) and item.typecode == "i" for item in value.values()):
            return {"array_map": _pack_array_map(value)}
        return {"map": {key: _encode(item) for key, item in value.items()}}
    if isinstance(value, (set, frozenset)) and all(isinstance(item, str) for item in value):
        return {"set": sorted(value), "frozen": isinstance(value, frozenset)}
    if isinstance(value, (list, tuple)):
        return _encode_sequence(value)
    raise TypeError(f"no stored form for {type(value).__name__}")


# The checks below run over every line and every word of a large pack (300k words at 20k
# lines), so they are map() over builtins, in C, rather than generator expressions.


def _all_of(items: Iterable[Any], kind: type | tuple[type, ...]) -> bool:
    return all(map(isinstance, items, repeat(kind)))


def _are_string_rows(rows: Sequence[Any]) -> bool:
    return _all_of(rows, tuple) and _all_of(chain.from_iterable(rows), str)


def _encode_sequence(value: list | tuple) -> dict[str, Any]:
    kind = "tuple" if isinstance(value, tuple) else "list"
    if _all_of(value, str):
        return {kind: list(value)}
    if _are_string_rows(value):
        return {"string_rows": _pack_rows(value)}
    first = value[0]
    if dataclasses.is_dataclass(first) and all(map(is_, map(type, value), repeat(type(first)))):
        fields = dataclasses.fields(first)
        columns = {f.name: list(map(attrgetter(f.name), value)) for f in fields}
        return {
            "records": type(first).__name__,
            "columns": {name: _pack_column(column) for name, column in columns.items()},
        }
    return {kind: [_encode(item) for item in value]}


def _pack_column(column: list[Any]) -> Any:
    """One field of many records: packed when all of one plain kind (one JSON value instead
    of one per record), else as a list."""
    if _all_of(column, str):
        return {"strings": pack_strings(column)}
    if (
        _all_of(column, int)
        and not any(map(isinstance, column, repeat(bool)))
        and (not column or 0 <= min(column) <= max(column) < 2**32)
    ):
        return {"ints": pack_ints(column)}
    if _all_of(column, (str, type(None))):
        return {
            "optional_strings": pack_strings([x or "" for x in column]),
            "none": pack_ints([i for i, x in enumerate(column) if x is None]),
        }
    if _are_string_rows(column):
        return {"rows": _pack_rows(column)}
    return to_data(column)


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


def _pack_array_map(value: dict[str, array]) -> dict[str, Any]:
    joined, ends = array("i"), []
    for item in value.values():
        joined.extend(item)
        ends.append(len(joined))
    return {
        "keys": list(value),
        "bytes": base64.b64encode(joined.tobytes()).decode("ascii"),
        "ends": pack_ints(ends),
    }


def _decode(data: Any) -> Any:
    if not isinstance(data, dict) or len(data) not in (1, 2):
        raise RecordError("not a stored value")
    if "value" in data:
        return data["value"]
    if "object" in data:
        found = object.__new__(_search_class(data["object"]))
        found.__dict__.update({name: _decode(item) for name, item in _dict(data.get("fields")).items()})
        return found
    if "array" in data:
        if data["array"] not in _ARRAY_TYPES:
            raise RecordError("unknown array type")
        try:
            return array(data["array"], base64.b64decode(data["bytes"], validate=True))
        except (ValueError, TypeError):
            raise RecordError("not a stored array") from None
    if "map" in data:
        return {key: _decode(item) for key, item in _dict(data["map"]).items()}
    if "set" in data:
        return (frozenset if data.get("frozen") else set)(_strings(data["set"]))
    if "array_map" in data:
        return ArrayMap(data["array_map"])
    if "string_rows" in data:
        return StringRows(data["string_rows"])
    if "records" in data:
        return Records(data["records"], data.get("columns"))
    for kind, build in (("list", list), ("tuple", tuple)):
        if kind in data:
            items = data[kind]
            if not isinstance(items, list):
                raise RecordError("not a stored sequence")
            return build(item if isinstance(item, str) else _decode(item) for item in items)
    raise RecordError("unknown stored value")


def _dict(data: Any) -> dict:
    if not isinstance(data, dict):
        raise RecordError("not a stored map")
    return data


def _strings(data: Any) -> list[str]:
    if not isinstance(data, list) or not all(isinstance(item, str) for item in data):
        raise RecordError("not a list of strings")
    return data


class ArrayMap(Mapping[str, array]):
    """Word → its array (the postings), each sliced out of one shared array when asked for."""

    def __init__(self, data: Any) -> None:
        data = _dict(data)
        keys = _strings(data.get("keys"))
        ends = unpack_ints(data.get("ends"))
        try:
            self._joined = array("i", base64.b64decode(data.get("bytes"), validate=True))
        except (ValueError, TypeError):
            raise RecordError("not a stored array map") from None
        if len(ends) != len(keys) or (ends and ends[-1] != len(self._joined)):
            raise RecordError("stored array map does not fit together")
        self._spans = {key: (ends[i - 1] if i else 0, end) for i, (key, end) in enumerate(zip(keys, ends))}
        self._arrays: dict[str, array] = {}

    def __getitem__(self, key: str) -> array:
        found = self._arrays.get(key)
        if found is None:
            start, end = self._spans[key]
            found = self._arrays[key] = self._joined[start:end]
        return found

    def __iter__(self) -> Iterator[str]:
        return iter(self._spans)

    def __len__(self) -> int:
        return len(self._spans)

    def __contains__(self, key: object) -> bool:
        return key in self._spans


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


def _column(data: Any) -> Any:
    """A stored column (see `_pack_column`), its items unpacked when asked for."""
    if not isinstance(data, dict):
        return data
    if "strings" in data:
        return PackedStrings(data["strings"])
    if "ints" in data:
        return unpack_ints(data["ints"])
    if "optional_strings" in data:
        return OptionalStrings(PackedStrings(data["optional_strings"]), unpack_ints(data.get("none")))
    if "rows" in data:
        return StringRows(data["rows"])
    raise RecordError("unknown stored column")


def _same(value: Any) -> Any:
    return value


class OptionalStrings(Sequence[Any]):
    """Strings, some of them None (their positions stored apart)."""

    def __init__(self, strings: PackedStrings, nones: Sequence[int]) -> None:
        self._strings = strings
        self._nones = frozenset(nones)

    def __len__(self) -> int:
        return len(self._strings)

    def __getitem__(self, index):  # type: ignore[override]
        return None if index in self._nones else self._strings[index]


class Records(Sequence[Any]):
    """Dataclass instances of the index's module, stored by column, each built when asked for."""

    def __init__(self, type_name: Any, columns: Any) -> None:
        cls = _search_class(type_name)
        if not dataclasses.is_dataclass(cls):
            raise RecordError(f"unknown record type {type_name!r}")
        columns = _dict(columns)
        hints = get_type_hints(cls, vars(sys.modules[cls.__module__]))
        self._cls = cls
        self._columns: list[Sequence[Any]] = []
        self._decoders = []
        for field in dataclasses.fields(cls):
            column = _column(columns.get(field.name))
            self._columns.append(column)
            if isinstance(column, StringRows):  # already tuples of strings: only right for such a field
                if hints[field.name] != tuple[str, ...]:
                    raise RecordError(f"stored rows in field {field.name!r}")
                self._decoders.append(_same)
            else:
                self._decoders.append(decoder(hints[field.name]))
        sizes = {len(column) if isinstance(column, Sequence) else -1 for column in self._columns}
        if len(sizes) != 1 or -1 in sizes:
            raise RecordError("stored columns differ in length")
        self._length = sizes.pop()
        self._built: dict[int, Any] = {}

    def __len__(self) -> int:
        return self._length

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        index = range(self._length)[index]
        found = self._built.get(index)
        if found is None:
            values = [decode(column[index]) for decode, column in zip(self._decoders, self._columns)]
            found = self._built[index] = self._cls(*values)
        return found
