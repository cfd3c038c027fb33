"""The base of every dialog: F1 (and ?, where it would not type) opens Help over it.

A modal screen hides the app's bindings, so the keys that must work everywhere are
repeated here.
"""

from __future__ import annotations

from typing import TypeVar

from textual.binding import Binding
from textual.screen import ModalScreen

ResultType = TypeVar("ResultType")


class Dialog(ModalScreen[ResultType]):
    HELP_NAME = "every dialog"
    BINDINGS = [
        Binding("f1,question_mark", "app.help", "Help", id="dialog.help", tooltip="Show every key of this dialog"),
    ]
