"""One module per subcommand. Each registers its parser and a `run(args) -> int` handler.

A command module imports only argparse at the top and the core inside its handler, so a
command pays only for the code it uses.
"""

from explorer.cli.commands import (
    compare,
    export_pack,
    gap,
    import_pack,
    ladder,
    new_pack,
    plan,
    schema,
    search,
    serve,
    show,
    validate,
)

# The order is the order of `role-explorer --help`.
COMMANDS = (search, show, compare, ladder, gap, validate, import_pack, new_pack, export_pack, plan, schema, serve)
