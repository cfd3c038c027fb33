"""Dialogs for evidence: log a new entry, or pick an entry to link to a responsibility.

The entry form never drops what was typed: Enter, ctrl+s and Escape all save a filled-in form
(the app then says which entry it became); only an empty form closes without saving.
"""

from __future__ import annotations

import datetime as dt

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Input, Static
from textual.widgets.option_list import Option

from explorer.core.plans.evidence import Evidence, is_link
from explorer.tui.dialogs.dialog import Dialog
from explorer.tui.text import plain
from explorer.tui.widgets.inputs import QueryInput
from explorer.tui.widgets.lists import SafeOptionList

FIELDS = (
    ("action", "What you did"),
    ("situation", "Situation (optional)"),
    ("result", "Result (optional)"),
    ("link", "Link, http:// or https:// (optional)"),
    ("date", "Date (YYYY-MM-DD)"),
)


class EvidenceForm(Dialog[Evidence | None]):
    CSS_PATH = "evidence.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="evidence.save", tooltip="Save the entry"),
        Binding(
            "escape",
            "close",
            "Close",
            id="evidence.close",
            tooltip="Close; what you typed is saved as an entry (an empty form closes without saving)",
        ),
    ]

    def __init__(self, supports: tuple[str, ...], supports_text: str, today: dt.date | None = None) -> None:
        super().__init__()
        self.supports = supports
        self.supports_text = supports_text
        self.today = today or dt.date.today()

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="evidence-form"):
            yield Static(Text("Log evidence", "bold"))
            if self.supports:
                yield Static(
                    Text.assemble(("Supports: ", "dim"), plain(self.supports_text)), id="evidence-supports"
                )
            else:
                yield Static(
                    Text("Supports nothing yet: link it later with l on a responsibility.", "dim"),
                    id="evidence-supports",
                )
            for key, label in FIELDS:
                yield Static(Text(label, "dim"), classes="evidence-label")
                yield QueryInput(
                    self.today.isoformat() if key == "date" else "",
                    id=f"evidence-{key}",
                    classes="evidence-input",
                )
            yield Static(id="evidence-error")
            yield Static(Text("Enter or ctrl+s saves · Escape saves what you typed", "dim"))

    def on_mount(self) -> None:
        self.query_one("#evidence-action").focus()

    def value(self, key: str) -> str:
        return self.query_one(f"#evidence-{key}", Input).value.strip()

    def problem(self) -> str | None:
        if not self.value("action"):
            return "Write what you did (or empty every field to close without saving)."
        try:
            dt.date.fromisoformat(self.value("date"))
        except ValueError:
            return "The date must look like 2026-01-31."
        if self.value("link") and not is_link(self.value("link")):
            return "The link must start with http:// or https:// and have no spaces."
        return None

    @on(Input.Submitted, ".evidence-input")
    def _submitted(self) -> None:
        self.action_save()

    def action_save(self) -> None:
        problem = self.problem()
        if problem:
            self.query_one("#evidence-error", Static).update(plain(problem, "bold red"))
            return
        self.dismiss(
            Evidence(
                "",
                dt.date.fromisoformat(self.value("date")),
                self.value("action"),
                self.value("situation"),
                self.value("result"),
                self.value("link"),
                self.supports,
            )
        )

    def action_close(self) -> None:
        if not any(self.value(key) for key, _ in FIELDS if key != "date"):
            self.dismiss(None)
        else:
            self.action_save()


class EvidencePicker(Dialog[str | None]):
    """Pick an evidence entry; entries that already support the responsibility are marked."""

    CSS_PATH = "evidence.tcss"

    BINDINGS = [
        Binding(
            "escape",
            "cancel",
            "Cancel",
            id="evidence_picker.cancel",
            tooltip="Close without linking anything",
        )
    ]

    def __init__(self, entries: tuple[Evidence, ...], ref: str, about: str) -> None:
        super().__init__()
        self.entries = entries
        self.ref = ref
        self.about = about

    def compose(self) -> ComposeResult:
        with VerticalScroll(id="evidence-picker"):
            yield Static(Text.assemble(("Link or unlink evidence for\n", "bold"), plain(self.about)))
            yield Static(Text("Enter toggles the link · ✔ already supports it · Escape closes", "dim"))
            yield SafeOptionList(id="evidence-choices")

    def on_mount(self) -> None:
        choices = self.query_one("#evidence-choices", SafeOptionList)
        for entry in self.entries:
            linked = self.ref in entry.supports
            choices.add_option(
                Option(
                    Text.assemble(
                        ("✔ " if linked else "  ", "bold green"),
                        plain(f"{entry.id} {entry.date.isoformat()} ", "dim"),
                        plain(entry.summary(120)),
                    )
                )
            )
        choices.highlighted = 0
        choices.focus()

    @on(SafeOptionList.OptionSelected, "#evidence-choices")
    def _chosen(self, event: SafeOptionList.OptionSelected) -> None:
        self.dismiss(self.entries[event.option_index].id)

    def action_cancel(self) -> None:
        self.dismiss(None)
