"""One module per subcommand. Each registers its parser and a `run(args) -> int` handler.

A command module imports only argparse at the top and the core inside its handler, so a
command pays only for the code it uses. Only the invoked command's module is imported and
its parser built (see `explorer.cli.commands_needed`); `--help` builds them all.
"""

from __future__ import annotations

from types import ModuleType

# The order is the order of `role-explorer --help`.
COMMANDS = (
    "search",
    "show",
    "compare",
    "ladder",
    "gap",
    "closest",
    "posting",
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


def register(commands, names) -> None:
    """Build the parsers of the commands `names` (each one of COMMANDS) into `commands`."""
    for name in names:
        command_module(name).register(commands)


def command_module(name: str) -> ModuleType:
    """The module of one command, imported now. Plain import statements, one per command:
    nothing in the package imports a module by a computed name."""
    match name:
        case "search":
            from explorer.cli.commands import search as module
        case "show":
            from explorer.cli.commands import show as module
        case "compare":
            from explorer.cli.commands import compare as module
        case "ladder":
            from explorer.cli.commands import ladder as module
        case "gap":
            from explorer.cli.commands import gap as module
        case "closest":
            from explorer.cli.commands import closest as module  # type: ignore[no-redef]
        case "posting":
            from explorer.cli.commands import posting as module  # type: ignore[no-redef]
        case "validate":
            from explorer.cli.commands import validate as module
        case "import":
            from explorer.cli.commands import import_pack as module
        case "new-pack":
            from explorer.cli.commands import new_pack as module
        case "export-pack":
            from explorer.cli.commands import export_pack as module
        case "plan":
            from explorer.cli.commands import plan as module
        case "schema":
            from explorer.cli.commands import schema as module
        case "serve":
            from explorer.cli.commands import serve as module
        case "keys":
            from explorer.cli.commands import keys as module
        case "config":
            from explorer.cli.commands import config as module
        case _:
            raise KeyError(name)
    return module
