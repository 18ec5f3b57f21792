"""Stable ids: the same talk keeps its id when the feed is reordered or edited elsewhere."""

from __future__ import annotations

from zoneinfo import ZoneInfo

from program.model import Kind
from program.model.ids import item_id, make_ids_unique, paper_id
from program.readers import ReadContext
from program.readers.html_page import HtmlPageReader

from conftest import LoadText
from helpers import ROOT, SAMPLE_PAGE, entry

TALK = entry("Sat 9:00 a.m. - 9:30 a.m.", "Learned Index Structures", "(Oral)", people="Ada Lovelace")
BREAK = entry("Sat 9:30 a.m. - 10:00 a.m.", "Coffee Break", "(Break)")
LATE_BREAK = entry("Sat 3:00 p.m. - 3:30 p.m.", "Coffee Break", "(Break)")


def _ids_by_title_and_start(text: str, load_text: LoadText) -> dict[tuple[str, str], str]:
    program = load_text(text).program
    return {(item.title, item.start.isoformat() if item.start else "-"): item.id for item in program.items}


def test_ids_survive_reordering(load_text: LoadText) -> None:
    in_order = _ids_by_title_and_start(TALK + BREAK + LATE_BREAK, load_text)
    reordered = _ids_by_title_and_start(LATE_BREAK + TALK + BREAK, load_text)

    assert reordered == in_order


def test_ids_survive_edits_to_other_items(load_text: LoadText) -> None:
    before = _ids_by_title_and_start(TALK + BREAK, load_text)
    edited_break = entry("Sat 9:30 a.m. - 10:00 a.m.", "Coffee Break and Networking", "(Break)")

    after = _ids_by_title_and_start(TALK + edited_break, load_text)

    talk_key = ("Learned Index Structures", "2022-12-03T09:00:00-06:00")
    assert after[talk_key] == before[talk_key]


def test_repeated_titles_are_numbered_in_time_order(load_text: LoadText) -> None:
    ids = _ids_by_title_and_start(LATE_BREAK + BREAK, load_text)

    base = item_id(Kind.BREAK, "Coffee Break")
    assert ids[("Coffee Break", "2022-12-03T09:30:00-06:00")] == base
    assert ids[("Coffee Break", "2022-12-03T15:00:00-06:00")] == f"{base}-2"


def test_every_sample_id_is_unique(load_text: LoadText) -> None:
    program = load_text(SAMPLE_PAGE.read_text(encoding="utf-8")).program

    assert len({item.id for item in program.items}) == 33
    assert len({paper.id for paper in program.papers}) == 19
    assert len({person.id for person in program.people}) == 105


def test_paper_id_ignores_case_and_punctuation() -> None:
    assert paper_id("HEAT: Hardware-Efficient Tensors") == paper_id("heat hardware efficient tensors")


def test_ids_of_titles_without_latin_letters_are_stable() -> None:
    assert item_id(Kind.TALK, "機械学習システム") == item_id(Kind.TALK, "機械学習システム")
    assert item_id(Kind.TALK, "機械学習システム") != item_id(Kind.TALK, "深層学習")


def test_titles_made_only_of_punctuation_are_papers_of_their_own(load_text: LoadText) -> None:
    # Issue 32: "???" and "!!!" have no words to compare, and were merged into one paper.
    text = (
        entry("-", "???", "(Poster)", people="Ada Lovelace")
        + entry("-", "!!!", "(Poster)", people="Grace Hopper")
        + entry("Sat 9:00 a.m. - 9:30 a.m.", "???", "(Oral)", people="Ada Lovelace")
    )
    program = load_text(text).program

    papers = {paper.id: paper for paper in program.papers}
    assert sorted(paper.title or "" for paper in papers.values()) == ["!!!", "???"]
    assert len({item.paper for item in program.items}) == 2
    by_title = {item.title: item.paper for item in program.items if item.kind is Kind.POSTER}
    assert by_title["???"] != by_title["!!!"]
    assert paper_id("???") != paper_id("!!!")


def test_ids_made_unique_twice_stay_unique() -> None:
    """CILC 2025's four coffee breaks, numbered a day's table at a time (`a`, `a`, `a-2`, `a`): two became `a-2`.

    The program then warned that the 16:15 break overlapped the 10:50 one (their spans shared one id).
    """
    path = ROOT / "tests" / "data" / "html_pages" / "cilc2025-program.md"
    program = HtmlPageReader().read(
        path.read_text(encoding="utf-8"), source="c.md", context=ReadContext(timezone=ZoneInfo("Europe/Rome"))
    )
    ids = [item.id for item in make_ids_unique(program.items)]
    assert len(ids) == len(set(ids)) == 57
