"""Start the terminal app from the command line."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.core.common.collector import building_long_lived
from explorer.core.common.textsafe import clean
from explorer.core.content.library import load_library

if TYPE_CHECKING:
    from explorer.tui.keymap import CatalogEntry


def launch(extra_dirs: Sequence[Path] = (), review: Path | None = None) -> int:
    """The app; with `review`, opened on that mentor review file (read first: a bad file is one line)."""
    # The shipped library and the user's folder are small: load them now. Packs named with
    # --content can be large, so the app loads them in the background after the first screen.
    # Importing Textual and the app builds long-lived objects too: no collection meanwhile.
    with building_long_lived():
        from explorer.tui.app import RoleExplorerApp, create_app

        app: RoleExplorerApp
        if review is not None:
            from explorer.core.plans.review_file import ReviewError, read_review
            from explorer.tui.review_app import ReviewApp

            try:
                opened = read_review(review)
            except ReviewError as error:
                print(f"role-explorer: {clean(str(error))}", file=sys.stderr)
                return 1
            app = ReviewApp(load_library(), review, opened, pending_packs=list(extra_dirs))
        else:
            app = create_app(load_library(), pending_packs=list(extra_dirs))
    app.run()
    for message in app.exit_messages:  # after the screen is restored, so it stays readable
        print(f"role-explorer: {clean(message)}", file=sys.stderr)
    return app.return_code or 0


def key_bindings() -> list[CatalogEntry]:
    """Every remappable key binding (id, default keys, where, what it does), for `role-explorer keys`."""
    from explorer.tui.app import RoleExplorerApp
    from explorer.tui.binding_modules import binding_modules
    from explorer.tui.keymap import binding_catalog

    return binding_catalog(RoleExplorerApp, binding_modules())
