"""The architecture is a test: the import contracts in pyproject.toml must all be kept."""

import subprocess
import sys
from pathlib import Path

from importlinter.cli import lint_imports

REPO = Path(__file__).resolve().parents[2]


def test_import_contracts_are_kept(monkeypatch, capsys):
    monkeypatch.chdir(REPO)
    status = lint_imports(config_filename=str(REPO / "pyproject.toml"), no_cache=True, no_logo=True)
    report = capsys.readouterr().out
    assert status == 0, report
    assert "0 broken" in report


def test_core_and_cli_do_not_load_textual_at_run_time():
    code = (
        "import sys\n"
        "import explorer.core.content.loader, explorer.core.search.index, explorer.core.career.compare\n"
        "import explorer.core.career.ladder, explorer.core.career.gap, explorer.core.plans.session\n"
        "import explorer.core.content.library, explorer.core.content.resolve, explorer.cli\n"
        "print(sorted(m for m in sys.modules if m.split('.')[0] in {'textual', 'rich'}))"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.strip() == "[]"
