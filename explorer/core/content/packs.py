"""Packs: every content folder is one, described by its optional `pack.toml`.

A folder without a pack file is still a pack, named after the folder, so packs written
before pack files existed keep working unchanged.
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

from explorer.core.content.model import Grade, Pack

PACK_FILE = "pack.toml"


def pack_from_data(data: dict[str, Any], folder: Path) -> Pack:
    grades = tuple(Grade(str(item["label"]), item.get("level")) for item in data.get("grades", ()))
    return Pack(
        id=data["id"],
        name=data["name"],
        company=data.get("company", ""),
        version=data.get("version", ""),
        description=data.get("description", ""),
        grades=grades,
        folder=folder,
        synonyms=tuple(tuple(str(word) for word in item["words"]) for item in data.get("synonyms", ())),
    )


def folder_pack(folder: Path) -> Pack:
    """The pack of a folder without a pack file: its id and name come from the folder's name."""
    slug = re.sub(r"[^a-z0-9]+", "-", folder.name.casefold()).strip("-") or "pack"
    return Pack(id=slug, name=folder.name or slug, folder=folder)


def unique_id(pack: Pack, taken: set[str]) -> str:
    """The pack's id, with a number added when an earlier folder already uses it."""
    candidate, number = pack.id, 2
    while candidate in taken:
        candidate, number = f"{pack.id}-{number}", number + 1
    return candidate


def level_for(pack: Pack | None, data: dict[str, Any]) -> int | None:
    """A role's level: its own `level`, else the level the pack's scale gives its grade."""
    if "level" in data:
        level: int = data["level"]  # checked against the schema before
        return level
    if pack is None or "grade" not in data:
        return None
    label = str(data["grade"])
    return next((grade.level for grade in pack.grades if grade.label == label), None)
