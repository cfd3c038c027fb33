"""Which content folders make up the catalog: shipped, the user's own, then --content packs."""

from __future__ import annotations

from collections.abc import Callable, Sequence
from pathlib import Path
from typing import TYPE_CHECKING

from explorer import locations

if TYPE_CHECKING:
    from explorer.core.content.model import LoadResult


def content_dirs(extra: Sequence[Path] = (), *, include_user: bool = True) -> list[Path]:
    dirs = [locations.shipped_content_dir()]
    user_dir = locations.user_content_dir()
    if include_user and user_dir.is_dir():
        dirs.append(user_dir)
    dirs.extend(Path(d) for d in extra)
    return dirs


def load_library(
    extra: Sequence[Path] = (),
    *,
    include_user: bool = True,
    use_cache: bool = True,
    progress: Callable[[int, int], None] | None = None,
) -> LoadResult:
    # Imported here: a command answered from the compiled cache never loads files.
    from explorer.core.content.loader import load_catalog

    cache = locations.parse_cache_dir() if use_cache else None
    return load_catalog(content_dirs(extra, include_user=include_user), cache_dir=cache, progress=progress)
