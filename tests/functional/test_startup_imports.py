"""The first screen does not wait for code it does not show."""

import json
import os
import subprocess
import sys
from pathlib import Path

import explorer.tui.screens

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
print(json.dumps(sorted(m for m in sys.modules if m.startswith(("explorer.tui.screens.", "explorer.core.", "rapidfuzz", "argparse")))))
"""


def modules_imported(tmp_path, keymap: str) -> list[str]:
    done = subprocess.run(
        [sys.executable, "-c", SCRIPT, str(tmp_path / "config" / "config.toml"), keymap],
        capture_output=True,
        text=True,
        timeout=120,
        env=os.environ,
        check=False,
    )
    assert done.returncode == 0, done.stderr
    return json.loads(done.stdout)


def test_without_a_keymap_the_app_starts_without_importing_every_screen(tmp_path):
    plain = modules_imported(tmp_path, "none")
    assert "explorer.tui.screens.gap" not in plain and "explorer.tui.screens.readiness" not in plain
    # A keymap is checked against every binding, which needs every screen: the check still runs then.
    assert "explorer.tui.screens.gap" in modules_imported(tmp_path, "keymap")


def test_the_plans_and_the_search_index_wait_until_after_the_first_frame(tmp_path):
    plain = modules_imported(tmp_path, "none")
    for later in (
        "explorer.core.plans.session",
        "explorer.core.plans.store",
        "explorer.core.search.index",
        "rapidfuzz",
    ):
        assert later not in plain
    assert "explorer.core.content.model" in plain  # the roles themselves are loaded


async def test_the_plans_and_the_index_are_ready_soon_after_the_first_frame(tmp_path):
    from explorer.core.content.library import load_library
    from explorer.tui.app import create_app

    app = create_app(load_library(), settings_path=tmp_path / "config.toml", plans_dir=tmp_path / "plans")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        assert app.explorer.index_built and app.explorer.plans.opened
        assert len(app.index) > 100


async def test_quitting_before_the_plans_were_needed_writes_nothing(tmp_path):
    from explorer.core.content.library import load_library
    from explorer.tui.app import create_app

    app = create_app(load_library(), settings_path=tmp_path / "config.toml", plans_dir=tmp_path / "plans")
    app.save_at_exit()  # as a signal handler would, before the app even ran
    assert app.exit_messages == [] and not (tmp_path / "plans").exists()


async def test_a_screen_s_styles_are_read_when_it_is_first_opened_and_used(tmp_path):
    from explorer.core.content.library import load_library
    from explorer.tui.app import create_app

    app = create_app(load_library(), settings_path=tmp_path / "config.toml", plans_dir=tmp_path / "plans")
    async with app.run_test(size=(80, 24)) as pilot:
        await pilot.pause()
        ladder_css = str(Path(explorer.tui.screens.__file__).parent / "ladder.tcss")
        assert not app.stylesheet.has_source(ladder_css, "")
        await pilot.press("f2")
        await pilot.pause()
        assert app.stylesheet.has_source(ladder_css, "")
        # A rule of ladder.tcss, not Textual's default, decides the ladder's layout.
        assert app.screen.query_one("#ladder-split").styles.height.value == 1
        assert str(app.screen.query_one("#ladder-split").styles.height) == "1fr"
