"""Trial 35's Turkish Blade page: a day's table headed by its day and a title column's name, not a grid of rooms.

Every field of every slot is compared with the expectations in `test_html_page_expectations.py`.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from html_page_files import bench, read_page
from program.readers import ReadContext
from program.readers.html_page import HtmlPageReader

ISTANBUL = ZoneInfo("Europe/Istanbul")
NAME = "kuzeydeyariyil2023-program.blade.php"


def test_a_title_columns_name_over_a_days_table_is_no_room() -> None:
    # Kuzeyde Yarıyıl 2023: `<th>13 Ocak Cuma</th><th>Etkinlik</th>` ("Activity") over `14:00 - 18:00 | …` rows
    program = read_page(NAME, "Europe/Istanbul", date(2023, 1, 13))

    assert len(program.items) == 19
    assert {item.location for item in program.items} == {None}
    assert "table 1 (line 22): one item a row: titles in Etkinlik, no rooms; times in column A" in program.reading
    party = next(item for item in program.items if item.title == "After Party")
    assert (party.start, party.end) == (
        datetime(2023, 1, 14, 23, 30, tzinfo=ISTANBUL),
        datetime(2023, 1, 15, 1, 0, tzinfo=ISTANBUL),
    )


def test_an_english_title_head_is_no_room_and_a_rooms_head_still_is() -> None:
    text = bench.page_text(NAME)
    context = ReadContext(first_date=date(2023, 1, 13), timezone=ISTANBUL)
    event = HtmlPageReader().read(text.replace("<th>Etkinlik</th>", "<th>Event</th>"), source="e.html", context=context)
    hall = HtmlPageReader().read(
        text.replace("<th>Etkinlik</th>", "<th>Salon A</th>"), source="h.html", context=context
    )

    assert {item.location for item in event.items} == {None}
    assert {item.location for item in hall.items} == {"Salon A"}
