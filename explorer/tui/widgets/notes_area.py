"""The notes box of the plan pane: the person's own words, shown safely and stored as typed."""

from __future__ import annotations

from rich.text import Text
from textual.binding import Binding
from textual.widgets import TextArea

from explorer.tui.text import glyphs


class NotesArea(TextArea):
    BLINK = True
    HELP_NAME = "your notes"
    # Priority: the focus moves when the key arrives, before the keys typed after it are handed
    # to the notes, so "words, Tab, Space" ticks a step instead of typing the space.
    BINDINGS = [
        Binding(
            "escape",
            "leave",
            "Leave notes",
            id="notes.leave",
            tooltip="Stop typing here and move to the steps; nothing is lost and the screen stays",
            priority=True,
        ),
        Binding(
            "tab",
            "app.focus_next",
            "Next part",
            id="notes.next",
            tooltip="Move to the next part of the screen (the steps)",
            show=False,
            priority=True,
        ),
        Binding(
            "shift+tab",
            "app.focus_previous",
            "Previous part",
            id="notes.previous",
            tooltip="Move to the previous part of the screen",
            show=False,
            priority=True,
        ),
    ]

    def on_mount(self) -> None:
        self.cursor_blink = type(self).BLINK

    def get_line(self, line_index: int) -> Text:
        """The line as shown: control and format characters visible, one for one; the text keeps them as typed."""
        return Text(glyphs(self.document.get_line(line_index)), end="", no_wrap=True)

    def action_leave(self) -> None:
        self.screen.focus_next()  # the plan's steps come next in its pane
