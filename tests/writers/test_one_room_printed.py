"""A one-room program's room is said once, beside the venue, on the printed pages.

The printable program and the booklet show no room column when there is one room, so
without this KDD 2025's workshop room ("**Location:** MTCC Room 717" above its table,
tests/data/pages/kdd2025llm4ecom-schedule.md) appeared on none of them.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import lxml.html

from program.loading import load_program
from program.model import Program
from program.settings import FeedSpec, Settings, load_program_file
from program.writers import RenderOptions
from program.writers.booklet import booklet_data
from program.writers.program_html import ProgramHtmlWriter
from program.writers.program_markdown import ProgramMarkdownWriter

from helpers import ROOT, SAMPLE_PROGRAM_FILE

DATA = ROOT / "tests" / "data"


def _kdd() -> Program:
    feed = FeedSpec(DATA / "pages" / "kdd2025llm4ecom-schedule.md")
    return load_program(Settings(feeds=(feed,), timezone=ZoneInfo("America/Toronto"))).program


def test_the_one_room_is_on_the_cover_of_the_printable_program_and_the_booklet() -> None:
    kdd = _kdd()

    cover = lxml.html.fromstring(ProgramHtmlWriter().write(kdd, RenderOptions())).find_class("venue")
    markdown = ProgramMarkdownWriter().write(kdd, RenderOptions())

    assert [paragraph.text_content() for paragraph in cover] == ["MTCC Room 717"]
    assert "Mon 4 Aug 2025 · MTCC Room 717" in markdown
    assert booklet_data(kdd, RenderOptions())["venue"] == "MTCC Room 717"


def test_a_program_of_several_rooms_names_only_its_venue() -> None:
    sample = load_program(load_program_file(SAMPLE_PROGRAM_FILE)).program

    assert len({item.location for item in sample.items if item.location}) != 1
    assert sample.where() == sample.venue
