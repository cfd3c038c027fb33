"""Examples, core items and watch-outs in the app: the role page and the evidence form."""

from __future__ import annotations

import tomllib
from pathlib import Path

from tests.functional.hostile_packs import SOURCES
from textual.widgets import Static

from explorer.core.content.transfer.writer import toml_string
from explorer.tui.dialogs.evidence import EvidenceForm
from explorer.tui.screens.detail import RoleDetailScreen

HOSTILE_FILE = Path(__file__).parents[1] / "data" / "hostile" / "hostile.toml"
HOSTILE = tomllib.loads(HOSTILE_FILE.read_text())["skills"]  # every hostile string the data set holds


def pack(folder: Path) -> Path:
    folder.mkdir()
    (folder / "sources.toml").write_text(SOURCES)
    examples = "[" + ", ".join(toml_string(f"example {text}") for text in HOSTILE) + "]"
    watch_outs = "[" + ", ".join(toml_string(f"watch {text}") for text in HOSTILE) + "]"
    (folder / "coach.toml").write_text(
        'id = "team-coach"\ntitle = "Team Coach"\ntrack = "management"\nlevel = 4\nsummary = "S."\n'
        f'sources = ["s"]\nwatch_outs = {watch_outs}\n\n'
        '[[responsibilities]]\nid = "coach"\ntext = "Coach the product managers."\narea = "people"\n'
        f'importance = "core"\nexamples = {examples}\nsource = "s"\n'
    )
    return folder


def joined(screen) -> str:
    return "\n".join(str(widget.render()) for widget in screen.query(Static))


def literal(texts: str) -> None:
    assert "\x1b" not in texts and "\u200b" not in texts
    assert "[@click=app.quit]quit[/]" in texts and "list[str]" in texts


async def test_the_role_page_shows_examples_core_and_watch_outs(make_app, tmp_path):
    app = make_app(pack(tmp_path / "team"))
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_role("team-coach")
        await pilot.pause()
        assert isinstance(app.screen, RoleDetailScreen)
        text = joined(app.screen)
        assert "Coach the product managers. core" in text
        assert text.count("e.g. example") == len(HOSTILE)
        assert "Watch-outs: how people here often go wrong" in text and text.count("• watch") == len(HOSTILE)
        literal(text)
        assert app.is_running


async def test_logging_evidence_offers_the_examples_as_prompts(make_app, tmp_path):
    app = make_app(pack(tmp_path / "team"))
    async with app.run_test(size=(100, 30)) as pilot:
        app.plan_session.create("Coach", current_role="product-manager", target_role="team-coach")
        app.save_plans()
        await pilot.press("f5")
        await pilot.pause()
        await pilot.press("e")
        await pilot.pause()
        assert isinstance(app.screen, EvidenceForm)
        prompts = str(app.screen.query_one("#evidence-examples", Static).render())
        assert prompts.startswith("What doing it well can look like:")
        assert prompts.count("• example") == len(HOSTILE)
        literal(prompts)
        await pilot.press("escape")  # an empty form closes without saving
        await pilot.pause()
        assert app.plan_session.plan.evidence == ()
