"""Kill a real running app and check that the words typed are on disk."""

import fcntl
import os
import pty
import re
import select
import signal
import struct
import sys
import termios
import threading
import time

import pytest

from explorer.core.plans.store import PlanStore

F4 = "\x1bOS"
ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]|\x1b\][^\x07]*\x07")


class RunningApp:
    """role-explorer in a pseudo-terminal, with its screen output drained in the background."""

    def __init__(self, home, *args: str) -> None:
        env = {**os.environ, "XDG_DATA_HOME": str(home / "data"), "XDG_CONFIG_HOME": str(home / "config"),
               "TERM": "xterm-256color", "COLUMNS": "100", "LINES": "30"}
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # child
            os.execvpe(sys.executable, [sys.executable, "-m", "explorer", *args], env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.output = bytearray()
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        while True:
            try:
                ready, _, _ = select.select([self.fd], [], [], 0.1)
                if ready:
                    chunk = os.read(self.fd, 65536)
                    if not chunk:
                        return
                    self.output += chunk
            except OSError:
                return

    def wait_for(self, text: str, timeout: float = 20) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text.encode() in ANSI.sub(b"", bytes(self.output)).replace(b" ", b""):
                return
            time.sleep(0.05)
        raise AssertionError(f"{text!r} never appeared on screen")

    def type(self, text: str, pause: float = 0.02) -> None:
        for char in text:
            os.write(self.fd, char.encode())
            time.sleep(pause)

    def stop(self, signum: int) -> int:
        os.kill(self.pid, signum)
        deadline = time.monotonic() + 10
        while time.monotonic() < deadline:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                os.close(self.fd)
                return status
            time.sleep(0.05)
        os.kill(self.pid, signal.SIGKILL)
        os.waitpid(self.pid, 0)
        raise AssertionError("the app did not exit after the signal")


def start_plan_and_type(home, notes: str) -> RunningApp:
    app = RunningApp(home)
    app.wait_for("typetosearch")
    app.type(F4)
    app.wait_for("Noplansyet")
    app.type("n")
    app.wait_for("Nametheplan")
    app.type("Kill test\r")
    app.wait_for("Killtest")
    time.sleep(0.3)
    app.type(notes)
    return app


def saved_notes(home) -> str:
    return PlanStore(home / "data" / "role-explorer" / "plans").load("kill-test").plan.notes


@pytest.fixture
def home(tmp_path):
    return tmp_path


def test_sigkill_two_seconds_after_typing_loses_nothing(home):
    app = start_plan_and_type(home, "words typed before the crash")
    time.sleep(2.0)
    app.stop(signal.SIGKILL)
    assert saved_notes(home) == "words typed before the crash"


@pytest.mark.parametrize("signum", [signal.SIGTERM, signal.SIGHUP], ids=["SIGTERM", "SIGHUP"])
def test_termination_signal_saves_at_once(home, signum):
    app = start_plan_and_type(home, "saved by the signal handler")
    time.sleep(0.2)  # well inside the one-second autosave delay
    status = app.stop(signum)
    assert saved_notes(home) == "saved by the signal handler"
    assert os.WIFEXITED(status), "the app should exit cleanly, not die of the signal"


def test_escape_sequences_from_content_never_reach_the_terminal(home):
    from pathlib import Path

    hostile = Path(__file__).resolve().parents[1] / "data" / "hostile"
    app = RunningApp(home, "--content", str(hostile))
    app.wait_for("typetosearch")
    app.wait_for("19roles")  # the pack has loaded
    app.type("budget\x12")  # ctrl+r: the flat list, every found line rather than each role's best
    app.wait_for("budget␛[31mred␛[0m")  # shown, made visible
    app.stop(signal.SIGTERM)
    raw = bytes(app.output)
    assert b"\x1b[31mred" not in raw and b"\x1b[0m\xf0" not in raw
    assert "␛[31mred".encode() in raw
