"""What a newcomer reads from the CLI: every format has --json, duties are named by their
words, and two unknowns are never shown as equal."""

import json

from explorer.cli import main
from explorer.cli.render import WIDTH
from explorer.core.content.library import load_library


def run(capsys, *argv: str) -> tuple[int, str]:
    code = main(list(argv))
    return code, capsys.readouterr().out


def test_plan_show_and_export_take_json(capsys):
    assert run(capsys, "plan", "new", "Mine", "--from", "pm", "--to", "senior pm")[0] == 0
    code, shown = run(capsys, "plan", "show", "mine", "--json")
    assert code == 0 and json.loads(shown)["target_role"] == "senior-product-manager"
    code, exported = run(capsys, "plan", "export", "mine", "--json")
    assert code == 0 and json.loads(exported) == json.loads(shown)


def test_readiness_names_each_duty_by_its_words(capsys):
    duty = load_library(include_user=False).catalog.role("senior-product-manager").responsibilities[0]
    run(capsys, "plan", "new", "Mine", "--from", "pm", "--to", "senior pm")
    run(capsys, "plan", "assess", "mine", f"senior-product-manager#{duty.id}", "doing-it")
    code, out = run(capsys, "plan", "readiness", "mine")
    assert code == 0
    assert duty.id not in out
    assert f"doing it     {' '.join(duty.text.split()[:4])}" in out
    assert max(len(line) for line in out.splitlines()) <= WIDTH


def test_compare_says_a_fact_neither_role_has_is_not_given(capsys):
    code, out = run(capsys, "compare", "product line manager", "product marketing manager")
    assert code == 0
    assert "Pay\n  not given for either" in out
    assert "no published figure = no published figure" not in out
    assert max(len(line) for line in out.splitlines()) <= WIDTH
