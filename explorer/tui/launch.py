"""Start the terminal app from the command line."""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

from explorer.core.library import load_library


def launch(extra_dirs: Sequence[Path] = ()) -> int:
    from explorer.tui.app import create_app

    app = create_app(load_library(extra_dirs))
    app.run()
    return app.return_code or 0
