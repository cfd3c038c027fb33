"""The palette's Screenshot written like every other export: into the exports folder, its path shown.

Textual's own delivery writes to a Downloads folder, which many machines lack, and then says
only "Failed to save screenshot".
"""

from __future__ import annotations

import datetime as dt

from explorer.tui.early_keys import EarlyKeysApp


class ScreenshotApp(EarlyKeysApp):
    """An app whose Screenshot command (and `screenshot` action) goes through `export_text`."""

    def deliver_screenshot(
        self, filename: str | None = None, path: str | None = None, time_format: str | None = None
    ) -> str | None:
        """Write the screen as SVG; `path` and `time_format` are Textual's and not used here."""
        from explorer.tui.export import export_text

        name = filename or f"role-explorer-{dt.datetime.now():%Y-%m-%d_%H-%M-%S}.svg"
        export_text(self, name, self.export_screenshot(), "a picture of the screen (SVG)")
        return None
