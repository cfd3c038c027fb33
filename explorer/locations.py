"""Every path the program reads or writes, in one place."""

from __future__ import annotations

import os
import posixpath
import sys
from pathlib import Path

APP_NAME = "role-explorer"
_PACKAGE_DIR = Path(__file__).resolve().parent


def _shipped(name: str) -> Path:
    # A wheel carries the folder inside the package; a source checkout has it at the top.
    inside_wheel = _PACKAGE_DIR / "_shipped" / name
    if inside_wheel.is_dir():
        return inside_wheel
    return _PACKAGE_DIR.parent / name


def shipped_content_dir() -> Path:
    return _shipped("content")


def data_dir() -> Path:
    return _user_dir("XDG_DATA_HOME", "~/.local/share", "user_data_dir")


def config_dir() -> Path:
    return _user_dir("XDG_CONFIG_HOME", "~/.config", "user_config_dir")


def cache_dir() -> Path:
    return _user_dir("XDG_CACHE_HOME", "~/.cache", "user_cache_dir")


def _user_dir(variable: str, default: str, platformdirs_function: str) -> Path:
    """platformdirs' answer. On Linux with the XDG variable or an absolute HOME (nearly every
    run) it is worked out here, as platformdirs does: importing platformdirs cost a warm
    search a tenth of its time. Anything else asks platformdirs. tests/unit/test_locations.py
    holds the two to the same answers."""
    if sys.platform == "linux" and not _android():
        chosen = os.environ.get(variable, "")
        if posixpath.isabs(chosen):
            return Path(os.path.join(chosen, APP_NAME))
        if posixpath.isabs(os.environ.get("HOME", "")):
            return Path(os.path.join(os.path.expanduser(default), APP_NAME))
    import platformdirs

    return Path(getattr(platformdirs, platformdirs_function)(APP_NAME, appauthor=False))


def _android() -> bool:
    return hasattr(sys, "getandroidapilevel") or (
        os.environ.get("ANDROID_DATA") == "/data" and os.environ.get("ANDROID_ROOT") == "/system"
    )


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
