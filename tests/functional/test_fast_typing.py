"""Keys written faster than the app handles them land in the field that has focus once the
earlier keys are handled: a whole form arrives in one write, as from a paste, a text expander
or a fast typist on a busy machine."""

import os
import signal

from pty_app import RunningApp

from explorer.core.plans.model import Plan, plan_to_toml
from explorer.core.plans.store import PlanStore

F5 = "\x1b[15~"
CTRL_S, CTRL_Q, TAB = "\x13", "\x11", "\t"
ACTION = "Planned the Q3 roadmap across two teams, negotiating scope with engineering leads"
SITUATION = "Two features competed for a capacity of five engineers in the third quarter"
RESULT = "Agreed roadmap, two escalations avoided, both launches landed within a week"
LINK = "https://wiki.example.com/q3-roadmap"


def plans_folder(home):
    return home / "data" / "role-explorer" / "plans"


def test_a_whole_evidence_form_typed_in_one_burst_lands_field_by_field(tmp_path):
    folder = plans_folder(tmp_path)
    folder.mkdir(parents=True)
    plan = Plan("Fast", current_role="product-manager", target_role="senior-product-manager")
    (folder / "fast.toml").write_text(plan_to_toml(plan))
    app = RunningApp(tmp_path)
    try:
        app.wait_for("typetosearch")
        app.type(F5)
        app.wait_for("ReadinessforSeniorProductManager")
        app.type("e")
        app.wait_for("Logevidence")
        burst = TAB.join((ACTION, SITUATION, RESULT, LINK)) + CTRL_S
        os.write(app.fd, burst.encode())
        app.wait_for("Savedasevidence", timeout=30)
        app.type(CTRL_Q)
        assert app.wait_exit(20) is not None
    finally:
        if app.status is None:
            app.stop(signal.SIGKILL)
    evidence = PlanStore(folder).load("fast").plan.evidence
    assert [(e.action, e.situation, e.result, e.link) for e in evidence] == [
        (ACTION, SITUATION, RESULT, LINK)
    ]


def test_notes_then_tab_then_space_ticks_the_step(tmp_path):
    """Words, Tab and Space in one burst: the words are the notes, the Space ticks the step."""
    from explorer.core.plans.model import PlanStep, StepStatus

    folder = plans_folder(tmp_path)
    folder.mkdir(parents=True)
    plan = Plan("Fast", steps=(PlanStep("Lead the pricing review"),))
    (folder / "fast.toml").write_text(plan_to_toml(plan))
    app = RunningApp(tmp_path)
    try:
        app.wait_for("typetosearch")
        app.type("\x0e")  # ctrl+n: the notes pane
        app.wait_for("Leavenotes")
        os.write(app.fd, ("Ask about the budget" + TAB + " ").encode())
        app.wait_for("[x]Leadthepricingreview")
        app.type(CTRL_Q)
        assert app.wait_exit(20) is not None
    finally:
        if app.status is None:
            app.stop(signal.SIGKILL)
    saved = PlanStore(folder).load("fast").plan
    assert saved.notes == "Ask about the budget"
    assert [s.status for s in saved.steps] == [StepStatus.DONE]
