"""Trial 26's sheets, their items worked out from the files with csv and calamine alone (not program).

- The Andean ROAD workshop 2015 (from Tuesday 28 July 2015, --date): each cell of the weekday columns
  (`Martes` … `Viernes`, the days from --date) at its row's hour range (`9-10`, `11:40-13`), titled as
  written; no people.
- Arduino Day Santa Cruz 2020 (from Friday 20 March 2020, --date): `viernes` is --date, `sabado` the
  day after; each track (`hora | taller | expositor`, `hora | charla | expositor`) an item a row where
  its own `hora` has a time and its title or `expositor` cell is filled (an `expositor` cell beside no
  title, `arduino basico`, is no person: the title); a header written again without the second track's
  `hora` (the third block's) closes that track; a start ends at the day's next later start, the
  day's last has no end.
- The Cour Mayonnaise at Aurillac 2023 (from Wednesday 23 August 2023, --date): each column's cells
  played on both days its header names (`(mer 23 et ven 25)`, `(jeu 24 et sam 26)`); a cell's shows,
  each a title over `NN min - cour du …`, end NN minutes after the row's `10h30`; `00h00` and `00h30`
  (after `22h45`) the night after; no people.
- AAJA 2025: each row's moment (the unnamed fifth value, UTC) in the program's zone, ending at the day's
  next later start (the last of a day has none); no people (the sponsors in titles are none).
"""

from __future__ import annotations

import csv
import io
import re
from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from python_calamine import CalamineWorkbook
from spreadsheet_listed import DATA
from spreadsheet_written import Expected

from program.readers.base import ReadContext

_WEEKDAYS = ("lunes", "martes", "miercoles", "jueves", "viernes", "sabado", "domingo")


def _zone_and_first(context: ReadContext) -> tuple[ZoneInfo, date]:
    zone, first = context.timezone, context.first_date
    assert zone is not None and first is not None
    return zone, first


def _hour(text: str) -> time:
    hours, _, minutes = text.strip().partition(":")
    return time(int(hours), int(minutes or 0))


def andes2015(context: ReadContext) -> Expected:
    """Each grid cell at its row's range on its column's weekday."""
    zone, first = _zone_and_first(context)
    rows = [
        row for row in csv.reader(io.StringIO((DATA / "andes2015-timetable.csv").read_text(encoding="utf-8"))) if row
    ]
    days = [
        first + timedelta(days=(_WEEKDAYS.index(name.strip().casefold()) - first.weekday()) % 7) for name in rows[0][1:]
    ]
    expected: Expected = []
    for row in rows[1:]:
        start, end = (_hour(part) for part in row[0].split("-"))
        for day, cell in zip(days, row[1:], strict=True):
            expected.append((cell.strip(), datetime.combine(day, start, zone), datetime.combine(day, end, zone), ()))
    return expected


def _ended(starts: list[tuple[str, datetime, tuple[str, ...]]]) -> Expected:
    """Each start ended at its day's next later start (the day's last: no end)."""
    expected: Expected = []
    for title, start, people in starts:
        later = [other for _, other, _ in starts if other.date() == start.date() and other > start]
        expected.append((title, start, min(later) if later else None, people))
    return expected


def arduinoday2020(context: ReadContext) -> Expected:
    """Two tracks side by side under weekday rows, each timed by its own `hora`."""
    zone, first = _zone_and_first(context)
    sheet = CalamineWorkbook.from_path(str(DATA / "arduinoday2020-cronograma.xlsx")).get_sheet_by_name("Hoja1")
    rows = [
        [str(value).strip() if not isinstance(value, time) else value for value in row] for row in sheet.to_python()
    ]
    day, tracks = first, (0, 3)
    starts: list[tuple[str, datetime, tuple[str, ...]]] = []
    for row in rows:
        if row[0] in _WEEKDAYS and not any(row[1:]):
            day = first + timedelta(days=(_WEEKDAYS.index(row[0]) - first.weekday()) % 7)
        elif row[0] == "hora":
            tracks = tuple(column for column in (0, 3) if row[column] == "hora")
        else:
            for column in tracks:
                when, title, person = row[column : column + 3]
                if isinstance(when, time) and (title or person):
                    # `arduino basico` under `expositor` beside no title: no person's name, the title
                    title, people = (title, (person,) if person else ()) if title else (person, ())
                    starts.append((re.sub(r"\s+", " ", title), datetime.combine(day, when, zone), people))
    return _ended(starts)


_SHOW_LENGTH = re.compile(r"^(?P<minutes>\d+) min - (?P<place>cour du (?:bas|haut))")


def mayonnaise2023(context: ReadContext) -> Expected:
    """Each show of each cell on both days of its column, its length its end."""
    zone, first = _zone_and_first(context)
    sheet = CalamineWorkbook.from_path(str(DATA / "mayonnaise2023-programme.ods")).get_sheet_by_name("Sheet1")
    rows = sheet.to_python()
    columns = {1: (first, first + timedelta(days=2)), 2: (first + timedelta(days=1), first + timedelta(days=3))}
    expected: Expected = []
    for row in rows[1:]:
        hours, minutes = (int(part) for part in str(row[0]).strip().split("h"))
        for column, days in columns.items():
            shows: list[tuple[str, int]] = []
            titles: list[str] = []
            for line in (line.strip() for line in str(row[column]).split("\n") if line.strip()):
                if (length := _SHOW_LENGTH.match(line)) is not None:
                    shows.append((titles[0], int(length["minutes"])))
                    titles = []
                else:
                    titles.append(line)
            for day in days:
                night = day + timedelta(days=1) if hours < 6 else day  # the small hours: the night after
                for title, length in shows:
                    start = datetime.combine(night, time(hours, minutes), zone)
                    expected.append((title, start, start + timedelta(minutes=length), ()))
    return expected


def aaja2025(context: ReadContext) -> Expected:
    """Each row at its unnamed UTC moment in the program's zone; no people."""
    zone, _ = _zone_and_first(context)
    rows = list(csv.reader(io.StringIO((DATA / "aaja2025-schedule.csv").read_text(encoding="utf-8"))))[1:]
    starts = [(row[1], datetime.fromisoformat(row[4]).astimezone(zone), ()) for row in rows]
    return _ended(starts)


def aaja2025_rooms() -> list[str | None]:
    """Each row's room: the value under `schedule_tracks` (the header a name short), None when empty."""
    rows = list(csv.reader(io.StringIO((DATA / "aaja2025-schedule.csv").read_text(encoding="utf-8"))))[1:]
    return [row[5] or None for row in rows]


def iswc2016(context: ReadContext) -> Expected:
    """Trial 32's ISWC 2016 excerpt: each paper at its zoneless ISO `Start`/`End` in Tokyo, its `Presenter`."""
    zone = context.timezone
    assert zone is not None
    records = csv.DictReader(io.StringIO((DATA / "iswc2016-papers-excerpt.csv").read_text(encoding="utf-8")))
    return [
        (
            record["Title"],
            datetime.fromisoformat(record["Start"]).replace(tzinfo=zone),
            datetime.fromisoformat(record["End"]).replace(tzinfo=zone),
            (record["Presenter"],),
        )
        for record in records
    ]
