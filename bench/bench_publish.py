"""What publishing out/ as one switch costs, against writing the same files plainly.

Run from the project root:

    python bench/bench_publish.py [--sizes 0 1000 10000] [--runs 7]

Size 0 is the bundled sample (seeds/mlsys2022.toml); other sizes are generated schedule
pages (bench/generate_feed.py). For each, every default output except the PDF is rendered
once into memory; then, with the same bytes each run:

- plain: each file written in place over the previous build's (what a tool that
  publishes nothing safely pays: the floor);
- publish: `program.publish.publish` into an out/ that already holds the previous build
  (the steady state of a rebuild: lock, new build folder, links, one switch, the old build
  removed).

Each figure is the median of --runs, the two taken by turns; the ratio is publish / plain.
"""

from __future__ import annotations

import argparse
import shutil
import statistics
import subprocess
import sys
import tempfile
from pathlib import Path

from bench_sample import median_seconds  # run as a script: bench/ is on the path

from program.loading import load_program
from program.publish import publish
from program.rendering import render_outputs
from program.settings import FeedSpec, Settings, load_program_file, parse_timezone
from program.writers import WRITERS

ROOT = Path(__file__).resolve().parent.parent


def _outputs(size: int, folder: Path) -> dict[str, bytes]:
    if size == 0:
        settings = load_program_file(ROOT / "seeds" / "mlsys2022.toml")
    else:
        feed = folder / f"feed-{size}.txt"
        generated = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "generate_feed.py"), str(size)], check=True, capture_output=True
        )
        feed.write_bytes(generated.stdout)
        settings = Settings(
            feeds=(FeedSpec(feed, "schedule-page"),),
            first_date=load_program_file(ROOT / "seeds" / "mlsys2022.toml").first_date,
            timezone=parse_timezone("America/Chicago"),
        )
    program = load_program(settings, keep_going=True).program
    return render_outputs(program, [writer for name, writer in WRITERS.items() if name != "pdf"])


def _plain(outputs: dict[str, bytes], folder: Path) -> None:
    """Write every file in place over the previous ones: no lock, no switch, nothing removed."""
    for name, data in outputs.items():
        path = folder / name
        path.parent.mkdir(parents=True, exist_ok=True)
        path.write_bytes(data)


def _interleaved(outputs: dict[str, bytes], folder: Path, runs: int) -> tuple[float, float]:
    """Median seconds of plain writes and of publish, run by turns so both see the same machine load."""
    folders = sorted({name.split("/")[0] for name in outputs if "/" in name})
    out, plain = folder / "out", folder / "plain"
    publish(outputs.items(), out, folders)  # the previous build a rebuild replaces
    _plain(outputs, plain)
    timings: tuple[list[float], list[float]] = ([], [])
    for _ in range(runs):
        timings[0].append(median_seconds(lambda: _plain(outputs, plain), 1))
        timings[1].append(median_seconds(lambda: publish(outputs.items(), out, folders), 1))
    shutil.rmtree(out)
    shutil.rmtree(plain)
    return statistics.median(timings[0]), statistics.median(timings[1])


def main() -> None:
    """Print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--sizes", type=int, nargs="+", default=[0, 1000, 10000])
    parser.add_argument("--runs", type=int, default=7)
    arguments = parser.parse_args()
    print("| items | files | MB | plain writes | publish | publish / plain |")
    print("| ---: | ---: | ---: | ---: | ---: | ---: |")
    with tempfile.TemporaryDirectory() as scratch:
        for size in arguments.sizes:
            outputs = _outputs(size, Path(scratch))
            plain, switched = _interleaved(outputs, Path(scratch), arguments.runs)
            megabytes = sum(len(data) for data in outputs.values()) / 1e6
            label = "sample" if size == 0 else f"{size:,}"
            print(
                f"| {label} | {len(outputs):,} | {megabytes:.1f} | {plain * 1000:.1f} ms | {switched * 1000:.1f} ms "
                f"| {switched / plain:.2f}× |"
            )


if __name__ == "__main__":
    main()
