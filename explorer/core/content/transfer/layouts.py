"""Which reader a file goes to, and the layouts `import` understands, each with an example."""

from __future__ import annotations

from explorer.core.content.transfer.draft import Draft, Unplaced
from explorer.core.content.transfer.from_matrix import level_start, read_matrix, read_sideways, sideways_rows
from explorer.core.content.transfer.from_table import TableError, read_rows

HEADER_SEARCH = 10  # rows a matrix's header may sit below a title or notes

LAYOUTS = (
    (
        "Long table (CSV, TSV or .xlsx): one row per responsibility, naming its role",
        "title,area,responsibility\nProduct Manager,Delivery,Runs the backlog for one team",
    ),
    (
        "Level matrix: one row per competency, one column per level (or --levels-from-column N)",
        (
            "Category,Competency,Description,Junior PM,PM,Senior PM\n"
            "Delivery,Shipping,Getting work out,Ships with help,Ships alone,Sets the pace"
        ),
    ),
    (
        "Sideways matrix: one row per level, one column per competency",
        "Level,Shipping,Discovery\nJunior PM,Ships with help,Joins interviews\nPM,Ships alone,Runs interviews",
    ),
    (
        "Markdown framework: a heading per role, bullets per responsibility",
        "## Product Manager\n### Delivery\n- Runs the backlog for one team",
    ),
    (
        "YAML framework (Monzo layout; a .yml file or front matter), with --levels NAMES",
        (
            "levels: 2\ntopics:\n  - title: Delivery\n    content:\n      - level: 1\n"
            "        criteria: [Ships with help]\n        exampleCriteria:\n"
            "          - criteria: Breaks work down\n            examples: [Split a launch into three releases]"
        ),
    ),
)


def layouts_help() -> str:
    parts = ["The layouts import understands:"]
    for title, sample in LAYOUTS:
        parts.append(f"\n  {title}, e.g.")
        parts += [f"      {line}" for line in sample.splitlines()]
    return "\n".join(parts)


def read_sheet(
    rows: list[list[str]], mapping: dict[str, str], levels_from: int | None = None, ladder: str = ""
) -> Draft:
    """A sheet's rows as a level matrix, a long table, a sideways matrix, or a matrix below a title.

    The first row is the header, except for a matrix, whose header may sit a few rows down."""
    headers = rows[0]
    body = list(enumerate(rows[1:], start=2))
    if levels_from is not None:
        if not 2 <= levels_from <= len(headers):
            raise TableError(
                f"--levels-from-column {levels_from}: the levels start after the competency's name, "
                f"so give a column from 2 to {len(headers)}"
            )
        return read_matrix(headers, body, levels_from - 1, ladder)
    if not mapping and (start := level_start(headers)) is not None:
        return read_matrix(headers, body, start, ladder)
    try:
        return read_rows(rows, mapping)
    except TableError:
        if mapping:
            raise
        if sideways_rows(headers, body):
            return read_sideways(headers, body, ladder)
        if (found := _matrix_header(rows)) is not None:
            return _matrix_below(rows, *found, ladder)
        raise


def _matrix_below(rows: list[list[str]], top: int, start: int, ladder: str) -> Draft:
    """A matrix whose header sits below a title or notes; the lines above are reported."""
    draft = read_matrix(rows[top], list(enumerate(rows[top + 1 :], start=top + 2)), start, ladder)
    draft.layout = f"a level matrix whose header is row {top + 1}"
    draft.unplaced[:0] = [
        Unplaced(number, " | ".join(v.strip() for v in row if v.strip()), "above the header row")
        for number, row in enumerate(rows[:top], start=1)
        if any(v.strip() for v in row)
    ]
    return draft


def _matrix_header(rows: list[list[str]]) -> tuple[int, int] | None:
    """The header row of a level matrix (a title or notes may sit above it) and its first level column."""
    for top, row in enumerate(rows[1:HEADER_SEARCH], start=1):
        if (start := level_start(row)) is not None:
            return top, start
    return None


def placed_nothing(draft: Draft) -> bool:
    return not any(
        role.duties or role.skills or role.watch_outs or role.summary for role in draft.roles.values()
    )
