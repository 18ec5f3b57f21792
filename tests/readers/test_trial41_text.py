"""Trial 41's text sources (unseen), read as they write them (PROVENANCE.md of tests/data/pages and paper_lists).

SimpleText@MADICS 2021 (French) lists its atelier speaker first, `**Alice Pennors** (Amstratgraph) : "Title"
[[présentation]](url)`: the bold name the person, the bracket where she works, the quotes marks, the link in
double brackets her slides; one talk without a title, `**Mathieu Rouault** (Grand Labo) [[présentation]](…)`.
LT4HALA 2020 lists its papers `- "Title" -*A, B and C*` above a footer `Back to the <a …><b>Main Page</b></a>`.
Expectations come from the sources (scripts over their lines, kept out of the repository), not from our output.
"""

from __future__ import annotations

import json
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from paper_list_files import DATA, read_list
from program.model import Kind
from program.readers import ReadContext
from program.readers.lines.entry import read_slot_text
from program.readers.lines.markup import clean, without_slides
from program.readers.lines.quoted import whole_quoted

from helpers import read_detected

PARIS = ZoneInfo("Europe/Paris")
SIMPLETEXT = "simpletext-madics2021-programsimple.md"
LT4HALA = "lt4hala2020-program.md"
PAGES = Path(__file__).resolve().parent.parent / "data" / "pages"


def _at(written: str | None) -> datetime | None:
    return datetime.fromisoformat(written) if written else None


def test_simpletext_2021_reads_every_talk_speaker_first() -> None:
    wanted = json.loads((PAGES / "expected" / f"{SIMPLETEXT}.json").read_text(encoding="utf-8"))
    name, program = read_detected("pages", SIMPLETEXT, ReadContext(first_date=date(2021, 7, 7), timezone=PARIS))

    assert name == "schedule-page"
    read = [
        (item.source.line if item.source else None, item.title, item.start, item.end, list(item.people), item.kind)
        for item in program.items
    ]
    assert read == [
        (entry["line"], entry["title"], _at(entry["start"]), _at(entry["end"]), entry["people"], Kind(entry["kind"]))
        for entry in wanted
    ]
    # line 17: the inner quotes (`"jumeau numérique"`) and the French space before the colon are the title's
    assert program.items[1].title.startswith('Comprendre la notion de "jumeau numérique" : tentative')
    # the slides' link is the talk's link, its words "[présentation]" none of its title
    assert [link.url for link in program.items[1].links] == ["https://view.genial.ly/60c740e66246270db1a47f2b"]
    people = {name for item in program.items for name in item.people}
    assert people == {"Alice Pennors", "Helen MCCOMBIE", "Mathieu Rouault", "Liana Ermakova"}  # no Grand Labo


def test_a_speaker_before_a_quoted_title_and_where_they_work_is_no_person() -> None:
    slot = read_slot_text('Helen MCCOMBIE (Université de Bretagne Occidentale) : "Simplifying meaning"')
    assert (slot.title, slot.people) == ("Simplifying meaning", ("Helen MCCOMBIE",))
    slot = read_slot_text('Ada Lovelace: "On Engines"')
    assert (slot.title, slot.people) == ("On Engines", ("Ada Lovelace",))
    # a kind's label before the quotes stays the title's, as `Conferencia invitada: "…"` does (JNIC 2022)
    slot = read_slot_text('Table-ronde : "Évaluation de la difficulté du texte"')
    assert (slot.title, slot.people, slot.kind) == (
        'Table-ronde : "Évaluation de la difficulté du texte"',
        (),
        Kind.PANEL,
    )
    # "Invited talk (Ada Lovelace)": a bracket of names after a title is still its people
    assert read_slot_text("Invited talk (Ada Lovelace)").people == ("Ada Lovelace",)


def test_a_link_in_double_brackets_is_a_link() -> None:
    line = clean(without_slides("* 10h30 - 11h00 : **Mathieu Rouault** (Grand Labo) [[présentation]](../x.pdf)"))
    assert (line.text, line.links) == ("10h30 - 11h00 : Mathieu Rouault (Grand Labo)", ("../x.pdf",))
    alone = clean("[[Programme]](./program)")
    assert (alone.text, alone.links) == ("Programme", ("./program",))


def test_lt4hala_2020_titles_without_their_quotes_and_no_footer_paper() -> None:
    wanted = json.loads((DATA / "expected" / f"{LT4HALA}.json").read_text(encoding="utf-8"))

    papers = read_list(LT4HALA)

    assert len(papers) == len(wanted) == 21  # not 22: "Back to the Main Page" is the page's footer
    assert [(paper.title, paper.authors, paper.category) for paper in papers] == [
        (entry["title"], tuple(entry["authors"]), entry["section"]) for entry in wanted
    ]
    assert [paper.source.line for paper in papers if paper.source] == [entry["line"] for entry in wanted]
    assert "Back to the" not in {paper.title for paper in papers}


def test_only_quotes_that_wrap_a_whole_title_go() -> None:
    assert whole_quoted('"Dating Ancient texts: an Approach"') == "Dating Ancient texts: an Approach"
    assert whole_quoted("“JHUBC’s Submission”") == "JHUBC’s Submission"
    assert whole_quoted('"Bitter" and "Sweet"') == '"Bitter" and "Sweet"'  # two quotations, no wrapped title
    assert whole_quoted('The "Bitter Lesson"') == 'The "Bitter Lesson"'
