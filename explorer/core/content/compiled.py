"""A built catalog kept between runs: one JSON file per content set, data only.

The command line starts afresh for every call; with a large pack, reading, checking and
indexing thousands of files each time would cost seconds. The file is keyed by every
content file's path, size and modification time (and by the code that built it), so any
change anywhere means a rebuild. Callers attach their own derived data (the search index)
under a name. Roles are decoded one at a time, when first asked for.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import os
import typing
from binascii import crc32
from collections.abc import Iterator, Mapping, Sequence
from pathlib import Path
from typing import Any

from explorer import __version__
from explorer.core.common.atomic import atomic_write_text
from explorer.core.common.records import RecordError, decoder, to_data
from explorer.core.content.model import Catalog, LoadResult, Role

FORMAT = "compiled-content/2"
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


def _file_name(directories: Sequence[Path]) -> str:
    """A name for one content set's file. Two sets sharing a name only evict each other's
    build (the stamp names the folders), so two CRCs suffice."""
    folders = "\0".join(str(d.absolute()) for d in directories).encode("utf-8", "surrogateescape")
    return f"{crc32(folders):08x}{crc32(folders[::-1]):08x}.json"


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


def _is_plain_data(hint: Any) -> bool:
    """Whether values of `hint` are made only of strings (sets, tuples and maps of them)."""
    if hint is str:
        return True
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    return origin in (frozenset, set, tuple, dict) and all(a is Ellipsis or _is_plain_data(a) for a in args)


# What a load reports besides the catalog (problems, warnings, …), by field.
_REPORTS = {
    f.name: hint for f in dataclasses.fields(LoadResult)
    if f.name != "catalog" for hint in [typing.get_type_hints(LoadResult)[f.name]]
}


# The catalog's other fields (ladders, sources, packs, …), and its memoised views whose
# values are plain data (shared titles, equivalents): stored so a search that shows one
# title does not decode every role to compute them.
_CATALOG_FIELDS = {f.name: typing.get_type_hints(Catalog)[f.name] for f in dataclasses.fields(Catalog) if f.name != "roles"}
_CATALOG_MEMOS = {
    name: typing.get_type_hints(member.func)["return"]
    for name, member in vars(Catalog).items()
    if isinstance(member, functools.cached_property) and _is_plain_data(typing.get_type_hints(member.func)["return"])
}


class StoredRoles(Mapping[str, Role]):
    """Role id → Role, each role decoded from its JSON text when first asked for."""

    def __init__(self, encoded: Any) -> None:
        if not isinstance(encoded, dict) or not all(isinstance(text, str) for text in encoded.values()):
            raise RecordError("not stored roles")
        self._encoded: dict[str, str] = encoded
        self._decoded: dict[str, Role] = {}

    def __getitem__(self, role_id: str) -> Role:
        role = self._decoded.get(role_id)
        if role is None:
            try:
                role = decoder(Role)(json.loads(self._encoded[role_id]))
            except ValueError as error:
                raise RecordError(f"stored role {role_id!r} is damaged: {error}") from None
            self._decoded[role_id] = role
        return role

    def __iter__(self) -> Iterator[str]:
        return iter(self._encoded)

    def __len__(self) -> int:
        return len(self._encoded)

    def __contains__(self, role_id: object) -> bool:
        return role_id in self._encoded


class CompiledContent:
    """The stored build of one content set (its folders, in order)."""

    def __init__(self, cache_dir: Path, directories: Sequence[Path]) -> None:
        self.directories = [Path(d) for d in directories]
        self.path = cache_dir / _file_name(self.directories)
        self.stamp = content_stamp(self.directories)  # taken before any loading, so a change mid-load is caught next time

    def read(self) -> tuple[LoadResult, dict[str, Any]] | None:
        """(the catalog and its problems, the attached data), or None when missing or out of date."""
        try:
            document = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return None
        if not isinstance(document, dict) or document.get("format") != FORMAT or document.get("stamp") != self.stamp:
            return None
        try:
            content, attached = document["content"], document["attached"]
            fields = {name: decoder(hint)(content[name]) for name, hint in _CATALOG_FIELDS.items()}
            catalog = Catalog(StoredRoles(content["roles"]), **fields)  # type: ignore[arg-type]
            for name, hint in _CATALOG_MEMOS.items():  # so asking them never decodes every role
                if name in content.get("memos", {}):
                    catalog.__dict__[name] = decoder(hint)(content["memos"][name])
            reports = {name: decoder(hint)(content[name]) for name, hint in _REPORTS.items()}
        except (RecordError, KeyError, TypeError, AttributeError):
            return None
        if not isinstance(attached, dict):
            return None
        return LoadResult(catalog, **reports), attached

    def write(self, result: LoadResult, attached: dict[str, Any]) -> None:
        """Store the build; a cache that cannot be written only costs speed next time."""
        catalog = result.catalog
        try:
            text = json.dumps({
                "format": FORMAT,
                "stamp": self.stamp,
                "content": {
                    "roles": {role_id: json.dumps(to_data(role)) for role_id, role in catalog.roles.items()},
                    **{name: to_data(getattr(catalog, name)) for name in _CATALOG_FIELDS},
                    "memos": {name: to_data(getattr(catalog, name)) for name in _CATALOG_MEMOS},
                    **{name: to_data(getattr(result, name)) for name in _REPORTS},
                },
                "attached": attached,
            })
            atomic_write_text(self.path, text, mode=0o600, durable=False)
        except (TypeError, ValueError, OSError):
            pass
