"""A JSON list of row objects → a `Table`, so that it is read exactly as a CSV whose header is its keys.

Static sites keep their schedule as `_data/sessions.json`: a list of flat objects, often
exported from a spreadsheet (DevRelCon Tokyo's Google Sheet, SRCCON's session list). The
keys of all rows, in the order first seen, are the header; each object is a row of cells
that know the line the object starts on. Values are flattened as a sheet would hold them:
a list of names (or of {"name": …} objects) is one people cell, "A; B"; a {language: text}
mapping is its English text; a JavaScript date ("Fri Mar 10 2023 12:00:00 GMT+0900 (JST)",
what a Google Sheet gives a script) or an ISO date-time becomes the wall-clock date-time a
workbook cell holds, its UTC offset kept aside for the zone.
"""

from __future__ import annotations

import json
import re
from collections.abc import Iterator, Mapping, Sequence
from datetime import UTC, datetime, time, timedelta
from typing import Any
from zoneinfo import ZoneInfo

import attrs

from program.errors import ParseError
from program.model import Problem, Severity, SourceRef
from program.model.zones import FIRST_YEAR, LAST_YEAR
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.people import looks_like_name

_JS_DATE = re.compile(
    r"^(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun) (?P<date>\w{3} \d{2} \d{4} \d{2}:\d{2}:\d{2}) "
    r"GMT(?P<offset>[+-]\d{4})(?: \(.*\))?$"
)
_ISO_DATE_TIME = re.compile(r"^\d{4}-\d{2}-\d{2}[T ]\d{2}:\d{2}(?::\d{2}(?:\.\d+)?)?(?:Z|[+-]\d{2}:?\d{2})$")
_SHEETS_EPOCH = datetime(1899, 12, 30)
"""The day a spreadsheet's time-only value falls on (Google Sheets, Excel): such a value is a time of day."""
_NAME_KEYS = ("name", "full_name", "fullName", "public_name", "publicName", "#text", "title")
"""Keys under which an object gives a person's (or a thing's) name: frab's `public_name`, and `#text`, the text of an
XML element converted to JSON (re:publica 2013's `persons: [{"id": "65", "#text": "Andreas Gebhard"}]`)."""
_GIVEN_KEYS = ("first", "first_name", "firstName", "given_name", "givenName")
_FAMILY_KEYS = ("last", "last_name", "lastName", "family_name", "familyName")
"""A person written in parts (HotCRP's authors: {"first": "J Hadi", "last": "Salim", …})."""
_PERSON_DETAILS = ("affiliation", "company", "organization", "organisation", "institution", "email")
"""What a list of people objects says of each person, kept beside their names."""


@attrs.frozen
class JsonRows:
    """A JSON document's list of rows.

    Attributes:
        rows: the row objects, in order.
        key: the key of the object that holds the list, or None for a list at the top.
        places: each row's JSON pointer and line when the rows come from several lists (`json_day_lists`), else ().
    """

    rows: tuple[Mapping[str, Any], ...]
    key: str | None
    places: tuple[tuple[str, int], ...] = ()


def find_rows(document: Any) -> JsonRows | None:
    """The document's list of row objects: the document itself, or the one such list an object holds; else None."""
    if _is_rows(document):
        return JsonRows(tuple(document), None)
    if isinstance(document, dict):
        lists = [(key, value) for key, value in document.items() if _is_rows(value)]
        if len(lists) == 1:
            return JsonRows(tuple(lists[0][1]), lists[0][0])
    return None


def _is_rows(value: Any) -> bool:
    return isinstance(value, list) and bool(value) and all(isinstance(row, dict) for row in value)


def written_offsets(found: JsonRows) -> tuple[timedelta, ...]:
    """The UTC offsets the rows' date-times are written with, to find the zone of a file that names none."""
    return tuple(
        offset for row in found.rows for _, value in _flat_items(row) if (offset := cell_value(value)[1]) is not None
    )


def json_table(text: str, found: JsonRows, source: str, zone: ZoneInfo | None) -> Table:
    """The rows as a table: a header of every key, in the order first seen, and a row per object.

    A date-time written with an offset becomes the wall-clock time of `zone` at that instant
    (its own clock when there is no zone, for the table reader to ask for one).

    Raises:
        ParseError: when the list cannot be found in the text again (it always can in what `load_json` read).
    """
    header = list(dict.fromkeys(key for row in found.rows for key in _flat_keys(row)))
    lines = row_lines(text, found, source)
    rows: list[tuple[Cell, ...]] = [tuple(Cell(name, lines[0] if lines else 1) for name in header)]
    for index, (row, line) in enumerate(zip(found.rows, lines, strict=True)):
        flat = dict(_flat_items(row))
        pointer = row_pointer(found, index)  # a row is named by its JSON pointer, as a sheet's cell by "Sheet1!B7"
        rows.append(tuple(Cell(_in_zone(*cell_value(flat.get(name)), zone), line, pointer) for name in header))
    return Table(source, tuple(rows))


def row_pointer(found: JsonRows, index: int) -> str:
    """The JSON pointer (RFC 6901) of the row at `index`: "/3", or "/sessions/3" in a list under a key."""
    if found.places:
        return found.places[index][0]
    key = "" if found.key is None else "/" + found.key.replace("~", "~0").replace("/", "~1")
    return f"{key}/{index}"


def _in_zone(value: object, offset: timedelta | None, zone: ZoneInfo | None) -> object:
    if offset is None or zone is None or not isinstance(value, datetime):
        return value
    return (value - offset).replace(tzinfo=UTC).astimezone(zone)  # aware: its date, not a day column's, is its day


def _flat_keys(row: Mapping[str, Any]) -> Iterator[str]:
    return (key for key, _ in _flat_items(row))


def _flat_items(row: Mapping[str, Any], prefix: str = "") -> Iterator[tuple[str, Any]]:
    """A row's keys and values; an object that is neither a name nor a {language: text} is spread as "key.inner".

    A list of people objects gives their names under its key and, beside it, what they say of
    each person ("authors.affiliation", "authors.email"), one per person in the list's order.
    """
    for key, value in row.items():
        if isinstance(value, dict) and value and _named(value) is None and not prefix:
            yield from _flat_items(value, f"{key}.")
        else:
            yield f"{prefix}{key}", value
            if not prefix and isinstance(value, list) and any(isinstance(entry, dict) for entry in value):
                yield from _person_details(key, value)


def _person_details(key: str, entries: list[Any]) -> Iterator[tuple[str, str]]:
    people = [entry for entry in entries if isinstance(entry, dict) and _named(entry)]
    for detail in _PERSON_DETAILS:
        found = [entry.get(detail) for entry in people]
        if any(isinstance(value, str) and value.strip() for value in found):
            yield f"{key}.{detail}", "; ".join(value.strip() if isinstance(value, str) else "" for value in found)


def cell_value(value: Any) -> tuple[object, timedelta | None]:
    """A JSON value as a sheet's cell holds it, and the UTC offset of a date-time written with one."""
    if value is None or isinstance(value, bool):  # NEJS Conf 2018 before scheduling: "time": false, an empty cell
        return ("true" if value else ""), None
    if isinstance(value, int | float):
        return value, None
    if isinstance(value, str):
        return _text_value(value)
    if isinstance(value, dict):
        return _named(value) or "", None
    if isinstance(value, list):
        parts = [part for entry in value if (part := _part(entry))]
        return "; ".join(parts), None
    return str(value), None


def _text_value(value: str) -> tuple[object, timedelta | None]:
    """A date-time written as text, as the date-time it names and its offset; any other text as it is.

    A date-time that cannot be (a 31 February, the year 0) or lies outside the years a program
    holds stays text, for the table reader to report as an unreadable row.
    """
    written = value.strip()
    js_date = _JS_DATE.match(written)
    try:
        if js_date is not None:
            moment = datetime.strptime(js_date["date"], "%b %d %Y %H:%M:%S")
            sign = -1 if js_date["offset"][0] == "-" else 1
            offset: timedelta | None = sign * timedelta(
                hours=int(js_date["offset"][1:3]), minutes=int(js_date["offset"][3:])
            )
            if moment.date() == _SHEETS_EPOCH.date():
                return time(moment.hour, moment.minute), None  # a duration or a time of day, not a moment
        elif _ISO_DATE_TIME.match(written):
            aware = datetime.fromisoformat(written.replace("Z", "+00:00"))
            moment, offset = aware.replace(tzinfo=None), aware.utcoffset()
        else:
            return value, None
    except ValueError:
        return value, None
    return (moment, offset) if FIRST_YEAR <= moment.year <= LAST_YEAR else (value, None)


def _named(value: Mapping[str, Any]) -> str | None:
    """The text of a {language: text} mapping (English, else the first) or of an object's name; else None."""
    texts = {key: entry for key, entry in value.items() if isinstance(entry, str) and entry.strip()}
    if texts and all(len(key) == 2 and key.isalpha() and key.islower() for key in value):
        return texts.get("en") or next(iter(texts.values()))
    for key in _NAME_KEYS:
        if isinstance(value.get(key), str) and value[key].strip():
            return str(value[key]).strip()
    parts = [_text_of(value, keys) for keys in (_GIVEN_KEYS, _FAMILY_KEYS)]
    return " ".join(part for part in parts if part) if parts[1] else None


def _text_of(value: Mapping[str, Any], keys: tuple[str, ...]) -> str:
    """The first of `keys` that holds a text, stripped; "" when none does."""
    texts = (" ".join(value[key].split()) for key in keys if isinstance(value.get(key), str))
    return next((text for text in texts if text), "")


def _part(entry: Any) -> str:
    """One entry of a list as text: a name, an object's name, a number (an id), else nothing."""
    if isinstance(entry, str):
        return entry.strip()
    if isinstance(entry, dict):
        return _named(entry) or ""
    if isinstance(entry, int | float) and not isinstance(entry, bool):
        return str(entry)
    return ""


def row_lines(text: str, found: JsonRows, source: str) -> list[int]:
    """The line each of the rows starts on."""
    if found.places:
        return [line for _, line in found.places]
    return list(list_lines(text, found.key, len(found.rows), source))


def list_lines(text: str, key: str | None, count: int, source: str, after: int = 0) -> Iterator[int]:
    """The line each row object starts on: the list is decoded again, one object at a time, from its bracket.

    The list is the first under `key` (or the first list) at or after the position `after`.
    """
    opening = re.compile(r"\[") if key is None else re.compile(rf'"{re.escape(key)}"\s*:\s*\[')
    found = opening.search(text, after)
    if found is None:
        raise ParseError("expected a JSON list of objects", SourceRef(source, 1))
    decoder = json.JSONDecoder(strict=False)
    position = found.end()
    line = text.count("\n", 0, position) + 1
    for _ in range(count):
        start = _skip(text, position)
        line += text.count("\n", position, start)
        yield line
        _, end = decoder.raw_decode(text, start)
        line += text.count("\n", start, end)
        position = end


def _skip(text: str, position: int) -> int:
    """The position of the next value after white space and a comma."""
    while position < len(text) and text[position] in " \t\r\n,\ufeff":
        position += 1
    return position


_TOKEN = re.compile(r'"(?:[^"\\\n]|\\.)*"|[{}\[\]]')


def header_keys(head: str) -> Sequence[str]:
    """The keys of the opening's row objects, in order, once each: only the rows' own, not those nested in them.

    For detection, which sees only the opening (a row cut off at its end gives the keys it got to).
    """
    keys: dict[str, None] = {}
    depth = 0
    row_depth = 3 if head.lstrip().startswith("{") else 2  # {"sessions": [{…}]} or [{…}]
    for token in _TOKEN.finditer(head):
        found = token.group()
        if found in "{[":
            depth += 1
        elif found in "}]":
            depth -= 1
        elif depth == row_depth and head[token.end() :].lstrip().startswith(":"):
            keys[found[1:-1]] = None
    return list(keys)


def skipped_rows(reading: Sequence[str], table: Table) -> tuple[Problem, ...]:
    """A warning for each row the table reader left out, named by its JSON pointer: a lost row is never only said.

    The reader says them as "skipped: FILE: /3 (why)", the row's cells labelled with its pointer
    (`json_table`); a joined table's rows are its own file's and are said as they are.
    """
    said = re.compile(rf"^skipped: {re.escape(table.source)}: (?P<pointer>/\S+) \((?P<why>.*)\)$", re.DOTALL)
    lines = {row[0].label: row[0].line for row in table.rows[1:] if row}
    found = [match for line in reading if (match := said.match(line)) is not None]
    return tuple(
        Problem(
            Severity.WARNING,
            "skipped-row",
            f"row {match['pointer']} left out: {match['why']}",
            SourceRef(table.source, lines.get(match["pointer"], 1)),
        )
        for match in found
    )


_NOT_READ = "not read: "
_SHOWN_NAMES = 2


def unread_people(reading: Sequence[str], table: Table, found: JsonRows) -> tuple[Problem, ...]:
    """A warning for each key left unread whose rows hold lists of people objects: people never lost unsaid.

    re:publica 2013's frab data names its speakers `persons: [{"id": "65", "#text": "Andreas Gebhard"}]`;
    before `persons` was a people key we know, `check` said only "not read: persons" and the 306 talks had nobody.
    None when a column is read as the people already: netdev 0x16's HotCRP export has its `authors`, and its
    submitters' `contacts` are no one's to speak.
    """
    if any(line.startswith("columns: ") and "→ people" in line for line in reading):
        return ()
    unread = {name for line in reading if line.startswith(_NOT_READ) for name in line[len(_NOT_READ) :].split(", ")}
    lines = {row[0].label: row[0].line for row in table.rows[1:] if row}
    problems: list[Problem] = []
    for key in dict.fromkeys(key for row in found.rows for key in row if key in unread):
        held = [(index, value) for index, row in enumerate(found.rows) if isinstance(value := row.get(key), list)]
        names = [name for _, value in held for entry in value if isinstance(entry, dict) and (name := _named(entry))]
        if not names or sum(looks_like_name(name) for name in names) * 2 < len(names):
            continue
        first = row_pointer(found, held[0][0])
        shown = ", ".join(repr(name) for name in list(dict.fromkeys(names))[:_SHOWN_NAMES])
        problems.append(
            Problem(
                Severity.WARNING,
                "unread-people",
                f"key {key!r} holds people ({len(names)} names in {len(held)} rows: {shown}, …) and is not read: "
                f"no people key we know; to read them pass --columns people={key} "
                f'(a program file: [feeds.columns] people = "{key}")',
                SourceRef(table.source, lines.get(first, 1)),
            )
        )
    return tuple(problems)
