"""Opening the terminal app from the command line, only when there is a terminal to show it."""

from __future__ import annotations

import os
import sys
from pathlib import Path

from explorer.cli.output import EXIT_USAGE, warn


def open_app(content: list[Path], review: Path | None = None) -> int:
    # Textual paints through stderr and reads keys through stdin's terminal: both output streams
    # must be the terminal, or the app would run unseen. A served tab talks through a pipe.
    if not (sys.stdout.isatty() and sys.stderr.isatty()) and not os.environ.get("TEXTUAL_DRIVER"):
        hint = (
            "the app needs a terminal, and output is going elsewhere; for text, use a command "
            "such as 'role-explorer search QUERY' (see --help)"
        )
        if sys.stderr.isatty() or not sys.stdout.isatty():
            warn(hint)
        else:  # stderr goes to a file: say it where the person is looking
            print(f"role-explorer: {hint}")
        return EXIT_USAGE
    from explorer.tui.launch import launch

    return launch(content) if review is None else launch(content, review)
