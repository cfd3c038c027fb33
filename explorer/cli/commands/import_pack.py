"""`role-explorer import FILE --out DIR`: a spreadsheet (CSV/TSV) or Markdown framework as a new pack."""

from __future__ import annotations

import argparse
from pathlib import Path

from explorer.core.common.plural import counted

MAX_IMPORT_BYTES = 20 * 1024 * 1024
FORMATS = ("csv", "tsv", "markdown")


def register(commands) -> None:
    parser = commands.add_parser(
        "import",
        help="turn a spreadsheet (CSV/TSV) or a Markdown framework into a pack, then validate it",
        description="Read FILE and write a new pack to DIR: pack.toml, sources.toml, ladders.toml and one file per "
        "role. Every line that could not be placed is printed.",
    )
    parser.add_argument("file", type=Path, metavar="FILE", help="a .csv, .tsv or .md file")
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
        help="use column HEADER for FIELD (title, track, grade, level, summary, area, responsibility, skill, id)",
    )
    parser.set_defaults(run=run)


def _format_of(args: argparse.Namespace) -> str:
    if args.format:
        return args.format
    suffix = args.file.suffix.casefold()
    return (
        "markdown"
        if suffix in (".md", ".markdown", ".mdown", ".txt")
        else ("tsv" if suffix in (".tsv", ".tab") else "csv")
    )


def _read_text(path: Path) -> tuple[str, str | None]:
    """The file's text, and a line to show when it had to be guessed as Windows-1252."""
    from explorer.core.content.screen import wide_encoding

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


def run(args: argparse.Namespace) -> int:
    from explorer.cli.output import EXIT_OK, EXIT_PROBLEMS, EXIT_USAGE, say, warn
    from explorer.core.content.library import content_dirs
    from explorer.core.content.loader import load_catalog
    from explorer.core.content.transfer.draft import slug
    from explorer.core.content.transfer.from_markdown import read_markdown
    from explorer.core.content.transfer.from_table import read_table
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
        text, guessed = _read_text(args.file)
        if guessed:
            warn(guessed)
        fmt = _format_of(args)
        if fmt == "markdown":
            draft = read_markdown(text)
        else:
            delimiter = "\t" if fmt == "tsv" else ("," if args.format == "csv" else None)
            draft = read_table(text, args.file.name, mapping, delimiter)
        files = render_pack(draft, info)
        write_pack(files, args.out)
    except OSError as error:
        warn(f"{error.filename or args.file}: {error.strerror or error}")
        return EXIT_USAGE
    except (ValueError, PackExists) as error:  # TableError is a ValueError
        warn(f"{args.file}: {error}")
        return EXIT_USAGE
    for item in draft.unplaced:
        say(item.describe(str(args.file)))
    from explorer.core.content.report import capped_lines

    result = load_catalog(content_dirs([args.out], include_user=False), advise=True)
    for line in capped_lines((*result.problems, *result.warnings)):
        say(line)
    ladders = files.get("ladders.toml", "").count("[[ladders]]")
    summary = (
        f"wrote {counted(len(draft.roles), 'role')} and {counted(ladders, 'ladder')} to {args.out}; "
        f"{counted(len(draft.unplaced), 'line')} not placed; {counted(len(result.problems), 'problem')}, "
        f"{counted(len(result.warnings), 'warning')}"
    )
    warn(summary)
    if not result.ok:
        return EXIT_PROBLEMS
    say(f"Next: role-explorer validate {args.out}   then: role-explorer --content {args.out}")
    return EXIT_OK
