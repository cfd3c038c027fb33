"""Packed forms for long tables in JSON caches; data only.

Caches store what the program built (the search index) as JSON: a tampered cache can only
fail to decode, never run code. Long sequences are stored packed (one string, one array of
ints) and decoded one element at a time, when asked for, so a cache of 100k lines opens in
milliseconds.
"""

from __future__ import annotations

import base64
from array import array
from collections.abc import Sequence
from itertools import accumulate
from typing import Any, overload


class RecordError(ValueError):
    """Cached data that does not fit the type it claims: the cache is ignored."""


def _expect(data: Any, kind: type | tuple[type, ...]) -> Any:
    if not isinstance(data, kind) or (kind is int and isinstance(data, bool)):
        raise RecordError(f"expected {kind}, found {type(data).__name__}")
    return data


def pack_ints(values: Sequence[int] | array[int]) -> str:
    """Non-negative ints as base64 of a 32-bit array."""
    packed = values if isinstance(values, array) and values.typecode == "I" else array("I", values)
    return base64.b64encode(packed.tobytes()).decode("ascii")


def unpack_ints(text: Any) -> array[int]:
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

    @overload
    def __getitem__(self, index: int) -> Any: ...

    @overload
    def __getitem__(self, index: slice) -> list[Any]: ...

    def __getitem__(self, index: int | slice) -> Any:
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
