"""Problems as lines for people: at most SHOWN_PER_KIND of one kind per file, then a count of the rest."""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterable, Sequence
from pathlib import Path

from explorer.core.content.model import Problem

SHOWN_PER_KIND = 20
_VARYING = re.compile(r"'[^']*'|\"[^\"]*\"|\d+")


def kind_of(problem: Problem) -> tuple[Path, str]:
    """The file and the message with its quoted names and numbers blanked: "unknown role '…'"."""
    return problem.path, _VARYING.sub("…", problem.message)


def capped_lines(problems: Sequence[Problem], per_kind: int = SHOWN_PER_KIND) -> list[str]:
    """One line per problem, in order, but after `per_kind` of a kind in a file, one line counting the rest."""
    totals = Counter(map(kind_of, problems))
    shown: Counter[tuple[Path, str]] = Counter()
    lines = []
    for problem in problems:
        kind = kind_of(problem)
        shown[kind] += 1
        if shown[kind] <= per_kind:
            lines.append(str(problem))
        if shown[kind] == per_kind and totals[kind] > per_kind:
            lines.append(f"{problem.path}: … and {totals[kind] - per_kind:,} more like this")
    return lines


def first_of(names: Iterable[str], count: int = SHOWN_PER_KIND) -> str:
    """'a, b, c' for at most `count` names, then '… and N more'."""
    names = list(names)
    listed = ", ".join(names[:count])
    return listed if len(names) <= count else f"{listed} … and {len(names) - count:,} more"
