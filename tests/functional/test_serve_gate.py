"""`serve` answers only its own page: Host, Origin and token checked with a real aiohttp websocket client."""

from __future__ import annotations

import asyncio
import signal
from urllib.parse import urlsplit

import pytest
from serve_browser import app_processes, served

aiohttp = pytest.importorskip("aiohttp")
pytest.importorskip("textual_serve")


def split(url: str) -> tuple[str, str, str]:
    """(origin, websocket base, token) from the address serve printed."""
    parts = urlsplit(url)
    origin = f"http://{parts.netloc}"
    return origin, f"ws://{parts.netloc}/ws", parts.query.removeprefix("token=")


async def handshake(url: str, headers: dict[str, str]) -> int:
    """The status a websocket handshake gets: 101 when it opens."""
    async with aiohttp.ClientSession() as session:
        try:
            async with session.ws_connect(url, headers=headers) as socket:
                await socket.receive(timeout=10)
                return 101
        except aiohttp.WSServerHandshakeError as refused:
            return refused.status


async def get(url: str, headers: dict[str, str] | None = None) -> tuple[int, str]:
    async with aiohttp.ClientSession() as session, session.get(url, headers=headers or {}) as answer:
        return answer.status, await answer.text()


@pytest.mark.parametrize(
    "origin",
    ["http://evil.example", "null", None, "http://127.0.0.1:1", "https://127.0.0.1"],
    ids=["other-site", "null", "none", "other-port", "other-scheme"],
)
def test_a_websocket_from_another_origin_is_refused_and_starts_no_app(origin):
    with served() as (server, url):
        _, base, token = split(url)
        headers = {} if origin is None else {"Origin": origin}
        assert asyncio.run(handshake(f"{base}/{token}", headers)) == 403
        assert app_processes(server.pid) == set()


@pytest.mark.parametrize("path", ["/ws", "/ws/not-the-token", "/ws/"])
def test_a_websocket_without_the_token_is_refused(path):
    with served() as (server, url):
        origin, _, _ = split(url)
        ws = "ws://" + urlsplit(url).netloc + path
        assert asyncio.run(handshake(ws, {"Origin": origin})) in (403, 404)
        assert app_processes(server.pid) == set()


@pytest.mark.parametrize("host", ["evil.example", "evil.example:{port}", "127.0.0.1.nip.io:{port}"])
def test_a_request_for_another_host_name_is_refused(host):
    """DNS rebinding: a page's own name pointed at 127.0.0.1 reaches the port, but names itself in Host."""
    with served() as (server, url):
        _origin, base, token = split(url)
        host = host.format(port=urlsplit(url).port)
        status, text = asyncio.run(get(url, {"Host": host}))
        assert status == 403 and text.count("\n") == 1
        assert asyncio.run(handshake(f"{base}/{token}", {"Origin": f"http://{host}", "Host": host})) == 403
        assert app_processes(server.pid) == set()


def test_the_page_needs_the_token_and_bare_websocket_gets_are_one_line():
    with served() as (server, url):
        origin, _base, token = split(url)
        page = url.split("?")[0]
        status, text = asyncio.run(get(page))
        assert status == 403 and text.count("\n") == 1 and "token" in text
        for address, headers, expected in (
            (f"{page}ws", {}, 403),
            (f"{page}ws/{token}", {"Origin": origin}, 400),
        ):
            status, text = asyncio.run(get(address, headers))
            assert (status, text.count("\n")) == (expected, 1), text
        status, text = asyncio.run(get(url))
        assert status == 200 and f"/ws/{token}" in text
        server.send_signal(signal.SIGINT)
        output = server.communicate(timeout=15)[0].decode(errors="replace")
    assert "Traceback" not in output and "Error" not in output


def test_the_served_origin_with_the_token_opens_the_app():
    with served() as (_server, url):
        origin, base, token = split(url)
        assert asyncio.run(handshake(f"{base}/{token}?width=80&height=24", {"Origin": origin})) == 101
        localhost = origin.replace("127.0.0.1", "localhost")
        assert asyncio.run(handshake(f"{base}/{token}", {"Origin": localhost})) == 101


def test_the_only_address_printed_carries_the_token():
    with served() as (server, url):
        server.send_signal(signal.SIGINT)
        output = server.communicate(timeout=15)[0].decode(errors="replace")
    assert "http://" not in output  # the first line, with the token, was read by served()
    assert "?token=" in url
