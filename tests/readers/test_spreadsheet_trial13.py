"""Sheets a new user tried unseen (trial 13): MageTitans 2024's agenda, whose `end` column holds lengths.

`_data/agenda.csv` writes `8:30,0:30,social,,Welcome,` under `start,end,…`: Welcome runs 30
minutes. Read as clock times, 19 of 20 items ended after midnight. Expectations add each row's
`end` to its `start` (tests/data/spreadsheets, PROVENANCE.md).
"""

from __future__ import annotations

from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from spreadsheet_files import csv_records, read_csv

AMSTERDAM = ZoneInfo("Europe/Amsterdam")
DAY = date(2024, 9, 13)


def _clock(text: str) -> tuple[int, int]:
    hours, minutes = text.split(":")
    return int(hours), int(minutes)


def test_magetitans_end_column_read_as_lengths() -> None:
    records = csv_records("magetitans2024-agenda.csv")
    program = read_csv("magetitans2024-agenda.csv", first_date=DAY, timezone=AMSTERDAM)

    assert (len(records), len(program.items)) == (20, 20)
    for record, item in zip(records, program.items, strict=True):
        start = datetime(DAY.year, DAY.month, DAY.day, *_clock(record["start"]), tzinfo=AMSTERDAM)
        hours, minutes = _clock(record["end"]) if record["end"] else (0, 0)
        end = start + timedelta(hours=hours, minutes=minutes) if record["end"] else None
        # "⚡ Quiz": an emoji opening a title is the site's decoration, no title word (docs/formats.md, trial 45)
        assert (item.title, item.start) == (record["title"].strip().removeprefix("⚡ "), start)
        if end is not None:
            assert item.end == end
        assert item.people == tuple(name.strip() for name in record["speaker"].split("&") if name.strip())
    welcome, party = program.items[0], program.items[-2]
    assert (welcome.start, welcome.end) == (
        datetime(2024, 9, 13, 8, 30, tzinfo=AMSTERDAM),
        datetime(2024, 9, 13, 9, tzinfo=AMSTERDAM),  # 8:30 + 0:30, not 00:30 the next day
    )
    assert party.end == datetime(2024, 9, 13, 18, 55, tzinfo=AMSTERDAM)  # 16:55 + 2:00, not 02:00 the next day
    assert not [problem for problem in program.problems if problem.code == "overlap"]
    columns = next(line for line in program.reading if line.startswith("columns:"))
    assert "end → duration" in columns
    assert "'end' holds lengths, not clock times: earlier than the start on 19 of 19 rows" in columns


def test_neuromatch_2020_labels_in_the_name_column_are_nobody() -> None:
    records = csv_records("neuromatch2020-agenda-1.csv")
    program = read_csv("neuromatch2020-agenda-1.csv")

    assert (len(records), len(program.items)) == (123, 123)
    labels = ("Social time", "Rescheduled to 9 PM", "Panel Discussion")
    for record, item in zip(records, program.items, strict=True):
        assert (item.title, item.start, item.end) == (
            " ".join(record["title"].split()),  # spaces made single, as in every title
            datetime.fromisoformat(record["starttime"]),
            datetime.fromisoformat(record["endtime"]),
        )
        if record["fullname"].startswith(labels):
            assert item.people == (), record["fullname"]
    julien = next(item for item in program.items if item.title.startswith("DeepCINAC"))
    assert julien.people == ("Julien Denis",)  # "Julien Denis (INMED, France)."
    panel = next(item for item in program.items if item.title == "The big topics in neuroscience")
    assert panel.people == ()
