"""Rebuilds against `program check`: nothing changed, and one item edited.

    python bench/bench_rebuild.py [--shape congress] [--size 10000] [--runs 3]

Generates a feed (bench/generate_feed.py), builds it once into a fresh out/, then times,
each in a fresh process and each run in turn: `program check`; `program build --no-pdf`
again with nothing changed (it should write nothing); and `program build --no-pdf` after
one talk's title was edited (alternately two spellings, so every run has an edit to
render). Prints the medians of wall time and of CPU seconds (the build's and its
workers'), their ratios to `program check`, and the load average before and after: on a
busy machine the CPU seconds are the steadier figure.

SOURCE_DATE_EPOCH is set, as for a reproducible build: without it (or `updated` in a
program file) a calendar event's DTSTAMP is the feed's modification time, so any edit
changes every event, and every calendar is rendered again, as a full build writes it.
"""

from __future__ import annotations

import argparse
import os
import statistics
import subprocess
import sys
import tempfile
import time
from collections.abc import Callable
from pathlib import Path

ROOT = Path(__file__).resolve().parent.parent
_CPU = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, capture_output=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(usage.ru_utime + usage.ru_stime)
"""
_WHERE = ["--date", "2022-12-03", "--timezone", "America/Chicago"]


def timed(command: list[str]) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the command's and its children's) of one run."""
    environment = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    started = time.perf_counter()
    command = [sys.executable, "-c", _CPU, *command]
    result = subprocess.run(command, check=True, capture_output=True, text=True, env=environment)
    return time.perf_counter() - started, float(result.stdout)


def _edit(feed: Path, before: str, after: str) -> Callable[[], None]:
    """An edit of one talk's title, undone by the next call: each call is a change."""
    state = [False]

    def edit() -> None:
        old, new = (after, before) if state[0] else (before, after)
        text = feed.read_text()
        feed.write_text(text.replace(old, new, 1))
        state[0] = not state[0]

    return edit


def main() -> None:
    """Generate, build once, then time check, the no-change rebuild and the one-edit rebuild."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shape", default="congress")
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    arguments = parser.parse_args()
    program = [sys.executable, "-m", "program"]
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="program-rebuild-") as work:
        feed, out = Path(work) / "feed.txt", Path(work) / "out"
        generator = [sys.executable, str(ROOT / "bench" / "generate_feed.py"), "--shape", arguments.shape]
        feed.write_bytes(subprocess.run([*generator, str(arguments.size)], check=True, capture_output=True).stdout)
        title = next(line for line in feed.read_text().splitlines() if line.endswith("(499)"))
        edit = _edit(feed, title, title.upper())
        build = [*program, "build", "--no-pdf", str(feed), *_WHERE, "--out", str(out)]
        full = timed(build)
        figures: dict[str, list[tuple[float, float]]] = {"check": [], "no change": [], "one edit": []}
        for _ in range(arguments.runs):
            figures["check"].append(timed([*program, "check", str(feed), *_WHERE]))
            figures["no change"].append(timed(build))
            edit()
            figures["one edit"].append(timed(build))
    load_after = os.getloadavg()
    check_wall, check_cpu = (statistics.median(run[index] for run in figures["check"]) for index in (0, 1))
    print(f"{arguments.shape}, {arguments.size:,} items, medians of {arguments.runs}; first full build")
    print(f"{full[0]:.1f} s wall, {full[1]:.1f} s CPU; load average {load_before[0]:.1f} / {load_before[1]:.1f}")
    print(f"before, {load_after[0]:.1f} / {load_after[1]:.1f} after (1 / 5 minutes)")
    print("| run | wall | ÷ check | CPU | ÷ check |")
    print("| --- | ---: | ---: | ---: | ---: |")
    for name, runs in figures.items():
        wall, cpu = (statistics.median(run[index] for run in runs) for index in (0, 1))
        print(f"| {name} | {wall:.2f} s | {wall / check_wall:.2f}× | {cpu:.2f} s | {cpu / check_cpu:.2f}× |")


if __name__ == "__main__":
    main()
