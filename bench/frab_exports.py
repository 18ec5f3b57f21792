"""Every real frab/pentabarf/pretalx export the project has, through `program build`: events and fields kept.

Run from the project root:  python bench/frab_exports.py [FILE ...] [--jobs N] [--json OUT]

Without FILEs: tests/data/frab/examples/xml/*.xml, examples/json/*.json (not the upstream
invalid-example.json) and every file of tests/data/frab/real/ but its PROVENANCE.md. For each
export it prints one row of a markdown table (the one in docs/formats.md):

- events in the source, counted by an independent reader (bench/frab_sources.py: lxml's
  `//event` for XML, the json module for JSON v1 and schedule2);
- events read: those in the schedule.xml and schedule.json that `program build --no-pdf`
  (bench/frab_fidelity.py's `build`, the tree's src/ on PYTHONPATH, SOURCE_DATE_EPOCH set)
  wrote, the fewer of the two; a build that fails reads 0, and the row gives the first line
  of its error;
- per field (title, start, duration, room, persons, track, language, guid, abstract, type),
  the share exact in both written files among the events read (matched by guid, else by title
  and start, else by a title met once) where the source gives the field; a start is exact
  when its wall-clock date and time and its offset are as the source writes them (a source
  that writes no offset: the wall-clock time alone). "same instant" says how many inexact
  starts are the right moment in another offset.

Files that PROVENANCE.md calls negative cases (not frab, e.g. EuroPython's own <schedule>)
are built too and reported "refused, as expected" when the build fails; they are left out of
the total. `BUILD_OPTIONS` below names the few extra options an export needs.
"""

from __future__ import annotations

import argparse
import dataclasses
import fnmatch
import json
import re
import subprocess
import sys
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from dataclasses import dataclass, field
from datetime import datetime
from pathlib import Path
from typing import Any

sys.path.insert(0, str(Path(__file__).resolve().parent))

from frab_fidelity import ROOT, build
from frab_sources import FIELDS, READER, Event, Export, Start, read_export

DATA = ROOT / "tests" / "data" / "frab"
REAL = DATA / "real"
SKIPPED = {"invalid-example.json", "PROVENANCE.md"}

BUILD_OPTIONS: dict[str, tuple[str, ...]] = {
    "*fosdem*": ("--timezone", "Europe/Brussels"),
    "*pentabarf*": ("--timezone", "Europe/Brussels"),
    "frab-29c3-*": ("--timezone", "Europe/Berlin"),  # Hamburg
    "frab-30c3-*": ("--timezone", "Europe/Berlin"),  # Hamburg
    "dotnet-29c3-*": ("--timezone", "Europe/Berlin"),  # Hamburg
    "frab-camp2011-*": ("--timezone", "Europe/Berlin"),  # Finowfurt
    "giggity-tuebix*": ("--timezone", "Europe/Berlin"),  # Tübingen
}
"""Extra `program build` options by file-name pattern (fnmatch, first match wins).

Only `--timezone` belongs here, and only for exports that name no zone (`time_zone_name`)
and write no offset: FOSDEM's and pentabarf's (Brussels), frab's before 2014 (the zone of
the event's place). An entry that meets an export
naming its zone or writing offsets is dropped, and the row says so.
"""

GENERATORS = ("pentabarf", "frab", "pretalx", "hub", "wafer", "jekyll")
"""Generators named by a file's name or its PROVENANCE.md line, when no column names one."""

NEGATIVE = re.compile(r"negative|non-frab|not frab|not a frab|refus", re.IGNORECASE)


@dataclass
class Origin:
    """What a PROVENANCE.md says of one file."""

    generator: str = ""
    negative: bool = False
    events: int | None = None


@dataclass
class Row:
    """One export's measurements."""

    file: str
    origin: str = ""
    kind: str = ""
    source: int = 0
    written: dict[str, int] = field(default_factory=dict)
    fields: dict[str, dict[str, list[int]]] = field(default_factory=dict)
    same_instant: dict[str, int] = field(default_factory=dict)
    negative: bool = False
    options: list[str] = field(default_factory=list)
    note: str = ""
    error: str = ""
    examples: dict[str, list[str]] = field(default_factory=dict)
    seconds: float = 0.0

    @property
    def read(self) -> int:
        """Events in the fewer of schedule.xml and schedule.json (0 when nothing was written)."""
        return min(self.written.values(), default=0)


# What the exports are and where they come from


def exports(real: Path) -> list[Path]:
    """The default set: the examples, then the real exports, by name."""
    found = [*sorted((DATA / "examples" / "xml").glob("*.xml")), *sorted((DATA / "examples" / "json").glob("*.json"))]
    if real.is_dir():
        found += sorted(path for path in real.rglob("*") if path.is_file() and not path.name.startswith("."))
    return [path for path in found if path.name not in SKIPPED]


def _cells(line: str) -> list[str]:
    return [cell.strip().strip("`* ") for cell in line.strip().strip("|").split("|")]


def provenance(files: list[Path]) -> dict[str, Origin]:
    """Per file name: the generator its folder's PROVENANCE.md gives and whether it is a negative case.

    Table rows and bullets that name a file are read; a column whose header says generator,
    tool or software gives the generator (its parentheses quoting the file left out), one
    headed "events" the count the gatherer made; a line that says negative, non-frab or
    refused makes the file a negative case.
    """
    origins: dict[str, Origin] = {}
    for notes in {path.parent / "PROVENANCE.md" for path in files} | {
        path.parent.parent / "PROVENANCE.md" for path in files
    }:
        if not notes.is_file():
            continue
        names = {path.name for path in files if notes.parent in path.parents}
        header: list[str] = []
        previous = ""
        for line in notes.read_text(encoding="utf-8").splitlines():
            if line.lstrip().startswith("|") and re.fullmatch(r"[\s|:-]+", line):
                header = [cell.casefold() for cell in _cells(previous)]
                continue
            previous = line
            cells = _cells(line) if line.lstrip().startswith("|") else []
            named = [name for name in names if re.search(rf"(^|[\s`/(|]){re.escape(name)}($|[\s`),|:])", line)]
            for name in named:
                origin = origins.setdefault(name, Origin())
                origin.negative = origin.negative or bool(NEGATIVE.search(line))
                said = [word for word in GENERATORS if word in f"{name} {line}".casefold()]
                origin.generator = origin.generator or (said[0] if said and not cells else "")
                for title, cell in zip(header, cells, strict=False):
                    if any(word in title for word in ("generator", "tool", "software")) and cell:
                        origin.generator = origin.generator or re.sub(r"\s*\([^)]*`[^)]*\)", "", cell)
                    elif title == "events" and re.match(r"\d", cell):
                        origin.events = int(re.sub(r"\D.*", "", cell.replace(",", "")))
    return origins


def options_for(path: Path, source: Export) -> tuple[list[str], str]:
    """The table's options for this export, and a note when a `--timezone` was dropped."""
    for pattern, options in BUILD_OPTIONS.items():
        if fnmatch.fnmatch(path.name.casefold(), pattern):
            if "--timezone" in options and (source.zone or source.offsets):
                return [], "--timezone of BUILD_OPTIONS dropped: the export gives its zone or offsets"
            return list(options), ""
    return [], ""


# Building and comparing


def first_error(error: subprocess.CalledProcessError, path: Path) -> str:
    """The first line of the build's error (its first `error:` line, warnings before it left out), path shortened."""
    lines = [line.strip() for stream in (error.stderr, error.stdout) for line in (stream or b"").decode().splitlines()]
    lines = [line for line in lines if line and not line.startswith("Traceback")]
    errors = [line for line in lines if re.search(r"\berror\b|Error:", line)]
    line = (errors or lines or [f"exit status {error.returncode}"])[0]
    return line.replace(str(path), path.name)


def _same_time(start: Start | None, ours: Start | None) -> bool:
    """The same instant when both have offsets, else the same wall-clock time."""
    if start is None or ours is None:
        return False
    return _instant(start) == _instant(ours) if start[1] and ours[1] else start[0] == ours[0]


def _matches(source: list[Event], written: list[Event]) -> list[tuple[Event, Event]]:
    """Each source event with a written one, each written one used once.

    The candidates are the written events of the same guid or the same title; the first of
    them with the same start, same guid and same room is taken, else the one that differs
    last in that order (merged exports repeat a talk, guid and all, at several times; old
    ones have no guid and many a "Welcome").
    """
    by_guid: dict[str, list[Event]] = {}
    by_title: dict[str, list[Event]] = {}
    for event in written:
        if event["guid"]:
            by_guid.setdefault(event["guid"], []).append(event)
        by_title.setdefault(event["title"], []).append(event)
    pairs = []
    for event in source:
        candidates = (by_guid.get(event["guid"], []) if event["guid"] else []) + by_title.get(event["title"], [])
        if not candidates:
            continue
        ours = min(
            candidates,
            key=lambda ours: (
                not _same_time(event["start"], ours["start"]),
                ours["guid"] != event["guid"],
                ours["room"] != event["room"],
            ),
        )
        for pool in (by_guid.get(ours["guid"], []), by_title.get(ours["title"], [])):
            pool[:] = [other for other in pool if other is not ours]
        pairs.append((event, ours))
    return pairs


def _exact(name: str, given: Any, ours: Any) -> bool:
    if name != "start":
        return bool(given == ours)
    return ours is not None and given[0] == ours[0] and (given[1] is None or given[1] == ours[1])


def _instant(start: Start) -> datetime:
    return datetime.fromisoformat(start[0] + (start[1] or ""))


def compare(source: list[Event], written: list[Event], examples: list[str]) -> tuple[dict[str, list[int]], int]:
    """Per field, [exact, given] among the matched events; and how many inexact starts are the same instant.

    Adds to `examples` the first inexact value of each field, as `field: "title": source → written`.
    """
    counts = {name: [0, 0] for name in FIELDS}
    same = 0
    for event, ours in _matches(source, written):
        for name in FIELDS:
            if event[name] in (None, "", []):
                continue
            counts[name][1] += 1
            if _exact(name, event[name], ours[name]):
                counts[name][0] += 1
                continue
            if not any(example.startswith(f"{name}: ") for example in examples):
                examples.append(f"{name}: {event['title'][:40]!r}: {event[name]!r:.80} → {ours[name]!r:.80}")
            if name == "start" and event["start"][1] and ours["start"] and ours["start"][1]:
                same += _instant(event["start"]) == _instant(ours["start"])
    return counts, same


def measure(path: Path, src: Path, origin: Origin) -> Row:
    """Read the export, build it, and compare what was written with it."""
    row = Row(str(path.relative_to(ROOT)) if path.is_relative_to(ROOT) else str(path), negative=origin.negative)
    try:
        source = read_export(path)
    except Exception as error:  # an unreadable source is a row, not the end of the bench
        source = Export("unreadable")
        row.note = f"source unreadable: {str(error).splitlines()[0] if str(error) else type(error).__name__}"
    row.kind, row.source = source.kind, source.count
    row.negative = row.negative or source.kind == "not frab"
    made, year = origin.generator or source.generator, source.first_day[:4]
    row.origin = f"{made}, {year}" if made and year not in made else made or year
    if origin.events is not None and origin.events != source.count:
        row.note = f"PROVENANCE.md counts {origin.events:,} events"
    options, note = options_for(path, source)
    row.options, row.note = options, row.note or note
    with tempfile.TemporaryDirectory() as folder:
        out = Path(folder) / "out"
        started = time.perf_counter()
        try:
            build(path, out, src, options)
        except subprocess.CalledProcessError as error:
            row.error = first_error(error, path)
        row.seconds = round(time.perf_counter() - started, 2)
        for name in ("schedule.xml", "schedule.json") if not row.error else ():
            written = read_export(out / name)
            row.written[name] = written.count
            counts, row.same_instant[name] = compare(source.events, written.events, row.examples.setdefault(name, []))
            row.fields[name] = counts
    return row


# The table


def percent(part: int, whole: int) -> str:
    """`part` of `whole` in percent: 100% only when all, 0% only when none."""
    if not whole:
        return "—"
    share = 100 * part / whole
    if part == whole or not part:
        return f"{share:.0f}%"
    return f"{min(max(share, 0.1), 99.9):.1f}%"


def _inexact(row: Row) -> str:
    parts = []
    for name in FIELDS:
        shares = {output: counts[name] for output, counts in row.fields.items() if counts[name][1]}
        if all(exact == given for exact, given in shares.values()):
            continue
        said = {output: percent(*counts) for output, counts in shares.items()}
        text = (
            f"{name} {next(iter(said.values()))}"
            if len(set(said.values())) == 1
            else f"{name} " + ", ".join(f"{output.removeprefix('schedule.')} {share}" for output, share in said.items())
        )
        if name == "start" and any(row.same_instant.values()):
            text += f" (same instant: {max(row.same_instant.values())})"
        parts.append(text)
    return "; ".join(parts)


def _cells_of(row: Row) -> list[str]:
    name = Path(row.file).name
    if row.negative:
        verdict = "refused, as expected" if row.error else f"read {row.read}, expected a refusal"
        return [name, row.origin, f"{row.source:,}", verdict, "", "", row.error]
    exact = [sum(row.fields[output][name][index] for output in row.fields for name in FIELDS) for index in (0, 1)]
    read = f"{row.read:,}" + (f" (xml {row.written['schedule.xml']:,})" if len(set(row.written.values())) > 1 else "")
    notes = [f"build failed: {row.error}" if row.error else _inexact(row), row.note]
    return [
        name,
        row.origin,
        f"{row.source:,}",
        read,
        percent(min(row.read, row.source), row.source),
        percent(*exact),
        "; ".join(note for note in notes if note),
    ]


def table(rows: list[Row]) -> str:
    """The markdown table, one row per export and a total."""
    lines = [
        "| export | generator, year | events in source | events read | read | fields exact | not exact |",
        "|---|---|--:|--:|--:|--:|---|",
    ]
    lines += ["| " + " | ".join(cell.replace("|", "\\|") for cell in _cells_of(row)) + " |" for row in rows]
    counted = [row for row in rows if not row.negative]
    source = sum(row.source for row in counted)
    read = sum(min(row.read, row.source) for row in counted)
    exact = [sum(row.fields[o][f][i] for row in counted for o in row.fields for f in FIELDS) for i in (0, 1)]
    total = f"{read:,} of {source:,} events read ({percent(read, source)})"
    lines.append(f"| **total**, {len(counted)} exports | | {source:,} | {read:,} | {percent(read, source)} | ")
    lines[-1] += f"{percent(*exact)} | {total} |"
    return "\n".join(lines)


def main() -> None:
    """Measure every export and print the table."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("files", nargs="*", type=Path, help="exports (default: all the project has)")
    parser.add_argument("--real", type=Path, default=REAL, help="folder of real exports")
    parser.add_argument("--src", type=Path, default=ROOT / "src", help="the program package's folder")
    parser.add_argument("--jobs", type=int, default=2, help="builds at once")
    parser.add_argument("--examples", action="store_true", help="after the table, an inexact value per field")
    parser.add_argument("--json", type=Path, help="also write the measurements here ('-': standard output)")
    arguments = parser.parse_args()

    files = [path.resolve() for path in arguments.files] or exports(arguments.real)
    origins = provenance(files)
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=max(1, arguments.jobs)) as pool:
        rows = list(pool.map(lambda path: measure(path, arguments.src, origins.get(path.name, Origin())), files))
    seconds = time.perf_counter() - started
    if arguments.json:
        document = json.dumps([{**dataclasses.asdict(row), "read": row.read} for row in rows], indent=2)
        if str(arguments.json) == "-":
            print(document)
            return
        arguments.json.write_text(document + "\n", encoding="utf-8")
    print(table(rows))
    for row in rows if arguments.examples else ():
        for output, examples in row.examples.items():
            print("".join(f"\n{Path(row.file).name} → {output}: {example}" for example in examples), end="")
    print(
        f"\n{len(rows)} exports, sources counted with {READER}, in {seconds:.0f} s ({arguments.jobs} builds at once)."
    )


if __name__ == "__main__":
    main()
