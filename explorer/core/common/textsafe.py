"""Make content strings safe to print: control and invisible format characters become visible.

Control characters could drive the terminal; bidirectional overrides (U+202E…) and other
invisible format characters could make a reversed or padded title look like a real one.
Both are shown as escapes. The zero-width joiner and non-joiner stay: emoji sequences and
several scripts need them to display correctly.
"""

from __future__ import annotations

import re

# C0/C1 controls (not newline or tab), Unicode format characters (category Cf) but for
# U+200C/U+200D, and the line and paragraph separators that some terminals obey.
_UNSAFE = re.compile(
    "[\x00-\x08\x0b-\x1f\x7f-\x9f"
    "\u00ad\u0600-\u0605\u061c\u06dd\u070f\u0890\u0891\u08e2\u180e"
    "\u200b\u200e\u200f\u2028-\u202e\u2060-\u2064\u2066-\u206f\ufeff\ufff9-\ufffb"
    "\U000110bd\U000110cd\U00013430-\U0001343f\U0001bca0-\U0001bca3\U0001d173-\U0001d17a"
    "\U000e0001\U000e0020-\U000e007f]"
)


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code == 0x1B:
        return "␛"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def clean(text: str) -> str:
    """`text` with control and invisible format characters shown as ␛, \\xNN or \\uNNNN."""
    return _UNSAFE.sub(_visible, text)


def _glyph(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code < 0x20:
        return chr(0x2400 + code)  # the Unicode control pictures: ␀ … ␛ … ␟
    return "␡" if code == 0x7F else "�"


def glyphs(text: str) -> str:
    """`text` with each unsafe character shown as one visible character: ␛, ␇, ␡, or � for the rest.

    For editors, where the shown line must keep the stored line's character positions (the cursor).
    """
    return _UNSAFE.sub(_glyph, text)


def one_line(text: str) -> str:
    """`text` for a one-line row: unsafe characters shown as `clean` does, line breaks as ␤, tabs as spaces."""
    return clean(text).replace("\n", "␤").replace("\t", " ")


def _json_escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    if code > 0xFFFF:  # JSON escapes beyond the BMP as a surrogate pair
        code -= 0x10000
        return f"\\u{0xD800 + (code >> 10):04x}\\u{0xDC00 + (code & 0x3FF):04x}"
    return f"\\u{code:04x}"


def json_safe(json_text: str) -> str:
    """JSON text with bidi and invisible format characters written as \\u escapes: the same data, shown safely."""
    return _UNSAFE.sub(_json_escape, json_text)


def _toml_escape(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return f"\\u{code:04x}" if code <= 0xFFFF else f"\\U{code:08x}"


def toml_safe(toml_text: str) -> str:
    """TOML text (strings written by tomli-w) with unsafe characters as \\u escapes: the same data."""
    return _UNSAFE.sub(_toml_escape, toml_text)
