"""`role-explorer gap FROM TO`: the route between two roles and what changes on the way."""

from __future__ import annotations

import argparse

from explorer.cli.commands.options import Subcommands, content_option, json_option, role_argument


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "gap",
        parents=[content_option(top_level=False), json_option()],
        help="what separates one role from another: the route, duties to take on, skills",
    )
    role_argument(parser, "current")
    role_argument(parser, "target")
    parser.add_argument(
        "--fewest-moves",
        action="store_true",
        help="the route with the fewest moves, sideways ones included (default: the ladder's own promotions first)",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from explorer.cli import render
    from explorer.cli.output import EXIT_OK, say, say_json, warn_problems
    from explorer.core.career.gap import role_gap
    from explorer.core.content.library import load_library
    from explorer.core.content.resolve import find_role

    result = load_library(args.content)
    warn_problems(result)
    catalog = result.catalog
    gap = role_gap(
        catalog,
        find_role(catalog, args.current),
        find_role(catalog, args.target),
        fewest_moves=args.fewest_moves,
    )
    if args.json:
        say_json(render.gap_jsonable(gap))
    else:
        say(render.gap(gap))
    return EXIT_OK
