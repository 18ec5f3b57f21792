"""Static-site YAML a tester tried unseen (trial 2): nested talks, a 12-hour clock, dates without times.

FOSD 2018's days > sessions > talks on a 12-hour clock without am/pm, and Canton Linux's monthly
meetings with a date and no time.

Expectations written by hand from tests/data/yaml_site (PROVENANCE.md); counts by PyYAML.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import yaml

from program.errors import ParseError
from program.model import Item, Program
from program.readers import ReadContext, detect_readers
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
STOCKHOLM = ZoneInfo("Europe/Stockholm")


def _read(name: str, zone: ZoneInfo | None = None, text: str | None = None) -> Program:
    written = text if text is not None else (DATA / name).read_text(encoding="utf-8")
    return YamlSiteReader().read(written, source=name, context=ReadContext(timezone=zone))


def _by_title(program: Program) -> dict[str, Item]:
    return {item.title: item for item in program.items}


def test_fosd_talks_are_found_inside_their_sessions_and_take_their_times() -> None:
    text = (DATA / "fosd2018-schedule.yml").read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text)] == ["yaml-site"]
    days = yaml.safe_load(text)
    program = _read("fosd2018-schedule.yml", STOCKHOLM)
    assert len(program.items) == sum(len(session["talks"]) for day in days for session in day["sessions"]) == 40
    assert "entries at [].sessions[].talks[]" in program.reading[0]
    talks = _by_title(program)
    taint = talks["A data-flow-based taint analysis to detect feature regions with VaRA"]
    assert (taint.start, taint.end, taint.people, taint.location) == (
        datetime(2018, 6, 3, 14, 0, tzinfo=STOCKHOLM),  # "2:00" opens the first day: the afternoon
        datetime(2018, 6, 3, 15, 15, tzinfo=STOCKHOLM),
        ("Florian Sattler",),
        "Fysikhuset, room FL51",
    )
    solving = talks["Variational Satisfiability Solving"]
    assert (solving.start, solving.end, solving.people, solving.location) == (
        datetime(2018, 6, 4, 10, 45, tzinfo=STOCKHOLM),
        datetime(2018, 6, 4, 12, 0, tzinfo=STOCKHOLM),
        ("Jeffrey Young",),
        "EL 43 in the Edit Building",
    )
    influence = talks["Visualizing and Comparing Performance Influence Models"]
    assert (influence.start, influence.end, influence.people) == (
        datetime(2018, 6, 4, 13, 30, tzinfo=STOCKHOLM),  # "1:30" after "10:45-12:00"
        datetime(2018, 6, 4, 14, 45, tzinfo=STOCKHOLM),
        ("Sven Apel",),
    )
    keynote = talks["Feature-Oriented Organic Software Development (Keynote)"]
    assert (keynote.start, keynote.end) == (
        datetime(2018, 6, 6, 9, 0, tzinfo=STOCKHOLM),  # a new day: the morning again
        datetime(2018, 6, 6, 10, 15, tzinfo=STOCKHOLM),
    )
    social = talks["The Liseberg Amusement Park. See social event section"]  # a Markdown link: its text
    assert (social.start, social.end) == (
        datetime(2018, 6, 5, 15, 50, tzinfo=STOCKHOLM),
        datetime(2018, 6, 5, 18, 0, tzinfo=STOCKHOLM),
    )
    assert any(line.startswith("12-hour times without am/pm, read in order") for line in program.reading)


def test_a_file_whose_entries_are_not_found_is_told_a_path_it_has() -> None:
    # FOSD with its times under a key no site uses: the talks have titles but no time anywhere
    text = (DATA / "fosd2018-schedule.yml").read_text(encoding="utf-8").replace("- from:", "- slot:")
    with pytest.raises(ParseError, match=r'items = "\[\]\.sessions\[\]\.talks\[\]"'):
        _read("fosd.yml", STOCKHOLM, text)


def test_canton_meetings_with_a_date_and_no_time_are_untimed_items_on_their_day() -> None:
    text = (DATA / "cantonlinux-schedule.yml").read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text)] == ["yaml-site"]
    program = _read("cantonlinux-schedule.yml")  # no zone needed: nothing has a time
    assert len(program.items) == len(yaml.safe_load(text)) == 12
    assert all(item.start is None for item in program.items)
    meetings = _by_title(program)
    assert (meetings["Bash completion"].day, meetings["Bash completion"].people) == (
        date(2023, 3, 30),
        ("Dave Collins",),
    )
    assert (meetings["2023 Kick Off Meeting"].day, meetings["2023 Kick Off Meeting"].people) == (date(2023, 1, 26), ())
    assert meetings["Canton Linux Holiday Event"].day == date(2023, 12, 28)
    assert "12 entries with a date and no time read as untimed items on their day" in program.reading
