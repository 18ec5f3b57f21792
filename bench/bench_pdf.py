"""Time program.pdf (the Typst booklet): builds with and without it, in the same run.

Run from the project root:  python bench/bench_pdf.py [--runs N]

For the sample workshop and for 38C3 (1,007 events, tests/data/frab), prints medians of N
runs (default 5) of `program build --no-pdf` and `program build --pdf` as commands, their
ratio, and the booklet writer alone in process (data, typesetting and the glyph check).
The issue's goals: 38C3 with the PDF at most 2× the build without it; the sample's PDF
under a second.
"""

from __future__ import annotations

import argparse
import contextlib
import statistics
import subprocess
import sys
import tempfile
import time
import warnings
from collections.abc import Callable
from pathlib import Path

from program.errors import OutputWarning
from program.pipeline import load_program
from program.settings import FeedSpec, Settings, load_program_file
from program.writers.base import RenderOptions
from program.writers.booklet import BookletWriter

ROOT = Path(__file__).resolve().parent.parent
SAMPLE = ROOT / "seeds" / "mlsys2022.toml"
C3 = ROOT / "tests" / "data" / "frab" / "examples" / "xml" / "schedule-38c3-20251206.xml"


def median_seconds(action: Callable[[], object], runs: int) -> float:
    """Return the median wall time of `runs` calls of `action`."""
    timings = []
    for _ in range(runs):
        started = time.perf_counter()
        action()
        timings.append(time.perf_counter() - started)
    return statistics.median(timings)


def build(feed: Path, out: Path, *options: str) -> Callable[[], object]:
    """A `program build` of `feed` into `out`, as a command."""
    args = [sys.executable, "-m", "program", "build", str(feed), "--out", str(out), *options]
    return lambda: subprocess.run(args, check=True, capture_output=True, cwd=ROOT)


def main() -> None:
    """Print the medians, one line each."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    with tempfile.TemporaryDirectory() as folder, contextlib.chdir(ROOT), warnings.catch_warnings():
        warnings.simplefilter("ignore", OutputWarning)  # 38C3's emoji, when no emoji font is installed
        out = Path(folder)
        for name, feed, load in (
            ("sample", SAMPLE, lambda: load_program(load_program_file(SAMPLE.relative_to(ROOT)))),
            ("38C3", C3, lambda: load_program(Settings(feeds=(FeedSpec(C3),)))),
        ):
            without = median_seconds(build(feed, out / name, "--no-pdf"), runs)
            with_pdf = median_seconds(build(feed, out / name, "--pdf"), runs)
            program = load().program
            alone = median_seconds(lambda program=program: BookletWriter().write(program, RenderOptions()), runs)
            print(
                f"{name}: build --no-pdf {without:.2f} s, --pdf {with_pdf:.2f} s ({with_pdf / without:.2f}×), "
                f"the booklet writer alone {alone:.2f} s (medians of {runs})"
            )


if __name__ == "__main__":
    main()
