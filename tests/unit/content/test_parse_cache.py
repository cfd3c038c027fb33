import json
import shutil

from explorer.core.content.loader import load_catalog


def copy_pack(data_dir, tmp_path):
    pack = tmp_path / "pack"
    shutil.copytree(data_dir / "minimal", pack)
    return pack


def test_unchanged_files_come_from_the_cache(data_dir, tmp_path, monkeypatch):
    pack, cache = copy_pack(data_dir, tmp_path), tmp_path / "cache.json"
    first = load_catalog([pack], cache_file=cache)
    assert first.ok and cache.exists()

    def no_parsing(*args, **kwargs):
        raise AssertionError("an unchanged file was parsed again")

    monkeypatch.setattr("explorer.core.content.loader.read_toml", no_parsing)
    again = load_catalog([pack], cache_file=cache)
    assert again.catalog.roles == first.catalog.roles


def test_a_changed_file_is_parsed_again(data_dir, tmp_path):
    pack, cache = copy_pack(data_dir, tmp_path), tmp_path / "cache.json"
    load_catalog([pack], cache_file=cache)
    alpha = pack / "alpha.toml"
    alpha.write_text(alpha.read_text().replace('title = "Alpha Analyst"', 'title = "Alpha Analyst, revised"'))
    assert load_catalog([pack], cache_file=cache).catalog.role("alpha").title == "Alpha Analyst, revised"


def test_invalid_files_are_not_cached_and_keep_being_reported(data_dir, tmp_path):
    cache = tmp_path / "cache.json"
    first = load_catalog([data_dir / "broken"], cache_file=cache)
    second = load_catalog([data_dir / "broken"], cache_file=cache)
    assert [str(p) for p in first.problems] == [str(p) for p in second.problems]
    cached = json.loads(cache.read_text())["files"]
    assert not any("typo_key" in path or "syntax_error" in path for path in cached)


def test_a_corrupt_or_foreign_cache_is_ignored(data_dir, tmp_path):
    pack, cache = copy_pack(data_dir, tmp_path), tmp_path / "cache.json"
    for junk in ("{not json", '{"format": "other", "files": {}}', '{"format": "x", "files": []}', "[]"):
        cache.write_text(junk)
        assert load_catalog([pack], cache_file=cache).ok


def test_a_tampered_entry_cannot_smuggle_in_invalid_data(data_dir, tmp_path):
    pack, cache = copy_pack(data_dir, tmp_path), tmp_path / "cache.json"
    load_catalog([pack], cache_file=cache)
    document = json.loads(cache.read_text())
    for entry in document["files"].values():
        entry[0] = [0, 0]  # size/mtime no longer match: the entry must be ignored
    cache.write_text(json.dumps(document))
    assert load_catalog([pack], cache_file=cache).ok


def test_with_a_cache_folder_each_content_folder_has_its_own_file(data_dir, tmp_path, monkeypatch):
    from explorer.core.content.parse_cache import ParseCache, folder_digest

    pack, caches = copy_pack(data_dir, tmp_path), tmp_path / "parsed"
    other = tmp_path / "other"
    shutil.copytree(data_dir / "override", other)
    first = load_catalog([pack, other], cache_dir=caches)
    assert sorted(p.name for p in caches.iterdir()) == sorted(
        f"{folder_digest(f)}.json" for f in (pack, other)
    )
    opened = []
    real_init = ParseCache.__init__

    def recording(self, path):
        opened.append(path)
        real_init(self, path)

    monkeypatch.setattr(ParseCache, "__init__", recording)
    assert load_catalog([pack], cache_dir=caches).catalog.roles.keys() <= first.catalog.roles.keys()
    assert opened == [caches / f"{folder_digest(pack)}.json"]


def test_data_with_no_json_form_is_left_out_and_the_rest_kept(tmp_path):
    import datetime

    from explorer.core.content.parse_cache import ParseCache

    cache_file, plain, dated = tmp_path / "cache.json", tmp_path / "plain.toml", tmp_path / "dated.toml"
    plain.write_text("x = 1\n")
    dated.write_text("x = 2024-01-01\n")
    cache = ParseCache(cache_file)
    cache.put(plain, plain.stat(), {"x": 1})
    cache.put(dated, dated.stat(), {"x": datetime.date(2024, 1, 1)})
    cache.save()
    again = ParseCache(cache_file)
    assert again.get(plain, plain.stat()) == {"x": 1}
    assert again.get(dated, dated.stat()) is None
