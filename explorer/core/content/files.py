"""Finding content files and reading one TOML file into data, every failure a located Problem."""

from __future__ import annotations

import os
import re
from collections.abc import Iterator
from dataclasses import dataclass, field
from pathlib import Path
from types import ModuleType
from typing import Any

from explorer.core.common.regular import NotRegularFile, read_regular
from explorer.core.content.hostile import Refusal, screen_structure, wide_encoding
from explorer.core.content.model import Problem
from explorer.core.content.spec import KeyPath
from explorer.core.content.toml_lines import KeyLines

MAX_FILE_BYTES = 2 * 1024 * 1024
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)")


class FileProblem(Exception):
    """A file could not be read or parsed; carries the problem to report."""

    def __init__(self, problem: Problem, kind: str = "content") -> None:
        super().__init__(str(problem))
        self.problem = problem
        # "access": the file could not be read at all; "content": it was read and is not valid.
        self.kind = kind


def _toml_parser() -> ModuleType:
    """tomli is tomllib's own parser, compiled: three times faster, with the same errors.
    Imported on the first parse: a start whose files all come from the parse cache needs none."""
    try:
        import tomli
    except ImportError:  # pragma: no cover - a source checkout without the dependency
        import tomllib

        return tomllib
    return tomli


def read_toml(
    path: Path, max_bytes: int = MAX_FILE_BYTES, *, follow_links: bool = True
) -> tuple[dict[str, Any], str]:
    """Parse one TOML file, turning every failure into a FileProblem with a position.

    Only a regular file is read (never a FIFO or a device); `follow_links=False` refuses a link.
    """
    try:
        raw = read_regular(path, max_bytes, follow_links=follow_links)
    except NotRegularFile as error:
        raise FileProblem(Problem(path, error.strerror or str(error)), "access") from None
    except OSError as error:
        raise FileProblem(Problem(path, f"cannot be read: {error.strerror or error}"), "access") from None
    if wide := wide_encoding(raw):
        raise FileProblem(Problem(path, f"is {wide} text; save it as UTF-8 (TOML files must be UTF-8)"))
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise FileProblem(Problem(path, "is not valid UTF-8 text", line, column)) from None
    try:
        screen_structure(text)
    except Refusal as refusal:
        raise FileProblem(
            Problem(path, f"refused: {refusal.message}", refusal.line, 1 if refusal.line else None)
        ) from None
    toml_parser = _toml_parser()
    try:
        return toml_parser.loads(text), text
    except toml_parser.TOMLDecodeError as error:
        message = str(error)
        position = _TOML_POSITION.search(message)
        message = _TOML_POSITION.sub("", message)
        if position:
            line, column = int(position.group(1)), int(position.group(2))
            raise FileProblem(Problem(path, f"TOML syntax error: {message}", line, column)) from None
        raise FileProblem(Problem(path, f"TOML syntax error: {message}")) from None
    except RecursionError:
        raise FileProblem(Problem(path, "TOML syntax error: nesting is too deep")) from None
    except ValueError:
        # tomllib lets int() refuse a number of more than 4,300 digits with a bare ValueError.
        raise FileProblem(Problem(path, "TOML syntax error: a number is too long to read")) from None


def content_files(directory: Path, problems: list[Problem] | None = None) -> Iterator[Path]:
    """Every .toml file below `directory`, in a stable order, skipping hidden entries.

    Symlinked folders are not followed, so a link loop cannot trap the walk. A folder that
    cannot be listed is skipped with a problem in `problems`.
    """

    def unlisted(error: OSError) -> None:
        if problems is not None:
            where = Path(error.filename) if error.filename else directory
            reason = f"cannot be listed ({error.strerror or error}); the files in it were skipped"
            problems.append(Problem(where, f"warning: {reason}"))

    for root, dirs, files in os.walk(directory, onerror=unlisted, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".toml") and not name.startswith("."):
                yield Path(root) / name
        for name in dirs:
            candidate = Path(root) / name
            if name.endswith(".toml"):
                yield candidate


def outside_folder(path: Path, directory: Path) -> str | None:
    """Why a (linked) file may not be read as content of `directory`, or None when it may."""
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return "is a broken or looping symbolic link"
        if not target.is_relative_to(directory.resolve()):
            return "is a link to a file outside the content folder; not read"
    return None


@dataclass
class Located:
    """Something loaded from a file, with what it takes to point at its lines.

    The key→line map is built only when a problem needs a line number.
    """

    path: Path
    text: str | None = None
    _lines: KeyLines | None = field(default=None, repr=False)

    @property
    def lines(self) -> KeyLines:
        if self._lines is None:
            if self.text is None:
                try:
                    self.text = self.path.read_text(encoding="utf-8-sig")
                except (OSError, UnicodeDecodeError):
                    self.text = ""
            self._lines = KeyLines(self.text)
        return self._lines

    def problem(self, key_path: KeyPath, message: str) -> Problem:
        line = self.lines.line_of(key_path)
        return Problem(self.path, message, line, 1 if line else None)
