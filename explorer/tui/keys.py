"""The key model in one place: which bindings are live right now, in which group, with what help.

Help, the footer and the command palette all read `live_keys`, which is built from the
screen's active bindings (the focused widget, its ancestors, the screen and the app, after
the user's keymap), so none of them can drift from what the keys really do.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

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


def group_of(node: DOMNode, screen: Screen) -> str:
    if isinstance(node, App):
        return EVERYWHERE
    return THIS_SCREEN if node is screen else FOCUSED


def live_keys(screen: Screen) -> list[LiveKey]:
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


def describe_focus(screen: Screen) -> str:
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


def help_sections(screen: Screen, screen_name: str) -> list[HelpSection]:
    """Help for `screen` as it is now: this screen, the focused part, everywhere."""
    keys = live_keys(screen)
    titles = {
        THIS_SCREEN: f"This screen: {screen_name}",
        FOCUSED: f"The focused part: {describe_focus(screen)}",
        EVERYWHERE: "Everywhere",
    }
    sections = []
    for group in GROUP_ORDER:
        rows = tuple(
            HelpRow(", ".join(key_display(k) for k in live.keys), live.help, live.enabled)
            for live in keys
            if live.group == group
        )
        if rows:
            sections.append(HelpSection(titles[group], rows))
    return sections


@dataclass(frozen=True)
class CatalogEntry:
    binding_id: str
    keys: str
    where: str
    help: str


def binding_catalog() -> list[CatalogEntry]:
    """Every Binding with an id in the app, screens and widgets: what a [keymap] can change."""
    # Every module that defines bindings, named here (not discovered) so that nothing turns a
    # name into an import; tests/functional/test_cli_keys.py checks that none is missing.
    from textual.dom import DOMNode

    import explorer.tui.app  # noqa: F401
    from explorer.tui.screens import (  # noqa: F401  (imported for their Binding lists)
        base,
        choice,
        compare,
        confirm,
        conflict,
        detail,
        dialog,
        evidence,
        gap,
        help,
        history,
        ladder,
        picker,
        plans,
        posting,
        prompt,
        raw_plan,
        readiness,
        review,
        search,
        source_links,
    )
    from explorer.tui.widgets import (  # noqa: F401  (imported for their Binding lists)
        footer,
        hanging,
        inputs,
        ladder_grid,
        ladder_layout,
        lists,
        plan_pane,
        readiness_marks,
        results,
        role_view,
    )

    def subclasses(cls: type) -> list[type]:
        found = []
        for sub in cls.__subclasses__():
            found += [sub, *subclasses(sub)]
        return found

    entries: dict[str, CatalogEntry] = {}
    for cls in subclasses(DOMNode):
        if not cls.__module__.startswith("explorer.tui"):
            continue
        where = "everywhere" if issubclass(cls, App) else getattr(cls, "HELP_NAME", "") or cls.__name__
        for binding in cls.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding) and binding.id and binding.id not in entries:
                help_text = binding.tooltip or binding.description
                entries[binding.id] = CatalogEntry(binding.id, binding.key, where, help_text)
    return sorted(entries.values(), key=lambda entry: entry.binding_id)
