"""The attendee site at scale: weight, first render and search in headless Chromium, build time.

Run from the project root (needs Debian's chromium and the playwright package, test extra):

    python bench/bench_site.py [--items 10000] [--runs 5]

It generates a schedule page of N items (bench/generate_feed.py), builds the site's outputs
and measures, each a median of --runs:

- weight: index.html and site/* gzipped (level 6), the site's files as a static host sends them;
- build: every writer with and without the site's, in process: what the site adds;
- first render: first contentful paint of index.html from file:// at 390 px, and when the
  script is ready (stars and search work), against a floor in the same run: the same page
  with its script removed (what any static page of this size costs to paint);
- search: per keystroke, from the input event until the frame after the list changed
  (typing "neural compiler" one character at a time), median and slowest keystroke.

Targets (issue 16): under 2 MB gzipped, first render under 1 s, a keystroke under 50 ms.
"""

from __future__ import annotations

import argparse
import gzip
import re
import shutil
import statistics
import subprocess
import sys
import tempfile
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import attrs
from bench_sample import median_seconds  # run as a script: bench/ is on the path
from playwright.sync_api import Browser, sync_playwright

from program.loading import load_program
from program.pipeline import write_outputs
from program.rendering import render_outputs
from program.settings import FeedSpec, Settings
from program.writers import WRITERS

ROOT = Path(__file__).resolve().parent.parent
SITE = ("site", "site-assets")
QUERY = "neural compiler"

_TYPE = """async (query) => {
  const input = document.getElementById('_q');
  input.focus();
  await new Promise((resolve) => setTimeout(resolve, 300));  // the index is built in idle time after focus
  const times = [];
  for (const character of query) {
    const started = performance.now();
    input.value += character;
    input.dispatchEvent(new Event('input', {bubbles: true}));
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
    times.push(performance.now() - started);
  }
  const started = performance.now();
  while (document.documentElement.dataset.settled !== '1') {
    await new Promise((resolve) => requestAnimationFrame(() => setTimeout(resolve, 0)));
  }
  const settled = performance.now() - started;
  return {times, settled, status: document.getElementById('_status').textContent};
}"""


def gzipped_weight(out: Path) -> tuple[int, dict[str, int]]:
    """Return the site's bytes gzipped in total and per file."""
    files = [out / "index.html", *sorted((out / "site").iterdir())]
    sizes = {path.relative_to(out).as_posix(): len(gzip.compress(path.read_bytes(), 6)) for path in files}
    return sum(sizes.values()), sizes


def build_times(feed: Path, runs: int) -> dict[str, float]:
    """Time every writer with and without the site's, in process, on fresh copies of the program.

    The difference is what the site adds to a build: it shares the calendar events and the
    speaker index with program.ics and the speaker index writers.
    """
    settings = Settings(feeds=(FeedSpec(feed),), first_date=date(2022, 12, 3), timezone=ZoneInfo("America/Chicago"))
    program = load_program(settings).program
    every = [writer for name, writer in WRITERS.items() if name != "pdf"]
    rest = [writer for name, writer in WRITERS.items() if name not in (*SITE, "pdf")]
    return {
        "build: every writer": median_seconds(lambda: render_outputs(attrs.evolve(program), every), runs),
        "build: every writer but the site": median_seconds(lambda: render_outputs(attrs.evolve(program), rest), runs),
    }


def page_times(browser: Browser, page_file: Path, *, ready: bool) -> tuple[float, float, float]:
    """Return (first contentful paint, page usable, the script's own start) in ms, one fresh load at 390 px."""
    context = browser.new_context(viewport={"width": 390, "height": 800})
    page = context.new_page()
    page.goto(page_file.as_uri(), wait_until="load")
    if ready:
        page.wait_for_selector("html[data-ready]", timeout=120_000)
    page.wait_for_function("performance.getEntriesByName('first-contentful-paint').length > 0")
    paint = page.evaluate("performance.getEntriesByName('first-contentful-paint')[0].startTime")
    script = (
        page.evaluate(
            "[Number(document.documentElement.dataset.ready), Number(document.documentElement.dataset.scriptMs)]"
        )
        if ready
        else [0, 0]
    )
    context.close()
    return float(paint), float(script[0]), float(script[1])


def keystrokes(browser: Browser, page_file: Path) -> tuple[list[float], float, str]:
    """Return each keystroke's time (ms) typing QUERY, when the list had settled after it, and the status."""
    context = browser.new_context(viewport={"width": 1280, "height": 900})
    page = context.new_page()
    page.goto(page_file.as_uri())
    page.wait_for_selector("html[data-ready]", timeout=120_000)
    result = page.evaluate(_TYPE, QUERY)
    context.close()
    return [float(time) for time in result["times"]], float(result["settled"]), str(result["status"])


def main() -> None:
    """Build, measure and print the figures."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--items", type=int, default=10_000)
    parser.add_argument("--runs", type=int, default=5)
    arguments = parser.parse_args()
    chromium = shutil.which("chromium")
    if chromium is None:
        sys.exit("bench_site: needs Debian's chromium")
    with tempfile.TemporaryDirectory() as folder:
        work = Path(folder)
        feed = work / "feed.txt"
        generated = subprocess.run(
            [sys.executable, str(ROOT / "bench" / "generate_feed.py"), str(arguments.items)],
            check=True,
            capture_output=True,
        )
        feed.write_bytes(generated.stdout)
        figures = build_times(feed, max(1, arguments.runs // 2))
        settings = Settings(feeds=(FeedSpec(feed),), first_date=date(2022, 12, 3), timezone=ZoneInfo("America/Chicago"))
        program = load_program(settings).program
        out = work / "out"
        write_outputs(render_outputs(program, [WRITERS[name] for name in SITE]), out, ["site"])
        total, sizes = gzipped_weight(out)
        bare = out / "bare.html"  # the floor: the same page without its script
        bare.write_text(re.sub(r"<script defer src=\"site/site.js\"></script>", "", (out / "index.html").read_text()))
        with sync_playwright() as playwright:
            browser = playwright.chromium.launch(executable_path=chromium, args=["--no-sandbox"])
            loads = [page_times(browser, out / "index.html", ready=True) for _ in range(arguments.runs)]
            floors = [page_times(browser, bare, ready=False)[0] for _ in range(arguments.runs)]
            typing = [keystrokes(browser, out / "index.html") for _ in range(arguments.runs)]
            browser.close()
    strokes = [time for times, _, _ in typing for time in times]
    paint = statistics.median(load[0] for load in loads)
    floor = statistics.median(floors)
    print(f"items: {len(program.items)} ({sum(1 for item in program.items if item.start)} timed)")
    print(f"weight gzipped: {total / 1e6:.2f} MB  " + ", ".join(f"{k} {v / 1e3:.0f} kB" for k, v in sizes.items()))
    for name, seconds in figures.items():
        print(f"{name}: {seconds:.2f} s")
    every, rest = figures["build: every writer"], figures["build: every writer but the site"]
    print(f"build: the site adds {every - rest:.2f} s, {(every - rest) / rest:.0%} of the rest of the writers' time")
    print(
        f"first contentful paint: {paint:.0f} ms "
        f"(floor, same page without script: {floor:.0f} ms; {paint / floor:.2f}x)"
    )
    print(
        f"usable (the script has run): {statistics.median(load[1] for load in loads):.0f} ms after navigation, "
        f"of which the script's own start {statistics.median(load[2] for load in loads):.0f} ms"
    )
    print(
        f"search keystroke: median {statistics.median(strokes):.1f} ms, slowest {max(strokes):.1f} ms "
        f"({len(strokes)} keystrokes; after '{QUERY}': {typing[0][2]})"
    )
    print(
        "search: every hidden or shown item updated "
        f"{statistics.median(t[1] for t in typing):.0f} ms after the last key"
    )


if __name__ == "__main__":
    main()
