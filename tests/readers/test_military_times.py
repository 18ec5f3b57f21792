"""Four-digit clocks in a table's time cell: `| 0800 – 0830 | : | Registration |` (UTM's URC 2023 schedule).

The page's table has no header and no time with a colon; it was refused at detection (a bare pipe
table is a CSV's, and the csv reader asks for a header). A cell that is only a range of four-digit
clocks is a time range, never a range of years (`2010 – 2015`), and never the opening of a line.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from program.readers import ReadContext, decode_feed, detect_readers
from program.readers.notation.leading import leading_span
from program.readers.schedule_page import SchedulePageReader

from helpers import ROOT

SOURCE = ROOT / "tests" / "data" / "pages" / "urc2023-schedule.txt"
JOHOR = ZoneInfo("Asia/Kuala_Lumpur")


def test_a_headerless_table_of_four_digit_ranges_is_a_schedule_page_and_every_row_an_item() -> None:
    text = decode_feed(SOURCE.read_bytes(), str(SOURCE))
    rows = [[cell.strip() for cell in line.strip().strip("|").split("|")] for line in text.splitlines() if line]
    context = ReadContext(first_date=date(2023, 6, 1), timezone=JOHOR)

    program = SchedulePageReader().read(text, source=str(SOURCE), context=context)

    assert [reader.name for reader in detect_readers(text)] == ["schedule-page"]
    expected = []
    for clock, _, title in rows:
        start, end = (part.strip() for part in clock.split("–"))
        at = [datetime(2023, 6, 1, int(part[:2]), int(part[2:]), tzinfo=JOHOR) for part in (start, end)]
        expected.append((title, at[0], at[1]))
    assert [(item.title, item.start, item.end) for item in program.items] == expected


@given(st.integers(0, 23), st.integers(0, 59), st.integers(1, 600))
def test_a_cell_of_two_four_digit_clocks_reads_as_that_range(hour: int, minute: int, length: int) -> None:
    start = hour * 60 + minute
    end = start + length
    written = f"{hour:02d}{minute:02d} – {end // 60 % 24:02d}{end % 60:02d}"

    found = leading_span(written)

    if 1900 <= hour * 100 + minute < 2200 and 1900 <= (end // 60 % 24) * 100 + end % 60 < 2200:
        assert found is None  # it reads as a range of years as well ("2010 – 2015")
    else:
        assert found is not None and (found.span.start.minutes, found.span.end_minutes) == (start, end)


def test_years_and_a_line_that_opens_with_four_digits_are_no_times() -> None:
    assert leading_span("2010 – 2015") is None
    assert leading_span("0800 – 0830 Registration") is None  # a line's opening: only a cell is read so
