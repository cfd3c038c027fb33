"""Who `serve` answers: the served names only, and the app's websocket only for the page it served.

Browsers do not apply the same-origin policy to websockets, and a page can point a name it owns at
127.0.0.1 (DNS rebinding), so every request must name this server in its Host header, and the
websocket must come from the served page (its Origin) and carry the token printed with the URL.
"""

from __future__ import annotations

import hmac
import secrets
from dataclasses import dataclass
from urllib.parse import urlsplit

TOKEN_BYTES = 24
WILDCARDS = frozenset({"0.0.0.0", "::", ""})


@dataclass(frozen=True)
class Gate:
    hosts: frozenset[str]  # Host header values, lower-case, with the port as browsers send it
    origins: frozenset[str]  # Origin header values, scheme://host[:port]
    token: str

    def host_allowed(self, host: str | None) -> bool:
        return host is not None and host.lower() in self.hosts

    def origin_allowed(self, origin: str | None) -> bool:
        return origin is not None and origin.lower() in self.origins

    def token_matches(self, given: str | None) -> bool:
        return given is not None and hmac.compare_digest(given.encode(), self.token.encode())


def _bracketed(host: str) -> str:
    bare = host.strip("[]")
    return f"[{bare}]" if ":" in bare else bare


def make_gate(host: str, port: int, public_url: str | None, token: str | None = None) -> Gate:
    """The names this server answers to: loopback names, the listening address, and `--public-url`."""
    names = {"127.0.0.1", "localhost"}
    if host.strip("[]") not in WILDCARDS:
        names.add(_bracketed(host).lower())
    if host.strip("[]") == "::1":
        names.add("[::1]")
    hosts = {f"{name}:{port}" for name in names}
    origins = {f"http://{name}:{port}" for name in names}
    if public_url:
        parts = urlsplit(public_url)
        hosts.add(parts.netloc.lower())
        origins.add(f"{parts.scheme}://{parts.netloc}".lower())
    return Gate(frozenset(hosts), frozenset(origins), token or secrets.token_urlsafe(TOKEN_BYTES))
