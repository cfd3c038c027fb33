"""A pack subfolder that cannot be listed is named in one warning, and the rest loads."""

from __future__ import annotations

import os
import shutil

from explorer.core.content.loader import load_catalog


def test_an_unlistable_subfolder_is_named(tmp_path, data_dir, monkeypatch):
    pack = tmp_path / "pack"
    shutil.copytree(data_dir / "minimal", pack)
    (pack / "locked").mkdir()
    real_scandir = os.scandir

    def scandir(path=".", *args):
        if os.fspath(path).endswith("locked"):
            raise PermissionError(13, "Permission denied", os.fspath(path))
        return real_scandir(path, *args)

    monkeypatch.setattr(os, "scandir", scandir)
    result = load_catalog([pack])
    assert result.ok and len(result.catalog) > 0
    lines = [str(w) for w in result.warnings if "locked" in str(w)]
    assert lines == [
        f"{pack / 'locked'}: warning: cannot be listed (Permission denied); the files in it were skipped"
    ]
