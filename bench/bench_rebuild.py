"""Rebuilds against `program check`: nothing changed, and one item edited.

    python bench/bench_rebuild.py [--shape congress] [--size 10000] [--runs 3] [--against OTHER/src]

Generates a feed (bench/generate_feed.py), builds it once into a fresh out/, then times,
each in a fresh process and each run in turn: `program check`; `program build --no-pdf`
again with nothing changed (it should write nothing); and `program build --no-pdf` after
one talk's title was edited (alternately two spellings, so every run has an edit to
render). Prints the medians of wall time and of CPU seconds (the build's and its
workers'), their ratios to `program check`, and the load average before and after: on a
busy machine the CPU seconds are the steadier figure.

`--against DIR` times a second checkout too (DIR: its `src` folder, say from `git archive
BASE | tar -x -C /tmp/base`), on its own copy of the feed and its own out/: the two
alternate run by run, so both see the same load, and their outputs are compared.

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

import attrs

ROOT = Path(__file__).resolve().parent.parent
_CPU = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, capture_output=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(usage.ru_utime + usage.ru_stime)
"""
_WHERE = ["--date", "2022-12-03", "--timezone", "America/Chicago"]


def timed(command: list[str], source: str | None = None, cwd: Path | None = None) -> tuple[float, float]:
    """Wall seconds and CPU seconds (the command's and its children's) of one run, with `source` first on the path."""
    environment = {**os.environ, "SOURCE_DATE_EPOCH": "1700000000"}
    if source is not None:
        environment["PYTHONPATH"] = source
    started = time.perf_counter()
    command = [sys.executable, "-c", _CPU, *command]
    result = subprocess.run(command, check=True, capture_output=True, text=True, env=environment, cwd=cwd)
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


@attrs.frozen
class _Version:
    """A checkout to time: its feed, its build command, its check command and its edit."""

    name: str
    source: str | None
    folder: Path
    """Where it runs: feed.txt and out/ (the same names for both checkouts, so the same outputs)."""
    build: list[str]
    check: list[str]
    edit: Callable[[], None]

    def timed(self, command: list[str]) -> tuple[float, float]:
        """Wall and CPU seconds of `command` run with this checkout, in its folder."""
        return timed(command, self.source, self.folder)


def _version(name: str, source: str | None, work: Path, text: bytes) -> _Version:
    folder = work / name
    folder.mkdir()
    feed = folder / "feed.txt"
    feed.write_bytes(text)
    title = next(line for line in feed.read_text().splitlines() if line.endswith("(499)"))
    program = [sys.executable, "-m", "program"]
    build = [*program, "build", "--no-pdf", "feed.txt", *_WHERE, "--out", "out"]
    return _Version(
        name, source, folder, build, [*program, "check", "feed.txt", *_WHERE], _edit(feed, title, title.upper())
    )


def main() -> None:
    """Generate, build once, then time check, the no-change rebuild and the one-edit rebuild."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shape", default="congress")
    parser.add_argument("--size", type=int, default=10000)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--against", help="another checkout's src folder, timed in turn with this one")
    arguments = parser.parse_args()
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="program-rebuild-") as work:
        generator = [sys.executable, str(ROOT / "bench" / "generate_feed.py"), "--shape", arguments.shape]
        text = subprocess.run([*generator, str(arguments.size)], check=True, capture_output=True).stdout
        versions = [_version("this", str(ROOT / "src"), Path(work), text)]
        if arguments.against:
            versions.append(_version("against", str(Path(arguments.against).resolve()), Path(work), text))
        full = {version.name: version.timed(version.build) for version in versions}
        figures: dict[tuple[str, str], list[tuple[float, float]]] = {}
        for _ in range(arguments.runs):
            for version in versions:
                figures.setdefault((version.name, "check"), []).append(version.timed(version.check))
                figures.setdefault((version.name, "no change"), []).append(version.timed(version.build))
                version.edit()
                figures.setdefault((version.name, "one edit"), []).append(version.timed(version.build))
        same = _same_outputs(Path(work)) if arguments.against else None
    load_after = os.getloadavg()
    print(f"{arguments.shape}, {arguments.size:,} items, medians of {arguments.runs}; first full build")
    print(", ".join(f"{name}: {wall:.1f} s wall, {cpu:.1f} s CPU" for name, (wall, cpu) in full.items()))
    print(f"load average {load_before[0]:.1f} / {load_before[1]:.1f} before, {load_after[0]:.1f} / {load_after[1]:.1f}")
    print("after (1 / 5 minutes)" + ("" if same is None else f"; the two outputs {same}"))
    print("| checkout | run | wall | ÷ check | CPU | ÷ check |")
    print("| --- | --- | ---: | ---: | ---: | ---: |")
    for version in versions:
        check_wall, check_cpu = (statistics.median(run[i] for run in figures[version.name, "check"]) for i in (0, 1))
        for run_name in ("check", "no change", "one edit"):
            runs = figures[version.name, run_name]
            wall, cpu = (statistics.median(run[index] for run in runs) for index in (0, 1))
            print(
                f"| {version.name} | {run_name} | {wall:.2f} s | {wall / check_wall:.2f}× | {cpu:.2f} s "
                f"| {cpu / check_cpu:.2f}× |"
            )


def _same_outputs(work: Path) -> str:
    """Whether the two checkouts' out/ hold the same files, byte for byte (their build state aside)."""
    compared = subprocess.run(
        ["diff", "-r", "-q", "-x", ".program-publish", str(work / "this" / "out"), str(work / "against" / "out")],
        capture_output=True,
        text=True,
        check=False,
    )
    return "are the same" if compared.returncode == 0 else f"differ: {compared.stdout.strip()[:500]}"


if __name__ == "__main__":
    main()
