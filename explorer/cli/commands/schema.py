"""`role-explorer schema [KIND]`: the JSON Schema of a kind of content file."""

from __future__ import annotations

import argparse

KINDS = ("ladders", "pack", "role", "sources")

from explorer.cli.commands.options import Subcommands


def register(commands: Subcommands) -> None:
    parser = commands.add_parser("schema", help="print the JSON Schema for a kind of content file")
    parser.add_argument("kind", nargs="?", default="role", choices=KINDS, help="which file (default: role)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from explorer.cli.output import EXIT_OK, say_json
    from explorer.core.content.spec import (
        LADDERS_FILE,
        PACK_FILE,
        ROLE,
        SOURCES_FILE,
        json_schema_document,
    )

    shape, title = {
        "role": (ROLE, "role-explorer role file"),
        "sources": (SOURCES_FILE, "role-explorer sources.toml"),
        "ladders": (LADDERS_FILE, "role-explorer ladders.toml"),
        "pack": (PACK_FILE, "role-explorer pack.toml"),
    }[args.kind]
    say_json(json_schema_document(shape, title))
    return EXIT_OK
