"""Write text the person asked for (a plan, a brief) to a file they choose, or copy it.

One helper for every export so each asks, writes and reports the same way: the path is
asked for (a suggestion in the home folder), an existing file is never replaced, the file
is written atomically (0600: plans are private), and a toast says where it went.
"""

from __future__ import annotations

import io
from pathlib import Path

from explorer.core.common.atomic import atomic_write_text


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


def export_text(app, suggested_name: str, text: str, what: str = "the plan") -> None:
    """Ask where to write `text`, then write it there; the toast names the file.

    In a browser tab (`role-explorer serve`) the file is downloaded by the browser instead:
    the server's disk is not the reader's.
    """
    from explorer.tui.screens.prompt import TextPrompt

    if app.is_web:
        app.deliver_text(io.StringIO(text), save_filename=suggested_name, encoding="utf-8", mime_type=_mime_type(suggested_name))
        app.notify(f"Downloading {what} as {suggested_name} in your browser", markup=False, timeout=8)
        return

    def chosen(answer: str | None) -> None:
        if answer is None:
            return
        path = _target(answer)
        try:
            atomic_write_text(path, text, mode=0o600)
        except OSError as error:
            app.notify(f"{path}: not written ({error.strerror or error})", severity="error", markup=False, timeout=10)
            return
        app.notify(f"Wrote {what} to {path}", markup=False, timeout=8)

    suggestion = str(Path("~") / suggested_name)
    app.push_screen(TextPrompt(f"Write {what} to which file?", suggestion, export_problem), chosen)


def _mime_type(name: str) -> str:
    return {".md": "text/markdown", ".json": "application/json", ".ics": "text/calendar"}.get(Path(name).suffix, "text/plain")


def copy_text(app, text: str, what: str = "the plan") -> None:
    if app.is_web:
        app.notify("The clipboard can only be reached from a terminal; in the browser, press e to download "
                   f"{what} instead.", markup=False, timeout=8)
        return
    app.copy_to_clipboard(text)
    lines = text.count("\n") + 1
    app.notify(f"Copied {what} ({lines} lines) to the clipboard, if your terminal allows it "
               "(export to a file with e if it does not).", markup=False, timeout=8)
