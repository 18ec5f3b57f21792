"""Rows read from a table, placed in time and made items: each row's day and minutes, its item, presenters joined."""

from __future__ import annotations

import re
from collections.abc import Sequence
from datetime import date, datetime
from pathlib import Path

import attrs

from program.model import Item, Kind, Link, Problem, Role, Severity
from program.model.frab import FrabEvent
from program.model.ids import item_id
from program.readers.kind_labels import kind_from_label, kind_from_title, label_kind
from program.readers.notation.afternoon import AfternoonClock, is_twelve_hour_sheet
from program.readers.notation.dates import DateError, NeedsFirstDateError, WrittenDate
from program.readers.notation.times import is_twelve_am, noon_by_running_order
from program.readers.tabular.cells import Table
from program.readers.tabular.columns import Mapping
from program.readers.tabular.paper_column import paper_parts
from program.readers.tabular.rows import Row
from program.readers.tabular.time_cells import lenient_time_notes

_DAY = 24 * 60
_SHOWN_KINDS = frozenset({Kind.POSTER, Kind.DEMO})
"""Kinds a track may name for its rows: a poster or a demo is shown at a stand, what a track of talks is not."""


class RowDateError(ValueError):
    """A row's date or end date that names no real day ("2025-13-45"): `read_table` says where."""

    def __init__(self, row: Row, reason: str) -> None:
        super().__init__(reason)
        self.row, self.reason = row, reason


Placed = tuple[Row, date | None, int | None, int | None]
"""A row with its day and its start and end minutes after that day's midnight."""


def place_rows(rows: tuple[Row, ...], first_date: date | None, clock: AfternoonClock | None = None) -> list[Placed]:
    """Each row with its day and start and end minutes after that day's midnight (12-hour sheets read in order).

    `clock` reads a 12-hour sheet's times, and keeps which it read as p.m. for the reading lines.

    Raises:
        NeedsFirstDate: when a row's date needs the first day and there is none.
        DateError: for a date that does not exist.
    """
    twelve_hour = is_twelve_hour_sheet([row.span for row in rows if row.span is not None])
    clock = clock or AfternoonClock()
    placed: list[Placed] = []
    previous: date | None = None
    latest = -1
    for row in rows:
        try:
            day = row.day.resolve(first_date) if row.day is not None else first_date
            if row.end_day is not None:
                row.end_day.resolve(first_date)  # a real day, or the row is named (`read_table`)
        except NeedsFirstDateError:
            raise
        except DateError as error:
            raise RowDateError(row, str(error)) from None
        if row.span is None:
            placed.append((row, day, None, None))
            continue
        if day != previous:
            clock.new_day()
            previous, latest = day, -1
        start, end = clock.place(row.span) if twelve_hour else (row.span.start.minutes, row.span.end_minutes)
        if noon_by_running_order(row.span.start, latest):  # "12:30AM Lunch" after "11:30AM" (see `noon_warnings`)
            start += 12 * 60
            end = end + 12 * 60 if end is not None and end < start else end
        latest = max(latest, start)
        if end is None and row.duration is not None:
            end = start + row.duration
        placed.append((row, day, start, _on_end_day(end, row.end_day, day, first_date)))
    return placed


def lenient_time_warnings(rows: Sequence[Row], table: Table, mapping: Mapping) -> list[Problem]:
    """A warning for each time cell read other than as written: "15:00 pm" as 15:00, "14:0" as 14:00."""
    columns = [column for field in ("start", "time", "end") for column in mapping.columns.get(field, ())[:1]]
    cells = [row.cells[column] for row in rows for column in columns if column < len(row.cells)]
    return [
        Problem(Severity.WARNING, "uncertain-entry", note, table.where(cell))
        for cell in cells
        for note in lenient_time_notes(cell)
    ]


def noon_warnings(placed: Sequence[Placed], table: Table) -> list[Problem]:
    """A warning for each row whose "12:xx am" start `place_rows` read as noon, by the running order."""
    warnings = []
    for row, _, start, _ in placed:
        if row.span is not None and start is not None and start >= 12 * 60 and is_twelve_am(row.span.start):
            message = f"read {row.span.start.text!r} as 12:{start % 60:02d}: noon, by the running order"
            warnings.append(Problem(Severity.WARNING, "uncertain-entry", message, table.where(row.cells[0])))
    return warnings


def _on_end_day(end: int | None, end_day: WrittenDate | None, day: date | None, first_date: date | None) -> int | None:
    """The end's minutes moved onto the later day its date names (an item of 48 hours, one ending at 00:00).

    Without a date the end is the first such clock time after the start; a written end date
    later than the start's day says which day it is (Penguicon 2019: 2019-05-03 17:00 to
    2019-05-05 15:00). An end date before the start's day is the source's slip, and left out.
    """
    if end is None or end_day is None or day is None:
        return end
    ends_on = end_day.resolve(first_date)
    if ends_on == day and end >= _DAY:  # MILC 2023: 2023-03-27T22:55 to 2023-03-27T13:15 (see `backward_ends`)
        return None
    return (ends_on - day).days * _DAY + end % _DAY if ends_on > day else end


def backward_ends(placed: Sequence[Placed], table: Table) -> list[Problem]:
    """A warning for each row whose end, dated the start's day, is written before its start: read as a start only.

    No reading is offered: the next day's clock time (a talk of 14 hours 20 minutes at MILC
    2023) is as much a guess as the slip's likely 23:15, so the row ends when the day's next row starts.
    """
    warnings = []
    for row, day, start, end in placed:
        if end is None and start is not None and row.span is not None and row.span.end is not None and row.end_day:
            at = f" ({label})" if (label := row.cells[0].label) else ""
            message = (
                f"{row.title!r}{at}: its end {row.span.end.text!r} is written before its start "
                f"{row.span.start.text!r}, both on {day}; read as a start only"
            )
            warnings.append(Problem(Severity.WARNING, "end-before-start", message, table.where(row.cells[0])))
    return warnings


def end_at_next_start(placed: list[Placed]) -> tuple[list[Placed], int]:
    """Each row that gives a start but no end ended at the next later start of its day, in any room.

    A start without an end ends at the next slot's start (docs/formats.md), as on pages and in
    grids: purplecon 2018's `start_time` column is the only time it gives. The next slot is the
    day's, not the room's: Monaca UG 2019's break in track 3 at 14:30 ends when tracks 1 and 2
    start at 14:40, not at track 3's next item an hour later (SRCCON:WORK's talks in its plenary
    room would have run through lunch). The day's last start keeps no end: nothing says when it ends.
    Returns the rows and how many were ended.
    """
    starts: dict[date | None, list[int]] = {}
    for _, day, start, _ in placed:
        if start is not None:
            starts.setdefault(day, []).append(start)
    for minutes in starts.values():
        minutes.sort()
    ended: list[Placed] = []
    count = 0
    for row, day, start, end in placed:
        if start is not None and end is None and not row.all_day:  # "Todo el día" ends at no next start
            following = next((later for later in starts[day] if later > start), None)
            count += following is not None
            ended.append((row, day, start, following))
        else:
            ended.append((row, day, start, end))
    return ended, count


def row_item(row: Row, start: datetime | None, end: datetime | None, day: date | None, table: Table) -> Item:
    """The item a row becomes."""
    title, paper_label, people = paper_parts(row.title, row.fields.get("paper", ""), row.people)
    label = row.fields.get("kind")
    kind = kind_from_label(label, title) if label else kind_from_title(paper_label or title)  # "Oral Talk 1": oral
    label = label or paper_label
    track = row.fields.get("track")
    if not label and kind is Kind.OTHER and track and label_kind(track) in _SHOWN_KINDS:
        kind = label_kind(track) or kind  # ISWC 2016's Track "poster", "demo": what each row is, in no kind column
    return Item(
        id=item_id(kind, title),
        kind=kind,
        title=title,
        source=table.where(row.cells[0]),
        start=start,
        end=end if end is not None and start is not None and end > start else None,
        people=people,
        abstract=row.fields.get("abstract") or None,
        links=tuple(Link(label, url) for label, url in row.links),
        label=label,
        location=row.fields.get("room"),
        # an untimed row is on a day only when the table says one: `--date` is no poster's day
        # (RECOMB 2026's posters were all put at the first day's poster session)
        day=day if start is None and row.day is not None else None,
        board=row.fields.get("board"),  # kept for posters only (`posters_named`)
        frab=FrabEvent(track=track) if track else None,
        role=Role.CHAIR if row.chairs else Role.SPEAKER,
    )


_WHEN = re.compile(r"\d{1,2}[:.h]\d{2}|\d{4}-\d{2}-\d{2}|\d{1,2}/\d{1,2}/\d{2,4}")
"""A time or a date in a cell the mapping does not read."""


def unread_times(row: Row, used: set[int]) -> tuple[str, ...]:
    """The times and dates a row writes in columns no field reads, to keep rows of different times apart."""
    return tuple(cell.text for column, cell in enumerate(row.cells) if column not in used and _WHEN.search(cell.text))


TITLES_TO_COME = frozenset({"tba", "tbd", "tbc", "to be announced", "to be confirmed", "to be determined", "title tba"})
"""Titles that stand for one still to come: rows so titled are one talk only when one follows the other."""


def join_presenters(items: list[Item], unread: Sequence[tuple[str, ...]] = ()) -> list[Item]:
    """Join the rows of one item repeated for each presenter (same title, times, room and track) into one item.

    The track tells apart what each track holds at one time ("Break" in four tracks of a sheet without rooms).
    Rows whose times differ are never one item, read or not: `unread` holds each row's times in
    columns no field reads (Sched's `AHA Badge Soldering`, five rows at five times, was joined
    into one while its `event_start` column was not read). Rows titled `TBA` (a title still to
    come) are joined only when consecutive: apart, they are different talks.
    """
    joined: dict[tuple[object, ...], Item] = {}
    previous: tuple[object, ...] = ()
    run = 0
    for position, item in enumerate(items):
        track = item.frab.track if item.frab else None
        times = unread[position] if position < len(unread) else ()
        key: tuple[object, ...] = (item.title.casefold(), item.start, item.end, item.location, item.day, track, times)
        run, previous = (run if key == previous else position), key
        if item.title.casefold() in TITLES_TO_COME:  # ICCA10's `TUE-403-5 … TBA` and `TUE-404-8 … TBA`: two talks
            key = (*key, run)  # joined only with the rows right after it
        if key in joined:
            kept = joined[key]
            people = kept.people + tuple(name for name in item.people if name not in kept.people)
            joined[key] = attrs.evolve(kept, people=people)
        else:
            joined[key] = item
    return list(joined.values())


_POSTERS = re.compile(r"posters?(?![a-z])", re.IGNORECASE)
"""A file or sheet named for posters ("RECOMB2026_accepted_posters.xlsx"), not "Posterior"."""


def posters_named(items: list[Item], table: Table) -> tuple[list[Item], tuple[str, ...]]:
    """A table of untimed items whose file or sheet is named for posters: its items of no kind are posters.

    A row's own type column wins over the name: eRum 2016's sheet "Talks and posters" says
    "Regular talk" on 48 rows, which stay talks; only a row whose type is empty is a poster.
    """
    named = f"{Path(table.source).name} {table.sheet or ''}"
    if not items or any(item.start is not None for item in items) or not _POSTERS.search(named):
        return _boards_of_posters(items), ()
    kinds = [
        attrs.evolve(item, kind=Kind.POSTER, id=item_id(Kind.POSTER, item.title)) if _unkinded(item) else item
        for item in items
    ]
    changed = sum(_unkinded(item) for item in items)
    said = f"kind poster for {changed} untimed items: the file or sheet is named for posters"
    return _boards_of_posters(kinds), (said,) if changed else ()


def _unkinded(item: Item) -> bool:
    return item.kind is Kind.OTHER and not item.label


def _boards_of_posters(items: list[Item]) -> list[Item]:
    """The items with a board only where they are posters: a talk's "#" is its place in a list, not a board."""
    return [attrs.evolve(item, board=None) if item.board and item.kind is not Kind.POSTER else item for item in items]
