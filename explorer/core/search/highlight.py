"""Which characters of a found line to highlight: the typed start of a word, or the whole word."""

from __future__ import annotations

from collections.abc import Collection, Iterable

from explorer.core.common.words import WORD_PATTERN


def highlight_spans(
    text: str, typed: Collection[str], matched: Collection[str], present: Iterable[str] | None = None
) -> tuple[tuple[int, int], ...]:
    """Character ranges of `text` to highlight.

    A word in `matched` is highlighted whole, or only as far as the typed word when it is a
    completion of one ("budg" in "budget"). Spans index `text` itself. `present` (the
    matched words known to be in the line) lets the common case find them with `str.find`
    instead of reading every word; the regex is the fallback when case folding changes the
    text's length.
    """
    folded = text.casefold()
    if present is None or len(folded) != len(text):
        return _by_regex(text, typed, matched)
    spans = []
    for word in present:
        prefix = _typed_prefix(word, typed)
        start = folded.find(word)
        while start != -1:
            end = start + len(word)
            if (start == 0 or not _is_word(folded[start - 1])) and (
                end == len(folded) or not _is_word(folded[end])
            ):
                spans.append((start, start + prefix if prefix else end))
            start = folded.find(word, end)
    return tuple(sorted(spans))


def _by_regex(text: str, typed: Collection[str], matched: Collection[str]) -> tuple[tuple[int, int], ...]:
    spans = []
    for found in WORD_PATTERN.finditer(text):
        word = found.group(0).casefold()
        if word in matched:
            start, end = found.span()
            prefix = _typed_prefix(word, typed)
            spans.append((start, min(start + prefix, end) if prefix else end))
    return tuple(spans)


def _typed_prefix(word: str, typed: Collection[str]) -> int:
    """How much of `word` the person typed, when it completes a typed word; 0 otherwise."""
    return max((len(t) for t in typed if len(t) < len(word) and word.startswith(t)), default=0)


def _is_word(character: str) -> bool:
    return character.isalnum() or character == "_"
