"""Command palette providers: jump to any role, run any action.

The palette parses plain-string prompts and help as markup, so prompts here are always
Rich Text (highlighted by hand) and help never carries content strings.
"""

from __future__ import annotations

from collections.abc import Awaitable, Callable, Iterable
from contextlib import AbstractContextManager
from functools import partial
from typing import Any, Protocol, cast

from rich.text import Text
from textual.app import SystemCommand
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider
from textual.dom import DOMNode
from textual.screen import Screen

from explorer.core.content.model import Catalog, Role
from explorer.tui.context import explorer_of
from explorer.tui.keys import EVERYWHERE, FOCUSED, THIS_SCREEN, LiveKey, live_keys
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


# The palette lists the app's actions in this order, then the screen's and its focused part's,
# then the rest of the app's (Back, Quit). Leaving a text box is a key, not a command.
PALETTE_FIRST = (
    "go_search",
    "ladder",
    "gap",
    "plans",
    "readiness",
    "toggle_notes",
    "compare_any",
    "undo_plan",
    "help",
)
PALETTE_HIDDEN = ("leave_input", "command_palette", "page")  # scrolling is a key, not a command

Action = tuple[str, Callable[[], object], str]  # description, run, help


class PaletteHost(Protocol):
    """What the palette asks of the app."""

    def keys_judged_on(self, screen: Screen[Any]) -> AbstractContextManager[None]: ...
    def run_action(self, action: str, default_namespace: DOMNode | None = None) -> Awaitable[bool]: ...
    def open_role(self, role_id: str, line: str | None = None) -> None: ...
    def get_system_commands(self, screen: Screen[Any]) -> Iterable[SystemCommand]: ...


def _order(live: LiveKey) -> tuple[int, int]:
    if live.group == EVERYWHERE and live.action in PALETTE_FIRST:
        return 0, PALETTE_FIRST.index(live.action)
    return {THIS_SCREEN: 1, FOCUSED: 2}.get(live.group, 3), int(live.action == "quit")


def palette_actions(host: PaletteHost, screen: Screen[Any]) -> list[Action]:
    """(description, run, help) for each of our live keys on `screen`, once, the app's first.

    Only keys with an id (all of ours have one): Textual's own editing keys of a text box
    (cursor moves, select all…) are keys, not commands.
    """
    with host.keys_judged_on(screen):
        keys = sorted(live_keys(screen), key=_order)
    actions: list[Action] = []
    seen: set[str] = set()
    for live in keys:
        description = live.binding.description
        if (
            live.binding.id
            and description
            and live.enabled
            and live.action.partition("(")[0] not in PALETTE_HIDDEN
            and description not in seen
        ):
            seen.add(description)
            actions.append((description, partial(host.run_action, live.action, live.node), live.help))
    return actions


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
        for description, run, help_text in palette_actions(self.host, self.screen):
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
        for description, run, help_text in palette_actions(self.host, self.screen):
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
