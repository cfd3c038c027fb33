"""Drive `role-explorer serve` in headless Chromium (Debian's chromium + chromium-driver, via Selenium).

The page draws the terminal on a canvas, so each tab records the text the app sends it over
the websocket (`window.__screen`); a test waits for words to appear there, as a person would.
"""

from __future__ import annotations

import os
import re
import shutil
import signal
import socket
import subprocess
import sys
import tempfile
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path

import pytest
from tests.functional.waits import wait_until

CHROMIUM = "/usr/bin/chromium"
CHROMEDRIVER = "/usr/bin/chromedriver"
REQUIRED = (
    os.environ.get("ROLE_EXPLORER_BROWSER_TESTS") == "required"
)  # set by .ci/run: skipping is a failure there
CHROMIUM_FLAGS = (
    "--headless",
    "--no-sandbox",
    "--disable-gpu",
    "--disable-background-networking",
    "--disable-component-update",
    "--disable-sync",
    "--no-first-run",
    "--window-size=1100,700",
)

ESCAPES = re.compile(
    r"\x1b\[[0-?]*[ -/]*[@-~]|\x1b\][^\x07\x1b]*(?:\x07|\x1b\\)|\x1b[()][0-9A-Za-z]|\x1b[=>78]"
)
PRINTED_URL = re.compile(r"http://\S+/\?token=[\w-]+")
RECORD_SCREEN = """
(() => {
  const Native = window.WebSocket;
  window.__screen = [];
  const decoder = new TextDecoder();
  window.WebSocket = function (url, protocols) {
    const socket = protocols === undefined ? new Native(url) : new Native(url, protocols);
    socket.addEventListener("message", (event) => {
      const data = event.data;
      if (typeof data === "string") window.__screen.push(data);
      else if (data instanceof ArrayBuffer) window.__screen.push(decoder.decode(data, {stream: true}));
      else if (data instanceof Blob) data.text().then((text) => window.__screen.push(text));
    });
    return socket;
  };
  window.WebSocket.prototype = Native.prototype;
  Object.assign(window.WebSocket, {CONNECTING: 0, OPEN: 1, CLOSING: 2, CLOSED: 3});
})();
"""


def need_browser() -> None:
    """Skip (or, in CI, fail) with a clear message when the browser or the web extra is missing."""
    missing = [path for path in (CHROMIUM, CHROMEDRIVER) if not Path(path).exists()]
    for module in ("selenium", "textual_serve"):
        try:
            __import__(module)
        except ImportError:
            missing.append(f"the Python package {module}")
    if missing:
        message = (
            f"browser test needs {', '.join(missing)}: apt-get install -y chromium chromium-driver, "
            'and pip install -e ".[test,web]"'
        )
        if REQUIRED:
            pytest.fail(message)
        pytest.skip(message)


def free_port() -> int:
    with socket.socket() as probe:
        probe.bind(("127.0.0.1", 0))
        return probe.getsockname()[1]


@contextmanager
def served(*extra: str) -> Iterator[tuple[subprocess.Popen, str]]:
    """`role-explorer serve` on a free port, stopped (Ctrl+C) afterwards; yields the address it printed."""
    port = free_port()
    server = subprocess.Popen(
        [sys.executable, "-m", "explorer", "serve", "--port", str(port), *extra],
        stdout=subprocess.PIPE,
        stderr=subprocess.STDOUT,
        start_new_session=True,
    )
    try:
        printed = server.stdout.readline().decode(errors="replace")
        found = PRINTED_URL.search(printed)
        assert found, f"serve printed no address: {printed!r}"
        url = found.group(0)
        wait_until(lambda: _answers(port) or server.poll() is not None, 20, "serve to listen")
        assert server.poll() is None, server.communicate()[0].decode(errors="replace")
        yield server, url
    finally:
        if server.poll() is None:
            server.send_signal(signal.SIGINT)
            try:
                server.wait(10)
            except subprocess.TimeoutExpired:
                os.killpg(server.pid, signal.SIGKILL)
                server.wait()
        server.stdout.close()


def _answers(port: int) -> bool:
    try:
        socket.create_connection(("127.0.0.1", port), timeout=0.5).close()
        return True
    except OSError:
        return False


@contextmanager
def chromium(downloads: Path | None = None) -> Iterator[object]:
    """Headless Chromium with a fresh profile; files it downloads go to `downloads`, without asking."""
    from selenium import webdriver
    from selenium.webdriver.chrome.service import Service

    options = webdriver.ChromeOptions()
    options.binary_location = CHROMIUM
    profile = tempfile.mkdtemp(prefix="role-explorer-chromium-")
    for flag in (*CHROMIUM_FLAGS, f"--user-data-dir={profile}"):
        options.add_argument(flag)
    if downloads is not None:
        options.add_experimental_option(
            "prefs",
            {
                "download.default_directory": str(downloads),
                "download.prompt_for_download": False,
                "download.directory_upgrade": True,
            },
        )
    driver = webdriver.Chrome(service=Service(CHROMEDRIVER), options=options)
    try:
        yield driver
    finally:
        driver.quit()
        shutil.rmtree(profile, ignore_errors=True)


class Tab:
    """One browser tab running the app."""

    def __init__(self, driver, url: str) -> None:
        driver.switch_to.new_window("tab")
        self.driver, self.handle = driver, driver.current_window_handle
        driver.execute_cdp_cmd("Page.addScriptToEvaluateOnNewDocument", {"source": RECORD_SCREEN})
        driver.get(url)

    def focus(self) -> None:
        self.driver.switch_to.window(self.handle)

    def screen_text(self) -> str:
        """What the app sent, without its escape sequences: words split by a change of colour read whole again."""
        self.focus()
        return ESCAPES.sub("", "".join(self.driver.execute_script("return window.__screen || []")))

    def wait_for(self, text: str, timeout: float = 20) -> None:
        wait_until(lambda: text in self.screen_text(), timeout, f"{text!r} on the page")

    def type(self, *keys: str) -> None:
        from selenium.webdriver.common.by import By

        self.focus()
        self.driver.find_element(By.CSS_SELECTOR, "textarea.xterm-helper-textarea").send_keys(*keys)

    def close(self) -> None:
        self.focus()
        self.driver.close()


def descendants(pid: int) -> set[int]:
    """Every live process below `pid` (read from /proc)."""
    children: dict[int, list[int]] = {}
    for entry in Path("/proc").iterdir():
        if entry.name.isdigit():
            try:
                parent = int((entry / "stat").read_text().rsplit(")", 1)[1].split()[1])
            except (OSError, IndexError, ValueError):
                continue
            children.setdefault(parent, []).append(int(entry.name))
    found, todo = set(), [pid]
    while todo:
        for child in children.get(todo.pop(), []):
            found.add(child)
            todo.append(child)
    return found


def app_processes(server_pid: int) -> set[int]:
    """The app processes serve started (one per open tab)."""
    apps = set()
    for pid in descendants(server_pid):
        try:
            argv = Path(f"/proc/{pid}/cmdline").read_bytes().split(b"\0")
        except OSError:
            continue
        if b"explorer" in argv and b"serve" not in argv and not argv[0].endswith(b"sh"):
            apps.add(pid)
    return apps
