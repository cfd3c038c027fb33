"""Command palette providers: jump to any role, run any action.

The palette parses plain-string prompts and help as markup, so prompts here are always
Rich Text (highlighted by hand) and help never carries content strings.
"""

from __future__ import annotations

from functools import partial

from rich.text import Text
from textual.command import DiscoveryHit, Hit, Hits, Matcher, Provider

from explorer.tui.text import clean


def _highlight(matcher: Matcher, text: str) -> Text:
    result = Text(text)
    _, offsets = matcher.fuzzy_search.match(matcher.query, text)
    for offset in offsets:
        result.stylize("reverse", offset, offset + 1)
    return result


class RoleCommands(Provider):
    """`Open: <role>` for every role, matched fuzzily on title and aliases."""

    def _entries(self) -> list[tuple[str, str, str]]:
        entries = []
        for role in self.app.catalog.sorted_roles():
            also = f" (also {', '.join(role.aliases)})" if role.aliases else ""
            title = self.app.catalog.display_title(role)
            entries.append((clean(f"Open: {title}{also}"), role.id, f"{role.track.label} · {role.rank}"))
        return entries

    async def discover(self) -> Hits:
        for text, role_id, help_text in self._entries():
            yield DiscoveryHit(Text(text), partial(self.app.open_role, role_id), text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, role_id, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, _highlight(matcher, text), partial(self.app.open_role, role_id), text=text, help=help_text)


class ActionCommands(Provider):
    """Every action that has a binding on the current screen or the app."""

    async def discover(self) -> Hits:
        for description, action, tooltip in self.app.palette_actions(self.screen):
            yield DiscoveryHit(Text(description), partial(self.app.run_action, action), text=description, help=tooltip)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for description, action, tooltip in self.app.palette_actions(self.screen):
            score = matcher.match(description)
            if score > 0:
                yield Hit(score, _highlight(matcher, description), partial(self.app.run_action, action), text=description, help=tooltip)
