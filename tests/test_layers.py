"""The package's layers, read from its modules' imports: cli → pipeline → readers/writers/checks → model.

The model imports nothing of the package above it; readers never import writers, the people index, checks
or the CLI, and writers never import readers or the CLI. Imports at a module's top level only: a function's
own import and one under TYPE_CHECKING are the way a module names what it must not load at import time.
Also: no two modules import each other, however far round.
"""

from __future__ import annotations

import ast
from pathlib import Path

from helpers import ROOT

SOURCE = ROOT / "src"
FORBIDDEN = {
    "program.model": ("program.",),  # anything of the package but the model itself
    "program.readers": ("program.writers", "program.people", "program.checks", "program.cli", "program.planner"),
    "program.writers": ("program.readers", "program.cli"),
}
"""Per layer, the module prefixes it may not import."""


def _module_name(path: Path) -> str:
    parts = path.relative_to(SOURCE).with_suffix("").parts
    return ".".join(parts[:-1] if parts[-1] == "__init__" else parts)


def _top_level_imports(path: Path, modules: set[str]) -> set[str]:
    imported = set()
    for node in ast.parse(path.read_text(encoding="utf-8")).body:
        if isinstance(node, ast.ImportFrom) and node.module and node.module.startswith("program"):
            named = {f"{node.module}.{alias.name}" for alias in node.names}
            imported |= (named & modules) or {node.module}
        elif isinstance(node, ast.Import):
            imported |= {alias.name for alias in node.names if alias.name.startswith("program")}
    return imported & modules


def _graph() -> dict[str, set[str]]:
    paths = {_module_name(path): path for path in (SOURCE / "program").rglob("*.py")}
    modules = set(paths)
    return {name: _top_level_imports(path, modules) - {name} for name, path in paths.items()}


def test_no_layer_imports_a_layer_above_it() -> None:
    crossings = [
        (module, imported)
        for module, imports in _graph().items()
        for layer, forbidden in FORBIDDEN.items()
        if module.startswith(layer)
        for imported in imports
        if imported.startswith(forbidden) and not imported.startswith(layer)
    ]
    assert crossings == []


def test_no_modules_import_each_other() -> None:
    graph = _graph()
    circles = []
    for start in graph:
        seen, frontier = set(), list(graph[start])
        while frontier:
            module = frontier.pop()
            if module == start:
                circles.append(start)
                break
            if module not in seen:
                seen.add(module)
                frontier.extend(graph[module])
    assert circles == []
