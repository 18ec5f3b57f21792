"""Sheets a new user tried unseen (trial 14): DLF Forum 2020's sessions and MASES 2018's program.

DLF Forum 2020 (`_data/sessions.csv`, with a byte-order mark) writes `2020-Nov-09 10:00` under
`start` and `finish`: the year before a month's name. All 45 rows were refused (`expected a clock
time …, found 'Nov-09 10:00'`). Expectations parse each record's cells with `strptime`
(tests/data/spreadsheets, PROVENANCE.md); the site's own calendar files carry
`TZID:America/New_York`.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from spreadsheet_files import csv_records, read_csv

NEW_YORK = ZoneInfo("America/New_York")


def _written(text: str) -> datetime:
    return datetime.strptime(text, "%Y-%b-%d %H:%M").replace(tzinfo=NEW_YORK)


def test_dlf_forum_2020_year_first_datetimes_with_a_months_name_are_read() -> None:
    records = csv_records("dlfforum2020-sessions.csv")
    program = read_csv("dlfforum2020-sessions.csv", timezone=NEW_YORK)

    expected = {(record["Title"], _written(record["start"]), _written(record["finish"])) for record in records}
    got = {(item.title, item.start, item.end) for item in program.items}
    assert len(records) == 45
    assert got == expected  # every row, start and finish as written
    assert not program.has_errors
    columns = next(line for line in program.reading if line.startswith("columns:"))
    assert "start → start, finish → end, Title → title" in columns
    # the brunch is written twice at 12:30 on 12 November, once with its link and once with its description
    brunch = [item for item in program.items if item.title == "Get Active with the NDSA Brunch"]
    assert [(item.start, item.end) for item in brunch] == [
        (datetime(2020, 11, 12, 12, 30, tzinfo=NEW_YORK), datetime(2020, 11, 12, 13, tzinfo=NEW_YORK))
    ]
    assert "rows repeating an item's title and time: 45 rows joined into 44 items" in program.reading
    assert not [line for line in program.reading if "with a start only" in line]
