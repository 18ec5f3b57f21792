"""Trial 9's spreadsheets (tests/data/spreadsheets: mleval2022, reincarnating-rl2023, mutation2024).

Expectations written by hand from the files. The two al-folio workshop sites keep their
schedule as `start,end,categories,title,desc` and print `<strong>{{categories}}</strong>
{{title}}<br/>{{desc}}`: a talk's `title` is its speaker and `desc` its title, a panel's
`title` its topic and `desc` its panelists, a break's text is in `categories` alone.
mleval2022 (ICLR 2022 ML Evaluation Standards, "Time (UTC)", April 29th) has 17 rows,
reincarnating-rl2023 (ICLR 2023, Kigali, "Time (CAT)", May 4th) 12. Mutation 2024 (at ICST,
28 May 2024) writes `(GMT+1 Time)` under its header, chairs as `(Chair) Renzo Degiovanni`,
HTML in its titles and "Prof." before its keynote speaker. VLDB 2014's workbook (as .xls, and
the .xlsx seen before) keeps its 165 papers in a sheet of their own.
"""

from __future__ import annotations

import io
import zipfile
from datetime import date, datetime, timedelta, timezone
from zoneinfo import ZoneInfo

import pytest
from python_calamine import CalamineWorkbook

from program.errors import UsageError
from program.model import Kind, Role
from program.readers.base import ReadContext
from program.readers.workbook import WorkbookReader
from spreadsheet_files import DATA, read_csv, read_workbook

UTC = ZoneInfo("UTC")
KIGALI = ZoneInfo("Africa/Kigali")
TORONTO = ZoneInfo("America/Toronto")

# line: (start, end, title, people) as the site shows them, from _data/schedule.csv
MLEVAL = [
    ("12:00", "12:15", "Welcome Note", ()),
    (
        "12:15",
        "13:00",
        "The challenges of open evaluation at Hugging Face: from open-source evaluation libraries to evaluating "
        "+30k hosted models and models of 176B parameters",
        ("Thomas Wolf",),
    ),
    ("13:00", "13:45", "Improving Optimizer Evaluation in Deep Learning", ("Frank Schneider",)),
    ("13:45", "14:30", "A Statistical Analysis of Automatic Evaluation Metrics for Summarization", ("Rotem Dror",)),
    ("14:30", "14:50", "Contributed Talks (x2)", ()),
    (
        "14:50",
        "15:50",
        "Reproducibility and Rigor in ML",
        ("Rotem Dror", "Sara Hooker", "Koustuv Sinha", "Frank Schneider", "Gaël Varoquaux"),
    ),
    ("15:50", "16:35", "1st Poster Session", ()),
    ("16:35", "17:20", "AI Advance and the Paradox of Sustained Innovation", ("James Evans",)),
    (
        "17:20",
        "18:20",
        "Slow vs Fast Science",
        ("Michela Paganini", "Chelsea Finn", "James Evans", "Russel Poldrack", "Oriol Vinyals"),
    ),
    ("18:20", "18:50", "Coffee Break", ()),
    (
        "18:50",
        "19:35",
        "Beyond Accuracy: How to Evaluate Understanding on Conceptual Abstraction Benchmarks",
        ("Melanie Mitchell",),
    ),
    ("19:35", "20:20", "A framework for improved ML evaluations", ("Katherine Heller",)),
    (
        "20:20",
        "21:05",
        "Inconsistency in Conference Peer Review: Revisiting the 2014 NeurIPS Experiment",
        ("Corinna Cortes",),
    ),
    ("21:05", "21:35", "Contributed Talks (x3)", ()),
    (
        "21:35",
        "22:35",
        "Incentives for better evaluation",
        ("Corinna Cortes", "John Langford", "Kyunghyun Cho", "Yoshua Bengio"),
    ),
    ("22:35", "23:35", "2nd Poster Session", ()),
    ("23:35", "23:50", "Closing Remarks", ()),
]

REINCARNATING = [
    ("09:00", "09:10", "Introduction", ()),
    ("09:10", "09:40", "Human-Timescale Adaptation in an Open-Ended Task Space", ("Avishkar Bhoopchand",)),
    ("09:40", "10:30", "Oral Presentations (x5)", ()),
    ("10:30", "11:05", "Spotlight Presentations (x7)", ()),
    ("11:05", "13:00", "Poster Session", ()),
    ("13:00", "14:00", "Lunch Break", ()),
    ("14:00", "14:30", "Skill Reuse in Deep Reinforcement Learning", ("Joseph Lim",)),
    ("14:30", "15:00", "Adaptable Reinforcement Learning in An Ever-Changing World", ("Furong Huang",)),
    ("15:00", "15:30", "RL for Chip Design / LLMs", ("Anna Goldie",)),
    ("15:30", "16:00", "Leveraging Offline Datasets / Foundation Models for Real-World RL", ("Sergey Levine",)),
    (
        "16:00",
        "16:50",
        "Challenges & Open Problems in Reusing Prior Computation",
        (
            "Joseph Lim",
            "Furong Huang",
            "Marc G Bellemare",
            "Anna Goldie",
            "Avishkar Bhoopchand",
            "Linxi Fan",
            "Jeff Clune",
        ),
    ),
    ("16:50", "17:00", "Closing Remarks", ()),
]


def _at(day: date, clock: str, zone: ZoneInfo) -> datetime:
    hours, minutes = map(int, clock.split(":"))
    return datetime(day.year, day.month, day.day, hours, minutes, tzinfo=zone)


@pytest.mark.parametrize(
    ("name", "zone", "day", "expected"),
    [
        ("mleval2022-schedule.csv", UTC, date(2022, 4, 29), MLEVAL),
        ("reincarnating-rl2023-schedule.csv", KIGALI, date(2023, 5, 4), REINCARNATING),
    ],
)
def test_a_title_column_of_speakers_is_read_as_speakers_and_every_slot_kept(
    name: str, zone: ZoneInfo, day: date, expected: list[tuple[str, str, str, tuple[str, ...]]]
) -> None:
    program = read_csv(name, timezone=zone, first_date=day)
    got = [(item.start, item.end, item.title, item.people) for item in program.items]
    want = [(_at(day, start, zone), _at(day, end, zone), title, people) for start, end, title, people in expected]
    assert got == want
    assert not any(line.startswith("skipped") for line in program.reading)
    assert "columns: start → start, end → end, categories → kind, title → people, desc → title" in program.reading


def test_the_category_is_the_label_and_a_category_alone_the_title() -> None:
    program = read_csv("mleval2022-schedule.csv", timezone=UTC, first_date=date(2022, 4, 29))
    by_title = {item.title: item for item in program.items}
    talk = by_title["Improving Optimizer Evaluation in Deep Learning"]
    assert (talk.label, talk.kind) == ("Invited Talk", Kind.INVITED_TALK)  # "Invited Talk:" written as a lead-in
    assert by_title["Slow vs Fast Science"].label == "Panel"
    assert (by_title["Coffee Break"].kind, by_title["Coffee Break"].label) == (Kind.BREAK, None)
    said = next(line for line in program.reading if line.startswith("'title' holds people's names"))
    assert "7 of the 10 rows" in said and "in 3 rows 'desc' lists people" in said


MUTATION = [
    ("09:30", "09:35", "Opening", (), Role.SPEAKER),
    ("09:35", "10:30", "Keynote: Mutation for AI and with AI", ("Jie M. Zhang",), Role.SPEAKER),
    ("11:00", "12:30", "Session 1", ("Renzo Degiovanni",), Role.CHAIR),
    ("12:30", "14:00", "Lunch (90 min)", (), Role.SPEAKER),
    ("14:00", "15:30", "Session 2", ("Renzo Degiovanni",), Role.CHAIR),
    ("16:00", "17:30", "Best paper award, dicussion and closing", ("Renzo Degiovanni",), Role.CHAIR),
]
MUTATION_PAPERS = [
    "Mutant-Kraken: A Mutation Testing Tool for Kotlin",
    "Timed Model-Based Mutation Operators for Simulink Models",
    "Improving the Efficacy of Testing Scientific Software: Insights from Mutation Testing",
    "Test Harness Mutilation",
    "An Empirical Evaluation of Manually Created Equivalent Mutants",
    "A Study of Flaky Failure De-Duplication to Identify Unreliably Killed Mutants",
]


def test_mutation_titles_without_markup_chairs_as_chairs_no_honorific() -> None:
    program = read_csv("mutation2024-program.csv", timezone=TORONTO, first_date=date(2024, 5, 28))
    day = date(2024, 5, 28)
    timed = [(item.start, item.end, item.title, item.people, item.role) for item in program.items if item.start]
    assert timed == [
        (_at(day, start, TORONTO), _at(day, end, TORONTO), title, people, role)
        for start, end, title, people, role in MUTATION
    ]
    untimed = [item for item in program.items if item.start is None]
    assert [item.title for item in untimed] == MUTATION_PAPERS
    assert untimed[0].people == ("Josue Morales", "Lin Deng", "Josh Dehlinger", "Suranjan Chakraborty")
    assert all(item.role is Role.SPEAKER for item in untimed)


def test_mutation_zone_row_is_read_not_skipped() -> None:
    """Without --timezone the sheet's `(GMT+1 Time)` is the zone, a fixed offset, said; with one, a clash is said."""
    program = read_csv("mutation2024-program.csv", first_date=date(2024, 5, 28))
    opening = program.items[0]
    assert opening.start == datetime(2024, 5, 28, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    warning = next(problem for problem in program.problems if problem.code == "no-time-zone")
    assert "'(GMT+1 Time)'" in warning.message and "UTC+01:00, a fixed UTC offset" in warning.message
    assert warning.source is not None and warning.source.line == 2
    assert "read: mutation2024-program.csv:2 ('(GMT+1 Time)': the times' zone)" in program.reading
    assert not any("section row" in line for line in program.reading)

    given = read_csv("mutation2024-program.csv", timezone=TORONTO, first_date=date(2024, 5, 28))
    clash = next(problem for problem in given.problems if problem.code == "zone-offset-mismatch")
    assert "(UTC+01:00)" in clash.message and "America/Toronto, is UTC-04:00 on 2024-05-28" in clash.message


def test_mutation_without_date_asks_only_for_the_date() -> None:
    with pytest.raises(UsageError) as raised:
        read_csv("mutation2024-program.csv")
    assert "--date" in str(raised.value) and "--timezone" not in str(raised.value)


@pytest.mark.parametrize("name", ["vldb2014-program.xls", "vldb-2014-program.xlsx"])
def test_vldb_paper_sheet_is_read_as_the_programs_papers(name: str) -> None:
    """VLDB 2014's `Sheet4`, `Session Num | Paper Title | Author Names`: 165 papers, "Name*, Affiliation; …"."""
    rows = CalamineWorkbook.from_path(DATA / name).get_sheet_by_name("Sheet4").to_python()
    titled = [row for row in rows[1:] if str(row[1]).strip()]
    program = read_workbook(name, timezone=ZoneInfo("Asia/Shanghai"), first_date=date(2014, 9, 2))
    papers = program.papers

    assert len(papers) == len(titled) == 165
    assert len(program.items) == 73  # the three day grids, as before
    assert (papers[0].title, papers[0].authors) == (
        "Counting and Sampling Triangles from a Graph Stream",
        (
            "Pavan Aduri [Iowa State University]",
            "Kanat Tangwongsan [IBM T. J. Watson Research Center]",
            "Srikanta Tirthapura [Iowa State University]",
            "Kun-Lung Wu [IBM T.J. Watson Research Center]",
        ),
    )
    assert papers[6].authors[2] == "Wenjie Zhang"  # "Wenjie Zhang, ": no affiliation
    assert (papers[-1].title, papers[-1].authors[-2:]) == (
        "MaaT: Effective and scalable coordination of distributed transactions in the cloud",
        ("Divyakant Agrawal", "Amr El Abbadi"),
    )
    said = [line for line in program.reading if line.startswith("sheet 'Sheet4'")]
    assert said[0] == "sheet 'Sheet4': 165 papers (a paper list: Paper Title → title, Author Names → authors)"
    assert "sheet 'Sheet4': not read: Session Num" in said
    assert not any("skipped: sheet 'Sheet4'" in line for line in program.reading)


def _xlsx(rows: list[list[str]]) -> bytes:
    """A one-sheet .xlsx of inline strings (no library here writes one)."""
    cells = "".join(
        f'<row r="{r}">'
        + "".join(
            f'<c r="{chr(65 + c)}{r}" t="inlineStr"><is><t>{value}</t></is></c>' for c, value in enumerate(row) if value
        )
        + "</row>"
        for r, row in enumerate(rows, 1)
    )
    main = "http://schemas.openxmlformats.org/spreadsheetml/2006/main"
    rel = "http://schemas.openxmlformats.org/officeDocument/2006/relationships"
    package = "http://schemas.openxmlformats.org/package/2006/relationships"
    parts = {
        "[Content_Types].xml": (
            '<Types xmlns="http://schemas.openxmlformats.org/package/2006/content-types">'
            '<Default Extension="rels" ContentType="application/vnd.openxmlformats-package.relationships+xml"/>'
            '<Default Extension="xml" ContentType="application/xml"/>'
            '<Override PartName="/xl/workbook.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.sheet.main+xml"/>'
            '<Override PartName="/xl/worksheets/sheet1.xml" '
            'ContentType="application/vnd.openxmlformats-officedocument.spreadsheetml.worksheet+xml"/></Types>'
        ),
        "_rels/.rels": (
            f'<Relationships xmlns="{package}"><Relationship Id="rId1" '
            f'Type="{rel}/officeDocument" Target="xl/workbook.xml"/></Relationships>'
        ),
        "xl/workbook.xml": (
            f'<workbook xmlns="{main}" xmlns:r="{rel}"><sheets>'
            '<sheet name="Program" sheetId="1" r:id="rId1"/></sheets></workbook>'
        ),
        "xl/_rels/workbook.xml.rels": (
            f'<Relationships xmlns="{package}"><Relationship Id="rId1" '
            f'Type="{rel}/worksheet" Target="worksheets/sheet1.xml"/></Relationships>'
        ),
        "xl/worksheets/sheet1.xml": f'<worksheet xmlns="{main}"><sheetData>{cells}</sheetData></worksheet>',
    }
    data = io.BytesIO()
    with zipfile.ZipFile(data, "w") as book:
        for name, content in parts.items():
            book.writestr(name, content)
    return data.getvalue()


def test_a_workbook_sheets_zone_row_is_its_zone_too() -> None:
    """Mutation 2024's first rows as a workbook sheet: the zone row is read there as in the CSV."""
    data = _xlsx([["Time", "Title", "Authors"], ["(GMT+1 Time)"], ["09:30-09:35", "Opening"]])
    program = WorkbookReader().read_bytes(data, source="m.xlsx", context=ReadContext(first_date=date(2024, 5, 28)))

    assert program.items[0].start == datetime(2024, 5, 28, 9, 30, tzinfo=timezone(timedelta(hours=1)))
    assert [problem.code for problem in program.problems] == ["no-time-zone"]
    given = WorkbookReader().read_bytes(
        data, source="m.xlsx", context=ReadContext(timezone=TORONTO, first_date=date(2024, 5, 28))
    )
    assert [problem.code for problem in given.problems] == ["zone-offset-mismatch"]
