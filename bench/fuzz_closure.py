"""Which readers' fuzz runs a change leaves valid: each reader's import closure against the files changed.

    python bench/fuzz_closure.py 21a7aea          # every reader: "same" or the changed modules it imports
    python bench/fuzz_closure.py c36446a HEAD     # between two commits

A fuzz run (bench/fuzz_readers.py) holds for the code it ran on. A reader none of whose modules
changed since that run's commit (its own module and every `program.*` module it imports, at
any depth) still has it; any other needs its cases again. Issue 32's closing fuzz was planned so:
the kind table (`readers/kind_labels.py`), `readers/lines/markup.py` and `readers/notation/`
are in most readers' closure, and a change to them means a fuzz of nearly every reader.
"""

from __future__ import annotations

import argparse
import ast
import subprocess
import sys
from collections.abc import Iterable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
SOURCE = ROOT / "src"


def module_files() -> dict[str, Path]:
    """Every module of the package by its dotted name (a package by its own name, not `__init__`)."""
    files = {}
    for path in (SOURCE / "program").rglob("*.py"):
        name = ".".join(path.relative_to(SOURCE).with_suffix("").parts).removesuffix(".__init__")
        files[name] = path
    return files


def imports(name: str, files: dict[str, Path]) -> set[str]:
    """The package's modules that module `name` imports, directly."""
    path = files[name]
    package = name if path.name == "__init__.py" else name.rpartition(".")[0]
    found: set[str] = set()
    for node in ast.walk(ast.parse(path.read_text(encoding="utf-8"))):
        if isinstance(node, ast.ImportFrom):
            base = node.module or ""
            if node.level:
                parts = package.split(".")[: len(package.split(".")) - (node.level - 1)]
                base = ".".join([*parts, base] if base else parts)
            for alias in node.names:
                found.update(next(([c] for c in (f"{base}.{alias.name}", base) if c in files), []))
        elif isinstance(node, ast.Import):
            found.update(alias.name for alias in node.names if alias.name in files)
    return found


def closure(name: str, files: dict[str, Path]) -> set[str]:
    """Module `name` and every package module it imports, at any depth."""
    seen: set[str] = set()
    waiting = [name]
    while waiting:
        module = waiting.pop()
        if module not in seen:
            seen.add(module)
            waiting.extend(imports(module, files))
    return seen


def changed_modules(base: str, head: str = "HEAD") -> set[str]:
    """The package's modules whose file differs between two commits."""
    listed = subprocess.run(
        ["git", "diff", "--name-only", base, head, "--", "src/program"],
        cwd=ROOT,
        check=True,
        capture_output=True,
        text=True,
    ).stdout.split()
    return {".".join(Path(path).relative_to("src").with_suffix("").parts).removesuffix(".__init__") for path in listed}


def reader_modules() -> dict[str, str]:
    """Each reader's name and the module that defines it."""
    sys.path.insert(0, str(SOURCE))
    from program.readers import READERS  # noqa: PLC0415 - the package is found from the checkout, not installed

    return {name: type(reader).__module__ for name, reader in READERS.items()}


def report(changed: Iterable[str]) -> list[tuple[str, list[str]]]:
    """Each reader with the changed modules in its closure (empty: its fuzz runs still hold)."""
    files, changed = module_files(), set(changed)
    return [(name, sorted(closure(module, files) & changed)) for name, module in reader_modules().items()]


def main() -> None:
    """Print a line a reader."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("base", help="the commit the fuzz ran on")
    parser.add_argument("head", nargs="?", default="HEAD")
    arguments = parser.parse_args()
    for name, modules in report(changed_modules(arguments.base, arguments.head)):
        print(f"{name:16} {'same' if not modules else 'changed: ' + ', '.join(modules)}")


if __name__ == "__main__":
    main()
