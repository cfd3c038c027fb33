"""Keys typed while the app starts wait for the search box instead of being dropped.

Textual gives a key to the focused widget, or else to the screen, which ignores letters. Until
the first screen has mounted and focused its box, keys and pastes are held; once it has, they
are replayed in order, before any later key (tests/functional/test_startup_keys.py).
"""

from __future__ import annotations

from textual import events
from textual.app import App
from textual.message import Message

MAX_EARLY_KEYS = 4_096  # a paste into a starting app is bounded too


class KeysReady(Message):
    """Posted to the app by the first screen once its box has the focus."""


class EarlyKeysApp(App[None]):
    """An App that holds keys and pastes until the first screen posts `KeysReady`."""

    def __init__(self) -> None:
        super().__init__()
        self._ready_for_keys = False
        self._early_keys: list[events.Key | events.Paste] = []

    async def on_event(self, event: events.Event) -> None:
        if (
            not self._ready_for_keys
            and isinstance(event, (events.Key, events.Paste))
            and not event.is_forwarded
        ):
            if len(self._early_keys) < MAX_EARLY_KEYS:
                self._early_keys.append(event)
            return
        await super().on_event(event)

    async def on_keys_ready(self, _message: KeysReady) -> None:
        await self.keys_ready()

    async def keys_ready(self) -> None:
        """The first screen takes keys now. Reached through the app's queue: after its focus is
        set, and in order with the keys waiting there."""
        if self._ready_for_keys:
            return
        self._ready_for_keys = True
        early, self._early_keys = self._early_keys, []
        for event in early:
            if isinstance(event, events.Key):
                await self.on_event(events.Key(event.key, event.character))
            else:
                await self.on_event(events.Paste(event.text))
