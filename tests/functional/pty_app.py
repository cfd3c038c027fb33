"""role-explorer as a real process in a pseudo-terminal, for tests that kill or hang it up."""

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

from tests.functional.waits import DEADLINE, wait_until

ANSI = re.compile(rb"\x1b\[[0-9;?]*[A-Za-z]|\x1b[()][A-Z0-9]|\x1b[=>]|\x1b\][^\x07]*\x07")


class RunningApp:
    """role-explorer in a pseudo-terminal, with its screen output drained in the background."""

    def __init__(self, home, *args: str) -> None:
        env = {
            **os.environ,
            "XDG_DATA_HOME": str(home / "data"),
            "XDG_CONFIG_HOME": str(home / "config"),
            "TERM": "xterm-256color",
            "COLUMNS": "100",
            "LINES": "30",
        }
        self.pid, self.fd = pty.fork()
        if self.pid == 0:  # child
            os.execvpe(sys.executable, [sys.executable, "-m", "explorer", *args], env)
        fcntl.ioctl(self.fd, termios.TIOCSWINSZ, struct.pack("HHHH", 30, 100, 0, 0))
        self.output = bytearray()
        self.status: int | None = None  # once the process has ended
        self._reading = threading.Event()
        self._reading.set()
        self._reader = threading.Thread(target=self._drain, daemon=True)
        self._reader.start()

    def _drain(self) -> None:
        while True:
            self._reading.wait()
            try:
                ready, _, _ = select.select([self.fd], [], [], 0.1)
                if ready:
                    chunk = os.read(self.fd, 65536)
                    if not chunk:
                        return
                    self.output += chunk
            except (OSError, ValueError):  # the app exited, or hang_up() closed the terminal (fd -1)
                return

    def wait_for(self, text: str, timeout: float = DEADLINE) -> None:
        """Until `text` (written without spaces) has been on the screen."""
        wanted = text.encode()
        wait_until(
            lambda: wanted in ANSI.sub(b"", bytes(self.output)).replace(b" ", b""),
            timeout,
            f"{text!r} on screen",
        )

    def output_at_exit(self, timeout: float = DEADLINE) -> str:
        """The whole screen output of an app that has exited, once the reader has drained it."""
        self._reader.join(timeout)
        return self.output.decode("utf-8", "replace")

    def type(self, text: str, pause: float = 0.02) -> None:
        for char in text:
            os.write(self.fd, char.encode())
            time.sleep(pause)

    def stop(self, signum: int) -> int:
        os.kill(self.pid, signum)
        status = self.wait_exit(10)
        if status is None:
            self.kill()
            raise AssertionError("the app did not exit after the signal")
        return status

    def pause_reading(self) -> None:
        """Stop reading the screen output, like a terminal that is stopped: the app's writes block."""
        self._reading.clear()

    def hang_up(self) -> None:
        """Close the terminal, as when its window or tmux server goes away."""
        if self.fd >= 0:
            os.close(self.fd)
            self.fd = -1

    def wait_exit(self, timeout: float) -> int | None:
        """The exit status, or None if the app is still running after `timeout` seconds."""
        deadline = time.monotonic() + timeout
        while self.status is None:
            pid, status = os.waitpid(self.pid, os.WNOHANG)
            if pid:
                self.status = status
                self.hang_up()
                break
            if time.monotonic() > deadline:
                return None
            time.sleep(0.02)
        return self.status

    def kill(self) -> None:
        if self.status is None:
            os.kill(self.pid, signal.SIGKILL)
            self.status = os.waitpid(self.pid, 0)[1]
        self.hang_up()
