import json

import pytest

from explorer.core.content.spec import (
    LADDERS_FILE,
    PACK_FILE,
    ROLE,
    SOURCES_FILE,
    json_schema_document,
)
from explorer.locations import shipped_content_dir


@pytest.mark.parametrize(
    "name, shape, title",
    [
        ("role", ROLE, "role-explorer role file"),
        ("sources", SOURCES_FILE, "role-explorer sources.toml"),
        ("ladders", LADDERS_FILE, "role-explorer ladders.toml"),
        ("pack", PACK_FILE, "role-explorer pack.toml"),
    ],
)
def test_shipped_json_schema_matches_the_validator(name, shape, title):
    shipped = json.loads((shipped_content_dir() / "schema" / f"{name}.schema.json").read_text())
    assert shipped == json_schema_document(shape, title), f"regenerate with: role-explorer schema {name}"


def test_schema_rejects_unknown_keys():
    assert ROLE.json_schema()["additionalProperties"] is False
