"""Command palette providers: jump to any role, run any action.

The palette parses plain-string prompts and help as markup, so prompts here are always
Rich Text (highlighted by hand) and help never carries content strings.
"""

from __future__ import annotations

from collections.abc import Callable, Iterable
from functools import partial
from typing import Any, Protocol, cast

from rich.text import Text
from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.screen import Screen

from explorer.core.content.model import Catalog, Role
from explorer.tui.context import explorer_of
from explorer.tui.text import clean

PALETTE_ROLES = 100
# The palette sorts every provider's hits by score (0–1): a role scores by how close its name
# is, then a little less for each row below it, so the roles keep the role picker's order.
# By name: the name ranking (and rapidfuzz under it) is imported when the palette first searches.
_CLOSENESS_SCORE = {
    "EXACT": 1.0,
    "WHOLE": 0.9,
    "WORDS": 0.8,
    "SCATTERED": 0.7,
    "SOME_WORDS": 0.5,
    "LOOSE": 0.3,
}
_PER_ROW = 0.05 / PALETTE_ROLES


def _highlight(matcher: Matcher, text: str) -> Text:
    result = Text(text)
    _, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        result.stylize("reverse", offset, offset + 1)
    return result


def role_scores(catalog: Catalog, query: str) -> list[tuple[float, Role]]:
    """The roles the role picker would list for `query` (an "open" in front aside), scored in its order."""
    words = query.split(maxsplit=1)
    if words and words[0].casefold() in ("open", "open:") and len(words) > 1:
        query = words[1]
    from explorer.core.content.resolve import rank_matches

    ranked = rank_matches(catalog, query)[:PALETTE_ROLES]
    return [
        (_CLOSENESS_SCORE[match.closeness.name] - row * _PER_ROW, match.role)
        for row, match in enumerate(ranked)
    ]


class PaletteHost(Protocol):
    """What the palette asks of the app."""

    def palette_actions(self, screen: Screen[Any]) -> list[tuple[str, Callable[[], object], str]]: ...
    def open_role(self, role_id: str, line: str | None = None) -> None: ...
    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]: ...


class ExplorerCommands(Provider):
    """The app's actions first (our live keys of the current screen), then `Open: <role>` for
    every role, then Textual's system commands (Theme, Keys, Screenshot…).

    One provider, so that with nothing typed this order holds: the palette shows hits in the
    order they arrive, and separate providers arrive in any order.
    """

    @property
    def host(self) -> PaletteHost:
        return cast(PaletteHost, self.app)

    def _roles(self) -> list[tuple[str, str, str]]:
        entries = []
        catalog = explorer_of(self.app).catalog
        for role in catalog.sorted_roles():
            also = f" (also {', '.join(role.aliases)})" if role.aliases else ""
            title = catalog.display_title(role)
            entries.append((clean(f"Open: {title}{also}"), role.id, f"{role.track.label} · {role.rank}"))
        return entries

    async def discover(self) -> Hits:
        for description, run, help_text in self.host.palette_actions(self.screen):
            yield DiscoveryHit(Text(description), run, text=description, help=help_text)
        for text, role_id, help_text in self._roles():
            yield DiscoveryHit(Text(text), partial(self.host.open_role, role_id), text=text, help=help_text)
        for command in self.host.get_system_commands(self.screen):
            if command.discover:
                yield DiscoveryHit(
                    Text(command.title), command.callback, text=command.title, help=command.help
                )

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for description, run, help_text in self.host.palette_actions(self.screen):
            score = matcher.match(description)
            if score > 0:
                yield Hit(score, _highlight(matcher, description), run, text=description, help=help_text)
        entries = {role_id: (text, help_text) for text, role_id, help_text in self._roles()}
        for score, role in role_scores(explorer_of(self.app).catalog, query):
            text, help_text = entries[role.id]
            yield Hit(
                score,
                _highlight(matcher, text),
                partial(self.host.open_role, role.id),
                text=text,
                help=help_text,
            )
        for command in self.host.get_system_commands(self.screen):
            score = matcher.match(command.title)
            if score > 0:
                yield Hit(
                    score,
                    _highlight(matcher, command.title),
                    command.callback,
                    text=command.title,
                    help=command.help,
                )
