"""A group named as a speaker keeps its acronym (Bristol Data Week 2025's "JGI Team", trial 7).

Capitals of a person's name are evened out ("Antoine DUPRET" is Antoine Dupret); a name with a
group's word in it (Team, Group, Lab, Committee, …) is a group's, its capitals an acronym's:
the site showed "Jgi Team".
"""

from __future__ import annotations

from zoneinfo import ZoneInfo

from program.loading import load_program
from program.settings import FeedSpec, Settings

from helpers import ROOT

BRISTOL = ROOT / "tests" / "data" / "html_pages" / "bristoldataweek2025-index.html"


def test_a_team_named_as_a_speaker_keeps_its_acronym() -> None:
    program = load_program(Settings(feeds=(FeedSpec(BRISTOL),), timezone=ZoneInfo("Europe/London"))).program
    shown = {person.display for person in program.people}

    assert "JGI Team" in shown and "Jgi Team" not in shown
