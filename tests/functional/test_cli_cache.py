"""`search` answers from the compiled cache while the content is unchanged; `validate` always reads."""

import shutil

import pytest

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


DAMAGE = {
    "titles": lambda d: d["search-view"].update(titles={k: [1] for k in d["search-view"]["titles"]}),
    "no titles": lambda d: d["search-view"].update(titles={}),
    "problems": lambda d: d["search-view"].update(problems="2"),
    "view": lambda d: d.update({"search-view": [1]}),
    "no view": lambda d: d.pop("search-view"),
    "index": lambda d: d["search-index"].update(lines={"kind": "!!!"}),
    "format": lambda d: d["search-index"].update(format="search-index/0"),
    "words": lambda d: d["search-index"]["sequences"].update(strings=[]),  # shows only when used
}


@pytest.mark.parametrize("damage", list(DAMAGE))
def test_a_stored_build_damaged_inside_is_rebuilt_from_the_files(capsys, data_dir, tmp_path, damage):
    import json

    from explorer import locations
    from explorer.core.content.compiled import CompiledContent
    from explorer.core.content.library import content_dirs

    pack = tmp_path / "pack"
    shutil.copytree(data_dir / "minimal", pack)
    first = search(capsys, "--content", str(pack), "search", "alpha")
    store = CompiledContent(locations.compiled_content_dir(), content_dirs([pack]))
    header, stored = map(json.loads, store.path.read_text().split("\n"))
    DAMAGE[damage](stored)
    store.path.write_text("\n".join(map(json.dumps, (header, stored))))
    assert search(capsys, "--content", str(pack), "search", "alpha") == first
    assert search(capsys, "--content", str(pack), "search", "alpha") == first  # and stored again, whole


def test_a_warm_search_imports_no_loader_nor_model(data_dir, tmp_path):
    import os
    import subprocess
    import sys

    pack = tmp_path / "pack"
    shutil.copytree(data_dir / "broken", pack)
    script = (
        "import sys; from explorer.cli import main; code = main(['--content', sys.argv[1], 'search', 'alpha']);"
        "print(code, sorted(m for m in sys.modules if m.startswith('explorer.core.content.')), file=sys.stderr)"
    )
    runs = [
        subprocess.run(
            [sys.executable, "-c", script, str(pack)],
            capture_output=True,
            text=True,
            timeout=60,
            env=os.environ,
            check=False,
        )
        for _ in range(2)
    ]
    cold, warm = (run.stderr.strip().splitlines() for run in runs)
    assert (
        cold[0] == warm[0] and "content problems skipped" in warm[0]
    )  # the same warning, from the stored count
    assert "explorer.core.content.model" in cold[-1] and "explorer.core.content.loader" in cold[-1]
    assert warm[-1].endswith("['explorer.core.content.compiled', 'explorer.core.content.library']")
