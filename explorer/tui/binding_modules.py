"""Every TUI module that can define bindings, imported only when the whole keymap is needed.

Named here, not discovered: nothing in the package imports a module by a computed name.
tests/functional/test_cli_keys.py fails when a screen, dialog or widget module is missing.
"""

from __future__ import annotations

from types import ModuleType


def binding_modules() -> tuple[ModuleType, ...]:
    from explorer.tui.dialogs import (
        choice,
        confirm,
        conflict,
        dialog,
        evidence,
        help,
        picker,
        prompt,
        source_links,
    )
    from explorer.tui.screens import (
        base,
        compare,
        detail,
        gap,
        history,
        ladder,
        plans,
        raw_plan,
        readiness,
        search,
    )
    from explorer.tui.widgets import (
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

    return (
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
        prompt,
        raw_plan,
        readiness,
        search,
        source_links,
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
