"""The search results list: one option per hit, matched characters highlighted."""

from __future__ import annotations

from rich.text import Text
from textual.widgets.option_list import Option

from explorer.core.content.model import Catalog
from explorer.core.search.index import HitKind, SearchHit
from explorer.tui.text import highlighted, plain
from explorer.tui.widgets.lists import SafeOptionList

MARK = "● "


class ResultsList(SafeOptionList):
    """Results of the current query, or every role when the query is empty."""

    def __init__(self, **kwargs) -> None:
        super().__init__(**kwargs)
        self.marked: list[str] = []
        self._rows: list[tuple[str, Text]] = []

    @property
    def catalog(self) -> Catalog:
        return self.app.catalog

    def show_roles(self) -> None:
        rows = []
        for role in self.catalog.sorted_roles():
            label = Text.assemble(plain(role.title, "bold"), "  ", plain(f"{role.track.label} · level {role.level}", "dim"))
            rows.append((role.id, label))
        self._replace(rows)

    def show_hits(self, hits: list[SearchHit]) -> None:
        rows = []
        for hit in hits:
            role = self.catalog.roles[hit.role_id]
            if hit.doc.kind in (HitKind.TITLE, HitKind.ALIAS):
                label = Text.assemble(highlighted(hit.doc.text, hit.spans, "bold reverse"))
                if hit.doc.kind is HitKind.ALIAS:
                    label.append_text(plain(f"  → {role.title}", "dim"))
                label.stylize("bold", 0, len(hit.doc.text))
            else:
                label = Text.assemble(plain(role.title, "bold"), plain(f"  {hit.doc.kind.label}", "dim italic"), "\n")
                label.append_text(highlighted(hit.doc.text, hit.spans))
            rows.append((hit.role_id, label))
        self._replace(rows)

    def _replace(self, rows: list[tuple[str, Text]]) -> None:
        self._rows = rows
        self._render_rows(keep_highlight=False)

    def _render_rows(self, keep_highlight: bool) -> None:
        highlight = self.highlighted
        self.clear_options()
        options = []
        for role_id, label in self._rows:
            if role_id in self.marked:
                label = Text.assemble((MARK, "bold green"), label)
            options.append(Option(label))
        self.add_options(options)
        if options:
            self.highlighted = highlight if keep_highlight and highlight is not None else 0

    def role_at(self, index: int | None) -> str | None:
        if index is None or not 0 <= index < len(self._rows):
            return None
        return self._rows[index][0]

    @property
    def current_role(self) -> str | None:
        return self.role_at(self.highlighted)

    def toggle_mark(self) -> list[str]:
        role_id = self.current_role
        if role_id is None:
            return self.marked
        if role_id in self.marked:
            self.marked.remove(role_id)
        else:
            self.marked = (self.marked + [role_id])[-2:]
        self._render_rows(keep_highlight=True)
        return self.marked
