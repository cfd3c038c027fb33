"""Pilot tests for issue 11: no path through the plans loses, hides or crashes on the words."""

import shutil
from pathlib import Path

import pytest
from tests.functional.lanes import one_in_the_quick_lane
from tests.functional.rendered import as_text
from tests.functional.waits import file_holds, pilot_until
from textual import events
from textual.widgets import OptionList, Static

from explorer import locations
from explorer.core.plans.model import Plan, PlanStep
from explorer.core.plans.session import PlanSession
from explorer.core.plans.store import PlanStore
from explorer.tui.dialogs.confirm import ConfirmScreen
from explorer.tui.dialogs.conflict import ConflictScreen
from explorer.tui.dialogs.exported import ExportedScreen
from explorer.tui.screens.history import HistoryScreen
from explorer.tui.screens.plans import PlansScreen
from explorer.tui.screens.raw_plan import RawPlanScreen
from explorer.tui.widgets.notes_area import NotesArea
from explorer.tui.widgets.plan_pane import Checklist

SIZE = (100, 30)
V1_PLAN = Path(__file__).parents[1] / "data" / "plans" / "written-by-v1.toml"
HOSTILE = "[b]x[/b] [@click=app.quit]q[/] \x1b[31mred\x07 \u202eevil مدير"


async def type_text(pilot, text):
    await pilot.press(*[{" ": "space", "\n": "enter"}.get(ch, ch) for ch in text])
    await pilot.pause()


def shown(app) -> str:
    """Every Static and every list option on the screen, as text."""
    texts = [str(w.render()) for w in app.screen.query(Static)]
    for options in app.screen.query(OptionList):
        texts += [as_text(options.get_option_at_index(i).prompt) for i in range(options.option_count)]
    return "\n".join(texts)


def burst(app, keys):
    """Keys posted all at once, as a terminal delivers fast typing (pilot.press waits after each)."""
    for key in keys:
        app.post_message(
            events.Key(key, key if len(key) == 1 else {"enter": "\r", "ctrl+u": "\x15"}.get(key))
        )


async def open_plans_with(pilot, app, title: str, steps=()):
    app.plan_session.create(title)
    for step in steps:
        app.plan_session.add_step(PlanStep(step))
    app.save_plans()
    await pilot.press("f4")
    await pilot.pause()


# 1. Conflicts never discard.
async def type_into_a_plan_another_window_changed(pilot, app, theirs: str, mine: str) -> None:
    """Open "Shared", let another window save `theirs`, type `mine` here: the dialog opens."""
    await open_plans_with(pilot, app, "Shared")
    app.screen.pane.query_one(NotesArea).focus()
    other = PlanSession(PlanStore(locations.plans_dir()))
    other.open()
    other.update(other.plan.touched(notes=theirs))
    other.save()
    await type_text(pilot, mine)
    await pilot_until(pilot, lambda: conflict_dialog_shown(app), what="the conflict dialog")


def conflict_dialog_shown(app) -> bool:
    """The dialog is up, composed and laid out, so its buttons can be clicked."""
    if not isinstance(app.screen, ConflictScreen):
        return False
    button = app.screen.query("#theirs")
    return bool(button) and button.first().region.width > 0


@pytest.mark.slow
async def test_escape_in_the_conflict_dialog_decides_later_and_exit_keeps_one_named_copy(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_into_a_plan_another_window_changed(pilot, app, "written by the other window", "mine")
        await pilot.press("escape")  # decide later
        await pilot_until(pilot, lambda: isinstance(app.screen, PlansScreen), what="the dialog to close")
        assert "Also changed elsewhere" in str(app.screen.query_one("#plan-status").render())
        app.screen.pane.query_one(NotesArea).focus()
        await type_text(pilot, " and more")
        app.save_plans()  # what the autosave timer calls, without waiting for it
        await pilot.pause()
        assert not isinstance(app.screen, ConflictScreen)  # not asked again on every save
        assert PlanStore(locations.plans_dir()).load("shared").plan.notes == "written by the other window"
        await pilot.press("ctrl+q")
    assert (
        len(app.exit_messages) == 1 and "this window's version was saved beside it as" in app.exit_messages[0]
    )
    plans, _ = PlanStore(locations.plans_dir()).load_all()
    assert sorted(s.plan.notes for s in plans) == ["mine and more", "written by the other window"]
    copy = next(s for s in plans if s.name != "shared")
    assert "this window's version" in copy.plan.title and copy.name.startswith("shared-this-window-s-version")


@pytest.mark.parametrize(
    "answer, kept_on_disk, copy_words",
    [
        ("m", "mine", "version from elsewhere"),
        ("t", "theirs", "this window's version"),
        ("#theirs", "theirs", "this window's version"),  # the button, clicked
    ],
)
@pytest.mark.slow
async def test_keep_mine_or_take_theirs_keeps_the_other_as_a_copy(make_app, answer, kept_on_disk, copy_words):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_into_a_plan_another_window_changed(pilot, app, "theirs", "mine")
        await (pilot.click(answer) if answer.startswith("#") else pilot.press(answer))
        await pilot_until(pilot, lambda: not isinstance(app.screen, ConflictScreen), what="the answer")
        assert app.plan_session.plan.notes == kept_on_disk
    plans, _ = PlanStore(locations.plans_dir()).load_all()
    assert PlanStore(locations.plans_dir()).load("shared").plan.notes == kept_on_disk
    assert sorted(s.plan.notes for s in plans) == ["mine", "theirs"]
    assert any(copy_words in s.plan.title for s in plans)
    assert app.exit_messages == []


# 2. Autosave has a maximum wait.
@pytest.mark.slow
async def test_steady_typing_is_saved_within_three_seconds(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_plans_with(pilot, app, "Steady")
        app.screen.pane.query_one(NotesArea).focus()
        path = app.plan_session.store.path_of("steady")
        for _ in range(8):  # a key every 0.45 s for 3.6 s: the 1 s pause never comes
            await pilot.press("w")
            await pilot.pause(0.45)
        assert "www" in path.read_text()


# 3. Storage that cannot be written.
def block_the_plans_folder() -> Path:
    plans = locations.plans_dir()
    plans.parent.mkdir(parents=True)
    plans.write_text("a file where the folder should be")
    return plans


async def type_into_the_notes_on_f4(pilot, app, text: str) -> None:
    await pilot.press("f4")
    await pilot.pause()
    app.screen.pane.query_one(NotesArea).focus()
    await type_text(pilot, text)


@pytest.mark.slow
async def test_a_file_at_the_plans_path_never_crashes_and_the_words_are_saved_once_it_goes(make_app):
    plans = block_the_plans_folder()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_into_the_notes_on_f4(pilot, app, "precious")
        assert "Cannot save plans" in str(app.screen.query_one("#plans-folder").render())
        assert "a file is in the way" in str(app.screen.query_one("#plans-folder").render())
        status = await pilot_until(
            pilot,
            lambda: "Not saved" in (text := str(app.screen.query_one("#plan-status").render())) and text,
        )
        assert f"Not saved: {plans}: cannot create the plans folder: a file is in the way" in status
        assert app.is_running and app.plan_session.plan.notes == "precious"
        await pilot.press("escape")  # leave the editor
        await pilot.press("f2")
        await pilot.pause()
        await pilot.press("h", "y", "up", "t", "y")  # ladder: set roles (each asked), storage still blocked
        await pilot.pause()
        assert app.is_running
        plans.unlink()  # the person moves the file away; the next change saves everything
        await pilot.press("escape")
        await pilot.pause()
        app.screen.pane.query_one(NotesArea).focus()
        await type_text(pilot, " words")
        await pilot_until(
            pilot, lambda: "Saved in" in str(app.screen.query_one("#plans-folder").render()), what="the save"
        )
        assert not app.screen.query_one("#plan-status").display
    saved = PlanStore(plans).load("my-plan").plan
    assert saved.notes == "precious words" and saved.current_role and saved.target_role


@pytest.mark.slow
async def test_unsaved_words_go_to_a_fallback_file_at_exit(make_app, isolated_user_dirs):
    block_the_plans_folder()
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await type_into_the_notes_on_f4(pilot, app, "do not lose me")
        await pilot.press("ctrl+q")
    [message] = app.exit_messages
    [fallback] = Path.home().glob("role-explorer-unsaved-my-plan-*.toml")
    assert str(fallback) in message and "a file is in the way" in message
    assert PlanStore(fallback.parent).load(fallback.stem).plan.notes == "do not lose me"


# 4. Corrupt plans stay visible.
@pytest.mark.slow
async def test_corrupt_plan_is_listed_shown_raw_and_restored_from_history(make_app):
    plans = locations.plans_dir()
    store = PlanStore(plans)
    first = store.save("mine", Plan(f"Mine {HOSTILE}", notes="good words"), None)
    store.save("mine", Plan(f"Mine {HOSTILE}", notes="good words, more"), first.fingerprint)
    broken_text = f'title = "Mine"\nnotes = "{HOSTILE}\n'
    (plans / "mine.toml").write_text(broken_text)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        listing = shown(app)
        assert "mine.toml cannot be read" in listing and "line 2, column" in listing
        assert "No plans yet" not in listing
        await pilot.press("enter")
        await pilot.pause()
        assert isinstance(app.screen, RawPlanScreen)
        raw = str(app.screen.query_one("#raw-text").render())
        assert "␛[31mred" in raw and "[@click=app.quit]q[/]" in raw and "\x1b" not in raw
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        preview = str(app.screen.query_one("#history-preview").render())
        # The newest kept version is the one the app's last save replaced (the hand edit never saved one).
        assert "good words" in preview and "\x1b" not in preview and "␛[31mred" in preview
        await pilot.press("r")
        await pilot.pause()
        assert app.plan_session.plan.notes == "good words"
    assert store.load("mine").plan.notes == "good words"
    [aside] = store.set_aside_files()
    assert aside.read_text() == broken_text  # the hand edit is kept, not overwritten


@pytest.mark.slow
async def test_set_aside_and_start_fresh(make_app):
    plans = locations.plans_dir()
    plans.mkdir(parents=True)
    (plans / "diary.toml").write_text('title = "My diary"\nnotes = = 1\n')
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        await pilot.press("enter", "s")
        await pilot.pause()
        assert isinstance(app.screen, PlansScreen)
        assert app.plan_session.plan.title == "My diary"
        assert "set aside: diary.corrupt-" in shown(app)
    [aside] = PlanStore(plans).set_aside_files()
    assert aside.read_text() == 'title = "My diary"\nnotes = = 1\n'


@pytest.mark.slow
async def test_select_all_delete_autosave_then_restore_from_earlier_versions(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_plans_with(pilot, app, "Diary")
        notes = app.screen.pane.query_one(NotesArea)
        notes.focus()
        await type_text(pilot, "months of careful words")
        path = PlanStore(locations.plans_dir()).path_of("diary")
        await pilot_until(pilot, file_holds(path, "months of careful words"), what="the first autosave")
        notes.select_all()
        await pilot.press("backspace")
        await pilot_until(pilot, lambda: "months" not in path.read_text(), what="the second autosave")
        assert PlanStore(locations.plans_dir()).load("diary").plan.notes == ""
        app.screen.query_one("#plans-list").focus()
        await pilot.press("v")
        await pilot.pause()
        assert isinstance(app.screen, HistoryScreen)
        await pilot.press("enter")
        await pilot.pause()
        assert app.plan_session.plan.notes == "months of careful words"
        await pilot.press("enter")  # the version the restore replaced is now first: restore it = undo
        await pilot.pause()
        assert app.plan_session.plan.notes == ""
        await pilot.press("enter")  # and that undo is undone the same way
        await pilot.pause()
        await pilot.press("escape")
        await pilot.pause()
        assert app.screen.pane.query_one(NotesArea).text == "months of careful words"
    assert PlanStore(locations.plans_dir()).load("diary").plan.notes == "months of careful words"


# 5. The notes editor.
@pytest.mark.slow
async def test_escape_leaves_the_notes_editor_and_the_cursor_comes_back(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_plans_with(pilot, app, "Cursor")
        app.screen.pane.query_one(NotesArea).focus()
        await type_text(pilot, "first line\nsecond")
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, PlansScreen) and isinstance(app.focused, Checklist)
        await pilot.press("escape")  # now Escape goes back
        await pilot.pause()
        app.open_role("product-manager")
        await pilot.pause()
        await pilot.press("ctrl+n")
        await pilot.pause()
        await type_text(pilot, " words")
        assert app.plan_session.plan.notes == "first line\nsecond words"


async def test_a_plan_opened_for_the_first_time_puts_the_cursor_after_the_words(make_app):
    locations.plans_dir().mkdir(parents=True)
    shutil.copy(V1_PLAN, locations.plans_dir())
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        app.screen.pane.query_one(NotesArea).focus()
        await type_text(pilot, "new")
        assert app.plan_session.plan.notes.endswith("مدير\nnew")


# 6. The due-date race.
@pytest.mark.parametrize("run", one_in_the_quick_lane(range(12)))
async def test_due_date_typed_at_full_speed_is_kept(make_app, run):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_plans_with(pilot, app, "Race", ["Step one"])
        app.screen.pane.query_one(Checklist).focus()
        await pilot.pause()
        burst(app, ["d", *"2026-13-45", "ctrl+u", *"2026-06-01", "enter"])
        # The keys are queued at once; a loaded machine takes a while to handle them.
        await pilot_until(pilot, lambda: app.plan_session.plan.steps[0].target_date, what="the due date")
        assert str(app.plan_session.plan.steps[0].target_date) == "2026-06-01"
    assert str(PlanStore(locations.plans_dir()).load("race").plan.steps[0].target_date) == "2026-06-01"


# 7. Managing plans.
async def test_the_notes_of_a_plan_sent_to_the_trash_leave_the_pane_and_come_back_with_it(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_plans_with(pilot, app, "Only plan")
        app.plan_session.update(app.plan_session.plan.touched(notes="words of the only plan"))
        app.screen.pane.show_plan()
        app.screen.query_one("#plans-list").focus()
        await pilot.press("x")  # the whole plan: asked first (issue 26 D23)
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and "whole plan" in app.screen.question
        await pilot.press("n")
        await pilot.pause()
        assert app.plan_session.names == ["only-plan"]
        await pilot.press("x", "y")
        await pilot.pause()
        assert app.screen.pane.query_one(NotesArea).text == ""
        await pilot.press("u")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.screen.pane.query_one(NotesArea).text == "words of the only plan"


@pytest.mark.slow
async def test_delete_undelete_rename_duplicate_and_roles_from_the_plans_screen(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_plans_with(pilot, app, "Keep me")
        app.screen.query_one("#plans-list").focus()
        await pilot.press("x", "y")
        await pilot.pause()
        assert app.plan_session.names == [] and "1 in the trash" in shown(app)
        await pilot.press("u")
        await pilot.pause()
        await pilot.press("enter")
        await pilot.pause()
        assert app.plan_session.names == ["keep-me"]
        app.screen.query_one("#plans-list").focus()
        await pilot.press("r", "ctrl+u")
        await type_text(pilot, "[b]x[/b] [@click=app.quit]q[/]\n")
        assert app.plan_session.plan.title == "[b]x[/b] [@click=app.quit]q[/]"
        app.plan_session.rename("keep-me", HOSTILE)  # control characters cannot be typed by pilot
        app.screen.refresh_list()
        assert "␛[31mred" in shown(app) and "\x1b" not in shown(app) and "\u202e" not in shown(app)
        await pilot.press("d", "enter")
        await pilot.pause()
        assert len(app.plan_session.names) == 2
        app.screen.query_one("#plans-list").focus()
        await pilot.press("t")
        await pilot.pause()
        await type_text(pilot, "head of product\n")
        assert app.plan_session.plan.target_role == "head-of-product"


async def test_steps_remove_undo_and_reorder(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_plans_with(pilot, app, "Steps", ["One", "Two", "Three"])
        app.screen.pane.query_one(Checklist).focus()
        await pilot.press("down", "x")
        await pilot.pause()
        assert [s.text for s in app.plan_session.plan.steps] == ["One", "Three"]
        await pilot.press("ctrl+z")
        await pilot.pause()
        assert [s.text for s in app.plan_session.plan.steps] == ["One", "Two", "Three"]
        await pilot.press("up", "shift+down")
        await pilot.pause()
        assert [s.text for s in app.plan_session.plan.steps] == ["Two", "One", "Three"]
    assert [s.text for s in PlanStore(locations.plans_dir()).load("steps").plan.steps] == [
        "Two",
        "One",
        "Three",
    ]


# 8. The same gap item cannot be added twice.
async def test_a_gap_item_already_in_the_plan_is_marked_and_not_added_again(make_app):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        session = app.plan_session
        session.create("Gap", current_role="product-manager", target_role="head-of-product")
        app.save_plans()
        await pilot.press("f3")
        await pilot.pause()
        await pilot.press("a")
        await pilot.pause()
        assert len(session.plan.steps) == 1
        assert "(in your plan)" in as_text(app.screen.query_one("#gap-items").get_option_at_index(1).prompt)
        await pilot.press("a")
        await pilot.pause()
        assert len(session.plan.steps) == 1
        messages = [n.message for n in app._notifications]
        assert any(m.startswith("Already in “Gap”:") for m in messages)


# Export (issue 14's "export from the TUI"; issue 26 D12, D27: one folder, ask before replacing).
async def test_export_the_plan_as_markdown_to_a_chosen_file(make_app, isolated_user_dirs):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_plans_with(pilot, app, "Export me", ["A step"])
        app.screen.query_one("#plans-list").focus()
        await pilot.press("e")
        await pilot.pause()
        target = locations.data_dir() / "exports" / "export-me.md"
        assert app.screen.query_one("#prompt-input").value == str(target)
        await pilot.press("enter")
        await pilot.pause()
        assert target.read_text().startswith("# Export me\n") and "- [ ] A step" in target.read_text()
        assert isinstance(app.screen, ExportedScreen) and app.screen.path == str(target)
        await pilot.press("y")
        assert app.clipboard == str(target)
        await pilot.press("enter")
        target.write_text("mine", encoding="utf-8")
        await pilot.press("e", "enter")  # the same name again: asked first, and "n" keeps it
        await pilot.pause()
        assert isinstance(app.screen, ConfirmScreen) and app.screen.question == "Replace export-me.md?"
        await pilot.press("n")
        await pilot.pause()
        assert target.read_text() == "mine"
        await pilot.press("e", "enter", "y")  # yes replaces it
        await pilot.pause()
        assert target.read_text().startswith("# Export me\n")


async def test_export_is_named_after_the_plans_title_as_it_is_now(make_app, isolated_user_dirs):
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await open_plans_with(pilot, app, "Move up", ["A step"])
        app.plan_session.rename("move-up", "Renamed")
        app.screen.query_one("#plans-list").focus()
        await pilot.press("e")
        await pilot.pause()
        assert app.screen.query_one("#prompt-input").value.endswith("/exports/renamed.md")


async def test_a_plan_written_by_the_first_version_opens_unchanged(make_app):
    plans = locations.plans_dir()
    plans.mkdir(parents=True)
    shutil.copy(V1_PLAN, plans / V1_PLAN.name)
    app = make_app()
    async with app.run_test(size=SIZE) as pilot:
        await pilot.press("f4")
        await pilot.pause()
        assert app.plan_session.plan.title == "PM → Head of Product [b]in 18 months[/b]"
        assert "[b]in 18 months[/b]" in shown(app)
        await pilot.press("ctrl+q")
    assert (plans / V1_PLAN.name).read_text() == V1_PLAN.read_text()  # opening and quitting writes nothing
