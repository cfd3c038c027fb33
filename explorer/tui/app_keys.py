"""The app-wide keys: each Binding with its id (for a [keymap]) and its help."""

from __future__ import annotations

from textual.binding import Binding, BindingType

APP_BINDINGS: list[BindingType] = [
    # Two bindings share Escape: the first leaves a text box, the second (once out of it) goes back.
    Binding(
        "escape",
        "leave_input",
        "Leave box",
        id="app.leave",
        tooltip="Leave the text box; Escape again goes back",
    ),
    Binding("escape", "back", "Back", id="app.back", tooltip="Go back to the previous screen"),
    Binding(
        "f1,question_mark",
        "help",
        "Help",
        id="app.help",
        tooltip="Show every key of this screen and what it does",
    ),
    Binding(
        "ctrl+f,slash",
        "go_search",
        "Search",
        id="app.search",
        tooltip="Search roles and what they do",
        show=False,
    ),
    Binding("f2", "ladder", "Ladder", id="app.ladder", tooltip="The career ladders side by side"),
    Binding(
        "f3", "gap", "Gap", id="app.gap", tooltip="What separates where you are from where you want to be"
    ),
    Binding("f4", "plans", "Plans", id="app.plans", tooltip="Your transition plans"),
    Binding(
        "f5",
        "readiness",
        "Ready?",
        id="app.readiness",
        show=False,
        tooltip="How ready am I: assess the target role's responsibilities and log evidence",
    ),
    Binding(
        "ctrl+n",
        "toggle_notes",
        "Notes",
        id="app.notes",
        tooltip="Show or hide your plan beside this screen",
    ),
    Binding("ctrl+g", "compare_any", "Compare…", id="app.compare", tooltip="Pick two roles and compare them"),
    Binding(
        "ctrl+z",
        "undo_plan",
        "Undo",
        id="app.undo",
        tooltip="Take back the last change to your plan (roles set, steps added)",
        show=False,
    ),
    Binding(
        "ctrl+q",
        "quit",
        "Quit",
        id="app.quit",
        tooltip="Leave role-explorer (your plans are saved)",
        priority=True,
    ),
]
