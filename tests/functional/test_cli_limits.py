"""What the CLI accepts, the app can read: over-long or non-UTF-8 text is one line, never a traceback."""

from __future__ import annotations

import os
import subprocess
import sys

import pytest

LONG = "t" * 20_001
NOT_UTF8 = b"bad \xff title"


def run(*argv: str | bytes) -> subprocess.CompletedProcess[bytes]:
    return subprocess.run(
        [sys.executable, "-m", "explorer", *argv],
        capture_output=True,
        timeout=60,
        check=False,
        env=os.environ,
    )


@pytest.mark.parametrize(
    "argv, says",
    [
        (("plan", "new", LONG), b"title is longer than 20000 characters"),
        ((b"plan", b"new", NOT_UTF8), b"not UTF-8"),
        (("plan", "rename", "ok", LONG), b"title is longer than 20000 characters"),
        ((b"plan", b"rename", b"ok", NOT_UTF8), b"not UTF-8"),
        ((b"plan", b"evidence", b"add", b"ok", b"--text", NOT_UTF8), b"not UTF-8"),
        (("plan", "evidence", "add", "ok", "--text", LONG), b"longer than 20000 characters"),
    ],
    ids=["new-long", "new-bytes", "rename-long", "rename-bytes", "evidence-bytes", "evidence-long"],
)
def test_text_the_store_could_not_read_back_is_refused_in_one_line(isolated_user_dirs, argv, says):
    assert run("plan", "new", "ok").returncode == 0
    done = run(*argv)
    assert done.returncode != 0
    assert len(done.stderr.splitlines()) == 1 and says in done.stderr and b"Traceback" not in done.stderr
    listed = run("plan", "list")
    assert listed.returncode == 0 and b"unreadable" not in listed.stdout + listed.stderr
