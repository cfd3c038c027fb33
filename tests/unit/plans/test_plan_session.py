import pytest

from explorer.core.plans.model import PlanStep
from explorer.core.plans.session import PlanSession
from explorer.core.plans.store import PlanConflict, PlanStore


def test_create_edit_save_and_reopen(tmp_path):
    session = PlanSession(PlanStore(tmp_path))
    assert session.open() == [] and session.plan is None
    session.ensure_active()
    assert session.active_name == "my-plan"
    session.update(session.plan.touched(notes="hello"))
    session.add_step(PlanStep("Lead a project"))
    assert session.dirty
    assert session.save() == []
    assert not session.dirty
    again = PlanSession(PlanStore(tmp_path))
    again.open()
    assert again.plan.notes == "hello" and again.plan.steps[0].text == "Lead a project"


def test_switching_between_plans(tmp_path):
    session = PlanSession(PlanStore(tmp_path))
    session.create("First")
    session.create("Second")
    assert session.active_name == "second"
    session.switch("first")
    assert session.plan.title == "First"
    assert set(session.names) == {"first", "second"}


def _conflicted(tmp_path):
    one, two = PlanSession(PlanStore(tmp_path)), PlanSession(PlanStore(tmp_path))
    one.create("Shared")
    two.open()
    two.update(two.plan.touched(notes="from two"))
    two.save()
    one.update(one.plan.touched(notes="from one"))
    with pytest.raises(PlanConflict):
        one.save()
    assert PlanStore(tmp_path).load("shared").plan.notes == "from two"
    return one


def _all_notes(tmp_path) -> dict[str, str]:
    plans, _ = PlanStore(tmp_path).load_all()
    return {s.name: s.plan.notes for s in plans}


def test_take_theirs_saves_mine_as_a_named_copy(tmp_path):
    one = _conflicted(tmp_path)
    copy = one.resolve_conflict("shared", keep_mine=False)
    assert one.plan.notes == "from two" and not one.dirty
    assert "this window's version" in one.plan_of(copy).title
    assert sorted(_all_notes(tmp_path).values()) == ["from one", "from two"]
    one.update(one.plan.touched(notes="mine again"))
    one.save()
    assert PlanStore(tmp_path).load("shared").plan.notes == "mine again"


def test_keep_mine_saves_theirs_as_a_named_copy(tmp_path):
    one = _conflicted(tmp_path)
    copy = one.resolve_conflict("shared", keep_mine=True)
    assert PlanStore(tmp_path).load("shared").plan.notes == "from one"
    assert "version from elsewhere" in one.plan_of(copy).title
    assert sorted(_all_notes(tmp_path).values()) == ["from one", "from two"]


def test_undecided_conflict_is_never_written_over_and_leaves_one_copy_at_exit(tmp_path):
    one = _conflicted(tmp_path)
    one.update(one.plan.touched(notes="from one, still typing"))
    assert one.save() == []  # waits for a decision: nothing written
    assert PlanStore(tmp_path).load("shared").plan.notes == "from two"
    messages = one.keep_conflicts_as_copies() + one.keep_conflicts_as_copies()
    assert len(messages) == 1 and "this window's version was saved beside it as" in messages[0]
    notes = _all_notes(tmp_path)
    assert sorted(notes.values()) == ["from one, still typing", "from two"]
    assert len(notes) == 2


def test_a_file_in_the_way_of_the_plans_folder_never_raises(tmp_path):
    blocked = tmp_path / "plans"
    blocked.write_text("not a folder")
    session = PlanSession(PlanStore(blocked))
    assert session.open() == []
    session.ensure_active()  # the first keystroke makes a plan: it must not raise
    session.update(session.plan.touched(notes="typed words"))
    assert session.save() == [session.save_problem]
    assert session.save_problem == f"{blocked}: cannot create the plans folder: a file is in the way"
    assert session.store.problem().startswith(
        f"{blocked}: cannot create the plans folder: a file is in the way"
    )
    blocked.unlink()  # the person fixes it; the next save succeeds
    assert session.save() == [] and session.save_problem is None
    assert PlanStore(blocked).load("my-plan").plan.notes == "typed words"


def test_unsaved_plans_go_to_a_fallback_file_at_exit(tmp_path):
    blocked = tmp_path / "plans"
    blocked.write_text("")
    session = PlanSession(PlanStore(blocked))
    session.ensure_active()
    session.update(session.plan.touched(notes="keep these"))
    session.save()
    elsewhere = tmp_path / "home"
    elsewhere.mkdir()
    [message] = session.write_fallback([tmp_path / "missing", elsewhere])
    [written] = elsewhere.iterdir()
    assert str(written) in message and "a file is in the way" in message
    assert "keep these" in written.read_text() and not session.dirty
    assert oct(written.stat().st_mode & 0o777) == "0o600"


def test_step_changes_can_be_undone(tmp_path):
    session = PlanSession(PlanStore(tmp_path))
    session.create("Steps")
    assert session.add_step(PlanStep("Lead a project", responsibility="r#x"))
    assert not session.add_step(PlanStep("lead a project "))  # already there
    assert not session.add_step(PlanStep("Other words", responsibility="r#x"))
    session.update(session.plan.touched(steps=()), undo="Removed step: Lead a project")
    session.update(session.plan.touched(notes="typing is not undone by ctrl+z"))
    assert session.undo() == "Removed step: Lead a project"
    assert [s.text for s in session.plan.steps] == ["Lead a project"]
    assert session.plan.notes == "typing is not undone by ctrl+z"
    assert session.undo() == "Added step: Lead a project" and session.plan.steps == ()
    assert session.undo() is None


def test_rename_duplicate(tmp_path):
    session = PlanSession(PlanStore(tmp_path))
    session.create("Original", current_role="a")
    session.update(session.plan.touched(notes="n"))
    session.rename("original", "Better title")
    copy = session.duplicate("original")
    session.save()
    assert session.plan_of("original").title == "Better title"
    assert session.plan_of(copy).title == "Better title (copy)" and session.plan_of(copy).notes == "n"
    assert session.active_name == copy
