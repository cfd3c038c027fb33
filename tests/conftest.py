"""Shared fixtures: every test runs with its own empty user folders."""

from __future__ import annotations

from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
REPO = Path(__file__).parent.parent


@pytest.fixture(autouse=True)
def isolated_user_dirs(tmp_path_factory: pytest.TempPathFactory, monkeypatch: pytest.MonkeyPatch) -> Path:
    """Keep the person's real config, content and plans out of every test."""
    home = tmp_path_factory.mktemp("home")
    monkeypatch.setenv("XDG_DATA_HOME", str(home / "data"))
    monkeypatch.setenv("XDG_CONFIG_HOME", str(home / "config"))
    monkeypatch.setenv("XDG_CACHE_HOME", str(home / "cache"))
    monkeypatch.setenv("HOME", str(home))
    return home


@pytest.fixture
def data_dir() -> Path:
    return DATA


@pytest.fixture(autouse=True)
def frozen_cursor(monkeypatch: pytest.MonkeyPatch) -> None:
    """A blinking cursor would make every snapshot flaky."""
    from explorer.tui.widgets.inputs import QueryInput

    monkeypatch.setattr(QueryInput, "BLINK", False)


@pytest.fixture
def make_app(tmp_path: Path):
    """Build the app on the shipped library (plus optional packs), with settings in tmp."""
    from explorer.core.content.loader import load_catalog
    from explorer.locations import shipped_content_dir
    from explorer.tui.app import create_app

    def factory(*packs: Path, settings: Path | None = None):
        result = load_catalog([shipped_content_dir(), *packs])
        return create_app(result, settings_path=settings or tmp_path / "config" / "config.toml")

    return factory
