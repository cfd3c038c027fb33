"""Read content directories into a validated Catalog plus a list of problems.

A bad file is reported and skipped; every valid file still loads. Later directories
override earlier ones by id, so a team's pack can replace a shipped role.
"""

from __future__ import annotations

import os
import re
import tomllib
from collections.abc import Callable, Iterable, Iterator, Sequence
from dataclasses import dataclass, field, replace
from pathlib import Path
from typing import Any

from explorer.core import spec
from explorer.core.model import (
    Area,
    Catalog,
    Experience,
    Ladder,
    LoadResult,
    MoveKind,
    NextStep,
    Problem,
    Responsibility,
    Role,
    SalaryFigure,
    Source,
    TitleNote,
    Track,
    YearsRange,
)
from explorer.core.parse_cache import ParseCache
from explorer.core.spec import KeyPath
from explorer.core.toml_lines import KeyLines
from explorer.core.validate import check

MAX_FILE_BYTES = 2 * 1024 * 1024
SOURCES_FILE = "sources.toml"
LADDERS_FILE = "ladders.toml"
_TOML_POSITION = re.compile(r"\s*\(at line (\d+), column (\d+)\)")


class FileProblem(Exception):
    """A file could not be read or parsed; carries the problem to report."""

    def __init__(self, problem: Problem, kind: str = "content") -> None:
        super().__init__(str(problem))
        self.problem = problem
        # "access": the file could not be read at all; "content": it was read and is not valid.
        self.kind = kind


def read_toml(path: Path, max_bytes: int = MAX_FILE_BYTES) -> tuple[dict[str, Any], str]:
    """Parse one TOML file, turning every failure into a FileProblem with a position."""
    try:
        if not path.is_file():
            raise FileProblem(Problem(path, "is not a regular file"), "access")
        size = path.stat().st_size
        if size > max_bytes:
            raise FileProblem(Problem(path, f"is {size:,} bytes; files over {max_bytes:,} bytes are refused"), "access")
        with path.open("rb") as handle:
            raw = handle.read(max_bytes + 1)
    except OSError as error:
        raise FileProblem(Problem(path, f"cannot be read: {error.strerror or error}"), "access") from None
    try:
        text = raw.decode("utf-8-sig")
    except UnicodeDecodeError as error:
        line = raw[: error.start].count(b"\n") + 1
        column = error.start - (raw.rfind(b"\n", 0, error.start) + 1) + 1
        raise FileProblem(Problem(path, "is not valid UTF-8 text", line, column)) from None
    try:
        return tomllib.loads(text), text
    except tomllib.TOMLDecodeError as error:
        message = str(error)
        position = _TOML_POSITION.search(message)
        message = _TOML_POSITION.sub("", message)
        if position:
            line, column = int(position.group(1)), int(position.group(2))
            raise FileProblem(Problem(path, f"TOML syntax error: {message}", line, column)) from None
        raise FileProblem(Problem(path, f"TOML syntax error: {message}")) from None
    except RecursionError:
        raise FileProblem(Problem(path, "TOML syntax error: nesting is too deep")) from None


def content_files(directory: Path) -> Iterator[Path]:
    """Every .toml file below `directory`, in a stable order, skipping hidden entries.

    Symlinked folders are not followed, so a link loop cannot trap the walk.
    """
    for root, dirs, files in os.walk(directory, followlinks=False):
        dirs[:] = sorted(d for d in dirs if not d.startswith("."))
        for name in sorted(files):
            if name.endswith(".toml") and not name.startswith("."):
                yield Path(root) / name
        for name in dirs:
            candidate = Path(root) / name
            if name.endswith(".toml"):
                yield candidate


@dataclass
class _Located:
    """Something loaded from a file, with what it takes to point at its lines.

    The key→line map is built only when a problem needs a line number.
    """

    path: Path
    text: str | None = None
    _lines: KeyLines | None = field(default=None, repr=False)

    @property
    def lines(self) -> KeyLines:
        if self._lines is None:
            if self.text is None:
                try:
                    self.text = self.path.read_text(encoding="utf-8-sig")
                except (OSError, UnicodeDecodeError):
                    self.text = ""
            self._lines = KeyLines(self.text)
        return self._lines

    def problem(self, key_path: KeyPath, message: str) -> Problem:
        line = self.lines.line_of(key_path)
        return Problem(self.path, message, line, 1 if line else None)


@dataclass
class _Layer:
    roles: dict[str, tuple[Role, _Located]] = field(default_factory=dict)
    sources: dict[str, Source] = field(default_factory=dict)
    ladders: dict[str, tuple[Ladder, _Located, int]] = field(default_factory=dict)


def _years(data: dict[str, Any], prefix: str) -> YearsRange:
    return YearsRange(data.get(f"{prefix}_years_min"), data.get(f"{prefix}_years_max"))


def build_role(data: dict[str, Any], origin: Path | None = None) -> Role:
    """Turn an already-validated role table into a Role."""
    experience = data.get("experience", {})
    return Role(
        id=data["id"],
        title=data["title"],
        track=Track(data["track"]),
        level=data["level"],
        summary=data["summary"],
        aliases=tuple(data.get("aliases", ())),
        responsibilities=tuple(
            Responsibility(item["id"], item["text"], Area(item["area"]), item.get("source"))
            for item in data.get("responsibilities", ())
        ),
        skills=tuple(data.get("skills", ())),
        experience=Experience(
            in_product=_years(experience, "product"),
            leading=_years(experience, "leading"),
            notes=experience.get("notes", ""),
            sources=tuple(experience.get("sources", ())),
        ),
        education=tuple(data.get("education", ())),
        salaries=tuple(
            SalaryFigure(
                of=item["of"], currency=item["currency"], period=item["period"],
                publisher=item["publisher"], date=item["date"], amount=item.get("amount"),
                low=item.get("low"), high=item.get("high"), location=item.get("location", ""),
                source=item.get("source"),
            )
            for item in data.get("salary", ())
        ),
        reports_to=tuple(data.get("reports_to", ())),
        manages=tuple(data.get("manages", ())),
        next_steps=tuple(
            NextStep(item["to"], MoveKind(item["kind"]), item["advice"], item.get("typical_time", ""), item.get("source"))
            for item in data.get("next_steps", ())
        ),
        title_notes=tuple(TitleNote(item["text"], tuple(item.get("sources", ()))) for item in data.get("title_notes", ())),
        sources=tuple(data["sources"]),
        origin=origin,
    )


def _role_semantics(data: dict[str, Any], located: _Located) -> list[Problem]:
    """Checks a shape cannot express: unique responsibility ids, sane ranges, salary figures."""
    problems = []
    seen: set[str] = set()
    for index, item in enumerate(data.get("responsibilities", ())):
        if item["id"] in seen:
            problems.append(located.problem(("responsibilities", index, "id"), f"duplicate responsibility id {item['id']!r}"))
        seen.add(item["id"])
    for index, item in enumerate(data.get("salary", ())):
        if not any(key in item for key in ("amount", "low", "high")):
            problems.append(located.problem(("salary", index), "salary needs an amount, or low and high"))
        elif ("low" in item) != ("high" in item):
            problems.append(located.problem(("salary", index), "a salary range needs both low and high"))
        elif "low" in item and item["low"] > item["high"]:
            problems.append(located.problem(("salary", index, "low"), "salary low is above high"))
    experience = data.get("experience", {})
    for prefix in ("product", "leading"):
        low, high = experience.get(f"{prefix}_years_min"), experience.get(f"{prefix}_years_max")
        if low is not None and high is not None and low > high:
            problems.append(located.problem(("experience", f"{prefix}_years_min"), f"{prefix}_years_min is above {prefix}_years_max"))
    return problems


def _outside(path: Path, directory: Path) -> str | None:
    """Why a (linked) file may not be read as content of `directory`, or None when it may."""
    if path.is_symlink():
        try:
            target = path.resolve(strict=True)
        except (OSError, RuntimeError):
            return "is a broken or looping symbolic link"
        if not target.is_relative_to(directory.resolve()):
            return "is a link to a file outside the content folder; not read"
    return None


def _read_valid(path: Path, shape: spec.Table, cache: ParseCache, problems: list[Problem]) -> tuple[dict[str, Any], _Located] | None:
    """The file's data when it is valid in shape (from the cache when unchanged), else None."""
    try:
        stat = path.stat()
    except OSError as error:
        problems.append(Problem(path, f"cannot be read: {error.strerror or error}"))
        return None
    cached = cache.get(path, stat)
    if cached is not None:
        return cached, _Located(path)
    try:
        data, text = read_toml(path)
    except FileProblem as error:
        problems.append(error.problem)
        return None
    located = _Located(path, text)
    shape_problems = [located.problem(p.path, p.message) for p in check(data, shape)]
    if shape_problems:
        problems.extend(shape_problems)
        return None
    cache.put(path, stat, data)
    return data, located


def _load_layer(
    directory: Path, files: list[Path], problems: list[Problem], cache: ParseCache, tick: Callable[[], None]
) -> _Layer:
    layer = _Layer()
    if not directory.is_dir():
        problems.append(Problem(directory, "content folder does not exist or is not a folder"))
        return layer
    for path in files:
        tick()
        refusal = _outside(path, directory)
        if refusal:
            problems.append(Problem(path, refusal))
            continue
        shape = {SOURCES_FILE: spec.SOURCES_FILE, LADDERS_FILE: spec.LADDERS_FILE}.get(path.name, spec.ROLE)
        loaded = _read_valid(path, shape, cache, problems)
        if loaded is None:
            continue
        data, located = loaded
        if shape is spec.SOURCES_FILE:
            _add_sources(data, located, layer, problems)
        elif shape is spec.LADDERS_FILE:
            _add_ladders(data, located, layer, problems)
        else:
            semantic = _role_semantics(data, located)
            if semantic:
                problems.extend(semantic)
                continue
            role = build_role(data, path)
            if role.id in layer.roles:
                first = layer.roles[role.id][1].path
                problems.append(located.problem(("id",), f"duplicate role id {role.id!r} (already defined in {first})"))
                continue
            layer.roles[role.id] = (role, located)
    return layer


def _add_sources(data: dict[str, Any], located: _Located, layer: _Layer, problems: list[Problem]) -> None:
    for index, item in enumerate(data["sources"]):
        if item["id"] in layer.sources:
            problems.append(located.problem(("sources", index, "id"), f"duplicate source id {item['id']!r}"))
            continue
        layer.sources[item["id"]] = Source(item["id"], item["publisher"], item["title"], item["date"], item.get("note", ""))


def _add_ladders(data: dict[str, Any], located: _Located, layer: _Layer, problems: list[Problem]) -> None:
    for index, item in enumerate(data["ladders"]):
        if item["id"] in layer.ladders:
            problems.append(located.problem(("ladders", index, "id"), f"duplicate ladder id {item['id']!r}"))
            continue
        roles = item["roles"]
        repeated = sorted({r for r in roles if roles.count(r) > 1})
        if repeated:
            problems.append(located.problem(("ladders", index, "roles"), f"ladder {item['id']!r} loops: {', '.join(repeated)} appears more than once"))
            roles = list(dict.fromkeys(roles))
        ladder = Ladder(item["id"], item["name"], Track(item["track"]), tuple(roles), item.get("description", ""))
        layer.ladders[ladder.id] = (ladder, located, index)


def load_catalog(
    directories: Sequence[Path], cache_file: Path | None = None, progress: Callable[[int, int], None] | None = None
) -> LoadResult:
    """Load and merge content directories, later ones overriding earlier ones by id.

    With `cache_file`, files that were valid last time and have not changed skip parsing.
    `progress(done, total)` is called as files are read.
    """
    cache = ParseCache(cache_file)
    problems: list[Problem] = []
    folders = [Path(d) for d in directories]
    files = {folder: list(content_files(folder)) if folder.is_dir() else [] for folder in folders}
    total = sum(len(found) for found in files.values())
    done = 0

    def tick() -> None:
        nonlocal done
        done += 1
        if progress and (done % 25 == 0 or done == total):
            progress(done, total)

    roles: dict[str, tuple[Role, _Located]] = {}
    sources: dict[str, Source] = {}
    ladders: dict[str, tuple[Ladder, _Located, int]] = {}
    for folder in folders:
        layer = _load_layer(folder, files[folder], problems, cache, tick)
        roles.update(layer.roles)
        sources.update(layer.sources)
        ladders.update(layer.ladders)
    clean_roles = {role_id: _drop_dangling(role, located, roles, sources, problems) for role_id, (role, located) in roles.items()}
    clean_ladders = tuple(_check_ladder(*entry, clean_roles, problems) for entry in ladders.values())
    problems.extend(_promotion_cycles(clean_roles, {rid: located for rid, (_, located) in roles.items()}))
    cache.save()
    return LoadResult(Catalog(clean_roles, clean_ladders, sources), tuple(problems))


def _drop_dangling(
    role: Role, located: _Located, roles: dict[str, Any], sources: dict[str, Source], problems: list[Problem]
) -> Role:
    """Report references to missing roles or sources and remove them, keeping the rest of the role."""

    def known_roles(key: str, ids: Iterable[str]) -> tuple[str, ...]:
        kept = []
        for index, role_id in enumerate(ids):
            if role_id in roles:
                kept.append(role_id)
            else:
                problems.append(located.problem((key, index), f"{key} refers to unknown role {role_id!r}"))
        return tuple(kept)

    def known_source(key_path: KeyPath, source_id: str | None) -> str | None:
        if source_id is None or source_id in sources:
            return source_id
        problems.append(located.problem(key_path, f"unknown source {source_id!r}"))
        return None

    def known_sources(key_path: KeyPath, ids: Iterable[str]) -> tuple[str, ...]:
        return tuple(s for index, s in enumerate(ids) if known_source(key_path + (index,), s))

    next_steps = []
    for index, step in enumerate(role.next_steps):
        if step.to not in roles:
            problems.append(located.problem(("next_steps", index, "to"), f"next step refers to unknown role {step.to!r}"))
            continue
        next_steps.append(replace(step, source=known_source(("next_steps", index, "source"), step.source)))
    return replace(
        role,
        reports_to=known_roles("reports_to", role.reports_to),
        manages=known_roles("manages", role.manages),
        next_steps=tuple(next_steps),
        responsibilities=tuple(
            replace(r, source=known_source(("responsibilities", i, "source"), r.source)) for i, r in enumerate(role.responsibilities)
        ),
        salaries=tuple(replace(s, source=known_source(("salary", i, "source"), s.source)) for i, s in enumerate(role.salaries)),
        experience=replace(role.experience, sources=known_sources(("experience", "sources"), role.experience.sources)),
        title_notes=tuple(
            replace(n, sources=known_sources(("title_notes", i, "sources"), n.sources)) for i, n in enumerate(role.title_notes)
        ),
        sources=known_sources(("sources",), role.sources),
    )


def _check_ladder(ladder: Ladder, located: _Located, index: int, roles: dict[str, Role], problems: list[Problem]) -> Ladder:
    for position, role_id in enumerate(ladder.roles):
        if role_id not in roles:
            problems.append(
                located.problem(("ladders", index, "roles", position), f"ladder {ladder.id!r} refers to unknown role {role_id!r}")
            )
    return replace(ladder, roles=tuple(r for r in ladder.roles if r in roles))


def _promotion_cycles(roles: dict[str, Role], located: dict[str, _Located]) -> list[Problem]:
    """Promotions must lead upward: a chain of promotions that returns to its start is a cycle."""
    problems = []
    finished: set[str] = set()
    for start in sorted(roles):
        if start in finished:
            continue
        trail: list[str] = [start]
        pending: list[Iterator[tuple[int, NextStep]]] = [iter(enumerate(roles[start].next_steps))]
        while pending:
            step_index, step = next(pending[-1], (-1, None))
            if step is None:
                finished.add(trail.pop())
                pending.pop()
                continue
            if step.kind is not MoveKind.PROMOTION or step.to in finished:
                continue
            if step.to in trail:
                loop = trail[trail.index(step.to):] + [step.to]
                problems.append(
                    located[trail[-1]].problem(("next_steps", step_index, "to"), "promotions form a cycle: " + " → ".join(loop))
                )
                continue
            trail.append(step.to)
            pending.append(iter(enumerate(roles[step.to].next_steps)))
    return problems
