"""`role-explorer new-pack DIR`: a commented example pack to start from."""

from __future__ import annotations

import argparse
from pathlib import Path

from explorer.cli.commands.options import Subcommands


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "new-pack", help="write a commented example pack to start your team's ladder from"
    )
    parser.add_argument(
        "dir", type=Path, metavar="DIR", help="the new pack's folder (must not exist or be empty)"
    )
    parser.add_argument("--id", dest="pack_id", metavar="ID", help="the pack's id (default: from DIR's name)")
    parser.add_argument("--name", metavar="NAME", help="the pack's name (default: DIR's name)")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from explorer.cli.output import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, say, warn
    from explorer.core.content.library import content_dirs
    from explorer.core.content.loader import load_catalog
    from explorer.core.content.transfer.draft import slug
    from explorer.core.content.transfer.example import example_pack
    from explorer.core.content.transfer.writer import PackExists, write_pack

    pack_id = slug(args.pack_id or args.dir.name, "pack")
    try:
        write_pack(example_pack(pack_id, args.name or args.dir.name or pack_id), args.dir)
    except PackExists as error:
        warn(str(error))
        return EXIT_USAGE
    except OSError as error:
        warn(f"{error.filename or args.dir}: {error.strerror or error}")
        return EXIT_USAGE
    from explorer.core.content.report import capped_lines

    result = load_catalog(content_dirs([args.dir], include_user=False), advise=True)
    for line in capped_lines((*result.problems, *result.warnings)):
        say(line)
    say(f"Wrote an example pack to {args.dir}. Edit its files, then: role-explorer validate {args.dir}")
    return EXIT_OK if result.ok else EXIT_PROBLEMS
