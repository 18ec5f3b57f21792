"""PonyFest 2026's site JSON read as site data (trial 6; tests/data/yaml_site/ponyfest2026-schedule.json).

Every start and end is written with its offset (`"startTime": "2026-01-24T12:45:00-05:00"`), so
no --timezone is needed: the times are shown at that offset, said in a warning. The speakers
are `panelists`; the opening's "Staff" names nobody (a placeholder, dropped as the program is
assembled). Expectations written by hand from the file.
"""

from __future__ import annotations

import json
from datetime import date, datetime, timedelta, timezone
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError
from program.feed_reading import read_feed
from program.loading import load_program
from program.readers import ReadContext
from program.settings import FeedSpec, Settings

from helpers import ROOT

PONYFEST = ROOT / "tests" / "data" / "yaml_site" / "ponyfest2026-schedule.json"
EASTERN = timezone(-timedelta(hours=5))


def test_times_written_with_their_offset_need_no_zone_and_panelists_are_the_people() -> None:
    program = load_program(Settings(feeds=(FeedSpec(PONYFEST, "yaml-site"),))).program
    by_title = {item.title: item for item in program.items}

    opening = by_title["Opening Ceremonies"]
    assert (opening.start, opening.end, opening.people) == (
        datetime(2026, 1, 24, 12, 45, tzinfo=EASTERN),
        datetime(2026, 1, 24, 13, 0, tzinfo=EASTERN),
        (),
    )
    assert by_title["Music in the clouds"].people == ("DJ SoundBreaker",)
    assert len(program.items) == 26
    assert {item.location for item in program.items} == {"Aerial Soundwaves Stage"}  # the key of `rooms`
    assert [problem.code for problem in program.problems if problem.code == "no-time-zone"] == ["no-time-zone"]


DEVFEST = ROOT / "tests" / "data" / "yaml_site" / "devfestbaltics2018-schedule.json"
RIGA = ZoneInfo("Europe/Riga")


def test_an_untitled_slot_holding_titled_talks_is_those_talks_at_its_time() -> None:
    """DevFest Baltics 2018: the 11:20 slot (`"type": "THREE_TRACKS"`) holds three talks; 9 entries plus 18 talks."""
    settings = Settings(feeds=(FeedSpec(DEVFEST, "yaml-site"),), timezone=RIGA, first_date=date(2018, 11, 16))
    program = load_program(settings).program

    assert len(program.items) == 27
    at_1120 = [item for item in program.items if item.start == datetime(2018, 11, 16, 11, 20, tzinfo=RIGA)]
    assert [(item.title, item.people, item.location) for item in at_1120] == [
        ("Themes, styles & more: from zero to hero", ("Cyril Mottier",), "Android"),
        ("Coding for Curiosity", ("John Sundell",), "iOS"),
        (
            "Integrating Your Android Apps with the Google Assistant",
            ("Aygul Zagidullina", "Kaan Mamikoglu"),
            "General",
        ),
    ]
    keynote = next(item for item in program.items if item.title.startswith("Keynote: The art"))
    assert keynote.location is None  # a one-track slot names no track
    assert not [problem for problem in program.problems if problem.code == "unreadable-entry"]


def test_site_json_no_other_reader_knows_is_detected_as_site_data() -> None:
    # PonyFest's {"rooms": {ROOM: [...]}} and DevFest Baltics' [{"date", "timetable"}] hold entries deeper than a
    # table's rows: the site reader's, no --format needed. MozFest's JSON (keys "all-5", "all-6", no dates) it
    # cannot read: still refused, the site reader not named.
    mozfest = ROOT / "tests" / "data" / "frab" / "real" / "nonfrab-mozfest-schedule-excerpt.json"
    assert read_feed(FeedSpec(PONYFEST), ReadContext()).reader == "yaml-site"
    devfest = read_feed(FeedSpec(DEVFEST), ReadContext(first_date=date(2018, 11, 16), timezone=RIGA))
    assert (devfest.reader, len(devfest.program.items)) == ("yaml-site", 27)
    with pytest.raises(ParseError) as unknown:
        read_feed(FeedSpec(mozfest), ReadContext())
    assert "--format yaml-site" not in str(unknown.value)


def test_every_room_of_a_mapping_of_rooms_is_read_with_its_name(tmp_path: Path) -> None:
    """PonyFest's shape with a second stage added: both rooms' talks, each in its room (not only the first list)."""
    data = json.loads(PONYFEST.read_text())
    stage = data["rooms"]["Aerial Soundwaves Stage"]
    data["rooms"]["Second Stage"] = [dict(stage[1], title="Second stage set")]
    feed = tmp_path / "two-stages.json"
    feed.write_text(json.dumps(data))
    program = load_program(Settings(feeds=(FeedSpec(feed, "yaml-site"),))).program
    assert len(program.items) == 27
    assert [item.location for item in program.items if item.title == "Second stage set"] == ["Second Stage"]
