"""The key model in one place: which bindings are live right now, in which group, with what help.

Help, the footer and the command palette all read `live_keys`, which is built from the
screen's active bindings (the focused widget, its ancestors, the screen and the app, after
the user's keymap), so none of them can drift from what the keys really do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Any

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode
from textual.screen import Screen

THIS_SCREEN, FOCUSED, EVERYWHERE = "This screen", "The focused part", "Everywhere"
GROUP_ORDER = (THIS_SCREEN, FOCUSED, EVERYWHERE)

# Textual's own bindings that carry no description.
BUILT_IN_HELP = {
    "help_quit": "Tells you how to quit (ctrl+q)",
    "command_palette": "Open the command palette: jump to a role, run any action, change the theme",
}

KEY_NAMES = {
    "enter": "Enter",
    "escape": "Esc",
    "space": "Space",
    "tab": "Tab",
    "backspace": "Backspace",
    "delete": "Del",
    "home": "Home",
    "end": "End",
    "pageup": "PgUp",
    "pagedown": "PgDn",
    "up": "↑",
    "down": "↓",
    "left": "←",
    "right": "→",
}


@dataclass(frozen=True)
class LiveKey:
    """One action that keys can run right now, with every key bound to it."""

    group: str
    keys: tuple[str, ...]
    binding: Binding
    node: DOMNode
    enabled: bool

    @property
    def action(self) -> str:
        return self.binding.action

    @property
    def help(self) -> str:
        name = self.binding.action.rsplit(".", 1)[-1].split("(", 1)[0]
        return self.binding.tooltip or self.binding.description or BUILT_IN_HELP.get(name, "")


def key_display(key: str) -> str:
    """'f1' → 'F1', 'ctrl+n' → '^n', 'question_mark' → '?', 'enter' → 'Enter'."""
    from textual.keys import format_key

    *modifiers, name = key.split("+")
    if re.fullmatch(r"f\d{1,2}", name):
        name = name.upper()
    else:
        name = KEY_NAMES.get(name, format_key(name))
    prefix = "".join("^" if m == "ctrl" else f"{m}+" for m in modifiers)
    return prefix + name


def group_of(node: DOMNode, screen: Screen[Any]) -> str:
    if isinstance(node, App):
        return EVERYWHERE
    return THIS_SCREEN if node is screen else FOCUSED


def live_keys(screen: Screen[Any]) -> list[LiveKey]:
    """Every active binding of `screen` (focused part first, then screen, then app), keys merged per action."""
    merged: dict[tuple[int, str], LiveKey] = {}
    for key, active in screen.active_bindings.items():
        slot = (id(active.node), active.binding.action)
        known = merged.get(slot)
        if known is None:
            merged[slot] = LiveKey(
                group_of(active.node, screen), (key,), active.binding, active.node, active.enabled
            )
        else:
            merged[slot] = LiveKey(
                known.group, (*known.keys, key), known.binding, known.node, known.enabled or active.enabled
            )
    return list(merged.values())


# Generic containers have no class of their own to carry a HELP_NAME: named by id.
PART_NAMES = {
    "query": "the search box",
    "detail-body": "the role's page",
    "compare-body": "the comparison",
    "ladder-moves-box": "the moves panel",
    "plans-list": "the list of plans",
    "help": "the help text",
}


def describe_focus(screen: Screen[Any]) -> str:
    """A person's name for the focused widget: by id, its class's HELP_NAME, else its class name in words."""
    focused = screen.focused
    if focused is None:
        return ""
    return (
        PART_NAMES.get(focused.id or "")
        or getattr(focused, "HELP_NAME", "")
        or re.sub(r"(?<!^)(?=[A-Z])", " ", type(focused).__name__).lower()
    )


@dataclass(frozen=True)
class HelpRow:
    keys: str
    text: str
    enabled: bool


@dataclass(frozen=True)
class HelpSection:
    title: str
    rows: tuple[HelpRow, ...]
    standard: bool = False  # Textual's own keys (editing, scrolling, focus): shown last, in brief


STANDARD = "Standard keys: editing, scrolling and moving between parts"


def help_sections(screen: Screen[Any], screen_name: str) -> list[HelpSection]:
    """Help for `screen` as it is now: this screen, the focused part, everywhere."""
    keys = live_keys(screen)
    titles = {
        THIS_SCREEN: f"This screen: {screen_name}",
        FOCUSED: f"The focused part: {describe_focus(screen)}",
        EVERYWHERE: "Everywhere",
    }

    def row(live: LiveKey) -> HelpRow:
        return HelpRow(", ".join(key_display(k) for k in live.keys), live.help, live.enabled)

    # The app's keys (each has an id) by where they act; Textual's own keys, the same in any
    # app, come last in one section of their own.
    sections = []
    for group in GROUP_ORDER:
        rows = tuple(row(live) for live in keys if live.group == group and live.binding.id)
        if rows:
            sections.append(HelpSection(titles[group], rows))
    standard = tuple(row(live) for live in keys if not live.binding.id)
    if standard:
        sections.append(HelpSection(STANDARD, standard, standard=True))
    return sections
