"""Kinds a tester found missed on real files (trial 5), each read from its file.

AIAFS 2023's schedule.csv titles its slots with a bracket after the label ("Invited Talk 2
(25 mins + 5 mins QA)") and names none of its contributed papers; AGN on the Beach 2023's
workbook gives the kind in a `Type` column (`Invited`, `Contributed`); the 2024 NSF CSSI PI
Meeting's calendar opens with an `Informal Reception`. Expectations written by hand from the
files in tests/data/spreadsheets and tests/data/ics (PROVENANCE.md).
"""

from __future__ import annotations

from collections import Counter
from datetime import date
from zoneinfo import ZoneInfo

import pytest

from program.loading import load_program
from program.model import Kind
from program.readers.kind_labels import kind_from_title
from program.settings import FeedSpec, Settings

from helpers import ROOT

DATA = ROOT / "tests" / "data"


def test_aiafs_slots_get_their_kinds_and_make_no_papers() -> None:
    settings = Settings(
        feeds=(FeedSpec(DATA / "spreadsheets" / "aiafs2023-schedule.csv"),),
        timezone=ZoneInfo("America/New_York"),
        first_date=date(2023, 2, 13),
    )
    program = load_program(settings).program
    kinds = {item.title: item.kind for item in program.items}
    assert kinds["Invited Talk 1 (25 mins + 5 mins QA)"] is Kind.INVITED_TALK
    assert kinds["Invited Talk 2 (25 mins + 5 mins QA)"] is Kind.INVITED_TALK
    assert kinds["Contributed Talk 13 (13 mins + 2 mins QA)"] is Kind.ORAL
    assert kinds["Lightning Talks (7 - 5 + 3 QA)"] is Kind.SPOTLIGHT
    assert kinds["Lightning Talks (7 - 5+3 mins QA)"] is Kind.SPOTLIGHT
    # 13 contributed talks (rows 02-06, 11-16, 18-19), two invited, two lightning blocks.
    assert Counter(kinds.values())[Kind.ORAL] == 13
    # The schedule names no paper: a slot's title is none, so there are no papers at all.
    assert program.papers == ()


def test_agn_type_column_invited_and_contributed() -> None:
    settings = Settings(
        feeds=(FeedSpec(DATA / "spreadsheets" / "agnbeach2023-schedule.xlsx"),),
        timezone=ZoneInfo("Europe/Rome"),
        first_date=date(2023, 9, 11),
    )
    program = load_program(settings).program
    by_label = Counter((item.label, item.kind) for item in program.items if item.label)
    assert by_label == {("Invited", Kind.INVITED_TALK): 8, ("Contributed", Kind.ORAL): 61}
    invited = next(item for item in program.items if item.title == "AGN duty cycle")
    assert invited.kind is Kind.INVITED_TALK
    # Three "Flash Talks" rows typed Contributed (Mon, Wed, Fri), each of other speakers: no paper of that title.
    assert "Flash Talks" not in {paper.title for paper in program.papers}
    assert not [problem for problem in program.problems if problem.code == "paper-authors-differ"]


def test_cssi_informal_reception_is_social_and_a_posters_session_a_poster_session() -> None:
    program = load_program(Settings(feeds=(FeedSpec(DATA / "ics" / "nsfcssi2024-program.ics"),))).program
    kinds = {item.title: item.kind for item in program.items}
    assert kinds["Informal Reception"] is Kind.SOCIAL
    assert kinds["Posters Session 2 and Reception"] is Kind.POSTER_SESSION  # "Posters", plural


@pytest.mark.parametrize(
    ("title", "kind"),
    [
        # topoinvis2024-program.md (TopoInVis-Workshop/2024, _pages/program.md): a session title.
        ("Keynote Presentation", Kind.KEYNOTE),
        # iwsda2025-program.html (2025iwsda/iwsda2025, program.html): "Keynote Speech 1" to "3".
        ("Keynote Speech 1", Kind.KEYNOTE),
        ("Keynote Speech 3", Kind.KEYNOTE),
        # nsfcssi2024-program.yml (confmeet/ccs2024, _data/program.yml), as in its calendar.
        ("Informal Reception", Kind.SOCIAL),
        # tests/data/frab/examples/xml/schedule-38c3-20251206.xml: a workshop room's stream, not the opening;
        # only a numbered label says more in brackets.
        ("Opening (Stream aus Saal 1)", Kind.OTHER),
    ],
)
def test_titles_from_the_other_trial_files(title: str, kind: Kind) -> None:
    assert kind_from_title(title) is kind
