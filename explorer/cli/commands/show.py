"""`role-explorer show ROLE`: everything about one role, with its sources."""

from __future__ import annotations

import argparse

from explorer.cli.commands.options import Subcommands, content_option, json_option, role_argument


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "show", parents=[content_option(top_level=False), json_option()], help="everything about one role"
    )
    role_argument(parser, "role")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from explorer.cli import render
    from explorer.cli.output import EXIT_OK, say, say_json, warn_problems
    from explorer.core.content.library import load_library
    from explorer.core.content.resolve import find_role

    result = load_library(args.content)
    warn_problems(result)
    role = find_role(result.catalog, args.role)
    say_json(render.role_json(result.catalog, role)) if args.json else say(
        render.role_detail(result.catalog, role)
    )
    return EXIT_OK
