"""bench/fuzz_closure.py: which readers a change leaves with valid fuzz runs, by their import closure."""

from __future__ import annotations

import importlib
import sys
from pathlib import Path

BENCH = Path(__file__).resolve().parent.parent / "bench"


def test_a_change_to_a_shared_module_reaches_its_readers_only() -> None:
    if str(BENCH) not in sys.path:
        sys.path.insert(0, str(BENCH))
    closure = importlib.import_module("fuzz_closure")

    files = closure.module_files()
    ics = closure.closure("program.readers.ics", files)
    assert {"program.readers.ics", "program.readers.ics_parse", "program.readers.lines.markup"} <= ics
    changed = dict(closure.report(["program.readers.kind_labels"]))
    assert changed["ics"] == ["program.readers.kind_labels"] and changed["csv"] == ["program.readers.kind_labels"]
    assert changed["cmt"] == [] and changed["abstracts"] == []  # they name no kind from a label
