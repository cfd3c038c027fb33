"""Turn content and user strings into Rich Text without ever interpreting them.

Role files and notes can hold square brackets ("[/]", "[@click=app.quit]"), escape
sequences or other control characters. Everything shown from them goes through `plain`,
so markup is never parsed and nothing reaches the terminal raw.
"""

from __future__ import annotations

import re

from rich.text import Text

_CONTROL = re.compile(r"[\x00-\x08\x0b-\x1f\x7f-\x9f]")


def _visible(match: re.Match[str]) -> str:
    code = ord(match.group(0))
    return "␛" if code == 0x1B else f"\\x{code:02x}"


def clean(text: str) -> str:
    """The string with control characters (other than newline and tab) made visible."""
    return _CONTROL.sub(_visible, text)


def plain(text: str, style: str = "") -> Text:
    return Text(clean(text), style=style)


def highlighted(text: str, spans: tuple[tuple[int, int], ...], style: str = "bold reverse") -> Text:
    """`text` with the matched character ranges styled; spans index the original string."""
    result = Text()
    position = 0
    for start, end in sorted(spans):
        if start < position:
            continue
        result.append(clean(text[position:start]))
        result.append(clean(text[start:end]), style=style)
        position = end
    result.append(clean(text[position:]))
    return result
