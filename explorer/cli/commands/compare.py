"""`role-explorer compare ROLE ROLE`: two roles side by side."""

from __future__ import annotations

import argparse

from explorer.cli.commands.options import Subcommands, content_option, json_option, role_argument


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "compare", parents=[content_option(top_level=False), json_option()], help="two roles side by side"
    )
    role_argument(parser, "left")
    role_argument(parser, "right")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from explorer.cli import render
    from explorer.cli.output import EXIT_OK, say, say_json, warn_problems
    from explorer.core.career.compare import compare_roles
    from explorer.core.content.library import load_library
    from explorer.core.content.resolve import find_role

    result = load_library(args.content)
    warn_problems(result)
    catalog = result.catalog
    comparison = compare_roles(catalog, find_role(catalog, args.left), find_role(catalog, args.right))
    say_json(comparison) if args.json else say(render.comparison(comparison))
    return EXIT_OK
