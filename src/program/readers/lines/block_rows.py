"""A table row without a time under a timed talk's row: a second talk of the same block, not a room header.

DevOpsDagar 2024 (Hugo Markdown) writes a 70-minute block as two rows, the second without its time:

    | 09:30 - 10:40  | Vi er i gang med produktteam …  |  Troldsalen | Jarle Strømmen (BearingPoint) |
    |                | Lærende organisasjoner          |  Troldsalen | Terje Heen (Telenor)          |

Its blank first cell and short cells look like a header of rooms (`|  | Track 0E | Track 0D |`, BilboStack
2025), but a table's header opens its table: under a header of named columns and a timed row, such a row is
one of the table's rows. When the timed row above names its speaker, it is a talk and so is this row: the
block's second talk, at the block's time (the page gives no share of it). Under a session's row (CHAI 2022's
`| **10:00 - 10:45** | **Session 1** | **Mental Models** |`, no one named) the rows are its papers
(`members`).
"""

from __future__ import annotations

from collections.abc import Sequence

import attrs

from program.readers.base import Line
from program.readers.lines.entry import SlotText
from program.readers.lines.markup import CleanLine, clean
from program.readers.lines.members import Member
from program.readers.lines.rows import Header, row_cells
from program.readers.lines.slots import Slot
from program.readers.lines.table_rows import header_slot, room_cell


def is_continued_row(found: Header | None, current: Header | None, session: int | None) -> bool:
    """Whether a row read as a header of rooms is a time-less row of the table above (its timed row `session`)."""
    return found is not None and bool(found.rooms) and current is not None and not current.rooms and session is not None


def block_talk(
    above: Slot, header: Header, line: Line, said: tuple[SlotText, tuple[str, ...]], room: str | None
) -> Slot | None:
    """The row's talk at the time of the talk above it, or None when the row above is a session's.

    A session's row names no speaker in its people column (CHAI 2022's `**Session 1**` there); its moderator's
    column may name its chair (DMAIL 2025's `**Paper Session 1**` chaired by `Prof. Jiangping Chen`): its papers
    below are its members.
    """
    text, links = said
    above_cells = row_cells(clean(above.line.text).text, above.line.text)
    if not text.people or not above.text.people or above_cells is None or not header.cell(above_cells, "people"):
        return None
    return attrs.evolve(
        above, line=line, text=text, links=links, notes=(), location=room or above.location, abstract=None
    )


def row_below(
    header: Header | None, cells: list[str], text: CleanLine, line: Line, above: tuple[Sequence[Slot], int | None]
) -> Slot | Member | None:
    """A time-less row under the table's last timed row (the slots, its index): its block's talk, a paper, or None."""
    slots, session = above
    if header is None or session is None:
        return None
    slot, links = header_slot(header, cells, text)
    if not slot.title or not slot.people:
        return None
    talk = block_talk(slots[session], header, line, (slot, links), room_cell(header, cells, row_cells(line.text, "")))
    return talk if talk is not None else Member(line, slot, links, session)
