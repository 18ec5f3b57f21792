"""Static-site YAML a new user tried unseen (trial 12): UKNC 2025's and TWoFCS 2019's programs.

UKNC 2025 (`_data/program.yml`) titles each talk by its speaker and affiliation (`title: Jacques
Carolan (ARIA)`) and writes the talk as `subtitle`; its breaks and sessions have titles of their
own, a few with a subtitle too. TWoFCS 2019 (`_data/program.yml`) writes the same `session:` and
`chair:` on each of a session's talks beside the talk's `title` and `presenter`, and only starts.
Expectations are written from the files (tests/data/yaml_site, PROVENANCE.md), counts by PyYAML.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import yaml

from program.model import Program, Role
from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
LONDON = ZoneInfo("Europe/London")
CHICAGO = ZoneInfo("America/Chicago")
_AFFILIATED = re.compile(r"^(.+?) \((.+)\)$")


def _read(name: str, zone: ZoneInfo, first_date: date | None = None) -> Program:
    context = ReadContext(first_date=first_date, timezone=zone)
    return YamlSiteReader().read((DATA / name).read_text(encoding="utf-8"), source=name, context=context)


@pytest.fixture(scope="module")
def uknc() -> Program:
    return _read("uknc2025-program.yml", LONDON, date(2025, 7, 10))  # "Day 1, 10 July" of UKNC 2025


@pytest.fixture(scope="module")
def twofcs() -> Program:
    return _read("twofcs2019-program.yml", CHICAGO)  # Urbana-Champaign; its days are dated "June 26, 2019"


def test_uknc_talks_are_their_subtitles_by_the_speaker_their_title_names(uknc: Program) -> None:
    days = yaml.safe_load((DATA / "uknc2025-program.yml").read_text(encoding="utf-8"))["days"]
    events = [event for day in days for event in day["events"]]
    talks = [event for event in events if event.get("subtitle") and _AFFILIATED.match(event["title"].strip())]
    assert (len(events), len(talks), len(uknc.items)) == (24, 14, 24)
    by_title = {item.title: item for item in uknc.items}
    for talk in talks:
        name, affiliation = _AFFILIATED.match(talk["title"].strip()).groups()  # type: ignore[union-attr]
        item = by_title[" ".join(talk["subtitle"].split())]
        assert (item.people, item.role) == ((f"{name} [{affiliation}]",), Role.SPEAKER)
    first = by_title["Precision Neurotechnologies for Human Therapeutics"]
    assert (first.people, first.start, first.end) == (
        ("Jacques Carolan [ARIA]",),
        datetime(2025, 7, 10, 12, 45, tzinfo=LONDON),
        datetime(2025, 7, 10, 13, 0, tzinfo=LONDON),
    )
    castedo = by_title["Energy-Efficient Neural Coding Under Food Restriction: Structure, Noise, and Resilience"]
    assert castedo.people == ("Sebastian Castedo [Laboratoire de Physique de l'ENS]",)
    assert castedo.start == datetime(2025, 7, 11, 15, 30, tzinfo=LONDON)


def test_uknc_other_entries_keep_their_titles_and_the_organisers_close(uknc: Program) -> None:
    by_title = {item.title: item for item in uknc.items}
    poster = by_title["Poster session 1 & Networking Reception"]  # subtitle "sponsored by The Francis Crick Institute"
    assert (poster.people, poster.abstract) == ((), "sponsored by The Francis Crick Institute")
    breakout = by_title["ARIA Breakout Session"]  # subtitle "Research funding opportunities and priorities"
    assert (breakout.people, breakout.abstract) == ((), "Research funding opportunities and priorities")
    closing = by_title["Closing"]  # title "UKNC organisers", subtitle "Closing", 17:45 to 18:00 on 11 July
    assert (closing.people, closing.start) == ((), datetime(2025, 7, 11, 17, 45, tzinfo=LONDON))
    assert {"Registration and lunch", "Welcome from the organisers", "Coffee", "Poster session 2"} <= set(by_title)
    assert not any(":" in item.title for item in uknc.items if item.title.startswith(("Poster", "ARIA", "UKNC")))
    assert len({person for item in uknc.items for person in item.people}) == 14


def test_twofcs_titles_are_the_talks_and_chairs_are_no_speakers(twofcs: Program) -> None:
    days = yaml.safe_load((DATA / "twofcs2019-program.yml").read_text(encoding="utf-8"))
    entries = [entry for day in days for entry in day["active"]]
    assert len(twofcs.items) == len(entries) == 50
    assert sum("chair" in entry for entry in entries) == 34
    assert [item.title for item in twofcs.items] == [entry["title"].strip() for entry in entries]
    dated = [(day["date"], entry) for day in days for entry in day["active"]]
    for item, (written, entry) in zip(twofcs.items, dated, strict=True):
        day = int(written.removeprefix("June ").removesuffix(", 2019"))  # "June 26, 2019"
        hour, minute = entry["time"].split(":")
        assert item.start == datetime(2019, 6, day, int(hour), int(minute), tzinfo=CHICAGO)
        assert item.end is None or item.end > item.start
        if entry.get("presenter") and entry["presenter"] not in ("Dynamic signup!", "All Welcome"):
            presenters = tuple(name.strip() for name in entry["presenter"].split("&"))
            assert (item.people, item.role) == (presenters, Role.SPEAKER), entry["title"]
        elif entry.get("chair") and entry["chair"] != "Cyclus Community":  # a sign-up on the day, or no presenter
            chairs = tuple(name.strip() for name in entry["chair"].split("&"))
            assert (item.people, item.role) == (chairs, Role.CHAIR), entry["title"]
        else:  # nobody named: "All Welcome" at the "Cyclus Community" meeting
            assert item.people == (), entry["title"]


def test_twofcs_says_what_it_read(twofcs: Program) -> None:
    by_start = {item.start: item for item in twofcs.items}
    talk = by_start[datetime(2019, 6, 26, 9, 15, tzinfo=CHICAGO)]
    assert (talk.title, talk.people) == ("Recent developments of the DYMOND code", ("Bo Feng",))  # chair Xavier Doligez
    assert by_start[datetime(2019, 6, 26, 10, 45, tzinfo=CHICAGO)].title == "Break"
    assert not [item for item in twofcs.items if item.title in ("Break: Break", "Lunch: Lunch")]
    assert any(line.startswith("session: ") for line in twofcs.reading)
    assert any("not read:" in line and "session" in line for line in twofcs.reading)
    # 34 entries write a chair: 7 Discussions chaired alone, "Cyclus Community" nobody, "Dynamic signup!" beside
    # Kathryn Huff nobody either: 25 talks' chairs are left out, and said
    assert any(line.startswith("chairs beside speakers on 25 entries left out") for line in twofcs.reading)
