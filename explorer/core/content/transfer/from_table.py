"""Read a spreadsheet export (CSV or TSV with a header row) into a drafted pack.

Columns are found by their common names, in any case and with `_`, `-` or spaces; a
mapping such as {"responsibility": "Key behavior"} overrides the guess. Each row adds to a
role (found by its title and ladder): a responsibility, a skill, a summary, a grade.
"""

from __future__ import annotations

import csv
import io
import re

from explorer.core.common.plural import counted
from explorer.core.content.transfer.cells import unguarded
from explorer.core.content.transfer.draft import Draft, Duty, Unplaced, guess_area, importance_of

COLUMNS = {
    "id": ("id", "role id"),
    "title": ("title", "role", "job title", "role title", "job", "position", "job name"),
    "track": ("track", "path", "family", "job family", "career path", "track name"),
    "ladder": ("ladder", "ladder name", "path", "family", "job family", "career path"),
    "grade": ("grade", "level", "band", "job level", "grade label"),
    "level": ("shipped level", "level on shipped scale", "role explorer level"),
    "summary": ("summary", "role summary", "description of role", "role description"),
    "area": ("area", "competency", "category", "pillar", "theme", "dimension", "competency area"),
    "competency": ("competency",),  # only when an "area" column is there too: the team's own name for it
    "responsibility": (
        "responsibility",
        "responsibilities",
        "behaviour",
        "behavior",
        "key behaviour",
        "key behavior",
        "expectation",
        "expectations",
        "description",
        "duty",
        "duties",
    ),
    "skill": ("skill", "skills"),
    "explanation": ("explanation", "competency explanation", "competency description"),
    "importance": ("importance", "core or supporting"),
    "examples": ("examples", "example", "what good looks like"),
    "watch_out": ("watch out", "watch outs", "anti pattern", "anti patterns", "pitfalls", "misalignments"),
}
FIELDS = tuple(COLUMNS)
MAX_ROWS = 200_000
MAX_CELL = 20_000


class TableError(ValueError):
    pass


def _normal(header: str) -> str:
    return " ".join(re.sub(r"[_\-]+", " ", header.casefold()).split())


def _some(headers: list[str], shown: int = 12) -> str:
    """The first few headers, each cut short, and how many more there are."""
    names = ", ".join(h if len(h) <= 40 else h[:39] + "…" for h in headers[:shown])
    return names + (f" … ({len(headers) - shown} more)" if len(headers) > shown else "")


def find_columns(headers: list[str], mapping: dict[str, str]) -> dict[str, int]:
    """Field → column index, from `mapping` first and then the common names."""
    normal = [_normal(h) for h in headers]
    found: dict[str, int] = {}
    for field, header in mapping.items():
        if field not in COLUMNS:
            raise TableError(f"unknown field {field!r} in a column mapping; fields are {', '.join(FIELDS)}")
        if _normal(header) not in normal:
            raise TableError(f"no column called {header!r}; the columns are {_some(headers)}")
        found[field] = normal.index(_normal(header))
    for field, names in COLUMNS.items():
        if field not in found:
            index = next(
                (
                    normal.index(name)
                    for name in names
                    if name in normal and normal.index(name) not in found.values()
                ),
                None,
            )
            if index is not None:
                found[field] = index
    if "title" not in found:
        raise TableError(
            f"no column for the role's title (one of: {', '.join(COLUMNS['title'])}); "
            f"the columns are {_some(headers)}; map one with --column title=NAME"
        )
    return found


def sniff_delimiter(text: str, filename: str) -> str:
    if filename.casefold().endswith((".tsv", ".tab")):
        return "\t"
    first = text.split("\n", 1)[0]
    # Semicolons: spreadsheets saved where the comma is the decimal mark. Ties go to the comma.
    return max((",", "\t", ";"), key=first.count)


def table_rows(text: str, filename: str, delimiter: str | None = None) -> list[list[str]]:
    """Every row of a CSV or TSV text, the header first."""
    reader = csv.reader(io.StringIO(text, newline=""), delimiter=delimiter or sniff_delimiter(text, filename))
    rows = []
    for number, row in enumerate(reader, start=1):
        if number > MAX_ROWS:
            raise TableError(f"more than {MAX_ROWS:,} rows; split the file")
        rows.append(row)
    if not rows:
        raise TableError("the file is empty; a header row is needed")
    return rows


def read_table(
    text: str, filename: str, mapping: dict[str, str] | None = None, delimiter: str | None = None
) -> Draft:
    return read_rows(table_rows(text, filename, delimiter), mapping)


def read_rows(rows: list[list[str]], mapping: dict[str, str] | None = None) -> Draft:
    """A long table: one row per responsibility or skill, each naming its role."""
    headers = rows[0]
    columns = find_columns(headers, mapping or {})
    used = set(columns.values())
    draft = Draft(layout="a long table (a row per responsibility)")
    dropped: dict[int, list[tuple[int, str]]] = {}  # unused column → (row, value)
    for number, row in enumerate(rows[1:], start=2):
        _add_row(draft, number, row, columns)
        for index, value in enumerate(row):
            if index not in used and value.strip():
                dropped.setdefault(index, []).append((number, value.strip()))
    for index, values in dropped.items():
        name = headers[index] if index < len(headers) else f"column {index + 1} (no header)"
        shown = ", ".join(str(n) for n, _ in values[:5]) + (" …" if len(values) > 5 else "")
        draft.unplaced.append(
            Unplaced(
                1,
                f"{name}: {values[0][1]}",
                f"column not recognised; {counted(len(values), 'value')} in rows {shown}",
            )
        )
    return draft


def _add_row(draft: Draft, number: int, row: list[str], columns: dict[str, int]) -> None:
    def cell(field: str) -> str:
        index = columns.get(field)
        return (
            " ".join(unguarded(row[index]).split())[:MAX_CELL]
            if index is not None and index < len(row)
            else ""
        )

    if not any(value.strip() for value in row):
        return
    title = cell("title")
    if not title:
        draft.unplaced.append(
            Unplaced(number, " | ".join(v for v in row if v.strip()), "no title in this row")
        )
        return
    role = draft.role(title, cell("ladder") or cell("track"))
    role.track = role.track or cell("track")
    role.id = role.id or cell("id")
    role.grade = role.grade or cell("grade")
    level = cell("level")
    if level:
        if level.isdigit() and 1 <= int(level) <= 20:
            role.level = int(level)
        else:
            draft.unplaced.append(
                Unplaced(number, level, "shipped level must be a whole number from 1 to 20")
            )
    role.summary = role.summary or cell("summary")
    if text := cell("responsibility"):
        duty = Duty(text, guess_area(cell("area")), cell("competency") or cell("area"), cell("explanation"))
        duty.examples = _lines(row, columns.get("examples"))
        importance = importance_of(cell("importance"))
        if importance is None:
            draft.unplaced.append(
                Unplaced(number, cell("importance"), "importance must be core or supporting")
            )
        else:
            duty.importance = importance
        role.duties.append(duty)
    if skill := cell("skill"):
        role.skills.append(skill)
    if watch_out := cell("watch_out"):
        role.watch_outs.append(watch_out)


def _lines(row: list[str], index: int | None) -> list[str]:
    """A cell holding a list, one item a line."""
    if index is None or index >= len(row):
        return []
    return [" ".join(line.split())[:MAX_CELL] for line in row[index].splitlines() if line.strip()]
