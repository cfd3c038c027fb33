"""Read content directories into a validated Catalog plus a list of problems.

A bad file is reported and skipped; every valid file still loads. Later directories
override earlier ones by id, so a team's pack can replace a shipped role.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Callable, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from explorer.core.content import advice, spec
from explorer.core.content.build import build_role, role_semantics
from explorer.core.content.files import (
    FileProblem,
    Located,
    content_files,
    outside_folder,
    read_toml,
)
from explorer.core.content.integrity import (
    check_ladder,
    drop_dangling,
    promotion_cycles,
)
from explorer.core.content.model import (
    Catalog,
    Ladder,
    LoadResult,
    Pack,
    Problem,
    Role,
    Source,
    Track,
)
from explorer.core.content.packs import PACK_FILE, folder_pack, pack_from_data, unique_id
from explorer.core.content.parse_cache import ParseCache, folder_digest
from explorer.core.content.report import first_of
from explorer.core.content.validate import check

SOURCES_FILE = "sources.toml"
LADDERS_FILE = "ladders.toml"


@dataclass
class _Layer:
    pack: Pack
    roles: dict[str, tuple[Role, Located]] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    # where each source is defined, and whether it says `replaces = true`
    source_places: dict[str, tuple[Located, int, bool]] = field(default_factory=dict)
    ladders: dict[str, tuple[Ladder, Located, int]] = field(default_factory=dict)


def _read_valid(
    path: Path, shape: spec.Table, cache: ParseCache, problems: list[Problem]
) -> tuple[dict[str, Any], Located] | None:
    """The file's data when it is valid in shape (from the cache when unchanged), else None."""
    try:
        stat = path.stat()
    except OSError as error:
        problems.append(Problem(path, f"cannot be read: {error.strerror or error}"))
        return None
    cached = cache.get(path, stat)
    if cached is not None:
        return cached, Located(path)
    try:
        data, text = read_toml(path)
    except FileProblem as error:
        problems.append(error.problem)
        return None
    located = Located(path, text)
    shape_problems = [located.problem(p.path, p.message) for p in check(data, shape)]
    if shape_problems:
        problems.extend(shape_problems)
        return None
    cache.put(path, stat, data)
    return data, located


def _read_pack(directory: Path, files: list[Path], problems: list[Problem], cache: ParseCache) -> Pack:
    pack_file = directory / PACK_FILE
    if pack_file in files and not outside_folder(pack_file, directory):
        loaded = _read_valid(pack_file, spec.PACK_FILE, cache, problems)
        if loaded is not None:
            return pack_from_data(loaded[0], directory)
    return folder_pack(directory)


def _load_layer(
    directory: Path,
    files: list[Path],
    problems: list[Problem],
    cache: ParseCache,
    tick: Callable[[], None],
    taken: set[str],
) -> _Layer:
    pack = folder_pack(directory)
    if not directory.is_dir():
        problems.append(Problem(directory, "content folder does not exist or is not a folder"))
        return _Layer(pack)
    pack = _read_pack(directory, files, problems, cache)
    pack = replace(pack, id=unique_id(pack, taken))
    taken.add(pack.id)
    layer = _Layer(pack)
    for path in files:
        tick()
        if path == directory / PACK_FILE:
            continue
        refusal = outside_folder(path, directory)
        if refusal:
            problems.append(Problem(path, refusal))
            continue
        shape = _shape_of(path)
        loaded = _read_valid(path, shape, cache, problems)
        if loaded is None:
            continue
        data, located = loaded
        if shape is spec.SOURCES_FILE:
            _add_sources(data, located, layer, problems)
        elif shape is spec.LADDERS_FILE:
            _add_ladders(data, located, layer, problems)
        else:
            semantic = role_semantics(data, located)
            if semantic:
                problems.extend(semantic)
                continue
            role = build_role(data, path, layer.pack)
            if role.id in layer.roles:
                first = layer.roles[role.id][1].path
                problems.append(
                    located.problem(("id",), f"duplicate role id {role.id!r} (already defined in {first})")
                )
                continue
            layer.roles[role.id] = (role, located)
    return layer


def _shape_of(path: Path) -> spec.Table:
    return {SOURCES_FILE: spec.SOURCES_FILE, LADDERS_FILE: spec.LADDERS_FILE}.get(path.name, spec.ROLE)


def _add_sources(data: dict[str, Any], located: Located, layer: _Layer, problems: list[Problem]) -> None:
    for index, item in enumerate(data["sources"]):
        if item["id"] in layer.sources:
            problems.append(located.problem(("sources", index, "id"), f"duplicate source id {item['id']!r}"))
            continue
        layer.sources[item["id"]] = Source(
            item["id"],
            item["publisher"],
            item["title"],
            item["date"],
            item.get("note", ""),
            item.get("url", ""),
        )
        layer.source_places[item["id"]] = (located, index, item.get("replaces", False))


def _merge_sources(sources: dict[str, Source], files: dict[str, Path], layer: _Layer) -> list[Problem]:
    """Add a pack's sources. Redefining an earlier pack's source (its publisher, its URL) needs
    `replaces = true`; without it the earlier one stays. Either way, say so."""
    warnings = []
    for source_id, source in layer.sources.items():
        located, index, replaces = layer.source_places[source_id]
        if source_id in sources:
            earlier = files[source_id]
            if not replaces:
                message = (
                    f"source id {source_id!r} is already defined in {earlier}; not replaced "
                    "(give it another id, or add replaces = true to replace it)"
                )
                warnings.append(advice.warning(located, ("sources", index, "id"), message))
                continue
            message = f"source id {source_id!r} replaces the one in {earlier} (replaces = true)"
            warnings.append(advice.warning(located, ("sources", index, "replaces"), message))
        sources[source_id] = source
        files[source_id] = located.path
    return warnings


def _add_ladders(data: dict[str, Any], located: Located, layer: _Layer, problems: list[Problem]) -> None:
    for index, item in enumerate(data["ladders"]):
        if item["id"] in layer.ladders:
            problems.append(located.problem(("ladders", index, "id"), f"duplicate ladder id {item['id']!r}"))
            continue
        roles = item["roles"]
        repeated = sorted(role for role, times in Counter(roles).items() if times > 1)
        if repeated:
            problems.append(
                located.problem(
                    ("ladders", index, "roles"),
                    f"ladder {item['id']!r} loops: {first_of(repeated)} appears more than once",
                )
            )
            roles = list(dict.fromkeys(roles))
        ladder = Ladder(
            item["id"],
            item["name"],
            Track(item["track"]),
            tuple(roles),
            item.get("description", ""),
            layer.pack.id,
        )
        layer.ladders[ladder.id] = (ladder, located, index)


def load_catalog(
    directories: Sequence[Path],
    cache_file: Path | None = None,
    progress: Callable[[int, int], None] | None = None,
    cache_dir: Path | None = None,
    *,
    advise: bool = False,
) -> LoadResult:
    """Load and merge content directories, later ones overriding earlier ones by id.

    With `cache_file` (one file for every folder) or `cache_dir` (a file per folder, so a
    launch without a big pack never reads that pack's entries), files that were valid last
    time and have not changed skip parsing. `progress(done, total)` is called as files are read.
    With `advise`, the per-role warnings that only `validate` prints (shared titles,
    reporting lines…) are worked out too.
    """
    problems: list[Problem] = []
    folders = [Path(d) for d in directories]
    if cache_dir is not None:
        caches = {folder: ParseCache(cache_dir / f"{folder_digest(folder)}.json") for folder in folders}
    else:
        shared = ParseCache(cache_file)
        caches = {folder: shared for folder in folders}
    unlisted: list[Problem] = []
    files = {folder: list(content_files(folder, unlisted)) if folder.is_dir() else [] for folder in folders}
    total = sum(len(found) for found in files.values())
    result = _merge_layers(folders, files, caches, problems, total, progress, advise)
    return replace(result, warnings=(*unlisted, *result.warnings)) if unlisted else result


def _merge_layers(
    folders: list[Path],
    files: dict[Path, list[Path]],
    caches: dict[Path, ParseCache],
    problems: list[Problem],
    total: int,
    progress: Callable[[int, int], None] | None,
    advise: bool,
) -> LoadResult:
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress and (done % 25 == 0 or done == total):
            progress(done, total)

    roles: dict[str, tuple[Role, Located]] = {}
    sources: dict[str, Source] = {}
    source_files: dict[str, Path] = {}
    ladders: dict[str, tuple[Ladder, Located, int]] = {}
    warnings: list[Problem] = []
    packs: dict[str, Pack] = {}
    for folder in folders:
        layer = _load_layer(folder, files[folder], problems, caches[folder], tick, set(packs))
        if folder.is_dir():
            packs[layer.pack.id] = layer.pack
        warnings += advice.replaced_roles(roles, layer.roles) + advice.replaced_ladders(
            ladders, layer.ladders
        )
        roles.update(layer.roles)
        warnings += _merge_sources(sources, source_files, layer)
        ladders.update(layer.ladders)
    clean_roles = {
        role_id: drop_dangling(role, located, roles, sources, problems)
        for role_id, (role, located) in roles.items()
    }
    clean_ladders = []
    for ladder, located, index in ladders.values():
        checked = check_ladder(ladder, located, index, clean_roles, problems)
        if checked.roles:
            clean_ladders.append(checked)
        else:
            warnings.append(advice.empty_ladder(ladder, located, index))
    role_files = {rid: located for rid, (_, located) in roles.items()}
    problems.extend(promotion_cycles(clean_roles, role_files))
    if advise:
        warnings += advice.role_checks(clean_roles, role_files, packs)
    for cache in {id(cache): cache for cache in caches.values()}.values():
        cache.save()
    return LoadResult(
        Catalog(clean_roles, tuple(clean_ladders), sources, packs), tuple(problems), tuple(warnings)
    )
