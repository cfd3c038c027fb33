"""Write one pack as CSV, one row per responsibility or skill, so it round-trips through a spreadsheet.

The header uses the names `role-explorer import` looks for, so the file imports back into
the same roles, grades, levels, responsibilities (with their examples, one a line in the cell)
and watch-outs.
"""

from __future__ import annotations

import csv
import io

from explorer.core.common.textsafe import clean
from explorer.core.content.model import Catalog, Role
from explorer.core.content.transfer.cells import guarded

HEADER = (
    "id",
    "title",
    "track",
    "ladder",
    "grade",
    "shipped level",
    "summary",
    "area",
    "competency",
    "responsibility",
    "skill",
    "explanation",
    "importance",
    "examples",
    "watch out",
)


def _ladder_of(catalog: Catalog, role: Role, pack_id: str) -> str:
    own = [ladder for ladder in catalog.ladders if role.id in ladder.roles]
    preferred = next((ladder for ladder in own if ladder.pack == pack_id), own[0] if own else None)
    return preferred.name if preferred else role.track.label


def _ordered(catalog: Catalog, pack_id: str) -> list[Role]:
    """The pack's roles ladder by ladder, bottom rung first, then any not on a ladder."""
    order: dict[str, None] = {}
    for ladder in catalog.ladders:
        if ladder.pack == pack_id:
            order.update(
                (role_id, None) for role_id in ladder.roles if catalog.roles[role_id].pack == pack_id
            )
    order.update((role.id, None) for role in catalog.sorted_roles() if role.pack == pack_id)
    return [catalog.roles[role_id] for role_id in order]


def pack_csv(catalog: Catalog, pack_id: str) -> str:
    out = io.StringIO()
    writer = csv.writer(out, lineterminator="\n")
    writer.writerow([guarded(cell) for cell in HEADER])
    for role in _ordered(catalog, pack_id):
        base = [
            role.id,
            role.title,
            role.track.value,
            _ladder_of(catalog, role, pack_id),
            role.grade,
            "" if role.level is None else str(role.level),
        ]
        rows = [
            [r.area.value, r.competency, r.text, "", r.explanation, r.importance, "\n".join(r.examples), ""]
            for r in role.responsibilities
        ]
        rows += [["", "", "", skill, "", "", "", ""] for skill in role.skills]
        rows += [["", "", "", "", "", "", "", watch_out] for watch_out in role.watch_outs]
        for number, row in enumerate(rows or [[""] * 8]):
            writer.writerow(
                [guarded(clean(cell)) for cell in base + [role.summary if number == 0 else ""] + row]
            )
    return out.getvalue()
