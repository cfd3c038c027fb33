"""Make content strings safe to print: control characters become visible, never executed."""

from __future__ import annotations

import re

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return "␛" if code == 0x1B else f"\\x{code:02x}"


def clean(text: str) -> str:
    """`text` with control characters (other than newline and tab) shown as ␛ or \\xNN."""
    return _CONTROL.sub(_visible, text)
