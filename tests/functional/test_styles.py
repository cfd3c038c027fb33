"""Each screen and dialog names its own stylesheet (CSS_PATH), and every one named exists."""

import sys
from pathlib import Path

from textual.screen import Screen

from explorer.tui.app import RoleExplorerApp
from explorer.tui.binding_modules import binding_modules

TUI = Path(__file__).resolve().parents[2] / "explorer" / "tui"


def screen_classes() -> list[type[Screen]]:
    return [
        value
        for module in binding_modules()
        for value in vars(module).values()
        if isinstance(value, type) and issubclass(value, Screen) and value.__module__ == module.__name__
    ]


def test_every_screen_and_dialog_has_a_stylesheet_that_exists():
    without = []
    for cls in screen_classes():
        if cls.CSS_PATH is None:
            without.append(cls.__name__)
            continue
        paths = [cls.CSS_PATH] if isinstance(cls.CSS_PATH, (str, Path)) else cls.CSS_PATH
        folder = Path(str(sys.modules[cls.__module__].__file__)).parent
        for path in paths:
            assert (folder / path).is_file(), (cls.__name__, path)
    # Bases with no rules of their own.
    assert sorted(without) == ["Dialog", "ExplorerScreen", "PlanAwareScreen"]


def test_the_app_sheet_names_the_first_screen_s_rules():
    assert RoleExplorerApp.CSS_PATH == ["app.tcss", "screens/search.tcss"]
    for path in RoleExplorerApp.CSS_PATH:
        assert (TUI / path).is_file()
    assert not list((TUI.parents[1]).glob("styles/*.tcss"))  # no second copy at the top
