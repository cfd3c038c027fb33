"""Deleted plans: moved to `.trash/` in the plans folder, never erased, always restorable."""

from __future__ import annotations

import datetime as dt
import re
from dataclasses import dataclass
from pathlib import Path

from explorer.core.common.atomic import move_without_overwrite
from explorer.core.content.files import FileProblem, read_toml

TRASH_DIR = ".trash"
_ENTRY = re.compile(r"^(?P<name>[a-z0-9-]+)\.deleted-(?P<stamp>\d{8}-\d{6})(?:-\d+)?$")


@dataclass(frozen=True)
class Deleted:
    entry: str  # the file stem in the trash, unique
    name: str  # the plan's name before it was deleted
    path: Path
    deleted: dt.datetime | None  # None: the date in the file name is impossible (30 February)

    def when(self, seconds: bool = False) -> str:
        """The deletion date as people read it, or a word saying it cannot be read."""
        if self.deleted is None:
            return "date unreadable"
        return f"{self.deleted:%Y-%m-%d %H:%M:%S}" if seconds else f"{self.deleted:%Y-%m-%d %H:%M}"

    def title(self) -> str:
        """The plan's title as written in the file, or its name if the file cannot be read."""
        try:
            data, _ = read_toml(self.path, 5 * 1024 * 1024)
        except FileProblem:
            return self.name
        title = data.get("title")
        return title if isinstance(title, str) else self.name


class PlanTrash:
    def __init__(self, plans_directory: Path) -> None:
        self.root = Path(plans_directory) / TRASH_DIR

    def put(self, name: str, path: Path) -> Deleted:
        stamp = dt.datetime.now()
        moved = move_without_overwrite(path, self.root, f"{name}.deleted-{stamp:%Y%m%d-%H%M%S}", ".toml")
        return Deleted(moved.stem, name, moved, stamp.replace(microsecond=0))

    def _entry(self, path: Path) -> Deleted | None:
        match = _ENTRY.match(path.stem)
        if not match:
            return None
        try:
            when: dt.datetime | None = dt.datetime.strptime(match["stamp"], "%Y%m%d-%H%M%S")
        except ValueError:
            when = None
        return Deleted(path.stem, match["name"], path, when)

    def entries(self) -> list[Deleted]:
        """Newest first."""
        try:
            paths = list(self.root.glob("*.toml"))
        except OSError:
            return []
        found = [entry for entry in map(self._entry, paths) if entry is not None]
        return sorted(found, key=lambda e: (e.deleted or dt.datetime.min, e.entry), reverse=True)

    def find(self, wanted: str) -> Deleted | None:
        """An entry by its exact trash name, else the newest deleted plan with that name."""
        entries = self.entries()
        folded = wanted.casefold().strip()
        for entry in entries:
            if entry.entry == folded:
                return entry
        for entry in entries:
            if entry.name == folded or entry.title().casefold() == folded:
                return entry
        return None
