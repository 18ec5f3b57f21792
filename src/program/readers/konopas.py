"""KonOpas' programme data: the list of items a convention's KonOpas guide shows (`program.js`, `program.json`).

KonOpas (konopas.org, used by Worldcons, Finncon, Readercon, academic conferences such as
CCSCNE) reads one list of items, each `{id, title, date, time, mins, loc: [room, area…],
people: [{id, name}], tags, desc}`. The guide loads it as a script, so it is most often
written as JavaScript that assigns the list, `var program = [...];` (Finncon 2013: `var prog`),
and sometimes as bare JSON (SWAcamp 2017's `program.json`). Both are read: the assignment and
its closing `;` are read past, the list between them is JSON. Early lists name the day `day`
(Finncon 2013); later ones write `date` and beside it `day` the weekday (LoneStarCon 3).

`loc` runs from the most specific place to the least (the guide shows `Room (Area)`): its
first entry is the room, the rest the building or area that holds it. The fields map to ours
as a table's columns (`[feeds.columns]` replaces the mapping); `program check` prints it.
"""

from __future__ import annotations

import json
import re
from collections.abc import Mapping
from typing import Any, ClassVar

import attrs

from program.errors import ParseError
from program.model import Problem, Program, Severity, SourceRef
from program.readers.base import ReadContext, load_json
from program.readers.json_shape import KONOPAS_ASSIGNMENT, is_konopas
from program.readers.json_table import JsonRows, find_rows, json_table, skipped_rows
from program.readers.tabular.read import read_table, reading_summary

_COLUMNS = (
    ("title", "title"),
    ("time", "time"),
    ("duration", "mins"),
    ("room", "loc"),
    ("people", "people"),
    ("abstract", "desc"),
)
"""KonOpas' fields and ours; the date's key is the one the list uses (`_date_key`)."""
_GIVEN_SAID, _OURS_SAID = "columns (as given):", "columns (KonOpas' fields):"
_ISO_DATE = re.compile(r"^\d{4}-\d{2}-\d{2}$")
_CLOSING = re.compile(r"\]\s*;?\s*$")


def konopas_json(text: str, source: str) -> str:
    """The JSON list of `text`: a script's `var program = ` and its closing `;` blanked, so lines and columns stay.

    Raises:
        ParseError: for a script whose list does not close at its end.
    """
    assignment = KONOPAS_ASSIGNMENT.match(text)
    if assignment is None:
        return text
    closing = _CLOSING.search(text)
    if closing is None:
        raise ParseError("expected the script's list to close at its end (`];`)", SourceRef(source, 1))
    body = text[assignment.end() - 1 : closing.start() + 1]
    return " " * (assignment.end() - 1) + body


def _date_key(rows: tuple[Mapping[str, Any], ...]) -> str:
    """`date`, unless the list names its days `day` with whole dates (Finncon 2013) and writes no `date`."""
    if any(row.get("date") for row in rows):
        return "date"
    days = [row.get("day") for row in rows if row.get("day")]
    return "day" if days and all(isinstance(day, str) and _ISO_DATE.match(day) for day in days) else "date"


def _written(columns: tuple[tuple[str, str], ...], rows: tuple[Mapping[str, Any], ...]) -> tuple[tuple[str, str], ...]:
    """The fields the list writes: a guide may leave one out of every item (Shore Leave 2022 writes no `mins`)."""
    return tuple((ours, theirs) for ours, theirs in columns if any(theirs in row for row in rows))


def _room_first(row: Mapping[str, Any]) -> Mapping[str, Any]:
    """The row with `loc` its first entry (the room) and the rest under `loc.area`, as a table holds them."""
    loc = row.get("loc")
    if not isinstance(loc, list):
        return row
    places = [place.strip() for place in loc if isinstance(place, str) and place.strip()]
    flat = {key: value for key, value in row.items() if key != "loc"}
    flat["loc"] = places[0] if places else ""
    if len(places) > 1:
        flat["loc.area"] = ", ".join(places[1:])
    return flat


def _items_only(document: Any) -> Any:
    """A list's objects, with what else a spreadsheet's export left in it read as empty objects.

    Shore Leave 2022's list ends on `[], []`: read as blank rows, every row keeps its JSON pointer (`/175`).
    """
    if isinstance(document, list) and any(isinstance(entry, dict) for entry in document):
        return [entry if isinstance(entry, dict) else {} for entry in document]
    return document


def _not_items(document: Any, source: str) -> tuple[Problem, ...]:
    """A warning for the list's entries that are no objects, each by its JSON pointer (`/173`)."""
    if not isinstance(document, list) or not any(isinstance(entry, dict) for entry in document):
        return ()
    left = [
        f"/{index} ({json.dumps(entry)[:20]})" for index, entry in enumerate(document) if not isinstance(entry, dict)
    ]
    if not left:
        return ()
    entries = f"{len(left)} entr{'y' if len(left) == 1 else 'ies'}"
    said = f"{entries} of the list no item (no object) left out: {', '.join(left)}"
    return (Problem(Severity.WARNING, "skipped-row", said, SourceRef(source, 1)),)


class KonopasReader:
    """Reads a KonOpas programme list, bare JSON or assigned in a script."""

    name: ClassVar[str] = "konopas"
    description: ClassVar[str] = (
        "KonOpas' programme (program.js `var program = [...]`, or program.json): "
        "items with date, time, mins, loc [room, area], people"
    )

    def detect(self, text: str) -> bool:
        """Whether `text` opens a list (or a script assigning one) of items with KonOpas' `mins` and `loc`."""
        return is_konopas(text[:3000])

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read every item of the list.

        Raises:
            ParseError: for a script or JSON that holds no list of items.
            UsageError: for a list that needs --timezone (KonOpas writes wall-clock times only).
        """
        text = konopas_json(text.lstrip("\ufeff"), source)
        document = load_json(text, source, strict=False)
        found = find_rows(_items_only(document))
        if found is None or found.key is not None:
            raise ParseError("expected a list of KonOpas items ([{id, title, date, time, …}])", SourceRef(source, 1))
        rows = JsonRows(tuple(_room_first(row) for row in found.rows), None)
        ours = not context.columns
        if ours:
            context = attrs.evolve(context, columns=(*_written(_COLUMNS, rows.rows), ("date", _date_key(rows.rows))))
        table = json_table(text, rows, source, context.timezone)
        read = read_table(table, context)
        assert read is not None  # a required table is read or raises
        skipped = skipped_rows(read.reading, table)
        rooms = {item.location for item in read.items if item.location}
        return Program(
            title="",
            timezone=context.timezone.key if context.timezone else "UTC",
            items=read.items,
            problems=(*_not_items(document, source), *skipped, *read.problems),
            sources=(source,),
            reading=(
                f"a KonOpas list of {sum(1 for row in found.rows if row)} items, {len(rooms)} rooms",
                *reading_summary(read.items),
                *(line.replace(_GIVEN_SAID, _OURS_SAID) if ours else line for line in read.reading),
            ),
            addresses=read.addresses,
        )
