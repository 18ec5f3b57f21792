"""Time `program build` on the sample workshop, against floors measured in the same run.

Run from the project root:  python bench/bench_sample.py [--runs N]

Prints medians of N runs (default 9) for the whole command, for Python's own start-up
and for importing icalendar (the floors any build pays), and for each in-process stage.
"""

from __future__ import annotations

import argparse
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

import attrs

from program.loading import load_program
from program.rendering import render_outputs
from program.settings import load_program_file
from program.writers import WRITERS

ROOT = Path(__file__).resolve().parent.parent
PROGRAM_FILE = ROOT / "seeds" / "mlsys2022.toml"


def median_seconds(action: Callable[[], object], runs: int) -> float:
    """Return the median wall time of `runs` calls of `action`."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def command(*args: str) -> Callable[[], object]:
    """Return an action that runs a command and fails loudly if it fails."""
    return lambda: subprocess.run([sys.executable, *args], check=True, capture_output=True, cwd=ROOT)


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=9)
    runs = parser.parse_args().runs

    settings = load_program_file(PROGRAM_FILE)
    program = load_program(settings).program
    with tempfile.TemporaryDirectory() as out:
        rows = [
            ("floor: python -c pass", median_seconds(command("-c", "pass"), runs)),
            ("floor: python -c 'import icalendar'", median_seconds(command("-c", "import icalendar"), runs)),
            ("program --help", median_seconds(command("-m", "program", "--help"), runs)),
            (
                "program build seeds/mlsys2022.toml --no-pdf",
                median_seconds(command("-m", "program", "build", "--no-pdf", str(PROGRAM_FILE), "--out", out), runs),
            ),
            (
                "program build seeds/mlsys2022.toml --pdf",
                median_seconds(command("-m", "program", "build", "--pdf", str(PROGRAM_FILE), "--out", out), runs),
            ),
            ("in-process: read + assemble + check", median_seconds(lambda: load_program(settings), runs)),
            *(
                # A fresh copy each time: the writers of one build share derived data per program object.
                (
                    f"in-process: write {name}",
                    median_seconds(lambda w=writer: render_outputs(attrs.evolve(program), [w]), runs),
                )
                for name, writer in WRITERS.items()
            ),
        ]
    start_up = rows[0][1]
    print(f"median of {runs} runs on {sys.platform}, Python {sys.version.split()[0]}")
    print(f"{'what':45} {'seconds':>8} {'x start-up':>11}")
    for name, seconds in rows:
        print(f"{name:45} {seconds:8.3f} {seconds / start_up:11.1f}")


if __name__ == "__main__":
    main()
