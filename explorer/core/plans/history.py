"""Earlier versions of each plan, kept like an editor's local history.

Every save first copies the version it replaces to `.history/NAME/STAMP.toml` (0600). The
history is thinned after each save: the ALWAYS_KEPT newest versions whatever their age,
everything from the last ten minutes, the newest of each minute for the last hour, the newest
of each day for 30 days, and never more than MAX_VERSIONS per plan. Stamps never go back, so
the newest stamp is the version written last, whatever the clock did.
"""

from __future__ import annotations

import datetime as dt
import errno
import os
from dataclasses import dataclass
from pathlib import Path

from explorer.core.common.atomic import atomic_write_text
from explorer.core.content.files import FileProblem, read_toml
from explorer.core.plans.model import Plan, PlanFormatError, plan_from_data

HISTORY_DIR = ".history"
MAX_VERSIONS = 200
ALWAYS_KEPT = 20
ALL_KEPT = dt.timedelta(minutes=10)
PER_MINUTE = dt.timedelta(hours=1)
PER_DAY = dt.timedelta(days=30)
_STAMP = "%Y%m%dT%H%M%S.%fZ"
MAX_VERSION_BYTES = 5 * 1024 * 1024


class HistoryError(Exception):
    """One line about a version that cannot be found or read."""


@dataclass(frozen=True)
class Version:
    name: str
    id: str
    path: Path
    saved: dt.datetime

    @property
    def size(self) -> int:
        try:
            return self.path.stat().st_size
        except OSError:
            return 0


def _parse_stamp(stem: str) -> dt.datetime | None:
    try:
        return dt.datetime.strptime(stem, _STAMP).replace(tzinfo=dt.UTC)
    except ValueError:
        return None


def _utcnow() -> dt.datetime:
    return dt.datetime.now(dt.UTC)


class PlanHistory:
    def __init__(self, plans_directory: Path) -> None:
        self.root = Path(plans_directory) / HISTORY_DIR

    def folder(self, name: str) -> Path:
        return self.root / name

    def keep(self, name: str, text: str, when: dt.datetime | None = None) -> Version:
        """Store `text` (a version about to be replaced) and thin the history."""
        when = when or _utcnow()
        folder = self.folder(name)
        for step in (self.root, folder):
            if step.is_symlink():  # never write through a link out of the plans folder
                raise NotADirectoryError(errno.ENOTDIR, "is a link, not a folder", str(step))
        folder.mkdir(parents=True, exist_ok=True, mode=0o700)
        os.chmod(self.root, 0o700)
        # Stamps only go forward: after the clock is set back, the version written last is still number 1.
        newest = self.versions(name)[:1]
        stamp = max(when, newest[0].saved + dt.timedelta(microseconds=1)) if newest else when
        while (folder / f"{stamp.strftime(_STAMP)}.toml").exists():
            stamp += dt.timedelta(microseconds=1)
        path = folder / f"{stamp.strftime(_STAMP)}.toml"
        atomic_write_text(path, text, mode=0o600)
        self.thin(name, when)
        return Version(name, path.stem, path, stamp)

    def versions(self, name: str) -> list[Version]:
        """Newest first."""
        try:
            entries = list(self.folder(name).glob("*.toml"))
        except OSError:
            return []
        found = []
        for path in entries:
            if path.is_symlink():  # a version is a file written here, never a link to elsewhere
                continue
            saved = _parse_stamp(path.stem)
            if saved is not None:
                found.append(Version(name, path.stem, path, saved))
        return sorted(found, key=lambda v: v.saved, reverse=True)

    def find(self, name: str, wanted: str) -> Version:
        """A version by its id, or by its number in `versions` (1 is the newest)."""
        versions = self.versions(name)
        if wanted.isdigit() and 1 <= int(wanted) <= len(versions):
            return versions[int(wanted) - 1]
        for version in versions:
            if version.id == wanted:
                return version
        raise HistoryError(
            f"{name}: no earlier version {wanted!r} ({len(versions)} kept in {self.folder(name)})"
        )

    def text(self, version: Version) -> str:
        try:
            _, text = read_toml(version.path, MAX_VERSION_BYTES, follow_links=False)
        except FileProblem as error:
            raise HistoryError(str(error.problem)) from None
        return text

    def read(self, version: Version) -> Plan:
        try:
            data, _ = read_toml(version.path, MAX_VERSION_BYTES, follow_links=False)
            return plan_from_data(data)
        except FileProblem as error:
            raise HistoryError(str(error.problem)) from None
        except PlanFormatError as error:
            raise HistoryError(f"{version.path}: not a valid plan: {error}") from None

    def thin(self, name: str, now: dt.datetime | None = None) -> list[Version]:
        """Remove versions the policy no longer keeps; returns the removed ones.

        The ALWAYS_KEPT newest versions stay whatever the clock says: a clock set 40 days ahead
        must not make the whole history look old.
        """
        versions = self.versions(name)
        now = max(now or _utcnow(), versions[0].saved) if versions else now or _utcnow()
        keep: set[str] = {version.id for version in versions[:ALWAYS_KEPT]}
        newest_of: dict[tuple[str, dt.date], Version] = {}
        for version in versions:  # newest first, so the first seen per bucket wins
            age = now - version.saved
            if age <= ALL_KEPT:
                keep.add(version.id)
            elif age <= PER_MINUTE:
                newest_of.setdefault(("minute", version.saved.replace(second=0, microsecond=0)), version)
            elif age <= PER_DAY:
                newest_of.setdefault(("day", version.saved.date()), version)
        keep |= {version.id for version in newest_of.values()}
        kept = [v for v in self.versions(name) if v.id in keep][:MAX_VERSIONS]
        kept_ids = {v.id for v in kept}
        removed = []
        for version in self.versions(name):
            if version.id not in kept_ids:
                try:
                    version.path.unlink()
                    removed.append(version)
                except OSError:
                    pass
        return removed

    def copy_versions(self, source: str, target: str) -> int:
        """Give plan `target` (a fresh copy of `source`) the earlier versions of `source`.

        Versions too large to read back are left out, as `read` would refuse them. Returns how
        many were copied.
        """
        copied = 0
        for version in self.versions(source):
            try:
                text = self.text(version)
            except HistoryError:  # unreadable, too large or not a regular file: left out
                continue
            folder = self.folder(target)
            folder.mkdir(parents=True, exist_ok=True, mode=0o700)
            atomic_write_text(folder / version.path.name, text, mode=0o600)
            copied += 1
        return copied
