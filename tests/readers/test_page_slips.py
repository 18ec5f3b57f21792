"""An end written before its start on a page of 24-hour times ("12:30 - 11:30"): a slip, warned, never 11 hours."""

from datetime import date
from zoneinfo import ZoneInfo

import pytest
from hypothesis import given
from hypothesis import strategies as st

from program.model import Problem
from program.readers.base import Line, ReadContext
from program.readers.lines.schedule import LinesRead, read_schedule_lines

_CONTEXT = ReadContext(first_date=date(2024, 8, 26), timezone=ZoneInfo("Europe/Madrid"))


def _read(*texts: str) -> LinesRead:
    lines = [Line(number, text) for number, text in enumerate(texts, start=1)]
    return read_schedule_lines(lines, _CONTEXT, source="p.md")


def _times(read: LinesRead) -> list[tuple[str, str | None]]:
    return [
        (item.start.strftime("%d %H:%M"), item.end.strftime("%d %H:%M") if item.end else None)
        for item in read.items
        if item.start
    ]


def _slips(read: LinesRead) -> list[Problem]:
    return [problem for problem in read.problems if problem.code == "end-before-start"]


def test_a_slip_before_another_item_ends_at_its_start_with_a_warning() -> None:
    read = _read("* 09:00 - 10:00, Talks", "* 12:30 - 11:30, Lunch Break", "* 13:30 - 15:00, Posters")

    assert _times(read) == [("26 09:00", "26 10:00"), ("26 12:30", "26 13:30"), ("26 13:30", "26 15:00")]
    assert [(problem.source and problem.source.line, problem.message) for problem in _slips(read)] == [
        (
            2,
            "'12:30 - 11:30' ends before it starts, on a page whose times are on a 24-hour clock: "
            "read as starting at 12:30, ending at the next item's start (13:30)",
        )
    ]


@pytest.mark.parametrize(
    ("texts", "expected"),
    [
        (("* 21:00 - 23:00 Dinner", "* 23:00-0:30 Party"), [("26 21:00", "26 23:00"), ("26 23:00", "27 00:30")]),
        (("* 09:00 - 10:00 Talks", "* 11:30-1:00 Lunch"), [("26 09:00", "26 10:00"), ("26 11:30", "26 13:00")]),
        # Hours 1 to 12 only, none zero-padded: the page may mean 12:30 p.m. to 11:30 p.m.; read as before.
        (("* 9:00 - 10:00 Talks", "* 12:30 - 11:30 Hackathon"), [("26 09:00", "26 10:00"), ("26 12:30", "26 23:30")]),
        # Written with am/pm: the end's half of the day is said.
        (
            ("* 9:00am - 10:00am Talks", "* 12:30pm - 11:30pm Hackathon"),
            [("26 09:00", "26 10:00"), ("26 12:30", "26 23:30")],
        ),
    ],
)
def test_ranges_that_are_meant_read_as_before(texts: tuple[str, ...], expected: list[tuple[str, str]]) -> None:
    read = _read(*texts)

    assert (_times(read), _slips(read)) == (expected, [])


@given(st.integers(0, 24 * 60 - 1), st.integers(1, 12 * 60), st.sampled_from(["-", " - ", "–", " to "]))
def test_a_range_of_up_to_twelve_hours_in_24_hour_times_reads_back_without_a_warning(
    start: int, length: int, separator: str
) -> None:
    end = start + length
    if end > 24 * 60 and start < 12 * 60:  # past midnight from a morning start: no real range
        return
    written = f"{start // 60:02d}:{start % 60:02d}{separator}{end // 60 % 24:02d}:{end % 60:02d}"

    read = _read(f"* {written} Session")

    day, minutes = divmod(end, 24 * 60)
    expected_end = f"{26 + day} {minutes // 60:02d}:{minutes % 60:02d}"
    assert (_times(read), _slips(read)) == ([(f"26 {start // 60:02d}:{start % 60:02d}", expected_end)], [])
