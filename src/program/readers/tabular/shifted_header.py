"""A title column that holds people's names beside an unread column of titles: a header shifted by a column.

The EHEC seminars' `past_seminars.csv` names six columns, `Date,Time,Presenter,Title,Paper,Video`,
and 12 of its rows, from 2023 on, hold seven: `date, time, presenter, moderator, title, paper,
video`. Their `Title` holds the seminar's moderator ("Juan Echenique"), their `Paper` the title:
read as written, they were titled by a person, without a word. A row cannot say which name is
its speaker's, so nothing is swapped: a warning names the columns and how to map them.
"""

from __future__ import annotations

from collections.abc import Sequence

from program.model import Problem, Severity
from program.readers.lines.honorifics import without_honorific
from program.readers.tabular.cells import Table, column_letter
from program.readers.tabular.columns import Mapping
from program.readers.tabular.rows import Row
from program.readers.title_authors import is_name_shaped

_AT_LEAST = 3
"""So many rows written so make a warning; one or two may be a talk titled by its speaker's name."""
_TITLE_WORDS = 4
"""A title has at least this many words; a person's name fewer."""


def names_for_titles(table: Table, mapping: Mapping, rows: Sequence[Row]) -> Problem | None:
    """A warning when rows have a person's name for a title and a title's text in the unread column after it.

    Only in a table whose rows hold one more value than the header names, at their end (a column
    inserted in the rows, not in the header): EHEC's rows of 2023 to 2025 with a moderator are written
    so, the others under their header.
    """
    if mapping.header is None or not _unnamed_last(table, mapping.header, rows):
        return None
    used = {column for columns in mapping.columns.values() for column in columns}
    after_title = mapping.columns["title"][0] + 1
    shifted = [
        row
        for row in rows
        if row.title and is_name_shaped(without_honorific(row.title)) and _longer_text(row, used) == after_title
    ]
    if len(shifted) < _AT_LEAST:
        return None
    row = shifted[0]
    header = table.rows[mapping.header]
    title_name = next(name for name, field in mapping.names if field == "title")
    other = header[after_title].text if after_title < len(header) and header[after_title].text else "no name"
    message = (
        f"{len(shifted)} rows have a person's name under the title column {title_name!r} ({row.title!r}, …) "
        f"and a longer text in column {column_letter(after_title)} ({other}: {row.cells[after_title].text[:50]!r}, "
        "…), and the rows a value more than the header names: are they a column off their header? Name the "
        f'columns in the program file, e.g. [feeds.columns] title = "{column_letter(after_title)}"'
    )
    return Problem(Severity.WARNING, "title-holds-names", message, table.where(row.cells[0]))


def _unnamed_last(table: Table, header: int, rows: Sequence[Row]) -> bool:
    """Whether the rows' last column alone is unnamed in the header and holds data (EHEC's zoom links)."""
    names = table.rows[header]
    width = max((len(row.cells) for row in rows), default=0)
    unnamed = [column for column in range(width) if column >= len(names) or not names[column].text]
    last = width - 1
    return unnamed == [last] and any(last < len(row.cells) and row.cells[last].text for row in rows)


def _longer_text(row: Row, used: set[int]) -> int | None:
    """The first unread column of the row holding a text of a title's length (not an address), else None."""
    for column, cell in enumerate(row.cells):
        text = cell.text
        if column not in used and len(text.split()) >= _TITLE_WORDS and "://" not in text:
            return column
    return None
