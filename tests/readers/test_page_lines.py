"""The schedule-page reader on time-led pages and pipe tables of many sites (tests/data/pages)."""

import importlib.util
import json
import re
import sys
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from page_known_misses import ITP_SPEAKERS, KNOWN_CELL_MISSES, KNOWN_MISSES, KNOWN_UNREAD
from program.model import Role
from program.readers import detect_readers
from program.readers.base import Line, ReadContext
from program.readers.lines.entry import read_slot_text
from program.readers.lines.markup import clean
from program.readers.lines.names import names_in
from program.readers.lines.schedule import read_schedule_lines
from program.readers.schedule_page import DETECT_LINES, SchedulePageReader

PAGES = Path(__file__).parent.parent / "data" / "pages"
_SPEC = importlib.util.spec_from_file_location(
    "page_fidelity", PAGES.parent.parent.parent / "bench" / "page_fidelity.py"
)
assert _SPEC is not None and _SPEC.loader is not None
bench = importlib.util.module_from_spec(_SPEC)
sys.modules["page_fidelity"] = bench
_SPEC.loader.exec_module(bench)


@pytest.mark.parametrize("name", list(bench.CONTEXTS))
def test_real_page_detected_as_schedule_page_only(name: str) -> None:
    text = (PAGES / name).read_text(encoding="utf-8")
    head = "\n".join(text.split("\n")[:DETECT_LINES])  # what `program` gives detection: the first lines

    assert [reader.name for reader in detect_readers(head)] == ["schedule-page"]


@pytest.mark.parametrize("name", list(bench.CONTEXTS))
def test_real_page_every_field_matches_the_expectation(name: str) -> None:
    text = (PAGES / name).read_text(encoding="utf-8")
    expected = json.loads((PAGES / "expected" / f"{name}.json").read_text(encoding="utf-8"))

    program = SchedulePageReader().read(text, source=name, context=bench.context(name))

    read = [bench.fields(item) for item in program.items]
    expected = [entry for entry in expected if (name, entry["line"]) not in KNOWN_UNREAD]
    for entry in expected:
        entry.update(KNOWN_MISSES.get((name, entry["line"]), {}))
        entry.update(KNOWN_CELL_MISSES.get((name, entry["line"], entry["title"]), {}))
    assert read == expected


# atelier: two "| | Lunch |" rows without a time, listed as not placed. ICMT 2018: the pattern counts every
# <li>, and one ("This interactive session is centered around …") is its session's description, not a talk.
_NOT_COUNTED = (
    "atelier-lean-2023.md",
    "agentir-sigir-2025.md",
    "dragonpy-2020-dotted.txt",
    "icmt-2018.md",
    "ccdl-2020-july-schedule.md",
    "edtm2025-program-excerpt.csv",
    "shonan-artofsat-program.md",
    "embc2025-mmai-schedule.md",
    "nhw2017-schedule.md",
    "bilbostack2025-agenda.es.md",
    "seuh2022-programm.md",
    "scisci2024-conference.md",
    "n8njpj2026-jadual.md",
    "inr2023-schedule.md",
    "inr2023-schedule-march.md",
    "iiccsss2023-program.md",
    "critiquedigitale2021-programme.svelte.md",
    "scipyla2015-grilla.md",
)
"""Atelier: rows without a time or with "15-??"; AgentIR: the workshop's span "14:30 - 18:00" alone above its table;
EMBC: its one start "**2:30 PM, 16 July | …**" above its table of durations, which start no slot of their own;
DragonPy: rows of two rooms, a workshop's rows one slot; ICMT: a session's description among its talks; CCDL: its
"| 5:00 PM | End |" rows end the slot before, no item; EDTM: the unclosed "**6:15pm Shuttle bus …" line, unread;
Shonan: three "9-10:00" ranges (an hour without minutes); NeuroHackWeek 2017: six rows of two rooms, nine slots (a
cell written again in the next row is one); BilboStack 2025: seven rows of two rooms, eleven slots, and its copy for
phones (seven one-cell tables) not read again; SEUH 2022: its two "| 17:30 | Ende |  |" rows end the row before,
no item; Science of science 2024: the two talks its `9:45~10:45 招待講演` heading lists as two includes (the
pattern counts its headings and poster rows: a heading with one include is that talk); n8n JPJ 2026: its facts
table's `| **Masa** | 9.00 pagi – 5.00 petang |` (the course's hours, no slot); INR 2023 (both): days as columns,
two slots a row, and each day's `Finished` row no slot (it ends the day's last); IICCSSS 2023: days as columns,
up to five slots a row; Critique digitale 2021: five empty rows (`| 15:00 |   |`), no slot;
SciPy LA 2015: a workshop's cell written again on the next row is one slot (twice), a room's `-` cell none, a
break alone beside a dashed room one slot."""


@pytest.mark.parametrize("name", [name for name in bench.CONTEXTS if name not in _NOT_COUNTED])
def test_real_page_reads_every_slot_an_independent_pattern_counts(name: str) -> None:
    text = (PAGES / name).read_text(encoding="utf-8")

    program = SchedulePageReader().read(text, source=name, context=bench.context(name))

    assert len(program.items) == bench.slots_in_source(text, name)


def test_papers_without_times_under_a_session_row_are_the_sessions_in_order() -> None:
    # CHAI 2022: | **10:00 - 10:45** | **Session 1** | **Mental Models** | then | | A and B | [Title](…) |
    text = (PAGES / "chai-2022.md").read_text(encoding="utf-8")

    program = SchedulePageReader().read(text, source="c.md", context=bench.context("chai-2022.md"))

    by_line = {item.source.line: item for item in program.items}
    first, again = by_line[19], by_line[23]
    assert (first.title, again.title) == ("Session 1: Mental Models", "Session 1: Mental Models (Continued)")
    assert [by_line[line].sessions for line in (20, 21, 24, 25)] == [(first.id,)] * 2 + [(again.id,)] * 2
    assert all(by_line[line].start is None and by_line[line].day == date(2022, 10, 16) for line in (20, 21))
    assert [item.source.line for item in program.items][:4] == [18, 19, 20, 21]
    assert not any(": note: not placed:" in line for line in program.reading)
    assert "papers under a session row" in program.reading[0]


def test_time_and_speaker_line_then_its_title_on_the_next_line() -> None:
    # ITP school 2023: "* 15:30-15:55: Name:" then the title, indented, on the next line.
    text = (PAGES / "itp-school-2023-contributed.md").read_text(encoding="utf-8")
    name = "itp-school-2023-contributed.md"

    program = SchedulePageReader().read(text, source=name, context=bench.context(name))

    talks = [(item.source.line, item.people) for item in program.items if item.people]
    assert talks == [(line, (speaker,)) for line, speaker in ITP_SPEAKERS.items()]
    assert program.items[8].title == "LISA: A modern proof system"
    assert not any(": note: not placed:" in line for line in program.reading)


def test_reversed_row_read_and_lines_not_placed_listed() -> None:
    text = (PAGES / "atelier-lean-2023.md").read_text(encoding="utf-8")

    program = SchedulePageReader().read(text, source="a.md", context=bench.context("atelier-lean-2023.md"))

    assert [line for line in program.reading if "not placed" in line and line.startswith("a.md")] == [
        "a.md:12: note: not placed: '| | Lunch |'",
        "a.md:13: note: not placed: '| 15-?? | | Hacking session |'",
        # line 15's '---' is a Markdown rule between blocks: no line of the schedule to place (AMTE 2021)
        # outside the schedule, but a line with a time range is listed, never only counted
        "a.md:33: note: not placed: 'Three talks (Tue 10.30-11.15 and 12.30-13.15; Wed 10.30-12.00) are devoted to g…'",
    ]


def test_a_length_note_inline_code_and_who_is_there_words_are_neither_title_nor_people() -> None:
    # Alchemistry "*Break (30 min)*", IROS "Title* <br> (20 mins + 5 mins Q&A)", Atelier "`simp`",
    # paleoHack "| Teams |" and "| All |" in the Speaker column.
    assert [
        read_slot_text(text).title for text in ("Break (30 min)", "Lunch (1h 30min)", "On X (20 mins + 5 mins Q&A)")
    ] == [
        "Break",
        "Lunch",
        "On X",
    ]
    assert read_slot_text("Part (2)").title == "Part (2)"
    assert clean("| <p>`library_search`, `simp`, tactics</p> |").text == "| library_search, simp, tactics |"
    assert names_in("Teams") is None and names_in("All") is None


def test_pipe_table_padded_with_tabs_read_like_spaces() -> None:
    # SIB's course schedule pads its cells with tabs: "| Session 1 \t| 9:00 AM  \t| …"
    text = (PAGES / "sib-containers-course_schedule.md").read_text(encoding="utf-8")
    rows = [line for line in text.split("\n") if line.startswith("|") and re.search(r"\d:\d\d", line)]
    # the trial's reproducer, with a third row: three start times make a schedule, spaces or tabs
    reproducer = (
        "| Time \t| Topic \t|\n|------\t|-------\t|\n"
        "| 9:00 AM \t| Intro \t|\n| 10:30 AM \t| Break \t|\n| 11:00 AM \t| Talk \t|\n"
    )

    program = SchedulePageReader().read(text, source="sib", context=bench.context("sib-containers-course_schedule.md"))

    assert [reader.name for reader in detect_readers(reproducer)] == ["schedule-page"]
    assert len(program.items) == len(rows) == 7
    assert [item.label for item in program.items if item.label] == ["Session 1", "Session 2", "Session 3", "Session 4"]


def test_talks_inside_a_timed_slot_are_its_items_with_their_speakers_and_abstracts() -> None:
    # HAOC 2021: a slot's time and heading ("Paper Presentation Session I"), then per talk a title line, a line of
    # speakers with affiliations ("Yong Xu and Xu Zhang (Microsoft Research, …); Chuan Luo …") and an abstract.
    text = (PAGES / "haoc-2021.md").read_text(encoding="utf-8")

    program = SchedulePageReader().read(text, source="h.md", context=bench.context("haoc-2021.md"))

    by_line = {item.source.line: item for item in program.items}
    session, keynote, panel = by_line[70], by_line[27], by_line[253]
    assert [by_line[line].sessions for line in (77, 95)] == [(session.id,), (session.id,)]
    assert by_line[34].sessions == (keynote.id,)
    assert (by_line[34].kind.value, by_line[34].people) == ("keynote", ("Haryadi Gunawi",))
    assert (by_line[34].abstract or "").startswith("As more data and computation move from local to cloud")
    assert by_line[214].people == ("Kay Ousterhout",)  # "Kay Ousterhout, LightStep": the company is no person
    assert panel.people == ("John Wilkes", "Evangelia Kalyvianaki", "Jonathan Mace", "Noa Zilberman", "Yonatan Zunger")
    assert [line for line in program.reading if ": note: not placed:" in line] == [
        "h.md:74: note: not placed: '------'",
        "h.md:164: note: not placed: '------'",
    ]


def test_a_speakers_list_after_the_last_slot_is_no_talk() -> None:
    lines = ["9:00 - 9:30 Opening", "9:30 - 10:00 Invited talk (Lovelace)", "Speakers", "Ada Lovelace, Engines Ltd"]

    read = read_schedule_lines(
        [Line(number, text) for number, text in enumerate(lines, start=1)],
        ReadContext(first_date=date(2025, 6, 14), timezone=ZoneInfo("Europe/London")),
        source="t.md",
    )

    assert [item.title for item in read.items] == ["Opening", "Invited talk"]


def test_session_headings_with_their_time_in_brackets_and_the_talks_listed_under_them() -> None:
    # ICMT 2018: <h2>June 25th, Monday</h2>, <h3>Model transformation reuse (Session #2: 11.00 - 12.30)</h3>,
    # <h4>Session chair: Massimo Tisi</h4>, then <li>Title.<newline>Authors</li> or <li>Title. Author.</li>
    text = (PAGES / "icmt-2018.md").read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text[:2000])] == ["schedule-page"]

    program = SchedulePageReader().read(text, source="i.md", context=bench.context("icmt-2018.md"))

    by_line = {item.source.line: item for item in program.items}
    reuse, education = by_line[18], by_line[84]
    # the session names no one else: its chair line gives its people, as chairs (`Role`: one role an item)
    assert (reuse.label, reuse.people, reuse.role) == ("Session #2", ("Massimo Tisi",), Role.CHAIR)
    assert [by_line[line].sessions for line in (22, 28, 33)] == [(reuse.id,)] * 3
    assert (by_line[94].title, by_line[94].people) == ("Is bidirectionality important?", ("Perdita Stevens",))
    assert (education.abstract or "").startswith("This interactive session is centered around current practices")
    assert program.reading[:2] == (
        "22 items, 42 people; shape: headings with their time in brackets",
        "0 lines inside the schedule not placed, 6 outside it",
    )


def test_a_table_column_no_field_reads_is_said_as_not_read() -> None:
    lines = ["# Day", "", "| Time | Session | Sponsor |", "|---|---|---|", "| 09:00-09:30 | Opening | ACME |"]

    read = read_schedule_lines(
        [Line(number, text) for number, text in enumerate(lines, 1)],
        ReadContext(first_date=date(2025, 1, 1), timezone=ZoneInfo("UTC")),
        source="p.md",
    )

    assert [item.title for item in read.items] == ["Opening"]
    assert "p.md:3: note: column not read: 'Sponsor'" in read.notes


def test_chair_parts_of_a_session_cell_name_its_chair_without_the_label() -> None:
    # RECOMB 2026: "**Session 10: Phylogeny II**<br>**Chair: Chair: Brona Brejova**<br>Paper — *Dai et al.*"
    text = (PAGES / "recomb2026-program.md").read_text(encoding="utf-8")

    program = SchedulePageReader().read(text, source="r.md", context=bench.context("recomb2026-program.md"))

    session = next(item for item in program.items if item.source.line == 55)
    # the chair is the people's role, not the session's kind label (it was printed "Chair: Session 10 …")
    assert (session.title, session.people, session.label, session.role) == (
        "Session 10: Phylogeny II",
        ("Brona Brejova",),
        None,
        Role.CHAIR,
    )
    assert not any("Chair" in name for item in program.items for name in item.people)


def test_a_zone_after_every_time_is_the_pages_and_italic_authors_affiliations_are_nobody() -> None:
    # TPBC 2021: `* **16:30 UTC:** FairMM: …` / `*Michele Ciampi, …*` / `The University of Edinburgh, …, Purdue …`.
    text = (PAGES / "tpbc2021-program.md").read_text(encoding="utf-8")

    program = SchedulePageReader().read(text, source="t.md", context=bench.context("tpbc2021-program.md"))

    assert program.timezone == "UTC"
    assert "zone: UTC (from the times: 'UTC' after them, line 26; pass --timezone for another place)" in program.reading
    fairmm = next(item for item in program.items if item.title.startswith("FairMM"))
    assert fairmm.people == (
        "Michele Ciampi",
        "Muhammad Ishaq",
        "Malik Magdon-Ismail",
        "Rafail Ostrovsky",
        "Vassilis Zikas",
    )
    # each week's "*Session chair: …*" line, after its day heading, is listed, not the last week's last slot's
    assert program.reading[1] == "7 lines inside the schedule not placed, 18 outside it"
    assert not any(item.label for item in program.items)
