"""The key model: Help tells the truth on every screen and at every focus position; the footer keeps Help and Back."""

import pytest
from tests.functional.lanes import one_in_the_quick_lane
from textual.binding import Binding
from textual.widgets import Input

from explorer.tui.dialogs.help import HelpScreen
from explorer.tui.keys import key_display, live_keys
from explorer.tui.screens.search import SearchScreen
from explorer.tui.widgets.footer import PriorityFooter

SIZE = (100, 30)


async def open_search(app, pilot):
    await pilot.pause()


async def open_search_with_notes(app, pilot):
    await pilot.press("ctrl+n")
    await pilot.pause()


async def open_detail(app, pilot):
    app.open_role("head-of-product")
    await pilot.pause()
    await pilot.press("ctrl+n")


async def open_compare(app, pilot):
    app.open_comparison("senior-product-manager", "director-of-product-management")
    await pilot.pause()


async def open_ladder(app, pilot):
    await pilot.press("f2")
    await pilot.pause()
    await pilot.press("ctrl+n")


async def open_gap(app, pilot):
    session = app.plan_session
    session.update(
        session.ensure_active().touched(current_role="product-manager", target_role="head-of-product")
    )
    await pilot.press("f3")


async def open_plans(app, pilot):
    await pilot.press("f4")


async def open_picker(app, pilot):
    await pilot.press("ctrl+g")


async def open_prompt(app, pilot):
    await pilot.press("f4", "n")


async def open_source_pages(app, pilot, data_dir=None):
    from explorer.tui.dialogs.source_links import SourceLinksScreen, linked_sources

    role = app.catalog.role("head-of-product")
    app.push_screen(SourceLinksScreen(role, linked_sources(app.catalog, role) or []))


async def open_conflict(app, pilot):
    from explorer.tui.dialogs.conflict import ConflictScreen

    app.push_screen(ConflictScreen("The plan [b]x[/b]", "/tmp/[b]x[/b].toml"))


async def open_confirm(app, pilot):
    app.open_role("product-manager")
    await pilot.pause()
    await pilot.press("h")


SCREENS = [
    open_search,
    open_search_with_notes,
    open_detail,
    open_compare,
    open_ladder,
    open_gap,
    open_plans,
    open_picker,
    open_prompt,
    open_source_pages,
    open_conflict,
    open_confirm,
]


def help_rows(help_screen: HelpScreen) -> set[tuple[str, str]]:
    return {(row.keys, row.text) for section in help_screen.sections for row in section.rows}


@pytest.mark.parametrize("opener", SCREENS, ids=[f.__name__.removeprefix("open_") for f in SCREENS])
@pytest.mark.slow
async def test_help_lists_every_live_key_at_every_focus_position(make_app, opener):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await opener(app, pilot)
        await pilot.pause()
        screen = app.screen
        positions = [w for w in screen.focus_chain] or [None]
        assert positions, "a screen with nothing to focus"
        for widget in positions:
            screen.set_focus(widget)
            await pilot.pause()
            live = live_keys(screen)
            missing_text = [k.keys for k in live if not k.help.strip()]
            assert not missing_text, (
                f"{type(screen).__name__}/{widget}: keys without help text {missing_text}"
            )
            app.action_help()
            await pilot.pause()
            assert isinstance(app.screen, HelpScreen)
            rows = help_rows(app.screen)
            for key in live:
                shown = (", ".join(key_display(k) for k in key.keys), key.help)
                assert shown in rows, f"{type(screen).__name__}/{widget}: {shown} not in Help"
            await pilot.press("escape")
            await pilot.pause()
            assert app.screen is screen


async def test_a_binding_without_help_text_fails_the_walk(make_app):
    """The walk above cannot pass a binding that has neither a tooltip nor a description."""
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        app.screen._bindings.bind("ctrl+b", "app.bell")
        app.screen.refresh_bindings()
        live = [k for k in live_keys(app.screen) if "ctrl+b" in k.keys]
        assert live and live[0].help == ""


async def test_f1_from_the_search_box_opens_help_and_question_mark_types(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("question_mark")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen) and app.screen.query_one("#query", Input).value == "?"
        await pilot.press("f1")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        titles = [section.title for section in app.screen.sections]
        # The box's own keys are all Textual's text editing: listed last, in brief.
        assert titles == [
            "This screen: Search",
            "Everywhere",
            "Standard keys: editing, scrolling and moving between parts",
        ]
        await pilot.press("escape", "escape")  # close Help, then leave the box
        await pilot.pause()
        assert app.focused.id == "results"
        await pilot.press("question_mark")  # out of the box, ? is Help
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)


async def test_escape_leaves_the_box_then_goes_back(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        app.open_role("product-manager")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.focused.id == "plan-notes"
        await pilot.press("escape")
        await pilot.pause()
        # Out of the text box, onto the plan's steps (the notes editor's own Escape), same screen.
        assert app.focused.id == "plan-steps"
        assert app.screen.role.id == "product-manager"
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)


async def test_slash_and_ctrl_f_search_from_anywhere(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f2")
        await pilot.pause()
        app.open_role("product-manager")
        await pilot.pause()
        await pilot.press("slash")
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen) and app.focused.id == "query"
        await pilot.press("slash")  # in the box, / is typed
        assert app.focused.value == "/"
        await pilot.press("escape", "ctrl+f")
        await pilot.pause()
        assert app.focused.id == "query"


@pytest.mark.parametrize(
    "key, screen_name", [("f2", "LadderScreen"), ("f3", "GapScreen"), ("f4", "PlansScreen")]
)
async def test_function_keys_and_notes_work_from_the_search_box(make_app, key, screen_name):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.focused.id == "plan-notes" and app.screen.query_one("#plan-pane").display
        await pilot.press("ctrl+n")
        await pilot.pause()
        assert app.focused.id == "query" and not app.screen.query_one("#plan-pane").display
        await pilot.press(key)
        await pilot.pause()
        assert type(app.screen).__name__ == screen_name


SCREEN_OPENERS = [open_search, open_detail, open_compare, open_ladder, open_gap, open_plans]


@pytest.mark.parametrize("width", one_in_the_quick_lane([80, 100, 60]))
@pytest.mark.parametrize(
    "opener", SCREEN_OPENERS, ids=[f.__name__.removeprefix("open_") for f in SCREEN_OPENERS]
)
async def test_footer_keeps_help_and_back_and_fits(make_app, opener, width):
    app = make_app()
    async with app.run_test(size=(width, 24)) as pilot:
        app.open_role("product-manager")  # something to go back to, even from the search screen's stack
        await pilot.pause()
        if opener is open_search:
            await pilot.press("escape")
            await pilot.pause()
        else:
            await opener(app, pilot)
            await pilot.pause()
        footer = app.screen.query_one(PriorityFooter)
        keys = list(footer.query("FooterKey"))
        descriptions = [k.description for k in keys]
        assert "Help" in descriptions
        if len(app.screen_stack) > 1:  # Escape is named for what it does now
            escape = app.screen.active_bindings["escape"].binding.description
            assert escape in ("Leave box", "Leave notes", "Back") and escape in descriptions
        for key in keys:
            assert key.region.right <= width, f"{key.description} cut at {width} columns"


def test_function_keys_are_shown_the_same_way_everywhere():
    assert [key_display(k) for k in ("f1", "question_mark", "ctrl+n", "enter", "escape")] == [
        "F1",
        "?",
        "^n",
        "Enter",
        "Esc",
    ]
    assert Binding("f1", "help").key == "f1"


async def test_a_keymap_in_config_changes_keys_and_help_shows_them(make_app, tmp_path):
    settings = tmp_path / "config.toml"
    settings.write_text('[keymap]\n"app.help" = "f5"\n"app.ladder" = "f9"\n"no.such" = "f6"\n')
    app = make_app(settings=settings)
    async with app.run_test(size=SIZE) as pilot:
        await pilot.pause()
        messages = [n.message for n in app._notifications]
        assert any(f"{settings}:4: keymap 'no.such' is not a key id" in m for m in messages), messages
        await pilot.press("f1")  # no longer Help
        await pilot.pause()
        assert isinstance(app.screen, SearchScreen)
        await pilot.press("escape", "f5")
        await pilot.pause()
        assert isinstance(app.screen, HelpScreen)
        rows = help_rows(app.screen)
        assert ("F5", "Show every key of this screen and what it does") in rows
        await pilot.press("escape", "f9")
        await pilot.pause()
        assert type(app.screen).__name__ == "LadderScreen"


async def test_theme_change_keeps_the_keymap(make_app, tmp_path):
    settings = tmp_path / "config.toml"
    settings.write_text('# mine\n[keymap]\n"app.help" = "f5"\n')
    app = make_app(settings=settings)
    async with app.run_test(size=SIZE) as pilot:
        app.theme = "nord"
        await pilot.pause()
    assert settings.read_text() == 'theme = "nord"\n# mine\n[keymap]\n"app.help" = "f5"\n'


DIALOG_OPENERS = {
    "help": ("f1",),
    "picker": ("ctrl+g",),
}


@pytest.mark.parametrize("width", [80, 60])
@pytest.mark.parametrize("dialog", ["help", "picker", "confirm"])
async def test_a_dialog_footer_shows_the_dialogs_keys_not_the_screens_below(make_app, dialog, width):
    app = make_app()
    async with app.run_test(size=(width, 24)) as pilot:
        app.open_role("product-manager")
        await pilot.pause()
        await pilot.press("h" if dialog == "confirm" else DIALOG_OPENERS[dialog][0])
        await pilot.pause()
        await pilot.pause()
        footers = list(app.screen.query(PriorityFooter))
        assert len(footers) == 1
        descriptions = [k.description for k in footers[0].query("FooterKey")]
        assert "Help" in descriptions or dialog == "help"  # in Help, F1 closes it
        escape = app.screen.active_bindings["escape"].binding.description
        assert escape in descriptions
        assert not {"Compare with…", "I am here", "Target", "Links"} & set(descriptions)
        for key in footers[0].query("FooterKey"):
            assert key.region.right <= width
