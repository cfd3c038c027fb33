"""How ready am I: assess each responsibility of the target (or current) role and log evidence."""

from __future__ import annotations

from dataclasses import dataclass
from typing import Any

from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static
from textual.widgets.option_list import Option

from explorer.core.career.closest import closest_roles
from explorer.core.career.gap import role_gap
from explorer.core.content.model import Role
from explorer.core.plans.brief import transition_brief
from explorer.core.plans.calendar import plan_to_ics
from explorer.core.plans.evidence import Evidence, Readiness
from explorer.core.plans.mentor_view import MentorView
from explorer.core.plans.merge import latest_view
from explorer.core.plans.model import Plan
from explorer.core.plans.readiness import (
    GONE,
    ResponsibilityReadiness,
    add_evidence,
    assess,
    covered_states,
    link_evidence,
    role_readiness,
    unlinked_evidence,
)
from explorer.tui.dialogs.evidence import EvidenceForm, EvidencePicker
from explorer.tui.export import export_text
from explorer.tui.screens.base import PlanAwareScreen
from explorer.tui.text import clipped, labelled_row, plain
from explorer.tui.widgets.lists import SafeOptionList
from explorer.tui.widgets.readiness_marks import label, mark


@dataclass(frozen=True)
class Row:
    responsibility: ResponsibilityReadiness | None = None
    evidence: Evidence | None = None


class ReadinessList(SafeOptionList):
    """Responsibilities by area, each with its state and the evidence that supports it.

    The keys that set a state belong to the list, so they act only on its highlighted line.
    """

    BINDINGS = [
        Binding(
            "shift+space",
            "screen.assess(-1)",
            "Assess back",
            id="readiness.assess_back",
            tooltip="Change the highlighted responsibility one state back",
            show=False,
        ),
        *(
            Binding(
                str(number),
                f"screen.set_state('{state.value}')",
                state.label.capitalize(),
                id=f"readiness.{state.value.replace('-', '_')}",
                tooltip=f"Set the highlighted responsibility to '{state.label}'",
                show=False,
            )
            for number, state in enumerate(Readiness, start=1)
        ),
    ]


class ReadinessScreen(PlanAwareScreen):
    CSS_PATH = "readiness.tcss"
    BINDINGS = [
        Binding(
            "space",
            "assess",
            "Assess",
            id="readiness.assess",
            tooltip="Change the highlighted responsibility: not yet → learning → doing it → evidenced",
        ),
        Binding(
            "e",
            "add_evidence",
            "Add evidence",
            id="readiness.evidence",
            tooltip="Log evidence of what you did; it supports the highlighted responsibility",
        ),
        Binding(
            "l",
            "link",
            "Link evidence",
            id="readiness.link",
            tooltip="Link an evidence entry to the highlighted responsibility, or unlink it",
        ),
        Binding(
            "c",
            "switch_role",
            "Other role",
            id="readiness.switch_role",
            tooltip="Show the current role's responsibilities instead of the target's, and back",
        ),
        Binding(
            "b",
            "brief",
            "Brief",
            id="readiness.brief",
            tooltip="Export a Markdown transition brief for a manager or mentor",
        ),
        Binding(
            "i",
            "calendar",
            "Calendar",
            id="readiness.calendar",
            tooltip="Export review and due dates as an .ics calendar file",
        ),
    ]

    def __init__(self) -> None:
        super().__init__()
        self.which = "target"
        self._rows: list[Row | None] = []
        self._view: MentorView | None = None
        self._closest: tuple[dict[str, str], Text] | None = None  # the states it was worked out for

    def compose_main(self) -> ComposeResult:
        with Vertical(id="readiness-body", classes="main"):
            yield Static(id="readiness-title")
            yield ReadinessList(id="readiness-items")
            yield Static(id="readiness-closest")

    def on_mount(self) -> None:
        self.refresh_view()
        self.focus_main()

    def focus_main(self) -> None:
        self.query_one("#readiness-items").focus()

    def on_screen_resume(self) -> None:
        super().on_screen_resume()
        self.refresh_view()
        self.refresh_bindings()

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "brief":  # a brief is about a move: listed, greyed, until the plan has a target
            plan = self.explorer.plans.session.plan
            return True if plan is not None and plan.target_role else None
        return True

    @property
    def current_role(self) -> Role | None:
        return self.role

    @property
    def role(self) -> Role | None:
        plan = self.explorer.plans.session.plan
        role_id = (plan.target_role if self.which == "target" else plan.current_role) if plan else None
        return self.explorer.catalog.get(role_id) if role_id else None

    def refresh_view(self) -> None:
        items = self.query_one("#readiness-items", ReadinessList)
        keep = items.highlighted
        items.clear_options()
        self._rows = []
        plan, role = self.explorer.plans.session.plan, self.role
        title = self.query_one("#readiness-title", Static)
        if plan is None or role is None:
            title.update(
                Text.assemble(
                    (f"How ready am I? No {self.which} role yet\n", "bold"),
                    (
                        "Set where you are (h) and where you want to be (t) on the gap view (F3), the ladder (F2) or a role.",
                        "dim",
                    ),
                )
            )
            return
        readiness = role_readiness(plan, role)
        self._view = latest_view(plan)
        self._show_closest(covered_states(plan))
        heading = Text.assemble(
            plain(f"Readiness for {role.title}", "bold"), (f" ({self.which} role · c: other)\n", "dim")
        )
        heading.append_text(plain(readiness.counts().summary()))
        if self._view:
            differ = sum(
                1 for r in readiness.in_role if (m := self._view.rating(r.ref)) and m.state is not r.state
            )
            note = f"\nSecond opinion: {self._view.mentor} ({self._view.date.isoformat()}), {differ} ≠ yours"
            heading.append_text(plain(note, "italic"))
        title.update(heading)
        for area in readiness.areas():
            self._heading(f"{area.capitalize()} — {readiness.counts(area).summary()}")
            for row in readiness.in_role:
                if row.area == area:
                    self._responsibility(row)
        if readiness.gone:
            self._heading(f"{GONE.capitalize()} (kept from your plan)")
            for row in readiness.gone:
                self._responsibility(row)
        loose = unlinked_evidence(plan)
        if loose:
            self._heading(f"Evidence not linked to a responsibility yet ({len(loose)})")
            for entry in loose:
                items.add_option(Option(labelled_row(Text(), 2, self._evidence_line(entry))))
                self._rows.append(Row(evidence=entry))
        if keep is None or keep >= len(self._rows) or self._rows[keep] is None:
            keep = next((i for i, row in enumerate(self._rows) if row), None)
        items.highlighted = keep

    def _heading(self, text: str) -> None:
        self.query_one("#readiness-items", ReadinessList).add_option(
            Option(plain(text, "bold underline"), disabled=True)
        )
        self._rows.append(None)

    def _responsibility(self, row: ResponsibilityReadiness) -> None:
        line = Text.assemble(plain(row.text), plain(f"  {label(row.state)}", "dim"))
        if row.evidence and row.assessed not in (None, Readiness.EVIDENCED):
            line.append_text(plain(f" (you said: {row.assessed.label})", "dim"))
        if row.without_entry:
            line.append(" (no entry linked yet)", "dim")
        rating = self._view.rating(row.ref) if self._view else None
        if self._view and rating:
            differs = " ≠" if rating.state is not row.state else ""
            comment = f" — “{rating.comment}”" if rating.comment else ""
            line.append_text(
                plain(f"\n{self._view.mentor}: {rating.state.label}{differs}{comment}", "italic")
            )
        evidence = [labelled_row(Text(), 2, self._evidence_line(entry)) for entry in row.evidence]
        option = labelled_row(Text.assemble(" ", mark(row.state), " "), 3, line, *evidence)
        self.query_one("#readiness-items", ReadinessList).add_option(Option(option))
        self._rows.append(Row(responsibility=row))

    def _show_closest(self, states: dict[str, str]) -> None:
        """The three roles the plan covers most of; worked out again only when the states change."""
        if self._closest is None or self._closest[0] != states:
            app: Any = self.app  # the screen's app is RoleExplorerApp, which this module cannot import
            catalog = app.catalog
            ranked = (
                [c for c in closest_roles(catalog, states, with_moves=0)[:3] if c.covered] if states else []
            )
            text = Text.assemble(("Closest roles: ", "bold"))
            for number, c in enumerate(ranked, 1):
                text.append_text(
                    plain(
                        f"{number}. {catalog.display_title(c.role)} {c.share:.0%} ({len(c.covered)}/{c.total})  "
                    )
                )
            if not ranked:
                text.append("none yet: evidence or 'doing it' marks count", "dim")
            self._closest = (dict(states), text)
        self.query_one("#readiness-closest", Static).update(self._closest[1])

    @staticmethod
    def _evidence_line(entry: Evidence) -> Text:
        text = Text.assemble(
            plain(f"{entry.id} {entry.date.isoformat()} ", "dim"), plain(entry.summary(200), "italic")
        )
        if entry.result:
            text.append_text(plain(f" → {entry.result}", "italic"))
        return text

    def highlighted_row(self) -> Row | None:
        index = self.query_one("#readiness-items", ReadinessList).highlighted
        return self._rows[index] if index is not None and index < len(self._rows) else None

    def _change(self, plan: Plan, message: str, *, save_soon: bool = False) -> None:
        self.explorer.plans.session.update(plan, undo=message)
        if save_soon:  # states set in a quick run are saved as one version
            self.explorer.plans.save_soon()
        else:
            self.explorer.plans.save()
        self.notify(message, markup=False)
        self.refresh_view()
        if self.pane.display:
            self.pane.show_plan()

    def action_assess(self, step: int = 1) -> None:
        """Move the highlighted responsibility one state on (or back, with step -1)."""
        row = self.highlighted_row()
        target = row.responsibility if row else None
        before = self.explorer.plans.session.plan
        if target is None or before is None:  # a responsibility is listed only beside a plan
            return
        if target.assessed is None:
            state = Readiness.NOT_YET if step > 0 else Readiness.EVIDENCED
        else:
            state = target.assessed.next() if step > 0 else target.assessed.previous()
        self._set(target, state)

    def action_set_state(self, value: str) -> None:
        row = self.highlighted_row()
        if row and row.responsibility:
            self._set(row.responsibility, Readiness(value))

    def _set(self, target: ResponsibilityReadiness, state: Readiness) -> None:
        before = self.explorer.plans.session.plan
        if before is None:  # a responsibility is listed only beside a plan
            return
        plan = assess(before, target.ref, state, target.text, target.area)
        self._change(
            plan,
            f"{state.label} (was {label(target.assessed)}; 1–4 or space to change): {clipped(target.text, 60)}",
            save_soon=True,
        )

    def action_add_evidence(self) -> None:
        row = self.highlighted_row()
        target = row.responsibility if row else None
        supports = (target.ref,) if target else ()

        def logged(entry: Evidence | None) -> None:
            if entry is not None:
                plan, entry = add_evidence(self.explorer.plans.session.ensure_active(), entry)
                self._change(
                    plan,
                    f"Saved as evidence {entry.id}"
                    + (
                        f", supporting: {clipped(target.text, 50)}"
                        if target
                        else " (not linked yet: press l on a responsibility)"
                    ),
                )

        form = EvidenceForm(
            supports, target.text if target else "", examples=target.examples if target else ()
        )
        self.app.push_screen(form, logged)

    def action_link(self) -> None:
        row = self.highlighted_row()
        target = row.responsibility if row else None
        plan = self.explorer.plans.session.plan
        if target is None or plan is None:
            self.notify("Highlight a responsibility, then press l to link evidence to it.", markup=False)
            return
        if not plan.evidence:
            self.notify("No evidence yet: press e to log some.", markup=False)
            return

        def picked(evidence_id: str | None) -> None:
            if evidence_id:
                current = self.explorer.plans.session.plan
                if current is None:
                    return
                entry = next(e for e in current.evidence if e.id == evidence_id)
                on = target.ref not in entry.supports
                verb = "now supports" if on else "no longer supports"
                self._change(
                    link_evidence(current, evidence_id, target.ref, on),
                    f"{evidence_id} {verb}: {clipped(target.text, 50)} (l again to change)",
                )

        self.app.push_screen(EvidencePicker(plan.evidence, target.ref, target.text), picked)

    def action_switch_role(self) -> None:
        self.which = "current" if self.which == "target" else "target"
        self.query_one("#readiness-items", ReadinessList).highlighted = None
        self.refresh_view()

    def action_brief(self) -> None:
        plan = self.explorer.plans.session.plan
        if plan is None:
            self.notify("No plan yet.", markup=False)
            return
        catalog = self.explorer.catalog
        current, target = catalog.get(plan.current_role or ""), catalog.get(plan.target_role or "")
        route: list[str] | None = []
        if current and target:
            gap = role_gap(catalog, current, target)
            route = None if gap.path is None else [item.text for item in gap.section("Route")]
        self._export("brief.md", transition_brief(plan, catalog, route), "the transition brief")

    def action_calendar(self) -> None:
        session = self.explorer.plans.session
        if session.plan is None or session.active_name is None:
            self.notify("No plan yet.", markup=False)
            return
        self._export(
            "dates.ics",
            plan_to_ics(session.active_name, session.plan),
            "the calendar of review and due dates",
        )

    def _export(self, suffix: str, text: str, what: str) -> None:
        name = f"{self.explorer.plans.session.active_name}-{suffix}"
        export_text(self.app, name, text, what)
