"""`role-explorer ladder [ROLE]`: the career ladders, or the ones a role is on."""

from __future__ import annotations

import argparse

from explorer.cli.commands.options import Subcommands, content_option, json_option, role_argument


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "ladder",
        parents=[content_option(top_level=False), json_option()],
        help="the career ladders, or where one role sits",
    )
    role_argument(parser, "role", nargs="?")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from explorer.cli import render
    from explorer.cli.output import EXIT_OK, say, say_json, warn_problems
    from explorer.core.career.ladder import ladders_for
    from explorer.core.content.library import load_library
    from explorer.core.content.resolve import find_role

    result = load_library(args.content)
    warn_problems(result)
    catalog = result.catalog
    role = find_role(catalog, args.role) if args.role else None
    if args.json:
        say_json([ladder for ladder in ladders_for(catalog) if role is None or role.id in ladder.roles])
    else:
        say(render.ladders(catalog, role))
    return EXIT_OK
