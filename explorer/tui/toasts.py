"""Toasts that stay readable and out of the way.

Textual wraps a long toast over as many lines as it needs and stacks every toast in the
bottom-right corner, where the notes editor sits. Here a toast is cut at a word, ending in
"…", when it would be taller than a few lines; at most a few are shown at once; and the
toasts move to another corner when they would cover the focused input.
"""

from __future__ import annotations

import re

from textual.geometry import Region
from textual.notifications import Notification
from textual.screen import Screen
from textual.widgets._toast import Toast, ToastRack

MAX_LINES = 6
MAX_SHOWN = 3
# A toast takes its lines plus two rows of padding and one of margin; the rack that holds
# them is cut at the screen's edge, so the toasts shown must fit the height together.
TOAST_ROWS_AROUND_TEXT = 3
# Textual's toast: 60 cells wide at most, half the screen at least, with padding and a border.
TOAST_WIDTH, TOAST_FRAME = 60, 4
CORNERS = ("bottom-right", "bottom-left", "top-right")


def toast_text_width(screen_width: int) -> int:
    return max(min(TOAST_WIDTH, screen_width // 2) - TOAST_FRAME, 8)


def fit_toast(message: str, width: int, max_lines: int = MAX_LINES) -> str:
    """`message` cut at a word, ending in "…", if it would wrap to more than `max_lines` lines.

    The text is not re-wrapped (the toast does that); this only counts lines as the toast
    will, words moving whole to the next line and longer words folded.
    """
    lines, used, cut = 1, 0, None
    for match in re.finditer(r"\n|[^ \n]+", message):
        word = match.group()
        if word == "\n":
            lines, used = lines + 1, 0
        else:
            needed = len(word) + (1 if used else 0)
            if used and used + needed > width:
                lines, used, needed = lines + 1, 0, len(word)
            while needed > width:  # a path or other long token folds like the toast folds it
                lines, needed = lines + 1, needed - width
            used += needed
        if lines > max_lines:
            cut = match.start()
            break
    if cut is None:
        return message
    kept = message[:cut].rstrip(" \n,.;:")
    # Room for the "…" on the last line: drop the last word if the line is full.
    if used >= width and " " in kept:
        kept = kept.rsplit(" ", 1)[0].rstrip(" ,.;:")
    return kept + "…"


def corner_region(corner: str, screen_size, height: int) -> Region:
    """Where the toasts of `height` rows sit in `corner` (one row kept for the footer)."""
    width = min(TOAST_WIDTH, screen_size.width // 2)
    x = 0 if corner.endswith("left") else screen_size.width - width
    y = 0 if corner.startswith("top") else max(screen_size.height - 1 - height, 0)
    return Region(x, y, width, height)


def choose_corner(focused: Region | None, screen_size, height: int) -> str:
    """The first corner whose toasts would not cover `focused` (bottom-right when all would)."""
    if focused is None:
        return CORNERS[0]
    for corner in CORNERS:
        if not corner_region(corner, screen_size, height).overlaps(focused):
            return corner
    return CORNERS[0]


def shown_height(screen: Screen) -> int:
    """Rows the toasts take now (each has a margin row above it)."""
    try:
        rack = screen.get_child_by_type(ToastRack)
    except Exception:
        return 0
    return sum(toast.outer_size.height + 1 for toast in rack.query(Toast))


def place(screen: Screen, expected_height: int) -> None:
    """Move the toasts of `screen` away from its focused widget."""
    focused = screen.focused
    region = focused.region if focused is not None and focused.region.area else None
    corner = choose_corner(region, screen.size, max(expected_height, shown_height(screen)))
    for name in CORNERS:
        screen.set_class(name == corner and name != CORNERS[0], f"-toasts-{name}")


def budget(screen_height: int) -> tuple[int, int]:
    """How many toasts to show at once, and how many lines each may take, on this screen."""
    room = max(screen_height - 2, 1)  # the footer, and the rack's margin
    for shown in range(MAX_SHOWN, 0, -1):
        lines = room // shown - TOAST_ROWS_AROUND_TEXT
        if lines >= 3 or shown == 1:
            return shown, max(min(lines, MAX_LINES), 1)
    return 1, 1


def oldest_beyond(notifications: list[Notification], keep: int = MAX_SHOWN) -> list[Notification]:
    """The notifications to drop so that at most `keep` are shown, oldest first."""
    ordered = sorted(notifications, key=lambda n: n.raised_at)
    return ordered[: max(len(ordered) - keep, 0)]
