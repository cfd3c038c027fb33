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


def test_conflict_from_a_second_instance_is_detected_and_resolvable(tmp_path):
    one, two = PlanSession(PlanStore(tmp_path)), PlanSession(PlanStore(tmp_path))
    one.create("Shared")
    two.open()
    two.update(two.plan.touched(notes="from two"))
    two.save()
    one.update(one.plan.touched(notes="from one"))
    with pytest.raises(PlanConflict):
        one.save()
    assert PlanStore(tmp_path).load("shared").plan.notes == "from two"
    one.resolve_conflict("shared", keep_mine=False)
    assert one.plan.notes == "from two" and not one.dirty
    one.update(one.plan.touched(notes="mine again"))
    one.save()
    assert PlanStore(tmp_path).load("shared").plan.notes == "mine again"
