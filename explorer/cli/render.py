"""Plain-text and JSON views of core objects for the command line."""

from __future__ import annotations

import dataclasses
import textwrap
from collections.abc import Mapping
from enum import Enum
from pathlib import Path
from typing import TYPE_CHECKING, Any

# Views import the core parts they show inside themselves: `search` prints hits without
# paying for the career code.
if TYPE_CHECKING:
    from explorer.core.career.compare import Comparison
    from explorer.core.career.gap import Gap
    from explorer.core.content.model import Catalog, Responsibility, Role, Source
    from explorer.core.search.hits import SearchHit

WIDTH = 88


def jsonable(value: Any) -> Any:
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: jsonable(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, Path):
        return str(value)
    if isinstance(value, dict):
        return {str(k): jsonable(v) for k, v in value.items()}
    if isinstance(value, (list, tuple)):
        return [jsonable(v) for v in value]
    return value


def _wrap(text: str, indent: str = "  ") -> str:
    return textwrap.fill(" ".join(text.split()), WIDTH, initial_indent=indent, subsequent_indent=indent)


def _hanging(text: str, rest: str = "    ") -> str:
    return textwrap.fill(" ".join(text.split()), WIDTH, initial_indent="  ", subsequent_indent=rest)


def _bullets(items: list[str], indent: str = "  ") -> list[str]:
    return [
        textwrap.fill(
            " ".join(item.split()), WIDTH, initial_indent=f"{indent}- ", subsequent_indent=f"{indent}  "
        )
        for item in items
    ]


def search_hits(titles: Mapping[str, tuple[str, str]], hits: list[SearchHit]) -> str:
    """Hits as text; `titles` holds each hit's role's (title, displayed title)."""
    if not hits:
        return "No matches."
    lines = []
    for number, hit in enumerate(hits):
        if hit.partial and (number == 0 or not hits[number - 1].partial):
            lines.append("-- partial matches: not every word found --")
        title, shown = titles[hit.role_id]
        kind = f"next step → {hit.doc.context}" if hit.doc.context else hit.doc.kind.label
        lines.append(f"{hit.score:5.1f}  {shown}  [{kind}]")
        if hit.doc.text != title:
            lines.append(_wrap(hit.doc.text, "       "))
    return "\n".join(lines)


def role_detail(catalog: Catalog, role: Role) -> str:
    numbers = {source_id: number for number, source_id in enumerate(role.cited_sources(), start=1)}

    def cite(*source_ids: str | None) -> str:
        return "".join(
            f" [{n}]"
            for n in sorted({numbers[s] for s in source_ids if s in numbers and s in catalog.sources})
        )

    heading = catalog.display_title(role)
    lines = [heading, "=" * len(heading)]
    if role.aliases:
        lines.append(_wrap(f"Also called: {', '.join(role.aliases)}", ""))
    lines.append(
        f"Track: {role.track.label} · {role.rank} · id {role.id} · pack {catalog.pack_name(role.pack)}"
    )
    if twins := catalog.equivalents(role):
        lines.append(
            _wrap("Same job as: " + ", ".join(f"{catalog.display_title(t)} ({t.id})" for t in twins), "")
        )
    lines += ["", _wrap(role.summary, "")]
    if role.responsibilities:
        lines += ["", "Responsibilities"]
        for area in dict.fromkeys(r.area for r in role.responsibilities):
            lines.append(f"  {area.value.capitalize()}")
            explained: set[str] = set()
            for r in role.responsibilities:
                if r.area is area:
                    lines += _bullets([_responsibility_line(r, explained) + cite(r.source)], "    ")
                    lines += _bullets([f"e.g. {example}" for example in r.examples], "      ")
    if role.watch_outs:
        lines += ["", "Watch-outs"] + _bullets(list(role.watch_outs))
    if role.skills:
        lines += ["", "Skills"] + _bullets(list(role.skills))
    lines += ["", "Experience asked", _wrap(role.experience.describe() + cite(*role.experience.sources))]
    if role.experience.notes:
        lines.append(_wrap(role.experience.notes))
    if role.education:
        lines += ["", "Education"] + _bullets(list(role.education))
    lines += ["", "Pay"]
    lines += (
        _bullets([s.describe() + cite(s.source) for s in role.salaries])
        if role.salaries
        else ["  No published figure in the sources."]
    )
    lines += ["", "Reporting lines"]
    lines.append(
        _hanging(
            f"Reports to: {', '.join(catalog.display_title(catalog.roles[r]) for r in role.reports_to) or '—'}"
        )
    )
    lines.append(
        _hanging(
            f"Manages: {', '.join(catalog.display_title(catalog.roles[r]) for r in role.manages) or '—'}"
        )
    )
    from explorer.core.career.ladder import next_moves

    moves = next_moves(catalog, role)
    if moves:
        lines += ["", "Next steps"]
        for move in moves:
            time = f" — {move.step.typical_time}" if move.step.typical_time else ""
            lines.append(_hanging(f"→ {move.target.title} ({move.step.kind.value}{time})", "      "))
            lines.append(_wrap(move.step.advice + cite(move.step.source), "      "))
    if role.title_notes:
        lines += ["", "Title notes"]
        lines += _bullets([n.text + cite(*n.sources) for n in role.title_notes])
    lines += ["", "Sources"]
    for number, source in _numbered_sources(catalog, role):
        lines.append(_hanging(f"[{number}] {source.publisher}, {source.date}: {source.title}", "      "))
        if source.note:
            lines.append(_wrap(source.note, "      "))
        if source.url:
            lines.append(f"      {source.url}")
    return "\n".join(lines)


def _responsibility_line(r: Responsibility, explained: set[str]) -> str:
    """The text, "core" when it is, and the competency, explained the first time it appears."""
    line = r.text + (" [core]" if r.is_core else "")
    if r.competency:
        about = f": {r.explanation}" if r.explanation and r.competency not in explained else ""
        explained.add(r.competency)
        line += f" ({r.competency}{about})"
    return line


def _numbered_sources(catalog: Catalog, role: Role) -> list[tuple[int, Source]]:
    numbered = enumerate(role.cited_sources(), start=1)
    return [
        (number, catalog.sources[source_id]) for number, source_id in numbered if source_id in catalog.sources
    ]


def role_json(catalog: Catalog, role: Role) -> dict[str, Any]:
    """The role as JSON, with the sources it cites spelled out under the numbers the text view uses."""
    return {
        **jsonable(role),
        "cited_sources": [
            {"number": number, **jsonable(source)} for number, source in _numbered_sources(catalog, role)
        ],
    }


def comparison(result: Comparison) -> str:
    half = (WIDTH - 3) // 2

    def columns(left: str, right: str, marker: str = " ") -> list[str]:
        left_lines = textwrap.wrap(left, half) or [""]
        right_lines = textwrap.wrap(right, half) or [""]
        rows = []
        for index in range(max(len(left_lines), len(right_lines))):
            l = left_lines[index] if index < len(left_lines) else ""
            r = right_lines[index] if index < len(right_lines) else ""
            rows.append(f"{l:<{half}} {marker if index == 0 else ' '} {r}")
        return rows

    left_title, right_title = (
        title or role.title for title, role in zip(result.titles, (result.left, result.right))
    )
    lines = columns(left_title, right_title) + ["-" * WIDTH]
    lines += [_wrap(note, "") for note in result.notes]
    for fact in result.facts:
        if fact.unknown_for_both:
            lines += [fact.label, "  not given for either"]
            continue
        lines.append(f"{fact.label}{' (differs)' if fact.differs else ''}")
        lines += columns(fact.left, fact.right, "≠" if fact.differs else "=")
    for kind, heading in (
        ("shared", "Responsibilities in both"),
        ("left-only", f"Only {left_title}"),
        ("right-only", f"Only {right_title}"),
    ):
        rows = result.rows_of(kind)
        if rows:
            lines += ["", heading]
            for row in rows:
                lines += columns(
                    row.left.text if row.left else "",
                    row.right.text if row.right else "",
                    "~" if kind == "shared" else " ",
                )
    lines.append("")
    for heading, skills in (
        ("Skills in both", result.skills_shared),
        (f"Only {left_title}", result.skills_left_only),
        (f"Only {right_title}", result.skills_right_only),
    ):
        lines.append(_hanging(f"{heading}: {', '.join(skills) or '—'}", "    ")[2:])
    return "\n".join(lines)


def ladders(catalog: Catalog, highlight: Role | None = None) -> str:
    from explorer.core.career.ladder import ladders_for, next_moves

    lines = []
    for ladder in ladders_for(catalog):
        if highlight and highlight.id not in ladder.roles:
            continue
        lines.append(f"{ladder.name} ({ladder.track.label} · {catalog.pack_name(ladder.pack)})")
        for role_id in reversed(ladder.roles):
            role = catalog.roles[role_id]
            marker = "▶" if highlight and role.id == highlight.id else " "
            rung = role.grade or (f"L{role.level}" if role.level is not None else "—")
            lines.append(f" {marker} {rung:<3} {catalog.display_title(role)}")
        lines.append("")
    if highlight:
        moves = next_moves(catalog, highlight)
        lines.append(f"From {catalog.display_title(highlight)}:")
        lines += [f"  → {catalog.display_title(m.target)} ({m.step.kind.value})" for m in moves] or [
            "  no next steps recorded"
        ]
    return "\n".join(lines).rstrip()


def gap(result: Gap) -> str:
    from explorer.core.career.gap import SECTIONS

    lines = [
        " → ".join(
            title or role.title for title, role in zip(result.titles, (result.current, result.target))
        ),
        "=" * WIDTH,
    ]
    if result.crosses_packs:
        lines.append("The route crosses packs through roles declared the same job (≈).")
    for section in SECTIONS:
        items = result.section(section)
        if items:
            lines += ["", f"{section} ({result.count(section)})"]
            lines += _bullets([item.text + (" [core]" if item.core else "") for item in items])
    return "\n".join(lines)


def gap_jsonable(result: Gap) -> dict[str, Any]:
    route = (
        None
        if result.path is None
        else [
            {
                "from": m.origin.id,
                "to": m.target.id,
                "kind": m.step.kind.value,
                "typical_time": m.step.typical_time,
                "advice": m.step.advice,
            }
            for m in result.path
        ]
    )
    return {
        "current": result.current.id,
        "target": result.target.id,
        "route": route,
        "crosses_packs": result.crosses_packs,
        "items": [jsonable(item) for item in result.items],
    }
