"""CSV feeds of one row per item (or per presenter) on real files, counted with the csv module."""

import csv
import html
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from program.cli import main
from program.errors import UsageError
from program.model import SourceRef
from program.readers import READERS, detect_readers
from program.readers.base import ReadContext
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from spreadsheet_files import BERLIN, DATA, VEGAS, csv_records, read_csv

CSV = SpreadsheetCsvReader()


@pytest.mark.parametrize(
    "name",
    [
        "aws-reinvent-2024-agenda.csv",
        "dvpw-2024-program-excerpt.csv",
        "vivatech-2017-program-excerpt.csv",
        "purplecon-2019-schedule.csv",
    ],
)
def test_csv_detected_by_its_header_alone(name: str) -> None:
    text = (DATA / name).read_text(encoding="utf-8")

    assert [reader.name for reader in detect_readers(text[:2000])] == ["csv"]


def test_csv_without_a_header_is_not_claimed() -> None:
    assert not CSV.detect((DATA / "eeke-2020-program.csv").read_text(encoding="utf-8"))


def test_csv_row_per_item_ranges_with_am_pm_and_past_midnight() -> None:
    records = csv_records("aws-reinvent-2024-agenda.csv")

    program = read_csv("aws-reinvent-2024-agenda.csv", timezone=VEGAS)

    assert [item.title for item in program.items] == [record["Event"] for record in records]
    assert [item.location for item in program.items] == [record["Location"] or None for record in records]
    replay = next(item for item in program.items if item.title == "re:Play shuttles")
    assert (replay.start, replay.end) == (
        datetime(2024, 12, 4, 19, 0, tzinfo=VEGAS),
        datetime(2024, 12, 5, 0, 30, tzinfo=VEGAS),
    )
    assert program.reading[:3] == (
        "a comma-separated table",
        "86 items, 0 people, 23 rooms",
        "columns: Date → date, Time → time, Event → title, Location → room, Notes → abstract",
    )


def test_csv_row_per_presenter_joined_into_one_item_with_its_people() -> None:
    records = csv_records("dvpw-2024-program-excerpt.csv")
    presenters: dict[tuple[str, str, str], list[str]] = {}
    for record in records:
        names = presenters.setdefault((record["date"], record["time"], record["title"]), [])
        names += [record["presenter"]] if record["presenter"] != "NA" else []  # R's missing value

    program = read_csv("dvpw-2024-program-excerpt.csv", timezone=BERLIN)

    assert len(program.items) == len(presenters)
    assert [list(item.people) for item in program.items] == list(presenters.values())
    assert {(item.start, item.end) for item in program.items} == {
        (datetime(2024, 9, 24, 14, 0, tzinfo=BERLIN), datetime(2024, 9, 24, 15, 30, tzinfo=BERLIN))
    }
    assert f"one row per presenter: {len(records)} rows joined into {len(presenters)} items" in program.reading


def test_csv_weekdays_only_need_the_first_date() -> None:
    with pytest.raises(UsageError, match="--date"):
        read_csv("vivatech-2017-program-excerpt.csv", timezone=ZoneInfo("Europe/Paris"))


def test_csv_weekday_dates_and_multi_line_abstracts() -> None:
    paris = ZoneInfo("Europe/Paris")
    records = csv_records("vivatech-2017-program-excerpt.csv")

    program = read_csv("vivatech-2017-program-excerpt.csv", timezone=paris, first_date=date(2017, 6, 15))

    def at(clock: str) -> datetime:
        return datetime.combine(date(2017, 6, 15), datetime.strptime(clock, "%H:%M").time(), paris)

    expected = [(" ".join(record["title"].split()), at(record["start"]), at(record["end"])) for record in records]
    # An end at or before its start is the next day's ("10:10" to "00:00": midnight).
    expected = [(title, start, end if end > start else end + timedelta(days=1)) for title, start, end in expected]
    assert [(item.title, item.start, item.end) for item in program.items] == expected
    assert program.items[1].abstract == records[1]["summary"]


def test_csv_without_dates_needs_date_and_times_need_a_zone() -> None:
    with pytest.raises(UsageError, match="--timezone"):
        read_csv("purplecon-2019-schedule.csv", first_date=date(2019, 10, 1))
    with pytest.raises(UsageError, match="--date") as asked:
        read_csv("purplecon-2019-schedule.csv", timezone=ZoneInfo("Pacific/Auckland"))
    assert "--timezone" not in str(asked.value)


def test_a_sheet_lacking_both_date_and_zone_asks_for_both_at_once() -> None:
    with pytest.raises(UsageError, match=r"pass --date YYYY-MM-DD \(the first day\) and --timezone Area/City"):
        read_csv("purplecon-2019-schedule.csv")


def test_csv_start_and_length() -> None:
    auckland = ZoneInfo("Pacific/Auckland")
    records = [record for record in csv_records("purplecon-2019-schedule.csv") if record["talk_title"]]

    program = read_csv("purplecon-2019-schedule.csv", timezone=auckland, first_date=date(2019, 10, 1))

    # `a novice red teamer&#x27;s guide`: the entity is the apostrophe the site's page shows
    assert [item.title for item in program.items] == [html.unescape(record["talk_title"]) for record in records]
    first = program.items[0]
    assert (first.start, first.end) == (
        datetime(2019, 10, 1, 9, 20, tzinfo=auckland),
        datetime(2019, 10, 1, 9, 35, tzinfo=auckland),
    )
    assert program.items[-1].people == ("purplecon team",)


def test_check_prints_the_mapping_and_counts(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", str(DATA / "aws-reinvent-2024-agenda.csv"), "--timezone", "America/Los_Angeles"])

    stderr = capsys.readouterr().err
    assert "columns: Date → date, Time → time, Event → title, Location → room, Notes → abstract" in stderr
    assert "86 items, 0 people, 23 rooms" in stderr
    assert status in (0, 1)


def test_spreadsheet_readers_registered_together_after_the_first_wave() -> None:
    names = list(READERS)
    # Readers added later (the paper lists) come after them, at the end of the registry.
    assert names.index("workbook") == names.index("csv") + 1
    assert names.index("csv") > names.index("open-event")


def test_german_fahrplan_with_day_numbers_day_fractions_and_a_track_column() -> None:
    with (DATA / "haecksen-36c3-fahrplan.csv").open(encoding="utf-8", newline="") as file:
        records = [record for record in csv.DictReader(file) if record["Was?"]]
    first = date(2019, 12, 26)  # "Tag 0", the day before 36C3's first (27 December): numbered from 0, it is --date

    program = read_csv("haecksen-36c3-fahrplan.csv", timezone=BERLIN, first_date=first)

    def at(day: str, fraction: str) -> datetime:
        moment = datetime.combine(first + timedelta(days=int(day)), datetime.min.time(), BERLIN)
        return moment + timedelta(minutes=round(float(fraction) * 24 * 60))

    assert [(item.title, item.start) for item in program.items] == [
        (" ".join(record["Was?"].split()), at(record["Tag"], record["Beginn"])) for record in records
    ]
    assert [item.end for item in program.items] == [
        at(record["Tag"], record["Ende"]) if record["Ende"] != "Open-end" else None for record in records
    ]
    assert [item.frab.track if item.frab else None for item in program.items] == [
        record["Cluster"] or None for record in records
    ]
    assert [item.location for item in program.items] == [record["Raum"].strip() for record in records]
    assert program.reading[2].startswith("columns: Cluster → track, Wer → people, Was? → title, Tag → date")
    assert program.reading[3] == "day numbers from 0: day 0 is the first day (--date)"
    assert [reader.name for reader in detect_readers((DATA / "haecksen-36c3-fahrplan.csv").read_text()[:2000])] == [
        "csv"
    ]


def test_german_csv_with_en_dash_ranges_and_open_starts() -> None:
    records = csv_records("bitcoin-metropole-kempten-2026-programm.csv")

    program = read_csv("bitcoin-metropole-kempten-2026-programm.csv", timezone=BERLIN)

    assert [(item.title, item.start.date() if item.start else None) for item in program.items] == [
        (record["Titel"], date.fromisoformat(record["Datum"])) for record in records
    ]
    assert [item.location for item in program.items] == [record["Ort"] for record in records]
    assert [item.label for item in program.items] == [record["Typ"] for record in records]


def test_room_filled_down_only_when_it_leads_the_row() -> None:
    grouped = "Raum,Zeit,Titel\nSaal 1,10:00,Eins\n,11:00,Zwei\nSaal 2,10:00,Drei\n"
    per_row = "Zeit,Titel,Raum\n10:00,Eins,Saal 1\n11:00,Zwei,\n"
    context = ReadContext(timezone=BERLIN, first_date=date(2026, 3, 12))

    grouped_rooms = [item.location for item in CSV.read(grouped, source="a.csv", context=context).items]
    per_row_rooms = [item.location for item in CSV.read(per_row, source="b.csv", context=context).items]

    assert grouped_rooms == ["Saal 1", "Saal 1", "Saal 2"]
    assert per_row_rooms == ["Saal 1", None]


def test_thema_is_the_title_alone_and_the_track_beside_a_titel() -> None:
    context = ReadContext(timezone=BERLIN, first_date=date(2026, 3, 12))

    alone = CSV.read("Zeit,Thema,Referent\n10:00,Eins,Ada\n", source="a.csv", context=context).items[0]
    beside = CSV.read("Zeit,Titel,Thema\n10:00,Eins,Daten\n", source="b.csv", context=context).items[0]

    assert (alone.title, alone.frab) == ("Eins", None)
    assert (beside.title, beside.frab.track if beside.frab else None) == ("Eins", "Daten")


STAMPED = """submission_id,title,fullname,talk_format,starttime,endtime,track
0,Opening,"Ada Lovelace (UCL), Alan Turing (NPL)",Keynote,2020-03-30 10:00:00+00:00,2020-03-30 11:00:00+00:00,main
1,Late talk,Grace Hopper (Yale),Short talk,2020-03-31 03:30:00+00:00,2020-03-31 03:45:00+00:00,A
"""
"""The shape of Neuromatch 2020's agenda (nmc-box, its licence keeps the file there): pandas timestamps in UTC."""


def test_timestamps_with_an_offset_are_moments_shown_in_the_programs_zone() -> None:
    new_york = ZoneInfo("America/New_York")

    program = CSV.read(STAMPED, source="agenda.csv", context=ReadContext(timezone=new_york))

    opening, late = program.items
    assert (opening.start, opening.end, opening.people) == (
        datetime(2020, 3, 30, 6, 0, tzinfo=new_york),
        datetime(2020, 3, 30, 7, 0, tzinfo=new_york),
        ("Ada Lovelace", "Alan Turing"),
    )
    assert (late.start, late.end) == (  # 03:30 UTC is the evening before in New York
        datetime(2020, 3, 30, 23, 30, tzinfo=new_york),
        datetime(2020, 3, 30, 23, 45, tzinfo=new_york),
    )
    assert "4 timestamps read as moments, shown in America/New_York" in program.reading


def test_timestamps_all_with_one_offset_need_no_zone_and_are_shown_at_it() -> None:
    # 13:30 rather than STAMPED's 03:30: a sheet of stamps all before 13:00 is read as a 12-hour clock (a known gap)
    text = STAMPED.replace("2020-03-31 03:", "2020-03-31 13:")

    program = CSV.read(text, source="agenda.csv", context=ReadContext())

    assert program.timezone == "UTC"
    assert [(item.start.isoformat(), item.end.isoformat()) for item in program.items if item.end and item.start] == [
        ("2020-03-30T10:00:00+00:00", "2020-03-30T11:00:00+00:00"),
        ("2020-03-31T13:30:00+00:00", "2020-03-31T13:45:00+00:00"),
    ]
    (warning,) = program.problems
    assert (warning.code, warning.source) == ("no-time-zone", SourceRef("agenda.csv", 1))
    assert "--timezone" in warning.message


def test_timestamps_of_two_offsets_or_one_without_ask_for_a_zone() -> None:
    mixed = STAMPED.replace("2020-03-31 03:45:00+00:00", "2020-03-31 05:45:00+02:00")
    naive = STAMPED.replace("2020-03-31 03:45:00+00:00", "2020-03-31 03:45:00")
    for text in (mixed, naive):
        with pytest.raises(UsageError, match="--timezone"):
            CSV.read(text, source="agenda.csv", context=ReadContext())


def test_timestamps_with_seconds_and_no_offset_are_wall_clock_times() -> None:
    text = "title,start,end\nOpening,2024-05-01T09:30:00,2024-05-01T10:15:00\n"

    (item,) = CSV.read(text, source="a.csv", context=ReadContext(timezone=BERLIN)).items

    assert (item.start, item.end) == (
        datetime(2024, 5, 1, 9, 30, tzinfo=BERLIN),
        datetime(2024, 5, 1, 10, 15, tzinfo=BERLIN),
    )


# The audit's grid (issue 27, F3 and P1): rooms as columns over rows led by clock times, "Title⏎Speaker, Firm" cells.
ROOM_GRID = (
    'Time,Room A,Room B\n09:00-10:00,"Keynote\nAda Lovelace",\n'
    '10:00-11:00,"Engines\nCharles Babbage, Analytical Engines Ltd","Looms\nJoseph Jacquard (Lyon)"\n'
    '11:00-12:00,"Panel\nGrace Hopper, Alan Turing and Kurt Gödel","Logic\nJohn von Neumann"\n'
)


def test_a_csv_grid_of_rooms_over_clock_times_is_detected_and_a_firm_is_no_person() -> None:
    assert [reader.name for reader in detect_readers(ROOM_GRID)] == ["csv"]

    program = SpreadsheetCsvReader().read(
        ROOM_GRID, source="g.csv", context=ReadContext(date(2026, 3, 12), ZoneInfo("Europe/London"))
    )

    assert [(item.title, item.people, item.location) for item in program.items] == [
        ("Keynote", ("Ada Lovelace",), "Room A"),
        ("Engines", ("Charles Babbage",), "Room A"),
        ("Looms", ("Joseph Jacquard",), "Room B"),
        ("Panel", ("Grace Hopper", "Alan Turing", "Kurt Gödel"), "Room A"),
        ("Logic", ("John von Neumann",), "Room B"),
    ]


def test_a_table_led_by_a_bare_index_column_is_no_grid_of_times() -> None:
    """EDTM 2025's pandas export (`,index,transaction,title,…` over rows `0,0,…`): a 0 is no clock time."""
    head = (DATA / "edtm2025-accepted_papers-excerpt.csv").read_text(encoding="utf-8-sig")[:2000]

    assert not SpreadsheetCsvReader().detect(head)
