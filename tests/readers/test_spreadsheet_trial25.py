"""Trial 25's sheets (unseen): a `Weekday` column, and rooms written as talk, speaker and picture columns.

Expectations worked out from the files with csv (tests/data/spreadsheets/PROVENANCE.md), not from
program's output. ISA Oxford 2026: `Weekday` `Thursday` is --date (3 September 2026, the repository's
code/config.R), `Friday` and `Saturday` the days after; `Time Start`/`Time End` in 12-hour clock;
the room `Building — Room` as the organisers' own site writes it (`Rhodes House` once when both say it).
Before, `Weekday` was not read and all 27 rows fell on Thursday, and `Building` was not read. Tropicon 2026:
`Viernes` is --date (17 April 2026), `Sábado` the day after; each room (`Track 1`, `Track Villas`)
a talk column with its `Ponente` and a picture path beside it; a start-only `09:00 hrs` row ends at
the day's next later start. Before, the file was refused (`expected a header row with a title
column …`).
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from program.readers import ReadContext, detect_readers
from program.readers.spreadsheet_csv import SpreadsheetCsvReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "spreadsheets"
LONDON = ZoneInfo("Europe/London")
CANCUN = ZoneInfo("America/Cancun")


def test_isa2026_weekday_column_places_each_row_on_its_day() -> None:
    text = (DATA / "isa2026-overview.csv").read_text(encoding="utf-8")
    first = date(2026, 9, 3)
    offset = {"Thursday": 0, "Friday": 1, "Saturday": 2}
    expected = []
    for line, record in enumerate(csv.DictReader(io.StringIO(text)), start=2):
        day = first + timedelta(days=offset[record["Weekday"]])
        start = datetime.strptime(record["Time Start"], "%I:%M %p").time()
        end = datetime.strptime(record["Time End"], "%I:%M %p").time()
        # the organisers' site joins them so (code/4generate_json.R, combine_location)
        building, written = record["Building"].strip(), record["Room"].strip()
        room = (
            f"{building} — {written}" if building and written and building != written else building or written or None
        )
        expected.append(
            (line, record["Session"], datetime.combine(day, start, LONDON), datetime.combine(day, end, LONDON), room)
        )
    assert len(expected) == 27
    program = SpreadsheetCsvReader().read(
        text, source="isa2026-overview.csv", context=ReadContext(timezone=LONDON, first_date=first)
    )
    read = [(item.source.line, item.title, item.start, item.end, item.location) for item in program.items]
    assert sorted(read, key=lambda one: one[0] or 0) == expected
    assert any("Weekday → date" in line for line in program.reading)
    assert not [problem for problem in program.problems if problem.code == "overlap"]


def _tropicon_expected() -> list[tuple[int, str, datetime, datetime | None, tuple[str, ...], str]]:
    rows = list(csv.reader(io.StringIO((DATA / "tropicon2026-schedule.csv").read_text(encoding="utf-8"))))
    days = {"Viernes": date(2026, 4, 17), "Sábado": date(2026, 4, 18)}
    found: list[tuple[int, str, datetime, datetime | None, tuple[str, ...], str]] = []
    for line, written in enumerate(rows[1:], start=2):
        row = written + [""] * (8 - len(written))
        day = days[row[0]]
        clocks = [time.fromisoformat(clock) for clock in re.findall(r"\d\d:\d\d", row[1])]
        start = datetime.combine(day, clocks[0], CANCUN)
        end = datetime.combine(day, clocks[1], CANCUN) if len(clocks) > 1 else None
        if end is not None and end <= start:  # `20:30 - 00:00 hrs`: midnight
            end += timedelta(days=1)
        for title_column, person_column, room in ((2, 3, "Track 1"), (5, 6, "Track Villas")):
            if row[title_column].strip():
                person = re.sub(r"\s*\(.*\)|.* Village$", "", row[person_column]).strip()  # a village hosts, nobody
                people: tuple[str, ...] = (person,) if person else ()
                found.append((line, row[title_column].strip(), start, end, people, room))
    for index, (line, title, start, end, names, room) in enumerate(found):
        if end is None:
            later = [one[2] for one in found if one[2].date() == start.date() and one[2] > start]
            found[index] = (line, title, start, min(later) if later else None, names, room)
    return found


def test_tropicon2026_each_room_is_a_talk_and_speaker_column_beside_a_picture() -> None:
    text = (DATA / "tropicon2026-schedule.csv").read_text(encoding="utf-8")
    expected = _tropicon_expected()
    assert len(expected) == 29
    assert [reader.name for reader in detect_readers(text)] == ["csv"]
    program = SpreadsheetCsvReader().read(
        text, source="tropicon2026-schedule.csv", context=ReadContext(timezone=CANCUN, first_date=date(2026, 4, 17))
    )
    read = [(item.source.line, item.title, item.start, item.end, item.people, item.location) for item in program.items]
    assert sorted(read, key=lambda one: (one[0] or 0, one[5] or "")) == expected
    # the picture paths are no titles; the two values written in a picture column are said, not read
    assert not [item for item in program.items if "data/img" in item.title or item.title == "TBD - Bounty Village"]
    said = " ".join(program.reading)
    assert "speaker and talk columns for each room: Track 1, Track Villas" in said
    assert "not read: tropicon2026-schedule.csv:17 'TBD - Bounty Village' (in a column of speakers' pictures)" in said
