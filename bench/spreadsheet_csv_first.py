"""The first CSV files of the spreadsheet bench, their items worked out with the csv module (not program).

AWS re:Invent 2024's agenda, DVPW 2024's programme (one row per presenter), VivaTech 2017 and
Purplecon 2019; kept apart from bench/spreadsheet_fidelity.py, which imports them, for its length.
"""

from __future__ import annotations

import html
from datetime import date, datetime, timedelta

from spreadsheet_listed import records
from spreadsheet_written import Expected, at

from program.readers.base import ReadContext


def aws(context: ReadContext) -> Expected:
    """AWS re:Invent 2024: `Date`, `Time` as `8:00 AM - 9:00 AM` (an end before its start: the next day), `Event`."""
    zone = context.timezone
    assert zone is not None
    rows: Expected = []
    for record in records("aws-reinvent-2024-agenda.csv"):
        day = date.fromisoformat(record["Date"])
        start_text, end_text = record["Time"].split(" - ")
        start, end = at(day, start_text, zone, "%I:%M %p"), at(day, end_text, zone, "%I:%M %p")
        rows.append((record["Event"], start, end if end > start else end + timedelta(days=1), ()))
    return rows


def dvpw(context: ReadContext) -> Expected:
    """DVPW 2024: one row per presenter (`NA`: none), joined by date, time and title; `14:00-15:30 Uhr`."""
    zone = context.timezone
    assert zone is not None
    items: dict[tuple[str, str, str], list[str]] = {}
    for record in records("dvpw-2024-program-excerpt.csv"):
        names = items.setdefault((record["date"], record["time"], record["title"]), [])
        names += [record["presenter"]] if record["presenter"] != "NA" else []
    rows: Expected = []
    for (day_text, time_text, title), names in items.items():
        day = datetime.strptime(day_text, "%d.%m.%Y").date()
        start_text, end_text = time_text.removesuffix(" Uhr").split("-")
        rows.append((" ".join(title.split()), at(day, start_text, zone), at(day, end_text, zone), tuple(names)))
    return rows


def viva(context: ReadContext) -> Expected:
    """VivaTech 2017: `start` and `end` on --date (an end before its start is the next day's), `title`."""
    zone, day = context.timezone, context.first_date
    assert zone is not None and day is not None
    rows: Expected = []
    for record in records("vivatech-2017-program-excerpt.csv"):
        start, end = at(day, record["start"], zone), at(day, record["end"], zone)
        rows.append((" ".join(record["title"].split()), start, end if end > start else end + timedelta(days=1), ()))
    return rows


def purplecon(context: ReadContext) -> Expected:
    """Purplecon 2019: `time` on --date, `Length` in minutes, `speaker_name` (`you!` names nobody)."""
    zone, day = context.timezone, context.first_date
    assert zone is not None and day is not None
    rows: Expected = []
    for record in records("purplecon-2019-schedule.csv"):
        start = at(day, record["time"], zone)
        name = record["speaker_name"].strip()
        rows.append(
            (
                html.unescape(record["talk_title"]),  # `teamer&#x27;s`: the apostrophe the site shows
                start,
                start + timedelta(minutes=int(record["Length"])),
                (name,) if name != "you!" else (),
            )
        )
    return rows
