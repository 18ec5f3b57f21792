"""CSV and TSV spreadsheets: the delimiter sniffed (";" and tab files are often named .csv).

A thin adapter: the text becomes a `Table` of cells that know their line, and `tabular`
reads it. Detection claims only a table whose header names a title and a time or date
column (Title, Start, Room; Titel, Beginn, Raum; Titre, Début, Salle), so a paper list
(Mini-Conf's papers.csv, a CMT export: their own readers),
a schedule page or an abstract list is never taken for a spreadsheet.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Sequence
from pathlib import Path
from typing import ClassVar

import attrs

from program.errors import ParseError, UsageError
from program.inputs import MAX_SETTINGS_SIZE, read_input
from program.model import Program, SourceRef
from program.readers.app_json import offset_context
from program.readers.base import ReadContext, decode_feed
from program.readers.lines.detect import dated_tab_page
from program.readers.lines.rows import is_bare_pipe_table
from program.readers.notation.times import is_span
from program.readers.paper_records import header_names, is_paper_list_header, scheduled_export
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.column_guess import guessed_columns, said_columns
from program.readers.tabular.columns import header_fields, is_header, with_stamped_start
from program.readers.tabular.day_rows import find_day_rows
from program.readers.tabular.grid import find_grid
from program.readers.tabular.grid_joins import find_grid_join
from program.readers.tabular.groups import is_grouped_header
from program.readers.tabular.joins import JOIN_KEY, joins
from program.readers.tabular.numbered_slots import numbered_slot_days, read_numbered_slots
from program.readers.tabular.pairs import is_pair_header
from program.readers.tabular.placing import TableRead
from program.readers.tabular.read import read_joined, read_table, reading_summary
from program.readers.tabular.stamps import stamp_offsets
from program.readers.tabular.zone_columns import zone_columns
from program.readers.tabular.zone_rows import zone_context, zone_disagrees, zone_reading

DELIMITERS = (",", ";", "\t", "|")
_TIMING = {"date", "time", "start", "end", "duration"}


class SpreadsheetCsvReader:
    """Reads a schedule kept as a CSV or TSV table (row per item, row per presenter, or a grid)."""

    name: ClassVar[str] = "csv"
    description: ClassVar[str] = (
        "a spreadsheet saved as CSV or TSV (comma, semicolon or tab): Title, Speaker, Date, Start, End, Room…"
    )

    def detect(self, text: str) -> bool:
        """Whether `text` opens with a table whose header names a title and a time or date column."""
        head = text[:2000]
        if head.lstrip()[:1] in ("<", "{", "["):
            return False
        if is_paper_list_header(header_names(head)) and not scheduled_export(head):  # the paper list readers'
            return False
        delimiter = sniff_delimiter(head) or ragged_delimiter(head)
        if delimiter is None:
            return False
        lines = head.split("\n")[:-1] if "\n" in head else [head]
        # A Markdown page with a table in it, or a day line ("Monday, March 2, 2026") above tab rows: a page
        # copied as text, the schedule-page reader's.
        if (delimiter == "|" and not is_bare_pipe_table(lines)) or (delimiter == "\t" and dated_tab_page(lines)):
            return False
        rows = list(csv.reader(lines, delimiter=delimiter))
        table = Table("", tuple(tuple(Cell(value, 1) for value in row) for row in rows))
        for index, cells in enumerate(table.rows[:10]):
            fields = with_stamped_start(table, index, cells, header_fields(cells))
            timed = bool(fields.keys() & _TIMING) or bool(zone_columns(cells))  # PROBPROG 2021's "BST,EDT,PDT"
            if (is_header(fields) or is_grouped_header(cells) or is_pair_header(cells)) and timed:
                return True
        return _is_grid(table) or numbered_slot_days(table) is not None  # MMTTC 2026: days under slots 1, 2, 3, 4

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the table into a program.

        Raises:
            ParseError: for a text that is not a table (a quote never closed).
            UsageError: for a table that needs a column mapping, --timezone or --date.
        """
        table = csv_table(text, source)
        given = context
        context, zone_problems = zone_context(context, table)  # a zone the sheet names before one its offsets imply
        context, offset_problems = offset_context(context, stamp_offsets(table), source)
        joined = dict(context.columns).get(JOIN_KEY)
        read: TableRead | None
        others: list[Table] = []
        if joined:
            context = attrs.evolve(context, columns=tuple(pair for pair in context.columns if pair[0] != JOIN_KEY))
            read = _read_with(table, Path(source).parent / joined, context)
        elif others := companion_tables(table, source, context.companions):
            read = read_joined([table, *others], context)
        else:  # a grid of days under numbered slots gives no times: no zone is needed
            read = read_numbered_slots(table) or read_table(table, context)
        assert read is not None  # a required table is read or raises
        delimiter = sniff_delimiter(text[:2000]) or ragged_delimiter(text[:2000]) or ","
        said = {",": "comma", ";": "semicolon", "\t": "tab", "|": "pipe"}[delimiter]
        return Program(
            title="",
            timezone=context.timezone.key if context.timezone else "UTC",
            items=read.items,
            problems=(*offset_problems, *zone_problems, *zone_disagrees(given, table, read.items), *read.problems),
            sources=(source, *(other.source for other in others)),
            reading=(
                f"a {said}-separated table",
                *zone_reading(given, table),
                *reading_summary(read.items),
                *read.reading,
            ),
            addresses=read.addresses,
        )


_EXAMPLE_COLUMNS = (("time", "A"), ("title", "B"), ("people", "C"))
"""The mapping an error shows when the cells suggest none."""


def headerless_hint(text: str, source: str) -> str:
    """What to do with a table whose header names nothing we know: the mapping its cells suggest, on the command line.

    Said where its format cannot be told (`feed_reading`) and where it is read as CSV with no mapping.
    """
    try:
        guess = guessed_columns(csv_table(text, source))
    except ParseError:
        guess = None
    return columns_hint(guess)


def columns_hint(guess: Sequence[tuple[str, str]] | None) -> str:
    """How to map a headerless table's columns: `--columns` with the guess (or an example), or the program file's."""
    pairs = guess or _EXAMPLE_COLUMNS
    said = "its cells suggest" if guess else "for example"
    table = ", ".join(f'{field} = "{name}"' for field, name in pairs)
    return (
        f"a table without a header row: map its columns by letter, {said} --columns {said_columns(pairs)} "
        f'(or in its [[feeds]]: format = "csv" and [feeds.columns] {table})'
    )


UNTIMED_HINT = (
    "a table whose header names no time or date column: pass --format csv to read its rows as untimed "
    'items, or name the columns in its [[feeds]] ([feeds.columns] title = "…", start = "…")'
)
"""What to do with a table whose header the reader knows but that has no timing column (a paper list)."""


_WORDED = re.compile(r"^(?!.*\d{2})(?=.*[^\W\d_]).*$")
"""A header's name: words (`Paper_Title`, `Authors_Name (comma separated)`), perhaps numbered (`Speaker 2`)."""


def unknown_header(text: str) -> tuple[str, ...] | None:
    """The first row of a headerless-looking table when it reads as a header after all: every cell a name, no data.

    Offline RL 2021's papers.csv opens `CMT_Paper_ID,Paper_Title,Authors_Name (comma separated),…`: a header
    whose names none of ours match, which a message must not call a table without one.
    """
    head = text[:2000].lstrip("\ufeff")
    delimiter = _table_delimiter(head)
    if delimiter is None:
        return None
    lines = head.split("\n")[:-1] if "\n" in head else [head]
    rows = list(csv.reader(lines[:6], delimiter=delimiter))
    if len(rows) < 2:
        return None
    names = tuple(value.strip() for value in rows[0])
    named = [name for name in names if name]
    if len(named) < 2 or len(set(named)) < len(named) or any(len(name) > 60 for name in named):
        return None
    worded = all(_WORDED.match(name) and not is_span(name) for name in named)
    # below it, data: a number or a time somewhere (`4,DCUR: Data Curriculum…`), which no header's name is
    data = any(not _WORDED.match(cell.strip()) for row in rows[1:] for cell in row if cell.strip())
    return names if worded and data else None


def is_headerless_table(text: str) -> bool:
    """Whether `text` opens as rows of a delimited table (not markup) whose header the reader cannot name."""
    return is_delimited_table(text) and header_row(text) is None


def is_delimited_table(text: str) -> bool:
    """Whether `text` opens as rows of a delimited table (comma, semicolon, tab; not markup, not a pipe table)."""
    return _table_delimiter(text) is not None


def header_row(text: str) -> tuple[str, ...] | None:
    """The names of the header row a delimited table opens with (among its first rows), else None.

    pandas writes its index column with an empty name (EDTM 2025: `,index,transaction,title,…`
    after a BOM): the other names still make the header.
    """
    head = text[:2000].lstrip("\ufeff")
    delimiter = _table_delimiter(head)
    if delimiter is None:
        return None
    lines = head.split("\n")[:-1] if "\n" in head else [head]
    for row in list(csv.reader(lines, delimiter=delimiter))[:10]:
        if is_header(header_fields(tuple(Cell(value, 1) for value in row))):
            return tuple(value.strip() for value in row)
    return None


def _table_delimiter(text: str) -> str | None:
    head = text[:2000]
    if head.lstrip()[:1] in ("<", "{", "["):
        return None
    delimiter = sniff_delimiter(head)
    return delimiter if delimiter != "|" else None


def _read_with(table: Table, path: Path, context: ReadContext) -> TableRead:
    """Read `table` joined by id with the table in `path` (the program file's `join_file`).

    Raises:
        UsageError: when the file cannot be read or no column of one names the other's ids.
    """
    other = csv_table(
        decode_feed(read_input(path, "a joined table", MAX_SETTINGS_SIZE), path.as_posix()), path.as_posix()
    )
    read = read_joined([table, other], context)
    if read is None or not any(line.startswith("joined by id") for line in read.reading):
        raise UsageError(
            f"{table.source}: [feeds.columns] {JOIN_KEY} = {path.name!r}: no column of either table holds the "
            'other\'s ids (an id column is named id, code or key, or ends in " id")'
        )
    return read


def companion_tables(table: Table, source: str, companions: Sequence[str]) -> list[Table]:
    """The CSV feeds given with this one that it joins by id (a grid of poster ids and the posters' table).

    One that is no table, or that neither names this one's ids nor has ids this one names, is a
    feed of its own, read and reported by itself.
    """
    found = []
    for path in companions:
        if Path(path).suffix.casefold() not in (".csv", ".tsv"):
            continue
        try:
            other = csv_table(decode_feed(read_input(Path(path), "a joined table", MAX_SETTINGS_SIZE), path), path)
        except (ParseError, UsageError):
            continue
        if find_grid_join(table, other) is not None or joins(table, other):
            found.append(other)
    return found


def sniff_delimiter(text: str) -> str | None:
    """Return the delimiter that splits the opening lines into the same number of fields (two or more)."""
    lines = [line for line in text.split("\n")[:12] if line.strip()]
    if not lines:
        return None
    best: tuple[int, str] | None = None
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        common = max(set(widths), key=widths.count)
        agreeing = widths.count(common)
        if common >= 2 and agreeing * 2 > len(widths) and (best is None or (agreeing, common) > (best[0], 0)):
            best = (agreeing, delimiter)
    return best[1] if best else None


def ragged_delimiter(text: str) -> str | None:
    """The delimiter of a header row whose records leave their trailing empty fields out, else None.

    MASES 2018's Jekyll CSV writes `Time,Title,Authors,Type` over `08:00,Registration` and
    `10:30,"Applying …","Robert Clarisó and Jordi Cabot",Paper`: no width is most lines', but every
    record has two fields or more and none more than the header.
    """
    lines = [line for line in text.split("\n")[:12] if line.strip()]
    for delimiter in DELIMITERS:
        try:
            widths = [len(row) for row in csv.reader(lines, delimiter=delimiter)]
        except csv.Error:
            continue
        if len(widths) >= 3 and widths[0] >= 3 and all(2 <= width <= widths[0] for width in widths[1:]):
            return delimiter
    return None


def csv_table(text: str, source: str) -> Table:
    """The text's rows as cells, each knowing the line its record starts on.

    Raises:
        ParseError: for a quote that is never closed.
    """
    delimiter = sniff_delimiter(text[:2000]) or ragged_delimiter(text[:2000]) or ","
    rows = _records(text, delimiter, source)
    if _wider_than_header(rows) and f'{delimiter} "' in text:
        # Agora 2026: `…,"Pourquoi faire …", "Florent Collovati, LPSC",…`, a space before the quote: the field is
        # quoted all the same, as the row's width under the header says
        spaced = _records(text, delimiter, source, spaced=True)
        rows = rows if _wider_than_header(spaced) else spaced
    return Table(source, tuple(rows))


def _records(text: str, delimiter: str, source: str, *, spaced: bool = False) -> list[tuple[Cell, ...]]:
    """The records as cells, each knowing its line; `spaced`: a quote after a delimiter and spaces opens a field.

    Raises:
        ParseError: for a quote that is never closed.
    """
    reader = csv.reader(io.StringIO(text), delimiter=delimiter, skipinitialspace=spaced)
    rows: list[tuple[Cell, ...]] = []
    line = 1
    try:
        for record in reader:
            rows.append(tuple(Cell(value, line) for value in record))
            line = reader.line_num + 1
    except csv.Error as error:
        raise ParseError(f"expected a CSV table: {error}", SourceRef(source, line)) from None
    return rows


def _wider_than_header(rows: list[tuple[Cell, ...]]) -> bool:
    return bool(rows) and any(len(row) > len(rows[0]) for row in rows[1:])


_CLOCK = re.compile(r"\d[:.h]\d\d|\d\s*[ap]\.?m\b", re.IGNORECASE)


def _is_grid(table: Table) -> bool:
    r"""Whether the table is a grid of rooms as columns over rows of times, with no title column.

    A week grid, "Time | Monday 12* | Tuesday 13 | …" over rows led by times (SNLab); rooms as columns
    over rows led by clock times (a bare "0, 1, 2" index column is no time: EDTM 2025); or day numbers
    in column A beside clock times in column B, under rooms whose header leaves both unnamed (GUADEC
    2017's TSV: "\t\tTuring - G29\tHopper - G44\tElsewhere", then "1\t09:30\tRegistration"), which the
    first grid takes for one led by times in column A ("1" one o'clock) and refuses.
    """
    grid = find_grid(table)
    if grid is not None and (grid.days or _clock_led(table, grid.header)):
        return True
    days = find_day_rows(table)
    return days is not None and _clock_led(table, days.header, days.offset + 1)


def _clock_led(table: Table, header: int, column: int = 0) -> bool:
    """Whether most rows under a grid's header are led by a clock time ("10:00-11:00", "9am"), not a number.

    Led in `column`: the first, or the second where the first marks the days.
    """
    led = [row[column].text for row in table.rows[header + 1 :] if len(row) > column and row[column].text]
    return bool(led) and sum(bool(_CLOCK.search(text)) for text in led) * 2 >= len(led)
