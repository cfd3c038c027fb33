"""Check parsed TOML against a spec, collecting every problem instead of stopping at one."""

from __future__ import annotations

import datetime as dt
import math
import re
from dataclasses import dataclass
from difflib import get_close_matches
from typing import Any

from explorer.core.content.spec import KeyPath, ListOf, Number, Shape, Table, Text, When


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
        bool: "a boolean", int: "an integer", float: "a number", str: "a string",
        list: "an array", dict: "a table", dt.date: "a date", dt.datetime: "a date-time", dt.time: "a time",
    }.get(type(value), type(value).__name__)


MAX_PROBLEMS_PER_FILE = 25


class _Full(Exception):
    """Enough problems found: a file with thousands of wrong keys gets a summary, not a flood."""


class _Problems(list):
    def append(self, problem: ShapeProblem) -> None:
        if len(self) >= MAX_PROBLEMS_PER_FILE:
            raise _Full
        super().append(problem)


def check(value: Any, shape: Shape, path: KeyPath = ()) -> list[ShapeProblem]:
    """Every problem of `value` against `shape`, up to MAX_PROBLEMS_PER_FILE and a closing note."""
    problems = _Problems()
    try:
        _check(value, shape, path, problems)
    except _Full:
        return [*problems, ShapeProblem((), f"more problems not listed; the first {MAX_PROBLEMS_PER_FILE} are above")]
    return list(problems)


def _check(value: Any, shape: Shape, path: KeyPath, problems: list[ShapeProblem]) -> None:
    where = format_path(path)
    if isinstance(shape, Text):
        if not isinstance(value, str):
            problems.append(ShapeProblem(path, f"{where} must be a string, not {_type_name(value)}"))
        elif not value.strip():
            problems.append(ShapeProblem(path, f"{where} must not be empty"))
        elif len(value) > shape.max_length:
            problems.append(ShapeProblem(path, f"{where} is longer than {shape.max_length} characters"))
        elif shape.choices and value not in shape.choices:
            problems.append(ShapeProblem(path, f"{where} must be one of {', '.join(shape.choices)}; got {value!r}"))
        elif shape.pattern and not re.fullmatch(shape.pattern, value):
            shown = value if len(value) <= 80 else value[:79] + "…"
            problems.append(ShapeProblem(path, f"{where} {shown!r} {shape.pattern_hint}"))
    elif isinstance(shape, Number):
        wanted = (int,) if shape.integer else (int, float)
        if isinstance(value, bool) or not isinstance(value, wanted):
            kind = "an integer" if shape.integer else "a number"
            problems.append(ShapeProblem(path, f"{where} must be {kind}, not {_type_name(value)}"))
        elif isinstance(value, float) and not math.isfinite(value):
            problems.append(ShapeProblem(path, f"{where} must be a finite number, not {value}"))
        elif shape.minimum is not None and value < shape.minimum:
            problems.append(ShapeProblem(path, f"{where} must be at least {shape.minimum:g}"))
        elif shape.maximum is not None and value > shape.maximum:
            problems.append(ShapeProblem(path, f"{where} must be at most {shape.maximum:g}"))
    elif isinstance(shape, When):
        if shape.with_time:
            if not isinstance(value, dt.datetime):
                problems.append(ShapeProblem(path, f"{where} must be a date and time (e.g. 2026-01-31T09:00:00), not {_type_name(value)}"))
        elif not isinstance(value, dt.date) or isinstance(value, dt.datetime):
            problems.append(ShapeProblem(path, f"{where} must be a date (e.g. 2026-01-31), not {_type_name(value)}"))
    elif isinstance(shape, ListOf):
        if not isinstance(value, list):
            problems.append(ShapeProblem(path, f"{where} must be an array, not {_type_name(value)}"))
            return
        if len(value) < shape.min_items:
            problems.append(ShapeProblem(path, f"{where} needs at least {shape.min_items} item(s)"))
        for index, item in enumerate(value):
            _check(item, shape.item, path + (index,), problems)
    elif isinstance(shape, Table):
        if not isinstance(value, dict):
            problems.append(ShapeProblem(path, f"{where} must be a table, not {_type_name(value)}"))
            return
        for key in value:
            if key not in shape.fields:
                hint = get_close_matches(key, list(shape.fields), n=1)
                suggestion = f" (did you mean {hint[0]!r}?)" if hint else ""
                problems.append(ShapeProblem(path + (key,), f"unknown key {format_path(path + (key,))!r}{suggestion}"))
        for key in sorted(shape.required):
            if key not in value:
                problems.append(ShapeProblem(path, f"missing required key {format_path(path + (key,))!r}"))
        for key, field_shape in shape.fields.items():
            if key in value:
                _check(value[key], field_shape, path + (key,), problems)
