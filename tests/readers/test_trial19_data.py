"""Trial 19's data files (unseen): EthCC and TCSE workbooks, ResQuant CSV, WebRTC JSON, OSEM frab XML.

Expectations are worked out from the sources (tests/data/*/PROVENANCE.md) with calamine, csv, json
and ElementTree: EthCC's `Day` 0/1/2 from 8 March 2018 (day 0 is --date), TCSE's authors in column E
split at commas and " and ", ResQuant's "SEPTEMBER 6 - 3pm" in Mac Roman, WebRTC's day 2 tracks as
rooms on the day after day 1, OSEM's `<start>` on its `<date>`'s day (the `<date>` is two hours late).
"""

from __future__ import annotations

import csv
import io
import json
import re
import xml.etree.ElementTree as ET
from datetime import date, datetime, time, timedelta
from pathlib import Path
from typing import Any
from zoneinfo import ZoneInfo

from python_calamine import CalamineWorkbook

from program.feed_reading import read_feed
from program.loading import load_program
from program.readers import ReadContext
from program.settings import FeedSpec, Settings

from helpers import ROOT

DATA = ROOT / "tests" / "data"
ETHCC = DATA / "spreadsheets" / "ethcc2018-schedule.xlsx"
TCSE = DATA / "spreadsheets" / "tcse2017-agenda.xlsx"
RESQUANT = DATA / "spreadsheets" / "resquant2024-programme.csv"
WEBRTC = DATA / "json_rows" / "webrtcjp2016-sessions.json"
OSEM = DATA / "frab" / "real" / "osem-osc2019-day1-excerpt.xml"
PARIS, LONDON, TOKYO, BERLIN = (
    ZoneInfo(name) for name in ("Europe/Paris", "Europe/London", "Asia/Tokyo", "Europe/Berlin")
)


def test_ethcc_day_numbers_from_zero_start_on_the_date_given() -> None:
    sheet: list[list[Any]] = CalamineWorkbook.from_path(ETHCC).get_sheet_by_name("Sheet1").to_python()
    header, *rows = sheet
    column = {name: index for index, name in enumerate(header)}
    first = date(2018, 3, 8)  # EthCC 2018 ran 8-10 March: Day 0, 1, 2
    expected = []
    for row in rows:
        day = first + timedelta(days=int(row[column["Day"]]))
        expected.append(
            (
                row[column["Talk"]].strip(),
                datetime.combine(day, row[column["StartTime"]], PARIS),
                datetime.combine(day, row[column["EndTime"]], PARIS),
                row[column["Venue"]].strip(),
                tuple(name.strip() for name in row[column["Speaker"]].split(",") if name.strip()),
            )
        )

    read = read_feed(FeedSpec(ETHCC), ReadContext(first_date=first, timezone=PARIS))

    got = [(item.title, item.start, item.end, item.location, item.people) for item in read.program.items]
    assert [entry[:4] for entry in got] == [entry[:4] for entry in expected]
    assert [tuple(re.sub(r" \[[^]]*\]$", "", name) for name in entry[4]) for entry in got] == [e[4] for e in expected]
    assert len(expected) == 123 and expected[0][1] == datetime(2018, 3, 8, 9, 0, tzinfo=PARIS)
    assert "sheet 'Sheet1': day numbers from 0: day 0 is the first day (--date)" in read.program.reading


def test_tcse_chinese_author_lists_split_and_two_wangs_kept_apart(tmp_path: Path) -> None:
    rows: list[list[Any]] = CalamineWorkbook.from_path(TCSE).get_sheet_by_name("工作表1").to_python()
    expected = [
        (" ".join(row[6].split()), [" ".join(name.split()) for name in re.split(r",|\band\b", row[4]) if name.strip()])
        for row in rows
    ]

    spec = FeedSpec(TCSE, columns=(("title", "G"), ("people", "E")))
    program = load_program(Settings(feeds=(spec,))).program

    assert [(item.title, list(item.people)) for item in program.items] == expected
    assert expected[0][1] == ["薛念林", "莫剛", "陳錫民"]
    assert [name for _, names in expected for name in names if " " in name and "陳" in name] == ["陳克勤 許乙清"]
    assert [problem.message for problem in program.problems if problem.code == "name-merged"] == []
    wangs = sorted(person.name for person in program.people if person.name.endswith(" Wang"))
    assert "C.M. Wang" in wangs and "Chu-Yu Wang" in wangs
    assert all(item.start is None for item in program.items)


def test_resquant_date_cells_with_a_time_and_mac_roman_quotes() -> None:
    records = list(csv.DictReader(io.StringIO(RESQUANT.read_bytes().decode("mac_roman"))))
    months = ["JANUARY", "FEBRUARY", "MARCH", "APRIL", "MAY", "JUNE", "JULY", "AUGUST", "SEPTEMBER", "OCTOBER"]
    months += ["NOVEMBER", "DECEMBER"]
    expected = []
    for record in records:
        month, day, hour = re.fullmatch(r"([A-Z]+) (\d+) - (\d+)pm", record["date"]).groups()  # type: ignore[union-attr]
        start = datetime.combine(date(2024, months.index(month) + 1, int(day)), time(int(hour) + 12), LONDON)
        people = (record["speaker"].strip(),) if record["speaker"].strip() else ()
        expected.append((record["topic"].strip(), start, None, record["location"].strip(), people))

    read = read_feed(FeedSpec(RESQUANT), ReadContext(first_date=date(2024, 9, 6), timezone=LONDON))

    got = [(item.title, item.start, item.end, item.location, item.people) for item in read.program.items]
    assert got == expected
    assert "“Administrative Records Mask Racially Biased Policing”" in got[1][0]
    warning = next(problem for problem in read.program.problems if problem.code == "legacy-encoding")
    assert (
        warning.source is not None
        and warning.source.line == 3
        and "read as Mac Roman, byte 0xd2 as '“'" in warning.message
    )


def test_webrtc_day_two_tracks_read_as_rooms_on_the_next_day() -> None:
    document = json.loads(WEBRTC.read_text(encoding="utf-8"))
    lists = [(date(2016, 2, 16), None, document["day1"])]
    lists += [(date(2016, 2, 17), track, rows) for track, rows in document["day2"].items()]
    expected = [
        (
            " ".join(re.sub(r"<br>", " ", row["title"], flags=re.IGNORECASE).split()),
            *(datetime.combine(day, time.fromisoformat(row[key]), TOKYO) for key in ("start", "end")),
            room,
            tuple(row["speakers"]),
        )
        for day, room, rows in lists
        for row in rows
    ]

    read = read_feed(FeedSpec(WEBRTC), ReadContext(first_date=date(2016, 2, 16), timezone=TOKYO))

    got = [(item.title, item.start, item.end, item.location, item.people) for item in read.program.items]
    assert sorted(got, key=repr) == sorted(expected, key=repr)
    assert len(got) == 26 and read.program.reading[0] == (
        'the lists under "day1", "day2/track1", "day2/track2" of 26 JSON objects: '
        "each day key a day (day 1 is --date), each track key the room"
    )


def test_osem_dates_two_hours_after_their_start_are_read_at_the_start() -> None:
    root = ET.parse(OSEM).getroot()
    expected = []
    for event in root.iter("event"):
        day = datetime.fromisoformat(event.findtext("date") or "").date()
        start = datetime.combine(day, time.fromisoformat(event.findtext("start") or ""), BERLIN)
        hours, minutes = (int(part) for part in (event.findtext("duration") or "").split(":"))
        expected.append(
            (" ".join((event.findtext("title") or "").split()), start, start + timedelta(hours=hours, minutes=minutes))
        )
        assert datetime.fromisoformat(event.findtext("date") or "") - start == timedelta(hours=2)

    for context in (ReadContext(timezone=BERLIN), ReadContext()):
        program = read_feed(FeedSpec(OSEM), context).program
        assert [(item.title, item.start, item.end) for item in program.items] == expected
        warning = next(problem for problem in program.problems if problem.code == "date-start-mismatch")
        assert warning.message.startswith(
            "every event's <date> is 2 hours after its <start> (20 events: 2019-05-24T11:30:00+02:00 beside 09:30): "
            "read at their <start>"
        )
    assert len(expected) == 20
