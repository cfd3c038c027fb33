"""The app opened on a mentor review file (`role-explorer review FILE`): the review screen first."""

from __future__ import annotations

from pathlib import Path

from explorer.core.content.model import LoadResult
from explorer.core.plans.review_file import Review
from explorer.tui.app import RoleExplorerApp
from explorer.tui.screens.review import ReviewScreen


class ReviewApp(RoleExplorerApp):
    """The whole app, opened on one review; the rest of it works as usual behind the screen."""

    def __init__(self, load_result: LoadResult, path: Path, review: Review, **options: object) -> None:
        super().__init__(load_result, **options)  # type: ignore[arg-type]
        self.review_screen = ReviewScreen(path, review)

    def on_mount(self) -> None:
        # Textual runs the base class's on_mount too; this only adds the review on top.
        self.push_screen(self.review_screen)
