"""Remember the parsed, validated data of content files between runs.

tomllib is pure Python: about a millisecond per role file. A thousand-file pack would take
over a second on every launch, so files that were valid last time are read back from one
JSON file keyed by path, size and modification time. JSON, not pickle or marshal: a
tampered cache file can only fail to load, never run code. Any doubt means a full parse.
"""

from __future__ import annotations

import hashlib
import json
import os
from pathlib import Path
from typing import Any

from explorer import __version__
from explorer.core.common.atomic import atomic_write_text

CACHE_FORMAT = f"1/{__version__}"


def folder_digest(folder: Path) -> str:
    """A file name for one content folder's cache."""
    return hashlib.sha256(str(folder.absolute()).encode("utf-8", "surrogateescape")).hexdigest()[:32]


class ParseCache:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self._entries: dict[str, list[Any]] = {}
        self._fresh: dict[str, list[Any]] = {}  # entries parsed in this load, to be saved
        if path is not None:
            try:
                document = json.loads(path.read_text(encoding="utf-8"))
                if isinstance(document, dict) and document.get("format") == CACHE_FORMAT:
                    entries = document.get("files")
                    self._entries = entries if isinstance(entries, dict) else {}
            except (OSError, ValueError):
                self._entries = {}

    @staticmethod
    def _key(stat: os.stat_result) -> list[int]:
        return [stat.st_size, stat.st_mtime_ns]

    def get(self, path: Path, stat: os.stat_result) -> dict[str, Any] | None:
        entry = self._fresh.get(str(path)) or self._entries.get(str(path))
        if (
            entry
            and isinstance(entry, list)
            and len(entry) == 2
            and entry[0] == self._key(stat)
            and isinstance(entry[1], dict)
        ):
            return entry[1]
        return None

    def put(self, path: Path, stat: os.stat_result, data: dict[str, Any]) -> None:
        if self.path is not None:
            self._fresh[str(path)] = [self._key(stat), data]

    def save(self) -> None:
        if self.path is None or not self._fresh:
            return
        files = {**self._entries, **self._fresh}
        try:
            text = json.dumps({"format": CACHE_FORMAT, "files": files})
        except (TypeError, ValueError):
            # Dates and times have no JSON form: such files are left out, and parsed each time.
            text = json.dumps({"format": CACHE_FORMAT, "files": _json_only(files)})
        try:
            atomic_write_text(self.path, text, mode=0o600, durable=False)
        except OSError:
            pass  # a cache that cannot be written only costs speed


def _json_only(files: dict[str, list[Any]]) -> dict[str, list[Any]]:
    kept = {}
    for path, entry in files.items():
        try:
            json.dumps(entry)
        except (TypeError, ValueError):
            continue
        kept[path] = entry
    return kept
