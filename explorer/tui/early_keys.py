"""Keys typed while the app starts wait for the search box instead of being dropped.

Textual gives a key to the focused widget, or else to the screen, which ignores letters. Until
the first screen has mounted and focused its box, every key typed went nowhere (launching and
typing at once lost the whole word). Held keys are replayed in order, before any later key.
"""

from __future__ import annotations

from textual import events

MAX_EARLY_KEYS = 4_096  # a paste into a starting app is bounded too


class EarlyKeys:
    """Mixed into the App before `App`: holds keys and pastes until `keys_ready`."""

    _ready_for_keys = False

    def init_early_keys(self) -> None:
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

    async def keys_ready(self) -> None:
        """The first screen takes keys now. Called through `call_later`: after its focus is set,
        and in order with the keys waiting in the app's queue."""
        if self._ready_for_keys:
            return
        self._ready_for_keys = True
        early, self._early_keys = self._early_keys, []
        for event in early:
            if isinstance(event, events.Key):
                await self.on_event(events.Key(event.key, event.character))
            else:
                await self.on_event(events.Paste(event.text))
