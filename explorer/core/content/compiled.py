"""A built catalog kept between runs: one JSON file per content set, data only.

The command line starts afresh for every call; with a large pack, reading, checking and
indexing thousands of files each time would cost seconds. The file is keyed by every
content file's path, size and modification time (and by the code that built it), so any
change anywhere means a rebuild. Callers attach their own derived data (the search index)
under a name; a caller that needs only that (`read_attached`) never decodes the catalog
or imports the model. The catalog's own encoding is in compiled_catalog.py.
"""

from __future__ import annotations

import json
import os
from binascii import crc32
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any

from explorer import __version__
from explorer.core.common.atomic import atomic_write_text

if TYPE_CHECKING:
    from explorer.core.content.model import LoadResult

FORMAT = "compiled-content/3"
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
        self.stamp = content_stamp(self.directories)  # taken before any loading, so a change mid-load is caught next time

    # The file is three lines of JSON (json.dumps never writes a raw newline): the header
    # (format and stamp), the attached data, the catalog. A reader parses only what it uses.

    def _parts(self) -> tuple[bytes, int, int] | None:
        """The file's bytes and where its 2nd and 3rd lines start, when it is this content set's, as it is now."""
        try:
            raw = self.path.read_bytes()
        except OSError:
            return None
        attached_at = raw.find(b"\n") + 1
        content_at = raw.find(b"\n", attached_at) + 1
        if not 0 < attached_at < content_at:
            return None
        try:
            header = _json(raw, 0, attached_at)
        except ValueError:
            return None
        if not isinstance(header, dict) or header.get("format") != FORMAT or header.get("stamp") != self.stamp:
            return None
        return raw, attached_at, content_at

    def read_attached(self) -> dict[str, Any] | None:
        """The attached data alone, or None when missing or out of date."""
        parts = self._parts()
        return None if parts is None else self._attached(*parts)

    def read(self) -> tuple[LoadResult, dict[str, Any]] | None:
        """(the catalog and its problems, the attached data), or None when missing or out of date."""
        from explorer.core.content.compiled_catalog import result_from_data

        parts = self._parts()
        attached = None if parts is None else self._attached(*parts)
        if parts is None or attached is None:
            return None
        raw, _, content_at = parts
        try:
            result = result_from_data(_json(raw, content_at, len(raw)))
        except (ValueError, KeyError, TypeError, AttributeError):  # RecordError is a ValueError
            return None
        return result, attached

    @staticmethod
    def _attached(raw: bytes, attached_at: int, content_at: int) -> dict[str, Any] | None:
        try:
            attached = _json(raw, attached_at, content_at)
        except ValueError:
            return None
        return attached if isinstance(attached, dict) else None

    def write(self, result: LoadResult, attached: dict[str, Any]) -> None:
        """Store the build; a cache that cannot be written only costs speed next time."""
        from explorer.core.content.compiled_catalog import result_to_data

        try:
            lines = ({"format": FORMAT, "stamp": self.stamp}, attached, result_to_data(result))
            atomic_write_text(self.path, "\n".join(map(json.dumps, lines)), mode=0o600, durable=False)
        except (TypeError, ValueError, OSError):
            pass
