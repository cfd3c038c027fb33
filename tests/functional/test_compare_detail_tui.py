"""Compare (lists, titles in view, change sides, gap, add), detail (focus, no nested scroll, width, copy) and h/t asking first."""

import pytest
from rendered import as_text, as_words

from explorer.tui.dialogs.confirm import ConfirmScreen
from explorer.tui.dialogs.picker import RolePicker
from explorer.tui.screens.detail import RoleDetailScreen
from explorer.tui.screens.gap import GapScreen

SIZE = (100, 30)


def shown(widget) -> str:
    return str(widget.render())


async def open_comparison(app, pilot, left="senior-product-manager", right="director-of-product-management"):
    app.open_comparison(left, right)
    await pilot.pause()
    return app.screen


async def test_only_lists_are_separate_and_titles_stay_in_view(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        screen = await open_comparison(app, pilot)
        comparison = screen.comparison
        left_list = screen.query_one("#compare-only-left")
        right_list = screen.query_one("#compare-only-right")
        assert left_list.option_count == len(comparison.rows_of("left-only")) > 0
        assert right_list.option_count == len(comparison.rows_of("right-only")) > 0
        assert "Only in A: Senior Product Manager" in shown(screen.query_one("#compare-only-left-title"))
        assert "Only in B: Director of Product Management" in shown(
            screen.query_one("#compare-only-right-title")
        )
        right_texts = {as_words(option.prompt) for option in right_list.options}
        assert all(row.right.text in " ".join(right_texts) for row in comparison.rows_of("right-only"))
        assert not any(row.left.text in " ".join(right_texts) for row in comparison.rows_of("left-only"))
        titles = screen.query_one("#compare-titles")
        await pilot.press("end")
        await pilot.pause()
        assert screen.query_one("#compare-body").scroll_y > 0
        assert titles.region.y == 0 and titles.region.height > 0  # still at the top, not scrolled away


async def test_the_similarity_is_explained_in_one_line_beside_pairs(make_app):
    from explorer.tui.screens.compare import glance_and_shared

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_comparison(app, pilot, "associate-product-manager", "product-manager")
        text = " ".join(as_text(glance_and_shared(screen.comparison)).split())
        assert "≈ % = how similar the wording is (F1 says how it is worked out)" in text
        assert "≈ " in text.split("In both", 1)[1]


async def test_change_either_side_and_swap(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_comparison(app, pilot)
        await pilot.press("2")
        await pilot.pause()
        assert isinstance(app.screen, RolePicker)
        await pilot.press(*"chief product", "enter")
        await pilot.pause()
        assert (screen.left.id, screen.right.id) == ("senior-product-manager", "chief-product-officer")
        await pilot.press("1")
        await pilot.press(*"product owner", "enter")
        await pilot.pause()
        assert (screen.left.id, screen.right.id) == ("product-owner", "chief-product-officer")
        from explorer.tui.screens.compare import titles

        assert "A · Product Owner" in as_text(
            titles(screen.comparison)
        ) and "B · Chief Product Officer" in as_text(titles(screen.comparison))
        await pilot.press("s")
        assert (screen.left.id, screen.right.id) == ("chief-product-officer", "product-owner")


async def test_g_opens_the_gap_between_the_two_and_a_adds_a_difference(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_comparison(app, pilot)
        first_of_b = screen.comparison.rows_of("right-only")[0].right
        await pilot.press("a")
        await pilot.pause()
        plan = app.plan_session.plan
        assert plan is not None and plan.steps[-1].text == f"Take on: {first_of_b.text}"
        messages = [n.message for n in app._notifications]
        assert any(
            "Started “My plan” and added: Take on:" in m and "ctrl+z undoes it" in m for m in messages
        ), messages
        assert not any(".." in m for m in messages), messages  # the duty's own full stop is not doubled
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.plan_session.plan.steps == ()
        screen.query_one("#compare-only-left").focus()
        await pilot.press("a")
        assert app.plan_session.plan.steps[-1].text.startswith("Hand over: ")
        await pilot.press("g")
        await pilot.pause()
        assert isinstance(app.screen, GapScreen)
        assert "Senior Product Manager → Director of Product Management" in shown(
            app.screen.query_one("#gap-title")
        )
        assert (app.plan_session.plan.current_role, app.plan_session.plan.target_role) == (
            None,
            None,
        )  # the plan is untouched


async def test_hostile_roles_in_the_compare_lists_and_the_confirm_dialog(make_app, data_dir):
    app = make_app(data_dir / "hostile")
    async with app.run_test(size=SIZE) as pilot:
        screen = await open_comparison(app, pilot, "hostile-role", "plain-role")
        listed = "\n".join(as_text(o.prompt) for o in screen.query_one("#compare-only-left").options)
        assert "[b]Hostile[/b]" in listed or "[@click=app.quit]" in listed
        assert "\x1b" not in listed
        app.open_role("hostile-role")
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        question = shown(app.screen.query_one("#confirm-question"))
        assert app.catalog.role("hostile-role").title.replace("\x1b", "␛") in question
        await pilot.press("escape")
        await pilot.pause()
        assert app.is_running and app.plan_session.plan is None


async def test_h_and_t_ask_first_and_escape_changes_nothing(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.open_role("product-manager")
        await pilot.pause()
        await pilot.press("h")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Start a plan, “My plan”, with Product Manager as where you are?" in shown(
            app.screen.query_one("#confirm-question")
        )
        await pilot.press("escape")
        await pilot.pause()
        assert app.plan_session.plan is None and app.plan_session.names == []  # nothing created
        await pilot.press("h", "y")
        await pilot.pause()
        assert app.plan_session.plan.current_role == "product-manager"
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("up", "h")
        await pilot.pause()
        assert "Set Senior Product Manager as where you are in “My plan”?" in shown(
            app.screen.query_one("#confirm-question")
        )
        assert "Now: Product Manager." in shown(app.screen.query_one("#confirm-detail"))
        await pilot.press("enter")  # Enter presses the focused Yes
        await pilot.pause()
        assert app.plan_session.plan.current_role == "senior-product-manager"
        messages = [n.message for n in app._notifications]
        assert any(
            "You are here in “My plan”: Senior Product Manager (was Product Manager). ctrl+z undoes it." in m
            for m in messages
        )
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert app.plan_session.plan.current_role == "product-manager"
        assert app.screen.grid.current_role == "product-manager"


async def test_detail_focus_starts_on_the_links_and_enter_opens(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.open_role("head-of-product")
        await pilot.pause()
        assert app.focused.id == "detail-links"
        await pilot.press("enter")
        await pilot.pause()
        assert (
            isinstance(app.screen, RoleDetailScreen)
            and app.screen.role.id == "director-of-product-management"
        )


async def test_detail_has_no_scroll_inside_the_page(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_role("head-of-product")
        await pilot.pause()
        links = app.screen.query_one("#detail-links")
        assert links.max_scroll_y == 0 and links.option_count >= 9  # reports to, manages, next steps
        await pilot.press("end")  # the last link: the page scrolls to it
        await pilot.pause()
        body = app.screen.query_one("#detail-body")
        assert body.scroll_y > 0
        last = links.region.y + links.region.height - 2
        assert body.region.y <= last < body.region.bottom


@pytest.mark.parametrize("width", [200, 120])
async def test_detail_lines_stay_readable_at_wide_sizes(make_app, width):
    app = make_app()
    async with app.run_test(size=(width, 50)) as pilot:
        app.open_role("head-of-product")
        await pilot.pause()
        for widget in app.screen.query("#detail-body > *"):
            assert widget.region.width <= 100


async def test_wrapped_bullets_hang_under_their_text(make_app):
    app = make_app()
    async with app.run_test(size=(60, 40)) as pilot:
        app.open_role("head-of-product")
        await pilot.pause()
        section = next(
            w for w in app.screen.query("#detail-body HangingText") if "Responsibilities" in w.text.plain
        )
        lines = str(section.render()).split("\n")
        bullets = [n for n, line in enumerate(lines) if line.startswith("  • ")]
        continued = [
            lines[n + 1]
            for n in bullets
            if n + 1 < len(lines) and lines[n + 1].startswith(" ") and not lines[n + 1].startswith("  • ")
        ]
        assert continued, "no bullet wrapped at 60 columns"
        assert all(line.startswith("    ") and line[4] != " " for line in continued)


async def test_y_copies_the_role_and_shift_y_the_highlighted_link(make_app, monkeypatch):
    app = make_app()
    copied = []
    monkeypatch.setattr(app, "copy_to_clipboard", copied.append)
    async with app.run_test(size=SIZE) as pilot:
        app.open_role("head-of-product")
        await pilot.pause()
        await pilot.press("y")  # focus starts in the links: y still copies the role (issue 26 D32)
        await pilot.pause()
        assert copied[-1].startswith("# Head of Product\n") and "## Responsibilities" in copied[-1]
        assert any("Copied Head of Product as Markdown" in n.message for n in app._notifications)
        await pilot.press("Y")
        await pilot.pause()
        assert copied[-1] == "- reports to: Director of Product Management\n"


async def test_page_keys_scroll_the_role_page_from_the_links(make_app):
    app = make_app()
    async with app.run_test(size=(80, 24)) as pilot:
        app.open_role("product-manager")
        await pilot.pause()
        body = app.screen.query_one("#detail-body")
        assert app.focused is app.screen.query_one("#detail-links") and body.scroll_y == 0
        await pilot.press("pagedown")
        await pilot.pause()
        first = body.scroll_y
        assert first > 0
        await pilot.press("space")
        await pilot.pause()
        assert body.scroll_y > first
        await pilot.press("pageup", "pageup")
        await pilot.pause()
        assert body.scroll_y == 0


async def test_setting_the_target_to_where_you_are_says_so_before_it_changes(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.plan_session.create("Same", current_role="head-of-product")
        app.open_role("head-of-product")
        await pilot.pause()
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        assert "Head of Product is also where you are" in shown(app.screen.query_one("#confirm-detail"))
        await pilot.press("escape")
        await pilot.pause()
        assert app.plan_session.plan.target_role is None


async def test_space_in_the_notes_on_a_role_page_still_types(make_app):
    from explorer.tui.widgets.notes_area import NotesArea

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_role("product-manager")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert isinstance(app.focused, NotesArea)
        await pilot.press("a", "space", "b")
        await pilot.pause()
        assert app.focused.text.endswith("a b")
        assert app.screen.query_one("#detail-body").scroll_y == 0
