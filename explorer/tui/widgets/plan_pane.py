"""The notes pane: the active plan beside whatever you are reading."""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable
from dataclasses import replace
from typing import TYPE_CHECKING, Literal

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static, TextArea
from textual.widgets.option_list import Option

from explorer.core.content.spec import PLAN_FILE
from explorer.core.content.spec import Text as TextShape
from explorer.core.plans.model import Plan, PlanStep, StepStatus
from explorer.tui.context import Explorer, explorer_of
from explorer.tui.dates import date_problem, parse_date_or_blank
from explorer.tui.text import NEAR_LIMIT, clipped, plain
from explorer.tui.widgets.lists import SafeOptionList
from explorer.tui.widgets.notes_area import NotesArea
from explorer.tui.widgets.readiness_marks import target_readiness

if TYPE_CHECKING:
    from explorer.core.plans.session import PlanSession

_notes_shape = PLAN_FILE.fields["notes"]
NOTES_LIMIT = _notes_shape.max_length if isinstance(_notes_shape, TextShape) else 0


class Checklist(SafeOptionList):
    HELP_NAME = "the plan's steps"
    BINDINGS = [
        Binding(
            "space",
            "toggle_done",
            "Done",
            id="plan.tick",
            tooltip="Tick the step as done, or untick it",
        ),
        Binding(
            "i",
            "toggle_in_progress",
            "In progress",
            id="plan.in_progress",
            tooltip="Mark the step as in progress [~], or back to not started",
        ),
        # Keys that open a prompt are handled by the app as they arrive (priority), so what is
        # typed right after them reaches the prompt and not this list (the due-date race).
        Binding("a", "add", "Add step", id="plan.add", tooltip="Add a step to the plan", priority=True),
        Binding("e", "edit", "Edit", id="plan.edit", tooltip="Change the step's text", priority=True),
        Binding(
            "d",
            "date",
            "Due date",
            id="plan.date",
            tooltip="Set or clear the step's target date",
            priority=True,
        ),
        Binding(
            "x,delete",
            "remove",
            "Remove",
            id="plan.remove",
            tooltip="Remove the step (ctrl+z brings it back)",
        ),
        Binding("shift+up,K", "move(-1)", "Move up", id="plan.move_up", tooltip="Move the step one place up"),
        Binding(
            "shift+down,J",
            "move(1)",
            "Move down",
            id="plan.move_down",
            tooltip="Move the step one place down",
        ),
        Binding(
            "ctrl+z",
            "undo",
            "Undo",
            id="plan.undo",
            tooltip="Take back the last change to the steps, title or roles",
        ),
        Binding(
            "v",
            "review",
            "Review date",
            id="plan.step_review",
            tooltip="Set or clear the date to review the step",
            priority=True,
        ),
    ]

    @property
    def pane(self) -> PlanPane:
        return self.query_ancestor(PlanPane)

    def action_toggle_done(self) -> None:
        self._toggle(StepStatus.DONE)

    def action_toggle_in_progress(self) -> None:
        self._toggle(StepStatus.IN_PROGRESS)

    def _toggle(self, status: StepStatus) -> None:
        """Set the step to `status`, or back to not started when it already is."""

        def toggled(step: PlanStep) -> PlanStep:
            return replace(step, status=StepStatus.NOT_STARTED if step.status is status else status)

        self.pane.change_step(self.highlighted, toggled)

    def action_add(self) -> None:
        def added(text: str | None) -> None:
            if text and text.strip():
                step = PlanStep(text.strip())
                if self.pane.session.has_step(step):
                    self.notify("That step is already in the plan.", markup=False)
                    return
                plan = self.pane.plan
                self.pane.apply(plan.with_step(step), f"Added step: {step.text}")
                self.highlighted = len(self.pane.plan.steps) - 1

        self.pane.explorer.nav.ask_text("New step", "", None, added)

    def action_edit(self) -> None:
        step = self.pane.step_at(self.highlighted)
        if step is None:
            return
        index = self.highlighted

        def edited(text: str | None) -> None:
            if text and text.strip():
                self.pane.change_step(
                    index, lambda s: replace(s, text=text.strip()), f"Edited step: {step.text}"
                )

        self.pane.explorer.nav.ask_text("Step", step.text, None, edited)

    def action_date(self) -> None:
        self._ask_step_date("target_date", "Target date")

    def action_review(self) -> None:
        self._ask_step_date("review_date", "Review the step on")

    def _ask_step_date(self, field: Literal["target_date", "review_date"], question: str) -> None:
        step = self.pane.step_at(self.highlighted)
        if step is None:
            return
        index = self.highlighted
        date = step.target_date if field == "target_date" else step.review_date
        current = date.isoformat() if date else ""

        def dated(text: str | None) -> None:
            if text is not None:
                when = parse_date_or_blank(text)

                def change(s: PlanStep) -> PlanStep:
                    if field == "target_date":
                        return replace(s, target_date=when)
                    return replace(s, review_date=when)

                self.pane.change_step(index, change, f"Changed the date of: {step.text}")

        self.pane.explorer.nav.ask_text(
            f"{question} for “{clipped(step.text, 60)}” (YYYY-MM-DD, empty to clear)",
            current,
            date_problem,
            dated,
        )

    def action_remove(self) -> None:
        index = self.highlighted
        step = self.pane.step_at(index)
        if step is not None and index is not None:
            steps = list(self.pane.plan.steps)
            del steps[index]
            self.pane.apply(self.pane.plan.touched(steps=tuple(steps)), f"Removed step: {step.text}")
            self.notify(f"Removed “{clipped(step.text, 50)}”. ctrl+z brings it back.", markup=False)

    def action_move(self, offset: int) -> None:
        index = self.highlighted
        steps = list(self.pane.plan.steps) if self.pane.session.plan else []
        if index is None or not 0 <= index < len(steps) or not 0 <= index + offset < len(steps):
            return
        steps[index], steps[index + offset] = steps[index + offset], steps[index]
        self.pane.apply(
            self.pane.plan.touched(steps=tuple(steps)), f"Moved step: {steps[index + offset].text}"
        )
        self.highlighted = index + offset

    def action_undo(self) -> None:
        self.pane.explorer.plans.undo()


class PlanPane(Vertical):
    """Shows and edits the app's active plan. Hidden until toggled with ctrl+n."""

    HELP_NAME = "the plan pane"

    BINDINGS = [
        Binding(
            "ctrl+r",
            "review_date",
            "Review date",
            id="plan.review",
            tooltip="Set the plan's next review date",
        ),
    ]

    def compose(self) -> ComposeResult:
        yield Static(id="plan-heading")
        yield Static(id="plan-status")
        yield NotesArea(id="plan-notes", soft_wrap=True, show_line_numbers=False, tab_behavior="focus")
        yield Static(
            Text("Steps  (space done · i in progress · a add · F1 all keys)", "dim"),
            id="plan-steps-heading",
        )
        yield Checklist(id="plan-steps")

    @property
    def explorer(self) -> Explorer:
        return explorer_of(self)

    @property
    def session(self) -> PlanSession:
        return self.explorer.plans.session

    @property
    def plan(self) -> Plan:
        return self.session.ensure_active()

    def show_plan(self) -> None:
        """Refresh everything from the session (after a switch, a reload or another pane's edit).

        With no plan yet, nothing is created just by looking: the first word typed makes one.
        """
        plan = self.session.plan
        self.show_status()
        if plan is None:
            self.query_one("#plan-heading", Static).update(
                Text.assemble(
                    ("No plan yet\n", "bold"),
                    ("Start typing below to begin one, or press n on the plans screen (F4).", "dim"),
                )
            )
            self._render_steps(None)
            notes = self.query_one("#plan-notes", NotesArea)
            if notes.text:  # words of a plan sent to the trash: they are kept there, not here
                with notes.prevent(TextArea.Changed):
                    notes.load_text("")
            return
        self._render_heading(plan)
        notes = self.query_one("#plan-notes", NotesArea)
        if notes.text != plan.notes:
            with notes.prevent(TextArea.Changed):
                notes.load_text(plan.notes)
            self._restore_cursor(notes)
        self._render_steps(plan)

    def show_status(self) -> None:
        """One line when this plan is not on disk as shown: which folder, and why."""
        session, name = self.session, self.session.active_name
        notes = session.plan.notes if session.plan else ""
        status = self.query_one("#plan-status", Static)
        if name in session.conflicts:
            message = "⚠ Also changed elsewhere: not saved over it. Plans (F4), c decides; nothing is lost."
        elif session.save_problem and name and session.is_unsaved(name):
            message = f"⚠ Not saved: {session.save_problem}. Kept here; saving again on each change."
        elif name and len(notes) >= NOTES_LIMIT * NEAR_LIMIT:
            message = f"Notes: {len(notes):,} of at most {NOTES_LIMIT:,} characters"
        else:
            message = ""
        status.update(plain(message, "bold red") if message else "")
        status.display = bool(message)

    def _restore_cursor(self, notes: NotesArea) -> None:
        """Put the cursor back where it was in this plan's notes, or at the end: new words go after old ones."""
        name = self.session.active_name
        where = self.explorer.plans.notes_cursors.get(name) if name else None
        last_row = notes.document.line_count - 1
        if where is None:
            where = (last_row, len(notes.document.get_line(last_row)))
        row = min(where[0], last_row)
        notes.cursor_location = (row, min(where[1], len(notes.document.get_line(row))))

    @on(TextArea.SelectionChanged, "#plan-notes")
    def _cursor_moved(self, event: TextArea.SelectionChanged) -> None:
        if self.session.active_name:
            self.explorer.plans.notes_cursors[self.session.active_name] = event.selection.end

    def _render_heading(self, plan: Plan) -> None:
        catalog = self.explorer.catalog

        def title(role_id: str | None) -> str:
            return catalog.roles[role_id].title if role_id in catalog.roles else "(not set)"

        done, total = plan.progress()
        heading = Text.assemble(plain(plan.title, "bold"), "\n")
        heading.append_text(plain(f"{title(plan.current_role)} → {title(plan.target_role)}"))
        review = plan.next_review.isoformat() if plan.next_review else "not set"
        heading.append_text(plain(f"\n{done}/{total} steps done · next review {review}", "dim"))
        readiness = target_readiness(self.explorer.catalog, plan)
        if readiness:
            heading.append_text(plain(f"\nReady: {readiness.counts().summary()} (F5)", "dim"))
        self.query_one("#plan-heading", Static).update(heading)

    def _render_steps(self, plan: Plan | None) -> None:
        checklist = self.query_one("#plan-steps", Checklist)
        keep = checklist.highlighted
        checklist.clear_options()
        steps = plan.steps if plan else ()
        for step in steps:
            label = Text.assemble((step.status.box + " ", "bold"), plain(step.text))
            if step.target_date:
                label.append_text(plain(f"  by {step.target_date.isoformat()}", "dim"))
                if step.status is not StepStatus.DONE and step.target_date < dt.date.today():
                    label.append_text(plain(" · overdue", "bold yellow"))
            if step.review_date:
                label.append_text(plain(f"  review {step.review_date.isoformat()}", "dim"))
            checklist.add_option(Option(label))
        if not steps:
            checklist.add_option(
                Option(
                    Text("No steps yet: press a, or add items from the gap view (F3).", "dim"), disabled=True
                )
            )
        else:
            checklist.highlighted = min(keep if keep is not None else 0, len(steps) - 1)

    def step_at(self, index: int | None) -> PlanStep | None:
        steps = self.session.plan.steps if self.session.plan else ()
        return steps[index] if index is not None and 0 <= index < len(steps) else None

    def change_step(
        self, index: int | None, change: Callable[[PlanStep], PlanStep], undo: str | None = None
    ) -> None:
        step = self.step_at(index)
        if step is not None and index is not None:
            steps = list(self.plan.steps)
            steps[index] = change(step)
            self.apply(self.plan.touched(steps=tuple(steps)), undo or f"Ticked step: {step.text}")

    def apply(self, plan: Plan, undo: str | None = None) -> None:
        """A structural change: record it (undoable when labelled) and save at once."""
        self.session.update(plan, undo=undo)
        self.explorer.plans.save()
        self.show_plan()

    @on(TextArea.Changed, "#plan-notes")
    def _notes_changed(self, event: TextArea.Changed) -> None:
        starting = self.session.plan is None
        plan = self.plan
        if event.text_area.text != plan.notes:
            self.session.update(plan.touched(notes=event.text_area.text))
            self.explorer.plans.save_soon()
        if starting:  # the first word made the plan: show its title instead of "No plan yet"
            self._render_heading(self.plan)
            self.show_status()

    def action_review_date(self) -> None:
        current = self.plan.next_review.isoformat() if self.plan.next_review else ""

        def chosen(text: str | None) -> None:
            if text is not None:
                self.apply(
                    self.plan.touched(next_review=parse_date_or_blank(text)), "Changed the review date"
                )

        self.explorer.nav.ask_text(
            "Next review date (YYYY-MM-DD, empty to clear)", current, date_problem, chosen
        )
