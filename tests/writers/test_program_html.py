"""program.html: every item once, posters numbered and grouped, the overlap side by side, safe text."""

from __future__ import annotations

import re
from collections import Counter
from html.parser import HTMLParser

import pytest

from program.loading import Loaded
from program.model import Kind
from program.writers import WRITERS, RenderOptions
from program.writers.base import ChunkedWriter
from program.writers.program_html import ProgramHtmlWriter
from program.writers.program_markdown import ProgramMarkdownWriter
from program.writers.timetable import MM_PER_MINUTE

from conftest import LoadText
from helpers import entry


class _Page(HTMLParser):
    """Collects what the tests look at: entries, boxes, anchors, links, scripts."""

    def __init__(self) -> None:
        super().__init__()
        self.entries: list[str] = []
        self.boards: list[str | None] = []
        self.boxes: dict[str, str] = {}
        self.ids: list[str] = []
        self.links: list[str] = []
        self.external: list[str] = []
        self.scripts = 0
        self.text: list[str] = []

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        attributes = {name: value or "" for name, value in attrs}
        classes = attributes.get("class", "").split()
        if "entry" in classes:
            self.entries.append(attributes["data-item"])
        if "poster" in classes:
            self.boards.append(attributes.get("data-board"))
        if "box" in classes:
            self.boxes[attributes["data-item"]] = attributes["style"]
        if "id" in attributes:
            self.ids.append(attributes["id"])
        if attributes.get("href", "").startswith("#"):
            self.links.append(attributes["href"][1:])
        for name in ("src", "href"):
            if attributes.get(name, "").startswith(("http:", "https:", "//")) and tag != "a":
                self.external.append(attributes[name])
        self.scripts += tag == "script"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _parse(html: str) -> _Page:
    page = _Page()
    page.feed(html)
    return page


@pytest.fixture(scope="module")
def sample_page(sample: Loaded) -> _Page:
    return _parse(ProgramHtmlWriter().write(sample.program, RenderOptions()))


def test_every_item_appears_exactly_once(sample: Loaded, sample_page: _Page) -> None:
    assert Counter(sample_page.entries) == Counter(item.id for item in sample.program.items)


def test_posters_the_page_gives_no_board_show_none(sample_page: _Page) -> None:
    assert sample_page.boards == [None] * 19  # no "P1"… made up from the running order
    assert "Numbers are board numbers." not in "".join(sample_page.text)


def test_every_internal_link_has_its_anchor(sample_page: _Page) -> None:
    ids = set(sample_page.ids)

    assert len(sample_page.ids) == len(ids)
    assert sorted(set(sample_page.links) - ids) == []
    assert sample_page.external == []


def test_every_person_in_the_index_is_a_link_target(sample: Loaded, sample_page: _Page) -> None:
    assert {person.id for person in sample.program.people} <= set(sample_page.ids)
    assert {person.id for person in sample.program.people} <= set(sample_page.links)


def _geometry(style: str) -> dict[str, float]:
    return {key: float(value) for key, value in re.findall(r"(top|height|left|width): ([\d.]+)", style)}


def test_the_keckler_overlap_is_side_by_side(sample: Loaded, sample_page: _Page) -> None:
    keckler = next(item.id for item in sample.program.items if item.title.startswith("Steve Keckler"))
    session = [item.id for item in sample.program.items if item.kind is Kind.POSTER_SESSION][1]
    talk, posters = _geometry(sample_page.boxes[keckler]), _geometry(sample_page.boxes[session])

    assert talk["top"] == posters["top"]
    assert (talk["width"], posters["width"]) == (50.0, 50.0)
    assert {talk["left"], posters["left"]} == {0.0, 50.0}


def test_boxes_scale_with_length(sample: Loaded, sample_page: _Page) -> None:
    heights = {
        item.title: _geometry(sample_page.boxes[item.id])["height"] for item in sample.program.items if item.start
    }

    assert heights["Jeff Dean - Invited Talk"] == pytest.approx(50 * MM_PER_MINUTE)
    assert heights["Dawn Song - Invited Talk"] == pytest.approx(45 * MM_PER_MINUTE)


def test_an_invited_talk_names_its_speaker_once_as_a_link(sample: Loaded) -> None:
    """The talk "Jeff Dean - Invited Talk" by Jeff Dean is the title "Jeff Dean", linked, and nothing after it."""
    html = ProgramHtmlWriter().write(sample.program, RenderOptions())
    markdown = ProgramMarkdownWriter().write(sample.program, RenderOptions())
    talks = [item for item in sample.program.items if item.kind is Kind.INVITED_TALK]
    rows = {item.id: re.search(rf'<tr id="{item.id}".*?</tr>', html, re.DOTALL) for item in talks}
    boxes = {item.id: re.search(rf'data-item="{item.id}"[^>]*><span class="line">([^<]*)<', html) for item in talks}

    assert len(talks) == 5
    for item in talks:
        row, box = rows[item.id], boxes[item.id]
        person = next(person for person in sample.program.people if item.id in person.items)
        speaker = person.display  # "Stephen Keckler" for "Steve Keckler - Invited Talk"
        assert row and box, item.title
        assert re.findall(r'<a class="person" href="#([^"]+)">([^<]+)</a>', row.group(0)) == [(person.id, speaker)]
        assert row.group(0).count(speaker) == 1
        assert box.group(1).endswith(f"Invited talk · {speaker}")
        assert f"Invited talk: {speaker}\n" in markdown


def test_no_abstracts_switch_drops_abstracts(sample: Loaded) -> None:
    full = ProgramHtmlWriter().write(sample.program, RenderOptions())
    short = ProgramHtmlWriter().write(sample.program, RenderOptions(abstracts=False))

    assert (full.count('class="abstract"'), short.count('class="abstract"')) == (6, 0)


def test_hostile_title_is_text(load_text: LoadText) -> None:
    title = '<script>alert("x")</script> & "quotes" \'apostrophes\''
    program = load_text(entry("Sat 9:00 a.m. - 10:00 a.m.", title, "(Oral)", people="Ada <b>Lovelace</b>")).program

    page = _parse(ProgramHtmlWriter().write(program, RenderOptions()))

    assert page.scripts == 0
    assert title in "".join(page.text)
    assert "Ada <b>Lovelace</b>" in "".join(page.text)


def test_markdown_program_lists_every_timed_item_and_poster(sample: Loaded) -> None:
    text = ProgramMarkdownWriter().write(sample.program, RenderOptions())

    timed = [item for item in sample.program.items if item.start is not None]
    assert len(re.findall(r"^- \*\*", text, re.MULTILINE)) == len(timed) == 14
    posters = [line for line in text.split("## Posters", 1)[1].splitlines() if line.startswith("- ")]
    assert len(posters) == len(sample.program.items) - len(timed) == 19
    assert [line for line in posters if line.startswith("- **")] == []  # the page gives no boards: none made up


def test_pages_written_in_chunks_are_the_pages_written_whole(sample: Loaded) -> None:
    chunked = [writer for writer in WRITERS.values() if isinstance(writer, ChunkedWriter)]

    assert len(chunked) == 12  # program.json, schedule.xml, .json, program.html, .md, speakers in five, talks.md, site
    for writer in chunked:
        whole = writer.write(sample.program, RenderOptions())
        expected = whole.encode() if isinstance(whole, str) else whole
        assert b"".join(writer.write_chunks(sample.program, RenderOptions())) == expected, writer.name
