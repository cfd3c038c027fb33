"""Refuse hostile files before parsing: the wrong encoding, or structure that tomllib pays for dearly.

tomllib is pure Python and has costs far out of proportion to some inputs: a dotted key
with n parts costs O(n²) time and memory (20,000 parts in 60 KB took 13 s and 1.5 GB), and
every table or array item costs a few hundred bytes and microseconds. These checks bound
each file to about a second and 100 MB per MB of input. They are C-speed passes over the
text (`str.count` and one regex search); the closer table count runs only when the plain
counts are already unusual, so a normal file costs no per-node work here.
"""

from __future__ import annotations

import re

MAX_KEY_PARTS = 8
# Budgets in characters of input per structure: a table (header, inline `{` or dotted-key
# part) once per 24 characters, a key once per 16, an array item once per 8, plus a flat allowance
# so that short files are never refused for a handful of dots.
CHARS_PER_TABLE = 24
CHARS_PER_KEY = 16
CHARS_PER_ITEM = 8
ALLOWANCE = 2048

_KEY = r"""(?:[A-Za-z0-9_-]++|"[^"\n]*+"|'[^'\n]*+')"""
_LONG_KEY = re.compile(rf"(?<![A-Za-z0-9_\-\"'.])(?:{_KEY}[ \t]*+\.[ \t]*+){{{MAX_KEY_PARTS}}}{_KEY}")
_KEY_DOT = re.compile(r"""(?<=[A-Za-z0-9_\-"'])[ \t]*\.[ \t]*(?=[A-Za-z0-9_\-"'])""")
_HEADER = re.compile(r"^[ \t]*\[", re.MULTILINE)


class Refusal(Exception):
    def __init__(self, message: str, line: int | None = None) -> None:
        super().__init__(message)
        self.message = message
        self.line = line


_BOMS = (
    (b"\xff\xfe\x00\x00", "UTF-32 (little-endian)"),
    (b"\x00\x00\xfe\xff", "UTF-32 (big-endian)"),
    (b"\xff\xfe", "UTF-16 (little-endian)"),
    (b"\xfe\xff", "UTF-16 (big-endian)"),
)


def wide_encoding(raw: bytes) -> str | None:
    """The name of a UTF-16 or UTF-32 encoding `raw` is in (with or without a BOM), else None."""
    for bom, name in _BOMS:
        if raw.startswith(bom):
            return name
    head = raw[:4096]
    if len(head) < 4 or b"\x00" not in head:
        return None
    quads = len(head) // 4 * 4
    if head[1:quads:4].count(0) + head[2:quads:4].count(0) + head[3:quads:4].count(0) == 3 * (quads // 4):
        return "UTF-32 (little-endian)"
    if head[0:quads:4].count(0) + head[1:quads:4].count(0) + head[2:quads:4].count(0) == 3 * (quads // 4):
        return "UTF-32 (big-endian)"
    pairs = len(head) // 2 * 2
    if head[1:pairs:2].count(0) >= pairs // 4 and head[0:pairs:2].count(0) == 0:
        return "UTF-16 (little-endian)"
    if head[0:pairs:2].count(0) >= pairs // 4 and head[1:pairs:2].count(0) == 0:
        return "UTF-16 (big-endian)"
    return None


def _line_of(text: str, offset: int) -> int:
    return text.count("\n", 0, offset) + 1


def _dotty_line(text: str) -> bool:
    return any(line.count(".") >= MAX_KEY_PARTS for line in text.split("\n"))


def screen_structure(text: str) -> None:
    """Raise Refusal when `text` has more structure than its size can justify."""
    size = len(text)
    dots = text.count(".")
    # A dotted key never spans lines, so only a line with that many dots can hold one; prose
    # full stops would otherwise send the (slow) regex over every file.
    if dots >= MAX_KEY_PARTS and _dotty_line(text) and (long_key := _LONG_KEY.search(text)):
        raise Refusal(
            f"a dotted key or table name has more than {MAX_KEY_PARTS} parts",
            _line_of(text, long_key.start()),
        )
    table_budget = ALLOWANCE + size // CHARS_PER_TABLE
    if dots + text.count("[") + text.count("{") > table_budget:
        tables = len(_HEADER.findall(text)) + text.count("{") + len(_KEY_DOT.findall(text))
        if tables > table_budget:
            raise Refusal(
                f"has {tables:,} tables and dotted keys in {size:,} characters; more than one per {CHARS_PER_TABLE} is refused"
            )
    keys = text.count("=")
    if keys > ALLOWANCE + size // CHARS_PER_KEY:
        raise Refusal(
            f"has {keys:,} '=' signs (keys) in {size:,} characters; more than one per {CHARS_PER_KEY} is refused"
        )
    items = text.count(",")
    if items > ALLOWANCE + size // CHARS_PER_ITEM:
        raise Refusal(
            f"has {items:,} commas (array items) in {size:,} characters; more than one per {CHARS_PER_ITEM} is refused"
        )
