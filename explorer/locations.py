"""Every path the program reads or writes, in one place."""

from __future__ import annotations

from pathlib import Path

import platformdirs

APP_NAME = "role-explorer"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    # A wheel carries the folders inside the package; a source checkout has them at the top.
    inside_wheel = _PACKAGE_DIR / "_shipped" / name
    if inside_wheel.is_dir():
        return inside_wheel
    return _PACKAGE_DIR.parent / name


def shipped_content_dir() -> Path:
    return _shipped("content")


def styles_dir() -> Path:
    return _shipped("styles")


def data_dir() -> Path:
    return Path(platformdirs.user_data_dir(APP_NAME, appauthor=False))


def config_dir() -> Path:
    return Path(platformdirs.user_config_dir(APP_NAME, appauthor=False))


def cache_dir() -> Path:
    return Path(platformdirs.user_cache_dir(APP_NAME, appauthor=False))


def parse_cache_dir() -> Path:
    """Parsed content files, one cache file per content folder."""
    return cache_dir() / "parsed"


def compiled_content_dir() -> Path:
    """Built search indexes, one file per content set (see core/content/compiled.py)."""
    return cache_dir() / "compiled"


def user_content_dir() -> Path:
    return data_dir() / "content"


def plans_dir() -> Path:
    return data_dir() / "plans"


def config_file() -> Path:
    return config_dir() / "config.toml"
