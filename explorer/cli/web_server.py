"""textual-serve's server, made to end every tab's app (so it saves its plans) when the server stops."""

from __future__ import annotations

import asyncio
from typing import Any

from aiohttp import web
from textual_serve.server import Server

TABS_STOP_SECONDS = 10


class AppServer(Server):
    def __init__(self, *args: Any, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self._tabs: set[asyncio.Task[Any]] = set()

    async def handle_websocket(self, request: web.Request) -> web.WebSocketResponse:
        # Each open tab is one websocket handler, which owns that tab's app process.
        task = asyncio.current_task()
        assert task is not None  # aiohttp runs each handler in a task of its own
        self._tabs.add(task)
        try:
            return await super().handle_websocket(request)
        finally:
            self._tabs.discard(task)

    async def on_shutdown(self, app: web.Application) -> None:
        """Ctrl+C: textual-serve would wait up to a minute for tabs to close; tell their apps to quit now."""
        tabs = list(self._tabs)
        for task in tabs:
            task.cancel()  # the handler closes its websocket and asks its app to quit, which saves
        if tabs:
            await asyncio.wait(tabs, timeout=TABS_STOP_SECONDS)
