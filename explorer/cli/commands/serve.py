"""`role-explorer serve`: the app in a web browser, one app process per browser tab (textual-serve)."""

from __future__ import annotations

import argparse
import ipaddress
import os
import shlex
import sys
from pathlib import Path

from explorer.cli.commands.options import Subcommands, content_option

INSTALL_HINT = 'pip install "role-explorer[web]" (from a checkout: .venv/bin/pip install -e ".[web]")'
ACKNOWLEDGE_FLAG = "--allow-remote"


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "serve",
        parents=[content_option(top_level=False)],
        help="open the app in a web browser (needs the web extra)",
        description="Serve the app to web browsers. Each tab runs its own copy of the app on this computer, "
        "with your plans. There is no login: by default only this computer can connect.",
    )
    parser.add_argument(
        "--host", default="127.0.0.1", help="address to listen on (default 127.0.0.1: this computer only)"
    )
    parser.add_argument("--port", type=_port, default=8000, help="port to listen on (default 8000)")
    parser.add_argument(
        ACKNOWLEDGE_FLAG,
        action="store_true",
        help="listen on an address other computers can reach; anyone who can connect can read and change your plans",
    )
    parser.add_argument(
        "--public-url",
        metavar="URL",
        help="the address browsers use to reach this server, if not http://HOST:PORT",
    )
    parser.set_defaults(run=run)


def _port(text: str) -> int:
    try:
        port = int(text)
    except ValueError:
        raise argparse.ArgumentTypeError(f"{text!r} is not a port number") from None
    if not 1 <= port <= 65535:
        raise argparse.ArgumentTypeError(f"{port} is not a port number (1–65535)")
    return port


def is_loopback(host: str) -> bool:
    """Only this computer can connect: localhost or a loopback address. Other names are not resolved."""
    if host.lower() == "localhost":
        return True
    try:
        return ipaddress.ip_address(host.strip("[]")).is_loopback
    except ValueError:
        return False


def app_command(content: list[Path]) -> str:
    """The shell command each browser tab runs: this Python, this package, the same packs."""
    argv = [sys.executable, "-m", "explorer"]
    for folder in content:
        argv += ["--content", str(folder.resolve())]
    # exec: the shell textual-serve starts becomes the app, so the app's parent is the server itself
    # (the app ends, saving, if the server dies) and stopping the tab reaches the app directly.
    return ("exec " if os.name == "posix" else "") + shlex.join(argv)


def public_url(host: str, port: int) -> str:
    bare = host.strip("[]")
    shown = f"[{bare}]" if ":" in bare else bare
    return f"http://{shown}:{port}"


def run(args: argparse.Namespace) -> int:
    from explorer.cli.output import EXIT_PROBLEMS, EXIT_USAGE, warn

    if not is_loopback(args.host) and not args.allow_remote:
        warn(
            f"refusing to serve on {args.host}: there is no login, so anyone who can reach it could read and change "
            f"your plans; use the default 127.0.0.1, or add {ACKNOWLEDGE_FLAG} if you accept that"
        )
        return EXIT_USAGE
    try:
        from explorer.cli.web_server import AppServer
    except ImportError:
        warn(f"serve needs the web extra: {INSTALL_HINT}")
        return EXIT_PROBLEMS
    from explorer.cli.serve_gate import WILDCARDS, make_gate

    if args.host.strip("[]") in WILDCARDS and not args.public_url:
        warn(
            f"listening on {args.host}, but only 127.0.0.1 and localhost are answered: give the address other "
            "computers use with --public-url (requests naming any other host are refused)"
        )

    url = args.public_url or public_url(args.host, args.port)
    gate = make_gate(args.host, args.port, args.public_url)
    server = AppServer(
        app_command(args.content),
        host=args.host.strip("[]"),
        port=args.port,
        title="role-explorer",
        public_url=url,
        gate=gate,
    )
    print(
        f"role-explorer: open {url.rstrip('/')}/?token={gate.token} in a web browser; "
        "each tab runs its own copy of the app. Ctrl+C stops.",
        flush=True,
    )
    try:
        server.serve()
    except OSError as error:
        reason = str(error.strerror or error).rsplit(": ", 1)[
            -1
        ]  # aiohttp wraps the OS reason in a long sentence
        warn(f"cannot listen on {args.host}:{args.port}: {reason}")
        return EXIT_PROBLEMS
    return 0
