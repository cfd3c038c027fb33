"""Plan files on disk: one TOML file per plan, written atomically, never clobbered.

- Saves go through a temp file, fsync and rename, and are parsed back before the rename.
- A file that cannot be read as a plan is renamed aside (never overwritten) and reported.
- Each loaded plan remembers a fingerprint of its file; saving over a file that changed
  since (another window, a hand edit) raises PlanConflict instead of overwriting it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
from dataclasses import dataclass
from pathlib import Path

from explorer.core.common.atomic import atomic_write_text
from explorer.core.content.files import FileProblem, read_toml
from explorer.core.content.model import Problem
from explorer.core.content.toml_lines import KeyLines
from explorer.core.plans.model import (
    Plan,
    PlanFormatError,
    plan_from_data,
    plan_from_toml,
    plan_name,
    plan_to_toml,
)

MAX_PLAN_BYTES = 5 * 1024 * 1024


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class StoredPlan:
    name: str
    path: Path
    plan: Plan
    fingerprint: str


class PlanError(Exception):
    """Something the person must be told about, as one line."""


class UnknownPlan(PlanError):
    """No plan by that name or title (the CLI exits 2, as for an unknown role)."""


class PlanConflict(PlanError):
    def __init__(self, path: Path, on_disk: StoredPlan | None) -> None:
        super().__init__(f"{path}: changed on disk since it was opened (another window or an edit); not overwritten")
        self.on_disk = on_disk


class PlanStore:
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)

    def path_of(self, name: str) -> Path:
        if name != plan_name(name):
            raise PlanError(f"{name!r} is not a valid plan name")
        return self.directory / f"{name}.toml"

    def ensure_directory(self) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.chmod(self.directory, 0o700)
        except OSError as error:
            raise PlanError(f"{self.directory}: cannot create the plans folder: {error.strerror or error}") from None

    def names(self) -> list[str]:
        try:
            entries = sorted(self.directory.glob("*.toml"))
        except OSError:
            return []
        return [p.stem for p in entries if not p.name.startswith(".") and p.stem == plan_name(p.stem)]

    def load_all(self) -> tuple[list[StoredPlan], list[str]]:
        """Every readable plan, plus one message per file that was not (and was kept aside)."""
        plans, messages = [], []
        for name in self.names():
            try:
                plans.append(self.load(name))
            except PlanError as error:
                messages.append(str(error))
        plans.sort(key=lambda stored: stored.plan.updated, reverse=True)
        return plans, messages

    def load(self, name: str) -> StoredPlan:
        path = self.path_of(name)
        try:
            data, text = read_toml(path, MAX_PLAN_BYTES)
        except FileProblem as error:
            if error.kind == "access":
                raise PlanError(str(error.problem)) from None
            raise PlanError(f"{error.problem}; {self._keep_aside(path)}") from None
        try:
            plan = plan_from_data(data)
        except PlanFormatError as error:
            line = KeyLines(text).line_of(error.key_path)
            problem = Problem(path, f"not a valid plan: {error}", line, 1 if line else None)
            raise PlanError(f"{problem}; {self._keep_aside(path)}") from None
        return StoredPlan(name, path, plan, fingerprint(text.encode("utf-8")))

    def _keep_aside(self, path: Path) -> str:
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        aside = path.with_name(f"{path.stem}.corrupt-{stamp}.toml.bak")
        try:
            os.replace(path, aside)
        except OSError as error:
            return f"left in place (could not move it aside: {error.strerror or error}); it will not be overwritten"
        return f"kept aside as {aside.name}; it will not be overwritten"

    def _current_fingerprint(self, path: Path) -> str | None:
        try:
            return fingerprint(path.read_bytes())
        except FileNotFoundError:
            return None
        except OSError as error:
            raise PlanError(f"{path}: cannot be read before saving: {error.strerror or error}") from None

    def save(self, name: str, plan: Plan, expected: str | None, *, force: bool = False) -> StoredPlan:
        """Write `plan` as `name`; `expected` is the fingerprint it was loaded with (None if new)."""
        path = self.path_of(name)
        self.ensure_directory()
        on_disk = self._current_fingerprint(path)
        if on_disk is not None and on_disk != expected and not force:
            try:
                current = self.load(name)
            except PlanError:
                current = None
            raise PlanConflict(path, current)
        text = plan_to_toml(plan)

        def verify(written: str) -> None:
            if plan_from_toml(written) != plan:
                raise PlanError(f"{path}: the saved text did not read back as the same plan; not saved")

        try:
            atomic_write_text(path, text, verify=verify, mode=0o600)
        except OSError as error:
            raise PlanError(f"{path}: not saved ({error.strerror or error}); the previous version is intact") from None
        return StoredPlan(name, path, plan, fingerprint(text.encode("utf-8")))

    def unused_name(self, title: str) -> str:
        base = plan_name(title)
        taken = set(self.names())
        if base not in taken:
            return base
        counter = 2
        while f"{base}-{counter}" in taken:
            counter += 1
        return f"{base}-{counter}"
