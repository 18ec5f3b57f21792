"""COMPAS 2024's programme (French, the same organiser as trial 44's COMPAS 2026, written another way).

Parallel sessions are bullets at the list's left edge under a time heading (`### 11h-12h15`), each with its
chair after a full stop (`- Sécurité. _Chair : Gaël Thomas (INRIA Saclay)_`); their talks are nested bullets,
`- __Title__` over a line of names in italics with where they work (`_Léo Cosseron_, _Martin Quinson_ (Univ.
Rennes, Inria, CNRS, IRISA) ; _Louis Rilling_ (DGA)`). Before: 14 of its 53 talks read, the second session's
talks given to the first, the chair's affiliation read as the session's person (`INRIA Bordeaux`). Expectations
typed from the source; the talks counted in it by their bullets.
"""

from __future__ import annotations

import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.model import Program
from program.readers.base import ReadContext
from program.readers.schedule_page import SchedulePageReader

from helpers import ROOT

PAGE = ROOT / "tests" / "data" / "pages" / "compas2024-programme.md"
PARIS = ZoneInfo("Europe/Paris")


def _read() -> Program:
    context = ReadContext(timezone=PARIS, first_date=date(2024, 7, 2))
    return SchedulePageReader().read(PAGE.read_text(encoding="utf-8"), source=PAGE.name, context=context)


def test_every_talk_is_read_at_its_session() -> None:
    program = _read()
    bullets = re.findall(r"(?m)^\t- __(.+?)__\s*$", PAGE.read_text(encoding="utf-8"))

    talks = [item for item in program.items if item.start is None and item.sessions]
    assert len(bullets) == 53
    assert sorted(item.title for item in talks) == sorted(" ".join(title.split()) for title in bullets)


def test_parallel_sessions_at_one_time_each_with_its_chair_and_talks() -> None:
    program = _read()
    at_eleven = datetime(2024, 7, 3, 11, 0, tzinfo=PARIS)
    sessions = {item.title: item for item in program.items if item.start == at_eleven}

    assert {title: item.people for title, item in sessions.items()} == {
        "Communications réseau": ("Alexandre Denis",),
        "Sécurité": ("Gaël Thomas",),
    }
    security = [item for item in program.items if sessions["Sécurité"].id in item.sessions]
    assert [(item.title, item.people) for item in security] == [
        (
            "Simuler l'environnement réseau de sandboxes pour cacher les pauses d'introspection de machines virtuelles",
            ("Léo Cosseron", "Martin Quinson", "Louis Rilling", "Matthieu Simonin"),
        ),
        (
            "Fork-nox: a new virtualization technique to enforce system security",
            ("Jean-françois Dumollard", "Mathieu Bacou", "Olivier Levillain", "Gaël Thomas"),
        ),
        ("Zero Trust Architecture: The Case for Logics", ("Mariam Wehbe", "Laurent Bobelin", "Sabine Frittella")),
    ]
