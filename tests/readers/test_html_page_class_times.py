"""A timetable timed only by class names (DQML 2022's CSS grid): its columns as days, and when they cannot be told."""

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from html_page_files import DATA, read_page
from program.errors import ParseError
from program.readers import detect_readers
from program.readers.base import ReadContext
from program.readers.html_page import HtmlPageReader


def test_a_timetable_timed_by_class_names_is_detected_as_a_saved_page_and_read_by_its_columns() -> None:
    # DQML 2022: a Jekyll page (front matter first) of `<div class="event stage-ML start-1730 end-1800">`.
    text = (DATA / "dqml22-schedule.html").read_text(encoding="utf-8")

    assert [reader.name for reader in detect_readers(text[:2000])] == ["html-page"]
    program = read_page("dqml22-schedule.html", "Europe/Vienna", date(2022, 2, 1))
    assert [item.start.date().isoformat() for item in program.items if item.title == "Dinner" and item.start] == [
        "2022-02-01",
        "2022-02-02",
        "2022-02-03",
    ]


def test_a_timetable_timed_by_class_names_whose_columns_cannot_be_told_is_refused() -> None:
    # DQML 2022 without its Wednesday header: four runs of events under three headers; no event's day is sure.
    text = (DATA / "dqml22-schedule.html").read_text(encoding="utf-8")
    text = text.replace('<div class="header" style="grid-column: 3;">Wednesday</div>', "")
    context = ReadContext(first_date=date(2022, 2, 1), timezone=ZoneInfo("Europe/Vienna"))

    with pytest.raises(ParseError, match="18 events run in 4 days by their order, under 3 day headers"):
        HtmlPageReader().read(text, source="d.html", context=context)
