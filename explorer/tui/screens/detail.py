"""Everything about one role, with its reporting lines and next steps as links."""

from __future__ import annotations

from rich.text import Text
from textual import on
from textual.app import ComposeResult
from textual.binding import Binding
from textual.containers import VerticalScroll
from textual.widgets import Static
from textual.widgets.option_list import Option

from explorer.core.career.ladder import next_moves
from explorer.core.content.model import Role
from explorer.core.content.role_markdown import role_markdown
from explorer.tui.dialogs.picker import RolePicker
from explorer.tui.dialogs.source_links import SourceLinksScreen, linked_sources
from explorer.tui.plan_desk import Which
from explorer.tui.screens.base import PlanAwareScreen
from explorer.tui.text import labelled_row, plain
from explorer.tui.widgets import role_view
from explorer.tui.widgets.hanging import HangingText
from explorer.tui.widgets.lists import InlineList


class RoleLinks(InlineList):
    """Reporting lines and next steps; Enter opens the linked role."""

    HELP_NAME = "the links"


class RoleDetailScreen(PlanAwareScreen):
    CSS_PATH = ["role_page.tcss", "detail.tcss"]
    HELP_NAME = "Role"
    BINDINGS = [
        Binding(
            "c",
            "compare",
            "Compare with…",
            id="detail.compare",
            tooltip="Pick another role to compare side by side",
        ),
        Binding(
            "l", "focus_links", "Links", id="detail.links", tooltip="Jump to reporting lines and next steps"
        ),
        Binding(
            "h",
            "set_role('current')",
            "I am here",
            id="detail.here",
            tooltip="Set this role as where you are now, in your plan",
        ),
        Binding(
            "t",
            "set_role('target')",
            "Target",
            id="detail.target",
            tooltip="Set this role as where you want to be, in your plan",
        ),
        # Out of the footer so Back and Help still fit at 60 columns; Help and the palette list it.
        Binding(
            "y",
            "copy",
            "Copy role",
            id="detail.copy",
            show=False,
            tooltip="Copy the whole role to the clipboard as Markdown",
        ),
        Binding(
            "Y",
            "copy_link",
            "Copy link",
            id="detail.copy_link",
            show=False,
            tooltip="Copy the highlighted reporting line or next step to the clipboard as Markdown",
        ),
        # Priority: the links list would otherwise take PgDn/PgUp for itself (D19, issue 26).
        Binding(
            "pagedown,space",
            "page(1)",
            "Page down",
            id="detail.page_down",
            show=False,
            priority=True,
            tooltip="Scroll the role page down by a screen, wherever focus is on it",
        ),
        Binding(
            "pageup",
            "page(-1)",
            "Page up",
            id="detail.page_up",
            show=False,
            priority=True,
            tooltip="Scroll the role page up by a screen, wherever focus is on it",
        ),
        # Kept out of the footer so Back and Help still fit; the Sources heading names the key.
        Binding(
            "o",
            "source_links",
            "Source pages",
            id="detail.sources",
            show=False,
            tooltip="Open the web page of a source (when a source of this role has an address)",
        ),
    ]

    def __init__(self, role: Role, line: str | None = None) -> None:
        """`line`: one line of the role (a found search result) to scroll to and mark."""
        super().__init__()
        self.role = role
        self.line = line
        self._link_targets: list[str] = []
        self._sections: list[tuple[Static, Text]] = []
        self._marked_link: int | None = None
        self._link_markdown: list[str] = []

    def compose_main(self) -> ComposeResult:
        catalog, role, line = self.explorer.catalog, self.role, self.line
        with VerticalScroll(id="detail-body", can_focus=True, classes="main"):
            yield Static(
                role_view.header(role, catalog.display_title(role)), id="detail-header", classes="role-title"
            )
            yield self._section(role_view.item(role.summary, line), id="detail-summary")
            yield Static(
                role_view.heading("Reporting lines and next steps (Enter opens)"), classes="section-heading"
            )
            yield RoleLinks(*self._link_options(), id="detail-links")
            yield self._section(role_view.responsibilities(catalog, role, line))
            yield self._section(role_view.facts(catalog, role, line))
            yield self._section(role_view.notes_and_sources(catalog, role, line))

    def _section(self, text: Text, id: str | None = None) -> Static:
        static = HangingText(text, id=id, classes="section")
        self._sections.append((static, text))
        return static

    def _link_options(self) -> list[Option]:
        catalog = self.explorer.catalog
        order = self.role.cited_sources()
        options: list[Option] = []

        def add(role_id: str, kind: str, label: Text, advice: Text | None = None) -> None:
            self._link_targets.append(role_id)
            line = f"- {kind.strip(' ↑↓→')}: {label.plain}" + (
                f" — {advice.plain}" if advice is not None else ""
            )
            self._link_markdown.append(" ".join(line.split()))
            options.append(
                Option(labelled_row(Text(kind, "dim"), 14, label, *([advice] if advice is not None else [])))
            )

        for role_id in self.role.reports_to:
            add(role_id, "↑ reports to", plain(catalog.roles[role_id].title, "bold"))
        for role_id in self.role.manages:
            add(role_id, "↓ manages", plain(catalog.roles[role_id].title, "bold"))
        for move in next_moves(catalog, self.role):
            label = Text.assemble(plain(move.target.title, "bold"), (f"  {move.step.kind.value}", "italic"))
            if move.step.typical_time:
                label.append_text(plain(f" · {move.step.typical_time}", "dim"))
            advice = role_view.said(move.step, role_view.item(move.step.advice, self.line), order)
            if move.step.advice == self.line:
                self._marked_link = len(options)
            add(move.target.id, "→ next step", label, advice)
        if not options:
            options.append(Option(Text("No reporting lines or next steps recorded.", "dim"), disabled=True))
        return options

    def on_mount(self) -> None:
        self.focus_main()
        if self.line:
            self.call_after_refresh(self._scroll_to_line)

    def _scroll_to_line(self) -> None:
        """Bring the marked line near the top: the first section holding it, at its wrapped row."""
        body = self.query_one("#detail-body", VerticalScroll)
        if self._marked_link is not None:  # a next step's advice: highlight that link
            links = self.query_one("#detail-links", RoleLinks)
            links.highlighted = self._marked_link
            body.scroll_to(y=max(0, links.virtual_region.y - 1), animate=False)
            return
        for static, text in self._sections:
            position = next((span.start for span in text.spans if span.style == role_view.MARKED), None)
            if position is not None:
                rows = (
                    len(text[:position].wrap(self.app.console, max(1, static.content_size.width))) - 1
                    if position
                    else 0
                )
                body.scroll_to(y=max(0, static.virtual_region.y + rows - 2), animate=False)
                return

    @property
    def current_role(self) -> Role:
        return self.role

    def focus_main(self) -> None:
        """The links when there are any (so Enter opens one, as the heading says), else the page."""
        self.query_one("#detail-links" if self._link_targets else "#detail-body").focus(scroll_visible=False)

    def link_line(self, index: int) -> str:
        """The link at `index` as one Markdown line ("- next step: …"), as `y` copies it."""
        return self._link_markdown[index]

    def action_copy(self) -> None:
        self._copy(role_markdown(self.explorer.catalog, self.role), self.role.title)

    def action_copy_link(self) -> None:
        index = self.query_one("#detail-links", RoleLinks).highlighted
        if index is None or index >= len(self._link_markdown):
            self.notify("No link to copy: this role records no reporting lines or next steps.", markup=False)
            return
        self._copy(self.link_line(index) + "\n", "the highlighted link")

    def _copy(self, text: str, what: str) -> None:
        self.app.copy_to_clipboard(text)
        self.notify(f"Copied {what} as Markdown ({len(text):,} characters) to the clipboard.", markup=False)

    def check_action(self, action: str, parameters: tuple[object, ...]) -> bool | None:
        if action == "page":  # on the page itself; the notes and steps keep their own keys
            body = self.query_one("#detail-body", VerticalScroll)
            return self.focused is None or self.focused is body or body in self.focused.ancestors
        return True

    def action_page(self, direction: int) -> None:
        body = self.query_one("#detail-body", VerticalScroll)
        if direction > 0:
            body.scroll_page_down()
        else:
            body.scroll_page_up()

    def action_set_role(self, which: Which) -> None:
        self.ask_plan_role(which, self.role.id)

    @on(RoleLinks.OptionSelected, "#detail-links")
    def _link_selected(self, event: RoleLinks.OptionSelected) -> None:
        if event.option_index < len(self._link_targets):
            self.explorer.nav.open_role(self._link_targets[event.option_index])

    def action_source_links(self) -> None:
        sources = linked_sources(self.explorer.catalog, self.role)
        if sources:
            self.app.push_screen(SourceLinksScreen(self.role, sources))
        else:
            self.notify(f"None of the sources of {self.role.title} has a web address to open.", markup=False)

    def action_focus_links(self) -> None:
        self.query_one("#detail-links").focus()

    def action_compare(self) -> None:
        def chosen(other_id: str | None) -> None:
            if other_id:
                self.explorer.nav.open_comparison(self.role.id, other_id)

        self.app.push_screen(RolePicker(f"Compare {self.role.title} with…", exclude=self.role.id), chosen)
