"""How fast and how large reading + assembling + checking a feed is (`load_program`), against reading the file.

Run from the project root:

    python bench/bench_load.py [--sizes 10000 100000] [--runs 3] [--shapes workshop conference congress]

For each shape and size it generates a schedule page (bench/generate_feed.py), then
measures, each in a fresh process so that one run's memory does not count in the next:

- load: `load_program` (read, assemble, check), median wall time of --runs (one run from
  100,000 items);
- peak: the largest resident memory of those processes (VmHWM), in MB, the interpreter and
  the program's modules included (about 50 MB);
- floor: reading the file's bytes and decoding them, median of --runs, in the same run.

It prints load / floor and, between sizes, how the load time grows (linear: as the items).
"""

from __future__ import annotations

import argparse
import itertools
import json
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_sample import median_seconds  # run as a script: bench/ is on the path
from generate_feed import SHAPES

ROOT = Path(__file__).resolve().parent.parent
_LOAD = """
import json, sys, time
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo
from program.loading import load_program
from program.settings import FeedSpec, Settings
settings = Settings(feeds=(FeedSpec(Path(sys.argv[1])),), first_date=date(2022, 12, 3),
                    timezone=ZoneInfo("America/Chicago"))
started = time.perf_counter()
program = load_program(settings).program
seconds = time.perf_counter() - started
# VmHWM, not getrusage: Linux keeps ru_maxrss across exec, so it would count the bench's own memory.
peak = next(int(line.split()[1]) for line in open("/proc/self/status") if line.startswith("VmHWM:")) / 1024
print(json.dumps({"seconds": seconds, "peak": peak, "items": len(program.items)}))
"""


def load(feed: Path) -> dict[str, float]:
    """Load `feed` in a fresh process; return its seconds, peak MB and items."""
    result = subprocess.run([sys.executable, "-c", _LOAD, str(feed)], check=True, capture_output=True, text=True)
    figures: dict[str, float] = json.loads(result.stdout)
    return figures


def measure(shape: str, size: int, runs: int, work: Path) -> dict[str, float]:
    """Return the figures of one shape and size."""
    feed = work / f"{shape}-{size}.txt"
    generator = [sys.executable, str(ROOT / "bench" / "generate_feed.py"), "--shape", shape, str(size)]
    with feed.open("wb") as output:  # not through this process: its memory would be the children's too
        subprocess.run(generator, check=True, stdout=output)
    loads = [load(feed) for _ in range(runs)]
    seconds = sorted(figures["seconds"] for figures in loads)[len(loads) // 2]
    floor = median_seconds(lambda: feed.read_bytes().decode(), runs)  # after the loads: it grows this process
    return {
        "feed, MB": feed.stat().st_size / 1e6,
        "load_program, s": seconds,
        "peak memory, MB": max(figures["peak"] for figures in loads),
        "floor: read + decode the file, s": floor,
        "load / floor": seconds / floor,
    }


def main() -> None:
    """Measure every shape and size, print the tables and the growth."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[10000, 100000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--shapes", nargs="+", choices=list(SHAPES), default=list(SHAPES))
    arguments = parser.parse_args()
    results: dict[str, dict[int, dict[str, float]]] = {}
    with tempfile.TemporaryDirectory(prefix="program-bench-load-") as work:
        for shape, size in itertools.product(arguments.shapes, arguments.sizes):
            runs = arguments.runs if size < 100000 else 1
            figures = measure(shape, size, runs, Path(work))
            results.setdefault(shape, {})[size] = figures
            print(f"\n{shape}, {size} items (median of {runs}, Python {sys.version.split()[0]})")
            for name, value in figures.items():
                print(f"  {name:36} {value:10.3f}", flush=True)
    for shape, by_size in results.items():
        for smaller, larger in itertools.pairwise(sorted(by_size)):
            ratio = by_size[larger]["load_program, s"] / by_size[smaller]["load_program, s"]
            growth = f"{ratio:.1f}× for {larger / smaller:.0f}× the items"
            print(f"\n{shape}: load time {larger} / {smaller} items: {growth}")


if __name__ == "__main__":
    main()
