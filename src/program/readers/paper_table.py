"""Accepted-paper lists written as a Markdown table: ``| Author(s) | Title |`` (MABS 2023, COINE 2024).

A header row names the title and authors columns; each row below it, up to the table's end,
is a paper. Other columns (links, "Paper / Presentation", "ID", "Type") are not read, their
links kept. Rows are cut as a schedule page's pipe tables are (`lines.rows`): GitHub's
Markdown needs no pipe at a row's ends, and NoDaLiDa 2021 writes its 54 rows
``2 |<TAB>Mark Anderson and … | What Taggers Fail to Learn, … | Short``.
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from program.readers.lines.rows import is_rule, row_cells
from program.readers.tabular.columns import normal_name

_TITLES = ("title", "paper title", "paper", "papers")
_AUTHORS = ("authors", "author", "author names", "presenters", "speakers")


@attrs.frozen
class PaperTable:
    """The columns of a paper table's header: the title's and the authors'."""

    title: int
    authors: int

    def title_and_authors(self, cells: Sequence[str]) -> tuple[str, str]:
        """A row's title and author cells ("" where the row is short)."""
        return _cell(cells, self.title), _cell(cells, self.authors)


def table_cells(text: str) -> list[str] | None:
    """The cells of a pipe-table row ("| A | B |", "2 | A | B"), or None when the line is no row.

    >>> table_cells("| Ada Lovelace | On Engines |"), table_cells("2 | Ada Lovelace | On Engines | Short")
    (['Ada Lovelace', 'On Engines'], ['2', 'Ada Lovelace', 'On Engines', 'Short'])
    """
    return row_cells(text, "")


def is_table_rule(text: str) -> bool:
    """Whether a line is a Markdown table's rule row."""
    return is_rule(text)


def paper_table(text: str) -> PaperTable | None:
    """The header a line is, when it names a title column and an authors column ("| Author(s) | Title |")."""
    cells = table_cells(text)
    if cells is None:
        return None
    names = [normal_name(cell) for cell in cells]
    title = next((index for index, name in enumerate(names) if name in _TITLES), None)
    authors = next((index for index, name in enumerate(names) if name in _AUTHORS), None)
    return PaperTable(title, authors) if title is not None and authors is not None else None


def _cell(cells: Sequence[str], index: int) -> str:
    return cells[index] if index < len(cells) else ""
