"""Dialogs for evidence: log a new entry, or pick an entry to link to a responsibility.

The entry form never drops or misplaces what was typed:
- Tab and shift+Tab move between fields as they arrive, so keys typed after a Tab land in the
  next field however fast they come;
- returning to a field puts the cursor at its end, never selects its text for replacing;
- Escape on a form with typed words asks (keep editing, save, discard), with keep editing
  first; an untouched form just closes.
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
from explorer.tui.dialogs.choice import ChoiceScreen
from explorer.tui.dialogs.dialog import Dialog
from explorer.tui.text import plain
from explorer.tui.widgets.hanging import HangingText
from explorer.tui.widgets.inputs import QueryInput
from explorer.tui.widgets.lists import SafeOptionList

FIELDS = (
    ("action", "What you did"),
    ("situation", "Situation (optional)"),
    ("result", "Result (optional)"),
    ("link", "Link, http:// or https:// (optional)"),
    ("date", "Date (YYYY-MM-DD)"),
)


CLOSE_CHOICES = ("Keep editing", "Save the entry", "Discard what I typed")


class EvidenceForm(Dialog[Evidence | None]):
    CSS_PATH = "evidence.tcss"
    BINDINGS = [
        Binding("ctrl+s", "save", "Save", id="evidence.save", tooltip="Save the entry"),
        Binding(
            "escape",
            "close",
            "Close",
            id="evidence.close",
            tooltip="Close; with words typed it asks first (keep editing, save or discard)",
        ),
        # Priority: the focus moves when the key arrives, before the keys typed after it are
        # handed to a field, so a fast burst lands in the fields in the order it was typed.
        Binding(
            "tab",
            "next_field",
            "Next field",
            id="evidence.next_field",
            tooltip="Move to the next field",
            show=False,
            priority=True,
        ),
        Binding(
            "shift+tab",
            "previous_field",
            "Previous field",
            id="evidence.previous_field",
            tooltip="Move to the previous field",
            show=False,
            priority=True,
        ),
    ]

    def __init__(
        self,
        supports: tuple[str, ...],
        supports_text: str,
        today: dt.date | None = None,
        examples: tuple[str, ...] = (),
    ) -> None:
        super().__init__()
        self.supports = supports
        self.examples = examples  # the pack's examples of doing it well, offered as prompts
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
            if self.examples:
                prompts = Text("What doing it well can look like:", "dim")
                for example in self.examples:
                    prompts.append("\n  • ", "dim")
                    prompts.append_text(plain(example, "dim italic"))
                yield HangingText(prompts, id="evidence-examples")
            for key, label in FIELDS:
                yield Static(Text(label, "dim"), classes="evidence-label")
                yield QueryInput(
                    self._initial(key),
                    id=f"evidence-{key}",
                    classes="evidence-input",
                    select_on_focus=False,
                )
            yield Static(id="evidence-error")
            yield Static(Text("Enter or ctrl+s saves · Escape asks before closing", "dim"))

    def _initial(self, key: str) -> str:
        return self.today.isoformat() if key == "date" else ""

    def on_mount(self) -> None:
        self.query_one("#evidence-action").focus()

    def value(self, key: str) -> str:
        return self.query_one(f"#evidence-{key}", Input).value.strip()

    def changed(self) -> bool:
        return any(self.value(key) != self._initial(key) for key, _ in FIELDS)

    def action_next_field(self) -> None:
        self.focus_next()

    def action_previous_field(self) -> None:
        self.focus_previous()

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
        if not self.changed():
            self.dismiss(None)
            return

        def chosen(index: int | None) -> None:
            if index == CLOSE_CHOICES.index("Save the entry"):
                self.action_save()
            elif index == CLOSE_CHOICES.index("Discard what I typed"):
                self.dismiss(None)

        labels = [Text(label) for label in CLOSE_CHOICES]
        self.app.push_screen(ChoiceScreen("This entry has words typed in it. What now?", labels), chosen)


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
