"""Pilot tests for search results: grouped by role, flat, partial matches, opening at a line."""

import pytest

from explorer.core.search.documents import HitKind
from explorer.tui.screens.detail import RoleDetailScreen, RoleLinks
from explorer.tui.screens.search import SearchScreen
from explorer.tui.widgets.results import PARTIAL_DIVIDER
from explorer.tui.widgets.role_view import MARKED

SIZE = (100, 30)


async def type_text(pilot, text: str) -> None:
    await pilot.press(*[("space" if ch == " " else ch) for ch in text])
    await pilot.pause()


def rows(app):
    results = app.screen.results
    return [results.row_at(i) for i in range(results.option_count)]


async def test_results_are_grouped_by_role_with_its_best_lines(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "roadmap")
        found = rows(app)
        headers = [r.role_id for r in found if r.hit is None]
        assert found[0].hit is None and len(headers) == len(set(headers)) > 3  # each role once
        for index, row in enumerate(found):
            if row.hit is not None:  # a line sits under its own role's header
                header = next(r for r in reversed(found[:index]) if r.hit is None)
                assert header.role_id == row.role_id
        assert max(sum(1 for r in found if r.hit and r.role_id == role) for role in headers) <= 3


async def test_ctrl_r_toggles_flat_and_keeps_the_place(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "roadmap")
        await pilot.press("down", "down")
        line = app.screen.results.current_row
        assert line.hit is not None
        await pilot.press("ctrl+r")
        assert all(r.hit is not None for r in rows(app))
        assert app.screen.results.current_row.hit is line.hit
        await pilot.press("ctrl+r")
        assert app.screen.results.current_row.hit is line.hit


async def test_partial_matches_come_after_a_visible_divider(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "stakeholder management")
        results = app.screen.results
        prompts = [str(results.get_option_at_index(i).prompt) for i in range(results.option_count)]
        divider = prompts.index(PARTIAL_DIVIDER)
        assert results.get_option_at_index(divider).disabled
        assert all(r.hit is None or not r.hit.partial for r in rows(app)[:divider])
        assert all(r.hit is None or r.hit.partial for r in rows(app)[divider + 1 :])
        assert "partial matches below" in str(app.screen.query_one("#search-status").render())
        await pilot.press(*["down"] * divider)  # the cursor steps over the divider
        assert results.highlighted != divider


def marked_lines(screen) -> list[tuple[str, int]]:
    """(text, row on the scrolled body) of every marked span of the detail screen."""
    found = []
    for static, text in screen._sections:
        for span in text.spans:
            if span.style == MARKED:
                rows = (
                    len(text[: span.start].wrap(screen.app.console, static.content_size.width)) - 1
                    if span.start
                    else 0
                )
                found.append((text.plain[span.start : span.end], static.virtual_region.y + rows))
    return found


@pytest.mark.parametrize(
    "query, kind",
    [
        ("rank the program backlog", HitKind.RESPONSIBILITY),
        ("salary", HitKind.PAY),
        ("agile delivery", HitKind.SKILL),
        ("vp or head", HitKind.TITLE_NOTE),
        ("mba", HitKind.EDUCATION),
    ],
)
@pytest.mark.slow
async def test_enter_on_a_line_opens_the_role_at_that_line_marked(make_app, query, kind):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.press("ctrl+r")
        await type_text(pilot, query)
        results = app.screen.results
        results.highlighted = next(i for i, r in enumerate(rows(app)) if r.hit.doc.kind is kind)
        row = results.current_row
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        screen = app.screen
        assert isinstance(screen, RoleDetailScreen) and screen.role.id == row.role_id
        assert screen.line == row.hit.doc.text
        [(text, y)] = marked_lines(screen)
        if kind is not HitKind.PAY:  # a pay line is shown in its own words, not as searched
            assert text == row.hit.doc.text
        body = screen.query_one("#detail-body")
        assert body.scroll_y > 0 and body.scroll_y <= y < body.scroll_y + body.size.height


@pytest.mark.slow
async def test_enter_on_next_step_advice_highlights_that_link(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+r")
        await type_text(pilot, "agile")
        results = app.screen.results
        index = next(i for i, r in enumerate(rows(app)) if r.hit and r.hit.doc.kind is HitKind.ADVICE)
        results.highlighted = index
        advice = results.current_row.hit.doc.text
        await pilot.press("enter")
        await pilot.pause()
        await pilot.pause()
        links = app.screen.query_one("#detail-links", RoleLinks)
        assert advice in app.screen.link_line(links.highlighted)


async def test_no_match_says_so_and_suggests(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_text(pilot, "zzzqqq")
        assert app.screen.results.option_count == 0
        assert "No matches" in str(app.screen.query_one("#search-status").render())
        assert isinstance(app.screen, SearchScreen)


@pytest.mark.slow
async def test_hostile_lines_group_and_open_marked_and_literal(make_app, data_dir):
    from explorer.tui.text import clean

    app = make_app(data_dir / "hostile")
    async with app.run_test(size=(60, 20)) as pilot:
        await type_text(pilot, "budget")
        headers = [
            str(app.screen.results.get_option_at_index(i).prompt)
            for i, r in enumerate(rows(app))
            if r.hit is None
        ]
        assert any(h.startswith("[b]Hostile[/b] list[str] [@click=app.quit]") for h in headers)
        await pilot.press("ctrl+r")
        hostile = [
            i
            for i, r in enumerate(rows(app))
            if r.hit and r.role_id == "hostile-role" and r.hit.doc.kind is HitKind.RESPONSIBILITY
        ]
        assert len(hostile) >= 8
        for index in hostile:
            app.screen.results.highlighted = index
            line = app.screen.results.current_row.hit.doc.text
            await pilot.press("enter")
            await pilot.pause()
            await pilot.pause()
            screen = app.screen
            assert isinstance(screen, RoleDetailScreen) and screen.line == line
            marked = [
                text.plain[s.start : s.end]
                for _, text in screen._sections
                for s in text.spans
                if s.style == MARKED
            ]
            assert marked == [clean(line)] and "\x1b" not in marked[0]
            await pilot.press("escape")
            await pilot.pause()
        assert app.is_running and isinstance(app.screen, SearchScreen)
