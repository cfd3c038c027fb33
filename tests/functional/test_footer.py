"""The footer on every screen at 60, 80 and 100 columns: the screen's keys, then Help, Back, Quit."""

import re

import pytest
from textual.widgets._footer import FooterKey

from explorer.tui.keys import EVERYWHERE, key_display, live_keys
from explorer.tui.widgets.footer import PriorityFooter, choose


async def on_search(app, pilot):
    await pilot.press("escape")  # out of the search box: the screen's own keys


async def on_detail(app, pilot):
    app.open_role("head-of-product")


async def on_compare(app, pilot):
    app.open_comparison("senior-product-manager", "director-of-product-management")


async def on_ladder(app, pilot):
    await pilot.press("f2")


def with_target(app):
    session = app.plan_session
    session.update(
        session.ensure_active().touched(current_role="product-manager", target_role="head-of-product")
    )


async def on_gap(app, pilot):
    with_target(app)
    await pilot.press("f3")


async def on_plans(app, pilot):
    await pilot.press("f4")


async def on_readiness(app, pilot):
    with_target(app)
    await pilot.press("f5")


async def on_history(app, pilot):
    with_target(app)
    await pilot.press("f4")
    await pilot.pause()
    await pilot.press("v")


SCREENS = [on_search, on_detail, on_compare, on_ladder, on_gap, on_plans, on_readiness, on_history]


def footer_keys(app) -> list[FooterKey]:
    return list(app.screen.query_one(PriorityFooter).query(FooterKey))


@pytest.mark.parametrize("width", [60, 80, 100])
@pytest.mark.parametrize("opener", SCREENS, ids=[f.__name__.removeprefix("on_") for f in SCREENS])
async def test_the_footer_keeps_help_back_and_quit_after_the_screens_keys(make_app, opener, width):
    app = make_app()
    async with app.run_test(size=(width, 24)) as pilot:
        app.open_role("product-manager")  # something to go back to
        await pilot.pause()
        await opener(app, pilot)
        await pilot.pause()
        await pilot.pause()
        live = {k.binding.description: k for k in live_keys(app.screen)}
        keys = footer_keys(app)
        names = [k.description for k in keys]
        back = app.screen.active_bindings["escape"].binding.description  # Back, or Leave box in a box
        assert {"Help", back, "Quit"} <= set(names), (type(app.screen).__name__, width, names)
        help_at, back_at, quit_at = names.index("Help"), names.index(back), names.index("Quit")
        assert help_at < back_at < quit_at, names
        own = [
            i
            for i, name in enumerate(names)
            if name in live and live[name].group != EVERYWHERE and name not in ("Help", back, "Quit")
        ]
        assert all(i < help_at for i in own), f"the screen's keys come before Help: {names}"
        shown_f = [int(k.key[1:]) for k in keys if re.fullmatch(r"f\d+", k.key)]
        assert shown_f == sorted(shown_f), f"F-keys out of order: {names}"
        for key in keys:
            assert key.region.right <= width, f"{key.description} cut at {width} columns"
        # whatever is not shown is one key away: Help lists every live key
        await pilot.press("f1")
        await pilot.pause()
        assert type(app.screen).__name__ == "HelpScreen"


def test_choose_keeps_quit_when_nothing_else_fits():
    from textual.binding import Binding

    from explorer.tui.keys import THIS_SCREEN, LiveKey

    def live(key, description, binding_id, group):
        return LiveKey(group, (key,), Binding(key, "x", description, id=binding_id), None, True)  # type: ignore[arg-type]

    keys = [
        live("a", "A very long description of an action", "s.a", THIS_SCREEN),
        live("f3", "Gap", "app.gap", EVERYWHERE),
        live("f2", "Ladder", "app.ladder", EVERYWHERE),
        live("ctrl+q", "Quit", "app.quit", EVERYWHERE),
        live("escape", "Back", "app.back", EVERYWHERE),
        live("f1", "Help", "app.help", EVERYWHERE),
    ]
    assert [k.binding.description for k in choose(keys, 30)] == ["Help", "Back", "Quit"]
    assert [key_display(k.keys[0]) for k in choose(keys, 60)] == ["F1", "Esc", "^q", "F2", "F3"]
    assert choose(keys, 80)[0].binding.description == "A very long description of an action"


async def in_picker(app, pilot):
    await pilot.press("ctrl+g")


async def in_confirm(app, pilot):
    await pilot.press("h")  # asks before it starts a plan


async def in_help(app, pilot):
    await pilot.press("f1")


async def in_source_pages(app, pilot):
    from explorer.tui.dialogs.source_links import SourceLinksScreen, linked_sources

    role = app.catalog.role("head-of-product")
    app.push_screen(SourceLinksScreen(role, linked_sources(app.catalog, role) or []))


DIALOGS = [in_picker, in_confirm, in_help, in_source_pages]


@pytest.mark.parametrize("width", [60, 80])
@pytest.mark.parametrize("opener", DIALOGS, ids=[f.__name__.removeprefix("in_") for f in DIALOGS])
async def test_a_dialogs_footer_ends_with_help_its_escape_and_quit(make_app, opener, width):
    app = make_app()
    async with app.run_test(size=(width, 24)) as pilot:
        app.open_role("product-manager")
        await pilot.pause()
        await opener(app, pilot)
        await pilot.pause()
        await pilot.pause()
        names = [k.description for k in footer_keys(app)]
        escape = app.screen.active_bindings["escape"].binding.description
        assert escape in names and "Quit" in names, names
        assert "Help" in names or opener is in_help, names  # in Help, F1 and Escape both close it
        tail = [name for name in ("Help", escape, "Quit") if name in names]
        assert names[-len(tail) :] == tail, f"the dialog's own keys come first: {names}"
