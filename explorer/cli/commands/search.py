"""`role-explorer search QUERY`: fuzzy search over the roles' text."""

from __future__ import annotations

import argparse
from pathlib import Path
from typing import TYPE_CHECKING, Any

from explorer.cli.commands.options import content_option, json_option

if TYPE_CHECKING:
    from explorer.core.content.model import LoadResult
    from explorer.core.search.answer import SearchAnswer
    from explorer.core.search.index import SearchIndex

INDEX_KEY = "search-index"
VIEW_KEY = "search-view"


def register(commands) -> None:
    parser = commands.add_parser(
        "search",
        parents=[content_option(top_level=False), json_option()],
        help="fuzzy-search roles and responsibilities",
    )
    parser.add_argument(
        "query",
        nargs="+",
        help='words to look for; typos are fine. Operators: -word, "a phrase", role:, area:, kind:, '
        "track:, pack:, level:>=4, a | b",
    )
    parser.add_argument(
        "--limit", type=at_least_one, default=10, help="most results to print, 1 or more (default 10)"
    )
    parser.set_defaults(run=run)


def at_least_one(value: str) -> int:
    try:
        number = int(value)
    except ValueError:
        raise argparse.ArgumentTypeError(f"must be a whole number, 1 or more (got {value!r})") from None
    if number < 1:
        raise argparse.ArgumentTypeError(f"must be 1 or more (got {number})")
    return number


def _index_and_view(content: list[Path], use_store: bool = True) -> tuple[SearchIndex, SearchView, bool]:
    """(index, what printing needs of the catalog, whether they came from the store): from the
    stored build of this content set when nothing changed; otherwise built from the files,
    then stored. Only these two are stored: the stored path never imports the model."""
    from explorer import locations
    from explorer.core.common.records import RecordError
    from explorer.core.content.compiled import CompiledContent
    from explorer.core.content.library import content_dirs, load_library
    from explorer.core.search.index import SearchIndex
    from explorer.core.search.index_data import index_from_data, index_to_data

    store = CompiledContent(locations.compiled_content_dir(), content_dirs(content))
    stored = store.read() if use_store else None
    if stored is not None and INDEX_KEY in stored and VIEW_KEY in stored:
        try:
            return index_from_data(stored[INDEX_KEY]), SearchView(stored[VIEW_KEY]), True
        except RecordError:
            pass  # damaged: rebuild and store again
    result = load_library(content)
    index = SearchIndex.from_catalog(result.catalog)
    view = SearchView.of(result)
    try:
        store.write({INDEX_KEY: index_to_data(index), VIEW_KEY: view.data})
    except TypeError:
        pass  # the index holds something without a stored form: no cache, just slower next time
    return index, view, False


class SearchView:
    """What printing hits needs of a load: each role's title and displayed title, and how
    many problems the load skipped. Stored beside the index; checked as it is used."""

    def __init__(self, data: Any) -> None:
        from explorer.core.common.records import RecordError

        if not (
            isinstance(data, dict)
            and isinstance(data.get("titles"), dict)
            and type(data.get("problems")) is int
        ):
            raise RecordError("not a stored search view")
        self.data = data
        self.problems: int = data["problems"]

    @classmethod
    def of(cls, result: LoadResult) -> SearchView:
        catalog = result.catalog
        titles = {
            role_id: [role.title, catalog.display_title(role)] for role_id, role in catalog.roles.items()
        }
        return cls({"titles": titles, "problems": len(result.problems)})

    def titles(self, role_id: str) -> tuple[str, str]:
        """(title, displayed title) of a role (RecordError when stored wrong, KeyError when absent)."""
        from explorer.core.common.records import RecordError

        found = self.data["titles"][role_id]
        if not (isinstance(found, list) and len(found) == 2 and all(isinstance(text, str) for text in found)):
            raise RecordError(f"stored titles of {role_id!r} are damaged")
        return found[0], found[1]


def _answer(args: argparse.Namespace, view: SearchView, index: SearchIndex) -> tuple[SearchAnswer, Any]:
    """The answer, and what to print for it: JSON-able records with --json, else text."""
    from explorer.cli import render
    from explorer.core.search.answer import answer

    found = answer(index, " ".join(args.query), args.limit)
    hits = list(found.hits)
    titles = {hit.role_id: view.titles(hit.role_id) for hit in hits}
    if args.json:
        return found, [
            {
                "rank": rank,
                "role": h.role_id,
                "title": titles[h.role_id][0],
                "kind": h.doc.kind.label,
                "text": h.doc.text,
                "responsibility": h.doc.responsibility_id,
                # A next step's destination: the role it leads to.
                "to": h.doc.target or None,
                "to_title": h.doc.context or None,
                "score": h.score,  # the sort key: rank 1 has the highest
                "relevance": h.relevance,
                "why": list(h.why),
                "spans": h.spans,
                "partial": h.partial,
            }
            for rank, h in enumerate(hits, 1)
        ]
    return found, render.search_hits(titles, hits) if hits else ""


def run(args: argparse.Namespace) -> int:
    from explorer.cli.output import EXIT_OK, EXIT_PROBLEMS, say, say_json, warn, warn_problem_count
    from explorer.core.common.records import RecordError

    index, view, from_store = _index_and_view(args.content)
    try:
        found, text = _answer(args, view, index)
    except (RecordError, LookupError):
        if not from_store:
            raise
        # The stored build was damaged in a way only using it shows: build afresh from the files.
        index, view, _ = _index_and_view(args.content, use_store=False)
        found, text = _answer(args, view, index)
    warn_problem_count(view.problems)
    query = " ".join(args.query)
    if args.json:
        say_json(text)
    elif found.hits:
        say(text)
    if not found.hits:
        warn(f"no matches for {query!r}")
    elif not found.complete:
        warn(f"no line matches every word of {query!r}; the lines above match some")
    if found.suggestion:
        warn(f"did you mean: {found.suggestion}")
    # Like grep and fzf: 1 when no line matches all the meaningful words.
    return EXIT_OK if found.complete else EXIT_PROBLEMS
