"""The base of every dialog: F1 (and ?, where it would not type) opens Help over it, and its
own footer shows the dialog's keys.

A modal screen hides the app's bindings, so the keys that must work everywhere are
repeated here (ctrl+q still quits through the app's priority binding; this one names it). Without a footer of its own, the footer of the screen underneath would go on
listing keys that do nothing while the dialog is open.
"""

from __future__ import annotations

from typing import ClassVar, TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class Dialog(ModalScreen[ResultType]):
    HELP_NAME: ClassVar[str] = "every dialog"
    BINDINGS = [
        Binding(
            "f1,question_mark", "app.help", "Help", id="dialog.help", tooltip="Show every key of this dialog"
        ),
        Binding(
            "ctrl+q",
            "app.quit",
            "Quit",
            id="dialog.quit",
            tooltip="Leave role-explorer (your plans are saved)",
        ),
    ]

    @property
    def help_name(self) -> str:
        return self.HELP_NAME

    def on_mount(self) -> None:
        from explorer.tui.widgets.footer import PriorityFooter

        self.mount(PriorityFooter())
