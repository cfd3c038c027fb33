"""How the command line prints: cleaned text, strict JSON, exit codes, one-line warnings."""

from __future__ import annotations

import json
import sys
from typing import Any

from explorer.core.common.plural import counted
from explorer.core.common.textsafe import clean, json_safe

EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE = 0, 1, 2


def say(text: str) -> None:
    """Print text for a person, with control characters shown rather than obeyed."""
    print(clean(text))


def say_json(value: Any) -> None:
    from explorer.cli.render import jsonable

    print(json_safe(json.dumps(jsonable(value), indent=2, ensure_ascii=False, allow_nan=False)))


def warn(message: str) -> None:
    print(f"role-explorer: {clean(message)}", file=sys.stderr)


def warn_problems(result: Any) -> None:
    """One line on stderr when loading skipped bad content."""
    warn_problem_count(len(result.problems))


def warn_problem_count(count: int) -> None:
    if count:
        warn(f"{counted(count, 'content problem')} skipped; run 'role-explorer validate' for details")
