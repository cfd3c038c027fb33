"""`search` answers from the compiled cache while the content is unchanged; `validate` always reads."""

import shutil

from explorer.cli import main
from explorer.core.content.files import read_toml


def search(capsys, *argv):
    code = main(list(argv))
    return code, capsys.readouterr()


def test_a_warm_search_reads_no_content_file_and_prints_the_same(capsys, data_dir, tmp_path, monkeypatch):
    pack = tmp_path / "pack"
    shutil.copytree(data_dir / "minimal", pack)
    first = search(capsys, "--content", str(pack), "search", "alpha", "--json")

    def no_loading(*args, **kwargs):
        raise AssertionError("content was loaded again")

    monkeypatch.setattr("explorer.core.content.loader.load_catalog", no_loading)
    assert search(capsys, "--content", str(pack), "search", "alpha", "--json") == first
    assert search(capsys, "search", "--content", str(pack), "alpha")[0] == 0


def test_an_edited_file_is_seen_by_the_next_search(capsys, data_dir, tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(data_dir / "minimal", pack)
    search(capsys, "--content", str(pack), "search", "alpha")
    alpha = pack / "alpha.toml"
    alpha.write_text(alpha.read_text().replace('title = "Alpha Analyst"', 'title = "Alpha Zebra Analyst"'))
    code, captured = search(capsys, "--content", str(pack), "search", "zebra")
    assert code == 0 and "Alpha Zebra Analyst" in captured.out


def test_problems_are_still_reported_from_the_cache(capsys, data_dir):
    first = search(capsys, "--content", str(data_dir / "broken"), "search", "alpha")
    second = search(capsys, "--content", str(data_dir / "broken"), "search", "alpha")
    assert "content problem" in first[1].err and first == second


def test_validate_parses_fresh_even_when_the_cache_is_warm(capsys, data_dir, monkeypatch):
    search(capsys, "--content", str(data_dir / "broken"), "search", "alpha")
    calls = []

    def counting(path, *args, **kwargs):
        calls.append(path)
        return read_toml(path, *args, **kwargs)

    monkeypatch.setattr("explorer.core.content.loader.read_toml", counting)
    code, captured = search(capsys, "validate", str(data_dir / "broken"))
    assert code == 1 and calls and "problem" in captured.err


def test_a_stored_build_damaged_inside_is_rebuilt_from_the_files(capsys, data_dir, tmp_path):
    import json

    from explorer import locations
    from explorer.core.content.compiled import CompiledContent
    from explorer.core.content.library import content_dirs

    pack = tmp_path / "pack"
    shutil.copytree(data_dir / "minimal", pack)
    first = search(capsys, "--content", str(pack), "search", "alpha")
    store = CompiledContent(locations.compiled_content_dir(), content_dirs([pack]))
    document = json.loads(store.path.read_text())
    document["content"]["roles"] = {role_id: "[1, 2]" for role_id in document["content"]["roles"]}
    store.path.write_text(json.dumps(document))
    assert search(capsys, "--content", str(pack), "search", "alpha") == first
