"""The user's preferences (the theme and a keymap), kept in the config folder as TOML.

The file is the user's: saving the theme rewrites only the theme line, keeping every other
line and comment, and a file that cannot be parsed is never overwritten.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path

# tomllib and tomli_w are imported where they are used: most people have no config file.
from explorer.core.common.atomic import atomic_write_text
from explorer.core.content.toml_lines import KeyLines

# "ctrl+k", "f5", "question_mark", "ctrl+shift+left" or several of them separated by commas.
_KEYS = re.compile(r"[^\s,]{1,40}(\s*,\s*[^\s,]{1,40}){0,7}")
_THEME_LINE = re.compile(r"\s*(theme|\"theme\"|'theme')\s*=")
MAX_KEYMAP_ENTRIES = 500


class SettingsError(ValueError):
    """The config file exists but could not be read or parsed."""


@dataclass(frozen=True)
class KeymapEntry:
    binding_id: str
    keys: str
    line: int | None


@dataclass(frozen=True)
class Settings:
    theme: str | None = None
    keymap: tuple[KeymapEntry, ...] = ()


def _where(path: Path, line: int | None) -> str:
    return f"{path}:{line}" if line else str(path)


def load_settings(path: Path) -> tuple[Settings, list[str]]:
    """The saved settings, plus one line per problem (file:line, what was ignored)."""
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        return Settings(), []
    except (OSError, UnicodeDecodeError) as error:
        return Settings(), [f"{path}: settings ignored: {error}"]
    import tomllib

    try:
        data = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        return Settings(), [f"{path}: settings ignored: {error}"]
    lines = KeyLines(text)
    problems: list[str] = []
    theme = data.get("theme")
    if theme is not None and not isinstance(theme, str):
        problems.append(f"{_where(path, lines.line_of(('theme',)))}: theme must be a name in quotes; ignored")
    keymap = _keymap(path, data.get("keymap", {}), lines, problems)
    return Settings(theme=theme if isinstance(theme, str) else None, keymap=keymap), problems


def _keymap(path: Path, table: object, lines: KeyLines, problems: list[str]) -> tuple[KeymapEntry, ...]:
    if not isinstance(table, dict):
        problems.append(
            f'{_where(path, lines.line_of(("keymap",)))}: [keymap] must be a table of binding id = "keys"; ignored'
        )
        return ()
    entries = []
    for binding_id, keys in list(table.items())[:MAX_KEYMAP_ENTRIES]:
        line = lines.line_of(("keymap", binding_id))
        if not isinstance(keys, str) or not _KEYS.fullmatch(keys.strip()):
            problems.append(
                f'{_where(path, line)}: keymap {binding_id!r}: expected keys in quotes such as "ctrl+k" or "f5,ctrl+k"; ignored'
            )
            continue
        entries.append(KeymapEntry(binding_id, keys.strip(), line))
    if len(table) > MAX_KEYMAP_ENTRIES:
        problems.append(
            f"{_where(path, lines.line_of(('keymap',)))}: only the first {MAX_KEYMAP_ENTRIES} keymap entries are used"
        )
    return tuple(entries)


def save_theme(path: Path, theme: str) -> None:
    """Set the theme in the config file, leaving every other line as the user wrote it.

    Raises SettingsError when the file exists but cannot be parsed: it is not ours to overwrite.
    """
    try:
        text = path.read_text(encoding="utf-8")
    except FileNotFoundError:
        text = ""
    except (OSError, UnicodeDecodeError) as error:
        raise SettingsError(f"{path}: not changed: {error}") from error
    import tomllib

    import tomli_w

    try:
        before = tomllib.loads(text)
    except tomllib.TOMLDecodeError as error:
        raise SettingsError(f"{path}: not changed, it does not parse: {error}") from error
    setting = tomli_w.dumps({"theme": theme}).strip()
    lines = text.splitlines()
    first_table = next((i for i, line in enumerate(lines) if line.lstrip().startswith("[")), len(lines))
    at = next((i for i in range(first_table) if _THEME_LINE.match(lines[i])), None)
    if at is None:
        lines.insert(0, setting)  # top-level keys must come before the first table
    else:
        lines[at] = setting

    def unchanged_but_the_theme(written: str) -> None:
        after = tomllib.loads(written)
        if after.get("theme") != theme or {**after, "theme": None} != {**before, "theme": None}:
            raise SettingsError(f"{path}: not changed: the theme line could not be set safely")

    atomic_write_text(path, "\n".join(lines) + "\n", verify=unchanged_but_the_theme)
