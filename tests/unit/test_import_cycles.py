"""No module in `explorer` takes part in an import cycle, however long.

grimp (the graph import-linter is built on) lists every import, including those inside
functions; a cycle among modules is then a strongly connected component of two or more.
Imports under `if TYPE_CHECKING:` count too: a type named from above is a cycle a reader
has to untangle all the same.
"""

from __future__ import annotations

import grimp
import pytest


@pytest.fixture(scope="module")
def graph() -> grimp.ImportGraph:
    return grimp.build_graph("explorer", cache_dir=None)


def cycles(graph: grimp.ImportGraph, scope: set[str]) -> list[list[str]]:
    """The import cycles among `scope`: each a sorted list of the modules in one loop."""
    edges = {m: sorted(graph.find_modules_directly_imported_by(m) & scope) for m in scope}
    # Tarjan's strongly connected components, written without recursion.
    index: dict[str, int] = {}
    low: dict[str, int] = {}
    stack: list[str] = []
    on_stack: set[str] = set()
    found: list[list[str]] = []
    for root in sorted(scope):
        if root in index:
            continue
        work = [(root, 0)]
        while work:
            node, child = work.pop()
            if child == 0:
                index[node] = low[node] = len(index)
                stack.append(node)
                on_stack.add(node)
            if child < len(edges[node]):
                work.append((node, child + 1))
                target = edges[node][child]
                if target not in index:
                    work.append((target, 0))
                elif target in on_stack:
                    low[node] = min(low[node], index[target])
                continue
            if work:
                parent = work[-1][0]
                low[parent] = min(low[parent], low[node])
            if low[node] == index[node]:
                component = []
                while True:
                    member = stack.pop()
                    on_stack.discard(member)
                    component.append(member)
                    if member == node:
                        break
                if len(component) > 1:
                    found.append(sorted(component))
    return found


def modules_under(graph: grimp.ImportGraph, package: str) -> set[str]:
    return {m for m in graph.modules if m == package or m.startswith(f"{package}.")}


@pytest.mark.parametrize("package", ["explorer", "explorer.core", "explorer.cli", "explorer.tui"])
def test_no_import_cycles(graph, package):
    scope = modules_under(graph, package)
    assert len(scope) > 10
    assert cycles(graph, scope) == []


def test_a_cycle_is_found():
    fake = grimp.ImportGraph()
    for name in ("p", "p.a", "p.b", "p.c", "p.d"):
        fake.add_module(name)
    for importer, imported in (("p.a", "p.b"), ("p.b", "p.c"), ("p.c", "p.a"), ("p.c", "p.d")):
        fake.add_import(importer=importer, imported=imported)
    assert cycles(fake, {"p.a", "p.b", "p.c", "p.d"}) == [["p.a", "p.b", "p.c"]]
