"""A content set's search index, kept between command-line runs (see core/content/compiled.py).

A warm search reads back the stored index and what printing a hit needs of the catalog
(`SearchView`) and loads no content file. The stored index opens lazily, so damage may
show only while it is used: `with_search_index` then builds afresh from the files, stores
that, and answers again. Damage never reaches the person as a traceback.
"""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING, Any, TypeVar

from explorer.core.common.records import RecordError

if TYPE_CHECKING:  # a search answered from the store never imports the model
    from explorer.core.content.model import LoadResult
    from explorer.core.search.index import SearchIndex

INDEX_KEY = "search-index"
VIEW_KEY = "search-view"

Answer = TypeVar("Answer")


class SearchView:
    """What printing hits needs of a load: each role's title and displayed title, and how
    many problems the load skipped. Stored beside the index; checked as it is used."""

    def __init__(self, data: Any) -> None:
        if not (
            isinstance(data, dict)
            and isinstance(data.get("titles"), dict)
            and type(data.get("problems")) is int
        ):
            raise RecordError("not a stored search view")
        self.data: dict[str, Any] = data
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
        found = self.data["titles"][role_id]
        if not (isinstance(found, list) and len(found) == 2 and all(isinstance(text, str) for text in found)):
            raise RecordError(f"stored titles of {role_id!r} are damaged")
        return found[0], found[1]


def with_search_index(content: Sequence[Path], use: Callable[[SearchIndex, SearchView], Answer]) -> Answer:
    """`use(index, view)` for the shipped, user and `content` folders: from the stored build
    when nothing changed and it is whole, else from the files (and then stored)."""
    index, view, from_store = _index_and_view(content)
    try:
        return use(index, view)
    except (RecordError, LookupError):
        if not from_store:
            raise
    index, view, _ = _index_and_view(content, use_store=False)
    return use(index, view)


def _index_and_view(content: Sequence[Path], use_store: bool = True) -> tuple[SearchIndex, SearchView, bool]:
    """(index, view, whether they came from the store). Only these two are stored: the
    stored path never imports the model."""
    from explorer import locations
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
            pass  # damaged: build again, and store again
    result = load_library(content)
    index = SearchIndex.from_catalog(result.catalog)
    view = SearchView.of(result)
    store.write({INDEX_KEY: index_to_data(index), VIEW_KEY: view.data})
    return index, view, False
