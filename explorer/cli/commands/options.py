"""Options shared by every command, accepted before or after the command's name."""

from __future__ import annotations

import argparse
import os
import sys
from pathlib import Path


class HelpAtTerminalWidth(argparse.HelpFormatter):
    """argparse's own formatter, told the terminal's width rather than asking shutil for it.

    argparse makes a formatter for every option it adds (to check the option's metavar), and
    left alone each one imports shutil to ask: a twentieth of a warm search.
    """

    def __init__(
        self, prog: str, indent_increment: int = 2, max_help_position: int = 24, width: int | None = None
    ) -> None:
        super().__init__(
            prog, indent_increment, max_help_position, terminal_columns() - 2 if width is None else width
        )


def terminal_columns() -> int:
    """`shutil.get_terminal_size().columns`, worked out as shutil does."""
    try:
        columns = int(os.environ["COLUMNS"])
    except (KeyError, ValueError):
        columns = 0
    if columns > 0:
        return columns
    try:
        return os.get_terminal_size(sys.__stdout__.fileno()).columns or 80
    except (AttributeError, ValueError, OSError):
        return 80


class Parser(argparse.ArgumentParser):
    """The program's parsers (subcommands' too): argparse's, with `HelpAtTerminalWidth`."""

    def __init__(
        self, *args, formatter_class: type[argparse.HelpFormatter] = HelpAtTerminalWidth, **kwargs
    ) -> None:
        super().__init__(*args, formatter_class=formatter_class, **kwargs)


def content_option(*, top_level: bool) -> argparse.ArgumentParser:
    """--content DIR, before or after the command's name.

    argparse lets a subcommand's defaults overwrite what was parsed before the command, so
    the subcommand's copy keeps its own list, which `merge_content` adds to the first.
    """
    parser = Parser(add_help=False)
    parser.add_argument(
        "--content",
        metavar="DIR",
        type=Path,
        action="append",
        dest="content" if top_level else "content_after",
        default=[] if top_level else argparse.SUPPRESS,
        help="also load role files from DIR (repeatable; later packs override earlier ones by id)",
    )
    return parser


def json_option() -> argparse.ArgumentParser:
    parser = Parser(add_help=False)
    parser.add_argument("--json", action="store_true", help="print JSON for programs instead of text")
    return parser


def role_argument(parser: argparse.ArgumentParser, name: str, **kwargs) -> None:
    parser.add_argument(name, help="role id, title or alias", **kwargs)


def merge_content(args: argparse.Namespace) -> None:
    args.content = [*args.content, *getattr(args, "content_after", [])]
