"""The config file: theme and keymap read with file:line problems; saving the theme keeps the user's lines."""

import tomllib

import pytest

from explorer.core.settings import KeymapEntry, SettingsError, load_settings, save_theme

CONFIG = """# my settings
theme = "nord"

[keymap]
"app.help" = "f1,f5"
"ladder.up" = 7
"app.search" = "ctrl+f , ctrl+s"
"bad keys" = "has space inside"
"""


def test_keymap_is_read_and_bad_entries_named_by_line(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(CONFIG)
    settings, problems = load_settings(path)
    assert settings.theme == "nord"
    assert settings.keymap == (
        KeymapEntry("app.help", "f1,f5", 5),
        KeymapEntry("app.search", "ctrl+f , ctrl+s", 7),
    )
    assert problems == [
        f'{path}:6: keymap \'ladder.up\': expected keys in quotes such as "ctrl+k" or "f5,ctrl+k"; ignored',
        f'{path}:8: keymap \'bad keys\': expected keys in quotes such as "ctrl+k" or "f5,ctrl+k"; ignored',
    ]


@pytest.mark.parametrize(
    "text, problem",
    [
        ("keymap = 3\n", ":1: [keymap] must be a table"),
        ("theme = 3\n", ":1: theme must be a name in quotes"),
        ("theme = [unclosed\n", ": settings ignored:"),
    ],
)
def test_wrong_shapes_are_one_line_each(tmp_path, text, problem):
    path = tmp_path / "config.toml"
    path.write_text(text)
    settings, problems = load_settings(path)
    assert len(problems) == 1 and problem in problems[0] and "Traceback" not in problems[0]
    assert settings.keymap == ()


def test_a_huge_keymap_is_capped(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("[keymap]\n" + "".join(f'"id{n}" = "f5"\n' for n in range(5000)))
    settings, problems = load_settings(path)
    assert len(settings.keymap) == 500 and "only the first 500" in problems[-1]


def test_saving_the_theme_keeps_comments_and_the_keymap(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text(CONFIG)
    save_theme(path, "gruvbox")
    text = path.read_text()
    assert text == CONFIG.replace('theme = "nord"', 'theme = "gruvbox"')
    save_theme(tmp_path / "new.toml", "nord")
    assert tomllib.loads((tmp_path / "new.toml").read_text()) == {"theme": "nord"}


def test_theme_is_added_above_the_first_table(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text('[keymap]\n"app.help" = "f5"\n')
    save_theme(path, "nord")
    assert tomllib.loads(path.read_text()) == {"theme": "nord", "keymap": {"app.help": "f5"}}


def test_a_file_that_does_not_parse_is_never_overwritten(tmp_path):
    path = tmp_path / "config.toml"
    path.write_text("theme = [half written\n")
    with pytest.raises(SettingsError, match="does not parse"):
        save_theme(path, "nord")
    assert path.read_text() == "theme = [half written\n"
