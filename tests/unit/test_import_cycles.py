"""No module of the app imports itself back through others: the TUI has no import cycle."""

import grimp


def cycles_in(package: str) -> list[list[str]]:
    """Each set of modules of `package` that import one another in a ring (strongly connected)."""
    graph = grimp.build_graph("explorer")
    modules = sorted(m for m in graph.modules if m == package or m.startswith(f"{package}."))
    within = set(modules)
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    found: list[list[str]] = []

    def visit(module: str) -> None:  # Tarjan's algorithm
        index[module] = low[module] = len(index)
        stack.append(module)
        for imported in graph.find_modules_directly_imported_by(module) & within:
            if imported not in index:
                visit(imported)
                low[module] = min(low[module], low[imported])
            elif imported in stack:
                low[module] = min(low[module], index[imported])
        if low[module] == index[module]:
            ring = []
            while True:
                member = stack.pop()
                ring.append(member)
                if member == module:
                    break
            if len(ring) > 1:
                found.append(sorted(ring))

    for module in modules:
        if module not in index:
            visit(module)
    return found


def test_the_tui_has_no_import_cycle():
    assert cycles_in("explorer.tui") == []
