"""`role-explorer serve` in a real browser: headless Chromium, one app process per tab, plans kept."""

from __future__ import annotations

import os
import signal
from pathlib import Path

import pytest
from serve_browser import Tab, app_processes, chromium, need_browser, served, wait_until

from explorer.core.plans.model import Plan
from explorer.core.plans.store import PlanStore

# A real server and browser on a real clock: in the full suite, not in the quick lane.
pytestmark = [pytest.mark.usefixtures("browser_available"), pytest.mark.slow]

TYPED_TIMEOUT = 20


@pytest.fixture
def browser_available():
    need_browser()


@pytest.fixture
def plans_dir(isolated_user_dirs) -> Path:
    return isolated_user_dirs / "data" / "role-explorer" / "plans"


def screenshot_path(tmp_path: Path, name: str) -> Path:
    folder = Path(os.environ.get("ROLE_EXPLORER_SCREENSHOTS", tmp_path))
    folder.mkdir(parents=True, exist_ok=True)
    return folder / name


def plan_texts(plans_dir: Path) -> str:
    return "\n".join(path.read_text(encoding="utf-8") for path in sorted(plans_dir.glob("*.toml")))


def open_notes_on_head_of_product(tab: Tab) -> None:
    from selenium.webdriver.common.keys import Keys

    tab.wait_for("type to search")
    tab.type("budget")
    tab.wait_for("allocate resources so the product line")
    tab.type(Keys.ENTER)
    tab.wait_for("Reporting lines and next steps")
    tab.type(Keys.CONTROL + "n")
    tab.wait_for("Steps  (space done")


def test_typing_a_query_shows_results(tmp_path):
    with served() as (_server, url), chromium() as driver:
        tab = Tab(driver, url)
        tab.wait_for("type to search")
        tab.type("budget")
        tab.wait_for("matches in 4 roles")
        tab.wait_for("allocate resources so the product line stays profitable")
        shot = screenshot_path(tmp_path, "serve-search-budget.png")
        assert driver.save_screenshot(str(shot)) and shot.stat().st_size > 5_000
        print(f"screenshot: {shot}")


def test_closing_a_tab_ends_its_process_and_saves_its_words(plans_dir):
    with served() as (server, url), chromium() as driver:
        keep_open = driver.current_window_handle
        tab = Tab(driver, url)
        open_notes_on_head_of_product(tab)
        (app,) = wait_until(lambda: app_processes(server.pid), 10, "the tab's app process")
        tab.type("ask about the budget owner role")
        tab.wait_for("owner role")
        # Closed at once, inside the one-second autosave delay: the words are not on disk yet.
        assert "owner role" not in plan_texts(plans_dir)
        tab.close()
        driver.switch_to.window(keep_open)
        wait_until(
            lambda: not Path(f"/proc/{app}").exists(), TYPED_TIMEOUT, "the closed tab's app process to end"
        )
        assert "ask about the budget owner role" in plan_texts(plans_dir)
        assert app_processes(server.pid) == set()


def test_two_tabs_on_one_plan_lose_no_words(plans_dir):
    store = PlanStore(plans_dir)
    store.save("shared", Plan(title="Shared plan", notes="Started on the command line."), None)
    with served() as (server, url), chromium() as driver:
        keep_open = driver.current_window_handle
        first, second = Tab(driver, url), Tab(driver, url)
        for tab in (first, second):
            open_notes_on_head_of_product(tab)
            tab.wait_for("Shared plan")
        assert len(app_processes(server.pid)) == 2
        first.type("first tab words")
        first.wait_for("first tab words")
        wait_until(lambda: "first tab words" in plan_texts(plans_dir), 10, "the first tab's autosave")
        second.type("second tab words")
        second.wait_for("second tab words")
        second.wait_for("This plan changed somewhere else")  # its autosave found the file changed
        for tab in (first, second):
            tab.close()
        driver.switch_to.window(keep_open)
        wait_until(lambda: not app_processes(server.pid), TYPED_TIMEOUT, "both app processes to end")
    everything = plan_texts(plans_dir)
    for words in ("Started on the command line.", "first tab words", "second tab words"):
        assert words in everything, f"{words!r} lost; plans folder holds:\n{everything}"


@pytest.mark.parametrize("stop", [signal.SIGINT, signal.SIGKILL], ids=["ctrl-c", "killed"])
def test_stopping_the_server_ends_every_tab_and_keeps_its_words(plans_dir, stop):
    with served() as (server, url), chromium() as driver:
        tab = Tab(driver, url)
        open_notes_on_head_of_product(tab)
        (app,) = wait_until(lambda: app_processes(server.pid), 10, "the tab's app process")
        tab.type("typed just before the server stopped")
        tab.wait_for("server stopped")
        server.send_signal(stop)
        server.wait(15)
        wait_until(lambda: not Path(f"/proc/{app}").exists(), TYPED_TIMEOUT, "the tab's app process to end")
    assert "typed just before the server stopped" in plan_texts(plans_dir)


def downloaded(folder: Path) -> dict[str, str]:
    """Finished downloads (Chromium writes NAME.crdownload first and renames it when done)."""
    return {
        path.name: path.read_text(encoding="utf-8")
        for path in folder.iterdir()
        if not path.name.endswith(".crdownload")
    }


def test_exports_download_in_the_browser_and_nothing_is_written_on_the_server(
    tmp_path, isolated_user_dirs, plans_dir
):
    from selenium.webdriver.common.keys import Keys

    PlanStore(plans_dir).save(
        "my-plan", Plan(title="My plan", current_role="product-manager", target_role="head-of-product"), None
    )
    downloads = tmp_path / "downloads"
    downloads.mkdir()
    with served() as (_server, url), chromium(downloads) as driver:
        tab = Tab(driver, url)
        tab.wait_for("type to search")
        tab.type(Keys.F5)
        tab.wait_for("Readiness for Head of Product")
        tab.type("b")
        tab.wait_for("Downloading the transition brief as my-plan-brief.md")
        wait_until(
            lambda: "my-plan-brief.md" in downloaded(downloads), TYPED_TIMEOUT, "the brief to download"
        )
        tab.type("i")
        wait_until(
            lambda: "my-plan-dates.ics" in downloaded(downloads), TYPED_TIMEOUT, "the calendar to download"
        )
        tab.wait_for("Downloading the calendar of review and due dates")
        shot = screenshot_path(tmp_path, "serve-readiness-downloads.png")
        assert driver.save_screenshot(str(shot))
        print(f"screenshot: {shot}")
        tab.type(Keys.F4)
        tab.wait_for("steps · updated")
        tab.type("e")
        wait_until(
            lambda: downloaded(downloads).get("my-plan.md", "").startswith("# My plan\n"),
            TYPED_TIMEOUT,
            "the plan to download",
        )
        # Read while the browser is open: Chromium may clear a download it has not finished
        # recording when it quits.
        files = downloaded(downloads)
    assert sorted(files) == ["my-plan-brief.md", "my-plan-dates.ics", "my-plan.md"]
    assert files["my-plan.md"].startswith("# My plan\n")
    assert files["my-plan-brief.md"].startswith(
        "# Transition brief: My plan\n\n**Product Manager → Head of Product**"
    )
    assert files["my-plan-dates.ics"].startswith("BEGIN:VCALENDAR")
    data = isolated_user_dirs / "data" / "role-explorer"
    assert not (data / "exports").exists()
    assert sorted(path.name for path in data.iterdir()) == ["plans"]


def test_copying_a_plan_reaches_the_browsers_clipboard(plans_dir):
    from selenium.webdriver.common.keys import Keys

    PlanStore(plans_dir).save("my-plan", Plan(title="My plan", notes="Copied through the page."), None)
    with served() as (_server, url), chromium() as driver:
        tab = Tab(driver, url)
        driver.execute_cdp_cmd(
            "Browser.grantPermissions",
            {"origin": url.rstrip("/"), "permissions": ["clipboardReadWrite", "clipboardSanitizedWrite"]},
        )
        tab.wait_for("type to search")
        tab.type(Keys.F4)
        tab.wait_for("steps · updated")
        tab.type("y")
        tab.wait_for("Copied the plan")
        read = "const done = arguments[0]; navigator.clipboard.readText().then(done, (error) => done('failed: ' + error))"
        copied = wait_until(
            lambda: "# My plan" in (text := driver.execute_async_script(read)) and text, 10, "the clipboard"
        )
    assert copied.startswith("# My plan\n") and "Copied through the page." in copied


def test_the_printed_address_carries_the_token_and_the_bare_page_is_refused():
    with served() as (server, url), chromium() as driver:
        from selenium.webdriver.common.by import By

        assert "?token=" in url
        driver.get(url.split("?")[0])
        assert "open the address role-explorer serve printed" in driver.find_element(By.TAG_NAME, "body").text
        assert app_processes(server.pid) == set()
        tab = Tab(driver, url)
        tab.wait_for("type to search")
        assert len(app_processes(server.pid)) == 1
