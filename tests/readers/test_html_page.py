"""The saved-page (HTML) reader on real pages: each shape it reads, tested on the page that has it."""

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from html_page_files import DATA, PAGES, READER, bench, page_fields, read_page, time_rows
from program.cli import main
from program.errors import UsageError
from program.readers import READERS, detect_readers
from program.readers.base import ReadContext
from program.readers.html_dating import page_zone
from program.readers.html_lines import time_led, title_people
from program.readers.notation.page_dates import page_date


@pytest.mark.parametrize("name", PAGES)
def test_real_pages_are_detected_by_the_html_reader_alone(name: str) -> None:
    text = bench.page_text(name)

    assert [reader.name for reader in detect_readers(text[:2000])] == ["html-page"]


def test_html_reader_claims_no_frab_xml_and_no_plain_text() -> None:
    assert not READER.detect('<?xml version="1.0"?>\n<schedule>\n<conference><title>X</title>')
    assert not READER.detect("8:30 - 9:00 Welcome\n9:00 - 10:00 Keynote <b>Ada</b>\n")
    assert READER.detect('<?xml version="1.0"?>\n<!DOCTYPE html>\n<html><body><table></table></body></html>')
    assert READER.name in READERS


FRONTIERS = [
    ("2023-07-28", "07:45", "08:00", "opening", "Opening Remarks", (), None, None, ()),
    ("2023-07-28", "08:00", "09:00", "talk", "Introduction to Control for ML", ("Brandon Amos",), None, None, ()),
    ("2023-07-28", "09:00", "09:45", "invited-talk", "Control Theory", ("Claire Tomlin",), None, None, ()),
    ("2023-07-28", "09:45", "10:30", "invited-talk", "Optimal Transport", ("Marco Cuturi",), None, None, ()),
    ("2023-07-28", "10:30", "11:00", "oral", "Algorithms & Theory", (), None, None, ()),
    ("2023-07-28", "11:00", "12:00", "poster-session", "Poster Session & Lunch", (), None, None, ()),
    ("2023-07-28", "12:00", "12:45", "invited-talk", "Deep Learning & PDEs", ("Jiequn Han",), None, None, ()),
    ("2023-07-28", "12:45", "13:30", "invited-talk", "Scientific Discovery", ("Rianne van den Berg",), None, None, ()),
    ("2023-07-28", "13:30", "14:15", "oral", "Applications", (), None, None, ()),
    ("2023-07-28", "14:15", "14:30", "break", "Coffee Break", (), None, None, ()),
    ("2023-07-28", "14:30", "15:15", "invited-talk", "RL & Multi-Agent Learning", ("Giorgia Ramponi",), None, None, ()),
    ("2023-07-28", "15:15", "16:00", "poster-session", "Poster Session", (), None, None, ()),
    (
        "2023-07-28", "16:00", "16:45", "other", "Invited Panelists",
        ("Daniela Rus", "Arnaud Doucet", "Evangelos Thedorou", "Jeannette Bohg", "Sarah Dean"), None, None, (),
    ),
    ("2023-07-28", "16:45", "17:00", "closing", "Closing Remarks", (), None, None, ()),
]  # fmt: skip


def test_header_table_with_zone_and_date_from_the_page_text() -> None:
    program = read_page("frontiers4lcd-2023-schedule.html")

    assert [page_fields(item) for item in program.items] == FRONTIERS
    assert len(program.items) == len(time_rows("frontiers4lcd-2023-schedule.html"))
    assert program.items[0].start == datetime(2023, 7, 28, 7, 45, tzinfo=ZoneInfo("Etc/GMT+10"))
    assert program.reading == (
        "1 tables, 0 lists, 14 items, 11 people",
        "time zone: Etc/GMT+10, from the page ('GMT-10')",
        "first date: 2023-07-28, from the page ('July 28th 2023')",
        "table 1 (line 97): columns: Time → time, Type → kind, Topic → title, Speakers → people",
        "3 lines outside the schedule (not listed)",
    )


def test_the_users_zone_and_date_win_over_the_pages() -> None:
    program = read_page("frontiers4lcd-2023-schedule.html", "Pacific/Honolulu", date(2023, 7, 29))

    assert program.items[0].start == datetime(2023, 7, 29, 7, 45, tzinfo=ZoneInfo("Pacific/Honolulu"))
    assert program.timezone == "Pacific/Honolulu"


SCSL_TALK = "35 + 15 minutes for Q\\&A and discussion"
SCSL = [
    ("09:00", "09:10", "other", "Openning", None),
    ("09:10", "10:00", "invited-talk", "Invited Talk 1", SCSL_TALK),
    ("10:00", "10:50", "invited-talk", "Invited Talk 2", SCSL_TALK),
    ("10:50", "11:10", "break", "Break, Informal Discussion, and Networking", "20 minutes break"),
    ("11:10", "12:00", "invited-talk", "Invited Talk 3", SCSL_TALK),
    ("12:00", "12:30", "poster-session", "Poster Session 1", None),
    ("12:30", "13:30", "other", "Launch Break", None),
    ("13:30", "14:20", "invited-talk", "Invited Talk 4", SCSL_TALK),
    ("14:20", "15:10", "invited-talk", "Invited Talk 5", SCSL_TALK),
    ("15:10", "15:30", "break", "Break, Informal Discussion and Networking", None),
    ("15:30", "15:50", "oral", "Oral Presentation 1", "10 + 10 minutes for Q\\&A and discussion"),
    ("15:50", "16:10", "oral", "Oral Presentation 2", "10 + 10 minutes for Q\\&A and discussion"),
    ("16:10", "16:30", "oral", "Oral Presentation 3", "10 + 10 minutes for Q\\&A and discussion"),
    ("16:30", "17:30", "panel", "Panel Discussion", None),
    ("17:30", None, "poster-session", "Poster Session 2", None),
]


def test_start_times_end_at_the_next_start_and_a_bold_paragraph_gives_the_date() -> None:
    program = read_page("scsl-2025-schedule.html", "America/Denver")

    expected = [
        ("2025-04-28", start, end, kind, title, (), None, abstract, ()) for start, end, kind, title, abstract in SCSL
    ]
    assert [page_fields(item) for item in program.items] == expected
    assert "table 1 (line 101): no title column: 'Plan' read as the title" in program.reading


def test_a_page_without_a_zone_needs_the_option() -> None:
    with pytest.raises(UsageError, match="--timezone"):
        read_page("scsl-2025-schedule.html")


def _invited(start: str, end: str, who: str, url: str) -> tuple[object, ...]:
    return ("2025-04-27", start, end, "invited-talk", "Invited Talk", (), None, f"Invited Talk\n{who}", (url,))


RETHINK = [
    ("2025-04-27", "08:45", "09:00", "opening", "Introduction", (), None, None, ()),
    _invited("09:00", "09:30", "Noam Brown, OpenAI", "https://noambrown.github.io/"),
    _invited("09:30", "10:00", "Kalesha Bullard, DeepMind", "https://www.kaleshabullard.com/"),
    ("2025-04-27", "10:00", "10:15", "break", "Coffee Break", (), None, None, ()),
    _invited("10:15", "10:45", "Chi Jin, Princeton University", "https://ece.princeton.edu/people/chi-jin"),
    ("2025-04-27", "10:45", "11:45", "spotlight", "Spotlights", (), None, "Spotlight Talks (4)", ()),
    ("2025-04-27", "11:45", "12:45", "break", "Lunch", (), None, None, ()),
    ("2025-04-27", "12:45", "13:30", "poster-session", "Poster Session", (), None, None, ()),
    ("2025-04-27", "13:30", "14:00", "spotlight", "Spotlights", (), None, "Spotlight Talks (2)", ()),
    _invited("14:00", "14:30", "Shunyu Yao, OpenAI", "https://ysymyth.github.io/"),
    _invited("14:30", "15:00", "Samuel Sokota, Carnegie Mellon University", "https://ssokota.github.io/"),
    ("2025-04-27", "15:00", "15:30", "panel", "Panel Discussion", (), None, None, ()),
    ("2025-04-27", "15:30", "15:45", "closing", "Closing Remarks", (), None, None, ()),
    ("2025-04-27", "15:45", None, "social", "Social Hour", (), None, None, ()),
]


def test_headerless_table_with_the_speakers_links() -> None:
    program = read_page("rethinkmarl-2025-schedule.html", "Asia/Singapore", date(2025, 4, 27))

    assert [page_fields(item) for item in program.items] == RETHINK
    assert len(program.items) == len(time_rows("rethinkmarl-2025-schedule.html"))


def test_a_page_without_a_date_needs_the_option() -> None:
    with pytest.raises(UsageError, match="--date"):
        read_page("rethinkmarl-2025-schedule.html", "Asia/Singapore")


def _dragonpy(day: str, talks: list[str], workshops: list[str], plenaries: list[str]) -> list[tuple[object, ...]]:
    """A DragonPy day: plenaries across both tracks, 30-minute talks beside two workshops of five rows each."""
    slots = [("08:00", "09:00"), ("09:00", "09:15"), ("09:15", "09:45"), ("09:45", "10:00")]
    items: list[tuple[object, ...]] = [
        (day, start, end, title, None) for (start, end), title in zip(slots, plenaries[:4], strict=True)
    ]
    halves = [
        "10:00",
        "10:30",
        "11:00",
        "11:30",
        "12:00",
        "12:30",
        "13:30",
        "14:00",
        "14:30",
        "15:00",
        "15:30",
        "16:00",
    ]
    for index, (talk, workshop) in enumerate(zip(talks, workshops, strict=True)):
        start, end = halves[index + (1 if index >= 5 else 0)], halves[index + (2 if index >= 5 else 1)]
        items.append((day, start, end, talk, "Talks"))
        if index % 5 == 0:  # a workshop's five rows: one item, to its last row's end
            items.append((day, start, halves[index + (6 if index >= 5 else 5)], workshop, "Workshops"))
        if index == 4:
            items.append((day, "12:30", "13:30", plenaries[4], None))
    items += [(day, "16:00", "16:30", plenaries[5], None), (day, "16:30", "17:00", plenaries[6], None)]
    items.append((day, "17:00", "17:15", plenaries[7], None))
    return items


def test_tracks_as_columns_with_colspan_plenaries_under_weekday_headings() -> None:
    program = read_page("dragonpy-2020-schedule.html", "Europe/Ljubljana")
    plenary = ["Registration & Breakfast", "Conference Opening", "Keynote {}", "Short Break", "Lunch", "Coffee Break"]
    saturday = _dragonpy(
        "2020-04-18",
        [
            "Talk 1",
            "Talk 2",
            "Coffee Break",
            "Talk 3",
            "Talk 4",
            "Talk 5",
            "Talk 6",
            "Coffee Break",
            "Talk 7",
            "Talk 8",
        ],
        ["Workshop 1"] * 5 + ["Workshop 2"] * 5,
        [*[p.format(1) for p in plenary], "Lightning Talks", "Conference Closing"],
    )
    sunday = _dragonpy(
        "2020-04-19",
        [
            *("Talk 9", "Talk 10", "Coffee Break", "Talk 11", "Talk 12"),
            *("Talk 13", "Talk 14", "Coffee Break", "Talk 15", "Talk 16"),
        ],
        ["Workshop 3"] * 5 + ["Workshop 4"] * 5,
        [*[p.format(2) for p in plenary], "Lightning Talks", "Wrapping up"],
    )

    fields = map(page_fields, program.items)
    found = [(day, start, end, title, room) for day, start, end, _, title, _, room, _, _ in fields]
    assert found == saturday + sunday
    assert "first date: 2020-04-18, from the page ('April 18 & 19, 2020')" in program.reading
    assert "table 1 (line 113): tracks as rooms: Talks, Workshops; times from Start, End" in program.reading


ONLYOFFICE = [
    ("2024-07-09", "10:00", "12:00", "opening", "Opening ceremony", ()),
    ("2024-07-09", "12:00", "14:00", "other", "Refining document collaboration: when flexibility matters",
     ("Jack Crown", "Helen White")),
    ("2024-07-09", "14:00", "16:00", "other", "Discovering the new integration: ONLYOFFICE DocSpace & Zoom",
     ("Kate Smith",)),
    ("2024-07-09", "16:00", None, "other", "Community – the driven force of open-source projects", ("Morissa Tracy",)),
    ("2024-07-10", "11:00", "13:00", "other", "Partner/sponsor presentation (to be announced later)", ()),
    ("2024-07-10", "13:00", "15:00", "other", "Open-Source Office Software – Panel Discussion", ()),
    ("2024-07-10", "15:00", "17:00", "other", "Booth Workshops", ()),
    ("2024-07-10", "17:00", None, "closing", "Closing ceremony", ()),
]  # fmt: skip


def test_wordpress_agenda_of_time_and_title_paragraphs_under_date_headings() -> None:
    program = read_page("onlyoffice-summit-2024-agenda.php", "Europe/Riga")

    found = [page_fields(item) for item in program.items]
    assert [row[:6] for row in found] == ONLYOFFICE
    assert {row[6:] for row in found} == {(None, None, ())}
    assert program.reading[0] == "0 tables, 2 lists, 8 items, 4 people"


USER2015 = [
    ("2015-06-30", "09:00", "13:00", "Morning Tutorials incl. coffee and lunch breaks"),
    *[(day, "09:00", "10:00", "Invited talk") for day in ("2015-07-01", "2015-07-02", "2015-07-03")],
    *[(day, "10:00", "10:30", "Coffee break (with fruit)") for day in ("2015-07-01", "2015-07-02", "2015-07-03")],
    ("2015-07-01", "10:30", "12:00", "Contributed talks"),
    ("2015-07-02", "10:30", "12:00", "Contributed talks"),
    ("2015-07-03", "10:30", "12:00", "Sponsor talks"),
    ("2015-07-01", "12:00", "13:00", "Lunch break (standing buffet)"),
    ("2015-07-02", "12:00", "13:00", "Lunch break (standing buffet)"),
    ("2015-07-03", "12:00", "13:00", "Invited talk"),
    ("2015-06-30", "13:00", "17:30", "Afternoon Tutorials incl. coffee break"),
    ("2015-07-01", "13:00", "14:30", "Contributed talks"),
    ("2015-07-02", "13:00", "14:30", "Contributed talks"),
    ("2015-07-03", "13:00", "14:30", "Grab 'n go lunch"),
    ("2015-07-01", "14:30", "15:00", "Coffee break (with cake)"),
    ("2015-07-02", "14:30", "15:00", "Coffee break (with cake)"),
    ("2015-07-01", "15:00", "16:00", "Invited talk"),
    ("2015-07-02", "15:00", "16:00", "Invited talk"),
    ("2015-07-01", "16:00", "17:30", "Contributed talks"),
    ("2015-07-02", "16:00", "17:30", "Contributed talks"),
]


def test_days_as_columns_with_rowspan_and_colspan() -> None:
    program = read_page("user2015-conference-overview.php", "Europe/Copenhagen", date(2015, 6, 30))

    assert [(day, start, end, title) for day, start, end, _, title, *_ in map(page_fields, program.items)] == USER2015
    assert {(item.people, item.location, item.abstract, item.links) for item in program.items} == {((), None, None, ())}
    # The evening row has no time: each of its three cells is an error at its line, not dropped.
    assert [(problem.code, problem.source.line if problem.source else None) for problem in program.problems] == [
        ("unreadable-row", 54),
        ("unreadable-row", 55),
        ("unreadable-row", 56),
    ]


def test_weekday_columns_need_the_first_date() -> None:
    with pytest.raises(UsageError, match="--date"):
        read_page("user2015-conference-overview.php", "Europe/Copenhagen")


AGILE_TUESDAY = [
    ("08:00", "08:45", "Registration and Continental Breakfast"),
    ("08:45", "09:20", "Welcome and Opening Session Plenary"),
    ("09:30", "10:45", "Session T-1"),
    ("11:00", "12:15", "Session T-2"),
    ("12:00", "12:30", "Pick up lunch boxes"),
    ("12:30", "13:45", "Session T-3"),
    ("14:00", "15:15", "Session T-4 - Afternoon Beverages"),
    ("15:30", "16:45", "Session T-5"),
    ("17:00", "17:45", "Evening News & Daily Reports Plenary"),
    ("17:45", "19:00", "Reception hosted by (Your Company Name Here) Food and Beverage Provided. No Host Bar."),
    ("19:00", "20:15", "Night Owl Session T-6"),
    ("20:30", "21:45", "Night Owl Session T-7"),
]
AGILE_WEDNESDAY = [
    ("08:00", "09:00", "Early Bird Session W-8 Continental Breakfast available"),
    ("09:00", "09:30", "Morning Announcements Plenary - New Sessions"),
    ("09:30", "10:45", "Session W-9"),
    ("11:00", "12:15", "Session W-10"),
    ("12:00", "12:30", "Pick up lunch boxes"),
    ("12:30", "13:45", "Session W-11"),
    ("14:00", "15:15", "Session W-12 - Afternoon Beverages"),
    ("15:30", "16:30", "Integration & Moving Forward - Plenary Session"),
    ("16:30", "17:00", "Evening News & Conference Closing Session - Plenary"),
]


def test_day_rows_inside_a_headerless_table_with_am_pm_ranges() -> None:
    program = read_page("agile-open-northwest-2011-schedule.php", "America/Los_Angeles", date(2011, 2, 8))

    expected = [("2011-02-08", *row) for row in AGILE_TUESDAY] + [("2011-02-09", *row) for row in AGILE_WEDNESDAY]
    assert [(day, start, end, title) for day, start, end, _, title, *_ in map(page_fields, program.items)] == expected
    assert len(program.items) == len(time_rows("agile-open-northwest-2011-schedule.php"))


def test_a_wrong_first_date_is_an_error_naming_the_heading() -> None:
    program = read_page("agile-open-northwest-2011-schedule.php", "America/Los_Angeles", date(2025, 2, 8))

    assert [problem.code for problem in program.problems] == ["unreadable-page-day"]
    assert "is not a Tuesday" in program.problems[0].message


def test_time_led_lines_and_people_in_by_brackets() -> None:
    assert time_led("8:45am - 9:20am Invited talk (A Lovelace)")[1] == "Invited talk (A Lovelace)"  # type: ignore[index]
    assert time_led("Section 2") is None
    assert title_people("Talk (by Ada Lovelace and Charles Babbage)") == ("Talk", ("Ada Lovelace", "Charles Babbage"))


def test_page_zone_and_date_notations() -> None:
    # the same reading as a page copied as text (trial 2, P10: HAOC 2021's "All times are in Pacific Time")
    assert page_zone("All times are Local (Lisbon) Time") == (ZoneInfo("Europe/Lisbon"), "Lisbon")
    assert page_zone("intro\n  All times are in Pacific Time\n") == (ZoneInfo("America/Los_Angeles"), "Pacific")
    assert page_zone("Timezone: America/Denver") == (ZoneInfo("America/Denver"), "America/Denver")
    assert page_zone("(UTC+2)") == (ZoneInfo("Etc/GMT-2"), "UTC+2")
    assert page_date("Monday March 2, 2026") == (date(2026, 3, 2), "March 2, 2026")


def test_list_page_with_day_headings_and_unplaced_lines(tmp_path: Path) -> None:
    page = tmp_path / "day.html"
    page.write_text(
        "<html><body><h2>Saturday, June 14, 2025</h2><p>All times are CEST.</p><ul>"
        "<li>9:00 - 9:30 Opening (by Ada Lovelace)</li><li>Coffee is served all day</li>"
        '<li>9:30 - 10:00 <a href="https://example.org/t">Talk</a><br>Charles Babbage</li></ul></body></html>',
        encoding="utf-8",
    )

    program = READER.read(page.read_text(encoding="utf-8"), source="day.html", context=ReadContext())

    assert [page_fields(item) for item in program.items] == [
        ("2025-06-14", "09:00", "09:30", "opening", "Opening", ("Ada Lovelace",), None, None, ()),
        # a line after <br> that is only a name is the talk's speaker, not its abstract (Ogrody 2024's <span>)
        ("2025-06-14", "09:30", "10:00", "talk", "Talk", ("Charles Babbage",), None, None, ("https://example.org/t",)),
    ]
    assert "day.html:1: not placed: Coffee is served all day" in program.reading


def test_check_prints_what_was_read(capsys: pytest.CaptureFixture[str]) -> None:
    status = main(["check", str(DATA / "frontiers4lcd-2023-schedule.html")])

    stderr = capsys.readouterr().err
    assert "1 tables, 0 lists, 14 items, 11 people" in stderr
    assert "columns: Time → time, Type → kind, Topic → title, Speakers → people" in stderr
    assert status in (0, 1)
