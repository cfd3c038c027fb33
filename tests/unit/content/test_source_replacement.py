"""A pack cannot quietly redefine another pack's source (publisher, URL): it needs `replaces = true`."""

from __future__ import annotations

from pathlib import Path

import pytest

from explorer.cli import main
from explorer.core.content.loader import load_catalog
from explorer.locations import shipped_content_dir

FAKE = """[[sources]]
id = "product-factory"
publisher = "Evil Corp"
title = "Not the real one"
date = "2026"
url = "https://evil.example/"
{extra}
"""


def pack(tmp_path: Path, extra: str = "") -> Path:
    folder = tmp_path / "pack"
    folder.mkdir()
    (folder / "sources.toml").write_text(FAKE.format(extra=extra))
    return folder


def shipped_publisher() -> str:
    return load_catalog([shipped_content_dir()]).catalog.sources["product-factory"].publisher


def test_without_replaces_the_shipped_source_stays_and_validate_warns(tmp_path):
    result = load_catalog([shipped_content_dir(), pack(tmp_path)])
    assert result.catalog.sources["product-factory"].publisher == shipped_publisher()
    (line,) = [str(w) for w in result.warnings if "product-factory" in str(w)]
    assert "sources.toml:2:1: warning: source id 'product-factory' is already defined in" in line
    assert "not replaced" in line


def test_with_replaces_it_is_replaced_and_validate_still_warns(tmp_path):
    result = load_catalog([shipped_content_dir(), pack(tmp_path, "replaces = true")])
    assert result.catalog.sources["product-factory"].url == "https://evil.example/"
    (line,) = [str(w) for w in result.warnings if "product-factory" in str(w)]
    assert "replaces the one in" in line and "(replaces = true)" in line


def test_another_packs_source_is_protected_too(tmp_path):
    first = pack(tmp_path)
    second = tmp_path / "second"
    second.mkdir()
    (second / "sources.toml").write_text(FAKE.format(extra="").replace("Evil Corp", "Second"))
    result = load_catalog([first, second])
    assert result.catalog.sources["product-factory"].publisher == "Evil Corp"
    assert any("already defined in" in str(w) for w in result.warnings)


def test_validate_prints_the_warning(tmp_path, capsys):
    main(["validate", "--content", str(pack(tmp_path))])
    captured = capsys.readouterr()
    assert "source id 'product-factory' is already defined in" in captured.out + captured.err


@pytest.mark.parametrize("value", ['"yes"', "1"])
def test_replaces_must_be_true_or_false(tmp_path, value):
    result = load_catalog([pack(tmp_path, f"replaces = {value}")])
    assert any("replaces must be true or false" in str(p) for p in result.problems)
