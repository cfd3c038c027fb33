"""Hand the person text they asked for (a plan, a brief, a calendar): a file, a download, or the clipboard.

One helper for every export so each writes and reports the same way:
- in a browser tab (`role-explorer serve`) the browser downloads it: the server's disk is not the reader's;
- in a terminal it is written atomically (0600: plans are private) into the app's exports folder, or
  to a file the person chooses (suggested in that same folder); an existing file is replaced only
  after the person says yes, and a dialog that stays shows the full path, ready to copy.
"""

from __future__ import annotations

import io
from pathlib import Path
from typing import Any

from textual.app import App

from explorer import locations
from explorer.core.common.atomic import atomic_write_text
from explorer.core.common.plural import counted
from explorer.tui.context import explorer_of

_MIME_TYPES = {
    ".md": "text/markdown",
    ".json": "application/json",
    ".ics": "text/calendar",
    ".toml": "application/toml",
    ".svg": "image/svg+xml",
}
_HOW_TO_OPEN = {
    ".md": "open it in any text editor or Markdown viewer",
    ".ics": "import it into your calendar app (importing it again updates the same events)",
    ".svg": "open it in a web browser",
}


def exports_folder() -> Path:
    """Where every export goes unless the person names another place."""
    return locations.data_dir() / "exports"


def _target(text: str) -> Path:
    return Path(text.strip()).expanduser()


def export_problem(text: str) -> str | None:
    """Why the path typed cannot be written to, or None (an existing file is asked about, not refused)."""
    if not text.strip():
        return "Type a file name, or press Escape."
    path = _target(text)
    if path.is_dir():
        return f"{path} is a folder; add a file name."
    if not path.parent.is_dir() and path.parent != exports_folder():  # only the app's own folder is made
        return f"{path.parent} is not a folder."
    return None


def how_to_open(name: str) -> str:
    return _HOW_TO_OPEN.get(Path(name).suffix.lower(), "open it in any text editor")


def mime_type(name: str) -> str:
    return _MIME_TYPES.get(Path(name).suffix.lower(), "text/plain")


def export_text(
    app: App[Any], suggested_name: str, text: str, what: str = "the plan", ask: bool = False
) -> None:
    """Give the person `text` as a file named like `suggested_name` in the exports folder.

    With `ask` the person first confirms or changes the file; either way an existing file is
    replaced only after a yes, and a dialog shows where the file went.
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
    suggestion = exports_folder() / suggested_name
    if not ask:
        _write_unless_declined(app, suggestion, text, what)
        return

    def chosen(answer: str | None) -> None:
        if answer is not None:
            _write_unless_declined(app, _target(answer), text, what)

    explorer_of(app).nav.ask_text(f"Write {what} to which file?", str(suggestion), export_problem, chosen)


def _write_unless_declined(app: App[Any], path: Path, text: str, what: str) -> None:
    from explorer.tui.dialogs.confirm import ConfirmScreen

    if not (path.exists() or path.is_symlink()):
        _write(app, path, text, what)
        return

    def answered(replace: bool | None) -> None:
        if replace:
            _write(app, path, text, what)
        else:
            app.notify(f"Nothing written; {path.name} is as it was.", markup=False)

    question = f"Replace {path.name}?"
    detail = f"{path} already exists. Replacing it writes {what} over it."
    app.push_screen(
        ConfirmScreen(question, yes="Replace", no="Keep it", detail=detail, focus_no=True), answered
    )


def _write(app: App[Any], path: Path, text: str, what: str) -> None:
    from explorer.tui.dialogs.exported import ExportedScreen

    try:
        atomic_write_text(path, text, mode=0o600)
    except OSError as error:
        app.notify(
            f"{path}: not written ({error.strerror or error})", severity="error", markup=False, timeout=15
        )
        return
    app.push_screen(ExportedScreen(what, str(path), how_to_open(path.name)))


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
