"""Shared helpers for the benchmarks: a program in a pseudo-terminal, and generated packs.

A program started with `Terminal` sees a real terminal of a fixed size, so Textual paints
every frame as it would for a person; a thread reads (and keeps) what it writes.
"""

from __future__ import annotations

import fcntl
import os
import pty
import struct
import subprocess
import sys
import tempfile
import termios
import threading
import time
from collections.abc import Sequence
from pathlib import Path

sys.path.insert(0, str(Path(__file__).resolve().parent))

from generate_pack import generate

PER_ROLE = 20


def pack_for(responsibilities: int) -> Path:
    """A generated pack of about `responsibilities` lines in /tmp, written on first use."""
    roles = max(1, responsibilities // PER_ROLE)
    pack = Path(tempfile.gettempdir()) / f"role-explorer-bench-{roles}x{PER_ROLE}"
    if not (pack / f"gen-{roles - 1:05d}.toml").exists():
        print(f"generating {roles} roles × {PER_ROLE} responsibilities in {pack} …", flush=True)
        generate(pack, roles, PER_ROLE, seed=7)
    return pack


def private_env(name: str, keep_cache: bool = True) -> dict[str, str]:
    """Environment with the XDG folders in /tmp, so no benchmark touches the user's files.

    The cache folder persists between runs (a warm start) unless `keep_cache` is False.
    """
    base = Path(tempfile.gettempdir()) / f"role-explorer-bench-xdg-{name}"
    env = {k: v for k, v in os.environ.items() if not k.startswith("TEXTUAL")}
    for kind in ("DATA", "CONFIG", "CACHE"):
        folder = base / kind.lower()
        folder.mkdir(parents=True, exist_ok=True)
        env[f"XDG_{kind}_HOME"] = str(folder)
    env.pop("PYTHONDONTWRITEBYTECODE", None)  # a person's Python keeps compiled modules; measure that
    env["TERM"] = "xterm-256color"
    env.pop("COLUMNS", None)
    env.pop("LINES", None)
    return env


def role_explorer_command() -> list[str]:
    """The installed entry point, next to this interpreter."""
    script = Path(sys.executable).parent / "role-explorer"
    return [str(script)] if script.exists() else [sys.executable, "-m", "explorer"]


class Terminal:
    """A child process on a pseudo-terminal of `columns` × `rows`."""

    def __init__(
        self,
        argv: Sequence[str],
        env: dict[str, str],
        columns: int = 100,
        rows: int = 30,
        pass_fds: Sequence[int] = (),
    ) -> None:
        self.master, slave = pty.openpty()
        fcntl.ioctl(slave, termios.TIOCSWINSZ, struct.pack("HHHH", rows, columns, 0, 0))
        self.started = time.perf_counter()
        self.process = subprocess.Popen(
            list(argv),
            stdin=slave,
            stdout=slave,
            stderr=slave,
            env=env,
            start_new_session=True,
            pass_fds=tuple(pass_fds),
        )
        os.close(slave)
        self._output = bytearray()
        self._lock = threading.Lock()
        self._reader = threading.Thread(target=self._read, daemon=True)
        self._reader.start()

    def _read(self) -> None:
        while True:
            try:
                chunk = os.read(self.master, 65536)
            except OSError:
                return
            if not chunk:
                return
            with self._lock:
                self._output += chunk

    def wait_for(self, marker: bytes, timeout: float) -> float | None:
        """Seconds from start until `marker` appeared in the output, or None on timeout."""
        deadline = time.perf_counter() + timeout
        while time.perf_counter() < deadline:
            with self._lock:
                if marker in self._output:
                    return time.perf_counter() - self.started
            time.sleep(0.002)
        return None

    def send(self, data: bytes) -> float:
        """Write keys to the program; returns the time.monotonic() at which they were written."""
        os.write(self.master, data)
        return time.monotonic()

    def close(self, quit_keys: bytes = b"\x11", timeout: float = 10.0) -> None:
        if self.process.poll() is None:
            try:
                self.send(quit_keys)
                self.process.wait(timeout=timeout)
            except (OSError, subprocess.TimeoutExpired):
                self.process.kill()
                self.process.wait()
        try:
            os.close(self.master)
        except OSError:
            pass
