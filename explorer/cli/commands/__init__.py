"""One module per subcommand. Each registers its parser and a `run(args) -> int` handler.

A command module imports only argparse at the top and the core inside its handler, so a
command pays only for the code it uses. Only the invoked command's module is imported and
its parser built (see `explorer.cli.commands_needed`); `--help` builds them all.
"""

from __future__ import annotations

from collections.abc import Iterable
from types import ModuleType
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from explorer.cli.commands.options import Subcommands

# The order is the order of `role-explorer --help`.
COMMANDS = (
    "search",
    "show",
    "compare",
    "ladder",
    "gap",
    "closest",
    "posting",
    "review",
    "validate",
    "import",
    "new-pack",
    "export-pack",
    "plan",
    "schema",
    "serve",
    "keys",
    "config",
)


def register(commands: Subcommands, names: Iterable[str]) -> None:
    """Build the parsers of the commands `names` (each one of COMMANDS) into `commands`."""
    for name in names:
        command_module(name).register(commands)


def command_module(name: str) -> ModuleType:
    """The module of one command, imported now, so that a command pays only for its own module.

    Plain import statements, one per command: nothing in the package imports a module by a
    computed name (tests/unit/test_data_only.py), and a table of modules would import all 17.
    """
    match name:
        case "search":
            from explorer.cli.commands import search

            return search
        case "show":
            from explorer.cli.commands import show

            return show
        case "compare":
            from explorer.cli.commands import compare

            return compare
        case "ladder":
            from explorer.cli.commands import ladder

            return ladder
        case "gap":
            from explorer.cli.commands import gap

            return gap
        case "closest":
            from explorer.cli.commands import closest

            return closest
        case "posting":
            from explorer.cli.commands import posting

            return posting
        case "review":
            from explorer.cli.commands import review

            return review
        case "validate":
            from explorer.cli.commands import validate

            return validate
        case "import":
            from explorer.cli.commands import import_pack

            return import_pack
        case "new-pack":
            from explorer.cli.commands import new_pack

            return new_pack
        case "export-pack":
            from explorer.cli.commands import export_pack

            return export_pack
        case "plan":
            from explorer.cli.commands import plan

            return plan
        case "schema":
            from explorer.cli.commands import schema

            return schema
        case "serve":
            from explorer.cli.commands import serve

            return serve
        case "keys":
            from explorer.cli.commands import keys

            return keys
        case "config":
            from explorer.cli.commands import config

            return config
    raise KeyError(name)
