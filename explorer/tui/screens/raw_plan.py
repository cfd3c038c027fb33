"""A plan file that cannot be read: its text as it is, what is wrong, and the ways out."""

from __future__ import annotations

import re
from pathlib import Path

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical, VerticalScroll
from textual.widgets import Static

from explorer.core.common.atomic import move_without_overwrite
from explorer.core.common.plural import counted
from explorer.core.plans.store import MAX_PLAN_BYTES, PlanError, PlanUnreadable, UnreadablePlan
from explorer.tui.screens.base import ExplorerScreen
from explorer.tui.text import plain
from explorer.tui.widgets.footer import PriorityFooter

SHOWN_LINES = 2000  # a window of the file around the problem; the file itself may be large


def numbered(text: str, mark: int | None) -> Text:
    """The text with line numbers, the problem line marked; every character shown safely."""
    lines = text.split("\n")
    first = max(0, (mark or 1) - 1 - SHOWN_LINES // 2) if len(lines) > SHOWN_LINES else 0
    window = lines[first : first + SHOWN_LINES]
    width = len(str(first + len(window)))
    result = Text()
    if first:
        result.append(f"… {counted(first, 'line')} above\n", "dim")
    for number, line in enumerate(window, first + 1):
        here = number == mark
        result.append(f"{'▶' if here else ' '}{number:>{width}} │ ", "bold red" if here else "dim")
        result.append_text(plain(line, "reverse" if here else ""))
        result.append("\n")
    if first + len(window) < len(lines):
        result.append(f"… {counted(len(lines) - first - len(window), 'more line')}\n", "dim")
    return result


def title_in(text: str, fallback: str) -> str:
    match = re.search(r'^title\s*=\s*"([^"\n]{1,200})"', text, re.MULTILINE)
    return match.group(1) if match else fallback.replace("-", " ").capitalize()


class RawPlanScreen(ExplorerScreen):
    CSS_PATH = "raw_plan.tcss"
    BINDINGS = [
        Binding(
            "escape", "app.back", "Back", id="raw.back", tooltip="Back to your plans; the file stays as it is"
        ),
        Binding(
            "s",
            "set_aside",
            "Set aside, start fresh",
            id="raw.set_aside",
            tooltip="Move this file aside under a new name (kept and listed) and start a fresh plan in its place",
        ),
        Binding(
            "v",
            "versions",
            "Earlier versions",
            id="raw.versions",
            tooltip="Restore an earlier version of this plan from its history",
        ),
    ]

    def __init__(self, unreadable: UnreadablePlan) -> None:
        super().__init__()
        self.unreadable = unreadable

    def compose(self) -> ComposeResult:
        problem = self.unreadable.problem
        with Vertical(id="raw-body"):
            yield Static(
                Text.assemble(
                    plain(f"{self.unreadable.path.name} cannot be read as a plan", "bold"),
                    "\n",
                    plain(str(problem), "red"),
                    "\n",
                    (
                        (
                            "Nothing has been changed. s sets it aside and starts fresh · "
                            "v restores an earlier version · Escape goes back"
                        ),
                        "dim",
                    ),
                ),
                id="raw-heading",
            )
            with VerticalScroll(id="raw-scroll"):
                yield Static(id="raw-text")
        yield PriorityFooter()

    def on_mount(self) -> None:
        try:
            self._text = self.explorer.plans.session.store.raw_text(self.unreadable.name)
        except PlanError as error:
            self._text = ""
            self.query_one("#raw-text", Static).update(plain(str(error), "red"))
        else:
            self.query_one("#raw-text", Static).update(numbered(self._text, self.unreadable.problem.line))
        self.query_one("#raw-scroll").focus()
        if self.unreadable.problem.line:
            self.call_after_refresh(
                self.query_one("#raw-scroll").scroll_to,
                y=max(0, self.unreadable.problem.line - 5),
                animate=False,
            )

    def action_set_aside(self) -> None:
        session = self.explorer.plans.session
        try:
            aside = session.set_aside(self.unreadable.name)
        except PlanError as error:
            self.notify(str(error), severity="error", markup=False, timeout=10)
            return
        session.create(title_in(self._text, self.unreadable.name))
        self.explorer.plans.save()
        self.notify(
            f"Set aside as {aside.name} (still listed on the plans screen); a fresh plan took its place.",
            markup=False,
            timeout=10,
        )
        self.dismiss()

    def action_versions(self) -> None:
        from explorer.tui.screens.history import HistoryScreen

        self.app.switch_screen(HistoryScreen(self.unreadable.name, self.unreadable.name))


class RawFileScreen(ExplorerScreen):
    """A file that was set aside: shown as it is, and put back among the plans on request."""

    CSS_PATH = "raw_plan.tcss"

    BINDINGS = [
        Binding("escape", "app.back", "Back", id="raw_file.back", tooltip="Back to your plans"),
        Binding(
            "b",
            "put_back",
            "Put back",
            id="raw_file.put_back",
            tooltip="Move this file back among your plans (under a free name; nothing is replaced)",
        ),
    ]

    def __init__(self, path: Path) -> None:
        super().__init__()
        self.path = path

    def compose(self) -> ComposeResult:
        with Vertical(id="raw-body"):
            yield Static(
                Text.assemble(
                    plain(f"{self.path.name} (set aside)", "bold"),
                    "\n",
                    ("Kept as it was. b puts it back among your plans · Escape goes back", "dim"),
                ),
                id="raw-heading",
            )
            with VerticalScroll(id="raw-scroll"):
                yield Static(id="raw-text")
        yield PriorityFooter()

    def on_mount(self) -> None:
        try:
            with self.path.open("rb") as handle:
                text = handle.read(MAX_PLAN_BYTES).decode("utf-8", errors="replace")
        except OSError as error:
            self.query_one("#raw-text", Static).update(
                plain(f"{self.path}: cannot be read: {error.strerror or error}", "red")
            )
        else:
            self.query_one("#raw-text", Static).update(numbered(text, None))
        self.query_one("#raw-scroll").focus()

    def action_put_back(self) -> None:
        session = self.explorer.plans.session
        store = session.store
        name = store.unused_name(self.path.name.split(".corrupt-")[0], taken=set(session.stored))
        try:
            moved = move_without_overwrite(self.path, store.directory, name, ".toml")
        except OSError as error:
            self.notify(f"{self.path}: not moved ({error.strerror or error})", severity="error", markup=False)
            return
        try:
            session.stored[moved.stem] = store.load(moved.stem)
        except PlanUnreadable as error:
            session.unreadable.append(error.unreadable)
        except PlanError as error:
            self.notify(str(error), severity="error", markup=False)
        self.notify(f"Put back as {moved.name}.", markup=False)
        self.dismiss()
