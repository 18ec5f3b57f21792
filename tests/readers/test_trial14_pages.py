"""Trial 14's schedule pages and paper list, read as their sources write them (PROVENANCE.md of each folder).

Expectations are typed from the sources: A3-RONA 2024's `Date` column holds `1-Nov`, `2-Nov`, `3-Nov` on the
rows that open a day and each talk's number on the talk rows; BBS Springschool 2022 heads its days
`### Wednesday (6<sup>th</sup> of April):` and writes `- 14:00 "Title" Name ([details](…))`; MEEC 2022 writes
every time as `2022-10-17T 13:00:00+09:00` and names CEST, JST and PDT in its sidebar; DMLW 2022 writes
`<b>Invited Talk #1</b> Elaine Shi: Crypto meets …`; HeaLing 2026's paper 16 has "Pacôme Constant dit Beaufils".
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Kind, Program
from program.readers import ReadContext, detect_readers
from program.readers.lines.entry import read_slot_text

DATA = Path(__file__).resolve().parent.parent / "data"
SEOUL = ZoneInfo("Asia/Seoul")


def _read(folder: str, name: str, context: ReadContext, text: str | None = None) -> tuple[str, Program]:
    text = text if text is not None else (DATA / folder / name).read_text(encoding="utf-8")
    [reader] = detect_readers(text)
    return reader.name, reader.read(text, source=name, context=context)


def test_a3rona_talk_numbers_in_the_date_column_are_no_days() -> None:
    name, program = _read("html_pages", "a3rona2024-program.htm", ReadContext(date(2024, 11, 1), SEOUL))

    assert name == "html-page"
    by_title = {item.title: item for item in program.items}
    # talk 1 (`<td>1</td> <td>8:15</td> <td>KyeongKyu Kim</td>`) on 2 November, under `2-Nov`, not on day 1
    assert by_title["Noncanonical DNAs: Structure, function and modulation"].start == datetime(
        2024, 11, 2, 8, 15, tzinfo=SEOUL
    )
    # talk 32 at 17:45 was read as 2 December; talk 33 opens the third day, under the `3-Nov` row alone
    assert by_title["On-DNA Synthesis of β-Amino Ketone Derivatives"].start == datetime(
        2024, 11, 2, 17, 45, tzinfo=SEOUL
    )
    assert by_title["Tissue-specific drug delivery platforms based on DNA nanostructures"].start == datetime(
        2024, 11, 3, 8, 0, tzinfo=SEOUL
    )
    days = {item.start.date() for item in program.items if item.start}
    assert days == {date(2024, 11, 1), date(2024, 11, 2), date(2024, 11, 3)}
    assert len(program.items) == 58
    assert any("number their talks in the 'Date' column (1, 2, 3, …)" in line for line in program.reading)


def test_a3rona_commented_out_talks_stay_out_and_map_links_are_no_titles() -> None:
    _, program = _read("html_pages", "a3rona2024-program.htm", ReadContext(date(2024, 11, 1), SEOUL))

    people = {name.split(" [")[0] for item in program.items for name in item.people}
    assert "Xiaogang Qu" not in people  # `<!-- <tr> … 21 … 14:45 … Xiaogang Qu … -->`
    assert "Zhen Huang" not in people  # talk 44 at 11:00, commented out too
    meals = [(item.title, item.people, item.start) for item in program.items if item.start and item.start.hour >= 18]
    assert meals == [
        ("Registration and Mixer ( FairField Hotel 2nd Floor)", (), datetime(2024, 11, 1, 18, 0, tzinfo=SEOUL)),
        ("Dinner", (), datetime(2024, 11, 2, 18, 30, tzinfo=SEOUL)),
        ("Big Booze", (), datetime(2024, 11, 2, 20, 30, tzinfo=SEOUL)),
        ("Dinner", (), datetime(2024, 11, 3, 18, 30, tzinfo=SEOUL)),
    ]
    lunch = next(item for item in program.items if item.title == "Lunch")
    assert lunch.kind is Kind.BREAK
    assert any("google.com/maps/place" in (link.url or "") for link in lunch.links)


def test_dmlw_bold_kind_then_names_and_title_after_the_colon() -> None:
    name, program = _read("html_pages", "dmlw2022-schedule.html", ReadContext())

    assert name == "html-page"
    first = program.items[1]
    assert (first.title, first.people, first.kind) == (
        "Crypto meets decentralized mechanism design",
        ("Elaine Shi",),
        Kind.INVITED_TALK,
    )
    fourth = program.items[4]  # three speakers, and a title with its own " - "
    assert fourth.people == ("Richard Socher", "Swetha Mandava", "Zairah Mustahsan")
    assert fourth.title == "Becoming Data-Centric at You.com - a privacy focussed search engine"
    fifth = program.items[5]  # "Xi Chen: Decentralized Finance: Delta Hedging …": the names end at the first colon
    assert (fifth.title, fifth.people) == (
        "Decentralized Finance: Delta Hedging Liquidity Positions on AMM",
        ("Xi Chen",),
    )
    contributed = next(item for item in program.items if item.label == "Contributed Talk #3")
    assert contributed.kind is Kind.ORAL
    assert contributed.people == ("Frédéric Berdoz", "Abhishek Singh", "Martin Jaggi", "Ramesh Raskar")


def test_meec_iso_moments_are_detected_read_and_shown_in_the_named_zone_of_their_offset() -> None:
    name, program = _read("html_pages", "meec2022-program.md", ReadContext())

    assert name == "html-page"
    assert program.timezone == "Asia/Tokyo"  # JST, not the sidebar's first zone (CEST)
    assert "time zone: Asia/Tokyo, from the page ('JST': the offset its times are written with)" in program.reading
    tokyo = ZoneInfo("Asia/Tokyo")
    assert [item.start for item in program.items[:2]] == [
        datetime(2022, 10, 17, 13, 0, tzinfo=tokyo),
        datetime(2022, 10, 17, 13, 5, tzinfo=tokyo),
    ]
    keynote = program.items[1]
    assert (keynote.title, keynote.people, keynote.kind) == (
        "Monitoring the dynamics of real life using ambulatory assessment",
        ("Ulrich Ebner-Priemer",),
        Kind.KEYNOTE,
    )
    paper = program.items[3]  # `<small><i>Paper presentation</i></small><br /><b>Title</b><br />A, B, C and D`
    assert paper.title == "Could we Predict Flow from Ear-EEG?"
    assert paper.people == ("Michael T. Knierim", "Karen Bartholomeyczik", "Petra Nieken", "Christof Weinhardt")
    assert not program.problems


def test_meec_moments_shown_in_another_zone_keep_their_clock_on_24_hours() -> None:
    paris = ZoneInfo("Europe/Paris")
    _, program = _read("html_pages", "meec2022-program.md", ReadContext(None, paris))

    # 13:00+09:00 is 06:00 in Paris: a moment, never a 12-hour time read as the afternoon
    assert program.items[0].start == datetime(2022, 10, 17, 6, 0, tzinfo=paris)
    assert not any("12-hour" in line for line in program.reading)


def test_meec_moments_on_a_page_naming_no_zone_are_shown_at_their_offset_with_a_warning() -> None:
    # The real page with its sidebar's "Time: <br> CEST 06:00-11:00 <br> JST …" line left out: no zone named.
    text = (DATA / "html_pages" / "meec2022-program.md").read_text(encoding="utf-8")
    unnamed = "\n".join(line for line in text.split("\n") if "CEST" not in line)
    _, program = _read("html_pages", "meec2022-program.md", ReadContext(), unnamed)

    assert program.timezone == "Etc/GMT-9"
    [warning] = [problem for problem in program.problems if problem.code == "no-time-zone"]
    assert "pass --timezone" in warning.message
    assert program.items[0].start == datetime(2022, 10, 17, 13, 0, tzinfo=ZoneInfo("Etc/GMT-9"))


def test_bbs_day_headings_with_ordinals_in_brackets_and_quoted_titles_before_speakers() -> None:
    vienna = ZoneInfo("Europe/Vienna")
    name, program = _read("pages", "bbs2022-schedule.md", ReadContext(date(2022, 4, 5), vienna))

    assert name == "schedule-page"
    days = [item.start.date() for item in program.items if item.start]
    assert days[0] == date(2022, 4, 5) and days[-1] == date(2022, 4, 8)
    assert sorted(set(days)) == [date(2022, 4, day) for day in (5, 6, 7, 8)]
    storytelling = program.items[4]
    assert (storytelling.title, storytelling.people, storytelling.start) == (
        "The art of storytelling in scientific papers",
        ("Gayannee Kedia",),
        datetime(2022, 4, 5, 14, 0, tzinfo=vienna),
    )
    keynote = next(item for item in program.items if item.kind is Kind.KEYNOTE)
    assert (keynote.title, keynote.people) == ("Explanation and prediction of cultural change", ("Igor Grossmann",))
    # the stop inside the quotes is the title's own
    assert "Game theory: a mathematical toolkit for the analysis of strategic interaction." in {
        item.title for item in program.items
    }
    assert "Robocoenosis: Living creatures act as sensors in underwater robots for environmental monitoring." in {
        item.title for item in program.items
    }
    # a nested talk with a start only ends at the next start, but no later than its block (13:30 – 17:00), not
    # at the 19:00 keynote
    imaging = next(item for item in program.items if item.title.startswith("Using Machine/Deep Learning"))
    assert imaging.end == datetime(2022, 4, 6, 17, 0, tzinfo=vienna)
    preregistration = next(item for item in program.items if item.title == "Preregistration for Beginners")
    assert preregistration.end == datetime(2022, 4, 7, 12, 30, tzinfo=vienna)
    lab = next(item for item in program.items if item.title == "Common challenges of microbiome data analysis")
    assert lab.people == ("Alexander Mahnert", "Christina Kumpitsch")  # two talks joined by "followed by a Lab-Visit"
    assert not any(": note: not placed:" in line for line in program.reading)


def test_healing_paper_with_a_french_byname_among_its_authors_is_read() -> None:
    name, program = _read("paper_lists", "healing2026-accepted-papers.md", ReadContext())

    assert name == "paper-list"
    assert len(program.papers) == 28
    judge = next(paper for paper in program.papers if (paper.title or "").startswith("Who Judges the Judge?"))
    assert judge.title == "Who Judges the Judge? Evaluating LLM-as-a-Judge for French Medical open-ended QA"
    assert judge.authors == (
        "Ikram Belmadani",
        "Oumaima El Khettari",
        "Pacôme Constant dit Beaufils",
        "Richard Dufour",
        "Benoit Favre",
    )


def test_a3rona_without_a_date_asks_for_one() -> None:
    with pytest.raises(UsageError, match="--date"):
        _read("html_pages", "a3rona2024-program.htm", ReadContext(None, SEOUL))


@pytest.mark.parametrize(
    "text",
    ['The "Bitter Lesson" Rich Sutton', 'Screening of "Metropolis" (1927)', '"Hello World" Workshop'],
)
def test_quotes_inside_a_title_split_off_no_speaker(text: str) -> None:
    # Invented shapes beside BBS's: words before the quotes that name no kind, or no names after them.
    slot = read_slot_text(text)

    assert (slot.title, slot.people) == (text, ())
