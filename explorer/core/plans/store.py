"""Plan files on disk: one TOML file per plan, written atomically, never clobbered.

- Saves go through a temp file, fsync and rename, and are parsed back before the rename.
- Every save first keeps the version it replaces in the history (history.py).
- A file that cannot be read as a plan is reported as unreadable, with file:line:col, and left
  exactly where it is. Only an explicit set_aside() moves it, to a name that is never reused.
- Deleting moves the file to the trash folder (trash.py), from where it can be restored.
- Each loaded plan remembers a fingerprint of its file; saving over a file that changed
  since (another window, a hand edit) raises PlanConflict instead of overwriting it.
"""

from __future__ import annotations

import datetime as dt
import hashlib
import os
import time
from collections.abc import Collection
from dataclasses import dataclass, replace
from pathlib import Path

from explorer.core.common.atomic import atomic_write_text, move_without_overwrite
from explorer.core.common.regular import read_regular
from explorer.core.content.files import FileProblem, read_toml
from explorer.core.content.model import Problem
from explorer.core.content.toml_lines import KeyLines
from explorer.core.plans.history import HistoryError, PlanHistory, Version
from explorer.core.plans.model import (
    Plan,
    PlanFormatError,
    plan_from_data,
    plan_name,
    plan_to_toml,
    unwritable_reason,
)
from explorer.core.plans.trash import Deleted, PlanTrash

MAX_PLAN_BYTES = 5 * 1024 * 1024
STALE_TEMP_SECONDS = 60


def fingerprint(data: bytes) -> str:
    return hashlib.sha256(data).hexdigest()


@dataclass(frozen=True)
class StoredPlan:
    name: str
    path: Path
    plan: Plan
    fingerprint: str | None  # None: not on disk yet


class PlanError(Exception):
    """Something the person must be told about, as one line."""


class UnknownPlan(PlanError):
    """No plan by that name or title (the CLI exits 2, as for an unknown role)."""


@dataclass(frozen=True)
class UnreadablePlan:
    """A plan file that is there but cannot be read as a plan. It is left untouched."""

    name: str
    path: Path
    problem: Problem

    def __str__(self) -> str:
        return f"{self.problem} (unreadable plan, left as it is)"


class PlanUnreadable(PlanError):
    def __init__(self, unreadable: UnreadablePlan) -> None:
        super().__init__(str(unreadable))
        self.unreadable = unreadable


class PlanConflict(PlanError):
    def __init__(self, path: Path, on_disk: StoredPlan | None, name: str = "") -> None:
        super().__init__(
            f"{path}: changed on disk since it was opened (another window or an edit); not overwritten"
        )
        self.on_disk = on_disk
        self.name = name or path.stem


def _with_position(problem: Problem) -> Problem:
    """tomllib reports some errors "at end of document": point at the end, so every problem has line:col."""
    if problem.line is not None or "end of document" not in problem.message:
        return problem
    try:
        text = problem.path.read_bytes()[:MAX_PLAN_BYTES].decode("utf-8", errors="replace")
    except OSError:
        return problem
    lines = text.split("\n")
    if len(lines) > 1 and lines[-1] == "":
        lines.pop()
    return replace(problem, line=len(lines), column=len(lines[-1]) + 1)


def _reason(error: OSError) -> str:
    if isinstance(error, (FileExistsError, NotADirectoryError)):
        return "a file is in the way"
    return error.strerror or str(error)


class PlanStore:
    def __init__(self, directory: Path) -> None:
        self.directory = Path(directory)
        self.history = PlanHistory(self.directory)
        self.trash = PlanTrash(self.directory)

    def path_of(self, name: str) -> Path:
        if name != plan_name(name):
            raise PlanError(f"{name!r} is not a valid plan name")
        return self.directory / f"{name}.toml"

    def ensure_directory(self) -> None:
        try:
            self.directory.mkdir(parents=True, exist_ok=True, mode=0o700)
            os.chmod(self.directory, 0o700)
        except OSError as error:
            raise PlanError(f"{self.directory}: cannot create the plans folder: {_reason(error)}") from None

    def problem(self) -> str | None:
        """Why plans cannot be saved in the folder, checked without writing anything; None if they can."""
        for folder in (self.directory, *self.directory.parents):
            if folder.exists() or folder.is_symlink():
                if not folder.is_dir():
                    where = "" if folder == self.directory else f" ({folder})"
                    return f"{self.directory}: cannot create the plans folder: a file is in the way{where}"
                if not os.access(folder, os.W_OK | os.X_OK):
                    return f"{folder}: not writable (permission denied); plans cannot be saved"
                return None
        return None

    def names(self) -> list[str]:
        try:
            entries = sorted(self.directory.glob("*.toml"))
        except OSError:
            return []
        return [p.stem for p in entries if not p.name.startswith(".") and p.stem == plan_name(p.stem)]

    def load_all(self) -> tuple[list[StoredPlan], list[UnreadablePlan]]:
        """Every readable plan, newest first, and every plan file that could not be read."""
        plans, unreadable = [], []
        for name in self.names():
            try:
                plans.append(self.load(name))
            except PlanUnreadable as error:
                unreadable.append(error.unreadable)
        plans.sort(key=lambda stored: stored.plan.updated, reverse=True)
        return plans, unreadable

    def load(self, name: str) -> StoredPlan:
        """Read one plan. Never moves or changes the file, whatever is in it."""
        path = self.path_of(name)
        try:
            data, text = read_toml(path, MAX_PLAN_BYTES, follow_links=False)
        except FileProblem as error:
            if not path.exists():
                raise UnknownPlan(f"{path}: no such plan") from None
            raise PlanUnreadable(UnreadablePlan(name, path, _with_position(error.problem))) from None
        try:
            plan = plan_from_data(data)
        except PlanFormatError as error:
            line = KeyLines(text).line_of(error.key_path)
            problem = Problem(path, f"not a valid plan: {error}", line, 1 if line else None)
            raise PlanUnreadable(UnreadablePlan(name, path, problem)) from None
        return StoredPlan(name, path, plan, fingerprint(text.encode("utf-8")))

    def raw_text(self, name: str) -> str:
        """The file as it is, for showing; bytes that are not UTF-8 are shown as replacements."""
        path = self.path_of(name)
        try:
            return read_regular(path, MAX_PLAN_BYTES, follow_links=False).decode("utf-8", errors="replace")
        except OSError as error:
            raise PlanError(f"{path}: cannot be read: {error.strerror or error}") from None

    def set_aside(self, name: str) -> Path:
        """Move a plan file out of the way under a new, never reused name; returns where it went."""
        path = self.path_of(name)
        stamp = dt.datetime.now().strftime("%Y%m%d-%H%M%S")
        try:
            return move_without_overwrite(path, self.directory, f"{name}.corrupt-{stamp}", ".toml.bak")
        except OSError as error:
            raise PlanError(
                f"{path}: could not be set aside ({error.strerror or error}); left in place"
            ) from None

    def set_aside_files(self) -> list[Path]:
        try:
            return sorted(self.directory.glob("*.corrupt-*.toml.bak"))
        except OSError:
            return []

    def _current_bytes(self, path: Path) -> bytes | None:
        """The file a save will replace: only a regular file in the plans folder, never a link."""
        try:
            return read_regular(path, MAX_PLAN_BYTES, follow_links=False)
        except FileNotFoundError:
            return None
        except OSError as error:
            raise PlanError(
                f"{path}: {error.strerror or error}; not saved, your words are kept in the app"
            ) from None

    def save(self, name: str, plan: Plan, expected: str | None, *, force: bool = False) -> StoredPlan:
        """Write `plan` as `name`; `expected` is the fingerprint it was loaded with (None if new).

        The version it replaces goes into the history first. `force` replaces a file that
        changed elsewhere, but never one that cannot be read as a plan.
        """
        path = self.path_of(name)
        self.ensure_directory()
        previous = self._current_bytes(path)
        if previous is not None and fingerprint(previous) != expected:
            try:
                current = self.load(name)
            except PlanError:
                current = None
            if not force or current is None:
                raise PlanConflict(path, current, name)
        text = plan_to_toml(plan)
        if reason := unwritable_reason(plan, text, MAX_PLAN_BYTES):
            raise PlanError(f"{path}: not saved: {reason}")

        def verify(written: str) -> None:
            # `text` itself parsed back as `plan` above: the same text on disk is the same plan.
            if written != text:
                raise PlanError(f"{path}: the saved text did not read back as the same plan; not saved")

        try:
            if previous is not None:
                self._keep_history(name, previous)
            atomic_write_text(path, text, verify=verify, mode=0o600)
        except OSError as error:
            raise PlanError(
                f"{path}: not saved ({error.strerror or error}); the previous version is intact"
            ) from None
        self._sweep_temp_files(name)
        return StoredPlan(name, path, plan, fingerprint(text.encode("utf-8")))

    def _sweep_temp_files(self, name: str) -> None:
        """Temp files a killed save left behind: their words go into the history, then they go.

        Only files older than STALE_TEMP_SECONDS: a save in another window takes milliseconds.
        """
        cutoff = time.time() - STALE_TEMP_SECONDS
        for temp in self.directory.glob(f".{name}.toml.*.tmp"):
            try:
                if temp.is_symlink() or temp.lstat().st_mtime > cutoff:
                    continue
                words = read_regular(temp, MAX_PLAN_BYTES, follow_links=False)
                if words.strip():
                    self.history.keep(name, words.decode("utf-8", errors="replace"))
                temp.unlink()
            except OSError:
                continue  # left for the next save

    def _keep_history(self, name: str, previous: bytes) -> None:
        try:
            self.history.keep(name, previous.decode("utf-8", errors="replace"))
        except (FileExistsError, NotADirectoryError) as error:  # the history folder itself is the problem
            where = error.filename or self.history.folder(name)
            raise PlanError(
                f"{where}: cannot keep the previous version ({_reason(error)}); "
                f"{self.path_of(name).name} not saved, the previous version is intact"
            ) from None

    def restore(self, name: str, version: Version, expected: str | None) -> StoredPlan:
        """Make an earlier version current again. The version it replaces goes into history
        first, so a restore can itself be undone. An unreadable current file is set aside."""
        try:
            plan = self.history.read(version)
        except HistoryError as error:
            raise PlanError(str(error)) from None
        on_disk: str | None
        try:
            on_disk = self.load(name).fingerprint
        except PlanUnreadable:
            self.set_aside(name)
            on_disk = expected = None
        except UnknownPlan:
            on_disk = expected = None
        return self.save(name, plan.touched(), on_disk if expected is None else expected)

    def delete(self, name: str) -> Deleted:
        path = self.path_of(name)
        try:
            return self.trash.put(name, path)
        except OSError as error:
            raise PlanError(f"{path}: not deleted ({error.strerror or error})") from None

    def undelete(self, deleted: Deleted) -> str:
        """Bring a plan back from the trash; under its old name unless that is taken now."""
        name = deleted.name if not self.path_of(deleted.name).exists() else self.unused_name(deleted.name)
        try:
            self.ensure_directory()
            moved = move_without_overwrite(deleted.path, self.directory, name, ".toml")
        except OSError as error:
            raise PlanError(f"{deleted.path}: not restored ({error.strerror or error})") from None
        return moved.stem

    def unused_name(self, title: str, taken: Collection[str] = ()) -> str:
        base = plan_name(title)
        taken = set(taken) | set(self.names())
        if base not in taken:
            return base
        counter = 2
        while f"{base}-{counter}" in taken:
            counter += 1
        return f"{base}-{counter}"
