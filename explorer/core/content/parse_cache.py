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
from explorer.core.content.parse_ahead import ParseAhead, key_of

CACHE_FORMAT = f"1/{__version__}"


def folder_digest(folder: Path) -> str:
    """A file name for one content folder's cache."""
    return hashlib.sha256(str(folder.absolute()).encode("utf-8", "surrogateescape")).hexdigest()[:32]


class ParseCache:
    def __init__(self, path: Path | None) -> None:
        self.path = path
        self.ahead: ParseAhead | None = None  # files being parsed by a worker meanwhile
        self._entries: dict[str, list[Any]] = {}
        self._fresh: dict[str, str] = {}  # path -> its entry as JSON text, serialised once
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
        if str(path) in self._fresh:
            return None
        entry = self._entries.get(str(path))
        if (
            entry
            and isinstance(entry, list)
            and len(entry) == 2
            and entry[0] == self._key(stat)
            and isinstance(entry[1], dict)
        ):
            return entry[1]
        if self.ahead is not None:
            parsed = self.ahead.take(str(path), key_of(stat))
            if parsed is not None:
                self._fresh[str(path)] = (
                    f"[{json.dumps(self._key(stat))}, {parsed}]"  # a new entry, already serialised
                )
                return json.loads(parsed)
        return None

    def put(self, path: Path, stat: os.stat_result, data: dict[str, Any]) -> None:
        if self.path is None:
            return
        try:
            self._fresh[str(path)] = json.dumps([self._key(stat), data])
        except (TypeError, ValueError):
            return  # dates and times have no JSON form; such files are simply parsed each time

    def save(self) -> None:
        if self.path is None or not self._fresh:
            return
        entries = [
            f"{json.dumps(path)}: {json.dumps(entry)}"
            for path, entry in self._entries.items()
            if path not in self._fresh
        ]
        entries += [f"{json.dumps(path)}: {text}" for path, text in self._fresh.items()]
        document = f'{{"format": {json.dumps(CACHE_FORMAT)}, "files": {{{", ".join(entries)}}}}}'
        try:
            atomic_write_text(self.path, document, mode=0o600, durable=False)
        except OSError:
            pass  # a cache that cannot be written only costs speed
