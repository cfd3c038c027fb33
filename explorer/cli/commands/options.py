"""Options shared by every command, accepted before or after the command's name."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import Any, TypeAlias

# What `add_subparsers` returns: each command adds its parser to it.
Subcommands: TypeAlias = "argparse._SubParsersAction[argparse.ArgumentParser]"


def content_option(*, top_level: bool) -> argparse.ArgumentParser:
    """--content DIR, before or after the command's name.

    argparse lets a subcommand's defaults overwrite what was parsed before the command, so
    the subcommand's copy keeps its own list, which `merge_content` adds to the first.
    """
    parser = argparse.ArgumentParser(add_help=False)
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
    parser = argparse.ArgumentParser(add_help=False)
    parser.add_argument("--json", action="store_true", help="print JSON for programs instead of text")
    return parser


def role_argument(parser: argparse.ArgumentParser, name: str, **kwargs: Any) -> None:
    parser.add_argument(name, help="role id, title or alias", **kwargs)


def merge_content(args: argparse.Namespace) -> None:
    args.content = [*args.content, *getattr(args, "content_after", [])]
