"""Session 11's spreadsheets, counted from the files with csv and calamine for the fidelity bench.

RSAfrica 2026 (a CMT export given DAY, START_TIME, END_TIME; an excerpt), Beyond Backprop 2020 (a
headerless sheet read with a column mapping), BiomedVis 2024 (weekdays) and PROBPROG 2021 (starts in
three zone columns, days in rows of their own). Each expected item: (title, start, end, people).
"""

from __future__ import annotations

import csv
import re
from datetime import date, datetime, timedelta
from pathlib import Path
from zoneinfo import ZoneInfo

from python_calamine import CalamineWorkbook
from spreadsheet_written import Expected

from program.readers.base import ReadContext

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "spreadsheets"


def _at(day: date, clock: str, zone: ZoneInfo) -> datetime:
    hour, minute = clock.strip().split(":")
    return datetime(day.year, day.month, day.day, int(hour), int(minute), tzinfo=zone)


def _zone(context: ReadContext) -> ZoneInfo:
    assert context.timezone is not None
    return context.timezone


def _authors(cell: str) -> tuple[str, ...]:
    """CMT's "Name (Affiliation)*; …" or "A and B": the names, brackets (nested too), marks and honorifics left out."""
    while (bare := re.sub(r"\([^()]*\)", "", cell)) != cell:
        cell = bare
    names = (" ".join(piece.replace("*", " ").split()) for piece in re.split(r";|\band\b", cell))
    return tuple(re.sub(r"^(?:A/Prof|Prof\.?|Dr\.?)\s+", "", name) for name in names if name)


def rsafrica(context: ReadContext) -> Expected:
    """Each record at its DAY (day 1 the first day) and times; Paper Title the title, Authors the people."""
    with (DATA / "rsafrica26-program-excerpt.csv").open(encoding="utf-8", newline="") as file:
        records = list(csv.DictReader(file))
    assert context.first_date is not None
    expected = []
    for record in records:
        day = context.first_date + timedelta(days=int(record["DAY"]) - 1)
        start, end = _at(day, record["START_TIME"], _zone(context)), _at(day, record["END_TIME"], _zone(context))
        title = " ".join(record["Paper Title"].replace("\xa0", " ").split())
        expected.append((title, start, end, _authors(record["Authors"])))
    return expected


_INVITED = frozenset({"6:15", "6:45", "8:30", "11:00", "11:32", "13:15", "13:45"})
"""Beyond Backprop's invited talks (column B their speaker, D the title), by start: the page's speakers list."""


def beyond_backprop(context: ReadContext) -> Expected:
    """An invited talk's B and D the other way round; a paper's D its authors; a Q&A's D "with A, B and C"."""
    rows = CalamineWorkbook.from_path(DATA / "beyondbackprop2020-schedule.xlsx").get_sheet_by_index(0).to_python()
    assert context.first_date is not None
    expected = []
    for row in rows:
        start, end = str(row[0]).split(" - ")
        b, d = str(row[1]).strip(), str(row[3]).strip()
        if start in _INVITED:
            title, people = d, (b,)
        elif d.startswith("with "):
            title, people = b, tuple(name.strip() for name in re.split(r",| and ", d[5:]) if name.strip())
        else:
            title, people = b, tuple(name.strip() for name in d.split(",") if name.strip())
        day = context.first_date
        expected.append((title, _at(day, start, _zone(context)), _at(day, end, _zone(context)), people))
    return expected


def biomedvis(context: ReadContext) -> Expected:
    """The titled rows, on the week's Tuesday or Wednesday; a speaker with their affiliation ("Organizers" nobody)."""
    with (DATA / "biomedvis2024-program.csv").open(encoding="utf-8-sig", newline="") as file:
        records = [record for record in csv.DictReader(file) if record["title"]]
    assert context.first_date is not None
    days = {"Tuesday": context.first_date, "Wednesday": context.first_date + timedelta(days=1)}
    expected = []
    for record in records:
        name = record["name"] if record["name"] != "Organizers" else ""
        people = (f"{name} [{record['affiliation']}]" if record["affiliation"] else name,) if name else ()
        day = days[record["day"]]
        expected.append(
            (
                record["title"],
                _at(day, record["start"], _zone(context)),
                _at(day, record["end"], _zone(context)),
                people,
            )
        )
    return expected


def probprog(context: ReadContext) -> Expected:
    """Rows under their day's row, at the EDT column's time (the zone the first row names), the End rows left out.

    The panel's people are in its block's own `Panelists` column (names with their institutions in brackets).
    """
    with (DATA / "probprog2021-schedule.csv").open(encoding="utf-8", newline="") as file:
        rows = list(csv.reader(file))
    new_york, day, panel = ZoneInfo("America/New_York"), date(2021, 10, 20), False
    expected: Expected = []
    for row in rows:
        filled = [cell for cell in row if cell]
        if len(filled) == 1:
            day = datetime.strptime(f"{filled[0].split(' / ')[0]} 2021", "%A %d %B %Y").date()
            continue
        if not filled or row[4] == "**End**" or row[0] == "BST":
            panel = panel if not filled or row[0] != "BST" else row[6] == "Panel Title"
            continue
        if panel and row[8]:
            people = tuple(re.sub(r"\s*\(.*?\)", "", name).strip() for name in row[8].split(","))
        elif row[9]:
            people = (f"{row[6]} [{row[8]}]",)
        else:
            people = tuple(name.strip() for name in row[6].split("&") if name.strip())
        start = _at(day, row[1], new_york)
        expected.append(
            (
                row[9] or row[4].replace("**", "").strip().rstrip(":"),
                start,
                start + timedelta(minutes=int(row[3])),
                people,
            )
        )
    return expected


def ehec(context: ReadContext) -> Expected:
    """The EHEC seminars: `4/15/26` and `2:00 PM EDT`, read in New York's zone; the presenter without the bracket."""
    del context  # the times name their zone
    with (DATA / "ehec2026-schedule.csv").open(encoding="utf-8", newline="") as file:
        records = list(csv.DictReader(file))
    expected = []
    for record in records:
        month, day, year = (int(part) for part in record["Date"].split("/"))
        clock = datetime.strptime(record["Time"].removesuffix(" EDT"), "%I:%M %p")
        start = datetime(2000 + year, month, day, clock.hour, clock.minute, tzinfo=ZoneInfo("America/New_York"))
        expected.append((record["Title"], start, None, (record["Presenter"].split(" (")[0],)))
    return expected
