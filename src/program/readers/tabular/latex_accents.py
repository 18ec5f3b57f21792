r"""A sheet that writes its accented letters as LaTeX accent commands, read as the letters they spell.

Astronomía en los Andes 2015's `charlas.csv`, a list of contributions exported from LaTeX sources, writes
`Acosta Garz\'on`, `LA ASTRONOM\'IA Y EL CURR\'ICULO` and `a\~nos`: its titles and abstracts are Garzón,
ASTRONOMÍA and años, as its names already were (`latex_names`). Only a sheet whose every accent command
spells a letter is so read, and it takes two: one backslash before an apostrophe's letter (`Don\'t`) says the
backslashes are escapes, and the sheet is read as written.
"""

from __future__ import annotations

import attrs

from program.readers.latex_names import spelled_accents, unicode_name
from program.readers.tabular.cells import Cell, Table

_LEAST = 2
"""Accent commands a sheet must spell to be read as written in LaTeX: one `It\\'s` is no habit."""


def with_accents_spelled(table: Table) -> tuple[Table, tuple[str, ...]]:
    """The table with its text cells' LaTeX accents as letters, and what `program check` says of it; else as it is."""
    written = [text for cells in table.rows for cell in cells if isinstance(text := cell.value, str) and "\\" in text]
    if (spelled := spelled_accents(written)) < _LEAST:
        return table, ()
    rows = tuple(tuple(_spelled(cell) for cell in cells) for cells in table.rows)
    return attrs.evolve(table, rows=rows), (
        f"LaTeX accents read as letters: {spelled:,} in {len(written):,} cells (`\\'o` as ó, `\\~n` as ñ)",
    )


def _spelled(cell: Cell) -> Cell:
    if not isinstance(cell.value, str) or "\\" not in cell.value:
        return cell
    return Cell(unicode_name(cell.value), cell.line, cell.label)
