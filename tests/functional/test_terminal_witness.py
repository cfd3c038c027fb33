"""A real terminal (tmux) as the witness: notes with escape sequences change neither its title nor its clipboard."""

from __future__ import annotations

import os
import shutil
import subprocess
import sys
import time
import uuid

import pytest

from explorer.core.plans.model import Plan
from explorer.core.plans.store import PlanStore

pytestmark = pytest.mark.skipif(shutil.which("tmux") is None, reason="needs tmux")

# OSC 2 sets the window title; OSC 52 fills the clipboard ("PWNED" in base64); the rest reorder or hide text.
HOSTILE_NOTES = "before \x1b]2;PWNED\x07 mid \x1b]52;c;UFdORUQ=\x07 \x9b31m C1 \u202eRTL\u2066 end"


class Tmux:
    def __init__(self) -> None:
        self.socket = f"role-explorer-{uuid.uuid4().hex[:8]}"

    def __call__(self, *args: str, check: bool = True) -> str:
        done = subprocess.run(
            ["tmux", "-L", self.socket, "-f", "/dev/null", *args],
            capture_output=True,
            text=True,
            check=check,
            timeout=20,
        )
        return done.stdout

    def screen(self) -> str:
        return self("capture-pane", "-p", "-t", "w")

    def until(self, text: str, timeout: float = 30) -> None:
        deadline = time.monotonic() + timeout
        while time.monotonic() < deadline:
            if text in self.screen():
                return
            time.sleep(0.1)
        raise AssertionError(f"{text!r} never appeared:\n{self.screen()}")


def test_notes_with_escapes_leave_the_terminal_title_and_clipboard_alone(isolated_user_dirs):
    plans = isolated_user_dirs / "data" / "role-explorer" / "plans"
    PlanStore(plans).save("evil", Plan(title="Evil plan", notes=HOSTILE_NOTES), None)
    tmux = Tmux()
    env = " ".join(
        f"{name}={os.environ[name]}"
        for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "HOME")
    )
    command = f"env TERM=xterm-256color {env} {sys.executable} -m explorer"
    tmux("new-session", "-d", "-s", "w", "-x", "100", "-y", "30", command)
    try:
        tmux("set-option", "-g", "set-clipboard", "on")
        tmux("set-option", "-g", "allow-rename", "on")
        title_before = tmux("display-message", "-p", "-t", "w", "#{pane_title}")
        tmux.until("Search roles")
        tmux("send-keys", "-t", "w", "C-n")
        tmux.until(" mid ")
        shown = tmux.screen()
        assert "␛]2;PWNED␇" in shown and "␛]52;c;UFdORUQ=␇" in shown
        assert tmux("display-message", "-p", "-t", "w", "#{pane_title}") == title_before
        assert tmux("list-buffers", check=False) == ""
        assert PlanStore(plans).load("evil").plan.notes == HOSTILE_NOTES  # stored as written
    finally:
        tmux("kill-server", check=False)
