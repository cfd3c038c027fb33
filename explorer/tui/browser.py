"""Whether a web address can be opened in a browser from here, without taking over the terminal."""

from __future__ import annotations

import functools
import webbrowser
from typing import Any

from textual.app import App


@functools.cache
def _graphical_browser() -> bool:
    """A browser that opens in its own window; a text browser (lynx, w3m) would take over this terminal."""
    try:
        browser = webbrowser.get()
    except webbrowser.Error:
        return False
    if type(browser) is webbrowser.GenericBrowser:  # runs in the foreground, in this terminal
        return False
    return not (isinstance(browser, webbrowser.UnixBrowser) and not browser.background)


def can_open_links(app: App[Any]) -> bool:
    """True in a web browser tab (the page opens a new tab) or where a windowed browser is installed."""
    return app.is_web or _graphical_browser()
