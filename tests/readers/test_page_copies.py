"""Copies of schedule pages in shapes the seed rewrites do not cover, written by hand for each trap."""

from __future__ import annotations

from datetime import date, datetime

import pytest

from program.errors import InputError
from program.model import Kind
from program.rendering import render_outputs
from program.writers import WRITERS

from conftest import LoadText
from helpers import CHICAGO, entry


def test_a_page_without_bars_reads_entries_with_and_without_people(load_text: LoadText) -> None:
    page = (
        "Sat 9:00 a.m. - 9:10 a.m.\nOpening Remarks\n🔗\n\n"
        "Sat 9:10 a.m. - 9:40 a.m.\nGrace Hopper - Invited Talk\n(Talk)\nGrace Hopper 🔗\n\n"
        "-\nA Poster\n(Poster)\nAn abstract.\nAda Lovelace · Alan Turing 🔗\n"
    )
    items = load_text(page).program.items

    assert [(item.kind, item.title, item.people, item.abstract) for item in items] == [
        (Kind.OPENING, "Opening Remarks", (), None),
        (Kind.INVITED_TALK, "Grace Hopper - Invited Talk", ("Grace Hopper",), None),
        (Kind.POSTER, "A Poster", ("Ada Lovelace", "Alan Turing"), "An abstract."),
    ]


def test_the_link_icon_is_never_part_of_a_name(load_text: LoadText) -> None:
    page = "Sat 9:00 a.m. - 9:30 a.m.\n|\nA Talk\n(Oral)\n|\nKellin Pelrine 🔗 |\n"

    [item] = load_text(page).program.items

    assert item.people == ("Kellin Pelrine",)


def test_a_whole_entry_on_one_line(load_text: LoadText) -> None:
    page = "Sat 9:00 a.m. - 9:30 a.m. |\nLunch ( Break ) link » | 🔗 |\n"

    [item] = load_text(page).program.items

    assert (item.title, item.kind, item.label, [link.label for link in item.links]) == (
        "Lunch",
        Kind.BREAK,
        "Break",
        ["link"],
    )


def test_a_time_line_that_lost_its_dash_crosses_midnight(load_text: LoadText) -> None:
    page = entry("Thu 11:40 p.m.  12:00 a.m.", "Late Session")

    [item] = load_text(page, first_date=date(2022, 12, 1)).program.items

    assert (item.start, item.end) == (
        datetime(2022, 12, 1, 23, 40, tzinfo=CHICAGO),
        datetime(2022, 12, 2, tzinfo=CHICAGO),
    )


def test_a_lost_dash_before_an_earlier_time_says_so(load_text: LoadText) -> None:
    with pytest.raises(InputError) as raised:
        load_text(entry("Sat 9:30 a.m.  9:00 a.m.", "Broken"))

    [problem] = raised.value.problems
    assert "the line has no dash between its two times" in problem.message


def test_the_end_may_name_its_weekday(load_text: LoadText) -> None:
    [item] = load_text(entry("Thu 11:40 p.m. - Fri 12:00 a.m.", "Late"), first_date=date(2022, 12, 1)).program.items

    assert item.end == datetime(2022, 12, 2, tzinfo=CHICAGO)


def test_a_page_across_more_than_a_week_needs_dates(load_text: LoadText) -> None:
    page = entry("Sat 9:00 a.m. - 10:00 a.m.", "Week one") + entry("Fri 9:00 a.m. - 10:00 a.m.", "Friday")
    page += entry("Sat 9:00 a.m. - 10:00 a.m.", "Week two")

    with pytest.raises(InputError) as raised:
        load_text(page)

    [problem] = raised.value.problems
    assert problem.source is not None and problem.source.line == 13
    assert problem.message.startswith("expected the days to run forward, found a Saturday after Friday Dec 9")


def test_dated_time_lines_span_weeks(load_text: LoadText) -> None:
    page = entry("Sat Dec 3 9:00 a.m. - 10:00 a.m.", "Week one") + entry(
        "Sat Dec 10 9:00 a.m. - 10:00 a.m.", "Week two"
    )
    page += entry("Mon Jan 2 9:00 a.m. - 10:00 a.m.", "New year")

    program = load_text(page).program

    assert program.days == (date(2022, 12, 3), date(2022, 12, 10), date(2023, 1, 2))


def test_a_date_that_is_not_its_weekday_is_an_error(load_text: LoadText) -> None:
    with pytest.raises(InputError) as raised:
        load_text(entry("Sat Dec 3 9:00 a.m. - 10:00 a.m.", "One") + entry("Sat Dec 4 9:00 a.m. - 10:00 a.m.", "Two"))

    [problem] = raised.value.problems
    assert problem.message.startswith("expected the weekday of Dec 4 2022 (Sunday), found Saturday")


def test_a_lost_separator_does_not_hide_the_next_entry(load_text: LoadText) -> None:
    page = entry("Sat 8:30 a.m. - 8:40 a.m.", "Opening Remarks")
    page += "Sat 9:00 a.m. - 10:00 a.m.\n|\nNo people and no separator\n"
    page += entry("Sat 10:00 a.m. - 11:00 a.m.", "Lunch")

    loaded = load_text(page, keep_going=True)

    assert [item.title for item in loaded.program.items] == ["Opening Remarks", "Lunch"]
    [problem] = loaded.program.problems
    assert problem.source is not None and problem.source.line == 9
    assert problem.message.endswith("skipped 2 lines up to the next time line")


def test_the_preamble_is_the_description_in_the_printed_program(load_text: LoadText) -> None:
    page = "A workshop about\nlearned systems.\n\nTimezone: »\n\nIt has <two> parts.\n\n" + entry(
        "Sat 9:00 a.m. - 10:00 a.m.", "Lunch"
    )
    program = load_text(page).program
    outputs = render_outputs(program, [WRITERS["html"], WRITERS["md"]])

    assert program.description == "A workshop about learned systems.\n\nIt has <two> parts."
    assert b'<p class="description">It has &lt;two&gt; parts.</p>' in outputs["program.html"]
    assert b"A workshop about learned systems.\n\nIt has" in outputs["program.md"]


def test_messages_quote_at_most_eighty_characters(load_text: LoadText) -> None:
    long_line = "Some very long text " * 20
    with pytest.raises(InputError) as raised:
        load_text(entry("Sat 9:00 a.m. - 10:00 a.m.", "Lunch") + long_line + "\n|\n")

    [problem] = raised.value.problems
    assert len(problem.message) < 200


@pytest.mark.parametrize("title", ["Poster Session | Coffee Break", "Kernels (and more) | Part 2", "A » B | C"])
def test_a_bar_inside_a_title_is_text(load_text: LoadText, title: str) -> None:
    [item] = load_text(entry("Sat 9:00 a.m. - 10:00 a.m.", title)).program.items

    assert item.title == title


def test_a_title_and_its_people_on_one_line(load_text: LoadText) -> None:
    page = "Sat 9:00 a.m. - 9:30 a.m. |\nQ&A | Ada Lovelace · Grace Hopper 🔗 |\n"
    page += "Sat 9:30 a.m. - 10:00 a.m. |\nPoster Session | Coffee Break | Alan Turing 🔗 |\n"

    items = load_text(page).program.items

    assert [(item.title, item.kind, item.people) for item in items] == [
        ("Q&A", Kind.PANEL, ("Ada Lovelace", "Grace Hopper")),
        ("Poster Session | Coffee Break", Kind.POSTER_SESSION, ("Alan Turing",)),
    ]


def test_without_bars_a_people_line_before_a_lone_icon_is_a_guess_reported(load_text: LoadText) -> None:
    page = (
        "Sat 9:00 a.m. - 9:30 a.m.\nAda Lovelace - Invited Talk\n(Talk)\nAda Lovelace\n🔗\n\n"
        "Sat 9:30 a.m. - 10:00 a.m.\nA Talk\n(Oral)\nWe show that it works.\n🔗\n\n"
        "Sat 10:00 a.m. - 10:30 a.m.\nLunch\n🔗\n"
    )
    loaded = load_text(page)

    assert [(item.title, item.people, item.abstract) for item in loaded.program.items] == [
        ("Ada Lovelace - Invited Talk", ("Ada Lovelace",), None),
        ("A Talk", (), "We show that it works."),
        ("Lunch", (), None),
    ]
    [problem] = loaded.program.problems
    assert (problem.code, problem.source and problem.source.line) == ("uncertain-entry", 4)


def test_the_description_leaves_out_page_controls_and_headings(load_text: LoadText) -> None:
    page = "Event URL: » https://example.org/\n\nAbout learned systems.\n\nTimezone: »\n\nSchedule\n\n"
    page += entry("Sat 9:00 a.m. - 10:00 a.m.", "Lunch")

    assert load_text(page).program.description == "About learned systems."
