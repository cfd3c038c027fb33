"""Command palette providers: jump to any role, run any action."""

from __future__ import annotations

from functools import partial

from textual.command import DiscoveryHit, Hit, Hits, Provider

from explorer.tui.text import clean


class RoleCommands(Provider):
    """`Open: <role>` for every role, matched fuzzily on title and aliases."""

    def _entries(self) -> list[tuple[str, str, str]]:
        entries = []
        for role in self.app.catalog.sorted_roles():
            also = f" (also {', '.join(role.aliases)})" if role.aliases else ""
            entries.append((clean(f"Open: {role.title}{also}"), role.id, clean(role.summary[:100])))
        return entries

    async def discover(self) -> Hits:
        for text, role_id, help_text in self._entries():
            yield DiscoveryHit(text, partial(self.app.open_role, role_id), help=help_text)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for text, role_id, help_text in self._entries():
            score = matcher.match(text)
            if score > 0:
                yield Hit(score, matcher.highlight(text), partial(self.app.open_role, role_id), help=help_text)


class ActionCommands(Provider):
    """Every app action that has a binding, by its description."""

    def _entries(self) -> list[tuple[str, str, str]]:
        return [(description, action, tooltip) for description, action, tooltip in self.app.palette_actions()]

    async def discover(self) -> Hits:
        for description, action, tooltip in self._entries():
            yield DiscoveryHit(description, partial(self.app.run_action, action), help=tooltip)

    async def search(self, query: str) -> Hits:
        matcher = self.matcher(query)
        for description, action, tooltip in self._entries():
            score = matcher.match(description)
            if score > 0:
                yield Hit(score, matcher.highlight(description), partial(self.app.run_action, action), help=tooltip)
