"""A LoadResult (catalog, problems, warnings) as JSON data for the compiled cache, and back.

Roles are stored one JSON text each and decoded when first asked for, so a reader that
needs a few roles does not build thousands.
"""

from __future__ import annotations

import dataclasses
import functools
import json
import typing
from collections.abc import Iterator, Mapping
from typing import Any

from explorer.core.common.records import RecordError, decoder, to_data
from explorer.core.content.model import Catalog, LoadResult, Role


def _is_plain_data(hint: Any) -> bool:
    """Whether values of `hint` are made only of strings (sets, tuples and maps of them)."""
    if hint is str:
        return True
    origin, args = typing.get_origin(hint), typing.get_args(hint)
    return origin in (frozenset, set, tuple, dict) and all(a is Ellipsis or _is_plain_data(a) for a in args)


# What a load reports besides the catalog (problems, warnings, …), by field.
_REPORTS = {
    f.name: hint for f in dataclasses.fields(LoadResult)
    if f.name != "catalog" for hint in [typing.get_type_hints(LoadResult)[f.name]]
}


# The catalog's other fields (ladders, sources, packs, …), and its memoised views whose
# values are plain data (shared titles, equivalents): stored so a search that shows one
# title does not decode every role to compute them.
_CATALOG_FIELDS = {f.name: typing.get_type_hints(Catalog)[f.name] for f in dataclasses.fields(Catalog) if f.name != "roles"}
_CATALOG_MEMOS = {
    name: typing.get_type_hints(member.func)["return"]
    for name, member in vars(Catalog).items()
    if isinstance(member, functools.cached_property) and _is_plain_data(typing.get_type_hints(member.func)["return"])
}


class StoredRoles(Mapping[str, Role]):
    """Role id → Role, each role decoded from its JSON text when first asked for."""

    def __init__(self, encoded: Any) -> None:
        if not isinstance(encoded, dict) or not all(isinstance(text, str) for text in encoded.values()):
            raise RecordError("not stored roles")
        self._encoded: dict[str, str] = encoded
        self._decoded: dict[str, Role] = {}

    def __getitem__(self, role_id: str) -> Role:
        role = self._decoded.get(role_id)
        if role is None:
            try:
                role = decoder(Role)(json.loads(self._encoded[role_id]))
            except ValueError as error:
                raise RecordError(f"stored role {role_id!r} is damaged: {error}") from None
            self._decoded[role_id] = role
        return role

    def __iter__(self) -> Iterator[str]:
        return iter(self._encoded)

    def __len__(self) -> int:
        return len(self._encoded)

    def __contains__(self, role_id: object) -> bool:
        return role_id in self._encoded


def result_to_data(result: LoadResult) -> dict[str, Any]:
    catalog = result.catalog
    return {
        "roles": {role_id: json.dumps(to_data(role)) for role_id, role in catalog.roles.items()},
        **{name: to_data(getattr(catalog, name)) for name in _CATALOG_FIELDS},
        "memos": {name: to_data(getattr(catalog, name)) for name in _CATALOG_MEMOS},
        **{name: to_data(getattr(result, name)) for name in _REPORTS},
    }


def result_from_data(content: Any) -> LoadResult:
    """The LoadResult `result_to_data` described (RecordError, KeyError, TypeError or
    AttributeError when the data does not fit)."""
    fields = {name: decoder(hint)(content[name]) for name, hint in _CATALOG_FIELDS.items()}
    catalog = Catalog(StoredRoles(content["roles"]), **fields)  # type: ignore[arg-type]
    for name, hint in _CATALOG_MEMOS.items():  # so asking them never decodes every role
        if name in content.get("memos", {}):
            catalog.__dict__[name] = decoder(hint)(content["memos"][name])
    reports = {name: decoder(hint)(content[name]) for name, hint in _REPORTS.items()}
    return LoadResult(catalog, **reports)
