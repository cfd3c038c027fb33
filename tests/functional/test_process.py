"""Kill a real running app and check that the words typed are on disk."""

import os
import signal

import pytest
from tests.functional.pty_app import ANSI, RunningApp
from tests.functional.waits import file_holds, wait_until

from explorer.core.plans.store import PlanStore

# Real processes on a real clock: in the full suite, not in the quick lane.
pytestmark = pytest.mark.slow

F4 = "\x1bOS"


def start_plan_and_type(home, notes: str) -> RunningApp:
    app = RunningApp(home)
    app.wait_for("typetosearch")
    app.type(F4)
    app.wait_for("Noplansyet")
    app.type("n")
    app.wait_for("Nametheplan")
    app.type("Kill test\r")
    app.wait_for("Killtest")
    app.wait_for("Leavenotes")  # the footer: the notes have the focus
    app.type(notes)
    return app


def saved_notes(home) -> str:
    return PlanStore(home / "data" / "role-explorer" / "plans").load("kill-test").plan.notes


def wait_saved(home, words: str) -> None:
    """Until the autosave has put `words` in the plan's file."""
    path = home / "data" / "role-explorer" / "plans" / "kill-test.toml"
    wait_until(file_holds(path, words), what=f"{words!r} on disk")


@pytest.fixture
def home(tmp_path):
    return tmp_path


def test_sigkill_after_the_autosave_loses_nothing(home):
    app = start_plan_and_type(home, "words typed before the crash")
    wait_saved(home, "words typed before the crash")
    app.stop(signal.SIGKILL)
    assert saved_notes(home) == "words typed before the crash"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_termination_signal_saves_at_once(home, signum):
    app = start_plan_and_type(home, "saved by the signal handler")
    app.wait_for("savedbythesignalhandler")  # the app has the words; the autosave is a second away
    status = app.stop(signum)
    assert saved_notes(home) == "saved by the signal handler"
    assert os.WIFEXITED(status), "the app should exit cleanly, not die of the signal"


def test_escape_sequences_from_content_never_reach_the_terminal(home):
    from pathlib import Path

    hostile = Path(__file__).resolve().parents[1] / "data" / "hostile"
    app = RunningApp(home, "--content", str(hostile))
    app.wait_for("typetosearch")
    app.wait_for("19roles")  # the pack has loaded
    # "31mred": the escape's parameters run into the word, so that is the word the line holds.
    app.type("budget 31mred\x12")  # ctrl+r: the flat list, every found line rather than each role's best
    app.wait_for("budget␛[31mred␛[0m")  # shown, made visible
    app.stop(signal.SIGTERM)
    raw = bytes(app.output)
    assert b"\x1b[31mred" not in raw and b"\x1b[0m\xf0" not in raw
    assert "␛[31mred".encode() in ANSI.sub(b"", raw)  # the match's highlight may split it
