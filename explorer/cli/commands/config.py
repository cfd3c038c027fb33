"""`role-explorer config path`: where the config, plans and your own content live."""

from __future__ import annotations

import argparse

from explorer.cli.commands.options import Subcommands, json_option


def register(commands: Subcommands) -> None:
    parser = commands.add_parser("config", help="where role-explorer keeps your settings, plans and content")
    actions = parser.add_subparsers(dest="config_action", metavar="ACTION", required=True)
    path = actions.add_parser(
        "path", parents=[json_option()], help="print the folders and files role-explorer uses"
    )
    path.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from explorer import locations
    from explorer.cli.output import EXIT_OK, say, say_json

    places = {
        "config": locations.config_file(),
        "plans": locations.plans_dir(),
        "content": locations.user_content_dir(),
        "cache": locations.cache_dir(),
    }
    if args.json:
        say_json({name: str(place) for name, place in places.items()})
    else:
        labels = {"config": "config file", "plans": "plans", "content": "your content", "cache": "cache"}
        say("\n".join(f"{labels[name]:<14}{place}" for name, place in places.items()))
    return EXIT_OK
