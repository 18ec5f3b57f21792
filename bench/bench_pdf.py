"""Time program.pdf (the Typst booklet): builds with and without it, in the same run.

Run from the project root:  python bench/bench_pdf.py [--runs N]

For the sample workshop and for 38C3 (1,007 events, tests/data/frab), prints medians of N
runs (default 5) of `program build --no-pdf` and `program build --pdf` as commands (wall
and CPU time: on a shared machine CPU time says more), their ratio, and the booklet writer
alone (data, typesetting and the glyph check), once per fresh process.
The issue's goals: 38C3 with the PDF at most 2× the build without it; the sample's PDF
under a second.
"""

from __future__ import annotations

import argparse
import contextlib
import resource
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from pathlib import Path

from program.errors import OutputWarning
from program.loading import load_program
from program.model import Program
from program.settings import FeedSpec, Settings, load_program_file
from program.writers.base import RenderOptions
from program.writers.booklet import BookletWriter

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "mlsys2022.toml"
C3 = ROOT / "tests" / "data" / "frab" / "examples" / "xml" / "schedule-38c3-20251206.xml"


def timed(args: list[str]) -> tuple[float, float]:
    """Run a command; return its wall time and its CPU time (user + system, all its threads)."""
    before = resource.getrusage(resource.RUSAGE_CHILDREN)
    started = time.perf_counter()
    subprocess.run(args, check=True, capture_output=True, cwd=ROOT)
    wall = time.perf_counter() - started
    after = resource.getrusage(resource.RUSAGE_CHILDREN)
    return wall, (after.ru_utime - before.ru_utime) + (after.ru_stime - before.ru_stime)


def medians(args: list[str], runs: int) -> tuple[float, float]:
    """Median wall and CPU seconds of `runs` runs of a command."""
    results = [timed(args) for _ in range(runs)]
    return statistics.median(wall for wall, _ in results), statistics.median(cpu for _, cpu in results)


def _load(name: str) -> Program:
    if name == "sample":
        return load_program(load_program_file(SAMPLE.relative_to(ROOT))).program
    return load_program(Settings(feeds=(FeedSpec(C3),))).program


def writer_once(name: str) -> None:
    """Print the seconds one booklet write takes in a fresh process (Typst memoizes across writes)."""
    program = _load(name)
    started = time.perf_counter()
    BookletWriter().write(program, RenderOptions())
    print(time.perf_counter() - started)


def main() -> None:
    """Print the medians, one line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    parser.add_argument("--writer-once", choices=["sample", "38C3"], help=argparse.SUPPRESS)
    arguments = parser.parse_args()
    runs = arguments.runs
    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(ROOT), warnings.catch_warnings():
        warnings.simplefilter("ignore", OutputWarning)  # 38C3's emoji, when no emoji font is installed
        if arguments.writer_once:
            writer_once(arguments.writer_once)
            return
        out = Path(folder)
        for name, feed in (("sample", SAMPLE), ("38C3", C3)):
            build = [sys.executable, "-m", "program", "build", str(feed), "--out", str(out / name)]
            without, without_cpu = medians([*build, "--no-pdf"], runs)
            with_pdf, with_cpu = medians([*build, "--pdf"], runs)
            once = [sys.executable, __file__, "--writer-once", name]
            alone = statistics.median(
                float(subprocess.run(once, check=True, capture_output=True, text=True, cwd=ROOT).stdout)
                for _ in range(runs)
            )
            print(
                f"{name}: build --no-pdf {without:.2f} s, --pdf {with_pdf:.2f} s ({with_pdf / without:.2f}×); "
                f"CPU {without_cpu:.2f} s, {with_cpu:.2f} s ({with_cpu / without_cpu:.2f}×); "
                f"the booklet writer alone {alone:.2f} s (medians of {runs})"
            )


if __name__ == "__main__":
    main()
