"""A JavaScript or TypeScript data module's list of sessions (`src/data/programs.ts`), read as a table.

Sites built with React, Vue or Svelte keep their programme in the code: `const scheduleData =
[{ time: '10:00 - 10:10', program: '개회사', presenter: '한정현 사업단장', location: '강당 (B112호)' }, …]`
then `export default scheduleData` (KU AI Tech Day 2024). Each object is a row and its keys the
header, exactly as `json-rows` reads a JSON list (`json_table`, `tabular`): the same names map to
fields, `[feeds.columns]` maps them explicitly, and `program check` prints the mapping used.
The literals are read by `js_literal` (JSON5, never run); a value the script computes is refused
at its line.

Lists under an object's keys (`const data = { scene: [...] }`) and under a Vue component's `data()`
are found by `js_objects`. A module may assign several lists. Those whose keys make a header are read;
when some are timed and others not (a `speakers` list beside the `schedule`), only the timed ones. Lists named by day
(`scheduleDay1`, `scheduleDay2`: RAADE 2025) give each row its day's number, day 1 being `--date`;
other lists (`morningSchedule`, `afternoonSchedule`) are read one after the other.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError
from program.model import Program, SourceRef
from program.readers.base import ReadContext
from program.readers.js_literal import ASSIGNMENT, ModuleList, opening_keys
from program.readers.js_nested_rows import nested_rows, said
from program.readers.js_objects import holds_script_objects, script_lists
from program.readers.json_shape import is_konopas
from program.readers.json_table import JsonRows, json_table, skipped_rows, unread_people
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.columns import header_fields, is_header
from program.readers.tabular.read import read_table, reading_summary
from program.readers.tabular.zone_rows import zone_context, zone_reading

_DAY_NAME = re.compile(r"day[\s_-]*(?P<number>\d{1,2})$", re.IGNORECASE)
"""A list named by its day: `scheduleDay1`, `day_2`, `DAY2`."""
_TIMED = frozenset({"time", "start", "end", "date", "duration"})


def _header(rows: Sequence[Mapping[str, Any]]) -> dict[str, tuple[int, ...]]:
    keys = list(dict.fromkeys(key for row in rows for key in row))
    return header_fields(tuple(Cell(key, 1) for key in keys))


def _rows_of(found: ModuleList) -> list[Mapping[str, Any]] | None:
    value = found.value
    if not value or not all(isinstance(row, dict) for row in value):
        return None
    return value


def schedule_lists(lists: Sequence[ModuleList]) -> list[ModuleList]:
    """The lists of rows whose keys make a header; the timed ones only, when some are."""
    tables = [found for found in lists if (rows := _rows_of(found)) is not None and is_header(_header(rows))]
    timed = [found for found in tables if _TIMED & _header(found.value).keys()]
    return timed or tables


def _day_numbers(lists: Sequence[ModuleList]) -> list[str] | None:
    """Each list's day number when there are two or more and every one is named by its day, else None."""
    numbers = [_DAY_NAME.search(found.name) for found in lists]
    if len(lists) < 2 or not all(numbers):
        return None
    return [number["number"] for number in numbers if number is not None]


def module_rows(lists: Sequence[ModuleList]) -> JsonRows:
    """The rows of `lists`, in order, each with its pointer (`/3`, `/scheduleDay2/3`) and line; a day list's its day."""
    days = _day_numbers(lists)
    rows: list[Mapping[str, Any]] = []
    places: list[tuple[str, int]] = []
    for at, found in enumerate(lists):
        base = "" if len(lists) == 1 else "/" + found.name
        for index, (row, line) in enumerate(zip(found.value, found.lines, strict=True)):
            own = {key.casefold() for key in row}
            rows.append({**row, "day": days[at]} if days and "day" not in own else row)
            places.append((f"{base}/{index}", line))
    return JsonRows(tuple(rows), None, tuple(places))


def _holds_nested_rows(text: str) -> bool:
    """Whether the whole module keeps sessions in lists under an object's keys, or under days or tracks.

    An opening cut short never parses: detection asks again with the whole text.
    """
    try:
        lists = [found for found in script_lists(text, "") if found.refused is None]
    except ParseError:
        return False
    return bool(schedule_lists(lists)) or nested_rows([found for found in lists if _rows_of(found)], text) is not None


def _usable(lists: Sequence[ModuleList]) -> list[ModuleList]:
    """The lists read; one under an object's key that computes a value is refused if its keys make a header."""
    for found in lists:
        if found.refused is not None and is_header(_header(found.value)):
            raise found.refused
    return [found for found in lists if found.refused is None]


def _unread(lists: Sequence[ModuleList]) -> tuple[str, ...]:
    """What `check` says of the lists not read, for a value the script computes."""
    return tuple(
        f"not read: the list {found.name} (line {found.refused.source.line if found.refused.source else 1}: "
        "a value the script computes)"
        for found in lists
        if found.refused is not None
    )


def _said(lists: Sequence[ModuleList], count: int) -> str:
    names = ", ".join(found.name for found in lists)
    days = " (each named by its day: day 1 is --date)" if _day_numbers(lists) else ""
    return f"the module's list{'s' if len(lists) > 1 else ''} {names}{days}: {count} objects"


def _script_table(text: str, found: JsonRows, source: str, zone: ZoneInfo | None) -> Table:
    """The module's rows as a table that messages call a script's list of keys (no sheet, no columns)."""
    return attrs.evolve(json_table(text, found, source, zone), holder="script's list", field="key")


class JsRowsReader:
    """Reads the lists of row objects a JavaScript or TypeScript module assigns, as a table with the keys as header."""

    name: ClassVar[str] = "js-rows"
    description: ClassVar[str] = (
        "a JavaScript/TypeScript data module's list of sessions (`export const schedule = [{ time: '10:00', "
        "title: … }]`, lists under an object's keys, a Vue component's `data()`): keys read as a spreadsheet's header"
    )

    def detect(self, text: str) -> bool:
        """Whether `text` assigns a list of objects whose opening keys name a title and another known field."""
        head = text[:4000].lstrip("\ufeff")
        if not holds_script_objects(text) or is_konopas(head):  # KonOpas' `var program = [` is konopas'
            return False
        if ASSIGNMENT.search(head) and is_header(header_fields(tuple(Cell(key, 1) for key in opening_keys(head)))):
            return True
        return _holds_nested_rows(text.lstrip("\ufeff"))

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the module's lists of rows as one table.

        Raises:
            ParseError: for a value the script computes, or a module that assigns no list of rows we know.
            UsageError: for rows that need a column mapping, --timezone or --date.
        """
        text = text.lstrip("\ufeff")
        every = script_lists(text, source)
        lists = _usable(every)
        # keys the program file maps: every list of rows is the table's, whatever its keys are named
        chosen = [found for found in lists if _rows_of(found)] if context.columns else schedule_lists(lists)
        nested = None if chosen or context.columns else nested_rows([one for one in lists if _rows_of(one)], text)
        if not chosen and nested is None:
            if refused := next((found.refused for found in every if found.refused is not None), None):
                raise refused
            assigned = ", ".join(found.name for found in lists) or "none"
            raise ParseError(
                "expected a list of objects whose keys name a title and another field (time, speaker, room…) "
                "assigned at the module's top (`export const schedule = [{ time: …, title: … }]`); "
                f"lists: {assigned}",
                SourceRef(source, 1),
            )
        found = module_rows(chosen) if nested is None else nested
        given, table = context, _script_table(text, found, source, context.timezone)
        context, problems = zone_context(context, table)
        if context.timezone != given.timezone:
            table = _script_table(text, found, source, context.timezone)
        read = read_table(table, context)
        assert read is not None  # a required table is read or raises
        skipped = (*skipped_rows(read.reading, table), *unread_people(read.reading, table, found))
        return Program(
            title="",
            timezone=context.timezone.key if context.timezone else "UTC",
            items=read.items,
            problems=(*problems, *skipped, *read.problems),
            sources=(source,),
            reading=(
                _said(chosen, len(found.rows)) if nested is None else said(lists, nested),
                *_unread(every),
                *zone_reading(given, table),
                *reading_summary(read.items),
                *read.reading,
            ),
            addresses=read.addresses,
        )
