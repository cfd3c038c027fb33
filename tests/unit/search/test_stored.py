"""The stored search index: used while whole and current, rebuilt from the files when damaged."""

import json
import shutil

from explorer import locations
from explorer.core.content.compiled import CompiledContent
from explorer.core.content.library import content_dirs
from explorer.core.search.answer import search
from explorer.core.search.stored import INDEX_KEY, with_search_index


def hits(index, view):
    return [(hit.role_id, view.titles(hit.role_id), hit.doc.text) for hit in search(index, "alpha")]


def test_a_store_damaged_where_only_use_shows_is_rebuilt(data_dir, tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(data_dir / "minimal", pack)
    first = with_search_index([pack], hits)
    assert first
    store = CompiledContent(locations.compiled_content_dir(), content_dirs([pack]))
    stored = store.read()
    stored[INDEX_KEY]["sequences"]["strings"] = []  # opens, then fails on the first line read
    store.write(stored)
    calls = []

    def counted(index, view):
        calls.append(index)
        return hits(index, view)

    assert with_search_index([pack], counted) == first
    assert len(calls) == 2
    assert json.loads(json.dumps(store.read())) == store.read()  # stored again, whole
    calls.clear()
    assert with_search_index([pack], counted) == first and len(calls) == 1
