"""How `program build` scales: 1,000 to 100,000 items, against floors measured in the same run.

Run from the project root (about 10 minutes with 100,000 items on a 2-core machine):

    python bench/bench_scale.py [--sizes 1000 10000 100000] [--runs 3] [--shapes workshop conference congress]
                                [--no-stages] [--baseline OLD_CHECKOUT/.venv/bin/program] [--group-memory]
                                [--check-only] [--baseline-src OLD_CHECKOUT/src]

For each shape and size N it generates a schedule page (bench/generate_feed.py: `workshop`
scales the sample up, `conference` is a main conference with prolific authors and 20
poster sessions over 5 days, `congress` 70% talks in many parallel rooms over 3 days and
8,000+ people at 10,000 items, each on one to three items), then measures:

- reading against its floor: the read floor (the feed's bytes read, split into lines and
  into the fields of each entry by the simplest parser, `naive_parse`: no checks) and
  read + assemble + check (`load_program`, what every command pays), each timed in a fresh
  interpreter after its imports (no cache warmed by an earlier run), wall and CPU seconds,
  and their ratio; with --check-only, only these (a minute a shape at 10,000 items);

- end to end: `program build --no-pdf` in a fresh process, every default output including
  the personal and per-kind calendars; median wall time of --runs and peak memory (RSS);
- in process: reading and assembling, then each group of writers as a worker of the build
  renders it (writers that share derived data together);
- floors: what any tool pays for the same work done once and plainly: reading the file;
  icalendar building and serialising one VEVENT per timed item; Jinja2 rendering one row
  per item through a one-line template.

With --baseline, another version's `program` builds the same feeds in the same run, and the
ratio of the two builds is printed; with --baseline-src, another version's src folder reads,
assembles and checks them, each of its runs right before this version's. With
--group-memory, a worker forked after reading renders each group of writers and its peak
memory is printed: the build's largest process is one of them.

It prints one table per size and the ratios docs/scale.md quotes: build / sum of floors, and
the growth from one size to the next; then the reading table (floor, read + check, ratio),
with the machine's load average before and after.
"""

from __future__ import annotations

import argparse
import itertools
import json
import multiprocessing
import os
import resource
import statistics
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
import jinja2
from bench_sample import median_seconds  # run as a script: bench/ is on the path
from generate_feed import SHAPES
from icalendar import Event

from program.loading import load_program
from program.parallel import writer_groups
from program.rendering import render_outputs, rendered_files
from program.settings import FeedSpec, Settings
from program.writers import AnyWriter, RenderOptions, build_writers

ROOT = Path(__file__).resolve().parent.parent
ZONE = ZoneInfo("America/Chicago")
_PEAK = """
import resource, subprocess, sys
subprocess.run(sys.argv[1:], check=True, capture_output=True)
usage = resource.getrusage(resource.RUSAGE_CHILDREN)
print(usage.ru_maxrss, usage.ru_utime + usage.ru_stime)
"""


def end_to_end(feed: Path, out: Path, runs: int, program: Sequence[str] = ()) -> tuple[float, float, float]:
    """Return the median seconds, the largest peak RSS (MB) and the median CPU seconds of `program build`.

    CPU seconds are the build's and its workers': against the wall time they tell how
    much of the time both cores worked. `program` is the command to run (this checkout's
    by default).
    """
    command = [*(program or (sys.executable, "-m", "program")), "build", "--no-pdf", str(feed), "--date", "2022-12-03"]
    command += ["--timezone", "America/Chicago", "--out", str(out)]
    peaks: list[int] = []
    cpu: list[float] = []

    def build() -> None:
        result = subprocess.run([sys.executable, "-c", _PEAK, *command], check=True, capture_output=True, text=True)
        peak, seconds = result.stdout.split()
        peaks.append(int(peak))
        cpu.append(float(seconds))

    seconds = median_seconds(build, runs)
    return seconds, max(peaks) / 1024, statistics.median(cpu)


def naive_parse(feed: Path) -> list[list[list[str]]]:
    """The read floor: the feed's bytes read, split into lines and into the fields of each entry, with no checks.

    An entry of the page is three fields, each ended by a line that is exactly ``|``: the
    time line, the body (title, kind, room, abstract) and the people line with ``🔗``.
    """
    entries: list[list[list[str]]] = []
    fields: list[list[str]] = []
    lines: list[str] = []
    for line in feed.read_bytes().decode().split("\n"):
        if line == "|":
            fields.append(lines)
            lines = []
            if len(fields) == 3:
                entries.append(fields)
                fields = []
        else:
            lines.append(line)
    return entries


_TIME_ONE = """
import sys, time
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo
sys.path.insert(0, sys.argv[3])
from bench_scale import naive_parse
from program.loading import load_program
from program.settings import FeedSpec, Settings
feed = Path(sys.argv[2])
if sys.argv[1] == "floor":
    action = lambda: naive_parse(feed)
else:
    settings = Settings(feeds=(FeedSpec(feed),), first_date=date(2022, 12, 3), timezone=ZoneInfo("America/Chicago"))
    action = lambda: load_program(settings)
wall, cpu = time.perf_counter(), time.process_time()
action()
print(time.perf_counter() - wall, time.process_time() - cpu)
"""


def reading(feed: Path, runs: int, baseline_src: Path | None = None) -> dict[str, float]:
    """Time the read floor and read + assemble + check, each in a fresh interpreter; return medians and ratios.

    With `baseline_src` (another version's src folder), that version's read + assemble + check
    too, each run right before this one's: on a shared machine, the fair comparison.
    """

    def one(what: str, src: Path | None) -> tuple[float, float]:
        command = [sys.executable, "-c", _TIME_ONE, what, str(feed), str(ROOT / "bench")]
        environment = {**os.environ, "PYTHONPATH": str(src)} if src is not None else None
        output = subprocess.run(command, check=True, capture_output=True, text=True, env=environment).stdout
        wall, cpu = output.split()
        return float(wall), float(cpu)

    def medians(times: Sequence[tuple[float, float]]) -> tuple[float, float]:
        return statistics.median(wall for wall, _ in times), statistics.median(cpu for _, cpu in times)

    floor_wall, floor_cpu = medians([one("floor", None) for _ in range(runs)])
    checks, baselines = [], []
    for _ in range(runs):
        if baseline_src is not None:
            baselines.append(one("check", baseline_src))
        checks.append(one("check", None))
    check_wall, check_cpu = medians(checks)
    figures = {
        "read floor (naive parse), s": floor_wall,
        "read + assemble + check, s": check_wall,
        "read + check / read floor": check_wall / floor_wall,
        "read floor, CPU s": floor_cpu,
        "read + assemble + check, CPU s": check_cpu,
        "read + check / read floor, CPU": check_cpu / floor_cpu,
    }
    if baselines:
        baseline_cpu = medians(baselines)[1]
        figures["baseline read + assemble + check, CPU s"] = baseline_cpu
        figures["baseline read + check / read floor, CPU"] = baseline_cpu / floor_cpu
    return figures


def floors(feed: Path, timed: int, rows: int, runs: int) -> dict[str, float]:
    """Time the plain work any tool does for the same program: read, serialise events, render rows."""
    start = datetime(2022, 12, 3, 8, tzinfo=ZONE)
    event_fields = {
        "summary": "A talk title of a usual length, on learned systems",
        "description": "Authors: Ada Lovelace, Alan Turing\n\n" + "An abstract of a few hundred characters. " * 12,
        "categories": ["Spotlight"],
        "location": "New Orleans Ernest N. Morial Convention Center",
    }

    def icalendar_events() -> None:
        for number in range(timed):
            event = Event.new(
                uid=f"talk-{number}@bench",
                stamp=start,
                start=start + timedelta(minutes=number),
                end=start + timedelta(minutes=number + 15),
                **event_fields,
            )
            event.to_ical()

    template = jinja2.Environment(autoescape=True).from_string(
        "{% for row in rows %}<tr><td>{{ row[0] }}</td><td>{{ row[1] }}</td><td>{{ row[2] }}</td></tr>\n{% endfor %}"
    )
    table = [
        ("9:00 a.m.", f"A talk title of a usual length ({number})", "Ada Lovelace, Alan Turing")
        for number in range(rows)
    ]
    return {
        "floor: read the file": median_seconds(lambda: naive_parse(feed), runs),
        f"floor: icalendar, {timed} events": median_seconds(icalendar_events, runs),
        f"floor: Jinja2, {rows} rows": median_seconds(lambda: template.render(rows=table), runs),
    }


def in_process(feed: Path, runs: int, group_memory: bool = False) -> tuple[dict[str, float], int, int]:
    """Time reading + assembling, and each writer; return the timings, timed items and items."""
    settings = Settings(feeds=(FeedSpec(feed),), first_date=date(2022, 12, 3), timezone=ZONE)
    program = load_program(settings).program
    timed = sum(1 for item in program.items if item.start is not None)
    memory = group_peaks(feed) if group_memory else {}
    if not runs:  # --no-stages: only the counts the floors need
        return memory, timed, len(program.items)
    stages = {"in process: read + assemble + check": median_seconds(lambda: load_program(settings), runs)}
    for group in writer_groups(build_writers(pdf=False)):
        # As a worker of the build renders them: a group shares what its writers derive from
        # the program, and a fresh copy of the program starts with nothing derived.
        fresh = lambda g=group: render_outputs(attrs.evolve(program), g)  # noqa: E731
        stages[f"in process: write {_names(group)}"] = median_seconds(fresh, runs)
    return {**stages, **memory}, timed, len(program.items)


def group_peaks(feed: Path) -> dict[str, float]:
    """Return the peak memory (RSS, MB) of a worker forked to render each group of writers, as a build's are.

    The build's largest process is one of these: which one says what to make smaller. Each
    starts with the pages of the process that read the program, whose own peak comes first.
    That process is a new interpreter: this one holds what the earlier stages left.
    """
    with multiprocessing.get_context("spawn").Pool(1) as fresh:
        peaks: dict[str, float] = fresh.apply(_group_peaks_read_here, (feed,))
    return peaks


def _group_peaks_read_here(feed: Path) -> dict[str, float]:
    settings = Settings(feeds=(FeedSpec(feed),), first_date=date(2022, 12, 3), timezone=ZONE)
    program = load_program(settings).program
    reading = _peak_mb()
    peaks = {"peak memory of reading (the build's own process), MB": reading}
    for group in writer_groups(build_writers(pdf=False)):
        read, write = os.pipe()
        pid = os.fork()
        if pid == 0:  # the worker: render and drop each piece, as the build's workers send theirs on
            os.close(read)
            for _, content in rendered_files(program, group, RenderOptions()):
                for _piece in (content,) if isinstance(content, bytes) else content:
                    pass
            os.write(write, str(_peak_mb()).encode())
            os._exit(0)
        os.close(write)
        os.waitpid(pid, 0)
        with os.fdopen(read) as answer:
            peaks[f"peak memory of a worker: {_names(group)}, MB"] = float(answer.read())
    return peaks


def _peak_mb() -> float:
    """Return this process's peak RSS in MB (Linux's VmHWM where there is one).

    ru_maxrss of a spawned interpreter counts the process it was forked from before exec:
    the bench's own, with what its earlier stages left.
    """
    status = Path("/proc/self/status")
    if status.exists():
        for line in status.read_text().splitlines():
            if line.startswith("VmHWM:"):
                return int(line.split()[1]) / 1024
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024


def _names(group: Sequence[AnyWriter]) -> str:
    return group[0].name if len(group) == 1 else f"{group[0].name} … {group[-1].name} ({len(group)} writers)"


def measure(shape: str, size: int, work: Path, arguments: argparse.Namespace) -> dict[str, float]:
    """Return every figure for one shape and size (with --baseline, that program's build too)."""
    runs = arguments.runs if size < 100000 else 1
    stages, baseline = not arguments.no_stages, arguments.baseline
    feed = work / f"{shape}-{size}.txt"
    generator = [sys.executable, str(ROOT / "bench" / "generate_feed.py"), "--shape", shape, str(size)]
    feed.write_bytes(subprocess.run(generator, check=True, capture_output=True).stdout)
    read = reading(feed, runs, arguments.baseline_src)
    if arguments.check_only:
        return read
    build_seconds, peak_mb, cpu_seconds = end_to_end(feed, work / f"out-{shape}-{size}", runs)
    timings, timed, items = in_process(feed, runs if stages else 0, arguments.group_memory)
    floor = floors(feed, timed, items, runs)
    before: dict[str, float] = {}
    if baseline is not None:
        # Alternating would be fairer on a busy machine; in one run, one after the other, it is the same machine.
        seconds, peak, cpu = end_to_end(feed, work / f"out-{shape}-{size}-baseline", runs, [str(baseline)])
        before = {
            "baseline build (end to end)": seconds,
            "baseline CPU seconds": cpu,
            "baseline peak memory, MB": peak,
            "baseline build / build": seconds / build_seconds,
        }
    return {
        "program build --no-pdf (end to end)": build_seconds,
        "CPU seconds of the build and its workers": cpu_seconds,
        "peak memory, MB": peak_mb,
        **timings,
        **floor,
        "sum of floors": sum(floor.values()),
        "build / sum of floors": build_seconds / sum(floor.values()),
        **read,
        **before,
    }


def main() -> None:
    """Measure every size and print the tables and the growth ratios."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 10000, 100000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument(
        "--shapes", nargs="+", choices=list(SHAPES), default=list(SHAPES), help="bench/generate_feed.py's shapes"
    )
    parser.add_argument(
        "--check-only", action="store_true", help="Only the read floor and read + assemble + check (no build)."
    )
    parser.add_argument("--no-stages", action="store_true", help="Only the end-to-end build and the floors.")
    parser.add_argument("--json", type=Path, help="Also write the figures to this file.")
    parser.add_argument(
        "--group-memory", action="store_true", help="Also the peak memory of a worker rendering each group of writers."
    )
    parser.add_argument(
        "--baseline",
        type=Path,
        help="Another version's `program` command (e.g. an older checkout's venv/bin/program) to build the same feeds.",
    )
    parser.add_argument(
        "--baseline-src",
        type=Path,
        help="Another version's src folder (from `git archive`): its read + assemble + check, alternating run by run.",
    )
    arguments = parser.parse_args()
    results: dict[str, dict[int, dict[str, float]]] = {}
    load_before = os.getloadavg()
    with tempfile.TemporaryDirectory(prefix="program-bench-") as work:
        for shape in arguments.shapes:
            results[shape] = {}
            for size in arguments.sizes:
                runs = arguments.runs if size < 100000 else 1
                results[shape][size] = figures = measure(shape, size, Path(work), arguments)
                where = f"Python {sys.version.split()[0]}, {sys.platform}"
                print(f"\n{shape}, {size} items (median of {runs} run(s), {where})")
                for name, value in figures.items():
                    print(f"  {name:48} {value:10.3f}", flush=True)
    load_after = os.getloadavg()
    print(f"\nReading against its floor (medians of {arguments.runs}, each in a fresh interpreter; load average")
    before, after = (f"{load[0]:.1f} / {load[1]:.1f}" for load in (load_before, load_after))
    print(f"{before} before, {after} after, over 1 / 5 minutes):")
    print("| feed | items | read floor | read + assemble + check | ratio | CPU: floor / read + check / ratio |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for shape, by_size in results.items():
        for size, figures in sorted(by_size.items()):
            print(
                f"| {shape} | {size:,} | {figures['read floor (naive parse), s']:.3f} s"
                f" | {figures['read + assemble + check, s']:.2f} s | {figures['read + check / read floor']:.1f}×"
                f" | {figures['read floor, CPU s']:.3f} / {figures['read + assemble + check, CPU s']:.2f} s"
                f" / {figures['read + check / read floor, CPU']:.1f}× |"
                + (
                    f" baseline: {figures['baseline read + assemble + check, CPU s']:.2f} s"
                    f" / {figures['baseline read + check / read floor, CPU']:.1f}× |"
                    if "baseline read + assemble + check, CPU s" in figures
                    else ""
                )
            )
    build = "program build --no-pdf (end to end)"
    for shape, by_size in results.items() if not arguments.check_only else ():
        for smaller, larger in itertools.pairwise(sorted(by_size)):
            ratio = by_size[larger][build] / by_size[smaller][build]
            print(
                f"\n{shape}: build time {larger} / {smaller} items: {ratio:.1f}× for {larger / smaller:.0f}× the items"
            )
    if arguments.json:
        table = {shape: {str(size): figures for size, figures in by_size.items()} for shape, by_size in results.items()}
        arguments.json.write_text(json.dumps(table, indent=2))


if __name__ == "__main__":
    main()
