"""Hostile titles, names and links through every writer, each output parsed back by a real parser.

Every target has its own escaping: HTML (Jinja2 autoescape), iCalendar (icalendar), CSV
(quoted, formulas neutralised), XML (ElementTree), JSON, Markdown (backslash escapes). A
parser of each format must give back exactly the text we put in, and no markup of ours.
"""

from __future__ import annotations

import csv
import io
import json
import xml.etree.ElementTree as ET
from datetime import date, datetime, timedelta
from html.parser import HTMLParser

import attrs
import icalendar
import pytest
from markdown_it import MarkdownIt

from program.model import Item, Kind, Link, Paper, Person, Program, SourceRef
from program.rendering import render_outputs
from program.writers import WRITERS

from helpers import CHICAGO

TITLE = '=HYPERLINK("http://evil") *bold* _it_ [x](javascript:alert(1)) <script>alert(1)</script> & | \\ `c` # h'
NAME = "Zoë <b>D'Arcy</b> *Jr*"
ABSTRACT = "Line one & <i>two</i>\n\n[click](javascript:alert(2)) | cell | _x_"
START = datetime(2022, 12, 3, 9, tzinfo=CHICAGO)


def _hostile_program() -> Program:
    talk = Item(
        id="spotlight-hostile-abc123",
        kind=Kind.SPOTLIGHT,
        title=TITLE,
        source=SourceRef("feed.txt", 1),
        start=START,
        end=START + timedelta(minutes=15),
        people=(NAME,),
        abstract=ABSTRACT,
        links=(Link("evil", "javascript:alert(3)"), Link("good", "https://example.org/a b")),
        paper="paper-hostile-abc123",
    )
    poster = Item(
        id="poster-hostile-abc123",
        kind=Kind.POSTER,
        title=TITLE,
        source=SourceRef("feed.txt", 9),
        people=(NAME,),
        paper="paper-hostile-abc123",
    )
    paper = Paper(id="paper-hostile-abc123", title=TITLE, authors=(NAME,), items=(talk.id, poster.id))
    person = Person(
        id="zoe-darcy", name=NAME, display=NAME, sort_key=NAME, items=(talk.id, poster.id), papers=(paper.id,)
    )
    return Program(
        title=TITLE,
        timezone="America/Chicago",
        days=(date(2022, 12, 3),),
        items=(talk, poster),
        papers=(paper,),
        people=(person,),
        venue="Hall <A> & B",
        url="javascript:alert(4)",
        updated=START,
    )


@pytest.fixture(scope="module")
def outputs() -> dict[str, bytes]:
    writers = [writer for name, writer in WRITERS.items() if name != "pdf"]
    return render_outputs(_hostile_program(), writers)


class _Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.text: list[str] = []
        self.tags: list[str] = []
        self.hrefs: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        self.tags.append(tag)
        self.hrefs.extend(value or "" for name, value in attrs if name == "href")

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _page(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


@pytest.mark.parametrize("name", ["program.html", "speakers.html"])
def test_html_shows_the_text_and_adds_no_markup_or_script_links(outputs: dict[str, bytes], name: str) -> None:
    page = _page(outputs[name].decode())
    text = "".join(page.text)

    assert TITLE in text
    assert "D'Arcy" in text and "<b>D'Arcy</b>" in text
    assert {"script", "b", "i"}.isdisjoint(page.tags)
    assert not [href for href in page.hrefs if href.lower().startswith("javascript")]


@pytest.mark.parametrize("name", ["program.md", "speakers.md", "talks.md"])
def test_markdown_renders_back_to_the_literal_text(outputs: dict[str, bytes], name: str) -> None:
    html = MarkdownIt("commonmark").enable("table").render(outputs[name].decode())
    page = _page(html)

    assert TITLE.replace("  ", " ") in "".join(page.text)
    assert {"script", "b", "i", "em", "h1"} & set(page.tags) <= {"h1"}  # our own heading only
    assert page.tags.count("h1") == 1
    assert not [href for href in page.hrefs if "javascript" in href.lower()]


@pytest.mark.parametrize("name", ["talks.csv", "speakers.csv"])
def test_csv_quotes_and_neutralises_formulas(outputs: dict[str, bytes], name: str) -> None:
    rows = list(csv.DictReader(io.StringIO(outputs[name].decode("utf-8-sig"))))

    assert rows
    assert all(row["title"] == "'" + TITLE for row in rows)


def test_calendars_and_schedules_parse_back(outputs: dict[str, bytes]) -> None:
    [event] = icalendar.Calendar.from_ical(outputs["program.ics"]).events
    schedule_event = ET.fromstring(outputs["schedule.xml"]).find("day/room/event")
    [json_event] = [
        event
        for day in json.loads(outputs["schedule.json"])["schedule"]["conference"]["days"]
        for events in day["rooms"].values()
        for event in events
    ]

    assert str(event["SUMMARY"]) == TITLE
    assert str(event["URL"]) == "https://example.org/a%20b"  # the javascript: link is dropped
    attachments = event["ATTACH"]
    urls = [str(url) for url in attachments] if isinstance(attachments, list) else [str(attachments)]
    assert urls == ["https://example.org/a%20b"]
    assert schedule_event is not None
    assert schedule_event.findtext("title") == TITLE
    assert [link.get("href") for link in schedule_event.iter("link")] == ["https://example.org/a%20b"]
    assert (json_event["title"], json_event["persons"][0]["name"]) == (TITLE, NAME)
    assert json.loads(outputs["program.json"])["items"][0]["title"] == TITLE


@pytest.mark.parametrize("name", ["program.md", "speakers.md", "talks.md"])
def test_markdown_shows_entity_references_as_written(name: str) -> None:
    # Issue 32: "AT&amp;T" in a title showed as "AT&T" once the Markdown was rendered.
    title = "AT&amp;T &#169; &#xA9; &copy; R&D & more"
    program = attrs.evolve(
        _hostile_program(),
        title=title,
        items=tuple(attrs.evolve(item, title=title) for item in _hostile_program().items),
        papers=tuple(attrs.evolve(paper, title=title) for paper in _hostile_program().papers),
    )
    writer = {"program.md": "md", "speakers.md": "speakers-md", "talks.md": "talks-md"}[name]
    markdown = render_outputs(program, [WRITERS[writer]])[name].decode()

    text = "".join(_page(MarkdownIt("commonmark").enable("table").render(markdown)).text)

    assert title in text
