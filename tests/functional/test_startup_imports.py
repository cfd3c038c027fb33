"""The first screen does not wait for code it does not show."""

import json
import os
import subprocess
import sys

SCRIPT = """
import sys
from pathlib import Path
from explorer.core.content.library import load_library
from explorer.tui.app import create_app
settings = Path(sys.argv[1])
if sys.argv[2] == "keymap":
    settings.parent.mkdir(parents=True, exist_ok=True)
    settings.write_text('[keymap]\\n"app.search" = "ctrl+s"\\n')
create_app(load_library(), settings_path=settings)
import json
print(json.dumps(sorted(m for m in sys.modules if m.startswith("explorer.tui.screens."))))
"""


def screens_imported(tmp_path, keymap: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "config" / "config.toml"), keymap],
        capture_output=True, text=True, timeout=120, env=os.environ,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_without_a_keymap_the_app_starts_without_importing_every_screen(tmp_path):
    plain = screens_imported(tmp_path, "none")
    assert "explorer.tui.screens.gap" not in plain and "explorer.tui.screens.readiness" not in plain
    # A keymap is checked against every binding, which needs every screen: the check still runs then.
    assert "explorer.tui.screens.gap" in screens_imported(tmp_path, "keymap")
