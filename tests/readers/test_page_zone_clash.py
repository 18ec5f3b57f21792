"""A page's zone named two ways ("Central European Summer Time (UTC+1)"): warned when they disagree, else not."""

from datetime import date
from zoneinfo import ZoneInfo

import pytest

from program.readers.base import Line, ReadContext
from program.readers.lines.days import named_zone
from program.readers.lines.schedule import read_schedule_lines


def _clashes(zone_line: str, first: date, timezone: str | None = None) -> tuple[str, list[int | None]]:
    texts = ["* 09:00 - 10:00, Talks", zone_line]
    lines = [Line(number, text) for number, text in enumerate(texts, start=1)]
    context = ReadContext(first_date=first, timezone=ZoneInfo(timezone) if timezone else None)
    read = read_schedule_lines(lines, context, source="p.md")
    warned = [problem.source.line if problem.source else None for problem in read.problems]
    return read.zone.key, warned


@pytest.mark.parametrize(
    ("zone_line", "first", "expected"),
    [
        ("All times are in Central European Summer Time (UTC+1).", date(2024, 8, 26), ("Europe/Paris", [2])),
        ("All times are in Central European Summer Time (UTC+2).", date(2024, 8, 26), ("Europe/Paris", [])),
        ("All times are in CET (UTC+1).", date(2024, 1, 15), ("Europe/Paris", [])),
        ("All times are in CET (UTC+1).", date(2024, 7, 15), ("Europe/Paris", [2])),  # Paris keeps summer time
        ("Times are in Pacific Time (UTC-7)", date(2024, 7, 15), ("America/Los_Angeles", [])),
        ("Times are GMT+2", date(2024, 7, 15), ("Etc/GMT-2", [])),  # one way only
    ],
)
def test_a_zone_said_two_ways_is_warned_only_when_they_disagree(
    zone_line: str, first: date, expected: tuple[str, list[int]]
) -> None:
    assert _clashes(zone_line, first) == expected


def test_timezone_given_settles_it_without_a_warning() -> None:
    line = "All times are in Central European Summer Time (UTC+1)."

    assert _clashes(line, date(2024, 8, 26), "Europe/Madrid") == ("Europe/Madrid", [])


def test_eastern_european_time_written_out_is_athens_not_new_york() -> None:
    zone = named_zone("All times are Eastern European Time")

    assert zone is not None and zone.key == "Europe/Athens"
