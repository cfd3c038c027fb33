"""Hand the person text they asked for (a plan, a brief, a calendar): a file, a download, or the clipboard.

One helper for every export so each writes and reports the same way:
- in a browser tab (`role-explorer serve`) the browser downloads it: the server's disk is not the reader's;
- in a terminal it is written atomically (0600: plans are private), either to a file the person
  chooses (a suggestion in the home folder; an existing file is never replaced) or straight into a
  folder of the app's own exports, and a toast says where it went and how to open it.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from textual.app import App

from explorer.core.common.atomic import atomic_write_text
from explorer.core.common.plural import counted
from explorer.tui.context import explorer_of

_MIME_TYPES = {
    ".md": "text/markdown",
    ".json": "application/json",
    ".ics": "text/calendar",
    ".toml": "application/toml",
}
_HOW_TO_OPEN = {
    ".md": "open it in any text editor or Markdown viewer",
    ".ics": "import it into your calendar app (importing it again updates the same events)",
}


def _target(text: str) -> Path:
    return Path(text.strip()).expanduser()


def export_problem(text: str) -> str | None:
    """Why the path typed cannot be written to, or None."""
    if not text.strip():
        return "Type a file name, or press Escape."
    path = _target(text)
    if path.exists() or path.is_symlink():
        return f"{path} already exists; choose another name (nothing is replaced)."
    if not path.parent.is_dir():
        return f"{path.parent} is not a folder."
    return None


def how_to_open(name: str) -> str:
    return _HOW_TO_OPEN.get(Path(name).suffix.lower(), "open it in any text editor")


def mime_type(name: str) -> str:
    return _MIME_TYPES.get(Path(name).suffix.lower(), "text/plain")


def export_text(
    app: App[Any], suggested_name: str, text: str, what: str = "the plan", folder: Path | None = None
) -> None:
    """Give the person `text` as a file named like `suggested_name`; a toast says what happened.

    Without `folder` the person is asked which file to write (never an existing one); with it,
    the file goes straight into `folder`, replacing the app's own earlier export of that name.
    """
    if app.is_web:
        app.deliver_text(
            io.StringIO(text),
            save_filename=suggested_name,
            encoding="utf-8",
            mime_type=mime_type(suggested_name),
        )
        app.notify(
            f"Downloading {what} as {suggested_name}: your browser saves it (see its downloads); "
            f"{how_to_open(suggested_name)}.",
            markup=False,
            timeout=10,
        )
        return
    if folder is not None:
        _write(app, folder / suggested_name, text, what)
        return

    def chosen(answer: str | None) -> None:
        if answer is not None:
            _write(app, _target(answer), text, what)

    suggestion = str(Path("~") / suggested_name)
    explorer_of(app).nav.ask_text(f"Write {what} to which file?", suggestion, export_problem, chosen)


def _write(app: App[Any], path: Path, text: str, what: str) -> None:
    try:
        atomic_write_text(path, text, mode=0o600)
    except OSError as error:
        app.notify(
            f"{path}: not written ({error.strerror or error})", severity="error", markup=False, timeout=15
        )
        return
    app.notify(f"Wrote {what} to {path}; {how_to_open(path.name)}.", markup=False, timeout=10)


def copy_text(app: App[Any], text: str, what: str = "the plan") -> None:
    """Copy through the terminal (OSC 52) or, in a browser tab, the page's clipboard; neither says if it worked."""
    app.copy_to_clipboard(text)
    lines = counted(text.count("\n") + 1, "line")
    if app.is_web:
        app.notify(
            f"Copied {what} ({lines}) to the clipboard, if your browser allows it: it does at "
            "127.0.0.1, localhost or https addresses (press e to download it if not).",
            markup=False,
            timeout=8,
        )
        return
    app.notify(
        f"Copied {what} ({lines}) to the clipboard, if your terminal allows it "
        "(export to a file with e if it does not).",
        markup=False,
        timeout=8,
    )
