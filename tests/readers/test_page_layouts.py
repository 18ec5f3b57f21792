"""Seed 002 rewritten into each shape real copies of a schedule page take, read as the same program.

Each rewrite is built here from the seed (no text of other pages is kept in the repository)
and must build the same program.json as the seed itself, except for line numbers and the
file name, and for the description when the rewrite adds a preamble.
"""

from __future__ import annotations

import contextlib
import re
from collections.abc import Callable
from pathlib import Path
from typing import Any

import attrs
import pytest

from program.loading import Loaded, load_program
from program.readers.schedule_page import SchedulePageReader
from program.settings import FeedSpec, load_program_file
from program.writers.program_json import program_document

from helpers import ROOT, SAMPLE_PAGE, SAMPLE_PROGRAM_FILE

PREAMBLE = (
    "The workshop brings together researchers who apply machine learning to computer systems,\n"
    "and systems researchers who build for machine learning.\n"
    "\n"
    "Timezone: »\n"
    "\n"
    "All talks are recorded.\n"
)
DESCRIPTION = (
    "The workshop brings together researchers who apply machine learning to computer systems, "
    "and systems researchers who build for machine learning.\n\nAll talks are recorded."
)


@attrs.frozen
class SeedEntry:
    """One entry of the seed, in parts."""

    time: str
    title: str
    label: str | None
    links: tuple[str, ...]
    abstract: tuple[str, ...]
    people: str | None


def seed_entries() -> list[SeedEntry]:
    """The seed's entries, split at its `|` lines (independently of the reader)."""
    parts: list[list[str]] = [[]]
    for line in SAMPLE_PAGE.read_text(encoding="utf-8").splitlines():
        if line == "|":
            parts.append([])
        else:
            parts[-1].append(line)
    parts = [part for part in parts if part]
    entries = []
    for time, body, people in zip(parts[0::3], parts[1::3], parts[2::3], strict=True):
        rest = body[1:]
        label = rest.pop(0)[1:-1] if rest and rest[0].startswith("(") else None
        links = tuple(line for line in rest if line.endswith("»"))
        abstract = tuple(line for line in rest if not line.endswith("»"))
        assert people[-1] == "🔗"
        entries.append(SeedEntry(time[0], body[0], label, links, abstract, people[0] if len(people) == 2 else None))
    return entries


@attrs.frozen
class Shape:
    """How a copy writes entries; each field is one way real copies differ from the seed."""

    preamble: bool = False
    glued: bool = False  # separators glued to line ends, short entries on one line
    mark_on_people: bool = False  # "Ada Lovelace · Alan Turing 🔗"
    three_line_kinds: bool = False  # "(" / "Spotlight" / ")"
    spaced_kinds: bool = False  # "( Spotlight )"
    link_glued: bool = False  # "SlidesLive Video » An abstract…"
    no_bars: bool = False  # no "|" lines at all
    time: Callable[[str], str] = str  # a rewrite of each time line


def lost_dash(time: str) -> str:
    return time.replace(" - ", "  ")


def end_weekday(time: str) -> str:
    return time.replace(" - ", f" - {time[:3]} ") if " - " in time else time


def dated(time: str) -> str:
    return time.replace("Sat ", "Sat Dec 3 ", 1)


def render(shape: Shape) -> str:
    lines: list[str] = PREAMBLE.split("\n") if shape.preamble else []
    for entry in seed_entries():
        lines.extend(_render_entry(entry, shape))
    return "\n".join(lines) + "\n"


def _render_entry(entry: SeedEntry, shape: Shape) -> list[str]:
    time = shape.time(entry.time)
    label: list[str] = []
    if entry.label and shape.three_line_kinds:
        label = ["(", entry.label, ")"]
    elif entry.label:
        label = [f"( {entry.label} )" if shape.spaced_kinds else f"({entry.label})"]
    links, abstract = list(entry.links), list(entry.abstract)
    if shape.link_glued and links and abstract:
        abstract[0] = f"{links.pop()} {abstract[0]}"
    people = [entry.people] if entry.people else []
    end = [f"{entry.people} 🔗"] if entry.people and shape.mark_on_people else [*people, "🔗"]
    if shape.no_bars:
        return [time, entry.title, *label, *links, *abstract, end[0] if len(end) == 1 else " ".join(end), ""]
    if not shape.glued:
        return [time, "|", entry.title, *label, *links, *abstract, "|", *end, "|"]
    if not abstract:
        inline = f"( {entry.label} )" if entry.label else ""
        head = " ".join(part for part in (entry.title, inline, *entry.links) if part)
        return [f"{time} |", f"{head} | {' '.join([*people, '🔗'])} |"]
    body = [entry.title, *label, *links, *abstract]
    return [f"{time} |", *body[:-1], f"{body[-1]} |", *end[:-1], f"{end[-1]} |"]


SHAPES = {
    "seed": Shape(),
    "preamble": Shape(preamble=True),
    "glued-separators": Shape(glued=True),
    "mark-on-people-line": Shape(mark_on_people=True),
    "kind-over-three-lines": Shape(three_line_kinds=True),
    "kind-with-spaces": Shape(spaced_kinds=True),
    "link-glued-to-abstract": Shape(link_glued=True),
    "no-bars": Shape(no_bars=True, mark_on_people=True),
    "lost-dash": Shape(time=lost_dash),
    "end-weekday": Shape(time=end_weekday),
    "dated": Shape(time=dated),
    "all-at-once": Shape(
        preamble=True,
        glued=True,
        mark_on_people=True,
        three_line_kinds=True,
        link_glued=True,
        time=lambda time: lost_dash(dated(time)),
    ),
    "all-at-once-without-bars": Shape(
        preamble=True,
        no_bars=True,
        mark_on_people=True,
        three_line_kinds=True,
        link_glued=True,
        time=lambda time: end_weekday(dated(time)),
    ),
}


def _build(path: Path) -> Loaded:
    with contextlib.chdir(ROOT):
        settings = load_program_file(SAMPLE_PROGRAM_FILE.relative_to(ROOT))
        return load_program(attrs.evolve(settings, feeds=(FeedSpec(path),)))


def _without_places(data: Any) -> Any:
    """The document without file names and line numbers (also those quoted in messages)."""
    if isinstance(data, dict):
        return {key: _without_places(value) for key, value in data.items() if key not in ("source", "line", "sources")}
    if isinstance(data, list):
        return [_without_places(value) for value in data]
    if isinstance(data, str):
        return re.sub(r"\(line \d+,", "(line N,", data)
    return data


@pytest.fixture(scope="module")
def seed_document() -> dict[str, Any]:
    document: dict[str, Any] = _without_places(program_document(_build(SAMPLE_PAGE.resolve()).program))
    return document


@pytest.mark.parametrize("shape", SHAPES, ids=list(SHAPES))
def test_each_copy_reads_as_the_seed(tmp_path: Path, seed_document: dict[str, Any], shape: str) -> None:
    path = tmp_path / SAMPLE_PAGE.name
    path.write_text(render(SHAPES[shape]), encoding="utf-8")

    loaded = _build(path)
    document = _without_places(program_document(loaded.program))

    assert loaded.feeds[0].reader == "schedule-page"
    assert document.pop("description") == (DESCRIPTION if SHAPES[shape].preamble else None)
    assert document == {key: value for key, value in seed_document.items() if key != "description"}
    assert len(loaded.program.items) == 33


def test_the_seed_rewrite_is_the_seed() -> None:
    assert render(SHAPES["seed"]).rstrip("\n") == SAMPLE_PAGE.read_text(encoding="utf-8").rstrip("\n")


@pytest.mark.parametrize("shape", SHAPES, ids=list(SHAPES))
def test_detection_claims_every_copy(shape: str) -> None:
    assert SchedulePageReader().detect(render(SHAPES[shape]))
