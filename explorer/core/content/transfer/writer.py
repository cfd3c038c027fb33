"""Write a drafted pack as TOML files: pack.toml, sources.toml, ladders.toml and one file per role.

The whole pack is written to a temporary folder beside the target and renamed into place,
so an interrupted import leaves no half-written pack behind; an existing, non-empty folder
is never written into.
"""

from __future__ import annotations

import json
import os
import re
import shutil
import tempfile
from dataclasses import dataclass
from pathlib import Path

from explorer.core.content.spec import (
    ID_PATTERN,
    LADDERS_FILE,
    PACK_FILE,
    ROLE,
    SOURCES_FILE,
    json_schema_document,
)
from explorer.core.content.transfer.draft import Draft, DraftRole, grade_order, guess_track, slug


class PackExists(Exception):
    pass


@dataclass(frozen=True)
class PackInfo:
    id: str
    name: str
    source_title: str  # the imported document, as the source entry's title
    publisher: str
    date: str = "date not stated"
    note: str = ""


def toml_string(text: str) -> str:
    # A JSON string is a valid TOML basic string, except that TOML also forbids a raw DEL.
    return json.dumps(text, ensure_ascii=False).replace("\x7f", "\\u007f")


def _array(items: list[str]) -> str:
    return "[" + ", ".join(toml_string(item) for item in items) + "]"


def _role_ids(draft: Draft, pack_id: str) -> dict[int, str]:
    ids: dict[int, str] = {}
    taken: set[str] = set()
    for number, role in enumerate(draft.roles.values()):
        if role.id and re.fullmatch(ID_PATTERN, role.id):
            candidate = role.id
        else:
            candidate = f"{pack_id}-{slug(role.title, 'role')}"
            if candidate in taken and role.track_label:
                candidate = f"{candidate}-{slug(role.track_label)}"
        base, suffix = candidate, 2
        while candidate in taken:
            candidate, suffix = f"{base}-{suffix}", suffix + 1
        taken.add(candidate)
        ids[number] = candidate
    return ids


def _grade_levels(roles: list[DraftRole]) -> dict[str, int]:
    """A grade's level on the shipped scale, when every role of that grade gives the same one."""
    seen: dict[str, set[int | None]] = {}
    for role in roles:
        if role.grade:
            seen.setdefault(role.grade, set()).add(role.level)
    return {
        grade: level
        for grade, levels in seen.items()
        if len(levels) == 1
        for level in levels
        if level is not None
    }


def render_role(role: DraftRole, role_id: str, source_id: str, source_name: str) -> str:
    lines = [
        "#:schema ../schema/role.schema.json",
        f"id = {toml_string(role_id)}",
        f"title = {toml_string(role.title)}",
        f"track = {toml_string(guess_track(role.track or role.track_label).value)}",
    ]
    if role.grade:
        lines.append(f"grade = {toml_string(role.grade)}")
    if role.level is not None:
        lines.append(f"level = {role.level}")
    summary = role.summary or f"{role.title}, as described in {source_name}."
    lines.append(f"summary = {toml_string(summary)}")
    if role.skills:
        lines.append(f"skills = {_array(list(dict.fromkeys(role.skills)))}")
    if role.watch_outs:
        lines.append(f"watch_outs = {_array(list(dict.fromkeys(role.watch_outs)))}")
    lines.append(f"sources = {_array([source_id])}")
    duty_ids: set[str] = set()
    for duty in role.duties:
        base = slug(" ".join(duty.text.split()[:6]), "duty")
        duty_id, suffix = base, 2
        while duty_id in duty_ids:
            duty_id, suffix = f"{base}-{suffix}", suffix + 1
        duty_ids.add(duty_id)
        lines += [
            "",
            "[[responsibilities]]",
            f"id = {toml_string(duty_id)}",
            f"text = {toml_string(duty.text)}",
            f"area = {toml_string(duty.area.value)}",
        ]
        if duty.competency and duty.competency.casefold() != duty.area.value:
            lines.append(f"competency = {toml_string(duty.competency)}")
        if duty.explanation:
            lines.append(f"explanation = {toml_string(duty.explanation)}")
        if duty.examples:
            lines.append(f"examples = {_array(list(dict.fromkeys(duty.examples)))}")
        if duty.importance:
            lines.append(f"importance = {toml_string(duty.importance)}")
        lines.append(f"source = {toml_string(source_id)}")
    return "\n".join(lines) + "\n"


def render_pack(draft: Draft, info: PackInfo) -> dict[str, str]:
    """Every file of the pack, by relative path."""
    roles = list(draft.roles.values())
    ids = _role_ids(draft, info.id)
    source_id = f"{info.id}-source"
    files: dict[str, str] = {}
    pack = [
        "#:schema ./schema/pack.schema.json",
        f"id = {toml_string(info.id)}",
        f"name = {toml_string(info.name)}",
    ]
    if draft.description:
        pack.append(f"description = {toml_string(draft.description)}")
    grades = grade_order([role.grade for role in roles if role.grade])
    levels = _grade_levels(roles)
    for grade in grades:
        pack += ["", "[[grades]]", f"label = {toml_string(grade)}"]
        if grade in levels:
            pack.append(f"level = {levels[grade]}")
    files["pack.toml"] = "\n".join(pack) + "\n"
    source = [
        "#:schema ./schema/sources.schema.json",
        "[[sources]]",
        f"id = {toml_string(source_id)}",
        f"publisher = {toml_string(info.publisher)}",
        f"title = {toml_string(info.source_title)}",
        f"date = {toml_string(info.date)}",
    ]
    if info.note:
        source.append(f"note = {toml_string(info.note)}")
    files["sources.toml"] = "\n".join(source) + "\n"
    ladders = ["#:schema ./schema/ladders.schema.json", "# Bottom rung first."]
    by_ladder: dict[str, list[int]] = {}
    for number, role in enumerate(roles):
        by_ladder.setdefault(role.track_label, []).append(number)
    for label, members in by_ladder.items():
        if all(roles[n].grade for n in members):
            members = sorted(members, key=lambda n: grades.index(roles[n].grade))
        ladder_id = f"{info.id}-{slug(label or info.name, 'ladder')}"
        ladders += [
            "",
            "[[ladders]]",
            f"id = {toml_string(ladder_id)}",
            f"name = {toml_string(label or info.name)}",
            f"track = {toml_string(guess_track(roles[members[0]].track or label).value)}",
            f"roles = {_array([ids[n] for n in members])}",
        ]
    if by_ladder:
        files["ladders.toml"] = "\n".join(ladders) + "\n"
    for number, role in enumerate(roles):
        files[f"roles/{ids[number]}.toml"] = render_role(role, ids[number], source_id, info.source_title)
    return files


def schema_files() -> dict[str, str]:
    shapes = {
        "role": (ROLE, "role-explorer role file"),
        "sources": (SOURCES_FILE, "role-explorer sources.toml"),
        "ladders": (LADDERS_FILE, "role-explorer ladders.toml"),
        "pack": (PACK_FILE, "role-explorer pack.toml"),
    }
    return {
        f"schema/{name}.schema.json": json.dumps(
            json_schema_document(shape, title), indent=2, ensure_ascii=False
        )
        + "\n"
        for name, (shape, title) in shapes.items()
    }


def write_pack(files: dict[str, str], out: Path) -> None:
    """Write `files` as a new folder `out`; refuse a folder that exists and is not empty."""
    if out.exists() and (not out.is_dir() or any(out.iterdir())):
        raise PackExists(f"{out} already exists and is not empty; choose a new folder")
    out.parent.mkdir(parents=True, exist_ok=True)
    staging = Path(tempfile.mkdtemp(prefix=f".{out.name}.", dir=out.parent))
    try:
        for relative, text in {**files, **schema_files()}.items():
            target = staging / relative
            target.parent.mkdir(parents=True, exist_ok=True)
            target.write_text(text, encoding="utf-8")
        if out.exists():
            out.rmdir()
        os.replace(staging, out)
    except BaseException:
        shutil.rmtree(staging, ignore_errors=True)
        raise
