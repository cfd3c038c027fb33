"""Content and plan files are data: nothing in the package can turn them into code."""

import ast
from pathlib import Path

PACKAGE = Path(__file__).resolve().parents[2] / "explorer"
FORBIDDEN_BUILTINS = {"eval", "exec", "compile", "__import__", "breakpoint"}
FORBIDDEN_METHODS = {"import_module", "system", "popen", "spawnl", "execv", "execvp", "execvpe"}
FORBIDDEN_MODULES = {"pickle", "marshal", "shelve", "importlib", "subprocess", "runpy", "code", "ctypes"}


def test_no_code_execution_paths_in_the_package():
    found = []
    for path in sorted(PACKAGE.rglob("*.py")):
        tree = ast.parse(path.read_text(encoding="utf-8"), filename=str(path))
        for node in ast.walk(tree):
            if isinstance(node, ast.Call):
                if isinstance(node.func, ast.Name) and node.func.id in FORBIDDEN_BUILTINS:
                    found.append(f"{path.name}:{node.lineno} calls {node.func.id}")
                elif isinstance(node.func, ast.Attribute) and node.func.attr in FORBIDDEN_METHODS:
                    found.append(f"{path.name}:{node.lineno} calls {node.func.attr}")
            elif isinstance(node, (ast.Import, ast.ImportFrom)):
                names = [a.name for a in node.names] if isinstance(node, ast.Import) else [node.module or ""]
                for name in names:
                    if name.split(".")[0] in FORBIDDEN_MODULES:
                        found.append(f"{path.name}:{node.lineno} imports {name}")
    assert not found, found


def test_content_values_are_never_used_as_paths(data_dir):
    """A source or reference that looks like a path is just an unknown id."""
    from explorer.core.content.loader import load_catalog

    result = load_catalog([data_dir / "minimal"])
    role = result.catalog.role("alpha")
    assert role.origin == data_dir / "minimal" / "alpha.toml"
    # Every Path in the model comes from the folder walk, none from file contents.
    for role in result.catalog.roles.values():
        assert role.origin.parent == data_dir / "minimal"
