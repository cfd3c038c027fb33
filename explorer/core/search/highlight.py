"""Which characters of a found line to highlight: the typed start of a word, or the whole word."""

from __future__ import annotations

from collections.abc import Collection

from explorer.core.common.words import WORD_PATTERN


def highlight_spans(text: str, typed: Collection[str], matched: Collection[str]) -> tuple[tuple[int, int], ...]:
    """Character ranges of `text` to highlight.

    A word in `matched` is highlighted whole, or only as far as the typed word when it is a
    completion of one ("budg" in "budget"). Spans index `text` itself, even where case
    folding changes a word's length.
    """
    spans = []
    for found in WORD_PATTERN.finditer(text):
        word = found.group(0).casefold()
        if word not in matched:
            continue
        start, end = found.span()
        prefix = max((len(t) for t in typed if len(t) < len(word) and word.startswith(t)), default=0)
        spans.append((start, min(start + prefix, end) if prefix else end))
    return tuple(spans)
