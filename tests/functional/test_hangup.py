"""The terminal goes away (window closed, tmux killed) or SIGTERM comes: words saved, process gone, every time."""

import os
import signal
import time

import pytest
from tests.functional.pty_app import RunningApp

from explorer.core.plans.store import PlanStore

# Real processes on a real clock: in the full suite, not in the quick lane.
pytestmark = pytest.mark.slow

F1, F2, F4 = "\x1bOP", "\x1bOQ", "\x1bOS"
CTRL_N = "\x0e"
EXIT_WITHIN = 5.0  # seconds; the app's own deadline after a hangup is 1.5 s


def all_notes(home) -> str:
    store = PlanStore(home / "data" / "role-explorer" / "plans")
    return " ".join(store.load(name).plan.notes for name in store.names())


def typed_into_notes(home, words: str) -> RunningApp:
    app = RunningApp(home)
    app.wait_for("typetosearch")
    app.type(CTRL_N)
    app.wait_for("Noplanyet")
    app.type(words, pause=0.005)
    app.wait_for(words.replace(" ", ""))  # the app has them: words still in the terminal's buffer die with it
    return app


def hang_up(app: RunningApp) -> None:
    app.hang_up()


def send_sighup(app: RunningApp) -> None:
    os.kill(app.pid, signal.SIGHUP)


def send_sigterm(app: RunningApp) -> None:
    os.kill(app.pid, signal.SIGTERM)


# (key pressed just before the end: none, or one that opens a screen; how the end comes)
MOMENTS = [
    ("", hang_up),
    (F2, hang_up),
    (F1, hang_up),
    (F4, hang_up),
    (F2, send_sighup),
    (F1, send_sighup),
    (F2, hang_up),
    (F4, send_sigterm),
    (F2, send_sigterm),
    (F1, hang_up),
]


def test_hangup_or_sigterm_at_any_moment_saves_the_words_and_ends_the_process(tmp_path):
    """The race (a screen opening as the terminal goes) hung 2 runs in 6; ten runs, all must end."""
    timings = []
    for run, (key, end) in enumerate(MOMENTS):
        home = tmp_path / f"run{run}"
        words = f"words of run {run}"
        app = typed_into_notes(home, words)
        try:
            app.type(key, pause=0)
            start = time.monotonic()
            end(app)
            status = app.wait_exit(EXIT_WITHIN)
        finally:
            if app.wait_exit(0) is None:
                app.kill()
        assert status is not None, (
            f"run {run} ({end.__name__} after {key!r}): still running after {EXIT_WITHIN} s"
        )
        timings.append(time.monotonic() - start)
        assert os.WIFEXITED(status), f"run {run}: died of a signal instead of ending itself"
        assert all_notes(home) == words, f"run {run} ({end.__name__} after {key!r}): the notes were not saved"
    print("exit times:", ", ".join(f"{t:.2f}" for t in timings))


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_a_signal_ends_the_app_even_when_its_terminal_blocks_output(tmp_path, signum):
    """Nobody reads the terminal (a stopped tmux client): writes block, yet the signal still ends it."""
    app = typed_into_notes(tmp_path, "kept despite a stuck terminal")
    app.pause_reading()
    app.type(F2 + F1 + "\x1b" * 2 + F2, pause=0)
    time.sleep(1.0)
    os.kill(app.pid, signum)
    status = app.wait_exit(EXIT_WITHIN)
    if status is None:
        app.kill()
    assert status is not None, "the app ignored the signal"
    assert all_notes(tmp_path) == "kept despite a stuck terminal"
