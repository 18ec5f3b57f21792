"""Schedule pages a new user tried unseen (session 11, issue 28): the shapes they brought, read as detected.

Every field of every slot is checked against expectations typed from each page (tests/data/pages/expected,
tests/data/html_pages/expected; PROVENANCE.md) by the benches' tests: test_page_lines.py (bench/page_fidelity.py)
and test_html_page_expectations.py (bench/html_page_fidelity.py), whose KNOWN_MISSES say what still reads otherwise.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.readers import ReadContext, detect_readers

DATA = Path(__file__).resolve().parent.parent / "data"
SAVED = (
    "cyberscitech2024-overview.md",
    "hipecasp2025-program.md",
    "bafa2017-program.md",
    "kars2022-program.html",
    "feast2021-program.html",
    "mobihoc2023-program.md",
    "mldpr2025-schedule.md",
    "frontendconf2011-saturday.php",
)


@pytest.mark.parametrize("name", SAVED)
def test_an_unseen_saved_page_is_detected_as_one(name: str) -> None:
    text = (DATA / "html_pages" / name).read_text(encoding="utf-8")

    assert [reader.name for reader in detect_readers(text)] == ["html-page"]


def test_a_day_heading_with_a_us_date_and_its_weekday_is_that_day() -> None:
    # `<h2>Day 1 (Tuesday, 11/5)</h2>` … `Day 4 (Friday, 11/8)`: 5 November, not 11 May (a Saturday);
    # "Thursday, 11/7" is 7 November, not 11 July (also a Thursday, but before the first day).
    text = (DATA / "html_pages/cyberscitech2024-overview.md").read_text(encoding="utf-8")
    context = ReadContext(first_date=date(2024, 11, 5), timezone=ZoneInfo("Asia/Manila"))
    program = detect_readers(text)[0].read(text, source="overview.md", context=context)

    days = sorted({item.start.date().isoformat() for item in program.items if item.start})
    assert days == ["2024-11-05", "2024-11-06", "2024-11-07", "2024-11-08"]
    assert not program.problems


def test_a_misspelt_weekday_heading_opens_its_day_and_a_time_after_its_title_is_read() -> None:
    # `## Wedsnesday, 27th September`; `Lunch Break **12:10** - **13:45**`, `Social Event **1700 - 2130**. …`.
    text = (DATA / "pages/iccsw-2017-programme.md").read_text(encoding="utf-8")
    context = ReadContext(first_date=date(2017, 9, 26), timezone=ZoneInfo("Europe/London"))
    program = detect_readers(text)[0].read(text, source="programme.md", context=context)
    spans = {item.title: (item.start, item.end) for item in program.items if item.start and item.end}

    second_day = [item.title for item in program.items if item.start and item.start.date() == date(2017, 9, 27)]
    assert second_day[:2] == ["Registration", "Poster Session"]
    assert [clock.strftime("%H:%M") for clock in spans["Social Event. Mystery social event and dinner"]] == [
        "17:00",
        "21:30",
    ]
    assert not any("Lunch Break" in line for line in program.reading)  # placed, no longer a note
    # A session's name over its first talk is said, not taken for the people of the slot above it.
    assert "programme.md:14: note: not placed: 'Programming Languages'" in program.reading
    assert [item.people for item in program.items if item.title == "Welcome"] == [()]


def test_a_bare_a_or_p_after_the_minutes_is_the_meridiem_and_speakers_are_the_sessions_people() -> None:
    # `9:00 - 9:10a`, `11:30a - 12:30p`, `1:30 - 2:00p`, `5:00p`; `- Speaker 2: A/Prof. Chun Wie Chong`.
    text = (DATA / "pages/monash-microbiome-2025.md").read_text(encoding="utf-8")
    context = ReadContext(first_date=date(2025, 11, 7), timezone=ZoneInfo("Australia/Melbourne"))
    program = detect_readers(text)[0].read(text, source="index.md", context=context)
    by_title = {item.title: item for item in program.items}

    assert [item.start.strftime("%H:%M") for item in program.items if item.start][:2] == ["09:00", "09:10"]
    assert by_title["Lunch break"].start.strftime("%H:%M") == "12:30"  # type: ignore[union-attr]
    assert by_title["Networking and drinks"].start.strftime("%H:%M") == "17:00"  # type: ignore[union-attr]
    assert by_title["Session 2: long talks (10 mins each)"].people[:2] == ("Chris Greening", "Chun Wie Chong")


def test_a_heading_whose_time_is_the_paragraph_under_it_is_a_slot_with_its_chair() -> None:
    # `<h2>Keynote Speech</h2> <p><strong>Time</strong>: 14:00 - 15:30 &emsp;&emsp; <strong>Chair</strong>: …</p>`,
    # detected without --format; the Liquid `{% include … %}` lines are said, not dropped.
    text = (DATA / "html_pages/hipecasp2025-program.md").read_text(encoding="utf-8")
    context = ReadContext(first_date=date(2025, 4, 7), timezone=ZoneInfo("Asia/Kolkata"))
    program = detect_readers(text)[0].read(text, source="program.md", context=context)

    assert [(item.title, item.start.strftime("%H:%M")) for item in program.items if item.start] == [
        ("Keynote Speech", "14:00"),
        ("Tea/Coffee Break", "15:30"),
        ("Lightning Talk", "16:00"),
        ("Poster Session of Lightning Talks", "16:18"),
    ]
    assert "program.md:15: not placed: {% include speakers.html %}" in program.reading


def test_markdown_inside_a_cell_that_asks_for_it_gives_the_keynotes_speaker_and_title() -> None:
    # `<td markdown="span">**Keynote**<br/>[Prof. York Winter -- Towards full automation …](/winter)</td>`.
    text = (DATA / "html_pages/bafa2017-program.md").read_text(encoding="utf-8")
    context = ReadContext(first_date=date(2017, 10, 12), timezone=ZoneInfo("Europe/Amsterdam"))
    program = detect_readers(text)[0].read(text, source="program.md", context=context)
    keynotes = [item for item in program.items if item.kind.value == "keynote"]

    assert [(item.people, item.title[:22]) for item in keynotes] == [
        (("Roian Egnor",), "Something old and some"),
        (("Louk Vanderschuren",), "All Work and No Play: "),
        (("York Winter",), "Towards full automatio"),
        (("Robert Fisher",), "Visual analysis of ani"),
    ]


def test_a_labelled_date_line_dates_the_page_a_moderator_chairs_and_et_al_ends_a_list_of_names() -> None:
    # `**Date: Friday 14 November 2025 (Eastern Standard Time (EST), USA and Canada)**`: no --date needed;
    # `| | [GRAPH-GRPO-LEX: …](slides/graph.pdf) | Moriya Dechtiar, et al. | |` is a paper of Paper Session 2.
    text = (DATA / "pages/dmail2025-program.md").read_text(encoding="utf-8")
    program = detect_readers(text)[0].read(text, source="program.md", context=ReadContext())
    session = next(item for item in program.items if item.title == "Paper Session 2")

    assert session.start is not None and session.start.isoformat() == "2025-11-14T16:00:00-05:00"
    # `| 4:00pm ~ 5:15pm | **Paper Session 2** | | Prof. Jiangping Chen |`: the Moderator column's name chairs it.
    assert (session.people, session.role.value) == (("Jiangping Chen",), "chair")
    assert [(item.title[:14], item.people) for item in program.items if item.sessions == (session.id,)] == [
        ("GRAPH-GRPO-LEX", ("Moriya Dechtiar",)),
        ("Automatic Cohe", ("Steve Huntsman",)),
        ("Legal Argument", ("M. Mikail Demir", "M. Abdullah Canbaz")),
    ]


def test_a_bracketed_range_with_am_and_pm_is_read_whole() -> None:
    # `## Morning: Theory (9:00am-12:00pm)` was read from 00:00 ("9" the label, "00am" the start).
    text = (DATA / "pages/imputation-workshop-2021-readme.md").read_text(encoding="utf-8")
    context = ReadContext(first_date=date(2021, 8, 11), timezone=ZoneInfo("Pacific/Auckland"))
    program = detect_readers(text)[0].read(text, source="README.md", context=context)
    spans = {item.title: (item.start, item.end) for item in program.items if item.start and item.end}

    assert [clock.strftime("%H:%M") for clock in spans["Morning: Theory"]] == ["09:00", "12:00"]
    assert [clock.strftime("%H:%M") for clock in spans["Lunch Break"]] == ["12:00", "13:00"]
    assert not program.problems


def test_a_grid_of_five_minute_rows_reads_its_spanning_cells_past_the_spacer_column() -> None:
    # `<th scope="row">14:40</th><td class="col-space p-0"></td><td rowspan="10" …><p>Next-Generation …</p>
    # <p>Xin Luna Dong (Meta)</p></td>`: 14:40 to 15:30, the title and its speaker.
    text = (DATA / "html_pages/kars2022-program.html").read_text(encoding="utf-8")
    context = ReadContext(first_date=date(2022, 9, 22), timezone=ZoneInfo("America/Los_Angeles"))
    program = detect_readers(text)[0].read(text, source="index.html", context=context)
    talk = program.items[2]

    assert [item.title for item in program.items] == [
        "Opening",
        "Session 1",
        "Next-Generation Intelligent Assistants for AR/VR Devices",
        "Coffee Break",
        "Session 2",
        "Session 3",
        "Closing",
    ]
    assert (talk.people, talk.end and talk.end.strftime("%H:%M")) == (("Xin Luna Dong",), "15:30")
    assert (program.items[1].people, program.items[1].role.value) == (("Daniele Malitesta",), "chair")


def test_a_second_header_row_under_the_days_is_said_and_read_as_no_item() -> None:
    # `<thead>… Monday,&nbsp;Oct.&nbsp;23 …</thead>`, then `<tr><td>Time (EST)</td><td>Workshops</td>…`
    # (was an unreadable-row error: "expected a clock time … found 'Time (EST)'").
    text = (DATA / "html_pages/mobihoc2023-program.md").read_text(encoding="utf-8")
    program = detect_readers(text)[0].read(
        text, source="program.md", context=ReadContext(first_date=date(2023, 10, 23))
    )

    assert not program.problems
    assert any("second header (Time (EST), Workshops, Main, Day 1" in line for line in program.reading)
    assert program.timezone == "America/New_York"


def test_a_name_a_colon_and_a_quoted_title_in_a_cell_is_the_talk_and_its_speaker() -> None:
    # `<td>Lucie Aimeé-Kaffee: "Policy of Dataset Transparency"</td>`: was one title, no person.
    text = (DATA / "html_pages/mldpr2025-schedule.md").read_text(encoding="utf-8")
    context = ReadContext(first_date=date(2025, 4, 27), timezone=ZoneInfo("Asia/Singapore"))
    program = detect_readers(text)[0].read(text, source="schedule.md", context=context)

    talks = [(item.title[:22], item.people) for item in program.items if item.people]
    assert talks == [
        ("Policy of Dataset Tran", ("Lucie Aimeé-Kaffee",)),
        ("Open Machine Learning", ("Pieter Gijsbers",)),
        ("Consent in Crisis: The", ("Shayne Longpre",)),
        ("Ethical Considerations", ("Jerone Andrews",)),
        ("The Role of Annotation", ("Razvan Amironesei",)),
    ]


def test_a_bare_time_after_the_afternoon_is_reached_is_an_afternoon_time_with_a_warning() -> None:
    # `## 2.00pm: Welcome back`, then `## 2.01: Work on your Binder`, `## 3.00: Coffee break …`, `## 3.30: …`:
    # were read as 02:01, 03:00, 03:30 (out of order, no word said).
    text = (DATA / "pages/build-a-binder-timeline.md").read_text(encoding="utf-8")
    context = ReadContext(first_date=date(2019, 6, 1), timezone=ZoneInfo("Europe/London"))
    program = detect_readers(text)[0].read(text, source="timeline.md", context=context)

    starts = [item.start.strftime("%H:%M") for item in program.items if item.start]
    assert starts == sorted(starts) and starts[8:12] == ["14:00", "14:01", "15:00", "15:30"]
    assert [problem.message for problem in program.problems] == [
        f"read {written!r} as {clock}: afternoon, by the running order"
        for written, clock in (("2.01", "14:01"), ("3.00", "15:00"), ("3.30", "15:30"))
    ]
