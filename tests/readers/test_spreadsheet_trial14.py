"""Sheets a new user tried unseen (trial 14): DLF Forum 2020's sessions and MASES 2018's program.

DLF Forum 2020 (`_data/sessions.csv`, with a byte-order mark) writes `2020-Nov-09 10:00` under
`start` and `finish`: the year before a month's name. All 45 rows were refused (`expected a clock
time …, found 'Nov-09 10:00'`). Expectations parse each record's cells with `strptime`
(tests/data/spreadsheets, PROVENANCE.md); the site's own calendar files carry
`TZID:America/New_York`.

MASES 2018 (`_data/program.csv`, Montpellier, 3 September 2018) gives starts only: each row ends
where the day's next row begins, the last (`18:00,Closing`) keeps none, as docs/formats.md says of
every table; the untimed `<b>Session 1</b>` rows are sections, skipped and said.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

from program.readers import detect_readers
from spreadsheet_files import DATA, csv_records, read_csv

NEW_YORK = ZoneInfo("America/New_York")
PARIS = ZoneInfo("Europe/Paris")


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


def _mases_at(clock: str) -> datetime:
    return datetime.strptime(f"2018-09-03 {clock}", "%Y-%m-%d %H:%M").replace(tzinfo=PARIS)


def test_mases_2018_starts_only_end_at_the_next_row_and_the_last_keeps_none() -> None:
    timed = [record for record in csv_records("mases2018-program.csv") if record["Time"]]
    program = read_csv("mases2018-program.csv", timezone=PARIS, first_date=datetime(2018, 9, 3).date())

    starts = [_mases_at(record["Time"]) for record in timed]
    expected = [
        (
            " ".join(re.sub(r"<[^>]+>", "", record["Title"]).split()),
            start,
            starts[index + 1] if index + 1 < len(starts) else None,
            tuple(name.strip() for name in re.split(r",\s*(?:and\s+)?|\s+and\s+", record["Authors"] or "") if name),
        )
        for index, (record, start) in enumerate(zip(timed, starts, strict=True))
    ]
    assert [(item.title, item.start, item.end, item.people) for item in program.items] == expected
    closing = program.items[-1]
    assert (closing.title, closing.start, closing.end) == ("Closing", _mases_at("18:00"), None)
    assert "13 rows with a start only end when the day's next row starts" in program.reading
    assert [line for line in program.reading if line.startswith("skipped:")] == [
        "skipped: mases2018-program.csv:6 (a section row without a time: 'Session 1')",
        "skipped: mases2018-program.csv:11 (a section row without a time: 'Session 2')",
        "skipped: mases2018-program.csv:16 (a section row without a time: 'Invited Software Mining Workshop session')",
    ]
    # line 17: "See the Software Mining workshop <a href=…program.html>program</a> for details"
    software_mining = program.items[-2]
    assert software_mining.title == "See the Software Mining workshop program for details"
    assert [link.url for link in software_mining.links] == [
        "http://lamda.nju.edu.cn/conf/softwaremining18/program.html"
    ]
    assert program.items[2].kind.value == "keynote"  # "<b>Keynote:</b> Scikit-learn: …", Type "Keynote"


def test_mases_2018_rows_without_their_trailing_empty_fields_are_still_a_csv() -> None:
    # `Time,Title,Authors,Type` over `08:00,Registration`: refused with "cannot tell the format" before
    text = (DATA / "mases2018-program.csv").read_text(encoding="utf-8")

    assert [reader.name for reader in detect_readers(text)] == ["csv"]
    assert [reader.name for reader in detect_readers("Time,Title,Authors,Type\nWelcome to our page\n")] == []
