"""Toasts that stay readable and out of the way.

Textual wraps a long toast over as many lines as it needs and stacks every toast in the
bottom-right corner, where the notes editor sits. Here a toast is cut at a word, ending in
"…", when it would be taller than a few lines; at most a few are shown at once; and the
toasts move to another corner when they would cover the focused input. In a dialog the whole
dialog is kept clear, not only its focused field; when no corner is clear of a dialog or of the
text area being written in, the toasts wait, hidden, until the focus moves (Textual still times them out).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from textual.content import Content
from textual.css.query import NoMatches
from textual.geometry import Region, Size
from textual.notifications import Notification
from textual.screen import ModalScreen, Screen
from textual.widget import Widget
from textual.widgets import TextArea
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


def line_count(message: str, width: int) -> int:
    """Lines the toast takes for `message` at `width`: Textual's own wrapping, as the toast renders it."""
    return len(Content(message).wrap(width))


def fit_toast(message: str, width: int, max_lines: int = MAX_LINES) -> str:
    """`message` cut at a word, ending in "…", if it would wrap to more than `max_lines` lines.

    The text is not re-wrapped (the toast does that); the cut is the longest that fits.
    """
    if line_count(message, width) <= max_lines:
        return message

    def cut(end: int) -> str:
        return message[:end].rstrip(" \n,.;:") + "…"

    def fits(end: int) -> bool:
        return line_count(cut(end), width) <= max_lines

    word_ends = [match.end() for match in re.finditer(r"[^ \n]+", message)]
    # A first word too long to fit is folded, as the toast folds it.
    ends = word_ends if word_ends and fits(word_ends[0]) else list(range(len(message) + 1))
    return cut(_last_that_fits(ends, fits))


def _last_that_fits(ends: list[int], fits: Callable[[int], bool]) -> int:
    """The last of `ends` that `fits`, or 0; a longer cut never takes fewer lines."""
    low, high = 0, len(ends)  # ends[:low] fit, ends[high:] do not
    while low < high:
        middle = (low + high) // 2
        if fits(ends[middle]):
            low = middle + 1
        else:
            high = middle
    return ends[low - 1] if low else 0


def lines_each(screen_height: int, count: int) -> int:
    """Lines a toast may take when `count` toasts share the screen's height."""
    room = max(screen_height - 2, 1)  # the footer, and the rack's margin
    return max(min(room // max(count, 1) - TOAST_ROWS_AROUND_TEXT, MAX_LINES), 1)


def to_drop(notifications: list[Notification], screen_height: int, width: int) -> list[Notification]:
    """The oldest notifications to drop so that the newest fit the height, at most MAX_SHOWN."""
    room = max(screen_height - 2, 1)
    kept_rows, dropped = 0, []
    for number, notification in enumerate(sorted(notifications, key=lambda n: n.raised_at, reverse=True)):
        rows = line_count(notification.message, width) + TOAST_ROWS_AROUND_TEXT
        if number and (number >= MAX_SHOWN or kept_rows + rows > room):
            dropped.append(notification)
        else:
            kept_rows += rows
    return dropped


def corner_region(corner: str, screen_size: Size, height: int) -> Region:
    """Where the toasts of `height` rows sit in `corner` (one row kept for the footer)."""
    width = min(TOAST_WIDTH, screen_size.width // 2)
    x = 0 if corner.endswith("left") else screen_size.width - width
    y = 0 if corner.startswith("top") else max(screen_size.height - 1 - height, 0)
    return Region(x, y, width, height)


def choose_corner(focused: Region | None, screen_size: Size, height: int, hide: bool = False) -> str | None:
    """The first corner whose toasts would not cover `focused`; when all would, None with `hide`
    (the toasts wait) and bottom-right without."""
    if focused is None:
        return CORNERS[0]
    for corner in CORNERS:
        if not corner_region(corner, screen_size, height).overlaps(focused):
            return corner
    return None if hide else CORNERS[0]


def keep_clear(screen: Screen[object]) -> Region | None:
    """What the toasts must not cover: the focused widget, or in a dialog the whole dialog box."""
    focused = screen.focused
    if focused is None or not focused.region.area:
        return None
    if isinstance(screen, ModalScreen):
        chain = focused.ancestors_with_self
        box = chain[chain.index(screen) - 1] if screen in chain else focused
        if isinstance(box, Widget):
            return box.region
    return focused.region


def shown_height(screen: Screen[object]) -> int:
    """Rows the toasts take now (each has a margin row above it)."""
    try:
        rack = screen.get_child_by_type(ToastRack)
    except NoMatches:
        return 0
    return sum(toast.outer_size.height + 1 for toast in rack.query(Toast))


def place(screen: Screen[object], expected_height: int) -> None:
    """Move the toasts of `screen` away from its focused widget."""
    height = max(expected_height, shown_height(screen))
    # A dialog or a text area being written in is never covered; other focused parts (a list, the
    # one-line search box) may be when the toasts need the whole height.
    typing = isinstance(screen.focused, TextArea)
    corner = choose_corner(
        keep_clear(screen), screen.size, height, hide=typing or isinstance(screen, ModalScreen)
    )
    for name in CORNERS:
        screen.set_class(name == corner and name != CORNERS[0], f"-toasts-{name}")
    screen.set_class(corner is None, "-toasts-hidden")
