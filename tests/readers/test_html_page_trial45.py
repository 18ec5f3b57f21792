"""Trial 45's UNCV 2025 programme (CVPR 2025 workshop): a Jekyll page of one HTML table, seen by a new user first.

`Invited Talk by <strong><a>Name</a></strong><br><i>Title</i>` was kept whole as the title (the name glued to the
title's first words: people `['Arash Vahdat Rare Yet Real']`), and the cells `Contributed Talks (Full Papers)` and
`Contributed Spotlights` over a `<ul>` of plain titles were one item each (10 talks lost, no warning).
Expectations typed from the source (tests/data/html_pages/expected/uncv2025-program.md.json by a script over it).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from html_page_files import read_page
from program.model import Kind
from program.readers.base import ReadContext
from program.readers.html_page import HtmlPageReader

CHICAGO = ZoneInfo("America/Chicago")
PAGE = "uncv2025-program.md"


def _at(hour: int, minute: int) -> datetime:
    return datetime(2025, 6, 11, hour, minute, tzinfo=CHICAGO)


def test_an_invited_talk_by_a_bold_name_over_an_italic_title_is_that_talk_by_them() -> None:
    program = read_page(PAGE, "America/Chicago", date(2025, 6, 11))

    invited = [item for item in program.items if item.label == "Invited Talk"]
    assert len(invited) == 7 and {item.kind for item in invited} == {Kind.INVITED_TALK}
    vahdat = next(item for item in invited if item.start == _at(11, 10))
    assert (vahdat.title, vahdat.people) == ("Rare Yet Real: Generative Modeling Beyond the Modes", ("Arash Vahdat",))
    petiushko = next(item for item in invited if item.start == _at(9, 0))
    assert petiushko.title == "Safety and Uncertainty in Autonomous Driving"
    assert petiushko.people == ("Aleksandr Petiushko",)


def test_a_label_naming_talks_over_a_list_of_titles_is_a_session_of_those_talks() -> None:
    program = read_page(PAGE, "America/Chicago", date(2025, 6, 11))

    spotlights = next(item for item in program.items if item.title == "Contributed Spotlights")
    assert (spotlights.start, spotlights.end) == (_at(14, 10), _at(14, 30))
    shown = [item for item in program.items if spotlights.id in item.sessions]
    assert len(shown) == 9 and all(item.start is None and item.people == () for item in shown)
    # a title whose four capitalised words read as a name is still a title among titles
    assert "Compositional Targeted Multi-Label Universal Perturbations" in {item.title for item in shown}
    full = next(item for item in program.items if item.title == "Contributed Talks (Full Papers)")
    assert len([item for item in program.items if full.id in item.sessions]) == 3
    assert len(program.items) == 26


def _read(cell: str) -> list[tuple[str, tuple[str, ...], str | None]]:
    page = f"<table><tr><th>Time</th><th>Session</th></tr><tr><td>13:00 - 13:30</td><td>{cell}</td></tr></table>"
    context = ReadContext(first_date=date(2025, 6, 11), timezone=CHICAGO)
    program = HtmlPageReader().read(page, source="p.html", context=context)
    return [(item.title, item.people, item.label) for item in program.items]


def test_a_list_of_notes_or_of_names_under_a_label_stays_the_cells_text() -> None:
    notes = _read("Lunch<br><ul><li>Vegan options available</li><li>Served in the atrium</li></ul>")
    names = _read("Contributed Talks<br><ul><li>Ada Lovelace</li><li>Mary Somerville</li></ul>")

    assert len(notes) == 1 and notes[0][0].startswith("Lunch")
    assert len(names) == 1 and names[0][0].startswith("Contributed Talks")


def test_a_by_line_whose_lead_names_no_kind_is_not_read_as_a_talk_by_them() -> None:
    read = _read("Music by <strong>Ada Lovelace</strong><br><i>Songs of the engine</i>")

    assert read and all(label != "Music" for _, _, label in read)
    assert ("Songs of the engine", ("Ada Lovelace",), "Music") not in read


def test_the_title_line_may_open_with_a_plain_title_lead_in_as_uncv_2023_writes_it() -> None:
    # Uncertainty-CV/2023 _pages/program.md (e8ceea6b): the same organisers' ICCV 2023 page
    lead = 'Invited Talk by <strong><a href="https://janispostels.github.io/">Janis Postels</a></strong>'

    assert _read(f"{lead}<br>Title: <i>Efficient Epistemic Uncertainty Quantification</i>") == [
        ("Efficient Epistemic Uncertainty Quantification", ("Janis Postels",), "Invited Talk")
    ]
    assert _read(f"{lead}<br>Title: TBA") == [("TBA", ("Janis Postels",), "Invited Talk")]
