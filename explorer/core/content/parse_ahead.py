"""Parse part of a large content set in a forked worker while the loader reads the rest.

Parsing TOML is most of a cold load (tomli takes about half of it), and it is the same
work for every file, so with two cores a worker can take the files at the end of the
loading order while the loader itself works from the start. The worker returns only the
happy path, as data (JSON text, never pickle): the files that read and validate cleanly,
with the size and modification time it saw. Anything else (a problem to report, a date,
a file changed since, a worker that died) is simply not among its answers, and the loader
parses that file itself, as it always does; so every problem is reported once, by the
same code, in the same words, in the same order as a load without a worker.
"""

from __future__ import annotations

import json
import os
import signal
import sys
from collections.abc import Sequence
from pathlib import Path

from explorer.core.content.files import FileProblem, read_toml
from explorer.core.content.spec import Shape
from explorer.core.content.validate import check

# Below this many files to parse, starting a worker costs about what it saves.
MIN_FILES = 150
# The loader also builds every role, so the worker takes a little more than half the parsing.
WORKER_SHARE = 0.55

Key = tuple[int, int]


def key_of(stat: os.stat_result) -> Key:
    return stat.st_size, stat.st_mtime_ns


def can_fork() -> bool:
    """Whether forking is safe here: on a system that has it, with no other thread running
    (a thread could hold a lock the worker would then wait on for ever)."""
    threading = sys.modules.get("threading")
    return hasattr(os, "fork") and (threading is None or threading.active_count() == 1)


class ParseAhead:
    """A worker parsing `jobs` (path, shape) from the moment it is made; `take` its answers."""

    def __init__(self, jobs: Sequence[tuple[Path, Shape]]) -> None:
        self._answers: dict[str, tuple[Key, str]] | None = None
        self._paths = {str(path) for path, _ in jobs}
        read_end, write_end = os.pipe()
        self._pid = os.fork()
        if self._pid == 0:  # the worker: answer, then leave without running anything of the parent's
            status = 1
            try:
                os.close(read_end)
                with os.fdopen(write_end, "wb") as out:
                    out.write(_answer(jobs).encode("utf-8", "surrogateescape"))
                status = 0
            finally:
                os._exit(status)
        os.close(write_end)
        self._read_end = read_end

    @classmethod
    def start(cls, jobs: Sequence[tuple[Path, Shape]]) -> ParseAhead | None:
        """A worker for the last share of `jobs`, or None when parsing alone is better."""
        if len(jobs) < MIN_FILES or not can_fork():
            return None
        try:
            return cls(jobs[len(jobs) - int(len(jobs) * WORKER_SHARE) :])
        except OSError:  # no process or pipe to be had: parse alone
            return None

    def take(self, path: str, key: Key) -> str | None:
        """The file's data as JSON text, when the worker read it cleanly as it is now."""
        if path not in self._paths:
            return None
        if self._answers is None:  # the first of the worker's files: wait for its answers
            self._answers = self._collect()
        found = self._answers.pop(path, None)
        return found[1] if found is not None and found[0] == key else None

    def close(self) -> None:
        """Stop the worker if its answers were never wanted (the load failed on the way)."""
        if self._answers is None:
            try:
                os.kill(self._pid, signal.SIGKILL)
            except OSError:
                pass
            self._answers = self._collect()

    def _collect(self) -> dict[str, tuple[Key, str]]:
        with os.fdopen(self._read_end, "rb") as answers:
            raw = answers.read()
        _, status = os.waitpid(self._pid, 0)
        if status != 0:
            return {}
        found: dict[str, tuple[Key, str]] = {}
        for line in raw.decode("utf-8", "surrogateescape").splitlines():
            head, _, data = line.partition("\t")
            path, size, mtime = json.loads(head)
            found[path] = ((size, mtime), data)
        return found


def _answer(jobs: Sequence[tuple[Path, Shape]]) -> str:
    """One line per file that read and validated cleanly: [path, size, mtime], a tab, its data."""
    lines = []
    for path, shape in jobs:
        try:
            stat = os.stat(path)  # before reading, as the loader does: a later change shows as a mismatch
            data, _ = read_toml(path)
            if check(data, shape):
                continue
            lines.append(f"{json.dumps([str(path), *key_of(stat)])}\t{json.dumps(data)}\n")
        except (FileProblem, OSError, TypeError, ValueError, RecursionError):
            continue  # the loader reads this one itself, and reports it
    return "".join(lines)
