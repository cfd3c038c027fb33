"""The `role-explorer` command: the TUI with no arguments, scriptable subcommands otherwise."""

from __future__ import annotations

import sys
from collections.abc import Sequence
from typing import TYPE_CHECKING

from explorer import __version__
from explorer.cli.commands import COMMANDS, register
from explorer.cli.open_app import open_app
from explorer.cli.output import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, warn

if TYPE_CHECKING:
    import argparse


def commands_needed(argv: Sequence[str]) -> list[str]:
    """The commands whose parsers this command line needs.

    The one it names; none when it opens the app; every one when in any doubt (help, version,
    an unknown word, an abbreviated option), so argparse answers exactly as it always has.
    Building every parser and importing every command module costs a search a third of its
    time.
    """
    words = iter(argv)
    for word in words:
        if word == "--content" and next(words, None) is not None:
            continue
        if word.startswith("--content="):
            continue
        return [word] if word in COMMANDS else list(COMMANDS)
    return []


def _parser(argv: Sequence[str]) -> argparse.ArgumentParser:
    import argparse

    from explorer.cli.commands.options import content_option

    parser = argparse.ArgumentParser(
        prog="role-explorer",
        description="Explore product-management careers. With no command, opens the terminal app.",
        parents=[content_option(top_level=True)],
    )
    parser.add_argument("--version", action="version", version=f"role-explorer {__version__}")
    commands = parser.add_subparsers(dest="command", metavar="COMMAND")
    register(commands, commands_needed(argv))
    return parser


def _exit_code_for(error: Exception) -> int | None:
    """The exit status for an error a command reports in one line, or None for a real bug.

    The error classes are imported here, on the error path, so commands that never touch
    plans or role names do not pay for importing them.
    """
    from explorer.core.content.resolve import AmbiguousRole, UnknownRole
    from explorer.core.plans.store import PlanError, UnknownPlan

    if isinstance(error, (UnknownRole, AmbiguousRole)):
        return EXIT_USAGE
    if isinstance(error, PlanError):
        return EXIT_USAGE if isinstance(error, UnknownPlan) else EXIT_PROBLEMS
    return None


def _parsed(argv: Sequence[str]) -> argparse.Namespace:
    from explorer.cli.commands.options import merge_content

    parser = _parser(argv)
    args, extra = parser.parse_known_args(argv)
    if extra:
        # `search roadmap -senior kind:skill`: an excluded word looks like an option to argparse
        # (and ends the query there); only a long option stays an error.
        if getattr(args, "command", None) == "search" and not any(item.startswith("--") for item in extra):
            args.query = [*args.query, *extra]
        else:
            parser.error(f"unrecognized arguments: {' '.join(extra)}")
    merge_content(args)
    return args


def main(argv: Sequence[str] | None = None) -> int:
    argv = sys.argv[1:] if argv is None else list(argv)
    args = _parsed(argv) if argv else None  # no arguments: the app, with no parser to build
    try:
        if args is None:
            return open_app([])
        if args.command is None:
            return open_app(args.content)
        from explorer.core.common.collector import building_long_lived

        with building_long_lived():  # a command builds its data and exits: no collection needed
            status: int = args.run(args)
            return status
    except BrokenPipeError:
        return EXIT_OK
    except KeyboardInterrupt:
        return 130
    except Exception as error:
        code = _exit_code_for(error)
        if code is None:
            raise
        warn(str(error))
        return code
