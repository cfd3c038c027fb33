"""Every TUI module that can define bindings, imported only when the whole keymap is needed.

Named here, not discovered: nothing in the package imports a module by a computed name.
tests/functional/test_cli_keys.py fails when a screen, dialog or widget module is missing.
"""

from __future__ import annotations

from types import ModuleType


def binding_modules() -> tuple[ModuleType, ...]:
    import explorer.tui.dialogs.choice
    import explorer.tui.dialogs.confirm
    import explorer.tui.dialogs.conflict
    import explorer.tui.dialogs.dialog
    import explorer.tui.dialogs.evidence
    import explorer.tui.dialogs.exported
    import explorer.tui.dialogs.help
    import explorer.tui.dialogs.picker
    import explorer.tui.dialogs.posting
    import explorer.tui.dialogs.prompt
    import explorer.tui.dialogs.source_links
    import explorer.tui.screens.base
    import explorer.tui.screens.compare
    import explorer.tui.screens.detail
    import explorer.tui.screens.gap
    import explorer.tui.screens.history
    import explorer.tui.screens.ladder
    import explorer.tui.screens.plans
    import explorer.tui.screens.plans_keys
    import explorer.tui.screens.raw_plan
    import explorer.tui.screens.readiness
    import explorer.tui.screens.review
    import explorer.tui.screens.search
    import explorer.tui.widgets.footer
    import explorer.tui.widgets.hanging
    import explorer.tui.widgets.inputs
    import explorer.tui.widgets.ladder_grid
    import explorer.tui.widgets.ladder_layout
    import explorer.tui.widgets.lists
    import explorer.tui.widgets.notes_area
    import explorer.tui.widgets.plan_pane
    import explorer.tui.widgets.readiness_marks
    import explorer.tui.widgets.results
    import explorer.tui.widgets.role_view

    tui = explorer.tui
    return tuple(
        module
        for package in (tui.dialogs, tui.screens, tui.widgets)
        for module in vars(package).values()
        if isinstance(module, ModuleType)
    )
