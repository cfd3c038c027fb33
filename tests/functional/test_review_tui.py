"""The mentor's review screen: both ratings side by side, space rates, c comments, saved in the file.

The review is opened in a profile with no plans, and leaves none behind.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest

from explorer import locations
from explorer.core.content.loader import load_catalog
from explorer.core.plans.evidence import Evidence, Readiness
from explorer.core.plans.model import Plan
from explorer.core.plans.readiness import add_evidence, assess
from explorer.core.plans.review_file import make_review, read_review, write_review
from explorer.tui.review_app import ReviewApp

TARGET = "senior-product-manager"
HOSTILE = (Path(__file__).parents[1] / "data" / "hostile" / "hostile.toml").read_text(encoding="utf-8")
HOSTILE_LINE = "[b]Hostile[/b] list[str] [@click=app.quit] \x1b[31mred\x1b[0m \u202eltr"


@pytest.fixture
def review_path(tmp_path) -> Path:
    catalog = load_catalog([locations.shipped_content_dir()]).catalog
    role = catalog.roles[TARGET]
    first = role.responsibilities[0]
    plan = Plan(HOSTILE_LINE, current_role="product-manager", target_role=TARGET)
    plan = assess(plan, f"{TARGET}#{first.id}", Readiness.EVIDENCED, first.text)
    plan, _ = add_evidence(
        plan, Evidence("", dt.date(2026, 2, 3), HOSTILE_LINE, supports=(f"{TARGET}#{first.id}",))
    )
    path = tmp_path / "review.toml"
    write_review(path, make_review("move-up", plan, catalog), new=True)
    return path


def _app(path: Path, tmp_path: Path) -> ReviewApp:
    result = load_catalog([locations.shipped_content_dir()])
    return ReviewApp(result, path, read_review(path), settings_path=tmp_path / "config.toml")


async def test_rate_comment_and_name_are_saved_in_the_file(review_path, tmp_path):
    app = _app(review_path, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        assert type(app.screen).__name__ == "ReviewScreen"
        await pilot.press("space", "space")  # not rated → not yet → learning
        assert read_review(review_path).lines[0].mentor_state is Readiness.LEARNING
        await pilot.press("shift+space")
        assert read_review(review_path).lines[0].mentor_state is Readiness.NOT_YET
        await pilot.press("c")
        await pilot.press(*"not yet at senior scope", "enter")
        await pilot.press("n", *"Dana", "enter")
        await pilot.pause()
    saved = read_review(review_path)
    assert saved.lines[0].mentor_comment == "not yet at senior scope" and saved.mentor == "Dana"
    assert not list(locations.plans_dir().glob("*.toml"))  # no plan in the mentor's own data


async def test_hostile_words_render_literally(review_path, tmp_path):
    app = _app(review_path, tmp_path)
    async with app.run_test(size=(100, 30)) as pilot:
        await pilot.pause()
        title = str(app.screen.query_one("#review-title").render())
        assert "[b]Hostile[/b] list[str] [@click=app.quit]" in title and "\x1b" not in title
        assert app.is_running  # the [@click=app.quit] in the title did not quit


@pytest.mark.parametrize("size", [(100, 30), (80, 24), (60, 20)], ids=["100x30", "80x24", "60x20"])
def test_review_screen_snapshot(review_path, tmp_path, snap_compare, size):
    async def rate(pilot):
        await pilot.pause()
        await pilot.press("space", "space", "down")
        pilot.app.clear_notifications()  # the toasts are tested above; here, the rows
        await pilot.pause()

    assert snap_compare(_app(review_path, tmp_path), terminal_size=size, run_before=rate)
