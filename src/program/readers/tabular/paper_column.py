"""A `Paper(s)` column beside a program's title column, in a sheet with no speaker column.

TTA @ ICML 2025's `schedule.csv` (`Start time,Program,Paper(s)`) writes, per row, what the slot
presents: the invited speaker's name (`🎤 Invited Talk 1,Deepak Pathak`), the oral talk's
numbered paper (`🎙️ Oral Talk 1,72: Monitoring Risks in Test-Time Adaptation`), the lightning
talks' paper numbers (`1-8, 10, 11`) or a note (`Papers from Lightning Talks 1 and 2`). A name is
the row's person; a numbered paper is the talk's title, and the program cell, the slot's name,
its label (as a cell's words before its title are: docs/formats.md). Numbers and notes name no
talk and no one: they stay out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.readers.lines.names import names_in
from program.readers.tabular.cells import Cell, Table

_PAPER_NAMES = frozenset({"paper", "papers"})
_NUMBERED_PAPER = re.compile(r"^(?P<number>\d{1,4})\s*[:.]\s+(?P<title>\S.*)$")
"""`72: Monitoring Risks in Test-Time Adaptation`: a paper's number (its submission id) and title."""


def _is_paper_name(text: str) -> bool:
    return re.sub(r"\W", "", text.casefold().replace("(s)", "s")) in _PAPER_NAMES


def with_paper_column(
    table: Table, header: int, cells: Sequence[Cell], fields: dict[str, tuple[int, ...]]
) -> tuple[dict[str, tuple[int, ...]], str | None]:
    """The fields with an unread `Paper(s)` column as `paper` when no column names the people.

    A sheet with a speaker column (EHEC's `Presenter,Title,Paper`: a link to the paper) keeps it unread.
    """
    if "people" in fields or "paper" in fields or "title" not in fields:
        return fields, None
    taken = {column for columns in fields.values() for column in columns}
    for index, cell in enumerate(cells):
        if index not in taken and isinstance(cell.value, str) and _is_paper_name(cell.text):
            said = f"{cell.text} per row: a speaker's name, or a numbered paper's title under the slot's name"
            return dict(sorted({**fields, "paper": (index,)}.items(), key=lambda pair: pair[1][0])), said
    return fields, None


def paper_parts(title: str, paper: str, people: tuple[str, ...]) -> tuple[str, str | None, tuple[str, ...]]:
    """The row's title, label and people once its paper cell is read.

    >>> paper_parts("Invited Talk 1", "Deepak Pathak", ())
    ('Invited Talk 1', None, ('Deepak Pathak',))
    >>> paper_parts("Oral Talk 1", "72: Monitoring Risks in Test-Time Adaptation", ())
    ('Monitoring Risks in Test-Time Adaptation', 'Oral Talk 1', ())
    >>> paper_parts("Lightning Talk 1", "1-8, 10, 11, 13", ())
    ('Lightning Talk 1', None, ())
    """
    text = " ".join(paper.split())
    if not text:
        return title, None, people
    if (numbered := _NUMBERED_PAPER.match(text)) is not None:
        return numbered["title"], title or None, people
    names = names_in(text, words=2) if not people else None
    return title, None, names or people
