"""A table → items: find the layout and the columns, read the rows, place them in time."""

from __future__ import annotations

from collections.abc import Sequence
from datetime import UTC, datetime

import attrs

from program.errors import ParseError
from program.model import Item, Problem
from program.readers.base import ReadContext
from program.readers.notation.afternoon import AfternoonClock, afternoon_note
from program.readers.notation.dates import DateError, NeedsFirstDateError
from program.readers.tabular.blocks import block_table, find_blocks
from program.readers.tabular.building_rooms import join_building_rooms
from program.readers.tabular.cells import Cell, Table, column_letter
from program.readers.tabular.columns import Mapping, find_mapping, mapping_required
from program.readers.tabular.day_pairs import paired_day_columns
from program.readers.tabular.day_rows import find_day_rows, read_day_rows
from program.readers.tabular.grid import find_grid
from program.readers.tabular.grid_blocks import read_grid_blocks
from program.readers.tabular.grid_joins import join_grids
from program.readers.tabular.groups import Groups, find_groups, group_table
from program.readers.tabular.header_blocks import header_blocks
from program.readers.tabular.joins import join_tables
from program.readers.tabular.latex_accents import with_accents_spelled
from program.readers.tabular.names import join_mapped_names, join_name_columns
from program.readers.tabular.pairs import find_pairs, pair_table
from program.readers.tabular.people_prose import BIOGRAPHIES
from program.readers.tabular.placing import TableRead, at, needs_date, needs_zone, undated_days
from program.readers.tabular.row_items import (
    Placed,
    RowDateError,
    backward_ends,
    end_at_next_start,
    join_presenters,
    lenient_time_warnings,
    noon_warnings,
    place_rows,
    posters_named,
    row_item,
    unread_times,
)
from program.readers.tabular.row_times import counted_from_one, day_numbering
from program.readers.tabular.rows import Row, RowsRead, is_untimed_item, read_rows
from program.readers.tabular.session_heads import without_session_heads
from program.readers.tabular.shifted_header import names_for_titles
from program.readers.tabular.short_header import header_one_short
from program.readers.tabular.slot_rows import in_slots_between
from program.readers.tabular.speaker_titles import people_in_titles
from program.readers.tabular.stamps import read_stamps
from program.readers.tabular.titles_as_people import without_titles_as_people
from program.readers.tabular.tracks import find_tracks, track_table
from program.readers.tabular.turned import read_turned
from program.readers.tabular.zone_columns import without_zone_suffixes, zoned_times


def read_table(table: Table, context: ReadContext, *, required: bool = True) -> TableRead | None:
    """Read a table of one row per item (or per presenter), or a grid of rooms by times.

    Returns None for a table with neither a header we know nor a grid when `required` is
    False (a workbook's other sheets: a speaker list, a colour table).

    Raises:
        ParseError: when the table has no header we know and no column mapping.
        UsageError: when the table needs a time zone or a first date it lacks.
    """
    table, spelled = with_accents_spelled(table)  # `Garz\'on` in a sheet exported from LaTeX sources: Garzón
    if spelled:
        read = read_table(table, context, required=required)
        return _rewritten(read, spelled) if read is not None else None
    joined, columns = join_mapped_names(table, context.columns)  # people = ["B", "C"]: one person in two columns
    if columns != context.columns:
        said = f"people: columns {' and '.join(name for field, name in context.columns if field == 'people')} joined"
        read = _read_table(joined, attrs.evolve(context, columns=columns), required=required)
        return _rewritten(read, (said,)) if read is not None else None
    return _read_table(table, context, required=required)


def _first_undated(placed: list[Placed]) -> Row | None:
    """The first row with a time and no day: where the error asking for --date points."""
    return next((row for row, day, start, _ in placed if start is not None and day is None), None)


def _first_timed_cell(placed: list[Placed]) -> Cell | None:
    """The first cell of the first row with a time: where the error asking for --timezone points."""
    return next((next(iter(row.cells), None) for row, _, start, _ in placed if start is not None), None)


def _read_table(table: Table, context: ReadContext, *, required: bool) -> TableRead | None:
    table, suffix_zone = without_zone_suffixes(table)  # "2:30 PM EDT": the zone off the time (`zone_rows` says it)
    widened, short = (table, ()) if context.columns else header_one_short(table)
    if short:  # AAJA 2025's header, a name short of its rows: the names read over the columns they are for
        return _rewritten(_read_table(widened, context, required=required), short)
    if (side_by_side := None if context.columns else _side_by_side(table, context)) is not None:
        return side_by_side
    table = table if context.columns else join_building_rooms(join_name_columns(table))
    mapping = find_mapping(table, context.columns)
    blocks = header_blocks(table, mapping) if mapping is not None and not context.columns else [table]
    if mapping is None or len(blocks) > 1:
        return _read_blocks(blocks, context) if mapping else _read_headerless(table, context, required=required)
    mapping, context, zoned = zoned_times(table, mapping, context, suffix_zone)
    table, stamped = read_stamps(table, mapping, context)
    read = _rows_read(table, mapping, context)
    rows, mapping, swapped = people_in_titles(read.rows, mapping)
    rows, numbering = _numbered_from_one(rows)
    rows, heads = without_session_heads(rows, mapping)  # "Session 1" over its talks' rows (COMOSA 2025)
    read = attrs.evolve(read, rows=rows)
    try:
        placed, ended = end_at_next_start(place_rows(read.rows, context.first_date, clock := AfternoonClock()))
    except NeedsFirstDateError:
        raise undated_days(table, mapping, context) from None
    except RowDateError as error:  # "2025-13-45", "Monday 2025-06-03" (a Tuesday): a traceback before
        raise UnrealDateError(f"expected a real date: {error.reason}", table.where(error.row.cells[0])) from None
    if any(start is not None for _, _, start, _ in placed):
        if (undated := _first_undated(placed)) is not None:
            raise needs_date(table, f"times but no date {table.field}", context, next(iter(undated.cells), None))
        zone = needs_zone(table, context, _first_timed_cell(placed))
    items = []
    for row, day, start, end in placed:
        try:
            start_at = at(day, start, zone) if day is not None and start is not None else None
            end_at = at(day, end, zone) if day is not None and end is not None else None
        except OverflowError:  # a day near 9999-12-31 and a time past its midnight
            raise ParseError("expected a time before the year 10000", table.where(row.cells[0])) from None
        items.append(row_item(row, start_at, end_at, day, table))
    used = {column for columns in mapping.columns.values() for column in columns}
    unread = [unread_times(row, used) for row, _, _, _ in placed]
    joined, posters = posters_named(join_presenters(items, unread), table)
    reading = [
        mapping.describe(),
        *numbering,
        *heads,
        *swapped,
        *([zoned] if zoned else []),
        *_unused(table, mapping),
        *stamped,
        *posters,
        *([BIOGRAPHIES] if mapping.biographies else []),
    ]
    reading.extend(_joined_rows(len(items), joined))
    untimed = [row for row in read.rows if is_untimed_item(row)]
    if untimed and any(start is not None for _, _, start, _ in placed):
        reading.append(
            f"{len(untimed)} rows without a time read as untimed items (they name people or a type), "
            f"from {table.describe(untimed[0].cells[0])}"
        )
    reading.extend([note] if (note := afternoon_note(clock)) else [])
    if ended:
        reading.append(f"{ended} rows with a start only end when the day's next row starts")
    reading.extend(_all_day_lines(read.rows, table))
    reading.extend(f"skipped: {line}" for line in read.skipped)
    reading.extend(f"read: {line}" for line in read.notes)
    addresses = tuple(pair for row in read.rows for pair in row.addresses)
    shifted = names_for_titles(table, mapping, read.rows)
    problems = (
        *read.problems,
        *noon_warnings(placed, table),
        *lenient_time_warnings(read.rows, table, mapping),
        *backward_ends(placed, table),
        *([shifted] if shifted else []),
    )
    return TableRead(tuple(joined), problems, tuple(reading), addresses)


def _rows_read(table: Table, mapping: Mapping, context: ReadContext) -> RowsRead:
    """The table's rows read, with two repairs of what the sheet left out.

    A parallel talk written without its slot's time, between two rows with it, is in that slot; a
    people column filled with the title where nobody speaks names no one.
    """
    zone = context.timezone.key if context.timezone else None
    read = in_slots_between(read_rows(table, mapping, context.first_date, zone), table)
    return without_titles_as_people(read, mapping)


def _side_by_side(table: Table, context: ReadContext) -> TableRead | None:
    """Items side by side on a row: stage groups, speaker and talk pairs, or tracks with their own times; else None."""
    if (groups := find_groups(table)) is not None:
        return _read_groups(table, groups, context)
    if (pairs := find_pairs(table)) is not None:
        rewritten, said = pair_table(table, pairs)
        return _rewritten(read_table(rewritten, context), said)
    if (tracks := find_tracks(table)) is not None:
        rewritten, said = track_table(table, tracks)
        return _rewritten(read_table(rewritten, context), said)
    return None


def _all_day_lines(rows: Sequence[Row], table: Table) -> list[str]:
    """The reading line for rows whose duration says all day (ComarCon's `Todo el día`), else none."""
    all_day = [row for row in rows if row.all_day]
    if not all_day:
        return []
    first = table.describe(all_day[0].cells[0])
    return [f"{len(all_day)} rows last all day (their duration), read at their start with no end, from {first}"]


def _numbered_from_one(rows: tuple[Row, ...]) -> tuple[tuple[Row, ...], list[str]]:
    """The rows with day numbers counted from 1, and the reading line that says which number is --date."""
    first_number = day_numbering(row.day for row in rows)
    if first_number is None:
        return rows, []
    counted = tuple(
        attrs.evolve(
            row, day=counted_from_one(row.day, first_number), end_day=counted_from_one(row.end_day, first_number)
        )
        for row in rows
    )
    return counted, [f"day numbers from {first_number}: day {first_number} is the first day (--date)"]


def _read_blocks(blocks: Sequence[Table], context: ReadContext) -> TableRead:
    """Each block of a table under its own header (`header_blocks`), one after the other."""
    reads = [read for block in blocks if (read := read_table(block, context)) is not None]
    reading = list(reads[0].reading)
    for block, read in zip(blocks[1:], reads[1:], strict=True):
        start = block.rows[0][0].line if block.rows and block.rows[0] else 0
        reading.extend(f"from line {start}, under a header of its own: {line}" for line in read.reading)
    return TableRead(
        tuple(item for read in reads for item in read.items),
        tuple(problem for read in reads for problem in read.problems),
        tuple(reading),
        tuple(pair for read in reads for pair in read.addresses),
    )


class UnrealDateError(ParseError, DateError):
    """A row's date that names no day: an error at its row, and a `DateError` to a page that says it of its heading."""


def read_joined(tables: Sequence[Table], context: ReadContext) -> TableRead | None:
    """Read tables joined by id (see `joins`, `grid_joins`) as one: None when none of them holds a schedule."""
    unpivoted, gridded = join_grids(tables)
    joined, said = join_tables(unpivoted)
    said = [*gridded, *said]
    items: list[Item] = []
    problems: list[Problem] = []
    reading: list[str] = list(said)
    for table in joined:
        read = read_table(table, context, required=False)
        if read is None:
            continue
        items.extend(read.items)
        problems.extend(read.problems)
        where = f"sheet {table.sheet!r}: " if table.sheet else ""
        reading.extend(f"{where}{line}" for line in read.reading)
    if not items and not problems:
        return None
    ordered = sorted(items, key=lambda item: (item.start is None, item.start or datetime.min.replace(tzinfo=UTC)))
    return TableRead(tuple(ordered), tuple(problems), tuple(reading))


def _read_headerless(table: Table, context: ReadContext, *, required: bool) -> TableRead | None:
    """A table without a header: a grid (perhaps turned over), day blocks side by side, or none."""
    if (day_rows := find_day_rows(table)) is not None and (read := read_day_rows(table, day_rows, context)):
        return read
    grid = find_grid(table)
    if grid is not None:
        table, grid, said = paired_day_columns(table, grid)  # Aurillac 2023's `Jours impairs (mer 23 et ven 25)`
        return _rewritten(read_grid_blocks(table, grid, context), said)
    if (turned := read_turned(table, context)) is not None:
        return turned
    if (blocks := find_blocks(table)) is not None:
        rewritten, said = block_table(table, blocks)
        return _rewritten(read_table(rewritten, context), said)
    if required:
        raise mapping_required(table)
    return None


def _rewritten(read: TableRead | None, said: tuple[str, ...]) -> TableRead:
    """A table rewritten as one row per item, read: what the rewriting says first."""
    assert read is not None  # the rewritten table's header is one we know
    return attrs.evolve(read, reading=(*said, *read.reading))


def _read_groups(table: Table, groups: Groups, context: ReadContext) -> TableRead:
    """Each stage's columns read as a table of their own, the items back in row order."""
    items: list[tuple[int, int, Item]] = []
    problems: list[Problem] = []
    reading: list[str] = []
    for position, (stage, columns) in enumerate(groups.groups):
        read = read_table(group_table(table, groups, stage, columns), context)
        assert read is not None  # a stage's table has a header we know
        items.extend((item.source.line or 0, position, item) for item in read.items)
        problems.extend(read.problems)
        reading.extend(f"stage {stage!r}: {line}" for line in (f"{len(read.items)} items", *read.reading))
    shared = ", ".join(name for _, name in groups.shared)
    stages = ", ".join(stage for stage, _ in groups.groups)
    said = f"stage groups of columns: {stages}; shared: {shared}" if shared else f"stage groups of columns: {stages}"
    ordered = tuple(item for _, _, item in sorted(items, key=lambda entry: entry[:2]))
    return TableRead(ordered, tuple(problems), (said, *reading))


def _unused(table: Table, mapping: Mapping) -> Sequence[str]:
    if mapping.header is None:
        return ()
    used = {column for columns in mapping.columns.values() for column in columns}
    header = table.rows[mapping.header]
    names = [cell.text for index, cell in enumerate(header) if cell.text and index not in used]
    # a name of signs only is said too: RECOMB 2026's poster numbers under "#" were dropped unsaid
    said = (f"not read: {', '.join(key_families(names))}",) if names else ()
    return (*said, *unnamed_columns(table, mapping.header, used))


_FAMILY_AT_LEAST = 8
"""How many flattened keys of one object ("pc_conflicts.a@b", …) are said as one family."""


def key_families(names: Sequence[str]) -> list[str]:
    """The names, a family of flattened keys said once: "pc_conflicts.… (31 keys)".

    A JSON object keyed by data (HotCRP's `pc_conflicts`, keyed by reviewers' e-mail addresses)
    spreads into a column per key; its keys are no column names to print, and addresses never are.
    """
    families: dict[str, list[str]] = {}
    for name in names:
        families.setdefault(name.split(".", 1)[0] + "." if "." in name else name, []).append(name)
    said: list[str] = []
    for prefix, members in families.items():
        keyed_by_data = prefix.endswith(".") and any("@" in member for member in members)
        if keyed_by_data or len(members) >= _FAMILY_AT_LEAST:
            said.append(f"{prefix}… ({len(members)} keys)")
        else:
            said.extend(members)
    return said


_SHOWN_VALUES = 3


def unnamed_columns(table: Table, header: int, used: set[int]) -> list[str]:
    """A column with values under no header name, said with its first values (RECOMB 2026's posters' column E)."""
    named = {index for index, cell in enumerate(table.rows[header]) if cell.text}
    values: dict[int, list[str]] = {}
    for row in table.rows[header + 1 :]:
        for index, cell in enumerate(row):
            if cell.text and index not in named and index not in used:
                values.setdefault(index, []).append(cell.text)
    return [
        f"not read: column {column_letter(index)} (no name; {', '.join(list(dict.fromkeys(found))[:_SHOWN_VALUES])}"
        f"{', …' if len(set(found)) > _SHOWN_VALUES else ''})"
        for index, found in sorted(values.items())
    ]


def reading_summary(items: Sequence[Item]) -> tuple[str, ...]:
    """The count line `program check` prints: "62 items, 48 people, 9 rooms"."""
    people = {name for item in items for name in item.people}
    rooms = {item.location for item in items if item.location}
    return (f"{len(items)} items, {len(people)} people, {len(rooms)} rooms",)


def _joined_rows(rows: int, joined: Sequence[Item]) -> list[str]:
    """What `program check` says of rows joined into one item: presenters' rows, or an item written twice."""
    if len(joined) == rows:
        return []
    # DLF Forum 2020 writes its brunch twice, once with its link and once with its description: no presenters
    kind = "one row per presenter" if any(item.people for item in joined) else "rows repeating an item's title and time"
    return [f"{kind}: {rows} rows joined into {len(joined)} items"]
