"""textual-serve's server, behind a gate (see serve_gate), ending every tab's app when the server stops."""

from __future__ import annotations

import asyncio
from collections.abc import Awaitable, Callable
from typing import Any

import aiohttp_jinja2
from aiohttp import web
from textual_serve.server import Server

from explorer.cli.serve_gate import Gate

TABS_STOP_SECONDS = 10
OPEN_PRINTED = "open the address role-explorer serve printed, with its token"

Handler = Callable[[web.Request], Awaitable[web.StreamResponse]]


def refuse(status: int, reason: str) -> web.Response:
    """One line, no traceback: what a refused browser or script sees."""
    return web.Response(status=status, text=f"role-explorer serve: {reason}\n")


class AppServer(Server):
    def __init__(self, *args: Any, gate: Gate, **kwargs: Any) -> None:
        super().__init__(*args, **kwargs)
        self.gate = gate
        self._tabs: set[asyncio.Task[Any]] = set()

    async def _make_app(self) -> web.Application:
        app = await super()._make_app()
        app.router.add_get("/ws/{token}", self.handle_websocket)
        app.middlewares.append(self._check_host)
        return app

    @web.middleware
    async def _check_host(self, request: web.Request, handler: Handler) -> web.StreamResponse:
        if not self.gate.host_allowed(request.headers.get("Host")):
            return refuse(403, "refused: this server answers only to the address it printed")
        return await handler(request)

    @aiohttp_jinja2.template("app_index.html")
    async def handle_index(self, request: web.Request) -> dict[str, Any]:
        if not self.gate.token_matches(request.query.get("token")):
            raise refuse_exception(OPEN_PRINTED)
        context: dict[str, Any] = await Server.handle_index.__wrapped__(self, request)  # type: ignore[attr-defined]
        # The page's script appends ?width=…&height=… to this address, so the token goes in the path.
        context["app_websocket_url"] += f"/{self.gate.token}"
        return context

    async def handle_websocket(self, request: web.Request) -> web.StreamResponse:  # type: ignore[override]
        if not self.gate.token_matches(request.match_info.get("token")):
            return refuse(403, f"refused: no valid token; {OPEN_PRINTED}")
        if not self.gate.origin_allowed(request.headers.get("Origin")):
            return refuse(403, "refused: this websocket only serves pages from this server")
        if not web.WebSocketResponse().can_prepare(request).ok:
            return refuse(400, "this is the app's websocket; open the page in a web browser")
        # Each open tab is one websocket handler, which owns that tab's app process.
        task = asyncio.current_task()
        assert task is not None  # aiohttp runs each handler in a task of its own
        self._tabs.add(task)
        try:
            return await super().handle_websocket(request)
        finally:
            self._tabs.discard(task)

    async def on_startup(self, app: web.Application) -> None:
        """Quiet: textual-serve would print the address without its token; serve printed it with it."""

    async def on_shutdown(self, app: web.Application) -> None:
        """Ctrl+C: textual-serve would wait up to a minute for tabs to close; tell their apps to quit now."""
        tabs = list(self._tabs)
        for task in tabs:
            task.cancel()  # the handler closes its websocket and asks its app to quit, which saves
        if tabs:
            await asyncio.wait(tabs, timeout=TABS_STOP_SECONDS)


def refuse_exception(reason: str) -> web.HTTPForbidden:
    return web.HTTPForbidden(text=f"role-explorer serve: {reason}\n")
