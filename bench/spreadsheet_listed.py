"""What eight real sheets of tests/data/spreadsheets hold, listed with csv and python-calamine, not with program.

IEEE VR 2024, the Whova agenda template, PyConES 2020, ORConf 2019, SNLab's summer school, RECOMB
2026's posters, eRum 2016 and ACML's OAMLS 2021: each function lists a file's items as
(title, start, end, people) by the rules written in it; `spreadsheet_fidelity.py` compares the
readers' items with them.
"""

from __future__ import annotations

import csv
import html
import re
from datetime import datetime
from pathlib import Path

from python_calamine import CalamineWorkbook
from spreadsheet_written import ERUM_PROGRAM, Expected, at, written

from program.readers.base import ReadContext

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "spreadsheets"


def records(name: str, delimiter: str = ",") -> list[dict[str, str]]:
    """A CSV file's rows as dicts by its header."""
    with (DATA / name).open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file, delimiter=delimiter))


def ieeevr(context: ReadContext) -> Expected:
    """Each paper at its session's times (papers.csv's `session` is sessions.csv's `id`); sessions without papers."""
    zone = context.timezone
    assert zone is not None
    sessions = {record["id"]: record for record in records("ieeevr-2024-sessions.csv")}
    papers = records("ieeevr-2024-papers.csv")

    def when(session: dict[str, str], key: str) -> datetime:
        return at(datetime.strptime(session["day"], "%A, %d %B %Y").date(), session[key], zone)

    rows: Expected = [
        # `Hap&#39;n&#39;Roll`: the apostrophes the program's page shows
        (" ".join(html.unescape(paper["title"]).split()), when(session, "starttime"), when(session, "endtime"), ())
        for paper in papers
        for session in [sessions[paper["session"]]]
    ]
    named = {paper["session"] for paper in papers}
    rows += [
        (session["name"], when(session, "starttime"), when(session, "endtime"), ())
        for key, session in sessions.items()
        if key not in named
    ]
    return sorted(rows, key=lambda row: row[1] or datetime.max.replace(tzinfo=zone))  # by start, file order kept


def whova(context: ReadContext) -> Expected:
    """The rows under the second header (not the template's samples); an end before its start is none."""
    zone = context.timezone
    assert zone is not None
    rows = CalamineWorkbook.from_path(DATA / "whova-template-agenda.xls").get_sheet_by_name("Agenda").to_python()
    headers = [index for index, row in enumerate(rows) if row[0] == "*Date"]
    expected: Expected = []
    for row in rows[headers[-1] + 1 :]:
        day = datetime.strptime(str(row[0]), "%m/%d/%Y").date()
        start, end = at(day, str(row[1]), zone, "%I:%M %p"), at(day, str(row[2]), zone, "%I:%M %p")
        expected.append((" ".join(str(row[3]).split()), start, end if end > start else None, ()))
    return expected


def pycones(context: ReadContext) -> Expected:
    """PyConES 2020's second day: one row a talk, start and end clock times on the first day given."""
    zone, day = context.timezone, context.first_date
    assert zone is not None and day is not None
    return [
        (
            record["title"],
            at(day, record["start"], zone),
            at(day, record["end"], zone),
            tuple(name.strip() for name in record["speaker"].split(" / ") if name.strip()),
        )
        for record in records("pycones2020-agenda-day2.csv")
    ]


def orconf2019(context: ReadContext) -> Expected:
    """Rows with a title below the header (row 3); Start/End "2019-09-27<NBSP>11:00"; people not compared."""
    zone = context.timezone
    assert zone is not None
    with (DATA / "orconf2019-schedule.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))[3:]

    def moment(cell: str) -> datetime:
        return datetime.strptime(cell.replace("\xa0", " "), "%Y-%m-%d %H:%M").replace(tzinfo=zone)

    return [(" ".join(row[5].split()), moment(row[1]), moment(row[2]), None) for row in rows if row[5]]


def snlab(context: ReadContext) -> Expected:
    """A week grid: `Time | Monday 12* | … | Friday 16` (February 2024), "9.00-10.15" rows, '-' for an empty slot."""
    zone = context.timezone
    assert zone is not None
    with (DATA / "snlab-summerschool-program.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))[1:]
    expected: Expected = []
    for row in rows:
        times = [int(number) for number in re.findall(r"\d+", row[0])]
        for day, title in enumerate(row[1:6], start=12):
            if title != "-":
                start = datetime(2024, 2, day, times[0], times[1], tzinfo=zone)
                expected.append((title, start, datetime(2024, 2, day, times[2], times[3], tzinfo=zone), None))
    return expected


def recomb_posters(context: ReadContext) -> Expected:
    """Untimed posters: the title, and the authors split at commas and "and" (the cells wrap lines), no honorifics."""
    sheet = CalamineWorkbook.from_path(DATA / "recomb2026-accepted-posters.xlsx").get_sheet_by_name("Submissions")
    header, *rows = sheet.to_python()
    column = {name: index for index, name in enumerate(header)}
    expected: Expected = []
    for row in rows:
        title, authors = (" ".join(str(row[column[name]]).split()) for name in ("Title", "Authors"))
        if title:
            names = re.split(r",\s*(?:and\s+)?|\s+and\s+", authors)
            # a name without its honorific ("Dr. Nikolaos Varkirlis", "Professor Aoife Mc Lysaght"), as people are named
            people = tuple(re.sub(r"^(?:Dr\.?|Prof\.?|Professor)\s+", "", name) for name in names if name)
            expected.append((title, None, None, people))
    return expected


def erum(context: ReadContext) -> Expected:
    """The eRum 2016 sheet "Program" written by hand, then "Talks and posters": untimed, one "Name Surname" a row."""
    sheet = CalamineWorkbook.from_path(DATA / "erum2016-preliminary_program.xlsx").get_sheet_by_name(
        "Talks and posters"
    )
    header, *rows = sheet.to_python()
    column = {name: index for index, name in enumerate(header)}
    return written(ERUM_PROGRAM, context) + [
        (
            " ".join(str(row[column["Title"]]).split()),
            None,
            None,
            (f"{row[column['Name']]} {row[column['Surname']]}".strip(),),
        )
        for row in rows
        if str(row[column["Title"]]).strip()
    ]


def acml_school(context: ReadContext) -> Expected:
    """ACML 2021's school: `start_at`/`end_at` as `2021-11-09 14:00:00 +08:00`, speakers joined by ", "."""

    def moment(cell: str) -> datetime:
        clock, offset = cell.rsplit(" ", 1)
        return datetime.fromisoformat(f"{clock.replace(' 9:', ' 09:')}{offset}")

    return [
        (record["title"], moment(record["start_at"]), moment(record["end_at"]), tuple(record["speaker"].split(", ")))
        for record in records("acml-oamls2021-schedule.csv")
    ]
