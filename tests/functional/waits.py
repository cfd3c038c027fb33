"""Wait on conditions, not on the clock.

A fixed sleep is too long on an idle machine and too short on a loaded one. These helpers
poll a condition and return as soon as it holds. The deadline is generous because it is
reached only by a test that is failing anyway; a passing test never waits for it.
"""

from __future__ import annotations

import time
from collections.abc import Callable, Iterator
from typing import Any, TypeVar

T = TypeVar("T")

POLL = 0.05  # seconds between two looks
DEADLINE = 30.0  # seconds; generous, since only a failing test waits this long


def _looks(timeout: float, what: str) -> Iterator[None]:
    """One turn per look at the condition, until the deadline passes."""
    deadline = time.monotonic() + timeout
    while True:
        yield
        if time.monotonic() >= deadline:
            raise AssertionError(f"timed out after {timeout:g}s waiting for {what}")


def wait_until(condition: Callable[[], T], timeout: float = DEADLINE, what: str = "the condition") -> T:
    """The condition's first true value, polled from this thread (real processes, files)."""
    for _ in _looks(timeout, what):
        if result := condition():
            return result
        time.sleep(POLL)
    raise AssertionError("unreachable")


async def pilot_until(
    pilot: Any, condition: Callable[[], T], timeout: float = DEADLINE, what: str = "the condition"
) -> T:
    """The same inside `app.run_test()`: the app's timers and messages run while it waits."""
    for _ in _looks(timeout, what):
        if result := condition():
            return result
        await pilot.pause(POLL)
    raise AssertionError("unreachable")


def file_holds(path: Any, text: str) -> Callable[[], bool]:
    """A condition: `path` exists and contains `text` (saves replace files whole, so no torn reads)."""

    def holds() -> bool:
        try:
            return text in path.read_text(encoding="utf-8")
        except FileNotFoundError:
            return False

    return holds


async def palette_settled(pilot: Any) -> None:
    """Until the command palette has finished searching for what was typed, and drawn the hits."""
    from textual.command import CommandPalette
    from textual.worker import WorkerState

    app = pilot.app
    busy = (WorkerState.PENDING, WorkerState.RUNNING)
    await pilot.pause()  # the last key's Input.Changed has started the search
    await pilot_until(
        pilot,
        lambda: (
            isinstance(app.screen, CommandPalette)
            and not any(worker.node is app.screen and worker.state in busy for worker in app.workers)
        ),
        what="the command palette's search",
    )
    await pilot.pause()
