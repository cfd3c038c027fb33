"""`role-explorer validate [DIR ...]`: check content, one `file:line:col: message` per problem."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from explorer.cli.commands.options import Subcommands, content_option, json_option
from explorer.core.common.plural import counted


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "validate",
        parents=[content_option(top_level=False), json_option()],
        help="check content files; exit 1 with one line per problem",
    )
    parser.add_argument(
        "dirs",
        nargs="*",
        type=Path,
        metavar="DIR",
        help="content folders to check on top of the shipped library",
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from explorer.cli.output import EXIT_OK, EXIT_PROBLEMS, say, say_json
    from explorer.core.content.library import content_dirs
    from explorer.core.content.loader import load_catalog
    from explorer.core.content.report import capped_lines

    dirs = content_dirs([*args.content, *args.dirs])
    result = load_catalog(dirs, advise=True)  # no parse cache: validate always reads every file afresh
    if args.json:
        say_json(
            {
                "ok": result.ok,
                "roles": len(result.catalog),
                "problems": [str(p) for p in result.problems],
                "warnings": [str(w) for w in result.warnings],
            }
        )
    else:
        for line in capped_lines((*result.problems, *result.warnings)):
            say(line)
        summary = f"{counted(len(result.catalog), 'role')}, {counted(len(result.catalog.ladders), 'ladder')} from {counted(len(dirs), 'folder')}"
        if result.warnings:
            summary += f"; {counted(len(result.warnings), 'warning')}"
        print(
            ("ok: " if result.ok else f"{counted(len(result.problems), 'problem')}; loaded ") + summary,
            file=sys.stderr,
        )
    return EXIT_OK if result.ok else EXIT_PROBLEMS
