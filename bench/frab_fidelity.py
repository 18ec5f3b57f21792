"""How much of a frab export survives `program build`: kept N of M, field by field, and the build's time.

Run from the project root:  python bench/frab_fidelity.py [--export FILE] [--runs N] [--before SRC]

Builds the export (default: the 38C3 schedule.xml, 1,007 events) with `program build
--no-pdf`, reads the schedule.xml and schedule.json it wrote with the standard library
(tests/frab_fields.py, the round-trip tests' own reading) and counts, for each field apps
rely on, the events whose value came back unchanged among those where the export gives
one. `--before SRC` also builds with the `program` package under SRC (an older checkout's
src/, e.g. from `git archive`), in the same run, for the before/after table and the ratio
of the median build times.
"""

from __future__ import annotations

import argparse
import json
import os
import statistics
import subprocess
import sys
import tempfile
import time
import xml.etree.ElementTree as ET
from collections import Counter
from collections.abc import Sequence
from datetime import datetime
from pathlib import Path
from typing import Any

ROOT = Path(__file__).resolve().parent.parent
sys.path.insert(0, str(ROOT / "tests"))

from frab_fields import EVENT_FIELDS, Fields, file_fields  # noqa: E402

EXPORT = ROOT / "tests" / "data" / "frab" / "examples" / "xml" / "schedule-38c3-20251206.xml"


def build(export: Path, out: Path, src: Path, options: Sequence[str] = ()) -> float:
    """Build `export` into `out` with the package under `src` and `options`; return the wall time."""
    environment = {**os.environ, "PYTHONPATH": str(src), "SOURCE_DATE_EPOCH": "1700000000"}
    started = time.perf_counter()
    subprocess.run(
        [sys.executable, "-m", "program", "build", "--no-pdf", *options, str(export), "--out", str(out)],
        check=True,
        capture_output=True,
        env=environment,
    )
    return time.perf_counter() - started


def _given(value: Any) -> bool:
    return value not in (None, "", [], ("", None))


def _match(source: list[Fields], written: list[Fields]) -> list[tuple[Fields, Fields | None]]:
    """Each source event with the written one: by guid, else (guids regenerated) by title and start."""
    by_guid = {event["guid"]: event for event in written}
    by_slot = {(" ".join(event["title"].split()), event["start"]): event for event in written}
    return [
        (event, by_guid.get(event["guid"]) or by_slot.get((" ".join(event["title"].split()), event["start"])))
        for event in source
    ]


def field_counts(source: list[Fields], written: list[Fields]) -> dict[str, tuple[int, int]]:
    """For each field: (events whose value came back unchanged, events where the export gives one)."""
    counts: dict[str, tuple[int, int]] = {}
    pairs = _match(source, written)
    for field in EVENT_FIELDS:
        given = [(event, ours) for event, ours in pairs if _given(event[field])]
        kept = sum(1 for event, ours in given if ours is not None and ours[field] == event[field])
        counts[field] = (kept, len(given))
    people = {(guid, name) for event in source for name, guid, *_ in event["persons"] if guid}
    ours = {(guid, name) for event in written for name, guid, *_ in event["persons"] if guid}
    counts["person guid (distinct)"] = (len(people & ours), len(people))
    return counts


def day_counts(source_path: Path, written_path: Path) -> tuple[int, int]:
    """After-midnight events of the export: (on the same conference day in the output, how many)."""

    def days(path: Path) -> dict[tuple[str, str], str]:
        root = ET.parse(path).getroot()
        return {
            (" ".join((event.findtext("title") or "").split()), event.findtext("date") or ""): day.get("date") or ""
            for day in root.iterfind("day")
            for event in day.iter("event")
        }

    before, after = days(source_path), days(written_path)
    late = {key: day for key, day in before.items() if datetime.fromisoformat(key[1]).date().isoformat() != day}
    return sum(1 for key, day in late.items() if after.get(key) == day), len(late)


def conference_counts(source: Fields, written: Fields) -> dict[str, bool]:
    """Whether each conference field came back unchanged."""
    return {field: source[field] == written[field] for field in source}


def fidelity(export: Path, src: Path, runs: int) -> tuple[dict[str, Any], float]:
    """Build `runs` times; return the counts of the last build's outputs and the median time."""
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        timings = [build(export, out, src) for _ in range(runs)]
        source_conference, source_events = file_fields(export)
        result: dict[str, Any] = {}
        for name in ("schedule.xml", "schedule.json"):
            conference, events = file_fields(out / name)
            result[name] = (field_counts(source_events, events), conference_counts(source_conference, conference))
        if export.suffix == ".xml":
            result["days"] = day_counts(export, out / "schedule.xml")
        result["people"] = _people_of(out)
    return result, statistics.median(timings)


def _people_of(out: Path) -> int:
    people = json.loads((out / "program.json").read_text(encoding="utf-8"))["people"]
    return len(people)


def _kept(counts: tuple[int, int]) -> str:
    return f"{counts[0]:,} of {counts[1]:,}"


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--export", type=Path, default=EXPORT)
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--before", type=Path, help="src/ of the version to compare with")
    arguments = parser.parse_args()

    versions = {"now": ROOT / "src"}
    if arguments.before:
        versions = {"before": arguments.before, **versions}
    results = {name: fidelity(arguments.export, src, arguments.runs) for name, src in versions.items()}

    print(f"{arguments.export.name}: median of {arguments.runs} builds (--no-pdf) on {sys.platform}")
    for output in ("schedule.xml", "schedule.json"):
        print(f"\n{output}\n| field | " + " | ".join(results) + " |\n|---|" + "---|" * len(results))
        for field in [*EVENT_FIELDS, "person guid (distinct)"]:
            kept = [_kept(result[output][0][field]) for result, _ in results.values()]
            print(f"| {field} | " + " | ".join(kept) + " |")
        conference_fields: Counter[str] = Counter()
        for result, _ in results.values():
            conference_fields.update(result[output][1])
        for field in conference_fields:
            print(
                f"| conference {field} | "
                + " | ".join("kept" if result[output][1][field] else "lost" for result, _ in results.values())
                + " |"
            )
    if "days" in next(iter(results.values()))[0]:
        print(
            "\n| after-midnight events on their conference day | "
            + " | ".join(_kept(result["days"]) for result, _ in results.values())
            + " |"
        )
    print("| people in the index | " + " | ".join(str(result["people"]) for result, _ in results.values()) + " |")
    print("| build time, median (s) | " + " | ".join(f"{seconds:.2f}" for _, seconds in results.values()) + " |")
    if len(results) == 2:
        (_, before), (_, now) = results.values()
        print(f"| ratio now / before | {now / before:.2f} |")


if __name__ == "__main__":
    main()
