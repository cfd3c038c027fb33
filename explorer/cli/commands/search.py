"""`role-explorer search QUERY`: fuzzy search over the roles' text."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from explorer.cli.commands.options import content_option, json_option

if TYPE_CHECKING:
    from explorer.core.content.model import LoadResult
    from explorer.core.search.index import SearchHit, SearchIndex

INDEX_KEY = "search-index"


def register(commands) -> None:
    parser = commands.add_parser(
        "search", parents=[content_option(top_level=False), json_option()], help="fuzzy-search roles and responsibilities"
    )
    parser.add_argument("query", nargs="+", help="words to look for; typos are fine")
    parser.add_argument("--limit", type=at_least_one, default=10, help="most results to print, 1 or more (default 10)")
    parser.set_defaults(run=run)


def at_least_one(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, 1 or more (got {value!r})") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more (got {number})")
    return number


def _catalog_and_index(content: list[Path], use_store: bool = True) -> tuple[LoadResult, SearchIndex, bool]:
    """(load result, index, whether they came from the store): from the stored build of this
    content set when nothing changed; otherwise built from the files, then stored."""
    from explorer import locations
    from explorer.core.common.records import RecordError
    from explorer.core.content.compiled import CompiledContent
    from explorer.core.content.library import content_dirs, load_library
    from explorer.core.search.index import SearchIndex
    from explorer.core.search.index_data import index_from_data, index_to_data

    store = CompiledContent(locations.compiled_content_dir(), content_dirs(content))
    stored = store.read() if use_store else None
    if stored is not None and INDEX_KEY in stored[1]:
        try:
            return stored[0], index_from_data(stored[1][INDEX_KEY]), True
        except RecordError:
            pass  # damaged: rebuild and store again
    result = load_library(content)
    index = SearchIndex.from_catalog(result.catalog)
    try:
        store.write(result, {INDEX_KEY: index_to_data(index)})
    except TypeError:
        pass  # the index holds something without a stored form: no cache, just slower next time
    return result, index, False


def _answer(args: argparse.Namespace, result: LoadResult, index: SearchIndex) -> tuple[list[SearchHit], Any]:
    """The hits, and what to print for them: JSON-able records with --json, else text."""
    from explorer.cli import render

    catalog = result.catalog
    hits = index.search(" ".join(args.query), limit=args.limit)
    if args.json:
        return hits, [
            {"role": h.role_id, "title": catalog.roles[h.role_id].title, "kind": h.doc.kind.label,
             "text": h.doc.text, "responsibility": h.doc.responsibility_id, "score": h.score, "spans": h.spans,
             "partial": h.partial}
            for h in hits
        ]
    return hits, render.search_hits(catalog, hits) if hits else ""


def run(args: argparse.Namespace) -> int:
    from explorer.cli.output import EXIT_OK, EXIT_PROBLEMS, say, say_json, warn, warn_problems
    from explorer.core.common.records import RecordError

    result, index, from_store = _catalog_and_index(args.content)
    try:
        hits, text = _answer(args, result, index)
    except (RecordError, LookupError):
        if not from_store:
            raise
        # The stored build was damaged in a way only using it shows: build afresh from the files.
        result, index, _ = _catalog_and_index(args.content, use_store=False)
        hits, text = _answer(args, result, index)
    warn_problems(result)
    if args.json:
        say_json(text)
    elif hits:
        say(text)
    else:
        warn(f"no matches for {' '.join(args.query)!r}")
    return EXIT_OK if hits else EXIT_PROBLEMS  # like grep and fzf: 1 when nothing matches
