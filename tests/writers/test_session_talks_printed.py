"""A session's talks in the printable program, the booklet, the talk listing and calendars: under their session.

HAOC 2021 (tests/data/pages/haoc-2021.md) lists its talks inside timed slots; Canton Linux
(tests/data/yaml_site/cantonlinux-schedule.yml) lists monthly meetings with a date and no time.
The expectations are read from those sources.
"""

from __future__ import annotations

import csv
import io

import icalendar
import lxml.etree
import lxml.html
import pytest

from program.loading import load_program
from program.model import Program
from program.rendering import render_outputs
from program.settings import FeedSpec, Settings
from program.writers import WRITERS, RenderOptions
from program.writers.booklet import booklet_data
from program.writers.program_html import ProgramHtmlWriter
from program.writers.program_markdown import ProgramMarkdownWriter
from program.writers.talks_csv import TalksCsvWriter
from program.writers.talks_markdown import TalksMarkdownWriter

from helpers import ROOT

DATA = ROOT / "tests" / "data"
SESSION_I = [
    "CARE: Infusing Causal Aware Thinking to Root Cause Analysis in Cloud System",
    "Frisbee: A Suite for Benchmarking Systems Recovery",
]


@pytest.fixture(scope="module")
def haoc() -> Program:
    return load_program(Settings(feeds=(FeedSpec(DATA / "pages" / "haoc-2021.md"),))).program


@pytest.fixture(scope="module")
def canton() -> Program:
    return load_program(Settings(feeds=(FeedSpec(DATA / "yaml_site" / "cantonlinux-schedule.yml"),))).program


def _session_id(program: Program, title: str) -> str:
    return next(item.id for item in program.items if item.title == title)


def test_program_html_prints_talks_under_their_session(haoc: Program) -> None:
    tree = lxml.html.fromstring(ProgramHtmlWriter().write(haoc, RenderOptions()))
    row = tree.get_element_by_id(_session_id(haoc, "Paper Presentation Session I"))

    talks = [title.text_content() for title in row.xpath(".//ol[@class='talks']/li/span[@class='title']")]
    people = row.xpath("string(.//ol[@class='talks']/li[2]/span[@class='people'])")

    assert talks == SESSION_I
    assert people == "Fotis Nikolaidis, Antony Chazapis, Manolis Marazakis, Angelos Bilas"
    assert tree.xpath("//h2[.='Without a time']") == []


def test_program_markdown_lists_talks_under_their_session(haoc: Program) -> None:
    text = ProgramMarkdownWriter().write(haoc, RenderOptions())

    session = text.index("Other: Paper Presentation Session I\n")
    lines = text[session:].splitlines()[1:3]

    assert lines == [
        f"  - Talk: {SESSION_I[0]} (Yong Xu, Xu Zhang, Chuan Luo, Si Qin, Rohit Pandey, Chao Du, Qingwei Lin,"
        " Yingnong Dang, Andrew Zhou)",
        f"  - Talk: {SESSION_I[1]} (Fotis Nikolaidis, Antony Chazapis, Manolis Marazakis, Angelos Bilas)",
    ]


def test_booklet_data_holds_talks_in_their_sessions_entry(haoc: Program) -> None:
    data = booklet_data(haoc, RenderOptions())
    entries = {entry["id"]: entry for entry in data["days"][0]["entries"]}

    session = entries[_session_id(haoc, "Paper Presentation Session I")]
    keynote = entries[_session_id(haoc, "Keynote")]["talks"][0]

    assert [[part["text"] for part in talk["title"][0]] for talk in session["talks"]] == [[t] for t in SESSION_I]
    assert (keynote["kind"], keynote["people"], keynote["abstract"] is not None) == (
        "keynote",
        ["Haryadi Gunawi"],
        True,
    )
    assert data["untimed"] == []


def test_talk_listing_gives_a_sessions_talk_its_sessions_slot_and_day(haoc: Program) -> None:
    markdown = TalksMarkdownWriter().write(haoc, RenderOptions())
    rows = list(csv.reader(io.StringIO(TalksCsvWriter().write(haoc, RenderOptions()).lstrip("\ufeff"))))
    frisbee = next(row for row in rows if row[6] == SESSION_I[1])

    people = "Fotis Nikolaidis, Antony Chazapis, Manolis Marazakis, Angelos Bilas"
    assert f"| Mon 26 Apr 9:30 a.m. | {SESSION_I[1]} | {people} |" in markdown.splitlines()
    assert frisbee[2:5] == ["2021-04-26", "", ""]  # its day; no time of its own


def test_untimed_meetings_show_their_dates_in_print(canton: Program) -> None:
    tree = lxml.html.fromstring(ProgramHtmlWriter().write(canton, RenderOptions()))
    markdown = ProgramMarkdownWriter().write(canton, RenderOptions())
    booklet = booklet_data(canton, RenderOptions())

    first = tree.xpath("//h2[.='Without a time']/following-sibling::ol[1]/li[2]")[0].text_content()
    meffie = tree.xpath("string(//p[starts-with(., 'Meffie, Michael')])")

    assert first == "Thu 23 Feb · Other: Newer CLI Tools · Shaun McFee"
    assert "- **Thu 23 Feb** Other: Newer CLI Tools (Shaun McFee)" in markdown.splitlines()
    assert [entry["when"] for entry in booklet["untimed"]][:2] == ["Thu 26 Jan", "Thu 23 Feb"]
    assert meffie == "Meffie, Michael: Thu 27 Apr, Thu 29 Jun, Thu 26 Oct"


def test_a_speakers_calendar_calls_their_talk_in_a_session_a_talk(haoc: Program) -> None:
    writers = [WRITERS["ics"], WRITERS["ics-people"]]
    calendars = {name: data.decode() for name, data in render_outputs(haoc, writers).items()}
    mine = icalendar.Calendar.from_ical(calendars["people/fotis-nikolaidis.ics"]).events
    shared = next(
        event
        for event in icalendar.Calendar.from_ical(calendars["program.ics"]).events
        if str(event["SUMMARY"]) == "Paper Presentation Session I"
    )

    assert [str(event["SUMMARY"]) for event in mine] == [f"Talk · {SESSION_I[1]}"]
    assert str(mine[0]["DESCRIPTION"]).startswith(f"Your talk at this session:\n- {SESSION_I[1]} (Fotis Nikolaidis,")
    assert str(shared["DESCRIPTION"]).startswith(f"Talks in this session:\n- {SESSION_I[0]} (Yong Xu,")


@pytest.mark.parametrize("options", [RenderOptions(), RenderOptions(posters_as_events=True)])
def test_schedule_xml_lists_a_sessions_talks_as_talks(haoc: Program, options: RenderOptions) -> None:
    xml = render_outputs(haoc, [WRITERS["frab-xml"]], options)["schedule.xml"]

    tree = lxml.etree.fromstring(xml)
    description = tree.xpath("string(//event[title='Paper Presentation Session I']/description)")
    titles = tree.xpath("//event/title/text()")

    assert len(titles) == 11  # the timed items; a talk is no event of its own, even with posters as events

    assert description.splitlines()[:2] == [
        "Talks:",
        f"{SESSION_I[0]} (Yong Xu, Xu Zhang, Chuan Luo, Si Qin, "
        "Rohit Pandey, Chao Du, Qingwei Lin, Yingnong Dang, Andrew Zhou)",
    ]
