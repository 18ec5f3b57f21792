"""Every box of a day's timetable lies inside it, and holds its first line.

IWSDA 2025 (tests/data/html_pages/iwsda2025-program.html) has a Sunday of one 18:00 event with
no end, of the double-bordered kind "other": the timetable was 0 mm tall, its box a 2.35 mm
sliver in 5 pt type over the "Running order" heading, its line cut by the border.
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

import pytest

from program.loading import load_program
from program.settings import FeedSpec, Settings
from program.writers import RenderOptions
from program.writers.base import lang_of
from program.writers.shown_names import NamedPeople
from program.writers.timetable import BORDERS_MM, NORMAL, timetable

from helpers import ROOT

IWSDA = ROOT / "tests" / "data" / "html_pages" / "iwsda2025-program.html"


def test_a_day_of_one_event_without_an_end_is_as_tall_as_its_box_in_normal_type() -> None:
    settings = Settings(feeds=(FeedSpec(IWSDA),), timezone=ZoneInfo("Australia/Melbourne"))
    program = load_program(settings).program
    sunday = [item for item in program.items if item.start is not None and item.start.day == 7]
    assert [(item.title, item.end) for item in sunday] == [("Evening Welcome Event", None)]

    table = timetable(sunday, NamedPeople(program), lang_of(program, RenderOptions()))
    (box,) = table.boxes
    assert not box.tight
    assert box.height_mm == pytest.approx(NORMAL.min_height(BORDERS_MM["other"]))
    assert table.height_mm >= box.top_mm + box.height_mm
