"""c3voc voctosched's CSV input (GPN11, tests/data/spreadsheets/gpn11-voctosched.csv; trial 6).

Its speakers are `id:name|id:name` ("10:Konrad Meier|11:Dennis Wehrle"), and `1:diverse`
(German "various") stands where no one person speaks. Expectations written by hand from the
file: GSM, Friday 24 June 2011 17:30 for 1:00 in GroßesStudio; Lightning Talks, Saturday
18:45 for 1:00, `26:syb|1:diverse`.
"""

from __future__ import annotations

from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import pytest

from program.feed_reading import read_feed
from program.readers import ReadContext, detect_readers
from program.settings import FeedSpec
from spreadsheet_files import read_csv, read_workbook

from helpers import ROOT

BERLIN = ZoneInfo("Europe/Berlin")


def test_speaker_ids_are_not_part_of_the_names_and_diverse_is_nobody() -> None:
    program = read_csv("gpn11-voctosched.csv", timezone=BERLIN)
    by_title = {item.title: item for item in program.items}

    gsm = by_title["GSM"]
    assert (gsm.start, gsm.end, gsm.location, gsm.people) == (
        datetime(2011, 6, 24, 17, 30, tzinfo=BERLIN),
        datetime(2011, 6, 24, 18, 30, tzinfo=BERLIN),
        "GroßesStudio",
        ("Konrad Meier", "Dennis Wehrle"),
    )
    assert by_title["Lightning Talks"].people == ("syb",)
    assert by_title["Ergebnisse Gamejam"].people == ()
    names = {name for item in program.items for name in item.people}
    assert not [name for name in names if name[:1].isdigit() or name.casefold() == "diverse"]


LONDON = ZoneInfo("Europe/London")


@pytest.mark.parametrize(
    ("name", "closes"),
    [("guadec2017-schedule.ods", time(19, 0)), ("guadec2017-schedule.tsv", time(18, 15))],  # the two differ there
)
def test_guadec_days_numbered_in_column_a_over_times_in_column_b(name: str, closes: time) -> None:
    """GUADEC 2017: 65 filled cells over three days from 28 July 2017.

    'Continuous: Past, Present, and Future' in Turing - G29 on day 2 at 12:15, until the Lunch
    row's 13:00; the last 'Venue closes' on day 3.
    """
    context = {"first_date": date(2017, 7, 28), "timezone": LONDON}
    program = read_workbook(name, **context) if name.endswith(".ods") else read_csv(name, **context)

    assert len(program.items) == 65
    # the filled cells of each day's rows, counted in the TSV with the csv module: 22, 18, 25
    assert [sum(1 for item in program.items if item.start and item.start.day == day) for day in (28, 29, 30)] == [
        22,
        18,
        25,
    ]
    continuous = next(item for item in program.items if item.title == "Continuous: Past, Present, and Future")
    assert (continuous.start, continuous.end, continuous.location) == (
        datetime(2017, 7, 29, 12, 15, tzinfo=LONDON),
        datetime(2017, 7, 29, 13, 0, tzinfo=LONDON),
        "Turing - G29",
    )
    closing = [item.start for item in program.items if item.title == "Venue closes"]
    assert closing[-1] == datetime.combine(date(2017, 7, 30), closes, LONDON)
    said = "days marked in column A, times in column B: Day 1, Day 2, Day 3"
    assert any(line.endswith(said) for line in program.reading)
    # a title in two parts around a dash is no 'Speaker — Title' cell (DevFest Vladivostok's shape)
    inbetweens = next(item for item in program.items if item.title.startswith("The Inbetweens"))
    assert (inbetweens.title, inbetweens.people) == ("The Inbetweens — why transitions matter.", ())


def test_guadec_2016_one_numbered_day_is_a_grid_too() -> None:
    program = read_workbook("guadec2016-schedule.ods", first_date=date(2016, 8, 12), timezone=ZoneInfo("Europe/Berlin"))

    assert len(program.items) == 10
    assert {item.location for item in program.items} == {"Room 1", "Room 2"}
    assert next(item for item in program.items if item.title == "Keynote 1").start == datetime(
        2016, 8, 12, 12, 0, tzinfo=ZoneInfo("Europe/Berlin")
    )


def test_guadec_tsv_is_detected_as_csv_by_its_day_and_time_columns() -> None:
    r"""Its header names neither column A (days) nor B (times): `\t\tTuring - G29\tHopper - G44\tElsewhere`.

    Rows led by "1" and then by nothing in column A, by clock times in column B: a grid of days and
    times, the csv reader's; once refused at detection though `--format csv` read it.
    """
    path = ROOT / "tests" / "data" / "spreadsheets" / "guadec2017-schedule.tsv"
    text = path.read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text[:2000])] == ["csv"]
    detected = read_feed(FeedSpec(path), ReadContext(first_date=date(2017, 7, 28), timezone=LONDON))
    assert (detected.reader, len(detected.program.items)) == ("csv", 65)
