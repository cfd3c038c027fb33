"""Check parsed TOML against a spec, collecting every problem instead of stopping at one."""

from __future__ import annotations

import datetime as dt
import math
import re
from collections.abc import Callable
from dataclasses import dataclass
from difflib import get_close_matches
from typing import Any

from explorer.core.common.plural import counted
from explorer.core.content.spec import Flag, KeyPath, Label, ListOf, Number, Shape, Table, Text, When


@dataclass(frozen=True)
class ShapeProblem:
    path: KeyPath
    message: str


def format_path(path: KeyPath) -> str:
    text = ""
    for part in path:
        text += f"[{part}]" if isinstance(part, int) else (f".{part}" if text else part)
    return text or "(top level)"


def _type_name(value: Any) -> str:
    return {
        bool: "a boolean",
        int: "an integer",
        float: "a number",
        str: "a string",
        list: "an array",
        dict: "a table",
        dt.date: "a date",
        dt.datetime: "a date-time",
        dt.time: "a time",
    }.get(type(value), type(value).__name__)


MAX_PROBLEMS_PER_FILE = 25


class _Full(Exception):
    """Enough problems found: a file with thousands of wrong keys gets a summary, not a flood."""


class _Problems(list[ShapeProblem]):
    def append(self, problem: ShapeProblem) -> None:
        if len(self) >= MAX_PROBLEMS_PER_FILE:
            raise _Full
        super().append(problem)


def check(value: Any, shape: Shape, path: KeyPath = ()) -> list[ShapeProblem]:
    """Every problem of `value` against `shape`, up to MAX_PROBLEMS_PER_FILE and a closing note."""
    if _passes(shape)(value):
        return []  # the usual case, answered without building a path or a message per node
    return check_all(value, shape, path)


def check_all(value: Any, shape: Shape, path: KeyPath = ()) -> list[ShapeProblem]:
    """The problems found by walking the whole value (what `check` does when the quick test fails)."""
    problems = _Problems()
    try:
        _check(value, shape, path, problems)
    except _Full:
        return [
            *problems,
            ShapeProblem((), f"more problems not listed; the first {MAX_PROBLEMS_PER_FILE} are above"),
        ]
    return list(problems)


_PASSES: dict[int, Callable[[Any], bool]] = {}


def _passes(shape: Shape) -> Callable[[Any], bool]:
    """A yes/no check of `shape`, stricter than `_check` (never yes where it finds a problem)."""
    found = _PASSES.get(id(shape))
    if found is None:
        found = _PASSES[id(shape)] = _compile(shape)
    return found


def _compile(shape: Shape) -> Callable[[Any], bool]:
    if isinstance(shape, Text):
        choices = frozenset(shape.choices)
        match = re.compile(shape.pattern).fullmatch if shape.pattern else None
        longest = shape.max_length
        return lambda v: (
            type(v) is str
            and v != ""
            and len(v) <= longest
            and not v.isspace()
            and (not choices or v in choices)
            and (match is None or match(v) is not None)
        )
    if isinstance(shape, Flag):
        return lambda v: type(v) is bool
    if isinstance(shape, Number):
        kinds = (int,) if shape.integer else (int, float)
        low = -math.inf if shape.minimum is None else shape.minimum
        high = math.inf if shape.maximum is None else shape.maximum
        return lambda v: type(v) in kinds and low <= v <= high and (type(v) is int or math.isfinite(v))
    if isinstance(shape, Label):
        longest = shape.max_length
        return lambda v: (
            (type(v) is str and not v.isspace() and 0 < len(v) <= longest)
            or (type(v) is int and len(str(v)) <= longest)
        )
    if isinstance(shape, ListOf):
        item, fewest = _passes(shape.item), shape.min_items
        return lambda v: type(v) is list and len(v) >= fewest and all(map(item, v))
    if isinstance(shape, Table):
        fields = {key: _passes(field) for key, field in shape.fields.items()}
        required = shape.required
        return lambda v: (
            type(v) is dict
            and required <= v.keys()
            and all(key in fields and fields[key](item) for key, item in v.items())
        )
    return lambda v: not check_all(v, shape)  # dates are rare: the full check is quick enough


def _check(value: Any, shape: Shape, path: KeyPath, problems: list[ShapeProblem]) -> None:
    if isinstance(shape, Text):
        if not isinstance(value, str):
            problems.append(
                ShapeProblem(path, f"{format_path(path)} must be a string, not {_type_name(value)}")
            )
        elif not value.strip():
            problems.append(ShapeProblem(path, f"{format_path(path)} must not be empty"))
        elif len(value) > shape.max_length:
            problems.append(
                ShapeProblem(path, f"{format_path(path)} is longer than {shape.max_length} characters")
            )
        elif shape.choices and value not in shape.choices:
            problems.append(
                ShapeProblem(
                    path, f"{format_path(path)} must be one of {', '.join(shape.choices)}; got {value!r}"
                )
            )
        elif shape.pattern and not re.fullmatch(shape.pattern, value):
            shown = value if len(value) <= 80 else value[:79] + "…"
            problems.append(ShapeProblem(path, f"{format_path(path)} {shown!r} {shape.pattern_hint}"))
    elif isinstance(shape, Flag):
        if type(value) is not bool:
            problems.append(
                ShapeProblem(path, f"{format_path(path)} must be true or false, not {_type_name(value)}")
            )
    elif isinstance(shape, Number):
        wanted = (int,) if shape.integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, wanted):
            kind = "an integer" if shape.integer else "a number"
            problems.append(
                ShapeProblem(path, f"{format_path(path)} must be {kind}, not {_type_name(value)}")
            )
        elif isinstance(value, float) and not math.isfinite(value):
            problems.append(ShapeProblem(path, f"{format_path(path)} must be a finite number, not {value}"))
        elif shape.minimum is not None and value < shape.minimum:
            problems.append(ShapeProblem(path, f"{format_path(path)} must be at least {shape.minimum:g}"))
        elif shape.maximum is not None and value > shape.maximum:
            problems.append(ShapeProblem(path, f"{format_path(path)} must be at most {shape.maximum:g}"))
    elif isinstance(shape, Label):
        if isinstance(value, bool) or not isinstance(value, (str, int)):
            problems.append(
                ShapeProblem(
                    path, f"{format_path(path)} must be a string or an integer, not {_type_name(value)}"
                )
            )
        elif isinstance(value, str) and not value.strip():
            problems.append(ShapeProblem(path, f"{format_path(path)} must not be empty"))
        elif len(str(value)) > shape.max_length:
            problems.append(
                ShapeProblem(path, f"{format_path(path)} is longer than {shape.max_length} characters")
            )
    elif isinstance(shape, When):
        if shape.with_time:
            if not isinstance(value, dt.datetime):
                problems.append(
                    ShapeProblem(
                        path,
                        f"{format_path(path)} must be a date and time (e.g. 2026-01-31T09:00:00), not {_type_name(value)}",
                    )
                )
        elif not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            problems.append(
                ShapeProblem(
                    path, f"{format_path(path)} must be a date (e.g. 2026-01-31), not {_type_name(value)}"
                )
            )
    elif isinstance(shape, ListOf):
        if not isinstance(value, list):
            problems.append(
                ShapeProblem(path, f"{format_path(path)} must be an array, not {_type_name(value)}")
            )
            return
        if len(value) < shape.min_items:
            problems.append(
                ShapeProblem(path, f"{format_path(path)} needs at least {counted(shape.min_items, 'item')}")
            )
        for index, item in enumerate(value):
            _check(item, shape.item, path + (index,), problems)
    elif isinstance(shape, Table):
        if not isinstance(value, dict):
            problems.append(
                ShapeProblem(path, f"{format_path(path)} must be a table, not {_type_name(value)}")
            )
            return
        for key in value:
            if key not in shape.fields:
                hint = get_close_matches(key, list(shape.fields), n=1)
                suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
                problems.append(
                    ShapeProblem(path + (key,), f"unknown key {format_path(path + (key,))!r}{suggestion}")
                )
        for key in sorted(shape.required):
            if key not in value:
                problems.append(ShapeProblem(path, f"missing required key {format_path(path + (key,))!r}"))
        for key, field_shape in shape.fields.items():
            if key in value:
                _check(value[key], field_shape, path + (key,), problems)
