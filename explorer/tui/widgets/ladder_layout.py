"""Where every role of the ladder grid goes, as lines of Rich Text and a region per role.

The grid draws its own layout (rather than a Rich Table) so that it knows exactly which
cells a role covers: that is what scrolls into view, and what a click lands on.
"""

from __future__ import annotations

from dataclasses import dataclass

from rich.cells import cell_len, chop_cells
from rich.text import Text
from textual.geometry import Region

from explorer.core.career.rungs import Rungs
from explorer.core.content.model import Catalog, Ladder, Role
from explorer.tui.text import clean

LEVEL_WIDTH = 3  # the row label column: a level ("3") or a pack's own grade ("L5", "12")
MAX_LABEL = 5
GAP = 2
MIN_COLUMN = 12
CONTINUATION = "  "  # a wrapped title's later lines are indented, so two roles never blur into one


@dataclass(frozen=True)
class Marks:
    selected: str = ""
    current: str | None = None
    target: str | None = None
    column: int = 0  # the ladder the selection is in: a role on two ladders stays on the one you came from
    target_note: str = ""  # drawn after the ★ target's title, e.g. the readiness count


@dataclass(frozen=True)
class LadderLayout:
    header: tuple[Text, ...]  # ladder names, drawn above the scrolling part so they stay in view
    lines: tuple[Text, ...]
    spots: dict[str, Region]
    shown: tuple[int, ...]  # indices of the ladders drawn, left to right


def fits_side_by_side(ladder_count: int, width: int) -> bool:
    return width >= MAX_LABEL + ladder_count * (MIN_COLUMN + GAP)


def wrap_words(text: str, width: int, indent: str = CONTINUATION) -> list[str]:
    """Greedy word wrap by terminal cells; later lines carry the hanging `indent`.

    A word longer than the room is cut across lines.
    """
    width = max(width, len(indent) + 1)
    lines: list[str] = []
    line = ""

    def room() -> int:
        return width if not lines else width - len(indent)

    for word in clean(text).split():
        candidate = f"{line} {word}" if line else word
        if cell_len(candidate) <= room():
            line = candidate
            continue
        if line:
            lines.append(line)
            line = ""
        while cell_len(word) > room():
            piece = chop_cells(word, room())[0]
            lines.append(piece)
            word = word[len(piece) :]
        line = word
    lines.append(line)
    return [lines[0], *(indent + rest for rest in lines[1:])]


def _role_lines(role: Role, width: int, marks: Marks, show_grade: bool) -> list[Text]:
    prefix = ("▶ " if role.id == marks.current else "") + ("★ " if role.id == marks.target else "")
    suffix = f" ({role.grade})" if show_grade and role.grade else ""
    if role.id == marks.selected:
        style = "bold reverse"
    elif role.id == marks.current:
        style = "bold green"
    elif role.id == marks.target:
        style = "bold yellow"
    else:
        style = ""
    lines = []
    note = f" {marks.target_note}" if role.id == marks.target and marks.target_note else ""
    for line in wrap_words(prefix + role.title + suffix + note, width):
        text = Text(line, style=style)
        text.pad_right(width - cell_len(line))
        lines.append(text)
    return lines


def _pad(text: Text, width: int) -> Text:
    text = text.copy()
    text.truncate(width)
    text.pad_right(width - text.cell_len)
    return text


def lay_out(
    catalog: Catalog,
    ladders: list[Ladder],
    width: int,
    marks: Marks,
    single: bool,
    rungs: Rungs,
    show_grades: bool = False,
) -> LadderLayout:
    """Ladders as columns, the highest rung at the top; one column only when `single`.

    Rows are `rungs`: levels, or a pack's own grades. With `show_grades`, each role's own
    grade follows its title (several packs lined up on the shared levels).
    """
    shown = (min(marks.column, len(ladders) - 1),) if single else tuple(range(len(ladders)))
    label_width = min(max([LEVEL_WIDTH, *(len(rungs.label(row)) for row in rungs.rows())]), MAX_LABEL)
    column_width = max((width - label_width - GAP * len(shown)) // max(len(shown), 1), 4)
    x_of = [label_width + GAP + n * (column_width + GAP) for n in range(len(shown))]

    lines: list[Text] = []
    if single:
        index = shown[0]
        title = f"◀ {index + 1}/{len(ladders)} ▶  {ladders[index].name}"
        lines.extend(_pad(Text(line, "bold"), width) for line in wrap_words(title, width))
        lines.append(_pad(Text("left/right: the other ladders", "dim"), width))
    else:
        names = [wrap_words(ladders[i].name, column_width, indent="") for i in shown]
        for row in range(max(len(n) for n in names)):
            line = Text(" " * (label_width + GAP))
            for n, wrapped in enumerate(names):
                name = Text.assemble((wrapped[row] if row < len(wrapped) else "", "bold underline"))
                line.append_text(_pad(name, column_width))
                if n < len(names) - 1:
                    line.append(" " * GAP)
            lines.append(line)
    header = tuple(lines)

    lines = []
    spots: dict[str, Region] = {}
    rows = sorted({rungs.position[r] for i in shown for r in ladders[i].roles}, reverse=True)
    for rung in rows:
        cells: list[list[Text]] = []
        for n, i in enumerate(shown):
            cell: list[Text] = []
            for role_id in ladders[i].roles:
                if rungs.position[role_id] == rung:
                    role_lines = _role_lines(catalog.roles[role_id], column_width, marks, show_grades)
                    if role_id not in spots or i == marks.column:
                        spots[role_id] = Region(
                            x_of[n], len(lines) + len(cell), column_width, len(role_lines)
                        )
                    cell.extend(role_lines)
            cells.append(cell)
        label = rungs.label(rung)[:label_width]
        for row in range(max(len(cell) for cell in cells)):
            line = Text(f"{label:>{label_width}}" if row == 0 else " " * label_width, "dim")
            for n, cell in enumerate(cells):
                line.append(" " * GAP)
                line.append_text(cell[row] if row < len(cell) else Text(" " * column_width))
            lines.append(line)
    return LadderLayout(header, tuple(lines), spots, shown)
