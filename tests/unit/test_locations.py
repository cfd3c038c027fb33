"""The user's folders are platformdirs' answers, under every kind of environment."""

import platformdirs
import pytest

from explorer import locations

CASES = {
    "XDG variables set": {
        "XDG_DATA_HOME": "/x/data",
        "XDG_CONFIG_HOME": "/x/config",
        "XDG_CACHE_HOME": "/x/cache",
        "HOME": "/home/u",
    },
    "no XDG variables": {"HOME": "/home/u"},
    "empty XDG variables": {
        "XDG_DATA_HOME": "",
        "XDG_CONFIG_HOME": "",
        "XDG_CACHE_HOME": "",
        "HOME": "/home/u",
    },
    "relative XDG variables": {
        "XDG_DATA_HOME": "data",
        "XDG_CONFIG_HOME": "./c",
        "XDG_CACHE_HOME": "~/k",
        "HOME": "/home/u",
    },
    "trailing slashes": {"XDG_CACHE_HOME": "/x/cache/", "HOME": "/home/u/"},
    "relative HOME": {"HOME": "home"},
    "empty HOME": {"HOME": ""},
    "no HOME": {},
    "odd characters": {"XDG_CACHE_HOME": "/tmp/a b/ü\udcff", "HOME": "/home/u"},
}


@pytest.mark.parametrize("case", list(CASES))
def test_each_folder_is_the_one_platformdirs_names(monkeypatch, case):
    for name in ("XDG_DATA_HOME", "XDG_CONFIG_HOME", "XDG_CACHE_HOME", "HOME"):
        monkeypatch.delenv(name, raising=False)
    for name, value in CASES[case].items():
        monkeypatch.setenv(name, value)
    expected = {
        "data": platformdirs.user_data_dir(locations.APP_NAME, appauthor=False),
        "config": platformdirs.user_config_dir(locations.APP_NAME, appauthor=False),
        "cache": platformdirs.user_cache_dir(locations.APP_NAME, appauthor=False),
    }
    found = {"data": locations.data_dir(), "config": locations.config_dir(), "cache": locations.cache_dir()}
    assert {kind: str(path) for kind, path in found.items()} == expected
