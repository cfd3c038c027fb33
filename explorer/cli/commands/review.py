"""`role-explorer review FILE`: a mentor's review file opened in the app, both ratings side by side."""

from __future__ import annotations

import argparse
from pathlib import Path

from explorer.cli.commands.options import Subcommands, content_option


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "review",
        parents=[content_option(top_level=False)],
        help="(for a mentor) open a review file in the app: rate each line, comment, saved in the file",
    )
    parser.add_argument("file", type=Path, help="the review file made by 'plan mentor-copy'")
    parser.set_defaults(run=run)


def run(args: argparse.Namespace) -> int:
    from explorer.cli.open_app import open_app
    from explorer.cli.output import warn
    from explorer.core.plans.review_file import ReviewError, read_review

    try:
        read_review(args.file)  # a bad file is one line here, terminal or not
    except ReviewError as error:
        warn(str(error))
        return 1
    return open_app(args.content, args.file)
