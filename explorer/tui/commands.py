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


class ExplorerCommands(Provider):
    """The app's actions first (every live key of the current screen), then `Open: <role>` for every role.

    One provider, so that with nothing typed the actions are listed before the roles.
    """

    def _roles(self) -> list[tuple[str, str, str]]:
        entries = []
        for role in self.app.catalog.sorted_roles():
            also = f" (also {', '.join(role.aliases)})" if role.aliases else ""
            title = self.app.catalog.display_title(role)
            entries.append((clean(f"Open: {title}{also}"), role.id, f"{role.track.label} · {role.rank}"))
        return entries

    async def discover(self) -> Hits:
        for description, run, help_text in self.app.palette_actions(self.screen):
            yield DiscoveryHit(Text(description), run, text=description, help=help_text)
        for text, role_id, help_text in self._roles():
            yield DiscoveryHit(Text(text), partial(self.app.open_role, role_id), text=text, help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for description, run, help_text in self.app.palette_actions(self.screen):
            score = matcher.match(description)
            if score > 0:
                yield Hit(score, _highlight(matcher, description), run, text=description, help=help_text)
        for text, role_id, help_text in self._roles():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, _highlight(matcher, text), partial(self.app.open_role, role_id), text=text, help=help_text)
