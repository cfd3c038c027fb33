"""What a command built from a content set, kept between runs: one JSON file per set, data only.

The command line starts afresh for every call; with a large pack, reading, checking and
indexing thousands of files each time would cost seconds. The file is keyed by every
content file's path, size and modification time (and by the code that built it), so any
change anywhere means a rebuild. Rule: it holds only what its caller reads back (the search
index and what printing a hit needs), under names the caller chooses, and nothing else.
"""

from __future__ import annotations

import json
import os
from binascii import crc32
from collections.abc import Sequence
from pathlib import Path
from typing import Any

from explorer import __version__

FORMAT = "compiled-content/4"
_CORE = Path(__file__).resolve().parents[1]


def content_stamp(directories: Sequence[Path]) -> str:
    """Every content file's path, size and mtime, and those of the code reading them.

    Kept whole rather than hashed: comparing it is exact, and a search need not import
    hashlib. Plain strings and os.stat rather than Path objects: this runs on every command.
    """
    parts = [FORMAT, __version__]
    _stamp_tree(str(_CORE), ".py", parts)
    for folder in directories:
        parts.append(f"folder {folder}")
        _stamp_tree(str(folder), ".toml", parts)
    return "\n".join(parts)


def _stamp_tree(top: str, suffix: str, parts: list[str]) -> None:
    stat = os.stat
    for root, dirs, names in os.walk(top):
        dirs.sort()
        for name in sorted(names) + [d for d in dirs if d.endswith(suffix)]:
            if name.endswith(suffix):
                path = os.path.join(root, name)
                try:
                    found = stat(path)
                    parts.append(f"{path} {found.st_size} {found.st_mtime_ns}")
                except OSError:
                    parts.append(f"{path} unreadable")


def _file_name(directories: Sequence[Path]) -> str:
    """A name for one content set's file. Two sets sharing a name only evict each other's
    build (the stamp names the folders), so two CRCs suffice."""
    folders = "\0".join(str(d.absolute()) for d in directories).encode("utf-8", "surrogateescape")
    return f"{crc32(folders):08x}{crc32(folders[::-1]):08x}.json"


def _json(raw: bytes, start: int, end: int) -> Any:
    # Decoded from a view (no copy of megabytes), and before json.loads, which decodes bytes
    # with surrogatepass at half the speed.
    return json.loads(str(memoryview(raw)[start:end], "utf-8"))


class CompiledContent:
    """The stored build of one content set (its folders, in order)."""

    def __init__(self, cache_dir: Path, directories: Sequence[Path]) -> None:
        self.directories = [Path(d) for d in directories]
        self.path = cache_dir / _file_name(self.directories)
        self.stamp = content_stamp(
            self.directories
        )  # taken before any loading, so a change mid-load is caught next time

    # The file is two lines of JSON (json.dumps never writes a raw newline): the header
    # (format and stamp), then the stored data; the header alone says whether the rest is current.

    def read(self) -> dict[str, Any] | None:
        """The stored data, or None when missing, damaged or out of date."""
        try:
            raw = self.path.read_bytes()
        except OSError:
            return None
        data_at = raw.find(b"\n") + 1
        if not 0 < data_at < len(raw):
            return None
        try:
            header = _json(raw, 0, data_at)
            if (
                not isinstance(header, dict)
                or header.get("format") != FORMAT
                or header.get("stamp") != self.stamp
            ):
                return None
            data = _json(raw, data_at, len(raw))
        except ValueError:
            return None
        return data if isinstance(data, dict) else None

    def write(self, data: dict[str, Any]) -> None:
        """Store `data` (JSON-able); a cache that cannot be written only costs speed next time."""
        from explorer.core.common.atomic import (
            atomic_write_text,
        )  # imported here: a warm search needs no tempfile

        try:
            lines = (json.dumps({"format": FORMAT, "stamp": self.stamp}), json.dumps(data))
            atomic_write_text(self.path, "\n".join(lines), mode=0o600, durable=False)
        except (TypeError, ValueError, OSError):
            pass
