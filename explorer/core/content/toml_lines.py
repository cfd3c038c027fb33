"""Find the line on which a key path is written in a TOML document.

tomllib reports positions only for syntax errors, so validation problems (a wrong type,
an unknown key) would otherwise only name the file. This scanner is deliberately
forgiving: it understands tables, arrays of tables, dotted and quoted keys and multi-line
strings, which is enough to point at the right line in hand-written files.
"""

from __future__ import annotations

import re

from explorer.core.content.spec import KeyPath

_BARE = r"[A-Za-z0-9_-]+"
_QUOTED = r'"(?:[^"\\]|\\.)*"|\'[^\']*\''
_KEY = rf"(?:{_BARE}|{_QUOTED})"
_DOTTED = rf"{_KEY}(?:\s*\.\s*{_KEY})*"
_ASSIGNMENT = re.compile(rf"^\s*({_DOTTED})\s*=")
_ARRAY_HEADER = re.compile(rf"^\s*\[\[\s*({_DOTTED})\s*\]\]")
_TABLE_HEADER = re.compile(rf"^\s*\[\s*({_DOTTED})\s*\]")
_KEY_PART = re.compile(_KEY)


def _split_key(dotted: str) -> tuple[str, ...]:
    parts = []
    for match in _KEY_PART.finditer(dotted):
        part = match.group(0)
        if part[0] in "\"'":
            part = part[1:-1]
        parts.append(part)
    return tuple(parts)


def _opens_multiline(value: str) -> str | None:
    for delimiter in ('"""', "'''"):
        start = value.find(delimiter)
        if start != -1 and value.find(delimiter, start + 3) == -1:
            return delimiter
    return None


class KeyLines:
    """Maps key paths such as ("responsibilities", 2, "area") to 1-based line numbers."""

    def __init__(self, text: str) -> None:
        self._lines: dict[KeyPath, int] = {}
        self._scan(text)

    def _scan(self, text: str) -> None:
        array_index: dict[tuple[str, ...], int] = {}
        prefix: KeyPath = ()
        open_string: str | None = None
        for number, line in enumerate(text.splitlines(), start=1):
            if open_string:
                if open_string in line:
                    open_string = None
                continue
            if match := _ARRAY_HEADER.match(line):
                names = _split_key(match.group(1))
                array_index[names] = array_index.get(names, -1) + 1
                for key in [k for k in array_index if len(k) > len(names) and k[: len(names)] == names]:
                    del array_index[key]
                prefix = self._full_path(names, array_index)
                self._lines.setdefault(prefix, number)
                self._lines.setdefault(prefix[:-1], number)
            elif match := _TABLE_HEADER.match(line):
                prefix = self._full_path(_split_key(match.group(1)), array_index)
                self._lines.setdefault(prefix, number)
            elif match := _ASSIGNMENT.match(line):
                self._lines.setdefault(prefix + _split_key(match.group(1)), number)
                open_string = _opens_multiline(line[match.end() :])

    @staticmethod
    def _full_path(names: tuple[str, ...], array_index: dict[tuple[str, ...], int]) -> KeyPath:
        path: list[str | int] = []
        for depth in range(1, len(names) + 1):
            path.append(names[depth - 1])
            if names[:depth] in array_index:
                path.append(array_index[names[:depth]])
        return tuple(path)

    def line_of(self, path: KeyPath) -> int | None:
        """The line of `path`, or of its nearest written ancestor."""
        for end in range(len(path), 0, -1):
            if (line := self._lines.get(path[:end])) is not None:
                return line
        return None
