"""The footer: the screen's main actions first, then Help and Back, then what else fits.

Textual's footer lays every key out in a row and lets the screen edge cut the rest, which at
80 columns cut Help and Back. This one measures: Help and Back always get their room, the
screen's own keys come next in the order the screen lists them, then the app-wide keys
(F2–F4, notes, compare), then the palette key. What does not fit stays in Help and the palette.
"""

from __future__ import annotations

from typing import Any

from textual import events
from textual.app import ComposeResult
from textual.widgets import Footer
from textual.widgets._footer import FooterKey

from explorer.tui.keys import EVERYWHERE, FOCUSED, THIS_SCREEN, LiveKey, key_display, live_keys

ALWAYS = ("app.help", "app.back", "app.leave", "dialog.help")


def shown_key(live: LiveKey) -> str:
    """The key the footer names: Escape when it is one of them (the key people look for to close
    or go back), else the first."""
    return "escape" if "escape" in live.keys else live.keys[0]


def key_width(live: LiveKey) -> int:
    """Cells a compact footer key takes: key, space, description, one cell of margin."""
    return len(key_display(shown_key(live))) + 1 + len(live.binding.description) + 1


# App-wide keys after Help and Back, most useful first.
EXTRAS_ORDER = ("app.gap", "app.compare", "app.ladder", "app.plans", "app.notes", "app.quit")


def choose(keys: list[LiveKey], width: int) -> list[LiveKey]:
    """The keys to show within `width` cells, in the order they are shown."""
    shown = [k for k in keys if k.binding.show and k.binding.description]
    always = [k for k in shown if k.binding.id in ALWAYS]
    main = [k for k in shown if k.group == THIS_SCREEN] + [k for k in shown if k.group == FOCUSED]
    main = [k for k in main if k.binding.id not in ALWAYS]  # a dialog's own Help is listed once
    extras = [k for k in shown if k.group == EVERYWHERE and k.binding.id not in ALWAYS]
    extras.sort(
        key=lambda k: EXTRAS_ORDER.index(k.binding.id) if k.binding.id in EXTRAS_ORDER else len(EXTRAS_ORDER)
    )
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
