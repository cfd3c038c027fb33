"""Every plan, with the active one open beside the list; plans that cannot be read are listed too."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from rich.console import RenderableType
from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.containers import Vertical
from textual.widgets import Static
from textual.widgets.option_list import Option

from explorer.core.plans.model import Plan, plan_name, plan_to_markdown
from explorer.core.plans.store import PlanError, UnreadablePlan
from explorer.tui.dialogs.prompt import TextPrompt
from explorer.tui.screens.base import PlanAwareScreen
from explorer.tui.screens.plans_keys import PLANS_BINDINGS
from explorer.tui.screens.second_opinion import ask_mentor_copy, ask_posting
from explorer.tui.text import home_relative, labelled_row, plain
from explorer.tui.widgets.lists import SafeOptionList

Entry = str | UnreadablePlan | Path | None  # a plan's name, an unreadable file, a set-aside file


class PlansScreen(PlanAwareScreen):
    CSS_PATH = "plans.tcss"
    HELP_NAME = "Plans"
    NOTES_OPEN = True
    # The list of plans is this screen: the open pane (the chosen plan) sits beside it down to 50.
    HORIZONTAL_BREAKPOINTS = [(0, "-narrow"), (50, "-wide")]
    BINDINGS = PLANS_BINDINGS

    def compose_main(self) -> ComposeResult:
        with Vertical(id="plans-body", classes="main"):
            yield Static(
                Text("Your plans · Enter opens · n new · r rename · v versions · F1 all keys", "dim"),
                id="plans-hint",
            )
            yield SafeOptionList(id="plans-list")
            yield Static(id="plans-folder")

    def on_mount(self) -> None:
        self._entries: list[Entry] = []
        self.refresh_list()
        if self.explorer.plans.session.plan:
            self.pane.show_plan()
        self.query_one("#plans-list").focus()

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        self.refresh_list()

    def focus_main(self) -> None:
        self.query_one("#plans-list").focus()

    def plans_saved(self) -> None:
        super().plans_saved()
        self.refresh_list()

    def refresh_list(self) -> None:
        session = self.explorer.plans.session
        listing = self.query_one("#plans-list", SafeOptionList)
        keep = listing.highlighted
        listing.clear_options()
        self._entries = []
        for name in session.names:
            plan = session.plan_of(name)
            done, total = plan.progress()
            flag = (
                " · ⚠ also changed elsewhere (c)"
                if name in session.conflicts
                else (" · not saved yet" if session.is_unsaved(name) and session.save_problem else "")
            )
            details = plain(f"{done}/{total} steps · updated {plan.updated:%Y-%m-%d %H:%M}{flag}", "dim")
            marker = Text("● " if name == session.active_name else "  ", "bold green")
            self._add(
                listing,
                name,
                labelled_row(marker, 2, plain(plan.title, "bold"), labelled_row(Text(), 2, details)),
            )
        for broken in session.unreadable:
            problem = broken.problem
            details = plain(
                f"line {problem.line or '?'}, column {problem.column or '?'}: {problem.message} · Enter shows it",
                "dim",
            )
            name_line = Text.assemble(plain(broken.path.name, "bold"), (" cannot be read", "red"))
            self._add(
                listing,
                broken,
                labelled_row(Text("⚠ ", "bold red"), 2, name_line, labelled_row(Text(), 2, details)),
            )
        for aside in session.store.set_aside_files():
            self._add(
                listing,
                aside,
                labelled_row(Text(), 2, Text.assemble(("set aside: ", "dim"), plain(aside.name, "dim"))),
            )
        trash = session.store.trash.entries()
        if trash:
            self._add(
                listing,
                None,
                labelled_row(Text(), 2, Text(f"{len(trash)} in the trash · u brings one back", "dim")),
            )
        if not self._entries:
            listing.add_option(Option(Text("No plans yet. Press n to start one.", "dim"), disabled=True))
        elif keep is not None and keep < len(self._entries):
            listing.highlighted = keep
        elif session.active_name in self._entries:
            listing.highlighted = self._entries.index(session.active_name)
        else:
            listing.highlighted = 0
        self.query_one("#plans-folder", Static).update(self._folder_line())

    def _add(self, listing: SafeOptionList, entry: Entry, label: RenderableType) -> None:
        self._entries.append(entry)
        listing.add_option(Option(label, disabled=entry is None))

    def _folder_line(self) -> Text:
        session = self.explorer.plans.session
        problem = session.save_problem or session.store.problem()
        if problem:
            return plain(f"⚠ Cannot save plans: {problem}. Kept in this window until that works.", "bold red")
        if not session.store.directory.is_dir():
            return plain(f"Plans will be saved in {home_relative(session.store.directory)}", "dim")
        return plain(f"Saved in {home_relative(session.store.directory)}", "dim")

    def _highlighted_entry(self) -> Entry:
        index = self.query_one("#plans-list", SafeOptionList).highlighted
        return self._entries[index] if index is not None and index < len(self._entries) else None

    def _highlighted_plan(self) -> str | None:
        entry = self._highlighted_entry()
        if isinstance(entry, str):
            return entry
        self.notify("Highlight one of your plans first.", markup=False)
        return None

    def _show_active(self) -> None:
        self.refresh_list()
        self.pane.display = True
        self.set_class(True, "-notes-open")
        self.pane.show_plan()

    @on(SafeOptionList.OptionSelected, "#plans-list")
    def _selected(self, event: SafeOptionList.OptionSelected) -> None:
        entry = self._entries[event.option_index] if event.option_index < len(self._entries) else None
        if isinstance(entry, str):
            self.explorer.plans.save()
            self.explorer.plans.session.switch(entry)
            self._show_active()
        elif isinstance(entry, UnreadablePlan):
            from explorer.tui.screens.raw_plan import RawPlanScreen

            self.app.push_screen(RawPlanScreen(entry))
        elif isinstance(entry, Path):
            from explorer.tui.screens.raw_plan import RawFileScreen

            self.app.push_screen(RawFileScreen(entry))

    def action_new(self) -> None:
        def named(title: str | None) -> None:
            if title is None:
                return
            self.explorer.plans.save()
            self.explorer.plans.session.create(title.strip() or "My plan")
            self.explorer.plans.save()
            self._show_active()
            self.pane.query_one("#plan-notes").focus()

        self.app.push_screen(TextPrompt("Name the plan (e.g. PM → Head of Product in 18 months)"), named)

    def _change(self, name: str, change: Callable[[Plan], Plan], undo: str) -> None:
        """Apply `change(plan)` to plan `name`, record it as undoable, save and show it."""
        session = self.explorer.plans.session
        session.switch(name)
        session.update(change(session.plan_of(name)), undo=undo)
        self.explorer.plans.save()
        self._show_active()

    def action_rename(self) -> None:
        name = self._highlighted_plan()
        if name is None:
            return
        old = self.explorer.plans.session.plan_of(name).title

        def renamed(title: str | None) -> None:
            if title and title.strip():
                self._change(name, lambda plan: plan.touched(title=title.strip()), f"Renamed from {old}")

        self.app.push_screen(TextPrompt("New title", old), renamed)

    def action_duplicate(self) -> None:
        name = self._highlighted_plan()
        if name is None:
            return
        source = self.explorer.plans.session.plan_of(name)

        def titled(title: str | None) -> None:
            if title and title.strip():
                self.explorer.plans.session.duplicate(name, title.strip())
                self.explorer.plans.save()
                self._show_active()
                self.notify(f"Copied to “{title.strip()}”.", markup=False)

        self.app.push_screen(TextPrompt("Title of the copy", f"{source.title} (copy)"), titled)

    def action_delete(self) -> None:
        """Ask first: the same letter removes one step in the steps list (D23, issue 26)."""
        from explorer.tui.dialogs.confirm import ConfirmScreen

        name = self._highlighted_plan()
        if name is None:
            return
        title = self.explorer.plans.session.plan_of(name).title

        def answered(yes: bool | None) -> None:
            if yes:
                self._delete(name, title)

        question = f"Move the whole plan “{title}” to the trash?"
        detail = "Its notes, steps, assessments and evidence go with it; u on this list brings it back."
        self.app.push_screen(ConfirmScreen(question, yes="Move to trash", detail=detail), answered)

    def _delete(self, name: str, title: str) -> None:
        session = self.explorer.plans.session
        try:
            session.delete(name)
        except PlanError as error:
            self.notify(str(error), severity="error", markup=False, timeout=10)
            return
        self.refresh_list()
        self.pane.show_plan()
        self.notify(f"Moved “{title}” to the trash. u brings it back.", markup=False, timeout=10)

    def action_undelete(self) -> None:
        from explorer.tui.dialogs.choice import ChoiceScreen

        session = self.explorer.plans.session
        entries = session.store.trash.entries()
        labels = [
            Text.assemble(plain(e.title(), "bold"), plain(f"  deleted {e.when()}", "dim")) for e in entries
        ]

        def chosen(index: int | None) -> None:
            if index is None:
                return
            try:
                name = session.undelete(entries[index])
            except PlanError as error:
                self.notify(str(error), severity="error", markup=False, timeout=10)
                return
            self._show_active()
            self.notify(f"Brought back “{session.plan_of(name).title}”.", markup=False)

        self.app.push_screen(ChoiceScreen("Bring back which plan?", labels, "The trash is empty."), chosen)

    def action_versions(self) -> None:
        from explorer.tui.screens.history import HistoryScreen

        entry = self._highlighted_entry()
        if isinstance(entry, UnreadablePlan):
            self.app.push_screen(HistoryScreen(entry.name, entry.path.name))
        elif isinstance(entry, str):
            self.explorer.plans.save()
            self.app.push_screen(HistoryScreen(entry, self.explorer.plans.session.plan_of(entry).title))
        else:
            self.notify("Highlight one of your plans first.", markup=False)

    def action_pick(self, which: str) -> None:
        from explorer.tui.dialogs.picker import RolePicker

        name = self._highlighted_plan()
        if name is None:
            return

        def chosen(role_id: str | None) -> None:
            if role_id:
                label = "where you are" if which == "current" else "the target"
                self._change(
                    name, lambda plan: plan.touched(**{f"{which}_role": role_id}), f"Changed {label}"
                )

        prompt = "Where are you now?" if which == "current" else "Where do you want to be?"
        plan = self.explorer.plans.session.plan_of(name)
        self.app.push_screen(
            RolePicker(prompt, which="current" if which == "current" else "target", plan=plan), chosen
        )

    def _markdown(self) -> tuple[str, str] | None:
        name = self._highlighted_plan()
        if name is None:
            return None
        catalog = self.explorer.catalog
        text = plan_to_markdown(
            self.explorer.plans.session.plan_of(name),
            lambda r: catalog.roles[r].title if r in catalog.roles else r,
        )
        return name, text

    def action_export(self) -> None:
        from explorer.tui.export import export_text

        found = self._markdown()
        if found:
            # Named after the title as it is now (the file keeps the name the plan started with).
            export_text(
                self.app,
                f"{plan_name(self.explorer.plans.session.plan_of(found[0]).title)}.md",
                found[1],
                ask=True,
            )

    def action_copy(self) -> None:
        from explorer.tui.export import copy_text

        found = self._markdown()
        if found:
            copy_text(self.app, found[1])

    def action_conflict(self) -> None:
        session = self.explorer.plans.session
        entry = self._highlighted_entry()
        name = entry if entry in session.conflicts else next(iter(session.conflicts), None)
        if name is None:
            self.notify("No plan is waiting for a decision.", markup=False)
            return
        self.explorer.plans.ask_about_conflict(name)

    def action_mentor_copy(self) -> None:
        if (name := self._highlighted_plan()) is not None:
            ask_mentor_copy(self, name)

    def action_posting(self) -> None:
        ask_posting(self)
