"""Trial 10's two frab-like XML files, each read against what its source says (expectations by hand).

giggity-tuebix2017.xml (tuebix/tuebixorg 24240b9, content/2017/giggity.xml): `<conference>` says
`<title>TUEBIX 2017</title>`, `<start>2017-06-24</start>`, `<end>2017-06-24</end>` (lines 4, 6, 7),
and its one day says `<day date="2016-06-24" index="1">` (line 12): every event was written a
year early, silently. jekyll-lswt2021.xml (AKSW/lswt2021.aksw.org 887cf23, schedule.xml): durations
as ISO 8601 (`P0Y0M0DT0H40M0.000S`) were refused, and `<date>2021-07-07T09:15:00Z</date>` beside
`<start>09:15</start>` (a 09:15 start in Leipzig) became 11:15 with --timezone Europe/Berlin.
"""

from __future__ import annotations

from datetime import datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.cli import main
from program.errors import ParseError
from program.model import Program, Severity, SourceRef
from program.readers.base import ReadContext, decode_feed
from program.readers.frab_days import ConferenceDates, ListedDay, day_dates
from program.readers.frab_event import description_speakers, parse_duration
from program.readers.frab_xml import FrabXmlReader

REAL = Path(__file__).resolve().parent.parent / "data" / "frab" / "real"
TUEBIX = REAL / "giggity-tuebix2017.xml"
LSWT2021 = REAL / "jekyll-lswt2021.xml"
LSWT2019 = REAL / "jekyll-lswt2019.xml"
BERLIN = ZoneInfo("Europe/Berlin")


def _read(path: Path, text: str | None = None, zone: ZoneInfo | None = BERLIN) -> Program:
    written = text if text is not None else decode_feed(path.read_bytes(), path.name)
    return FrabXmlReader().read(written, source=path.name, context=ReadContext(timezone=zone))


def _berlin(year: int, month: int, day: int, hour: int, minute: int) -> datetime:
    return datetime(year, month, day, hour, minute, tzinfo=BERLIN)


def _slots(program: Program) -> dict[str, tuple[datetime | None, datetime | None, str | None]]:
    return {item.title: (item.start, item.end, item.location) for item in program.items}


def test_tuebix_2017_is_read_on_the_conferences_date_and_says_so() -> None:
    program = _read(TUEBIX)
    slots = _slots(program)

    assert len(program.items) == 61
    # Lines 15-18, 40-43, 1160-1163, 1449-1452 (room "LPIC" whose events say <room>X</room>).
    assert slots["Was gibt's Neues in Debian 9 Stretch?"] == (
        _berlin(2017, 6, 24, 11, 0),
        _berlin(2017, 6, 24, 12, 0),
        "V1",
    )
    assert slots["Surviving Open Source"][:2] == (_berlin(2017, 6, 24, 14, 0), _berlin(2017, 6, 24, 15, 0))
    assert slots["3D Konstruktion und 3D Druck mit OpenSCAD und Slic3r"] == (
        _berlin(2017, 6, 24, 10, 0),
        _berlin(2017, 6, 24, 12, 0),
        "W1",
    )
    assert slots["LPIC Prüfungsblock 1"][0] == _berlin(2017, 6, 24, 12, 0)
    assert {item.start.date() for item in program.items if item.start} == {datetime(2017, 6, 24).date()}
    [warning] = [problem for problem in program.problems if problem.code == "day-outside-conference"]
    assert warning.severity is Severity.WARNING
    assert warning.source == SourceRef(TUEBIX.name, 12)
    for said in ("2016-06-24", "2017-06-24 to 2017-06-24", "(line 6)", "TUEBIX 2017", "read as 2017-06-24"):
        assert said in warning.message
    assert not [problem for problem in program.problems if problem.severity is Severity.ERROR]
    assert program.conference is not None and [day.date for day in program.conference.days] == ["2017-06-24"]


def test_a_day_outside_the_conference_is_kept_and_warned_when_the_title_does_not_settle_it() -> None:
    text = decode_feed(TUEBIX.read_bytes(), TUEBIX.name).replace("<title>TUEBIX 2017</title>", "<title>TUEBIX</title>")
    program = _read(TUEBIX, text)

    assert {item.start.date() for item in program.items if item.start} == {datetime(2016, 6, 24).date()}
    [warning] = [problem for problem in program.problems if problem.code == "day-outside-conference"]
    assert "2016-06-24" in warning.message and "2017-06-24" in warning.message
    assert "kept as written" in warning.message


def test_only_days_outside_the_conference_are_named() -> None:
    conference = ConferenceDates("2023-09-10", "2023-09-18", "DebConf 23", 10)
    days = [ListedDay("2023-09-09", 23), ListedDay("2023-09-10", 300), ListedDay("2023-09-18", 900)]

    dates, problems = day_dates(conference, days, "debconf23.xml")

    assert dates == ["2023-09-09", "2023-09-10", "2023-09-18"]  # one day out of nine: the file does not settle it
    assert [(problem.code, problem.source) for problem in problems] == [
        ("day-outside-conference", SourceRef("debconf23.xml", 23))
    ]
    assert day_dates(ConferenceDates("2008-02-23", "20008-02-2", "FOSDEM 2008", 5), days[1:2], "f.xml")[1] == []


def test_check_says_what_it_read_of_a_clean_frab_file(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["check", str(LSWT2019), "--timezone", "Europe/Berlin"]) == 0

    said = capsys.readouterr()
    assert f"read {LSWT2019} as frab-xml" in said.out + said.err
    assert "31 items" in said.out + said.err


@pytest.mark.parametrize(
    ("written", "length"),
    [
        ("P0Y0M0DT0H40M0.000S", timedelta(minutes=40)),
        ("P0Y0M0DT1H0M0.000S", timedelta(hours=1)),
        ("P0Y0M0DT0H5M0.000S", timedelta(minutes=5)),
        ("PT1H30M", timedelta(minutes=90)),
        ("P1DT2H", timedelta(hours=26)),
        ("PT45S", timedelta(seconds=45)),
    ],
)
def test_an_iso_8601_duration_is_read(written: str, length: timedelta) -> None:
    assert parse_duration(written, SourceRef("schedule.xml", 1)) == length


@pytest.mark.parametrize("written", ["P", "PT", "P1M", "P1Y", "PT1.5H", "PTM", "pt40m", "P0Y0M0DT", "40M"])
def test_a_malformed_or_calendar_length_iso_duration_is_an_error(written: str) -> None:
    with pytest.raises(ParseError, match="expected a duration"):
        parse_duration(written, SourceRef("schedule.xml", 1))


def test_lswt_2021_is_read_at_its_wall_clock_times_with_its_iso_durations() -> None:
    program = _read(LSWT2021)
    slots = _slots(program)

    assert len(program.items) == 13
    assert not [problem for problem in program.problems if problem.severity is Severity.ERROR]
    # Lines 14-17, 40-43, 157-160, 173-176; "Begrüßung" (131-134) has an empty duration.
    assert slots["Keynote: A national research data infrastructure for data science and artificial intelligence"] == (
        _berlin(2021, 7, 7, 9, 15),
        _berlin(2021, 7, 7, 9, 55),
        "Main Track",
    )
    assert slots["Linked Data Services of the German National Library"][0] == _berlin(2021, 7, 7, 11, 0)
    assert slots["Lunch Break"][:2] == (_berlin(2021, 7, 7, 13, 15), _berlin(2021, 7, 7, 14, 15))
    assert slots["DBpedia Tutorial"] == (
        _berlin(2021, 7, 8, 13, 0),
        _berlin(2021, 7, 8, 16, 0),
        "DBpedia Track (8. Juli)",
    )
    assert slots["Begrüßung"][:2] == (_berlin(2021, 7, 7, 9, 0), None)
    [said] = [problem for problem in program.problems if problem.code == "zone-offset-mismatch"]
    assert "2021-07-07T09:15:00Z beside 09:15" in said.message and "Europe/Berlin" in said.message


def test_lswt_2019_with_its_zone_given_is_at_its_start_times_too() -> None:
    # Line 15-16: <date>2019-05-22T09:00:00Z</date> <start>09:00</start>, "Welcome", 00:10.
    welcome = _slots(_read(LSWT2019))["Welcome"]

    assert welcome[:2] == (_berlin(2019, 5, 22, 9, 0), _berlin(2019, 5, 22, 9, 10))


def test_without_a_zone_the_z_dates_are_shown_at_utc_as_before() -> None:
    program = _read(LSWT2021, zone=None)

    assert program.timezone == "UTC"
    assert _slots(program)["Lunch Break"][0] == datetime(2021, 7, 7, 13, 15, tzinfo=ZoneInfo("UTC"))
    assert [problem.code for problem in program.problems if problem.code.endswith("zone")] == ["no-time-zone"]


def test_z_dates_that_are_not_their_starts_clock_stay_utc() -> None:
    text = decode_feed(LSWT2021.read_bytes(), LSWT2021.name).replace("<start>09:15</start>", "<start>11:15</start>", 1)
    program = _read(LSWT2021, text)

    keynote = next(item for item in program.items if item.title.startswith("Keynote"))
    assert keynote.start == _berlin(2021, 7, 7, 11, 15)  # 09:15 UTC, as its date says
    assert not [problem for problem in program.problems if problem.code == "zone-offset-mismatch"]


def test_tuebix_2017s_speakers_are_the_first_lines_of_their_descriptions() -> None:
    program = _read(TUEBIX)
    people = {item.title: item.people for item in program.items}

    # Lines 19, 44: "Axel Beckert" / "Christian Brauner", then a blank line; "Matthias Beyer, Julian Ganz".
    assert people["Was gibt's Neues in Debian 9 Stretch?"] == ("Axel Beckert",)
    assert people["Surviving Open Source"] == ("Christian Brauner",)
    assert ("Matthias Beyer", "Julian Ganz") in people.values()
    # Lines 1409-1410: "FÄLLT AUS! Sven Rath" is no name; 1449-1457: "WICHTIG: Der Raum …" is no name,
    # and the second block names its <person> (line 1472).
    assert people["FÄLLT AUS! Was ist Ceph und wofür kann Ich es nutzen?"] == ()
    assert people["LPIC Prüfungsblock 1"] == ()
    assert people["LPIC Prüfungsblock 2"] == ("Dimitrios Bogiatzoules",)
    assert sum(1 for item in program.items if item.people) == 59
    assert "speakers: the first line of 58 descriptions (their events' <persons> are empty)" in program.reading


def test_first_lines_are_no_speakers_unless_most_descriptions_start_so() -> None:
    descriptions = ["Ada Lovelace\n\nAbout engines.", "Workshop\n\nBring a laptop.", "A long day of talks.", None]

    assert description_speakers(descriptions) == [(), (), (), ()]  # 2 of 3 described: not the convention
    assert description_speakers(descriptions[:2]) == [("Ada Lovelace",), ("Workshop",)]
    assert description_speakers(["Ada Lovelace\nabout engines."]) == [()]  # no blank line after it
