"""`role-explorer import FILE --out DIR`: a spreadsheet, a Markdown or a YAML framework as a new pack."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING

from explorer.core.common.plural import counted

if TYPE_CHECKING:
    from explorer.core.content.transfer.draft import Draft

MAX_IMPORT_BYTES = 20 * 1024 * 1024
FORMATS = ("csv", "tsv", "xlsx", "markdown", "yaml")

from explorer.cli.commands.options import Subcommands


def register(commands: Subcommands) -> None:
    parser = commands.add_parser(
        "import",
        help="turn a spreadsheet (CSV/TSV/XLSX), a Markdown or a YAML framework into a pack, then validate it",
        description="Read FILE and write a new pack to DIR: pack.toml, sources.toml, ladders.toml and one file per "
        "role. A sheet is a long table (a row per responsibility), a level matrix (a column per level) or a "
        "sideways matrix (a row per level). Every line that could not be placed is printed; a file with "
        "nothing placed writes nothing.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a .csv, .tsv, .xlsx, .md or .yml file")
    parser.add_argument(
        "--out",
        type=Path,
        required=True,
        metavar="DIR",
        help="the new pack's folder (must not exist or be empty)",
    )
    parser.add_argument("--format", choices=FORMATS, help="the file's format (default: from its name)")
    parser.add_argument("--id", dest="pack_id", metavar="ID", help="the pack's id (default: from DIR's name)")
    parser.add_argument("--name", metavar="NAME", help="the pack's name (default: DIR's name)")
    parser.add_argument(
        "--publisher", metavar="WHO", help="who published the document (default: the pack's name)"
    )
    parser.add_argument(
        "--column",
        action="append",
        default=[],
        metavar="FIELD=HEADER",
        help="a long table's column HEADER for FIELD (title, track, grade, level, summary, area, "
        "responsibility, skill, id, explanation, importance, examples, watch_out)",
    )
    parser.add_argument(
        "--levels",
        metavar="NAMES",
        help='a YAML framework\'s level names, lowest first: "APM,PM,Senior PM,Lead PM" (default: Level 1…N)',
    )
    parser.add_argument(
        "--levels-from-column",
        type=int,
        metavar="N",
        help="a matrix's level columns start at column N (1 = the first); default: found from the headers",
    )
    parser.set_defaults(run=run)


def _format_of(args: argparse.Namespace) -> str:
    if args.format:
        return str(args.format)
    suffix = args.file.suffix.casefold()
    by_suffix = {".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".txt": "markdown"}
    by_suffix |= {
        ".tsv": "tsv",
        ".tab": "tsv",
        ".xlsx": "xlsx",
        ".xlsm": "xlsx",
        ".yml": "yaml",
        ".yaml": "yaml",
    }
    return by_suffix.get(suffix, "csv")


def _read_text(path: Path) -> tuple[str, str | None]:
    """The file's text, and a line to show when it had to be guessed as Windows-1252."""
    from explorer.core.content.hostile import wide_encoding

    with path.open("rb") as handle:
        raw = handle.read(MAX_IMPORT_BYTES + 1)
    if len(raw) > MAX_IMPORT_BYTES:
        raise ValueError(f"{path} is over {MAX_IMPORT_BYTES // 1024 // 1024} MB; split it")
    if wide := wide_encoding(raw):
        text = raw.decode(
            {
                "UTF-16 (little-endian)": "utf-16-le",
                "UTF-16 (big-endian)": "utf-16-be",
                "UTF-32 (little-endian)": "utf-32-le",
                "UTF-32 (big-endian)": "utf-32-be",
            }[wide]
        ).lstrip("\ufeff")
        return text, None
    try:
        return raw.decode("utf-8-sig"), None
    except UnicodeDecodeError as error:
        where = raw[: error.start].count(b"\n") + 1
    try:
        text = raw.decode("cp1252")  # spreadsheets saved by older Excel
    except UnicodeDecodeError:
        raise ValueError(
            f"line {where} is neither UTF-8 nor Windows-1252 text; save the file as UTF-8 (CSV UTF-8) and import it again"
        ) from None
    return text, (
        f"{path}: not UTF-8 (first at line {where}); read as Windows-1252. If accented letters look wrong "
        "in the pack, save the file as UTF-8 (CSV UTF-8) and import it again"
    )


def _read(args: argparse.Namespace, mapping: dict[str, str], ladder: str) -> Draft:
    from explorer.core.content.transfer.from_framework import looks_like_framework, read_framework
    from explorer.core.content.transfer.from_markdown import read_markdown
    from explorer.core.content.transfer.from_table import table_rows
    from explorer.core.content.transfer.from_workbook import workbook_rows
    from explorer.core.content.transfer.layouts import read_sheet

    fmt = _format_of(args)
    names = [n.strip() for n in args.levels.split(",") if n.strip()] if args.levels else None
    if fmt == "xlsx":
        return read_sheet(workbook_rows(args.file), mapping, args.levels_from_column, ladder)
    text, guessed = _read_text(args.file)
    if guessed:
        from explorer.cli.output import warn

        warn(guessed)
    if fmt == "yaml" or (fmt == "markdown" and looks_like_framework(text)):
        if args.levels_from_column is not None:
            raise ValueError("--levels-from-column is for a level matrix; a YAML framework counts its levels")
        return read_framework(text, names)
    if names is not None:
        raise ValueError("--levels names a YAML framework's levels; a matrix's header names its own")
    if fmt == "markdown":
        return read_markdown(text)
    delimiter = "\t" if fmt == "tsv" else ("," if args.format == "csv" else None)
    rows = table_rows(text, args.file.name, delimiter)
    return read_sheet(rows, mapping, args.levels_from_column, ladder)


def run(args: argparse.Namespace) -> int:
    from explorer.cli.output import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, say, warn
    from explorer.core.content.library import content_dirs
    from explorer.core.content.loader import load_catalog
    from explorer.core.content.transfer.draft import slug
    from explorer.core.content.transfer.from_table import TableError
    from explorer.core.content.transfer.layouts import layouts_help, placed_nothing
    from explorer.core.content.transfer.writer import PackExists, PackInfo, render_pack, write_pack

    mapping = {}
    for item in args.column:
        field, equals, header = item.partition("=")
        if not equals:
            warn(f"--column {item!r}: write FIELD=HEADER, e.g. --column responsibility='Key behavior'")
            return EXIT_USAGE
        mapping[field.strip().casefold()] = header.strip()
    name = args.name or args.out.name
    info = PackInfo(
        id=slug(args.pack_id or args.out.name, "pack"),
        name=name,
        source_title=args.file.name,
        publisher=args.publisher or name,
        note=f"Imported from {args.file.name} with role-explorer import.",
    )
    try:
        draft = _read(args, mapping, name)
        if placed_nothing(draft):
            for item in draft.unplaced:
                say(item.describe(str(args.file)))
            warn(f"{args.file}: nothing placed, so nothing was written.\n{layouts_help()}")
            return EXIT_PROBLEMS
        files = render_pack(draft, info)
        write_pack(files, args.out)
    except OSError as error:
        warn(f"{error.filename or args.file}: {error.strerror or error}")
        return EXIT_USAGE
    except PackExists as error:
        warn(f"{args.file}: {error}")
        return EXIT_USAGE
    except ValueError as error:  # TableError and FrameworkError are ValueErrors
        # A sheet whose layout was not understood is told the layouts that are.
        warn(f"{args.file}: {error}" + (f"\n{layouts_help()}" if isinstance(error, TableError) else ""))
        return EXIT_USAGE
    for item in draft.unplaced:
        say(item.describe(str(args.file)))
    from explorer.core.content.report import capped_lines

    result = load_catalog(content_dirs([args.out], include_user=False), advise=True)
    for line in capped_lines((*result.problems, *result.warnings)):
        say(line)
    ladders = files.get("ladders.toml", "").count("[[ladders]]")
    read_as = f"read as {draft.layout}; " if draft.layout else ""
    summary = (
        f"{read_as}wrote {counted(len(draft.roles), 'role')} and {counted(ladders, 'ladder')} to {args.out}; "
        f"{counted(len(draft.unplaced), 'line')} not placed; {counted(len(result.problems), 'problem')}, "
        f"{counted(len(result.warnings), 'warning')}"
    )
    warn(summary)
    if not result.ok:
        return EXIT_PROBLEMS
    say(f"Next: role-explorer validate {args.out}   then: role-explorer --content {args.out}")
    return EXIT_OK
