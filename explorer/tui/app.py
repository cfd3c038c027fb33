"""The role-explorer application and the factory that builds it."""

from __future__ import annotations

import os
import sys
from collections.abc import Callable, Iterable, Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import TYPE_CHECKING, Any

from textual import work
from textual.app import SystemCommand
from textual.binding import Binding
from textual.dom import DOMNode
from textual.notifications import Notification, Notify, SeverityLevel
from textual.screen import Screen
from textual.theme import Theme
from textual.widget import Widget
from textual.worker import get_current_worker

from explorer import locations
from explorer.core.common.collector import building_long_lived
from explorer.core.common.plural import counted
from explorer.core.content.library import load_library
from explorer.core.content.model import Catalog, LoadResult
from explorer.core.settings import Settings, SettingsError, load_settings, save_theme
from explorer.tui import toasts
from explorer.tui.app_keys import APP_BINDINGS
from explorer.tui.context import Explorer
from explorer.tui.desk_ui import AppDeskUI
from explorer.tui.ending import Ending
from explorer.tui.keys import (
    help_sections,
    key_display,
)
from explorer.tui.palette import ExplorerCommands
from explorer.tui.plan_desk import PlanDesk
from explorer.tui.screens.base import ExplorerScreen
from explorer.tui.screens.search import SearchScreen
from explorer.tui.screenshot import ScreenshotApp

if TYPE_CHECKING:
    from explorer.core.plans.session import PlanSession
    from explorer.core.search.index import SearchIndex

# Every other screen is imported when first opened, and Textual reads its CSS_PATH then: the
# first frame needs only the search. The search index and the plans come just after it.


class RoleExplorerApp(ScreenshotApp):
    TITLE = "role-explorer"
    # The first screen is not pushed, so Textual does not read its CSS_PATH: the app's sheet names it.
    CSS_PATH = ["app.tcss", "screens/search.tcss"]
    COMMANDS = {ExplorerCommands}  # Textual's system commands are folded in after the roles
    BINDINGS = APP_BINDINGS

    def __init__(
        self,
        load_result: LoadResult,
        settings_path: Path | None = None,
        plans_dir: Path | None = None,
        pending_packs: Sequence[Path] = (),
    ) -> None:
        super().__init__()
        self.pending_packs = list(pending_packs)
        self._keys_of: Screen[Any] | None = None  # while the palette lists keys: the screen under it
        desk = PlanDesk(AppDeskUI(self), lambda: self.catalog, lambda: plans_dir or locations.plans_dir())
        self.explorer = Explorer(load_result, desk, nav=self)
        self._ending = Ending(save=self.save_at_exit, exit=self.exit, messages=lambda: self.exit_messages)
        self.settings_path = settings_path or locations.config_file()
        settings, self._settings_warnings = load_settings(self.settings_path)
        if settings.theme and settings.theme in self.available_themes:
            self.theme = settings.theme
        self._settings_warnings += self._apply_keymap(settings)

    def notify(
        self,
        message: str,
        *,
        title: str = "",
        severity: SeverityLevel = "information",
        timeout: float | None = None,
        markup: bool = True,
    ) -> None:
        if not markup:  # our own plain messages; markup would be cut inside its tags
            lines = toasts.lines_each(self.size.height, min(len(self._notifications) + 1, toasts.MAX_SHOWN))
            message = toasts.fit_toast(message, toasts.toast_text_width(self.size.width), max_lines=lines)
        super().notify(message, title=title, severity=severity, timeout=timeout, markup=markup)

    def _on_notify(self, event: Notify) -> None:
        # Textual's own App._on_notify runs after this one (handlers are called along the MRO):
        # it adds the notification and refreshes the toasts, so neither is done here.
        shown = [*self._notifications, event.notification]
        width = toasts.toast_text_width(self.size.width)
        for old in toasts.to_drop(shown, self.size.height, width):
            if old is not event.notification:
                self._unnotify(old, refresh=False)
                shown.remove(old)
        self._place_toasts(shown)

    def on_descendant_focus(self) -> None:
        self._place_toasts(list(self._notifications))

    def _place_toasts(self, shown: list[Notification]) -> None:
        if shown:
            width = toasts.toast_text_width(self.size.width)
            rows = sum(toasts.line_count(n.message, width) + toasts.TOAST_ROWS_AROUND_TEXT for n in shown)
            toasts.place(self.screen, expected_height=rows)

    def get_default_screen(self) -> SearchScreen:
        return SearchScreen()

    # Shorthands of `explorer` for the launcher and tests; screens and widgets use `explorer` itself.
    @property
    def catalog(self) -> Catalog:
        return self.explorer.catalog

    @property
    def index(self) -> SearchIndex:
        return self.explorer.index

    @property
    def plan_session(self) -> PlanSession:
        return self.explorer.plans.session

    @property
    def exit_messages(self) -> list[str]:
        return self.explorer.plans.exit_messages

    def save_plans(self) -> bool:
        return self.explorer.plans.save()

    def save_at_exit(self) -> None:
        self.explorer.plans.save_at_exit()

    def _after_first_frame(self) -> None:
        """What the first frame did not need, made before anyone can type much."""
        self.plan_session  # noqa: B018 (opens the plans)
        self.index  # noqa: B018 (builds the index)

    def on_mount(self) -> None:
        self.call_after_refresh(self._after_first_frame)
        self._install_signal_handlers()
        if self.is_web:
            self._end_with_the_server(os.getppid())
        if self.pending_packs:
            self._load_packs()
        self.theme_changed_signal.subscribe(self, self._remember_theme)
        self._announce_problems()
        for warning in self._settings_warnings[:3]:
            self.notify(warning, severity="warning", markup=False, timeout=10)

    @work(thread=True, exclusive=True, group="load")
    def _load_packs(self) -> None:
        worker = get_current_worker()

        def progress(done: int, total: int) -> None:
            if not worker.is_cancelled:
                self.call_from_thread(self._show_loading, f"Loading content packs: {done:,}/{total:,} files…")

        with building_long_lived():
            result = load_library(self.pending_packs, progress=progress)
            if worker.is_cancelled:
                return
            self.call_from_thread(
                self._show_loading,
                f"Indexing {counted(sum(len(r.responsibilities) for r in result.catalog.roles.values()), 'responsibility')}…",
            )
            from explorer.core.search.index import SearchIndex

            index = SearchIndex.from_catalog(result.catalog)
        if not worker.is_cancelled:
            self.call_from_thread(self._packs_loaded, result, index)

    def _show_loading(self, message: str | None) -> None:
        for screen in self.screen_stack:
            if isinstance(screen, SearchScreen):
                screen.show_pack_loading(message)

    def _packs_loaded(self, result: LoadResult, index: SearchIndex) -> None:
        self.explorer.replace_content(result, index)
        self.pending_packs = []
        self._show_loading(None)
        self._announce_problems()

    def _announce_problems(self) -> None:
        if self.explorer.load_result.problems:
            count = len(self.explorer.load_result.problems)
            first = self.explorer.load_result.problems[0]
            self.notify(
                f"{counted(count, 'content problem')} skipped; run 'role-explorer validate'. First: {first}",
                severity="warning",
                markup=False,
                timeout=8,
            )

    def _apply_keymap(self, settings: Settings) -> list[str]:
        """Use the [keymap] of config.toml; one line per entry that names no binding."""
        if not settings.keymap:
            return []  # the catalogue imports every screen: only worth it when there is a keymap to check
        from explorer.tui.binding_modules import binding_modules
        from explorer.tui.keymap import binding_catalog, check_keymap

        catalog = binding_catalog(type(self), binding_modules())
        keymap, problems = check_keymap(settings.keymap, catalog, self.settings_path)
        self.set_keymap(keymap)
        return problems

    def handle_bindings_clash(self, clashed_bindings: set[Binding], node: DOMNode) -> None:
        keys = ", ".join(sorted(key_display(b.key) for b in clashed_bindings))
        self.notify(
            f"Keymap: {keys} already does something else here; the other key keeps it",
            severity="warning",
            markup=False,
        )

    def _remember_theme(self, theme: Theme) -> None:
        try:
            save_theme(self.settings_path, theme.name)
        except (OSError, SettingsError) as error:
            reason = error.strerror if isinstance(error, OSError) and error.strerror else str(error)
            self.notify(
                f"Could not save the theme to {self.settings_path}: {reason}",
                severity="warning",
                markup=False,
            )

    # Plans: saved on quit and on SIGTERM/SIGHUP or a closed terminal, which end the app by a deadline (ending.py).
    def _install_signal_handlers(self) -> None:
        stdin = sys.__stdin__
        watch = (
            stdin.fileno()
            if stdin is not None and not (self.is_headless or self.is_web) and stdin.isatty()
            else None
        )
        self._ending.install(watch_fd=watch)

    def _end_with_the_server(self, server_pid: int) -> None:
        """Served to a browser tab: should the server die, save and end rather than run on unseen."""

        def check() -> None:
            if os.getppid() != server_pid:
                self.save_at_exit()  # first: with no one reading, the exit itself may fail to draw
                self.exit()

        self.set_interval(1.0, check, name="server-watch")

    def on_unmount(self) -> None:
        self.save_at_exit()
        self._ending.uninstall()

    async def action_quit(self) -> None:
        self.save_at_exit()
        self.exit()

    # Navigation used by screens and the command palette.
    def open_role(self, role_id: str, line: str | None = None) -> None:
        """Show a role; `line` (one of its lines, as a search found it) is scrolled to and marked."""
        from explorer.tui.screens.detail import RoleDetailScreen

        role = self.catalog.get(role_id)
        if role is None:
            self.notify(f"Unknown role {role_id!r}", severity="error", markup=False)
            return
        self.push_screen(RoleDetailScreen(role, line))

    def ask_text(
        self,
        question: str,
        value: str,
        check: Callable[[str], str | None] | None,
        then: Callable[[str | None], None],
    ) -> None:
        from explorer.tui.dialogs.prompt import TextPrompt

        self.push_screen(TextPrompt(question, value, check), then)

    def open_comparison(self, left_id: str, right_id: str) -> None:
        from explorer.tui.screens.compare import CompareScreen

        self.push_screen(CompareScreen(self.catalog.role(left_id), self.catalog.role(right_id)))

    def action_ladder(self) -> None:
        from explorer.tui.screens.ladder import LadderScreen

        role = self.screen.current_role if isinstance(self.screen, ExplorerScreen) else None
        self.push_screen(LadderScreen(role.id if role else None))

    def action_gap(self) -> None:
        from explorer.tui.screens.gap import GapScreen

        self.push_screen(GapScreen())

    def action_readiness(self) -> None:
        from explorer.tui.screens.readiness import ReadinessScreen

        self.push_screen(ReadinessScreen())

    def action_plans(self) -> None:
        from explorer.tui.screens.plans import PlansScreen

        self.push_screen(PlansScreen())

    def get_key_display(self, binding: Binding) -> str:
        return binding.key_display or key_display(binding.key)

    def _typing_in(self, screen: Screen[Any] | None = None) -> Widget | None:
        """The focused text box (a widget that takes typed characters), if the focus is in one."""
        focused = (screen or self.screen).focused
        return focused if focused is not None and focused.check_consume_key("a", "a") else None

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        return self._allows(action, self._keys_of or self.screen)

    def _allows(self, action: str, screen: Screen[Any]) -> bool:
        """Whether the app-wide `action` does something on `screen` (the top one, or the one under the palette)."""
        if action == "leave_input":
            return self._typing_in(screen) is not None and not screen.is_modal
        if action == "back":
            return (
                screen in self.screen_stack[1:] and not screen.is_modal
            )  # nothing to go back to from the first screen
        if action == "go_search":
            return not (isinstance(screen, SearchScreen) and self._typing_in(screen) is not None)
        if action == "toggle_notes":
            return isinstance(screen, ExplorerScreen) and screen.HAS_NOTES
        return True

    def action_leave_input(self) -> None:
        if isinstance(self.screen, ExplorerScreen):
            self.screen.focus_main()
        else:
            self.screen.set_focus(None)

    async def action_back(self) -> None:
        if len(self.screen_stack) > 1:
            self.pop_screen()

    def action_toggle_notes(self) -> None:
        if isinstance(self.screen, ExplorerScreen):
            self.screen.toggle_notes()

    def action_undo_plan(self) -> None:
        self.explorer.plans.undo()

    def action_go_search(self) -> None:
        while len(self.screen_stack) > 1 and not isinstance(self.screen, SearchScreen):
            self.pop_screen()
        self.screen.query_one("#query").focus()

    def action_help(self) -> None:
        from explorer.tui.dialogs.dialog import Dialog
        from explorer.tui.dialogs.help import HelpScreen

        if isinstance(self.screen, HelpScreen):
            return
        screen = self.screen
        if isinstance(screen, (ExplorerScreen, Dialog)):
            name = screen.help_name
        else:
            name = type(screen).__name__.removesuffix("Screen")
        self.push_screen(HelpScreen(help_sections(self.screen, name)))

    def action_compare_any(self) -> None:
        from explorer.tui.dialogs.picker import RolePicker

        def first_chosen(left: str | None) -> None:
            if left:

                def second_chosen(right: str | None) -> None:
                    if right:
                        self.open_comparison(left, right)

                title = self.catalog.role(left).title
                self.push_screen(RolePicker(f"Compare {title} with…", exclude=left), second_chosen)

        self.push_screen(RolePicker("Compare: pick the first role"), first_chosen)

    @contextmanager
    def keys_judged_on(self, screen: Screen[Any]) -> Iterator[None]:
        """While the palette lists keys it is the top screen: the app's keys are judged on `screen`."""
        self._keys_of = screen
        try:
            yield
        finally:
            self._keys_of = None

    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]:
        """Textual's commands but its Quit and Keys panel: ours are in the palette; F1 lists keys."""
        return [c for c in super().get_system_commands(screen) if c.title not in ("Quit", "Keys")]


def create_app(
    load_result: LoadResult,
    settings_path: Path | None = None,
    plans_dir: Path | None = None,
    pending_packs: Sequence[Path] = (),
) -> RoleExplorerApp:
    return RoleExplorerApp(load_result, settings_path, plans_dir, pending_packs)
