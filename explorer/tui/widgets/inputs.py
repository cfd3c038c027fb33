"""Text inputs used across the app."""

from __future__ import annotations

from typing import Any

from textual import events
from textual.widgets import Input

VERTICAL_SCROLLING = frozenset(
    {"scroll_up", "scroll_down", "page_up", "page_down", "page_left", "page_right"}
)


class QueryInput(Input):
    """An Input whose cursor blink can be switched off in one place (tests freeze it)."""

    BLINK = True
    HELP_NAME = "the text box"

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        # A one-line box inherits vertical scrolling it never uses; declining those keys lets
        # Up/Down/PgUp/PgDn reach the screen (the results list), and keeps them out of Help.
        if action in VERTICAL_SCROLLING:
            return False
        return super().check_action(action, parameters)

    def on_mount(self) -> None:
        self.cursor_blink = type(self).BLINK


class PromptInput(QueryInput):
    """An Input whose own editing keys act in the order they were typed.

    Textual runs a widget's key bindings only after the key has bubbled up to the app, so
    in a fast burst ("2026-13-45", ctrl+u, "2026-06-01", Enter) the ctrl+u ran after the
    later characters had been inserted and Enter submitted an empty field: the due date
    was lost. Here the field runs its own bindings as each key arrives.

    A paste that arrives as keystrokes (a terminal without bracketed paste) is inserted in
    runs: characters queued behind each other go in with one insert, because each insert
    costs time in proportion to the text already there.
    """

    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._typed: list[str] = []

    async def _on_key(self, event: events.Key) -> None:
        if event.is_printable and event.character is not None:
            event.stop()
            event.prevent_default()
            self._restart_blink()
            self._typed.append(event.character)
            if len(self._typed) == 1:
                self.call_later(self._insert_typed)
            return
        self._insert_typed()  # every other key acts after the characters typed before it
        bindings = self._bindings.key_to_bindings.get(event.key, [])
        if bindings:
            event.stop()
            event.prevent_default()
            await self.run_action(bindings[0].action)
            return
        await super()._on_key(event)

    def _insert_typed(self) -> None:
        if not self._typed:
            return
        text = "".join(self._typed)
        self._typed.clear()
        if self.selection.is_empty:
            self.insert_text_at_cursor(text)
        else:
            self.replace(text, *self.selection)
