"""The plans a running app works with: which one is active, and whether it needs saving.

Nothing here raises because storage is broken: a plan that cannot be written stays in
memory (`save_problem` says why) and is written by the next save that succeeds.
"""

from __future__ import annotations

import datetime as dt
from dataclasses import dataclass, replace
from pathlib import Path
from typing import Any

from explorer.core.common.atomic import write_new_file
from explorer.core.plans.history import Version
from explorer.core.plans.model import Plan, PlanStep, now, plan_to_toml
from explorer.core.plans.store import (
    PlanConflict,
    PlanError,
    PlanStore,
    StoredPlan,
    UnreadablePlan,
)
from explorer.core.plans.trash import Deleted

MAX_UNDO = 50


@dataclass(frozen=True)
class Undo:
    label: str
    plan: Plan


class PlanSession:
    def __init__(self, store: PlanStore) -> None:
        self.store = store
        self.stored: dict[str, StoredPlan] = {}  # fingerprint None: not on disk yet
        self.active_name: str | None = None
        self.unreadable: list[UnreadablePlan] = []
        self.save_problem: str | None = None
        self.conflicts: dict[str, PlanConflict] = {}  # decided later: never written over
        self._pending: dict[str, Plan] = {}
        self._undo: dict[str, list[Undo]] = {}

    def open(self) -> list[str]:
        """Load every plan from disk; the most recently updated becomes active. Returns warnings."""
        plans, self.unreadable = self.store.load_all()
        self.stored = {s.name: s for s in plans}
        self._pending.clear()
        self.conflicts.clear()
        if self.active_name not in self.stored:
            self.active_name = plans[0].name if plans else None
        return [str(u) for u in self.unreadable]

    @property
    def names(self) -> list[str]:
        return sorted(self.stored, key=lambda n: self.plan_of(n).updated, reverse=True)

    def plan_of(self, name: str) -> Plan:
        return self._pending.get(name) or self.stored[name].plan

    @property
    def plan(self) -> Plan | None:
        return self.plan_of(self.active_name) if self.active_name else None

    @property
    def dirty(self) -> bool:
        return bool(self._pending)

    def is_unsaved(self, name: str) -> bool:
        return name in self._pending

    def switch(self, name: str) -> None:
        if name not in self.stored:
            raise PlanError(f"no plan called {name!r}")
        self.active_name = name

    def create(self, title: str, **fields: Any) -> str:
        """Make a new plan and make it active; it is saved now if the folder allows, else later."""
        return self._add(Plan(title=title.strip() or "My plan", **fields))

    def _add(self, plan: Plan) -> str:
        name = self.store.unused_name(plan.title, taken=set(self.stored))
        self.stored[name] = StoredPlan(name, self.store.path_of(name), plan, None)
        self._pending[name] = plan
        self.active_name = name
        self.save_one(name)
        return name

    def ensure_active(self) -> Plan:
        if self.plan is None:
            self.create("My plan")
        return self._active()[1]

    def _active(self) -> tuple[str, Plan]:
        """The active plan's name and plan (PlanError when there is none)."""
        if not self.active_name:
            raise PlanError("no active plan")
        return self.active_name, self.plan_of(self.active_name)

    def update(self, plan: Plan, undo: str | None = None) -> None:
        """Record a change to the active plan; it is written by the next save().

        With `undo`, the change can be taken back by undo(), which reports that label.
        """
        name, current = self._active()
        if undo:
            stack = self._undo.setdefault(name, [])
            stack.append(Undo(undo, current))
            del stack[:-MAX_UNDO]
        self._pending[name] = plan

    def undo(self) -> str | None:
        """Take back the last undoable change to the active plan; its label, or None."""
        stack = self._undo.get(self.active_name or "", [])
        if not stack:
            return None
        last = stack.pop()
        name, current = self._active()
        self._pending[name] = current.touched(
            **{
                field: getattr(last.plan, field)
                for field in (
                    "steps",
                    "title",
                    "current_role",
                    "target_role",
                    "next_review",
                    "assessments",
                    "evidence",
                    "mentor_views",
                )
            }
        )
        return last.label

    def add_step(self, step: PlanStep) -> bool:
        """Add a step unless an equal one (same text, or same responsibility) is in the plan."""
        plan = self.ensure_active()
        if self.has_step(step):
            return False
        self.update(plan.with_step(step), undo=f"Added step: {step.text}")
        return True

    def has_step(self, step: PlanStep) -> bool:
        plan = self.plan
        if plan is None:
            return False
        return any(
            s.text.strip().casefold() == step.text.strip().casefold()
            or (step.responsibility and s.responsibility == step.responsibility)
            for s in plan.steps
        )

    # Saving.
    def save_one(self, name: str) -> str | None:
        """Write one changed plan; the one-line problem if it could not be (conflicts are raised)."""
        plan = self._pending.get(name)
        if plan is None or name in self.conflicts:
            return None
        stored = self.stored[name]
        try:
            self.stored[name] = self.store.save(name, plan, stored.fingerprint)
        except PlanConflict as conflict:
            self.conflicts[name] = conflict
            raise
        except PlanError as error:
            self.save_problem = str(error)
            return self.save_problem
        if self._pending.get(name) is plan:
            del self._pending[name]
        self.save_problem = None
        return None

    def save(self) -> list[str]:
        """Write every changed plan. Raises PlanConflict for a new conflict; other problems are returned.

        A plan whose conflict is waiting for a decision is not written at all.
        """
        errors = []
        for name in list(self._pending):
            problem = self.save_one(name)
            if problem:
                errors.append(problem)
        return errors

    def _copy_as(self, plan: Plan, what: str) -> str:
        stamp = dt.datetime.now().strftime("%Y-%m-%d %H:%M")
        title = f"{plan.title} ({what}, {stamp})"
        name = self.store.unused_name(title, taken=set(self.stored))
        self.stored[name] = self.store.save(name, replace(plan, title=title), None)
        return name

    def resolve_conflict(self, name: str, keep_mine: bool) -> str | None:
        """Settle a conflict without losing either version: the one not kept is saved as a copy.

        Returns the name of that copy (None when the other version could not be read, in
        which case its file was set aside instead).
        """
        conflict = self.conflicts.pop(name, None)
        mine = self.plan_of(name)
        try:
            theirs = self.store.load(name)
        except PlanError:
            theirs = None
        if keep_mine:
            copy = self._copy_as(theirs.plan, "version from elsewhere") if theirs else None
            if theirs is None and self.store.path_of(name).exists():
                self.store.set_aside(name)
            self.stored[name] = self.store.save(name, mine, theirs.fingerprint if theirs else None)
            self._pending.pop(name, None)
            return copy
        copy = self._copy_as(mine, "this window's version")
        if theirs is not None:
            self.stored[name] = theirs
        elif conflict is not None and conflict.on_disk is not None:
            self.stored[name] = conflict.on_disk
        self._pending.pop(name, None)
        self._undo.pop(name, None)
        return copy

    def keep_conflicts_as_copies(self) -> list[str]:
        """At exit: each plan still in conflict is written once, as a clearly named copy."""
        messages = []
        for name in list(self.conflicts):
            self.conflicts.pop(name)
            if name not in self._pending:
                continue
            try:
                copy = self._copy_as(self.plan_of(name), "this window's version")
            except PlanError as error:
                messages.append(str(error))
                continue
            self._pending.pop(name)
            messages.append(
                f"{self.stored[name].path} changed in another window too, so this window's version "
                f"was saved beside it as {self.stored[copy].path}"
            )
        return messages

    def write_fallback(self, folders: list[Path]) -> list[str]:
        """At exit, when the plans folder refused them: each unsaved plan to a new file elsewhere."""
        messages = []
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        for name, plan in list(self._pending.items()):
            for folder in folders:
                path = folder / f"role-explorer-unsaved-{name}-{stamp}.toml"
                try:
                    # Bytes that were not UTF-8 (a lone surrogate from the command line) as replacements:
                    # the rest of the words must reach the disk.
                    text = plan_to_toml(plan).encode("utf-8", "surrogateescape").decode("utf-8", "replace")
                    write_new_file(path, text)
                except OSError:
                    continue
                del self._pending[name]
                messages.append(
                    f"plans could not be saved ({self.save_problem}); '{plan.title}' was written to {path}"
                )
                break
            else:
                messages.append(f"'{plan.title}' could not be saved anywhere: {self.save_problem}")
        return messages

    # Managing plans.
    def rename(self, name: str, title: str) -> None:
        previous = self.active_name
        self.switch(name)
        plan = self.plan_of(name)
        self.update(plan.touched(title=title.strip() or plan.title), undo=f"Renamed from {plan.title}")
        self.active_name = previous

    def duplicate(self, name: str, title: str | None = None) -> str:
        """A copy of every part of the plan under a new title; only its dates of making are new."""
        source = self.plan_of(name)
        title = (title or "").strip() or f"{source.title} (copy)"
        made = now()
        copy = self._add(replace(source, title=title, created=made, updated=made))
        self.store.history.copy_versions(name, copy)
        return copy

    def delete(self, name: str) -> Deleted:
        """Move the plan to the trash (after saving what is pending, so the trash has the latest)."""
        if name in self.conflicts:
            raise PlanError(
                f"{self.store.path_of(name)}: changed elsewhere too; decide which version to keep first"
            )
        if self.stored[name].fingerprint is None:
            raise PlanError(
                f"{self.store.path_of(name)}: not saved yet, so there is nothing to delete on disk"
            )
        problem = self.save_one(name)
        if problem:
            raise PlanError(problem)
        deleted = self.store.delete(name)
        self.stored.pop(name)
        self._undo.pop(name, None)
        if self.active_name == name:
            self.active_name = self.names[0] if self.stored else None
        return deleted

    def undelete(self, deleted: Deleted) -> str:
        name = self.store.undelete(deleted)
        self.stored[name] = self.store.load(name)
        self.active_name = name
        return name

    def restore(self, name: str, version: Version) -> None:
        """Make an earlier version current; the version it replaces goes into history first."""
        if self.save_one(name):
            raise PlanError(self.save_problem)
        fingerprint = self.stored[name].fingerprint if name in self.stored else None
        self.stored[name] = self.store.restore(name, version, fingerprint)
        self._pending.pop(name, None)
        self.unreadable = [u for u in self.unreadable if u.name != name]

    def set_aside(self, name: str) -> Path:
        """Move an unreadable plan file out of the way (it stays listed as set aside)."""
        path = self.store.set_aside(name)
        self.unreadable = [u for u in self.unreadable if u.name != name]
        return path
