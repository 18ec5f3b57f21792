"""Penguicon 2019's three CSVs (trial 7), counted with the csv module for the fidelity bench, not with `program`.

The full schedule and Google Calendar's import CSV write dates month first (`5/3/2019` is 3 May;
Google documents MM/DD/YYYY); the Sched.com export writes `2019-05-03 16:00:00`. Every end is
on its own written date (the 48-hour items end on 5/5). Sched's two rows timed `2019-05-03 TBA`
are left out: no time can be read from them (the reader says so, `unreadable-row`).
"""

from __future__ import annotations

import csv
import html
from datetime import datetime
from pathlib import Path

from spreadsheet_written import Expected

from program.readers.base import ReadContext

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "spreadsheets"


def _records(name: str) -> list[dict[str, str]]:
    with (DATA / name).open(encoding="utf-8", newline="") as file:
        return list(csv.DictReader(file))


def _names(cell: str) -> tuple[str, ...]:
    """A people cell's names: comma-separated, entities unescaped, spaces collapsed."""
    return tuple(" ".join(name.split()) for name in html.unescape(cell).split(",") if name.strip())


def _moment(day: str, clock: str, context: ReadContext) -> datetime:
    return datetime.strptime(f"{day} {clock}", "%m/%d/%Y %H:%M").replace(tzinfo=context.timezone)


def full_schedule(context: ReadContext) -> Expected:
    """penguicon2019-fullschedule.csv: Start Date + Start Time to End Date + End Time, Presenters."""
    return [
        (
            record["Title"],
            _moment(record["Start Date"], record["Start Time"], context),
            _moment(record["End Date"], record["End Time"], context),
            _names(record["Presenters"]),
        )
        for record in _records("penguicon2019-fullschedule.csv")
    ]


def google_calendar(context: ReadContext) -> Expected:
    """penguicon2019-tech-gcal.csv: Subject, month-first dates; its people are only in the descriptions."""
    return [
        (
            record["Subject"],
            _moment(record["Start Date"], record["Start Time"], context),
            _moment(record["End Date"], record["End Time"], context),
            None,
        )
        for record in _records("penguicon2019-tech-gcal.csv")
    ]


def sched(context: ReadContext) -> Expected:
    """penguicon2019-sched.csv: name, event_start to event_end, speakers; the two TBA rows left out."""

    def moment(text: str) -> datetime:
        return datetime.strptime(text, "%Y-%m-%d %H:%M:%S").replace(tzinfo=context.timezone)

    return [
        (record["name"], moment(record["event_start"]), moment(record["event_end"]), _names(record["speakers"]))
        for record in _records("penguicon2019-sched.csv")
        if "TBA" not in record["event_start"]
    ]
