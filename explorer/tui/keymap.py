"""The binding catalogue (every Binding with an id: what a [keymap] may change) and the keymap check.

Handed the App class and the modules that hold bindings, it imports neither: the module that
names them (`binding_modules.py`) sits above the screens, and this one below everything.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from pathlib import Path
from types import ModuleType
from typing import Any

from textual.app import App
from textual.binding import Binding
from textual.dom import DOMNode

from explorer.core.settings import KeymapEntry


@dataclass(frozen=True)
class CatalogEntry:
    binding_id: str
    keys: str
    where: str
    help: str


def _classes_of(module: ModuleType) -> list[type[DOMNode]]:
    """The DOM classes defined (not merely imported) in `module`."""
    return [
        value
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, DOMNode) and value.__module__ == module.__name__
    ]


def binding_catalog(app_class: type[App[Any]], modules: Iterable[ModuleType]) -> list[CatalogEntry]:
    """Every Binding with an id of `app_class` and of the screens and widgets defined in `modules`."""
    entries: dict[str, CatalogEntry] = {}
    classes: list[type[DOMNode]] = [app_class]
    for module in modules:
        classes += _classes_of(module)
    for cls in classes:
        where = "everywhere" if issubclass(cls, App) else getattr(cls, "HELP_NAME", "") or cls.__name__
        for binding in cls.__dict__.get("BINDINGS", []):
            if isinstance(binding, Binding) and binding.id and binding.id not in entries:
                help_text = binding.tooltip or binding.description
                entries[binding.id] = CatalogEntry(binding.id, binding.key, where, help_text)
    return sorted(entries.values(), key=lambda entry: entry.binding_id)


def check_keymap(
    keymap: Iterable[KeymapEntry], catalog: Iterable[CatalogEntry], settings_path: Path
) -> tuple[dict[str, str], list[str]]:
    """The keymap to apply (binding id → keys) and one line for each entry that names no binding."""
    known = {entry.binding_id for entry in catalog}
    entries = list(keymap)
    problems = [
        f"{settings_path}:{entry.line or 1}: keymap {entry.binding_id!r} is not a key id; "
        "'role-explorer keys' lists them"
        for entry in entries
        if entry.binding_id not in known
    ]
    return {entry.binding_id: entry.keys for entry in entries if entry.binding_id in known}, problems
