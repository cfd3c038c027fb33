"""How the app ends when it is told to (SIGTERM) or its terminal goes away (SIGHUP, a closed pty).

The words are saved first, then the app is asked to exit; should the exit not finish in time,
the process ends anyway. That deadline matters: once the terminal is gone, Textual's output
thread dies on the first write (EIO) and every later write waits forever on its full queue,
and the hangup's SIGCONT makes Textual restart terminal mode on the dead terminal. Handlers
are plain `signal.signal` ones, which run even while the event loop is stuck; asyncio's
`add_signal_handler` waits for the loop and so never ran in that state.
"""

from __future__ import annotations

import asyncio
import os
import select
import signal
import sys
import threading
import time
from collections.abc import Callable
from types import FrameType
from typing import Any

from explorer.core.common.textsafe import clean

SIGNALS = (signal.SIGTERM, signal.SIGHUP)
SAVE_WAIT = 1.0  # seconds the event loop gets to save before another thread does it
EXIT_WAIT: dict[int, float] = {signal.SIGHUP: 1.5, signal.SIGTERM: 3.0}  # from the signal to the forced end
Handler = Callable[[int, FrameType | None], Any] | int | signal.Handlers | None
HANGUP = select.POLLHUP | select.POLLERR | select.POLLNVAL


class Ending:
    """Installed while the app runs: `save` keeps the words, `exit` asks the app to end."""

    def __init__(
        self, save: Callable[[], None], exit: Callable[[], None], messages: Callable[[], list[str]]
    ) -> None:
        self._save, self._exit, self._messages = save, exit, messages
        self._loop: asyncio.AbstractEventLoop | None = None
        self._previous: dict[int, Handler] = {}
        self._save_lock = threading.Lock()
        self._saved = threading.Event()
        self._ending = False
        self._stopped = threading.Event()

    def install(self, watch_fd: int | None = None) -> None:
        """Take SIGTERM and SIGHUP (main thread only); with `watch_fd`, a hangup of that terminal counts as SIGHUP."""
        try:
            self._loop = asyncio.get_running_loop()
            for signum in SIGNALS:
                self._previous[signum] = signal.signal(signum, self._on_signal)
        except (RuntimeError, ValueError):
            return  # not the main thread: quit and autosave still save
        if watch_fd is not None:
            threading.Thread(
                target=self._watch_terminal, args=(watch_fd,), daemon=True, name="terminal-watch"
            ).start()

    def uninstall(self) -> None:
        self._stopped.set()
        for signum, previous in self._previous.items():
            signal.signal(signum, previous if previous is not None else signal.SIG_DFL)
        self._previous.clear()

    def _on_signal(self, signum: int, _frame: FrameType | None) -> None:
        if signum == signal.SIGHUP:
            # The kernel sends SIGCONT with the hangup; Textual would take it as "resumed" and
            # restart terminal mode on a terminal that is gone.
            signal.signal(signal.SIGCONT, signal.SIG_DFL)
        if self._ending:
            return
        self._ending = True
        threading.Thread(target=self._end_by_deadline, args=(signum,), daemon=True, name="ending").start()
        assert self._loop is not None
        self._loop.call_soon_threadsafe(self._save_then_exit)

    def _save_then_exit(self) -> None:
        self._save_once()
        self._exit()

    def _save_once(self, timeout: float = -1) -> None:
        if not self._save_lock.acquire(timeout=timeout):
            return  # the other thread is saving and stuck: nothing more can be done here
        try:
            if not self._saved.is_set():
                self._save()
        finally:
            self._saved.set()
            self._save_lock.release()

    def _end_by_deadline(self, signum: int) -> None:
        started = time.monotonic()
        if not self._saved.wait(SAVE_WAIT):
            self._save_once(timeout=SAVE_WAIT)  # the event loop is stuck; it is not saving
        time.sleep(max(0.0, started + EXIT_WAIT[signum] - time.monotonic()))
        stderr = sys.__stderr__
        for message in self._messages():  # where unsaved words went, if anywhere
            try:
                if stderr is not None:
                    os.write(stderr.fileno(), f"role-explorer: {clean(message)}\n".encode())
            except (OSError, AttributeError, ValueError):
                pass
        os._exit(128 + signum)

    def _watch_terminal(self, fd: int) -> None:
        """A closed terminal is not always signalled (the app may not own it): poll for the hangup."""
        poller = select.poll()
        poller.register(fd, 0)  # no events asked for: hangup and errors are always reported
        while not self._stopped.is_set():
            if any(events & HANGUP for _fd, events in poller.poll(500)):
                if not self._stopped.is_set():
                    os.kill(os.getpid(), signal.SIGHUP)
                return
