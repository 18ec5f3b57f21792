"""Schedule pages a tester tried unseen (trial 8): days with slashed dates, and a 12-hour day without am/pm.

NeuroHackWeek 2017 (tests/data/pages/nhw2017-schedule.md) heads its days `### Monday (9/4)`:
month first, as its weekdays show (9 April 2017 was a Sunday), so `### Tuesday (9/5)` is 5
September, though 9 May 2017 was a Tuesday too. Every day landed on one date, exit 0.
DCML (tests/data/pages/dcml-schedule.md) writes `12:50`, then `01:00` … `06:00` with no am/pm:
its afternoon, which was read as 1 to 6 a.m. Expectations written by hand from the pages.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.model import Program
from program.readers import ReadContext
from program.readers.schedule_page import SchedulePageReader

from helpers import ROOT

PAGES = ROOT / "tests" / "data" / "pages"
SEATTLE, NEW_YORK = ZoneInfo("America/Los_Angeles"), ZoneInfo("America/New_York")


def _read(name: str, zone: ZoneInfo, first: date) -> Program:
    text = (PAGES / name).read_text(encoding="utf-8")
    return SchedulePageReader().read(text, source=name, context=ReadContext(timezone=zone, first_date=first))


def test_slashed_day_headings_are_month_first_when_a_weekday_says_so() -> None:
    program = _read("nhw2017-schedule.md", SEATTLE, date(2017, 9, 3))

    days = Counter(item.start.date() for item in program.items if item.start is not None)
    # Monday 9/4 … Friday 9/8: 11 bullets and 4 tutorial rows of two rooms on Monday (one start-only)
    assert sorted(days) == [date(2017, 9, day) for day in (4, 5, 6, 7, 8)]
    breakfast = next(item for item in program.items if item.start == datetime(2017, 9, 5, 8, tzinfo=SEATTLE))
    assert breakfast.title.startswith("Breakfast")  # "### Tuesday (9/5)", "* 8 AM - 9 AM: Breakfast (LH)"
    assert any(item.start == datetime(2017, 9, 7, 8, tzinfo=SEATTLE) for item in program.items)  # "(9/7" unclosed


def test_a_day_of_hours_up_to_12_without_am_pm_runs_into_the_afternoon() -> None:
    program = _read("dcml-schedule.md", NEW_YORK, date(2022, 7, 22))

    starts = [(item.title, item.start) for item in program.items]
    assert starts[9] == ("Contributed Talk 3", datetime(2022, 7, 22, 12, 50, tzinfo=NEW_YORK))
    assert starts[10] == ("Invited Talk 4", datetime(2022, 7, 22, 13, 0, tzinfo=NEW_YORK))  # "| 01:00 |"
    assert starts[-1] == ("Awards and Closing Remarks", datetime(2022, 7, 22, 18, 0, tzinfo=NEW_YORK))
    assert starts[0] == ("Opening Remarks", datetime(2022, 7, 22, 9, 15, tzinfo=NEW_YORK))  # mornings stay
    said = [problem.message for problem in program.problems if problem.code == "uncertain-entry"]
    assert said == [
        "read 14 times from '01:00' to '06:00' as afternoon times, by the running order: "
        "the page writes hours 1 to 12 and no am/pm"
    ]


def test_a_tutorial_table_of_subjects_and_trainers_is_read_by_its_header() -> None:
    """VIZBI 2015: `| Time | Subject | Trainer | Materials`: 14 slots, the trainers their people (were 34 "rooms")."""
    program = _read("vizbi2015-biojs-program.md", NEW_YORK, date(2015, 3, 24))

    assert len(program.items) == 14
    first, tree = program.items[0], program.items[10]
    assert (first.title, first.people, first.start) == (
        "Introduction",
        ("Tatyana Goldberg",),
        datetime(2015, 3, 24, 14, 30, tzinfo=NEW_YORK),
    )
    assert (tree.title, tree.people) == ("BioJS component tour: Tree", ("David Dao",))
    assert program.items[8].people == ()  # "all": everyone, no person


def test_rooms_in_brackets_and_remote_talks_are_no_people() -> None:
    """DH2019: "*(Visboekzaal B)*" and "(Foyer)" are rooms; LLVM-AD: "*(Remote)*" is how a paper is given."""
    dh2019 = _read("dh2019-libraries-program.md", ZoneInfo("Europe/Amsterdam"), date(2019, 7, 8))
    welcome, keynote = dh2019.items[1], dh2019.items[2]
    assert (welcome.title, welcome.people, welcome.location) == ("Welcome", (), "Visboekzaal B")
    assert keynote.location == "Visboekzaal B"
    assert not [item.title for item in dh2019.items if "{{" in item.title or "](" in item.title]
    assert next(item.location for item in dh2019.items if item.title == "Break and Marketplace") == "Foyer"
    assert not {name for item in dh2019.items for name in item.people} & {"Visboekzaal B", "Foyer", "Locations TBD"}

    llvmad = _read("llvmad-wacv2026-schedule.md", ZoneInfo("America/Phoenix"), date(2026, 3, 6))
    papers = [item for item in llvmad.items if item.title.startswith("Paper ")]
    assert len(papers) == 10 and all(item.people == () for item in papers)  # "(Remote)" was the person of 7


def test_an_honorific_in_a_cell_or_after_a_dash_is_left_out() -> None:
    """LLVM-AD 2026: "**Keynote: Title** <br> **Dr. Lars Hammarstrand**"; EMBC 2025: "– [Prof. Haiping Lu](…)"."""
    llvmad = _read("llvmad-wacv2026-schedule.md", ZoneInfo("America/Phoenix"), date(2026, 3, 6))
    assert llvmad.items[1].people == ("Lars Hammarstrand",)
    embc = _read("embc2025-mmai-schedule.md", ZoneInfo("Europe/Copenhagen"), date(2025, 7, 16))
    assert embc.items[1].people == ("Haiping Lu",)


def test_slashed_days_without_weekdays_take_the_order_nearer_the_first_day() -> None:
    """Headings "### 9/4" and "### 9/5" with --date 2017-09-04 are 4 and 5 September, not 9 April and 9 May."""
    text = "### 9/4\n\n* 9 AM - 10 AM: Breakfast\n\n### 9/5\n\n* 9 AM - 10 AM: Lunch talk\n"
    context = ReadContext(timezone=NEW_YORK, first_date=date(2017, 9, 4))
    program = SchedulePageReader().read(text, source="days.md", context=context)
    assert [item.start.date() for item in program.items if item.start] == [date(2017, 9, 4), date(2017, 9, 5)]


def test_a_bracket_of_a_name_and_a_room_code_gives_the_person_and_the_room() -> None:
    """NeuroHackWeek 2017: `* 9 AM - 10:30 AM: Introduction to Neurohackweek (Ariel Rokem; PAB5)`, `Lunch (LH)`.

    The brackets stayed in 29 titles: 6 speakers no people, 29 rooms empty.
    """
    program = _read("nhw2017-schedule.md", SEATTLE, date(2017, 9, 4))

    by_line = {item.source.line: item for item in program.items if item.location not in ("Room 1", "Room 2")}
    intro = by_line[18]
    assert (intro.title, intro.people, intro.location) == ("Introduction to Neurohackweek", ("Ariel Rokem",), "PAB5")
    assert (by_line[22].title, by_line[22].location) == ("Lunch", "LH")
    dinner = by_line[56]  # the last bracket only: "(on your own)" is the title's
    assert (dinner.title, dinner.location) == ("Dinner (on your own) and hackathon sessions", "LH")
    assert Counter(item.location for item in program.items if item.location)["OUGL"] == 4
    tutorial = next(item for item in program.items if item.title == "Unix shell 1")  # the rooms-as-columns table
    assert (tutorial.people, tutorial.location) == (("Valentina",), "Room 1")
    assert not any("(" in item.title and item.title != dinner.title for item in program.items)


def test_an_acronym_in_one_titles_bracket_is_no_room() -> None:
    """A code in capitals is a room only where the page uses it so: on two lines, or after a name and a semicolon."""
    text = "09:00 - 10:00 Keynote (LXAI)\n10:00 - 10:30 Coffee\n10:30 - 11:00 Talk (Ada Lovelace; HALL)\n"
    context = ReadContext(timezone=SEATTLE, first_date=date(2017, 9, 4))

    items = SchedulePageReader().read(text, source="t.md", context=context).items

    assert [(item.title, item.people, item.location) for item in items] == [
        ("Keynote (LXAI)", (), None),
        ("Coffee", (), None),
        ("Talk", ("Ada Lovelace",), "HALL"),
    ]


def test_a_cells_bold_links_are_no_title_and_a_poster_sessions_papers_no_people() -> None:
    """EvalNLG 2020: the keynote was titled "[] []" (`**[[Slides](…)] [[Video](…)]**`, the only all-bold part).

    And the paper "Evaluating AMR-to-English NLG Evaluation" (`- [Title](…)` under Poster session 4) was its person.
    """
    program = _read("evalnlg2020-programme.md", ZoneInfo("Europe/Dublin"), date(2020, 12, 18))

    by_line = {item.source.line: item for item in program.items}
    keynote = by_line[16]
    assert (keynote.title, keynote.people, keynote.kind.value, keynote.label) == (
        "Plenary Keynote: Think Inside the Box: Glass-box Evaluation Methods for Neural MT",
        ("Marina Fomicheva",),  # "by [Marina Fomicheva](…), University of Sheffield"
        "keynote",
        None,
    )
    assert by_line[22].title == "Panel discussion with Q&A"
    assert by_line[22].people == ("Marina Fomicheva", "Yvette Graham", "João Sedoc")
    assert by_line[25].people == ()
    unplaced = [line for line in program.reading if "not placed" in line]
    assert any(line.endswith("'Evaluating AMR-to-English NLG Evaluation'") for line in unplaced)  # listed, not lost
    assert not any("[] []" in line for line in unplaced)


def test_a_jekyll_link_is_a_link_and_a_quoted_title_before_a_name_gives_the_person() -> None:
    """DH2019: `**9:45-10:30**: [Opening keynote: "Collections, …," Emmanuelle Bermès, BnF]( {{ site.baseurl }}/x)`.

    Four titles kept the link's syntax (its address opens with a template and a space), and the
    keynote speakers were no people.
    """
    dh2019 = _read("dh2019-libraries-program.md", ZoneInfo("Europe/Amsterdam"), date(2019, 7, 8))

    by_line = {item.source.line: item for item in dh2019.items}
    keynote, closing = by_line[25], by_line[72]
    assert (keynote.title, keynote.people, keynote.location, keynote.kind.value) == (
        "Opening keynote: Collections, Data, Research: perspectives at the national library of France",
        ("Emmanuelle Bermès",),
        "Visboekzaal B",
        "keynote",
    )
    # "[Closing session: “Community before Computing,” Sarah Potvin, Texas A&M University (USA)]({{ … }}/closing)"
    assert (closing.title, closing.people, closing.location) == (
        "Closing session: Community before Computing",
        ("Sarah Potvin",),
        "Visboekzaal B",
    )
    assert by_line[27].title == "Marketplace Lightning Talks"


def test_an_element_classed_as_a_label_is_the_slots_label_and_its_talk_the_slot() -> None:
    """IROS 2026: `schedule-time` `08:40 – 09:00`, `schedule-label` `Keynote 1`, `schedule-title`, `schedule-speaker`.

    The timed slots were "Keynote 1…5" with no one, each talk and speaker an untimed copy below it.
    """
    program = _read("iros2026-haptics-schedule.md", NEW_YORK, date(2026, 10, 1))

    keynotes = [(item.title, item.label, item.people, item.start) for item in program.items if item.label]
    assert len(keynotes) == 5
    assert keynotes[0] == (
        "Human tactile perception",
        "Keynote 1",
        ("Roberta Klatzky",),  # her `schedule-affiliation`, Carnegie Mellon University, is no one
        datetime(2026, 10, 1, 8, 40, tzinfo=NEW_YORK),
    )
    assert all(item.start is not None for item in program.items)  # no untimed copies
    assert not {name for item in program.items for name in item.people} & {"Carnegie Mellon University", "Texas A&M"}
