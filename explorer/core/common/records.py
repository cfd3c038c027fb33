"""Frozen dataclasses to plain JSON data and back, driven by their type hints; data only.

Caches store what the program built (a catalog, a search index) as JSON: a tampered cache
can only fail to decode, never run code. Long sequences are stored packed (one string,
one array of ints) and decoded one element at a time, when asked for, so a cache of 100k
lines opens in milliseconds.
"""

from __future__ import annotations

import base64
import dataclasses
import sys
import types
import typing
from array import array
from collections.abc import Callable, Sequence
from enum import Enum
from itertools import accumulate
from pathlib import Path
from typing import Any


class RecordError(ValueError):
    """Cached data that does not fit the type it claims: the cache is ignored."""


_FIELD_NAMES: dict[type, tuple[str, ...]] = {}


def to_data(value: Any) -> Any:
    """A dataclass (or anything inside one) as JSON-able lists, in field order."""
    if value is None or type(value) in (str, int, float, bool):
        return value
    names = _FIELD_NAMES.get(type(value))
    if names is None and dataclasses.is_dataclass(value) and not isinstance(value, type):
        names = _FIELD_NAMES[type(value)] = tuple(f.name for f in dataclasses.fields(value))
    if names is not None:
        return [to_data(getattr(value, name)) for name in names]
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, (tuple, list)):
        return [to_data(item) for item in value]
    if isinstance(value, (set, frozenset)):
        return sorted(to_data(item) for item in value)
    if isinstance(value, dict) and all(isinstance(key, str) for key in value):
        return {key: to_data(item) for key, item in value.items()}
    if value is None or isinstance(value, (str, int, float, bool)):
        return value
    raise TypeError(f"no data form for {type(value).__name__}")


_DECODERS: dict[Any, Callable[[Any], Any]] = {}


def decoder(hint: Any) -> Callable[[Any], Any]:
    """A function turning `to_data` output back into a value of type `hint` (RecordError if it cannot)."""
    found = _DECODERS.get(hint)
    if found is None:
        found = _DECODERS[hint] = _build_decoder(hint)
    return found


def _build_decoder(hint: Any) -> Callable[[Any], Any]:
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    if dataclasses.is_dataclass(hint):
        return _dataclass_decoder(hint)
    if origin is tuple:
        item = decoder(args[0])
        return lambda data: tuple(item(x) for x in _expect(data, list))
    if origin in (frozenset, set):
        member = decoder(args[0])
        return lambda data: origin(member(x) for x in _expect(data, list))
    if origin is dict and args[0] is str:
        value = decoder(args[1])
        return lambda data: {_expect(key, str): value(item) for key, item in _expect(data, dict).items()}
    if origin in (typing.Union, types.UnionType):
        options = [a for a in args if a is not type(None)]
        if len(options) != 1:
            raise TypeError(f"cannot decode {hint}")
        inner = decoder(options[0])
        return lambda data: None if data is None else inner(data)
    if isinstance(hint, type) and issubclass(hint, Enum):
        return lambda data: _convert(hint, data)
    if hint is Path:
        return lambda data: Path(_expect(data, str))
    if hint is float:
        return lambda data: float(_expect(data, (int, float)))
    if hint in (str, int, bool):
        return lambda data: _expect(data, hint)
    raise TypeError(f"cannot decode {hint}")


def _dataclass_decoder(cls: type) -> Callable[[Any], Any]:
    hints = typing.get_type_hints(cls, vars(sys.modules[cls.__module__]))
    fields = [decoder(hints[f.name]) for f in dataclasses.fields(cls)]

    def decode(data: Any) -> Any:
        if not isinstance(data, list) or len(data) != len(fields):
            raise RecordError(f"not a {cls.__name__}")
        return cls(*[field(item) for field, item in zip(fields, data)])

    return decode


def _expect(data: Any, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(data, kind) or (kind is int and isinstance(data, bool)):
        raise RecordError(f"expected {kind}, found {type(data).__name__}")
    return data


def _convert(kind: type, data: Any) -> Any:
    try:
        return kind(data)
    except (ValueError, TypeError):
        raise RecordError(f"{data!r} is not a {kind.__name__}") from None


def pack_ints(values: Sequence[int] | array) -> str:
    """Non-negative ints as base64 of a 32-bit array."""
    packed = values if isinstance(values, array) and values.typecode == "I" else array("I", values)
    return base64.b64encode(packed.tobytes()).decode("ascii")


def unpack_ints(text: Any) -> array:
    try:
        unpacked = array("I", base64.b64decode(_expect(text, str), validate=True))
    except ValueError:
        raise RecordError("not a packed array") from None
    return unpacked


def pack_strings(values: Sequence[str]) -> dict[str, str]:
    """Many strings as one string and their end offsets."""
    return {"joined": "".join(values), "ends": pack_ints(array("I", accumulate(map(len, values))))}


class SlicedByEnds(Sequence[Any]):
    """Items stored back to back, found by the end offset of each (`self._ends`)."""

    _ends: Sequence[int]

    def __len__(self) -> int:
        return len(self._ends)

    def __getitem__(self, index):  # type: ignore[override]
        if isinstance(index, slice):
            return [self[i] for i in range(*index.indices(len(self)))]
        end = self._ends[index]
        start = self._ends[index - 1] if index % len(self._ends) else 0
        return self._item(start, end)

    def _item(self, start: int, end: int) -> Any:
        raise NotImplementedError


class PackedStrings(SlicedByEnds):
    """The strings of `pack_strings`, each sliced out when asked for."""

    def __init__(self, data: Any) -> None:
        data = _expect(data, dict)
        self._joined: str = _expect(data.get("joined"), str)
        self._ends = unpack_ints(data.get("ends"))
        if self._ends and self._ends[-1] > len(self._joined):
            raise RecordError("packed strings do not fit together")
        # Out-of-order ends would only slice out wrong text, never fail: not checked, it would
        # cost a walk over every line.

    def _item(self, start: int, end: int) -> str:
        return self._joined[start:end]
