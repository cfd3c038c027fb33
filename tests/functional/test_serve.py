"""`role-explorer serve` without a browser: who may connect, the missing extra, the command each tab runs."""

from __future__ import annotations

import shlex
import socket
import subprocess
import sys

import pytest

from explorer.cli import main
from explorer.cli.commands import serve


@pytest.mark.parametrize("host", ["0.0.0.0", "::", "192.168.1.20", "example.com", "10.0.0.1"])
def test_a_non_loopback_host_is_refused_without_the_acknowledgement(capsys, host):
    assert main(["serve", "--host", host]) == 2
    out, err = capsys.readouterr()
    assert out == "" and len(err.splitlines()) == 1
    assert err.startswith(f"role-explorer: refusing to serve on {host}: there is no login")
    assert "--allow-remote" in err


@pytest.mark.parametrize("host", ["127.0.0.1", "127.8.9.10", "::1", "[::1]", "localhost", "LOCALHOST"])
def test_loopback_hosts(host):
    assert serve.is_loopback(host)


@pytest.mark.parametrize(
    "host", ["0.0.0.0", "::", "192.168.1.20", "localhost.example.com", "", "127.0.0.1.nip.io"]
)
def test_everything_else_is_not_loopback(host):
    assert not serve.is_loopback(host)


def test_without_the_web_extra_one_line_says_how_to_install_it(capsys, monkeypatch):
    monkeypatch.setitem(sys.modules, "textual_serve", None)
    monkeypatch.setitem(sys.modules, "textual_serve.server", None)
    monkeypatch.delitem(sys.modules, "explorer.cli.web_server", raising=False)
    assert main(["serve"]) == 1
    out, err = capsys.readouterr()
    assert out == ""
    assert (
        err
        == 'role-explorer: serve needs the web extra: pip install "role-explorer[web]" (from a checkout: .venv/bin/pip install -e ".[web]")\n'
    )


def test_with_the_acknowledgement_it_serves_on_the_named_host(monkeypatch, capsys):
    pytest.importorskip("textual_serve")
    from explorer.cli.web_server import AppServer

    started = []
    monkeypatch.setattr(
        AppServer, "serve", lambda self: started.append((self.host, self.port, self.public_url))
    )
    assert (
        main(
            [
                "serve",
                "--host",
                "0.0.0.0",
                "--port",
                "8123",
                "--allow-remote",
                "--public-url",
                "http://desk.example:8123",
            ]
        )
        == 0
    )
    assert started == [("0.0.0.0", 8123, "http://desk.example:8123")]
    assert main(["serve", "--host", "::1", "--port", "8124"]) == 0
    assert started[-1] == ("::1", 8124, "http://[::1]:8124")


def test_each_tab_runs_this_python_with_the_same_packs(tmp_path):
    odd = tmp_path / "team's pack $HOME"
    command = serve.app_command([odd])
    assert command.startswith("exec ")
    assert shlex.split(command.removeprefix("exec ")) == [
        sys.executable,
        "-m",
        "explorer",
        "--content",
        str(odd.resolve()),
    ]


@pytest.mark.parametrize("port", ["0", "65536", "http"])
def test_a_bad_port_is_a_usage_error(capsys, port):
    with pytest.raises(SystemExit) as stop:
        main(["serve", "--port", port])
    assert stop.value.code == 2
    assert "argument --port" in capsys.readouterr().err


def test_a_port_in_use_is_one_line_not_a_traceback():
    pytest.importorskip("textual_serve")
    with socket.socket() as taken:
        taken.bind(("127.0.0.1", 0))
        taken.listen()
        port = taken.getsockname()[1]
        done = subprocess.run(
            [sys.executable, "-m", "explorer", "serve", "--port", str(port)],
            capture_output=True,
            text=True,
            timeout=60,
            check=False,
        )
    assert done.returncode == 1
    assert done.stderr == f"role-explorer: cannot listen on 127.0.0.1:{port}: address already in use\n"


def test_a_wildcard_host_without_a_public_url_says_which_names_are_answered(monkeypatch, capsys):
    pytest.importorskip("textual_serve")
    from explorer.cli.web_server import AppServer

    monkeypatch.setattr(AppServer, "serve", lambda self: None)
    assert main(["serve", "--host", "0.0.0.0", "--allow-remote", "--port", "8125"]) == 0
    out, err = capsys.readouterr()
    assert len(err.splitlines()) == 1 and "only 127.0.0.1 and localhost are answered" in err
    assert "--public-url" in err and "/?token=" in out
