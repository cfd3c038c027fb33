"""The mentor's side: a review file opened on its own, both ratings side by side.

Nothing here touches the mentor's own plans: every change is written into the review file
at once (atomically), and the screen says what changed and which key takes it back.
"""

from __future__ import annotations

from pathlib import Path

from rich.table import Table
from rich.text import Text
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import Vertical
from textual.widgets import Static
from textual.widgets.option_list import Option

from explorer.core.plans.evidence import Readiness
from explorer.core.plans.review_file import Review, ReviewError, ReviewLine, rate, write_review
from explorer.tui.dialogs.prompt import TextPrompt
from explorer.tui.screens.base import ExplorerScreen
from explorer.tui.text import clipped, labelled_row, plain
from explorer.tui.widgets.footer import PriorityFooter
from explorer.tui.widgets.lists import SafeOptionList
from explorer.tui.widgets.readiness_marks import label, mark


def _stepped(state: Readiness | None, step: int) -> Readiness:
    if state is None:
        return Readiness.NOT_YET if step > 0 else Readiness.EVIDENCED
    return state.next() if step > 0 else state.previous()


class ReviewList(SafeOptionList):
    BINDINGS = [
        Binding(
            "shift+space",
            "screen.rate(-1)",
            "Rate back",
            id="review.rate_back",
            show=False,
            tooltip="Change your rating of the highlighted line one state back",
        ),
    ]


class ReviewScreen(ExplorerScreen):
    CSS_PATH = "review.tcss"
    HELP_NAME = "Mentor review"
    BINDINGS = [
        Binding(
            "space",
            "rate(1)",
            "Rate",
            id="review.rate",
            tooltip="Your rating of the highlighted line: not yet → learning → doing it → evidenced",
        ),
        Binding(
            "c",
            "comment",
            "Comment",
            id="review.comment",
            tooltip="Write your comment on the highlighted line",
        ),
        Binding("n", "mentor", "Your name", id="review.mentor", tooltip="The name your view is kept under"),
    ]

    def __init__(self, path: Path, review: Review) -> None:
        super().__init__()
        self.path = path
        self.review = review

    def compose(self) -> ComposeResult:
        with Vertical(id="review-body"):
            yield Static(id="review-title")
            yield ReviewList(id="review-items")
        yield PriorityFooter()

    def on_mount(self) -> None:
        self.refresh_view()
        self.query_one("#review-items").focus()

    def refresh_view(self) -> None:
        review = self.review
        route = f"{review.current_title or '?'} → {review.target_title or '?'}"
        who = review.mentor or "not named yet (n)"
        title = Text.assemble(
            plain(f"Review of plan {review.plan_title} ({route})", "bold"),
            "\n",
            plain(f"pack {review.pack_label} · your name: {who} · file {self.path.name}", "dim"),
            "\n",
            plain("space rates · c comments · n your name · every change is saved in the file", "dim"),
        )
        self.query_one("#review-title", Static).update(title)
        items = self.query_one("#review-items", ReviewList)
        keep = items.highlighted
        items.clear_options()
        for line in review.lines:
            items.add_option(Option(self._row(line)))
        items.highlighted = (
            keep if keep is not None and keep < len(review.lines) else (0 if review.lines else None)
        )

    @staticmethod
    def _row(line: ReviewLine) -> Table:
        theirs = Text.assemble(
            plain("theirs: ", "dim"), mark(line.own_state), plain(f" {label(line.own_state)}")
        )
        yours = Text.assemble(
            plain("   yours: ", "dim"),
            mark(line.mentor_state),
            plain(f" {line.mentor_state.label if line.mentor_state else 'not rated'}"),
        )
        if line.mentor_state is not None and line.mentor_state is not line.own_state:
            yours.append("  ≠", "bold yellow")
        parts: list[Text] = [plain(line.text), Text.assemble(theirs, yours)]
        if line.mentor_comment:
            parts.append(plain(f"“{line.mentor_comment}”", "italic"))
        for entry in line.evidence:
            parts.append(plain(f"{entry.date.isoformat()} {entry.title}", "dim"))
        return labelled_row(Text(" "), 1, *parts)

    def _highlighted(self) -> ReviewLine | None:
        index = self.query_one("#review-items", ReviewList).highlighted
        return self.review.lines[index] if index is not None and index < len(self.review.lines) else None

    def _save(self, review: Review, message: str) -> None:
        try:
            write_review(self.path, review)
        except ReviewError as error:
            self.notify(f"{error}; your change is kept on screen", severity="error", markup=False, timeout=10)
        else:
            self.notify(message, markup=False)
        self.review = review
        self.refresh_view()

    def action_rate(self, step: int = 1) -> None:
        line = self._highlighted()
        if line is None:
            return
        state = _stepped(line.mentor_state, step)
        was = line.mentor_state.label if line.mentor_state else "not rated"
        self._save(
            rate(self.review, line.ref, state),
            f"Saved: {state.label} (was {was}; space/shift+space to change): {clipped(line.text, 50)}",
        )

    def action_comment(self) -> None:
        line = self._highlighted()
        if line is None:
            return

        def written(text: str | None) -> None:
            if text is None:
                return
            rated = "" if line.mentor_state else "; rate the line too (space), or the merge leaves it out"
            self._save(rate(self.review, line.ref, None, text), f"Comment saved (c to change it){rated}")

        self.app.push_screen(
            TextPrompt(f"Your comment on: {clipped(line.text, 80)}", line.mentor_comment), written
        )

    def action_mentor(self) -> None:
        def named(text: str | None) -> None:
            if text is not None and text.strip():
                from dataclasses import replace

                self._save(
                    replace(self.review, mentor=text.strip()), f"Your view is kept as {text.strip()}'s"
                )

        self.app.push_screen(TextPrompt("Your name, as the plan will show it", self.review.mentor), named)
