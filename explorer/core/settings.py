"""The user's preferences (for now, the theme), kept in the config folder as TOML."""

from __future__ import annotations

import tomllib
from dataclasses import dataclass
from pathlib import Path

import tomli_w

from explorer.core.common.atomic import atomic_write_text


@dataclass(frozen=True)
class Settings:
    theme: str | None = None


def load_settings(path: Path) -> tuple[Settings, str | None]:
    """The saved settings, plus a one-line warning when the file exists but cannot be used."""
    try:
        data = tomllib.loads(path.read_text(encoding="utf-8"))
    except FileNotFoundError:
        return Settings(), None
    except (OSError, UnicodeDecodeError, tomllib.TOMLDecodeError) as error:
        return Settings(), f"{path}: settings ignored: {error}"
    theme = data.get("theme")
    return Settings(theme=theme if isinstance(theme, str) else None), None


def save_settings(path: Path, settings: Settings) -> None:
    data = {"theme": settings.theme} if settings.theme else {}
    atomic_write_text(path, tomli_w.dumps(data), verify=tomllib.loads)
