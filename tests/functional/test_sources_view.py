"""Sources a reader can follow: numbered citations, article titles, and links to a team's own pages."""

import json
import webbrowser

import pytest
from rendered import as_words
from textual.widgets import Static

from explorer.cli import main
from explorer.core.content.loader import load_catalog
from explorer.locations import shipped_content_dir
from explorer.tui import browser as browser_module
from explorer.tui.browser import can_open_links
from explorer.tui.screens.detail import RoleDetailScreen, RoleLinks
from explorer.tui.screens.source_links import SourceLinksScreen

SHIPPED_ROLES = sorted(load_catalog([shipped_content_dir()]).catalog.roles)
HANDBOOK = "https://handbook.example.com/roles/platform-product-manager"
PAY_BANDS = "https://handbook.example.com/people/pay-bands#product"


def show(capsys, *argv):
    assert main(["show", *argv]) == 0
    return capsys.readouterr().out


@pytest.mark.parametrize("role_id", SHIPPED_ROLES)
def test_show_never_mentions_seeds(capsys, role_id):
    text, as_json = show(capsys, role_id), show(capsys, role_id, "--json")
    assert "seed" not in text.lower() and "seed" not in as_json.lower()


def test_pay_and_experience_lines_carry_citation_numbers(capsys):
    text = show(capsys, "chief-product-officer")
    assert (
        "$215,647 per year — typical earnings, given as nearly this much (Indeed, date not\n    stated) [4]"
        in text
    )
    assert "pay per year" not in text
    assert "10+ years in product, 3–5 years leading [1] [2]" in text
    sources = text.split("\nSources\n")[1]
    assert "  [4] Indeed, date not stated: Chief product officer pay report, as quoted in the" in sources
    assert "[2] Unattributed web article, date not stated: How to Become a Director (Head) of" in sources


def test_show_prints_each_link_under_its_source(capsys, data_dir):
    text = show(capsys, "platform-product-manager", "--content", str(data_dir / "linked"))
    sources = text.split("\nSources\n")[1].splitlines()
    assert sources == [
        "  [1] Acme product handbook, March 2025: Platform Product Manager: role page",
        "      Maintained by Acme's product operations team.",
        f"      {HANDBOOK}",
        "  [2] Acme people team, January 2025: 2025 pay bands for product roles",
        f"      {PAY_BANDS}",
        "  [3] Acme product leadership, November 2024: Notes from the 2024 product offsite",
    ]
    assert "3+ years in product [1]" in text and "(Acme people team, January\n    2025) [2]" in text


def test_json_carries_the_links_under_the_same_numbers(capsys, data_dir):
    role = json.loads(
        show(capsys, "platform-product-manager", "--json", "--content", str(data_dir / "linked"))
    )
    assert role["sources"] == ["acme-handbook", "acme-pay-bands"]
    assert [(s["number"], s["id"], s["url"]) for s in role["cited_sources"]] == [
        (1, "acme-handbook", HANDBOOK),
        (2, "acme-pay-bands", PAY_BANDS),
        (3, "acme-offsite", ""),
    ]


def visible_text(screen) -> str:
    shown = [str(widget.render()) for widget in screen.query(Static)]
    for links in screen.query(RoleLinks):
        shown += [as_words(links.get_option_at_index(i).prompt) for i in range(links.option_count)]
    return "\n".join(shown)


@pytest.mark.slow
async def test_detail_screen_never_mentions_seeds(make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        for role_id in SHIPPED_ROLES:
            app.open_role(role_id)
            await pilot.pause()
            text = visible_text(app.screen)
            assert app.catalog.role(role_id).summary.split()[0] in text
            assert "seed" not in text.lower(), role_id
            await pilot.press("escape")
            await pilot.pause()


async def test_detail_screen_numbers_pay_experience_and_next_steps(make_app, data_dir):
    app = make_app(data_dir / "linked")
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_role("platform-product-manager")
        await pilot.pause()
        text = visible_text(app.screen)
        flat = " ".join(text.split())  # sections wrap at the widget's width, under their bullet
        assert "3+ years in product [1]" in flat
        assert "(Acme people team, January 2025) [2]" in flat
        assert "Lead a second platform team and hire its product manager. [3]" in flat
        assert "[1] Acme product handbook, March 2025: Platform Product Manager: role page" in text
        assert f"\n      {HANDBOOK}" in text and f"\n      {PAY_BANDS}" in text


async def open_source_pages(app, pilot, role_id: str) -> SourceLinksScreen:
    """Open the role, press o, and return the dialog."""
    app.open_role(role_id)
    await pilot.pause()
    await pilot.press("o")
    await pilot.pause()
    assert isinstance(app.screen, SourceLinksScreen)
    return app.screen


def linked_app(make_app, data_dir, monkeypatch, browser: bool):
    """The linked pack, with a browser (or none) and open_url recorded instead of run."""
    monkeypatch.setattr("explorer.tui.screens.source_links.can_open_links", lambda app: browser)
    app = make_app(data_dir / "linked")
    app.opened = []
    monkeypatch.setattr(app, "open_url", lambda url, **kw: app.opened.append(url))
    return app


async def test_the_key_opens_a_source_page_in_the_browser(make_app, data_dir, monkeypatch):
    app = linked_app(make_app, data_dir, monkeypatch, browser=True)
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_role("platform-product-manager")
        await pilot.pause()
        assert any(b.binding.id == "detail.sources" for b in app.screen.active_bindings.values())
        dialog = await open_source_pages(app, pilot, "platform-product-manager")
        await pilot.press("down", "enter")
        await pilot.pause()
        assert app.opened == [PAY_BANDS]
        assert f"Opened in your browser: {PAY_BANDS}" in str(
            dialog.query_one("#source-links-status").render()
        )
        await pilot.press("escape")
        await pilot.pause()
        assert isinstance(app.screen, RoleDetailScreen)


async def test_without_a_browser_the_address_is_shown_to_copy(make_app, data_dir, monkeypatch):
    app = linked_app(make_app, data_dir, monkeypatch, browser=False)
    async with app.run_test(size=(100, 30)) as pilot:
        dialog = await open_source_pages(app, pilot, "platform-product-manager")
        status = dialog.query_one("#source-links-status")
        assert "No web browser can be opened from here" in str(status.render())
        await pilot.press("enter")
        await pilot.pause()
        assert app.opened == []
        assert str(status.render()) == f"No web browser here. Copy the address: {HANDBOOK}"


@pytest.mark.parametrize("size", [(20, 8), (60, 20), (100, 30)], ids=["20x8", "60x20", "100x30"])
async def test_hostile_source_text_and_address_are_shown_not_obeyed(make_app, data_dir, monkeypatch, size):
    monkeypatch.setattr("explorer.tui.screens.source_links.can_open_links", lambda app: False)
    app = make_app(data_dir / "hostile")
    async with app.run_test(size=size) as pilot:
        dialog = await open_source_pages(app, pilot, "hostile-role")
        await pilot.press("enter")
        await pilot.pause()
        status = str(dialog.query_one("#source-links-status").render())
        assert status.endswith("https://example.com/[b]x[/b]?q=[@click=app.quit]")
        options = dialog.query_one("#source-links-options")
        assert "[red]Pub[/red]: [@click=app.quit]t" in str(options.get_option_at_index(0).prompt)
        assert app.is_running


class FakeApp:
    is_web = False


@pytest.mark.parametrize(
    "browser, expected",
    [
        (webbrowser.BackgroundBrowser("xdg-open"), True),  # opens in its own window
        (webbrowser.Chrome("chromium"), True),
        (webbrowser.GenericBrowser("lynx"), False),  # would take over this terminal
        (webbrowser.Elinks("elinks"), False),
        (None, False),  # no browser at all (a server, over SSH)
    ],
    ids=["xdg-open", "chromium", "lynx", "elinks", "none"],
)
def test_only_a_windowed_browser_counts(monkeypatch, browser, expected):
    def get():
        if browser is None:
            raise webbrowser.Error("could not locate runnable browser")
        return browser

    monkeypatch.setattr(webbrowser, "get", get)
    browser_module._graphical_browser.cache_clear()
    try:
        assert can_open_links(FakeApp()) is expected
        web = FakeApp()
        web.is_web = True
        assert can_open_links(web) is True  # served to a browser tab: the page opens a new tab
    finally:
        browser_module._graphical_browser.cache_clear()


async def test_o_on_a_role_without_web_addresses_says_so_instead_of_doing_nothing(make_app):
    app = make_app()
    async with app.run_test(size=(100, 30)) as pilot:
        app.open_role("head-of-product")
        await pilot.pause()
        await pilot.press("o")
        await pilot.pause()
        assert isinstance(app.screen, RoleDetailScreen)
        assert any("has a web address to open" in n.message for n in app._notifications)
