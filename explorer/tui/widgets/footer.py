"""The footer: the screen's own keys first, then Help, Back and Quit, then what else fits.

Textual's footer lays every key out in a row and lets the screen edge cut the rest, which at
80 columns cut Help, Back and Quit. This one measures: Help, Back and Quit always get their
room, the screen's own keys come next in the order the screen lists them, then the app-wide
keys (F-keys in number order, then notes and compare), then the palette key. What does not fit
is one key away: F1 lists every live key.
"""

from __future__ import annotations

import re
from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from explorer.tui.keys import EVERYWHERE, FOCUSED, THIS_SCREEN, LiveKey, key_display, live_keys

HELP = ("app.help", "dialog.help")
QUIT = ("app.quit", "dialog.quit")


def always_rank(live: LiveKey) -> int | None:
    """Where a key stands among those shown at every width (Help, then Escape's Back, Leave box
    or Cancel, then Quit); None for the others."""
    if live.binding.id in HELP:
        return 0
    if "escape" in live.keys:
        return 1
    if live.binding.id in QUIT:
        return 2
    return None


def shown_key(live: LiveKey) -> str:
    """The key the footer names: Escape when it is one of them (the key people look for to close
    or go back), else the first."""
    return "escape" if "escape" in live.keys else live.keys[0]


def key_width(live: LiveKey) -> int:
    """Cells a compact footer key takes: key, space, description, one cell of margin."""
    return len(key_display(shown_key(live))) + 1 + len(live.binding.description) + 1


# App-wide keys without an F-key, after the F-keys, most useful first.
EXTRAS_ORDER = ("app.notes", "app.compare")


def extras_rank(live: LiveKey) -> tuple[int, int]:
    """F-keys first, by number (F2 before F3), then the others in EXTRAS_ORDER."""
    number = re.fullmatch(r"f(\d{1,2})", shown_key(live))
    if number:
        return (0, int(number.group(1)))
    rank = EXTRAS_ORDER.index(live.binding.id) if live.binding.id in EXTRAS_ORDER else len(EXTRAS_ORDER)
    return (1, rank)


def choose(keys: list[LiveKey], width: int) -> list[LiveKey]:
    """The keys to show within `width` cells, in the order they are shown."""
    shown = [k for k in keys if k.binding.show and k.binding.description]
    always = sorted((k for k in shown if always_rank(k) is not None), key=lambda k: always_rank(k) or 0)
    rest = [k for k in shown if always_rank(k) is None]
    main = [k for k in rest if k.group == THIS_SCREEN] + [k for k in rest if k.group == FOCUSED]
    extras = [k for k in rest if k.group == EVERYWHERE]
    extras.sort(key=extras_rank)
    room = width - sum(key_width(k) for k in always)
    chosen: set[int] = set()
    for live in main + extras:
        if key_width(live) <= room:
            chosen.add(id(live))
            room -= key_width(live)
    return [k for k in main if id(k) in chosen] + always + [k for k in extras if id(k) in chosen]


class PriorityFooter(Footer):
    def __init__(self, **kwargs: Any) -> None:
        super().__init__(show_command_palette=False, compact=True, **kwargs)
        self._laid_out_for = 0

    def compose(self) -> ComposeResult:
        if not self._bindings_ready:
            return
        width = self.size.width or self.app.size.width
        self._laid_out_for = width
        keys = live_keys(self.screen)
        chosen = choose(keys, width)
        for live in chosen:
            yield self._key(live)
        palette = next((k for k in keys if k.binding.action == "command_palette"), None)
        if palette is not None:
            used = sum(key_width(k) for k in chosen)
            if used + len(key_display(palette.keys[0])) + len(palette.binding.description) + 3 <= width:
                yield self._key(palette, "-command-palette")

    def _key(self, live: LiveKey, classes: str = "") -> FooterKey:
        binding = live.binding
        key = shown_key(live)
        return FooterKey(
            key,
            key_display(key),
            binding.description,
            binding.action,
            disabled=not live.enabled,
            tooltip=live.help,
            classes=classes,
        ).data_bind(compact=Footer.compact)

    def on_resize(self, event: events.Resize) -> None:
        if self._bindings_ready and event.size.width != self._laid_out_for:
            self.call_after_refresh(self.recompose)
