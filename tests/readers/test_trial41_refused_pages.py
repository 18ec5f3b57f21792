"""Trial 41's two refused text pages (unseen), and a seminar series of the same shape (PROVENANCE.md of pages).

Critique digitale 2021's programme is an mdsvex page (`Programme.svelte.md`): a `<script>` block importing its
components, then Markdown with two pipe tables in `<article>` wrappers, each headed `|       | October 21 |`.
SPIGL 2021 (Leipzig) lists three lectures, each with its full date and no time, then one sentence for all:
`Die Vorträge finden um **18:00 Uhr** via Zoom statt`. The UW eScience Python Seminar 2015 is the same shape
in English: `- Time: 3:00-4:00pm, Mondays …` above `- **Oct 12, 2015**: Title (Speaker)`. Expectations are
typed from the sources (trial 41's expect.py for the first two).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError
from program.model import Kind
from program.readers import ReadContext
from program.readers.notation.prose import times_in
from program.readers.schedule_page import SchedulePageReader

from helpers import ROOT, read_detected

ZURICH = ZoneInfo("Europe/Zurich")
BERLIN = ZoneInfo("Europe/Berlin")
SEATTLE = ZoneInfo("America/Los_Angeles")
Row = tuple[str, str, str | None, tuple[str, ...]]

CRITIQUE: list[Row] = [
    ("Prise en main de BigBlueButton Fourni par CH-Open", "2021-10-21 08:45", "2021-10-21 09:30", ()),
    ("Introduction by the Organizers & welcome by Dr. Markus Zürcher", "2021-10-21 09:30", "2021-10-21 10:00", ()),
    ("Pitching-Session", "2021-10-21 10:00", "2021-10-21 11:00", ()),
    (
        "Appréhender le monde numérique à travers ses usages. L'exemple de l'information et du journalism",
        "2021-10-21 11:00",
        "2021-10-21 12:00",
        ("Nathalie Pignard Cheynel",),
    ),
    ("Presentation of program & lunch break", "2021-10-21 12:00", "2021-10-21 13:30", ()),
    ("Panelslot 1", "2021-10-21 13:30", "2021-10-21 14:15", ()),
    ("Break", "2021-10-21 14:15", "2021-10-21 15:00", ()),
    ("Panelslot 2", "2021-10-21 15:00", "2021-10-21 15:45", ()),
    ("Panelslot 3", "2021-10-21 15:45", "2021-10-21 16:30", ()),
    ("Break", "2021-10-21 16:30", "2021-10-21 17:00", ()),
    (
        "Quelle est la place de l'histoire de l'informatique dans les critiques de l'informatique?",
        "2021-10-21 17:00",
        None,
        ("Mar Hicks",),
    ),
    ("Welcome Back", "2021-10-22 09:30", "2021-10-22 10:00", ()),  # `| 08:45 |  |` above it: an empty row
    ("Panelslot 4", "2021-10-22 10:00", "2021-10-22 11:00", ()),
    (
        "Explorations numériques au médialab de Sciences Po",
        "2021-10-22 11:00",
        "2021-10-22 12:00",
        ("Dominique Cardon",),
    ),
    ("Panelslot 5 break", "2021-10-22 12:00", "2021-10-22 13:30", ()),
    ("Presentations of Results and Outlook", "2021-10-22 13:30", "2021-10-22 14:15", ()),
    ("Round Table and End of Event", "2021-10-22 14:15", None, ()),  # the rows below it are empty
]
SPIGL: list[Row] = [
    (
        "Festgeschriebene Sprachregeln? Sprachliche Zweifelsfälle und das Problem der Sprachkodifizierung",
        "2021-06-15 18:00",
        None,
        ("Wolf Peter Klein",),
    ),
    (
        "Registerwissen und morphologische Struktur. Eine Studie zu komplexen Wörtern bei Lerner:innen des Deutschen "
        "als Fremdsprache und Muttersprachler:innen",
        "2021-06-29 18:00",
        None,
        ("Anke Lüdeling", "Julia Lukassek"),
    ),
    (
        "Normen sakraler Übersetzung im Wandel der Zeit: Martin Luther und die Luther-Bibel",
        "2021-07-13 18:00",
        None,
        ("Christine Ganslmayer",),
    ),
]
UW_SEMINARS: list[tuple[str, str, tuple[str, ...]]] = [
    ("IPython: Beyond Normal Python", "2015-10-12", ("Jake VanderPlas",)),  # "([notebook](…))": its material
    ("Fast Numerical Computing with NumPy", "2015-10-19", ("Jake VanderPlas",)),
    ("AstroPy", "2015-10-26", ("Brett Morris",)),
    ("Performance of Pandas Data Frames by Example", "2015-11-02", ("Valentina Staneva",)),
    ("Cython: Extending Python with C", "2015-11-09", ("Ariel Rokem",)),
    ("TBA", "2015-11-16", ()),
    ("Xray and Dask", "2015-11-23", ("Anthony Arendt",)),
    ("Bayesian Analysis with Python", "2015-11-30", ("Dan Foreman-Mackey",)),
    ("Python and Social Networks", "2015-12-07", ("Jose Manuel Magallanes",)),
]


def _at(written: str | None, zone: ZoneInfo) -> datetime | None:
    return datetime.fromisoformat(written).replace(tzinfo=zone) if written else None


@pytest.mark.parametrize(
    ("name", "context", "zone", "rows"),
    [
        ("critiquedigitale2021-programme.svelte.md", {"first_date": "2021-10-21"}, ZURICH, CRITIQUE),
        ("spigl-leipzig2021-vortraege.md", {}, BERLIN, SPIGL),
    ],
)
def test_trial41_refused_page_reads_every_entry(
    name: str, context: dict[str, str], zone: ZoneInfo, rows: list[Row]
) -> None:
    """Detected with no --format (both were refused with every format), every entry exact: title, start, end, people."""
    first = datetime.fromisoformat(context["first_date"]).date() if context else None
    reader, program = read_detected("pages", name, ReadContext(timezone=zone, first_date=first))
    assert reader == "schedule-page"
    read = [(item.title, item.start, item.end, item.people) for item in program.items]
    assert read == [(title, _at(start, zone), _at(end, zone), people) for title, start, end, people in rows]
    assert all(item.location is None for item in program.items)


def test_critique_digitale_keynotes_are_keynotes() -> None:
    """`_Title_<br>Keynote by Name`: the label is the kind, the name the person, neither in the title."""
    context = ReadContext(timezone=ZURICH, first_date=date(2021, 10, 21))  # the year is on another page only
    _, program = read_detected("pages", "critiquedigitale2021-programme.svelte.md", context)
    keynotes = [item.people for item in program.items if item.kind is Kind.KEYNOTE]
    assert keynotes == [("Nathalie Pignard Cheynel",), ("Mar Hicks",), ("Dominique Cardon",)]


def test_spigl_says_where_its_time_came_from() -> None:
    """The shared time is no guess: check names the sentence and its line."""
    _, program = read_detected("pages", "spigl-leipzig2021-vortraege.md", ReadContext(timezone=BERLIN))
    said = "\n".join(program.reading)
    assert "dated entries, one time for all in a sentence" in said
    assert (
        "every dated entry at 18:00, the one time the page writes (line 23: 'Die Vorträge finden um 18:00 Uhr" in said
    )


def test_uw_seminar_series_reads_each_monday_at_its_range() -> None:
    """`- Time: 3:00-4:00pm, Mondays …` and ten dated entries: each 15:00–16:00 on its date, in its zone."""
    _, program = read_detected("pages", "uwescience-python-seminar-2015.md", ReadContext(timezone=SEATTLE))
    talks = [(item.title, item.start, item.end, item.people) for item in program.items[1:]]
    assert talks == [
        (title, _at(f"{day} 15:00", SEATTLE), _at(f"{day} 16:00", SEATTLE), people)
        for title, day, people in UW_SEMINARS
    ]
    # "**Oct 5, 2015**: *no seminar this week …*" is a dated entry too: read as written (a known miss, no item)
    assert program.items[0].title == "no seminar this week due to eScience all-hands meeting"


@pytest.mark.parametrize(
    ("sentence", "found"),
    [
        ("Die Vorträge finden via Zoom statt.", "no time for them anywhere"),
        (
            "Die Vorträge finden um 18:00 oder 19:30 Uhr statt.",
            "several times and no one for all: 18:00 (line 23), 19:30 (line 23)",
        ),
    ],
)
def test_series_without_one_time_is_refused_at_its_first_entry(sentence: str, found: str) -> None:
    """No time, or several: the error names the shape, its first entry's line and what to write."""
    text = (ROOT / "tests" / "data" / "pages" / "spigl-leipzig2021-vortraege.md").read_text(encoding="utf-8")
    original = "Die Vorträge finden um **18:00 Uhr** via [Zoom](www.t1p.de/SPIGL-zoom) statt."
    changed = text.replace(original, sentence)
    assert changed != text
    with pytest.raises(ParseError) as refused:
        SchedulePageReader().read(changed, source="spigl.md", context=ReadContext(timezone=BERLIN))
    assert refused.value.source.line == 16
    assert str(refused.value.reason).startswith(
        "expected a time for a series of 3 dated entries (the first '15.06.2021', line 16); found " + found
    )
    assert "Write the one time they all start at in a sentence" in refused.value.reason


def test_times_in_a_sentence() -> None:
    """A range keeps its shared pm; a date's "15.06." is no clock."""
    assert [(span.start.minutes, span.end_minutes) for span in times_in("Time: 3:00-4:00pm, Mondays")] == [(900, 960)]
    assert [span.start.minutes for span in times_in("um **18:00 Uhr** am 15.06.2021")] == [1080]
