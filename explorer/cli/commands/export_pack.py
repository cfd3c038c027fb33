"""`role-explorer export-pack [--pack ID] --format csv`: one pack as a spreadsheet that imports back."""

from __future__ import annotations

import argparse
import sys
from pathlib import Path

from explorer.cli.commands.options import Subcommands, content_option
from explorer.core.common.plural import counted


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "export-pack",
        parents=[content_option(top_level=False)],
        help="write a pack as CSV (default: the last --content pack, else the shipped library)",
    )
    parser.add_argument("--format", choices=("csv",), default="csv", help="the output format (csv)")
    parser.add_argument("--pack", metavar="ID", help="which pack to export, by id")
    parser.add_argument(
        "--out", type=Path, metavar="FILE", help="write to FILE (must not exist) instead of printing"
    )
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from explorer.cli.output import EXIT_OK, EXIT_USAGE, warn, warn_problems
    from explorer.core.common.atomic import atomic_write_text
    from explorer.core.common.textsafe import clean
    from explorer.core.content.library import load_library
    from explorer.core.content.transfer.to_table import pack_csv

    result = load_library(args.content, include_user=True)
    warn_problems(result)
    catalog = result.catalog
    pack_id = args.pack or list(catalog.packs)[-1 if args.content else 0]
    if pack_id not in catalog.packs:
        warn(f"no pack {pack_id!r}; packs: {', '.join(catalog.packs)}")
        return EXIT_USAGE
    text = pack_csv(catalog, pack_id)
    if args.out is None:
        # The data goes out as it is (a spreadsheet must get the same words back); a person reading
        # it in a terminal sees control and bidi characters as escapes instead.
        print(clean(text) if sys.stdout.isatty() else text, end="")
        return EXIT_OK
    if args.out.exists():
        warn(f"{args.out} already exists; choose a new file name")
        return EXIT_USAGE
    try:
        atomic_write_text(args.out, text, mode=0o644)
    except OSError as error:
        warn(f"{args.out}: {error.strerror or error}")
        return EXIT_USAGE
    warn(f"wrote {counted(text.count(chr(10)) - 1, 'row')} of pack {pack_id!r} to {args.out}")
    return EXIT_OK
