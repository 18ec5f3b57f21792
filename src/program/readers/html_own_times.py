"""A table cell that writes its own time beside a row's title: a parallel slot, not the row's details.

WASN 2018 runs a best-paper session beside two poster sessions in a cell spanning three rows,
its time on its first line:

    <td>15:45~16:40</td><td>海報展示(A)<br/>(渴望會館-2F-218會議室)</td>
    <td rowspan=3>16:00~17:20<br/><br/>最佳論文口頭報告<br/>(渴望會館-R208室)</td>

Read as the row's details it was lost (its time and title inside the poster session's
abstract). A cell after the title whose first line is a time range and which has more lines is
its own slot at that time, its other lines read as a cell's (`html_role_lines`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from program.readers.html_cell_parts import CellParts
from program.readers.html_role_lines import role_parts
from program.readers.notation.times import ClockError, parse_span
from program.readers.tabular.cells import Cell


@attrs.frozen
class OwnTime:
    """A cell's own slot: its title cell (the lines after the time), its time cell and its parts."""

    title: Cell
    time: Cell
    parts: CellParts | None


def own_times(cells: Sequence[Cell]) -> tuple[tuple[Cell, ...], tuple[OwnTime, ...]]:
    """The cells with those writing their own time emptied, and those cells' own slots."""
    kept: list[Cell] = []
    found: list[OwnTime] = []
    for cell in cells:
        lines = [line for line in str(cell.value or "").split("\n") if line.strip()]
        if len(lines) < 2 or not _is_range(lines[0]):
            kept.append(cell)
            continue
        kept.append(Cell(None, cell.line))
        title = Cell("\n".join(lines[1:]), cell.line)
        found.append(OwnTime(title, Cell(lines[0].strip(), cell.line), role_parts(lines[1:])))
    return tuple(kept), tuple(found)


def _is_range(text: str) -> bool:
    """Whether a line is only a time range ("16:00~17:20"): a start alone may be a detail's time."""
    try:
        return parse_span(text.strip()).end is not None
    except ClockError:
        return False
