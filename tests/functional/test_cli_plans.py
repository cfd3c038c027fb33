"""`role-explorer plan …`: managing plans from the command line, and what reading never does."""

import json

from explorer import locations
from explorer.cli import main
from explorer.core.plans.store import PlanStore


def run(capsys, *argv):
    code = main(list(argv))
    out, err = capsys.readouterr()
    return code, out, err


def folder_listing():
    return sorted(str(p.relative_to(locations.plans_dir())) for p in locations.plans_dir().rglob("*"))


def test_new_rename_duplicate_delete_undelete(capsys):
    code, out, _ = run(
        capsys, "plan", "new", "PM → Head", "--from", "product manager", "--to", "head-of-product"
    )
    assert code == 0 and out.startswith("Created plan pm-head: PM → Head")
    plan = PlanStore(locations.plans_dir()).load("pm-head").plan
    assert (plan.current_role, plan.target_role) == ("product-manager", "head-of-product")
    code, out, _ = run(capsys, "plan", "rename", "pm-head", "Head of Product by 2027")
    assert code == 0 and "'PM → Head' → 'Head of Product by 2027'" in out
    code, out, _ = run(capsys, "plan", "duplicate", "Head of Product by 2027")
    assert code == 0 and "to head-of-product-by-2027-copy: Head of Product by 2027 (copy)" in out
    code, out, _ = run(capsys, "plan", "delete", "pm-head")
    assert code == 0 and "Bring it back with: role-explorer plan undelete pm-head" in out
    assert not (locations.plans_dir() / "pm-head.toml").exists()
    code, out, _ = run(capsys, "plan", "undelete")
    assert "Head of Product by 2027" in out and "pm-head.deleted-" in out
    code, out, _ = run(capsys, "plan", "undelete", "pm-head")
    assert code == 0 and out.startswith("Restored Head of Product by 2027 as pm-head")
    assert PlanStore(locations.plans_dir()).load("pm-head").plan.target_role == "head-of-product"


def test_new_with_an_unknown_role_is_one_line_and_makes_nothing(capsys):
    code, _, err = run(capsys, "plan", "new", "X", "--to", "astronaut")
    assert code == 2 and err.count("\n") == 1 and "unknown role 'astronaut'" in err
    assert not locations.plans_dir().exists() or folder_listing() == []


def test_corrupt_plan_is_listed_and_list_renames_nothing(capsys):
    run(capsys, "plan", "new", "Good")
    broken = locations.plans_dir() / "broken.toml"
    broken.write_text('title = "half\nnotes = "x"\n')
    before = folder_listing()
    code, out, _ = run(capsys, "plan", "list")
    assert code == 0 and f"broken  UNREADABLE: {broken}:1:14: TOML syntax error" in out
    code, out, _ = run(capsys, "plan", "list", "--json")
    row = next(r for r in json.loads(out) if r["name"] == "broken")
    assert row["unreadable"] and (row["line"], row["column"]) == (1, 14)
    code, _, err = run(capsys, "plan", "show", "broken")
    assert code == 2 and f"{broken}:1:14" in err
    run(capsys, "plan", "history", "broken")
    assert folder_listing() == before and broken.read_text() == 'title = "half\nnotes = "x"\n'


def test_history_and_restore_bring_back_deleted_words(capsys):
    run(capsys, "plan", "new", "Diary")
    store = PlanStore(locations.plans_dir())
    stored = store.load("diary")
    stored = store.save("diary", stored.plan.touched(notes="months of words"), stored.fingerprint)
    store.save("diary", stored.plan.touched(notes=""), stored.fingerprint)  # select all, delete, autosave
    code, out, _ = run(capsys, "plan", "history", "diary")
    assert code == 0 and "  1  " in out and "3 words of notes" in out and "  2  " in out
    code, out, _ = run(capsys, "plan", "restore", "diary", "1")
    assert code == 0 and "The version it replaced is now number 1" in out
    assert store.load("diary").plan.notes == "months of words"
    code, out, _ = run(capsys, "plan", "history", "diary", "--json")
    assert len(json.loads(out)) == 3
    code, _, err = run(capsys, "plan", "restore", "diary", "99")
    assert code == 2 and "no earlier version '99'" in err


def test_restore_replaces_a_corrupt_file_after_setting_it_aside(capsys):
    run(capsys, "plan", "new", "Fragile")
    store = PlanStore(locations.plans_dir())
    stored = store.load("fragile")
    store.save("fragile", stored.plan.touched(notes="good"), stored.fingerprint)
    (locations.plans_dir() / "fragile.toml").write_text("title = = oops\n")
    code, out, _ = run(capsys, "plan", "restore", "fragile", "1")
    assert code == 0
    assert store.load("fragile").plan.title == "Fragile"
    [aside] = store.set_aside_files()
    assert aside.read_text() == "title = = oops\n"
    _, out, _ = run(capsys, "plan", "list")
    assert f"set aside: {aside}" in out
