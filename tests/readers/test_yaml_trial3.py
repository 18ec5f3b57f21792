"""Static-site YAML a tester tried unseen (trial 3): SRCCON:WORK 2018 and DISCAN 2018.

SRCCON writes a range's am/pm once, at the end ("3:30-4:30pm"), names its people
`facilitators` and its days "Thursday"; DISCAN puts a talk's speaker in `events[].title`
as "Name: Affiliation". Expectations written by hand from tests/data/yaml_site (PROVENANCE.md);
counts by the json module and PyYAML.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import yaml

from program.errors import UsageError
from program.loading import load_program
from program.model import Item, Program
from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader
from program.settings import FeedSpec, Settings

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
NEW_YORK = ZoneInfo("America/New_York")
SRCCON = DATA / "srccon-work-schedule.yaml"


def _read(name: str, context: ReadContext) -> Program:
    return YamlSiteReader().read((DATA / name).read_text(encoding="utf-8"), source=name, context=context)


def _srccon() -> dict[str, Item]:
    program = _read(SRCCON.name, ReadContext(first_date=date(2018, 12, 6), timezone=NEW_YORK))
    assert len(program.items) == len(json.loads(SRCCON.read_text(encoding="utf-8"))) == 37
    return {item.title: item for item in program.items}


def _at(day: int, hour: int, minute: int = 0) -> datetime:
    return datetime(2018, 12, day, hour, minute, tzinfo=NEW_YORK)


@pytest.mark.parametrize(
    ("title", "start", "end"),
    [
        ("What’s next: How to nurture growth in the face of burnout", _at(6, 15, 30), _at(6, 16, 30)),
        ("Like a boss", _at(6, 12, 15), _at(6, 13, 15)),
        (
            "Small things you can do to attract a more diverse pool of job candidates TODAY",
            _at(6, 10, 45),
            _at(6, 11, 45),
        ),
        ("Salary & benefits workshop", _at(7, 17), _at(7, 18)),
        ("Closing", _at(7, 18), None),
    ],
)
def test_srccon_ranges_with_am_pm_at_the_end_are_read_in_that_half_of_the_day(
    title: str, start: datetime, end: datetime | None
) -> None:
    item = _srccon()[title]

    assert (item.start, item.end) == (start, end)


def test_srccon_facilitators_are_the_people() -> None:
    items = _srccon()

    assert items[
        "Dot your i’s and cross your teams: Building interdisciplinary design & tech teams for better news orgs"
    ].people == (
        "Alexis Lloyd",
        "Emma Schwartz",
        "Matt Boggie",
    )
    assert items[
        "Mental health in the newsroom: Creating systems of support for ourselves and our colleagues"
    ].people == ("Christine Stapleton",)
    assert items["Closing"].people == ()
    assert len({person for item in items.values() for person in item.people}) == 43


def test_srccon_without_zone_and_date_names_both_at_once() -> None:
    with pytest.raises(UsageError) as raised:
        _read(SRCCON.name, ReadContext())

    assert str(raised.value) == (
        "srccon-work-schedule.yaml: a site's schedule has wall-clock times only, and days without a year or date "
        "('Thursday'); pass --timezone Area/City and --date YYYY-MM-DD (the first day)"
    )


def test_srccon_without_zone_only_names_the_zone() -> None:
    with pytest.raises(UsageError, match=r"wall-clock times only; pass --timezone Area/City$"):
        _read(SRCCON.name, ReadContext(first_date=date(2018, 12, 6)))


def test_a_cofacilitator_follows_the_facilitator() -> None:
    """SRCCON's sessions.json writes `facilitator` and `cofacilitator` apart (here as YAML, with a time added)."""
    text = '- title: "Boosting Careers"\n  time: "10:45-11:45am"\n'
    text += "  facilitator: Tyler Machado\n  cofacilitator: Jacob Sanders\n"
    program = YamlSiteReader().read(text, source="s.yml", context=ReadContext(date(2018, 12, 6), NEW_YORK))

    assert [(item.title, item.people) for item in program.items] == [
        ("Boosting Careers", ("Tyler Machado", "Jacob Sanders"))
    ]


DISCAN = DATA / "discan18-schedule.yml"
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def _discan() -> dict[str, Item]:
    program = _read(DISCAN.name, ReadContext(timezone=STOCKHOLM))
    days = yaml.safe_load(DISCAN.read_text(encoding="utf-8"))
    assert len(program.items) == sum(len(day["timeslots"]) for day in days) == 26
    return {item.title: item for item in program.items}


def test_discan_speakers_written_as_event_titles_are_people_with_their_affiliations() -> None:
    items = _discan()

    talks = [item for item in items.values() if item.people and item.title != "Event Inauguration"]
    assert len(talks) == 17
    azer = items["Sharing Knowledge without Sharing Data: Secure Multiparty Computation on Big Data"]
    assert (azer.start, azer.end, azer.people) == (
        datetime(2018, 9, 26, 11, 0, tzinfo=STOCKHOLM),
        datetime(2018, 9, 26, 11, 30, tzinfo=STOCKHOLM),
        ("Azer Bestavros [Boston University, USA]",),
    )
    assert azer.abstract is not None and azer.abstract.startswith("A common misconception that dominates our society")
    dataset = items["Dataset Marketplace Support for Deep Learning"]  # "speakers: Abstract: Large datasets …"
    assert dataset.abstract is not None and dataset.abstract.startswith("Large datasets ranging from tens")
    demo = items["Hopsworks Demo"]  # "Name, Affiliation", and no text beside it
    assert (demo.people, demo.abstract) == (("Jim Dowling [Logical Clocks, Sweden]",), None)
    assert items["From Weld to Arc"].people == ("Lars Kroll [KTH EECS, Sweden (Intro by Paris Carbone)]",)
    assert items["Event Inauguration"].people == ("Seif Haridi",)
    assert items["Lunch"].people == ()


def test_discan_people_keep_their_affiliations_in_the_program() -> None:
    loaded = load_program(Settings(feeds=(FeedSpec(DISCAN),), timezone=STOCKHOLM))

    people = {person.name: person.affiliation for person in loaded.program.people}
    assert len(people) == 18
    assert people["Azer Bestavros"] == "Boston University, USA"
    assert people["Vasiliki Kalavri (Vasia)"] == "ETH Zurich, Switzerland"
    assert people["Seif Haridi"] is None


def test_an_events_list_of_timed_sub_talks_is_not_read_as_speakers() -> None:
    text = (
        '- title: "Session A"\n  startTime: "10:00"\n  events:\n'
        '    - title: "Deep Learning: A Survey"\n      startTime: "10:00"\n'
    )
    program = YamlSiteReader().read(text, source="s.yml", context=ReadContext(date(2018, 9, 26), STOCKHOLM))

    assert [(item.title, item.people) for item in program.items] == [("Session A", ())]
    assert program.reading[-1] == "not read: events"
