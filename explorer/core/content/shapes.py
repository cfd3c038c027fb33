"""The shapes a TOML file is described with: text, numbers, flags, lists, tables.

Each shape checks nothing itself; validate.py reads them to check a file, and each gives its
own JSON Schema, so the validator and the schemas shipped for editors cannot drift apart.
"""

from __future__ import annotations

from dataclasses import dataclass, field
from typing import Any

KeyPath = tuple[str | int, ...]


@dataclass(frozen=True)
class Text:
    description: str = ""
    choices: tuple[str, ...] = ()
    pattern: str = ""
    max_length: int = 20_000
    pattern_hint: str = "must use lower-case letters, digits and dashes"

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "string", "minLength": 1, "maxLength": self.max_length}
        if self.choices:
            schema["enum"] = list(self.choices)
        if self.pattern:
            schema["pattern"] = self.pattern
        return schema


@dataclass(frozen=True)
class Number:
    description: str = ""
    integer: bool = False
    minimum: float | None = 0
    maximum: float | None = None

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "integer" if self.integer else "number"}
        if self.minimum is not None:
            schema["minimum"] = self.minimum
        if self.maximum is not None:
            schema["maximum"] = self.maximum
        return schema


@dataclass(frozen=True)
class Flag:
    description: str = ""

    def json_schema(self) -> dict[str, Any]:
        return {"type": "boolean"}


@dataclass(frozen=True)
class Label:
    """A short name a team writes as text or as a number: "L5", "M2", 62."""

    description: str = ""
    max_length: int = 40

    def json_schema(self) -> dict[str, Any]:
        return {
            "oneOf": [{"type": "string", "minLength": 1, "maxLength": self.max_length}, {"type": "integer"}]
        }


@dataclass(frozen=True)
class ListOf:
    item: Shape
    description: str = ""
    min_items: int = 0

    def json_schema(self) -> dict[str, Any]:
        schema: dict[str, Any] = {"type": "array", "items": to_json_schema(self.item)}
        if self.min_items:
            schema["minItems"] = self.min_items
        return schema


@dataclass(frozen=True)
class Table:
    fields: dict[str, Shape]
    required: frozenset[str] = field(default_factory=frozenset)
    description: str = ""

    def json_schema(self) -> dict[str, Any]:
        return {
            "type": "object",
            "properties": {name: to_json_schema(shape) for name, shape in self.fields.items()},
            "required": sorted(self.required),
            "additionalProperties": False,
        }


@dataclass(frozen=True)
class When:
    """A TOML date (or date-time, when `with_time`)."""

    description: str = ""
    with_time: bool = False

    def json_schema(self) -> dict[str, Any]:
        return {"type": "string", "format": "date-time" if self.with_time else "date"}


@dataclass(frozen=True)
class OneOrMany:
    """One string, or a non-empty list of them: `pinpoint = "…"` or `pinpoint = ["…", "…"]`."""

    item: Text
    description: str = ""

    def json_schema(self) -> dict[str, Any]:
        one = to_json_schema(self.item)
        return {"oneOf": [one, {"type": "array", "items": one, "minItems": 1}]}


Shape = Text | Number | Flag | Label | ListOf | Table | When | OneOrMany


def to_json_schema(shape: Shape) -> dict[str, Any]:
    schema = shape.json_schema()
    if shape.description:
        schema["description"] = shape.description
    return schema


def table(doc: str = "", /, *, required: tuple[str, ...] = (), **fields: Shape) -> Table:
    return Table(fields=fields, required=frozenset(required), description=doc)
