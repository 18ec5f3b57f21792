"""Days as columns between two time columns, and a table of labelled moments (COMSOC 2006's programme).

Every field of every slot is compared with tests/data/html_pages/expected/comsoc2006-old-programme.php.json in
`test_html_page_expectations.py`; here, what the page taught the reader, with figures read from its source.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from html_page_files import read_page
from program.errors import UsageError
from program.readers.base import ReadContext
from program.readers.html_page import HtmlPageReader

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
COMSOC = "comsoc2006-old-programme.php"
WEDNESDAY = date(2006, 12, 6)


def _at(day: int, hour: int, minute: int) -> datetime:
    return datetime(2006, 12, day, hour, minute, tzinfo=AMSTERDAM)


def test_a_time_column_repeated_after_the_last_day_is_no_day_and_no_room() -> None:
    # `Time | Wednesday | Thursday | Friday | Time`: 11 cells on Wednesday and Thursday, 9 on Friday
    program = read_page(COMSOC, "Europe/Amsterdam", WEDNESDAY)
    grid = [item for item in program.items if item.title not in ("Registration", "Welcome", "Social Dinner")]

    assert [sum(item.start.day == day for item in grid if item.start) for day in (6, 7, 8)] == [11, 11, 9]
    assert {item.location for item in program.items} == {None}
    assert any(
        "days as columns: Wednesday, Thursday, Friday; one item a day a cell covers; the time column again after "
        "Friday, its times Friday's" in line
        for line in program.reading
    )
    assert not program.problems


def test_where_the_right_time_column_differs_it_times_the_last_day() -> None:
    # after 14:00 Friday's rowspans (`4 talks` rowspan=8 beside `14:00-15:20` rowspan=8) are not the left column's
    program = read_page(COMSOC, "Europe/Amsterdam", WEDNESDAY)
    friday = [(item.title, item.start, item.end) for item in program.items if item.start and item.start.day == 8]

    assert friday[-3:] == [
        ("4 talks", _at(8, 14, 0), _at(8, 15, 20)),
        ("coffee break", _at(8, 15, 20), _at(8, 15, 50)),
        ("4 talks", _at(8, 15, 50), _at(8, 17, 10)),
    ]
    wednesday = [(item.title, item.start, item.end) for item in program.items if item.start and item.start.day == 6]
    assert ("coffee break", _at(6, 16, 0), _at(6, 16, 30)) in wednesday  # the left column's, for the other days


def test_a_cell_that_is_only_a_name_is_that_persons_talk() -> None:
    program = read_page(COMSOC, "Europe/Amsterdam", WEDNESDAY)
    named = {item.title: item.people for item in program.items if item.people}

    assert named == {
        name: (name,) for name in ("Francesca Rossi", "Noam Nisan", "Boi Faltings", "Harrie de Swart", "Steven Brams")
    }


def test_labelled_moments_above_the_grid_are_items_on_their_weekdays() -> None:
    # `<b>Registration:</b> from Wednesday 08:15`, `<b>Social Dinner:</b> Thursday 20:00 (<a>details</a>)`,
    # `<b>Welcome:</b> Wednesday 08:50-09:00`
    program = read_page(COMSOC, "Europe/Amsterdam", WEDNESDAY)
    moments = {item.title: item for item in program.items if item.title in ("Registration", "Welcome", "Social Dinner")}

    assert {title: (item.start, item.end) for title, item in moments.items()} == {
        "Registration": (_at(6, 8, 15), _at(6, 8, 50)),  # a start alone ends at its day's next start (Welcome)
        "Welcome": (_at(6, 8, 50), _at(6, 9, 0)),
        "Social Dinner": (_at(7, 20, 0), None),
    }
    assert [moments[title].kind.value for title in ("Registration", "Welcome", "Social Dinner")] == [
        "other",
        "opening",
        "social",
    ]
    assert moments["Social Dinner"].source.line == 18
    assert "labelled moments: a cell each, `Label: day time`" in " ".join(program.reading)


def test_weekdays_alone_ask_for_the_first_date() -> None:
    with pytest.raises(UsageError, match="--date"):
        read_page(COMSOC, "Europe/Amsterdam")


def test_rooms_as_columns_with_the_time_column_written_again_on_the_right() -> None:
    # the same far column over rooms: no room, the times of the room beside it where it writes one
    page = """<html><body><table>
<tr><th>Time</th><th>Room A</th><th>Room B</th><th>Time</th></tr>
<tr><td>09:00-10:00</td><td>Opening</td><td>Keynote</td><td>09:00-10:00</td></tr>
<tr><td>10:00-11:00</td><td>Talk A</td><td>Talk C</td><td>10:00-10:30</td></tr>
<tr><td>11:00-12:00</td><td>Lunch</td><td>Talk D</td><td>10:30-12:00</td></tr>
</table></body></html>"""
    context = ReadContext(first_date=WEDNESDAY, timezone=AMSTERDAM)

    program = HtmlPageReader().read(page, source="rooms.html", context=context)

    assert sorted((item.location, item.title, item.start, item.end) for item in program.items) == [
        ("Room A", "Lunch", _at(6, 11, 0), _at(6, 12, 0)),
        ("Room A", "Opening", _at(6, 9, 0), _at(6, 10, 0)),
        ("Room A", "Talk A", _at(6, 10, 0), _at(6, 11, 0)),
        ("Room B", "Keynote", _at(6, 9, 0), _at(6, 10, 0)),
        ("Room B", "Talk C", _at(6, 10, 0), _at(6, 10, 30)),
        ("Room B", "Talk D", _at(6, 10, 30), _at(6, 12, 0)),
    ]
