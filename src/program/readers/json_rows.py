"""A static site's JSON list of sessions (`_data/sessions.json`, `talks.json`), read as a table.

A JSON array of objects, or an object holding one such array (`{"sessions": [...]}`), is a
table whose header is the objects' keys: `json_table` makes it one and `tabular` reads it,
so the keys map to fields exactly as a CSV header does (title, speaker, start, end, room,
track, type, abstract; in English, German, French, Spanish; `title_en` beside `title_ja`),
`[feeds.columns]` maps them explicitly, and `program check` prints the mapping used.
Detection claims only a list whose opening keys make such a header, and leaves the JSON
of the apps (Sessionize, Open Event, pretalx), paper lists and frab to their own readers.
"""

from __future__ import annotations

import re
from collections.abc import Mapping, Sequence
from typing import Any, ClassVar

from program.errors import ParseError
from program.model import Program, SourceRef
from program.readers.app_json import offset_context
from program.readers.base import ReadContext, load_json
from program.readers.json_companions import companion_tables
from program.readers.json_day_lists import day_lists, said
from program.readers.json_shape import PRETALX_CODES, entries_within, is_hotcrp, is_konopas, is_site_schedule
from program.readers.json_table import (
    find_rows,
    header_keys,
    json_table,
    row_lines,
    skipped_rows,
    unread_people,
    written_offsets,
)
from program.readers.tabular.cells import Cell
from program.readers.tabular.columns import header_fields, is_header
from program.readers.tabular.joins import joins
from program.readers.tabular.read import read_joined, read_table, reading_summary
from program.readers.tabular.zone_rows import zone_context, zone_reading

_OPENING = re.compile(r'^\[\s*\{|^\{\s*"[^"\\]{1,60}"\s*:\s*\[\s*\{')
_APP_KEYS = re.compile(
    r'"(?:isServiceSession|startsAt|starts-at|ends-at|microlocation|session[-_]type|long[-_]abstract|'
    r"short[-_]abstract|py/object|content|UID|forum|paper_id|slot_type|do_not_record|content_locale|"
    r'avatar_thumbnail_tiny|schedule_id|submission_type_id|guid|persons)"\s*:'
)
"""Keys only the apps' and paper lists' JSON write (Sessionize, Open Event, pretalx, frab, OpenReview, Mini-Conf).
Not `authors`: a site's list of talks names their people so (HotCRP's export is told by `is_hotcrp` instead)."""
_SCALAR = r'(?:"(?:[^"\\]|\\.)*"|-?[\d.]+|null|true|false)'
_NESTED_ENTRIES = re.compile(
    rf'\{{(?:\s*"(?!title"|name"|session"|talk")[^"]+"\s*:\s*{_SCALAR}\s*,)+\s*"[^"]+"\s*:\s*\[\s*\{{'
    rf'(?:\s*"[^"]+"\s*:\s*{_SCALAR}\s*,)*?\s*"title"\s*:\s*{_SCALAR}\s*,'
    rf'(?:\s*"[^"]+"\s*:\s*{_SCALAR}\s*,)*?\s*"(?:talks|sessions|items|events|time|start)"\s*:'
)
"""An untitled object opening with scalars, then a list of titled entries that are timed or hold entries of their
own: CLIN 35's `{"type": "session", "start": …, "location": "MSI", "events": [{"track": …, "title": …,
"location": …, "talks": [...]`, a slot of a site's schedule, not a row."""

_UNTITLED = "a row without a title"
"""Why the table reader leaves a row out that has no title (`tabular.rows`)."""


def _refuse_nested_entries(rows: Sequence[Mapping[str, Any]], source: str, lines: Sequence[int]) -> None:
    """Refuse rows that hold schedule entries in lists: read as rows, those entries would be lost.

    Raises:
        ParseError: at the first such row, naming the key and the reader that reads them.
    """
    for index, row in enumerate(rows):
        if (within := entries_within(row)) is not None:
            key, count = within
            line = lines[index] if index < len(lines) else 1
            raise ParseError(
                f"expected rows with a title each; row /{index} has none and holds {count} titled entries under "
                f'"{key}" (a site\'s schedule, not a table): pass --format yaml-site, which reads such entries',
                SourceRef(source, line),
            )


class JsonRowsReader:
    """Reads a JSON list of row objects as a table with the keys as header."""

    name: ClassVar[str] = "json-rows"
    description: ClassVar[str] = (
        "a JSON list of sessions (a static site's _data/sessions.json): keys read as a spreadsheet's header"
    )

    def detect(self, text: str) -> bool:
        """Whether `text` opens a list of objects whose keys name a title and another known field."""
        head = text[:2000].lstrip("\ufeff \n\t\r")
        if _OPENING.match(head) is None or _APP_KEYS.search(head) or PRETALX_CODES.search(head):
            return False
        if _NESTED_ENTRIES.search(head) or is_konopas(head):  # a site's slots (yaml-site's), KonOpas' items (konopas')
            return False
        if is_hotcrp(head):  # HotCRP's submissions are papers, rejected ones among them: the hotcrp reader's
            return False
        keys = header_keys(head)
        # a whole document whose entries sit deeper than one list of rows (days and slots, several lists) is
        # yaml-site's: the shared judgement, so that the two never claim one file
        return is_header(header_fields(tuple(Cell(key, 1) for key in keys))) and not is_site_schedule(text)

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the rows as a table.

        Raises:
            ParseError: for JSON that holds no list of objects, or rows without a header we know.
            UsageError: for rows that need a column mapping, --timezone or --date.
        """
        text = text.lstrip("\ufeff")
        document = load_json(text, source, strict=False)  # hand-edited site data: line breaks in strings
        found = day_lists(document, text, source) or find_rows(document)
        if found is None:
            raise ParseError(
                'expected a JSON list of objects (rows), or an object holding one list of them ({"sessions": [...]})',
                SourceRef(source, 1),
            )
        _refuse_nested_entries(found.rows, source, row_lines(text, found, source))
        given, table = context, json_table(text, found, source, context.timezone)
        context, problems = zone_context(context, table)  # "timezone": "JST" on every row, before the offsets' zone
        context, offset_problems = offset_context(context, written_offsets(found), source)
        problems += offset_problems
        if context.timezone != given.timezone:
            table = json_table(text, found, source, context.timezone)
        others = [
            other for other in companion_tables(source, context.companions, context.timezone) if joins(table, other)
        ]
        read = read_joined([table, *others], context) if others else read_table(table, context)
        assert read is not None  # a required table is read or raises
        skipped = skipped_rows(read.reading, table)
        untitled = [warning for warning in skipped if _UNTITLED in warning.message]
        if not read.items and len(untitled) == len(found.rows):  # Penguicon 2019: 398 rows, every title ""
            raise ParseError(f"expected a title in the rows: its {len(untitled)} rows have none", SourceRef(source, 1))
        where = f'the list under "{found.key}"' if found.key else "a list"
        reading = said(found) if found.places else f"{where} of {len(found.rows)} JSON objects"
        return Program(
            title="",
            timezone=context.timezone.key if context.timezone else "UTC",
            items=read.items,
            problems=(*problems, *skipped, *unread_people(read.reading, table, found), *read.problems),
            sources=(source, *(other.source for other in others)),
            reading=(
                reading,
                *zone_reading(given, table),
                *reading_summary(read.items),
                *read.reading,
            ),
            addresses=read.addresses,
        )
