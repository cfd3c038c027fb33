"""`role-explorer keys`, `config path`, and no app without a terminal."""

import json
import subprocess
import sys

from explorer.cli import main


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def test_keys_lists_every_binding_id(capsys):
    code, out, _ = run(capsys, "keys")
    assert code == 0
    for binding_id in (
        "app.help",
        "app.back",
        "app.notes",
        "ladder.up",
        "plan.tick",
        "search.mark",
        "dialog.help",
    ):
        assert f"\n{binding_id} " in out
    assert "[keymap]" in out
    code, out, _ = run(capsys, "keys", "--json")
    ids = [entry["id"] for entry in json.loads(out)]
    assert ids == sorted(set(ids)) and all(entry["help"] for entry in json.loads(out))


def test_config_path_names_the_user_folders(capsys, isolated_user_dirs):
    code, out, _ = run(capsys, "config", "path", "--json")
    places = json.loads(out)
    assert code == 0
    assert places["config"] == str(isolated_user_dirs / "config" / "role-explorer" / "config.toml")
    assert places["plans"] == str(isolated_user_dirs / "data" / "role-explorer" / "plans")
    assert places["content"] == str(isolated_user_dirs / "data" / "role-explorer" / "content")
    code, out, _ = run(capsys, "config", "path")
    assert f"plans         {places['plans']}" in out


def test_without_a_terminal_the_app_is_not_started():
    done = subprocess.run(
        [sys.executable, "-m", "explorer"], capture_output=True, text=True, timeout=30, check=False
    )
    assert done.returncode == 2
    assert done.stdout == ""
    assert done.stderr.count("\n") == 1 and "needs a terminal" in done.stderr


def test_with_stderr_sent_to_a_file_the_app_is_not_started(tmp_path):
    """Textual paints through stderr: `role-explorer 2>err.log` would run the app unseen."""
    import os
    import pty

    leader, follower = pty.openpty()
    log = tmp_path / "err.log"
    try:
        with log.open("w") as err:
            done = subprocess.run(
                [sys.executable, "-m", "explorer"],
                stdin=follower,
                stdout=follower,
                stderr=err,
                timeout=30,
                check=False,
            )
        shown = os.read(leader, 4096).decode()
    finally:
        os.close(leader)
        os.close(follower)
    assert done.returncode == 2
    assert shown.count("\n") == 1 and "needs a terminal" in shown
    assert log.read_text() == ""


def test_the_key_catalog_names_every_module_that_can_hold_bindings():
    import pkgutil

    import explorer.tui.dialogs
    import explorer.tui.screens
    import explorer.tui.widgets
    from explorer.tui.binding_modules import binding_modules

    named = {module.__name__ for module in binding_modules()}
    for package in (explorer.tui.screens, explorer.tui.dialogs, explorer.tui.widgets):
        for module in pkgutil.iter_modules(package.__path__):
            assert f"{package.__name__}.{module.name}" in named, module.name


def test_a_served_tab_may_run_the_app_without_a_terminal(monkeypatch):
    """textual-serve runs each tab's app with stdout on a pipe and names its driver in TEXTUAL_DRIVER."""
    started = []
    monkeypatch.setenv("TEXTUAL_DRIVER", "textual.drivers.web_driver:WebDriver")
    monkeypatch.setattr("explorer.tui.launch.launch", lambda content: started.append(content) or 0)
    assert main([]) == 0 and started == [[]]
