r"""A conference tool's export is shown as written: no LaTeX rendering, no re-cased handles.

The 38C3 export has a cheer (`\o/`), a shrug (`¯\_(ツ)_/¯`), an escaped quote (`We\'ll`)
and speakers with one-word handles in capitals (`CDC`, `DJE98`). Every output that shows
titles, abstracts or names must show them exactly so.
"""

from __future__ import annotations

import csv
import io
import json
import re

import pytest

from program.loading import load_program
from program.model import Program
from program.rendering import render_outputs
from program.settings import FeedSpec, Settings
from program.writers import WRITERS, RenderOptions

from conftest import LoadText
from helpers import ROOT

EXPORT = ROOT / "tests" / "data" / "frab" / "examples" / "xml" / "schedule-38c3-20251206.xml"
IN_A_TITLE = "GLAM zwischen LOD und ¯\\_(ツ)_/¯"
IN_ABSTRACTS = ("\\o/", "¯\\_(ツ)_/¯ = Platzhalter", "We\\'ll")
WITH_ABSTRACTS = ("program.ics", "schedule.xml", "schedule.json")
TEXT_OUTPUTS = (*WITH_ABSTRACTS, "program.md", "talks.csv", "talks.md", "speakers.txt")


@pytest.fixture(scope="module")
def congress() -> Program:
    return load_program(Settings(feeds=(FeedSpec(EXPORT),))).program


@pytest.fixture(scope="module")
def outputs(congress: Program) -> dict[str, str]:
    writers = [writer for writer in WRITERS.values() if getattr(writer, "filename", None) in TEXT_OUTPUTS]
    rendered = render_outputs(congress, writers, RenderOptions())
    return {name: _readable(name, data.decode()) for name, data in rendered.items()}


def _readable(name: str, text: str) -> str:
    """The text a reader of the file sees: calendars and Markdown unescaped, JSON's strings."""
    if name.endswith(".ics"):
        return text.replace("\r\n ", "").replace("\\,", ",").replace("\\;", ";").replace("\\\\", "\\")
    if name.endswith(".json"):
        return "\n".join(_strings(json.loads(text)))
    if name.endswith(".md"):
        return re.sub(r"\\([\\`*_\[\]<>|])", r"\1", text)
    return text


def _strings(value: object) -> list[str]:
    if isinstance(value, str):
        return [value]
    if isinstance(value, dict):
        value = list(value.values())
    return [text for part in value for text in _strings(part)] if isinstance(value, list) else []


def test_the_export_is_not_marked_as_scraped(congress: Program) -> None:
    assert [item.id for item in congress.items if item.scraped] == []


@pytest.mark.parametrize("name", TEXT_OUTPUTS)
def test_backslashes_of_the_export_stay_in_every_output(outputs: dict[str, str], name: str) -> None:
    wanted = (IN_A_TITLE, *IN_ABSTRACTS) if name in WITH_ABSTRACTS else (IN_A_TITLE,)

    assert [fragment for fragment in wanted if fragment not in outputs[name]] == []


def test_handles_are_not_re_cased(congress: Program, outputs: dict[str, str]) -> None:
    displays = {person.name: person.display for person in congress.people if person.name in ("CDC", "DJE98")}
    people_cells = {row["people"] for row in csv.DictReader(io.StringIO(outputs["talks.csv"].lstrip("\ufeff")))}

    assert displays == {"CDC": "CDC", "DJE98": "DJE98"}
    assert any("CDC" in cell.split("; ") for cell in people_cells)
    assert "Cdc" not in outputs["schedule.xml"] and "Dje98" not in outputs["program.md"]


def test_family_names_in_capitals_of_a_frab_export_stay_as_written(congress: Program) -> None:
    capitals = [
        person for person in congress.people if any(word.isupper() and len(word) > 2 for word in person.name.split())
    ]

    assert capitals
    assert [person.name for person in capitals if person.display != person.name] == []


def test_a_schedule_page_still_re_cases_and_renders(load_text: LoadText) -> None:
    loaded = load_text(
        """
        Sat 9:00 a.m. - 10:00 a.m.
        |
        Fast $\\mu$-kernels \\o/
        (Spotlight)
        |
        Antoine DUPRET · CDC
        🔗
        """
    )
    outputs = render_outputs(loaded.program, [WRITERS["ics"], WRITERS["talks-csv"]], RenderOptions())
    calendar = outputs["program.ics"].decode().replace("\r\n ", "")

    assert "SUMMARY:Fast μ-kernels \\\\o/" in calendar
    assert "Authors: Antoine Dupret\\, CDC" in calendar
    assert "Antoine Dupret; CDC" in outputs["talks.csv"].decode()
