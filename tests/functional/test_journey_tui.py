"""Issue 26's newcomer walk, the keys and messages that surprised: each fix driven with the pilot."""

from tests.functional.waits import palette_settled, pilot_until

from explorer import locations
from explorer.tui.dialogs.exported import ExportedScreen

SIZE = (80, 24)


async def test_the_palettes_screenshot_goes_into_the_exports_folder_and_says_where(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+p")
        await pilot.pause()
        await pilot.press(*"screenshot")
        await palette_settled(pilot)
        await pilot.press("enter")
        screen = await pilot_until(pilot, lambda: isinstance(app.screen, ExportedScreen) and app.screen)
        exports = locations.data_dir() / "exports"
        [picture] = list(exports.iterdir())
        assert screen.path == str(picture) and picture.suffix == ".svg"
        assert picture.read_text(encoding="utf-8").startswith("<svg")
        assert screen.how_to_open == "open it in a web browser"


async def test_typing_after_leaving_the_search_box_goes_back_into_it(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        box = app.screen.query_one("#query")
        await pilot.press(*"road", "escape")
        await pilot.pause()
        assert app.focused is not box
        await pilot.press(*"map")
        await pilot.pause()
        assert app.focused is box and box.value == "roadmap"
        assert box.cursor_position == len("roadmap") and box.select_on_focus
        await pilot.press("escape", "j")  # a key bound in the results keeps its meaning
        await pilot.pause()
        assert box.value == "roadmap" and app.focused is not box


async def test_the_gap_says_whether_it_is_your_plan_or_an_exploration_and_h_t_ask(make_app):
    from tests.functional.rendered import as_text

    from explorer.tui.dialogs.confirm import ConfirmScreen
    from explorer.tui.dialogs.picker import RolePicker
    from explorer.tui.screens.gap import GapScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.plan_session.create("Mine", current_role="product-manager", target_role="senior-product-manager")
        app.open_comparison("product-manager", "director-of-product-management")
        await pilot.pause()
        await pilot.press("g")  # the gap between the two compared roles
        await pilot.pause()
        assert isinstance(app.screen, GapScreen)
        title = as_text(app.screen.query_one("#gap-title").render())
        assert "Exploring two roles; your plan's target is Senior Product Manager" in title
        assert "Ready:" not in title  # the plan's readiness is for its own target
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, RolePicker)
        await pilot.press(*"head of product", "enter")
        await pilot.pause()
        assert isinstance(app.screen, GapScreen)
        assert app.plan_session.plan.target_role == "senior-product-manager"  # a view change only
        assert "→ Head of Product" in as_text(app.screen.query_one("#gap-title").render())
        app.pop_screen()
        app.pop_screen()
        await pilot.pause()
        await pilot.press("f3")  # the plan's own gap: h/t ask before changing the plan
        await pilot.pause()
        assert "Your plan “Mine” · Ready:" in as_text(app.screen.query_one("#gap-title").render())
        await pilot.press("t")
        await pilot.pause()
        await pilot.press(*"head of product", "enter")
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen)
        await pilot.press("n")
        await pilot.pause()
        assert app.plan_session.plan.target_role == "senior-product-manager"


async def test_compares_explanation_is_one_line_and_only_beside_pairs(make_app):
    from tests.functional.rendered import as_words

    from explorer.core.career.compare import SIMILARITY_LEGEND, SIMILARITY_LINE

    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        for left, right, pairs in (
            ("product-manager", "senior-product-manager", False),
            ("associate-product-manager", "product-manager", True),
        ):
            app.open_comparison(left, right)
            await pilot.pause()
            shown = as_words(app.screen.query_one("#compare-table").content)
            assert (" ".join(SIMILARITY_LINE.split()) in shown) is pairs
            assert "share of meaningful words" not in shown
        await pilot.press("f1")
        await pilot.pause()
        assert as_words(app.screen.query_one("#help-note").content) == " ".join(SIMILARITY_LEGEND.split())


async def test_the_role_pickers_put_the_plans_roles_and_next_steps_first(make_app):
    from explorer.core.career.ladder import next_moves
    from explorer.tui.dialogs.picker import RolePicker

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.plan_session.create("Mine", current_role="product-manager")
        steps = [m.target.id for m in next_moves(app.catalog, app.catalog.roles["product-manager"])]
        assert steps
        await pilot.press("f4")
        await pilot.pause()
        app.screen.query_one("#plans-list").focus()
        await pilot.press("t")
        await pilot.pause()
        assert isinstance(app.screen, RolePicker)
        assert list(app.screen.role_ids[: len(steps)]) == steps  # where to go next, first
        assert "product-manager" not in app.screen.role_ids[: len(steps)]
        await pilot.press(*"head")  # typing ranks by the name again
        await pilot.pause()
        assert app.screen.role_ids[0] == "head-of-product"
        await pilot.press("escape")
        await pilot.pause()
        await pilot.press("ctrl+g")  # compare: where you are first
        await pilot.pause()
        assert app.screen.role_ids[0] == "product-manager"


async def test_hostile_text_in_the_export_dialog_is_shown_not_obeyed(make_app):
    from explorer.tui.dialogs.exported import ExportedScreen

    hostile = "/tmp/[b]x[/b] [@click=app.quit]q[/] \x1b[31mred\u202e.md"
    app = make_app()
    async with app.run_test(size=(60, 20)) as pilot:
        app.push_screen(ExportedScreen("[b]the plan[/b]", hostile, "open it"))
        await pilot.pause()
        shown = str(app.screen.query_one("#exported-path").content)
        assert "[@click=app.quit]" in shown and "\x1b" not in shown and "\u202e" not in shown
        await pilot.press("y")
        assert app.clipboard == hostile  # the path as it is, for pasting
        assert app.is_running


async def test_with_no_plan_the_search_screen_says_how_to_start(make_app):
    from tests.functional.waits import pilot_until

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        status = app.screen.query_one("#search-status")
        await pilot_until(pilot, lambda: "new here?" in str(status.content))
        assert "open your role, press h: I am here" in str(status.content)
        app.open_role("product-manager")
        await pilot.pause()
        await pilot.press("h", "y")
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert "new here?" not in str(status.content)


async def test_the_brief_waits_for_a_target(make_app):
    from explorer.tui.screens.readiness import ReadinessScreen

    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.plan_session.create("Mine", current_role="product-manager")
        await pilot.press("f5")
        await pilot.pause()
        assert isinstance(app.screen, ReadinessScreen)
        assert app.screen.check_action("brief", ()) is None
        await pilot.press("b")
        await pilot.pause()
        assert isinstance(app.screen, ReadinessScreen)  # nothing written, no dialog
        assert not (locations.data_dir() / "exports").exists()
