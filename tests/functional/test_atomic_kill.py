"""SIGKILL a process while it saves plans, over and over: the file is always whole."""

import os
import random
import signal
import subprocess
import sys
import time

import pytest

from explorer.core.plans.store import PlanStore

# Real processes on a real clock: in the full suite, not in the quick lane.
pytestmark = pytest.mark.slow

WRITER = r"""
import sys
from pathlib import Path
from explorer.core.plans.store import PlanStore
from explorer.core.plans.model import Plan
store = PlanStore(Path(sys.argv[1]))
versions = [Plan("Kill loop", notes="A" * 200_000), Plan("Kill loop", notes="B" * 300_000 + "\n" * 1000)]
stored = store.load("loop")
print("ready", flush=True)
i = 0
while True:
    i += 1
    stored = store.save("loop", versions[i % 2], stored.fingerprint)
"""


def test_a_killed_writer_leaves_the_old_or_the_new_file_never_a_mix(tmp_path):
    from explorer.core.plans.model import Plan

    store = PlanStore(tmp_path)
    store.save("loop", Plan("Kill loop", notes="A" * 200_000), None)
    rng = random.Random(11)
    seen = set()
    for _ in range(12):
        writer = subprocess.Popen(
            [sys.executable, "-c", WRITER, str(tmp_path)], stdout=subprocess.PIPE, text=True
        )
        assert writer.stdout.readline().strip() == "ready"
        time.sleep(rng.uniform(0.005, 0.15))
        os.kill(writer.pid, signal.SIGKILL)
        writer.wait()
        plan = store.load("loop").plan  # raises if the file were torn
        assert plan.notes in ("A" * 200_000, "B" * 300_000 + "\n" * 1000)
        seen.add(plan.notes[0])
        # Temp files from interrupted writes are hidden, never mistaken for plans.
        assert store.names() == ["loop"]
    assert seen, "the writer never got to save"
