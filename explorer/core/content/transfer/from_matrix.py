"""Read a ladder matrix (one row per competency, one column per level) into a drafted pack.

The level columns are the trailing run of headers that read as level titles ("Junior PM",
"PM1", "Level 3", "Senior", "L4"), at least two of them, or every column from a given one.
Each level column becomes a role on one ladder, in column order; each row becomes one
responsibility per level, its name the competency, its category the area (mapped onto the
shipped areas, the team's word kept beside it when none fits), its description the
competency's explanation. A row whose category or name reads as watch-outs becomes each
role's watch-outs. The same matrix turned on its side (levels down the first column,
competencies across the header) is read by turning it back.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from explorer.core.content.transfer.draft import AREA_WORDS, Draft, Duty, Unplaced, guess_area, importance_of
from explorer.core.content.transfer.from_table import TableError

MAX_CELL = 20_000
MAX_COMPETENCY = 200
MIN_LEVELS = 2
MAX_LEVELS = 40  # a ladder, not a table of thousands of columns

# Words a level title is made of: seniority, proficiency scales (novice … expert), and the
# short names of the jobs themselves.
LEVEL_WORDS = frozenset(
    "intern junior associate entry mid medior intermediate senior staff principal lead leader distinguished "
    "fellow head director vp svp evp chief cpo apm pm spm gpm pmm tpm manager owner engineer designer "
    "analyst graduate apprentice trainee novice beginner competent proficient advanced expert master "
    "practitioner experienced foundation foundational".split()
)
_NUMBERED = re.compile(r"^(?:level|grade|band|step|tier|stage|rung|lvl)\s*\d{1,2}[a-z]?$")
_CODE = re.compile(r"^[a-z]{0,4}[\s-]?\d{1,2}(?:\.\d)?[a-z]?$")  # L4, PM1, IC3, E5, P 2, 3
_WATCH_OUT = re.compile(
    r"watch[\s-]?outs?|anti[\s-]?patterns?|misalign|pitfalls?|red flags?|warning signs?|derailers?"
    r"|common mistakes|what to avoid",
    re.IGNORECASE,
)
_BULLET = re.compile(r"^\s*(?:[-*•+]|\d{1,3}[.)])\s+")
NAME_HEADERS = (
    "parameter", "competency", "competencies", "skill", "name", "criteria", "criterion", "attribute",
    "behaviour", "behavior", "dimension", "expectation", "topic", "focus", "trait",
)  # fmt: skip
CATEGORY_HEADERS = ("category", "area", "pillar", "theme", "group", "section", "domain", "competency area")
DESCRIPTION_HEADERS = ("description", "definition", "explanation", "summary", "what it means", "details")
IMPORTANCE_HEADERS = ("importance", "core or supporting", "core supporting")


def _normal(text: str) -> str:
    return " ".join(re.sub(r"[_\-/()]+", " ", text.casefold()).split())


def reads_as_level(header: str) -> bool:
    """True for a header that names a level or a job at a level, not a field."""
    folded = _normal(header)
    if not folded or len(folded.split()) > 5:
        return False
    if _NUMBERED.match(folded) or _CODE.match(folded):
        return True
    words = re.split(r"[^a-z0-9]+", folded)
    return any(word in LEVEL_WORDS or re.fullmatch(r"[a-z]{1,4}\d{1,2}", word) for word in words)


def level_start(headers: list[str]) -> int | None:
    """Index of the first of the trailing level columns, when there are at least two."""
    start = len(headers)
    while start > 0 and not headers[start - 1].strip():
        start -= 1
    while start > 0 and reads_as_level(headers[start - 1]):
        start -= 1
    trailing = [h for h in headers[start:] if h.strip()]
    return start if len(trailing) >= MIN_LEVELS and start > 0 else None


@dataclass(frozen=True)
class _Leading:
    name: int
    category: int | None
    description: int | None
    importance: int | None


def _leading(headers: list[str]) -> _Leading:
    """Which of the columns before the levels hold the row's name, category and description."""
    normal = [_normal(h) for h in headers]

    def find(names: tuple[str, ...], taken: set[int]) -> int | None:
        return next((i for i, h in enumerate(normal) if h in names and i not in taken), None)

    importance = find(IMPORTANCE_HEADERS, set())
    category = find(CATEGORY_HEADERS, set())
    description = find(DESCRIPTION_HEADERS, set() if category is None else {category})
    taken = {i for i in (category, description, importance) if i is not None}
    name = find(NAME_HEADERS, taken)
    if name is None:
        name = next((i for i in range(len(headers)) if i not in taken), 0)
    rest = [i for i in range(len(headers)) if i not in taken and i != name]
    if category is None:
        category = next((i for i in rest if i < name), None)
    if description is None:
        description = next((i for i in rest if i > name), None)
    return _Leading(name, category, description, importance)


def _text(value: str) -> str:
    return " ".join(value.split())[:MAX_CELL]


def _items(cell: str) -> list[str]:
    """A cell's statements: one per bullet line when the cell is a list, else the whole cell.
    A cell with no letter or digit in it ("-", "—", "…") says nothing."""
    if not re.search(r"\w", cell):
        return []
    lines = [line for line in cell.splitlines() if line.strip()]
    if len(lines) > 1 and all(_BULLET.match(line) for line in lines):
        return [_text(_BULLET.sub("", line)) for line in lines]
    return [_text(_BULLET.sub("", cell))] if cell.strip() else []


def _known_area(label: str) -> bool:
    folded = label.casefold()
    return any(word in folded for words in AREA_WORDS.values() for word in words.split())


def read_matrix(headers: list[str], rows: list[tuple[int, list[str]]], start: int, ladder: str = "") -> Draft:
    """`rows` as (line number, cells); columns from `start` on are the levels."""
    draft = Draft(layout="a level matrix")
    levels = [(index, _text(h)) for index, h in enumerate(headers) if index >= start and h.strip()]
    if len(levels) > MAX_LEVELS:
        raise TableError(
            f"{len(levels):,} level columns; a ladder of more than {MAX_LEVELS} levels is refused"
        )
    roles = [draft.role(title, ladder) for _, title in levels]
    leading = _leading(headers[:start])
    category = ""
    for number, row in rows:
        if not any(cell.strip() for cell in row):
            continue

        def cell(index: int | None, row: list[str] = row) -> str:
            return _text(row[index]) if index is not None and index < len(row) else ""

        category = cell(leading.category) or category  # a category written once above its rows
        name = cell(leading.name) or category
        placed = False
        importance = importance_of(cell(leading.importance))
        if importance is None:
            draft.unplaced.append(
                Unplaced(number, cell(leading.importance), "importance must be core or supporting")
            )
        watch_outs = bool(_WATCH_OUT.search(category) or _WATCH_OUT.search(name))
        for (index, _), role in zip(levels, roles):
            for item in _items(row[index] if index < len(row) else ""):
                placed = True
                if watch_outs:
                    role.watch_outs.append(item)
                    continue
                own = name if _known_area(category or name) or not category else f"{category} · {name}"
                duty = Duty(
                    item, guess_area(category or name), own[:MAX_COMPETENCY], cell(leading.description)
                )
                duty.importance = importance or ""
                role.duties.append(duty)
        if not placed:
            shown = " | ".join(_text(v) for v in row if v.strip())
            draft.unplaced.append(Unplaced(number, shown, "no text under any level column"))
    return draft


def sideways_rows(headers: list[str], rows: list[tuple[int, list[str]]]) -> list[tuple[int, list[str]]]:
    """The rows whose first cell reads as a level, when at least two do and the header does not."""
    if level_start(headers) is not None:
        return []
    levels = [(n, row) for n, row in rows if row and reads_as_level(row[0])]
    return levels if len(levels) >= MIN_LEVELS else []


def read_sideways(headers: list[str], rows: list[tuple[int, list[str]]], ladder: str = "") -> Draft:
    """Levels down the first column: turned back into a matrix with one column per level."""
    levels = sideways_rows(headers, rows)
    width = max(len(headers), *(len(row) for _, row in levels))
    turned = [
        (1, [headers[c] if c < len(headers) else ""] + [row[c] if c < len(row) else "" for _, row in levels])
        for c in range(1, width)
    ]
    draft = read_matrix(["competency"] + [row[0] for _, row in levels], turned, 1, ladder)
    draft.layout = "a sideways matrix (a row per level)"
    kept = {n for n, _ in levels}
    draft.unplaced = [
        Unplaced(n, " | ".join(_text(v) for v in row if v.strip()), "first cell does not read as a level")
        for n, row in rows
        if n not in kept and any(v.strip() for v in row)
    ] + [Unplaced(1, item.text, "column has no text at any level") for item in draft.unplaced]
    return draft
