"""The speaker index in every format and the talk listing: everyone exactly once, safe text."""

from __future__ import annotations

import csv
import io
import json
import re
from html.parser import HTMLParser

import pytest

from program.loading import Loaded
from program.model import Kind, Program
from program.writers import RenderOptions
from program.writers.speaker_index import COAUTHORS_FROM_ONE_ITEM
from program.writers.speakers_csv import SpeakersCsvWriter
from program.writers.speakers_html import SpeakersHtmlWriter
from program.writers.speakers_json import SpeakersJsonWriter
from program.writers.speakers_markdown import SpeakersMarkdownWriter
from program.writers.speakers_text import SpeakersTextWriter
from program.writers.talks_csv import TalksCsvWriter
from program.writers.talks_markdown import TalksMarkdownWriter

from conftest import LoadText
from helpers import entry

OPTIONS = RenderOptions()
HOSTILE_TITLE = '=HYPERLINK("x") <script>alert(1)</script> & "quotes" *bold* _under_ [link](y) | pipe'
HOSTILE_NAME = "@Robert DROP TABLE"


class _Collector(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.person_ids: list[str] = []
        self.text: list[str] = []
        self.scripts = 0

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "dt":
            self.person_ids.append(dict(attrs)["id"] or "")
        self.scripts += tag == "script"

    def handle_data(self, data: str) -> None:
        self.text.append(data)


def _csv_rows(text: str) -> list[dict[str, str]]:
    assert text.startswith("\ufeff")
    return list(csv.DictReader(io.StringIO(text[1:])))


def _person_ids(program: Program) -> list[str]:
    return [person.id for person in program.people]


def test_html_has_every_person_once_in_index_order(sample: Loaded) -> None:
    collector = _Collector()
    collector.feed(SpeakersHtmlWriter().write(sample.program, OPTIONS))

    assert collector.person_ids == _person_ids(sample.program)


def test_markdown_has_every_person_once_in_index_order(sample: Loaded) -> None:
    text = SpeakersMarkdownWriter().write(sample.program, OPTIONS)

    assert re.findall(r"^- \*\*(.+)\*\*$", text, re.MULTILINE) == [p.sort_key for p in sample.program.people]


def test_text_has_every_person_once_in_index_order(sample: Loaded) -> None:
    text = SpeakersTextWriter().write(sample.program, OPTIONS)

    filed = [line for line in text.splitlines() if "," in line and not line.startswith(" ")]
    assert filed == [person.sort_key for person in sample.program.people]


def test_json_has_every_person_once_with_items_and_coauthors(sample: Loaded) -> None:
    people = json.loads(SpeakersJsonWriter().write(sample.program, OPTIONS))["people"]

    assert [person["id"] for person in people] == _person_ids(sample.program)
    pan = next(person for person in people if person["display"] == "David Pan")
    assert [item["reference"] for item in pan["items"]] == [
        "Spotlight, Sat 3 Dec 11:25 a.m.",
        "Poster, Sat 3 Dec 10:20 a.m. and 1:55 p.m.",
        "Poster, Sat 3 Dec 10:20 a.m. and 1:55 p.m.",
    ]
    assert len(pan["coauthors"]) == len(set(pan["coauthors"])) == 8


def test_csv_has_one_row_per_person_and_item(sample: Loaded) -> None:
    rows = _csv_rows(SpeakersCsvWriter().write(sample.program, OPTIONS))

    assert len(rows) == sum(len(person.items) for person in sample.program.people)
    assert list(dict.fromkeys(row["person_id"] for row in rows)) == _person_ids(sample.program)
    assert rows[0] == {
        "sort_key": "Adams, Ryan",
        "name": "Ryan Adams",
        "person_id": "ryan-adams",
        "kind": "Spotlight",
        "day": "2022-12-03",
        "time": "10:55",
        "board": "",
        "title": "A code superoptimizer through neural Monte-Carlo tree search",
        "item_id": "spotlight-a-code-superoptimizer-through-neural-monte-carlo-62febb",
        "note": "",
        "affiliation": "",
    }


def test_invited_speaker_lists_the_talk_first(load_text: LoadText) -> None:
    text = entry("-", "A Poster", "(Poster)", people="Grace Hopper") + entry(
        "Sat 9:00 a.m. - 10:00 a.m.", "Grace Hopper - Keynote", "(Talk)", people="Grace Hopper"
    )
    program = load_text(text).program

    people = json.loads(SpeakersJsonWriter().write(program, OPTIONS))["people"]

    assert [item["kind"] for item in people[0]["items"]] == ["Keynote", "Poster"]


def test_one_paper_of_many_authors_lists_its_first_co_authors_and_counts_the_others(load_text: LoadText) -> None:
    # Issue 32: 2,000 authors on one paper wrote 339 MB, every author listing every other.
    authors = [f"Ada Kolin{number:03d}" for number in range(200)]
    small = entry("-", "A Poster", "(Poster)", people="Ada Kolin199 · Grace Hopper")
    program = load_text(entry("-", "Big Paper", "(Poster)", people=" · ".join(authors)) + small).program
    shown = COAUTHORS_FROM_ONE_ITEM

    people = {person["name"]: person for person in json.loads(SpeakersJsonWriter().write(program, OPTIONS))["people"]}

    first, last = people["Ada Kolin000"], people["Ada Kolin199"]
    assert len(first["coauthors"]) == shown and first["other_coauthors"] == 199 - shown
    # The last author lists the paper's first ones and Grace Hopper from the other poster.
    assert len(last["coauthors"]) == shown + 1 and last["other_coauthors"] == 199 - shown
    assert "other_coauthors" not in people["Grace Hopper"]
    text = SpeakersTextWriter().write(program, OPTIONS)
    assert text.count(f" and {199 - shown} others\n") == 200
    page = SpeakersHtmlWriter().write(program, OPTIONS)
    assert page.count(f" and {199 - shown} others</li>") == 200


@pytest.fixture
def hostile(load_text: LoadText) -> Program:
    text = entry("Sat 9:00 a.m. - 10:00 a.m.", HOSTILE_TITLE, "(Oral)", people=f"{HOSTILE_NAME} · -Ada <b>Lovelace</b>")
    return load_text(text).program


def test_hostile_text_is_text_in_html(hostile: Program) -> None:
    page = SpeakersHtmlWriter().write(hostile, OPTIONS)
    collector = _Collector()
    collector.feed(page)

    assert collector.scripts == 0
    assert HOSTILE_TITLE in "".join(collector.text)
    assert "<b>" not in page


def test_hostile_text_is_neutralised_in_csv(hostile: Program) -> None:
    speakers = _csv_rows(SpeakersCsvWriter().write(hostile, OPTIONS))
    talks = _csv_rows(TalksCsvWriter().write(hostile, OPTIONS))

    assert {row["title"] for row in speakers} == {"'" + HOSTILE_TITLE}
    assert sorted(row["name"] for row in speakers) == ["'-Ada <b>Lovelace</b>", "'@Robert Drop Table"]
    # One display form in every output: the index's re-cased name in the listing too.
    assert talks[0]["people"] == "'@Robert Drop Table; -Ada <b>Lovelace</b>"


def test_hostile_text_is_escaped_in_markdown(hostile: Program) -> None:
    text = TalksMarkdownWriter().write(hostile, OPTIONS)

    [row] = [line for line in text.splitlines() if "HYPERLINK" in line]
    assert row.count(" | ") == 2
    assert r"\<script\>" in row and r"\*bold\*" in row and r"\_under\_" in row and r"\[link\]" in row and r"\|" in row


def test_talks_csv_lists_every_item_once_grouped_by_kind(sample: Loaded) -> None:
    rows = _csv_rows(TalksCsvWriter().write(sample.program, OPTIONS))
    kind_order = [kind.value for kind in Kind]

    assert sorted(row["item_id"] for row in rows) == sorted(item.id for item in sample.program.items)
    assert [row["kind"] for row in rows] == sorted((row["kind"] for row in rows), key=kind_order.index)
    assert [row["start"] for row in rows if row["kind"] == "spotlight"] == [
        "10:55",
        "11:10",
        "11:25",
        "11:45",
        "13:05",
        "13:30",
    ]


def test_talks_markdown_has_a_section_per_kind(sample: Loaded) -> None:
    text = TalksMarkdownWriter().write(sample.program, OPTIONS)

    assert re.findall(r"^## (.+)$", text, re.MULTILINE) == [
        "Opening",
        "Invited talks",
        "Spotlights",
        "Posters",
        "Poster sessions",
    ]
    assert text.count("\n| ") - 2 * 5 == len(sample.program.items)


def test_twenty_four_hour_clock(sample: Loaded) -> None:
    text = SpeakersTextWriter().write(sample.program, RenderOptions(twelve_hour=False))

    assert "    Invited talk, Sat 3 Dec 13:55: Steve Keckler - Invited Talk" in text.splitlines()


def test_user_templates_override_by_name(sample: Loaded, tmp_path: object) -> None:
    folder = tmp_path / "mine"  # type: ignore[operator]
    folder.mkdir()
    (folder / "speakers.md.j2").write_text("{% for g in groups %}{{ g.letter }}{% endfor %}\n", encoding="utf-8")

    text = SpeakersMarkdownWriter().write(sample.program, RenderOptions(templates=folder))

    assert text == "ABCDEFGHJKLMNOPRSTVWXYZ"


def test_a_posters_line_gives_the_times_of_its_sessions_day_by_day(load_text: LoadText) -> None:
    text = (
        entry("-", "Sparse Kernels", "(Poster)", people="Ada Lee")
        + entry("Sat 10:00 a.m. - 10:30 a.m.", "Morning posters", "(Poster Session)")
        + entry("Sat 3:00 p.m. - 3:30 p.m.", "Afternoon posters", "(Poster Session)")
        + entry("Sun 2:00 p.m. - 2:30 p.m.", "Last posters", "(Poster Session)")
    )
    program = load_text(text).program

    assert SpeakersTextWriter().write(program, OPTIONS).splitlines()[2:4] == [
        "Lee, Ada",
        "    Poster, Sat 3 Dec 10:00 a.m. and 3:00 p.m.; Sun 4 Dec 2:00 p.m.: Sparse Kernels",
    ]
    assert SpeakersTextWriter().write(program, RenderOptions(twelve_hour=False)).splitlines()[3] == (
        "    Poster, Sat 3 Dec 10:00 and 15:00; Sun 4 Dec 14:00: Sparse Kernels"
    )
