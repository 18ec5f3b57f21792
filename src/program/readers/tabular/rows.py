"""Tables of one row per item, or one row per presenter (the item repeated: joined into one item)."""

from __future__ import annotations

import re
from datetime import date, datetime, time

import attrs

from program.model import Problem, Severity
from program.model.html_text import html_links
from program.readers.ics_sites import online_location
from program.readers.notation.dates import DateError, WrittenDate, slash_order
from program.readers.notation.times import ClockError, TimeSpan, is_open_end
from program.readers.tabular import row_fields
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import Mapping, field_of
from program.readers.tabular.date_order import date_order, month_first_reason
from program.readers.tabular.day_headings import day_above, heading_day, heading_or_skipped, set_aside
from program.readers.tabular.merged_cells import merged_values, unmerged
from program.readers.tabular.people import row_addresses
from program.readers.tabular.row_fields import label_text, plain_title, row_people, row_title, title_in_people
from program.readers.tabular.row_times import date_and_time, is_all_day, row_day, row_minutes, row_span
from program.readers.tabular.series_dates import one_date_each
from program.readers.tabular.speaker_rows import spoken_under
from program.readers.tabular.talk_numbers import talk_numbered
from program.readers.tabular.title_by import titled_by
from program.readers.tabular.zone_rows import zone_said
from program.readers.title_authors import is_name_shaped

_DAY_FRACTION = re.compile(r"^0?\.\d{3,}$")
_FRACTION = re.compile(r"^0?\.\d+$")


@attrs.frozen
class Row:
    """One data row as read, before its times are placed on a day.

    Attributes:
        cells: the row's cells.
        title: the item's title.
        people: the names in its people columns.
        day: its date as written (filled down from the row above when empty), or None.
        span: its time range, or None.
        duration: its length in minutes when a duration column gives it.
        fields: every other field's text by name (room, kind, abstract, link, track, board).
        addresses: (name, email address) pairs of its people, from its Email columns.
        links: each link column's web address, labelled by the column's name ("youtube", "slides").
        end_day: the date its end is on when the row writes one (an End Date column, a timestamp), else None.
        chairs: whether its people are its chairs ("(Chair) Renzo Degiovanni"), not its speakers.
        all_day: whether its duration says it lasts all day ("Todo el día"): its start, and no end.
    """

    cells: tuple[Cell, ...]
    title: str
    people: tuple[str, ...]
    day: WrittenDate | None
    span: TimeSpan | None
    duration: int | None
    fields: dict[str, str]
    addresses: tuple[tuple[str, str], ...] = ()
    links: tuple[tuple[str, str], ...] = ()
    end_day: WrittenDate | None = None
    chairs: bool = False
    all_day: bool = False


@attrs.frozen
class RowsRead:
    """The rows of a table, read.

    Attributes:
        rows: the rows that become items.
        problems: rows that could not be read.
        skipped: rows left out, each with its place and why ("file.csv:12 (a section row: 'Session 1')").
        notes: rows read as the abstract of the row above, each with its place.
    """

    rows: tuple[Row, ...]
    problems: tuple[Problem, ...]
    skipped: tuple[str, ...]
    notes: tuple[str, ...] = ()


def read_rows(table: Table, mapping: Mapping, first_date: date | None = None, zone: str | None = None) -> RowsRead:
    """Read the rows under the header into `Row`s, filling the date (and a grouping room) down.

    Section and ghost rows are skipped and said. Cells a merged range hides in the date,
    room, track and type columns read as the range's first cell. `first_date` (--date) settles
    whether slashed dates that could be either are day or month first; `zone` (the program's) and
    the header may say month first (`month_first_reason`).
    """
    first = 0 if mapping.header is None else mapping.header + 1
    mapping = _dated_times(table, mapping, first)
    # a time column every row leaves empty times nothing (NEJS Conf 2018's speakers before scheduling: a
    # title-only row is then a talk, not a section heading)
    timed = any(
        (table.cell(index, column) or Cell(None, 0)).text
        for field in ("time", "start")
        for column in mapping.columns.get(field, ())
        for index in range(first, len(table.rows))
    )
    # a talk a date (`series`): a row without one is undated, not on the date above
    (day_first, problems), series = (
        _day_first(table, mapping, first, first_date, zone),
        one_date_each(table, mapping, first, timed=timed),
    )
    # A column of Excel times saved as text holds day fractions ("0.7291666666666667", then "0.75": 18:00).
    fractions = {
        field
        for field in ("time", "start", "end")
        if any(_DAY_FRACTION.match(text) for text in _texts(table, mapping, field, first))
    }
    merged = merged_values(table, mapping)
    numbered, notes = talk_numbered(table, mapping, first)  # the notes start with what it says
    rows: list[Row] = []
    skipped: list[str] = []
    last_day: WrittenDate | None = day_above(table, mapping.header)
    last_room: str | None = None
    header = [cell.text for cell in table.rows[mapping.header]] if mapping.header is not None else None
    samples = any(_is_samples(cells) for cells in table.rows[: mapping.header or 0])
    for index, written in enumerate(table.rows[first:], start=first):
        cells = unmerged(numbered.get(index, written), index, merged)
        if not any(cell.text for cell in cells):
            continue  # a blank row says nothing
        if header is not None and [cell.text for cell in cells][: len(header)] == header:
            samples = False  # a template's own table starts under its header, written again
            skipped.append(f"{table.describe(cells[0])} (the header again)")
            continue
        samples = samples or _is_samples(cells)
        if samples:
            skipped.append(f"{table.describe(cells[0])} (a template's sample row: {_said(cells)!r})")
            continue
        cells = _day_slip(table, cells, (mapping, rows), notes)
        try:
            row = _row(cells, mapping, day_first, None if series else last_day, fractions)
        except (ClockError, DateError) as error:
            if (aside := _aside(table, cells, mapping)) is not None:
                last_day = set_aside(table, cells, aside, (notes, skipped)) or last_day
                continue
            cell = _first_cell(cells, mapping, ("time", "start", "end", "date", "duration"))
            message = f"{table.describe(cell)}: {error}"
            problems.append(Problem(Severity.ERROR, "unreadable-row", message, table.where(cell)))
            continue
        if fills_room_down(mapping) and not _room_spanned(table, index, mapping):
            last_room = row.fields.get("room") or last_room
            if last_room and "room" not in row.fields:
                row = attrs.evolve(row, fields={**row.fields, "room": last_room})
        if timed and rows and (under := spoken_under(table, rows, row, index) or _noted(rows, row)):
            notes.append(f"{table.describe(cells[0])} ({_said(cells)!r}: {under})")
            continue
        why = _skip_reason(row, timed)
        if why:
            # a row of its date alone ("3-Nov") gives the day of the rows below
            own = row.day if _text(cells, mapping, "date") else None
            last_day = heading_or_skipped(table, cells, why, (notes, skipped), own) or last_day
            continue
        last_day = row.day or last_day
        rows.append(row)
    return RowsRead(tuple(rows), tuple(problems), tuple(skipped), tuple(notes))


def _day_slip(
    table: Table, cells: tuple[Cell, ...], read: tuple[Mapping, list[Row]], notes: list[str]
) -> tuple[Cell, ...]:
    """The row with its day cell emptied when that holds the title of the row above (said in `notes`).

    A paste slip: NEMS 2026's row 8 has "Bridging Policy, Academia, and Industry: …", the talk
    before it, in its Day column; as a date it refused the file. An empty day cell is the day above.
    """
    mapping, rows = read
    columns = mapping.columns.get("date", ())
    if not rows or not columns or columns[0] >= len(cells) or not rows[-1].title:
        return cells
    at = columns[0]
    if cells[at].text != rows[-1].title:
        return cells
    notes.append(f"{table.describe(cells[0])} (its day cell repeats the title of the row above: on that day)")
    return (*cells[:at], attrs.evolve(cells[at], value=""), *cells[at + 1 :])


def _aside(table: Table, cells: tuple[Cell, ...], mapping: Mapping) -> tuple[bool, str] | None:
    """A row without a time to read that is no item: the times' zone (read), or a heading (why it is skipped)."""
    if zone_said(cells) is not None:  # "(GMT+1 Time)": what the times mean (`zone_rows`)
        return True, f"{table.describe(cells[0])} ({_said(cells)!r}: the times' zone)"
    # "START YOUR AGENDA BELOW": a heading, not a row to read; "Day 02 | Saturday, August 16th, 2025": the day's
    if not _text(cells, mapping, "title") or heading_day(cells) is not None:
        return False, f"a section row: {_said(cells)!r}"
    return None


def _noted(rows: list[Row], row: Row) -> str | None:
    """What `row` is when only a bracketed note without a time right under the last row read (now its abstract).

    Python Zero to Hero writes what a slot includes under it: `COFFEE`, then `(inc. group
    discussions)` in the row below, alone.
    """
    texts = [cell.text for cell in row.cells if cell.text]
    match = re.fullmatch(r"\((?P<note>[^()]+)\)", row.title)
    if row.cells[0].line != rows[-1].cells[0].line + 1 or row.span is not None or row.people or match is None:
        return None
    if texts != [row.title]:
        return None
    about = "\n".join(part for part in (rows[-1].fields.get("abstract"), match["note"].strip()) if part)
    rows[-1] = attrs.evolve(rows[-1], fields={**rows[-1].fields, "abstract": about})
    return "a note under the row above, its abstract"


def _dated_times(table: Table, mapping: Mapping, first: int) -> Mapping:
    """The mapping with the date column as the start too when it holds date-times and no column gives times.

    A JSON list (CocoaHeads: `"date": "2016-12-02T16:30:00-0300"`) or a workbook may keep the
    time in the date, and a CSV may write both in its date column's every cell (ResQuant 2024:
    "SEPTEMBER 6 - 3pm"); without it every row would be untimed.
    """
    columns = mapping.columns.get("date")
    if not columns or "time" in mapping.columns or "start" in mapping.columns:
        return mapping
    values = [row[columns[0]].value for row in table.rows[first:] if columns[0] < len(row)]
    written = [value.strip() for value in values if isinstance(value, str) and value.strip()]
    timed_text = bool(written) and all(map(date_and_time, written))  # "SEPTEMBER 6 - 3pm" on every row
    if not timed_text and not any(isinstance(value, datetime) and value.time() != time() for value in values):
        return mapping
    return attrs.evolve(mapping, columns={**mapping.columns, "start": columns})


_SAMPLES = re.compile(r"\b(?:samples?|examples?|beispiele?|exemples?)\b", re.IGNORECASE)


def _is_samples(cells: tuple[Cell, ...]) -> bool:
    """Whether a row is a heading over a template's samples ("AGENDA SAMPLES"): one cell, naming samples."""
    texts = [cell.text for cell in cells if cell.text]
    return len(texts) == 1 and len(texts[0]) <= 40 and _SAMPLES.search(texts[0]) is not None


def _said(cells: tuple[Cell, ...]) -> str:
    return " | ".join(cell.text for cell in cells if cell.text)[:60]


def _text(cells: tuple[Cell, ...], mapping: Mapping, field: str) -> str:
    columns = mapping.columns.get(field, ())
    return cells[columns[0]].text if columns and columns[0] < len(cells) else ""


def fills_room_down(mapping: Mapping) -> bool:
    """Whether empty room cells take the room above: when the room column leads the row.

    Left of the title and the times ("Raum | Zeit | Titel") a room is a group heading written
    once for the rows under it; a room column after the title ("Zeit | Titel | Raum") is a room
    per row, and an empty one is no room.
    """
    room = mapping.columns.get("room")
    # a track column read as the room (HCD 2025's `track`) is a room per row: an empty one is none
    if not room or any(field == "room" and field_of(name) == "track" for name, field in mapping.names):
        return False
    later = [columns[0] for field, columns in mapping.columns.items() if field in ("title", "time", "start")]
    return all(room[0] < column for column in later)


def _room_spanned(table: Table, index: int, mapping: Mapping) -> bool:
    """Whether a row's room place is part of a cell spanning the next columns: the row names no room.

    CICA 2017's `<td colspan=2>A partir de las 21:00 hrs.</td>` over its place and its time's: no room above it.
    """
    room = mapping.columns.get("room", (-1,))[0]
    return any(r0 == index and c0 == room < c1 for r0, c0, _, c1 in table.merged)


def _skip_reason(row: Row, timed: bool) -> str | None:
    texts = [row_fields.shown_cell(cell.text) for cell in row.cells if cell.text]  # as the page shows it, not its tags
    if not row.title:
        return f"a row without a title: {' | '.join(texts)[:60]!r}"
    if timed and row.span is None and not is_untimed_item(row):
        return f"a section row without a time: {' | '.join(texts)[:60]!r}"
    if timed and row.span is None and _lists_a_person(row):
        return f"a person listed without a time, no item: {' | '.join(texts)[:60]!r}"
    return None


_PERSON_TITLE = re.compile(r"(?P<name>[^()]+?)\s*\([^()]+\)")


def _lists_a_person(row: Row) -> bool:
    """Whether an untimed row's title is a person, "Name (Org)", and the row says nothing of a talk.

    NEMS 2026 lists "Additional Speakers" under its days: `Mark Atymko (OCEAN)` with `ticketed`
    in the speaker column. No type, no abstract, and no one named in the people cells: no item.
    """
    found = _PERSON_TITLE.fullmatch(row.title)
    if found is None or not is_name_shaped(found["name"]) or {"kind", "abstract"} & row.fields.keys():
        return False
    return not any(is_name_shaped(name) for name in row.people)


def is_untimed_item(row: Row) -> bool:
    """Whether a row without a time in a timed table is an item all the same: it names people or a type.

    ORConf 2023 lists its lightning talks after the timed rows: title, speaker, `lightning`,
    a video, no time. A section row ("Session 2", "Day 1") has a title and at most a room or track.
    """
    return row.span is None and bool(row.people or set(row.fields) - {"room", "track"})


def _row(
    cells: tuple[Cell, ...], mapping: Mapping, day_first: bool, last_day: WrittenDate | None, fractions: set[str]
) -> Row:
    def value(field: str) -> object:
        columns = mapping.columns.get(field, ())
        found = cells[columns[0]].value if columns and columns[0] < len(cells) else None
        if field in fractions and isinstance(found, str) and _FRACTION.match(found.strip()):
            return float(found)  # an Excel time saved to CSV as its fraction of a day ("0.7291666666666667")
        return found

    def text(field: str) -> str:
        columns = mapping.columns.get(field, ())
        found = row_fields.unescaped(cells[columns[0]].text) if columns and columns[0] < len(cells) else ""
        if field == "room" and row_fields.names_no_room(found):  # Agile Laval's lunch "in" room "-": no room
            return ""
        return "" if field == "end" and is_open_end(found) else found

    people, chairs = row_people(cells, mapping)
    day = row_day(value("date"), text("date"), day_first)
    span, start_day, end_day = row_span(value, text, day_first)
    moment = isinstance(start := value("start"), datetime) and start.tzinfo is not None  # shown in the program's zone
    if start_day is not None and start_day.year is not None and (day is None or day.year is None or moment):
        day = start_day  # its whole date over a day number, a weekday, or a day column of the zone it was written in
    day = day or start_day or last_day
    # a start and an end say how long: the duration column is not needed then (nor read, so no error of its own)
    timed = span is not None and span.end is not None
    all_day = is_all_day(text("duration"))
    duration = row_minutes(value("duration")) if text("duration") and not timed and not all_day else None
    fields = {field: text(field) for field in row_fields.TEXT_FIELDS if text(field)}
    fields.update({"kind": label_text(fields["kind"])} if "kind" in fields else {})
    if "abstract" in fields:  # keep the abstract's paragraphs
        fields["abstract"] = str(value("abstract")).strip()
    emails = [str(cells[column].value or "") for column in mapping.columns.get("email", ()) if column < len(cells)]
    links = _links(cells, mapping) + html_links(text("title"))  # a title's links are the item's, not its text
    room, address = online_location(fields.get("room", ""))
    if "room" in fields and room is None:  # where to follow it online (Mini-Conf's `location`), as an ics LOCATION:
        del fields["room"]  # a web address is a link, a page of the site ("papers.html?session=…") nothing
    if address is not None and all(url != address for _, url in links):
        links += ((_room_name(mapping), address),)
    title = row_title(plain_title(text("title")), fields, people, timed=span is not None, activity=text("alt_title"))
    if not title and (title := title_in_people(people, span is not None, row_fields.unattached(cells, mapping))):
        people = ()
    title = title or row_fields.title_in_abstract(fields, people)  # the abstract taken
    if found := row_fields.title_for_group(title, people, span is not None):
        title, people = found, ()
    title, people, fields = titled_by(title, *row_fields.people_in_abstract(people, fields), mapping)
    title, people = row_fields.title_and_people(title, people, mapping)  # "Mittagsvorlesung von Prof. Dr. Name"
    end_day = end_day or row_day(value("end_date"), text("end_date"), day_first)
    addresses = row_addresses(people, emails)
    return Row(cells, title, people, day, span, duration, fields, addresses, links, end_day, chairs, all_day)


def _room_name(mapping: Mapping) -> str:
    return next((name for name, field in mapping.names if field == "room"), "room")


def _links(cells: tuple[Cell, ...], mapping: Mapping) -> tuple[tuple[str, str], ...]:
    """Every link column's web address (ORConf: `youtube` and `slides`); a relative path is no address."""
    labels = [name for name, field in mapping.names if field == "link"]
    found = []
    for label, column in zip(labels, mapping.columns.get("link", ()), strict=False):
        text = cells[column].text if column < len(cells) else ""
        if text.startswith(("http://", "https://")):
            found.append((label, text))
    return tuple(found)


def _day_first(
    table: Table, mapping: Mapping, first: int, first_date: date | None, zone: str | None
) -> tuple[bool, list[Problem]]:
    """Whether the table's dates are day first, and the warning when its slashed dates do not say."""
    header = [cell.text for cell in table.rows[mapping.header]] if mapping.header is not None else []
    cells = _cells(table, mapping, ("date", "start", "end", "end_date"), first)
    order = date_order(table, cells, first_date, month_first_reason(header, zone))
    day_first = order.day_first and slash_order(_texts(table, mapping, "date", first))
    return day_first, [order.problem] if order.problem is not None and day_first == order.day_first else []


def _cells(table: Table, mapping: Mapping, fields: tuple[str, ...], first: int) -> list[Cell]:
    columns = [mapping.columns[field][0] for field in fields if mapping.columns.get(field)]
    return [row[column] for row in table.rows[first:] for column in columns if column < len(row)]


def _texts(table: Table, mapping: Mapping, field: str, first: int) -> list[str]:
    columns = mapping.columns.get(field, ())
    if not columns:
        return []
    return [row[columns[0]].text for row in table.rows[first:] if columns[0] < len(row)]


def _first_cell(cells: tuple[Cell, ...], mapping: Mapping, fields: tuple[str, ...]) -> Cell:
    for field in fields:
        for column in mapping.columns.get(field, ()):
            if column < len(cells) and cells[column].text:
                return cells[column]
    return cells[0]
