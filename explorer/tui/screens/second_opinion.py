"""The plans screen's mentor copy and job-posting keys: the dialogs, and what comes of them."""

from __future__ import annotations

from pathlib import Path

from explorer.core.career.posting import PostingReader, plan_fit, reading_lines
from explorer.core.plans.readiness import covered_states
from explorer.core.plans.review_file import ReviewError, make_review, write_review
from explorer.core.search.readings import readings_of
from explorer.tui.dialogs.posting import Pasted, PostingDialog, PostingReport
from explorer.tui.dialogs.prompt import TextPrompt
from explorer.tui.export import exports_folder
from explorer.tui.screens.base import ExplorerScreen
from explorer.tui.text import home_relative


def ask_mentor_copy(screen: ExplorerScreen, name: str) -> None:
    """Ask where to write plan `name`'s review file, then write it (never over an existing file)."""
    app, explorer = screen.app, screen.explorer
    plan = explorer.plans.session.plan_of(name)
    try:
        review = make_review(name, plan, explorer.catalog)
    except LookupError as error:
        app.notify(f"{error} (t on a role)", markup=False)
        return
    default = exports_folder() / f"{name}-review.toml"

    def problem(text: str) -> str | None:
        path = Path(text.strip()).expanduser()
        if not text.strip():
            return "Give a file name."
        return "That file is already there; choose another name." if path.exists() else None

    def chosen(text: str | None) -> None:
        if text is None:
            return
        path = Path(text.strip()).expanduser()
        try:
            write_review(path, review, new=True)
        except ReviewError as error:
            app.notify(str(error), severity="error", markup=False, timeout=10)
            return
        app.notify(
            f"Wrote {home_relative(path)}: {len(review.lines)} responsibilities ({review.pack_label}). "
            f"It leaves out {review.leaves_out}. Your mentor opens it with: role-explorer review FILE",
            markup=False,
            timeout=12,
        )

    question = "Write a review file for your mentor (your states and evidence titles; never your notes) to:"
    app.push_screen(TextPrompt(question, str(default), check=problem), chosen)


def ask_posting(screen: ExplorerScreen) -> None:
    """The paste dialog; the pasted text is kept as a draft until it is read."""
    app, explorer = screen.app, screen.explorer

    def pasted(result: Pasted | None) -> None:
        if result is None:
            return
        explorer.posting_draft = result.text
        if not result.read:
            if result.text.strip():
                app.notify("The pasted ad is kept: p opens it again.", markup=False)
            return
        reader = PostingReader(explorer.catalog, readings_of(explorer.index))
        reading = reader.read(result.text)
        if not reading.matches:
            app.notify(
                "Nothing in it reads like a responsibility, skill, experience or education line.",
                markup=False,
            )
            return
        plan = explorer.plans.session.plan
        fit = plan_fit(reading, covered_states(plan)) if plan else None
        app.push_screen(PostingReport(reading_lines(explorer.catalog, reading, fit)))

    app.push_screen(PostingDialog(explorer.posting_draft), pasted)
