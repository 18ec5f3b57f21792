"""Accepted-paper lists written as a Markdown table: ``| Author(s) | Title |`` (MABS 2023, COINE 2024).

A header row names the title and authors columns; each row below it, up to the table's end,
is a paper. Other columns (links, "Paper / Presentation") are not read, their links kept.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.readers.tabular.columns import normal_name

_TITLES = ("title", "paper title", "paper", "papers")
_AUTHORS = ("authors", "author", "author names", "presenters", "speakers")
_RULE = re.compile(r"^\|?[\s:|-]*-[\s:|-]*\|?$")
"""A Markdown table's rule row: ``|-----|:---:|``."""


@attrs.frozen
class PaperTable:
    """The columns of a paper table's header: the title's and the authors'."""

    title: int
    authors: int

    def title_and_authors(self, cells: Sequence[str]) -> tuple[str, str]:
        """A row's title and author cells ("" where the row is short)."""
        return _cell(cells, self.title), _cell(cells, self.authors)


def table_cells(text: str) -> list[str] | None:
    """The cells of a pipe-table row ("| A | B |"), or None when the line is no row.

    >>> table_cells("| Ada Lovelace | On Engines |")
    ['Ada Lovelace', 'On Engines']
    """
    if not text.startswith("|") or text.count("|") < 2:
        return None
    return [" ".join(cell.split()) for cell in text.strip().strip("|").split("|")]


def is_table_rule(text: str) -> bool:
    """Whether a line is a Markdown table's rule row."""
    return bool(_RULE.match(text.strip()))


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
