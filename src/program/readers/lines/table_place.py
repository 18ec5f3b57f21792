"""A bold line of a place right under a day's table: the room of that table's rows.

FLISoL Sucre 2019 closes each day's pipe table with the place it is held in, bold on a line of its own
(`**Salon Pequeño - Facultad de Tecnología**`, `**Calle Miguel Angel Valda, 100 - Ambiente 6A**`). Left as an
untimed line, the second was read as one more speaker of the table's last row. Only a line that is all bold,
short, names a place's word, and comes right after the table (no other line between) is taken.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.readers.base import Line
from program.readers.lines.slots import Slot
from program.readers.notation.dates import WrittenDate

_BOLD_LINE = re.compile(r"^\s*\*\*(?P<place>[^*]{3,80}?)\*\*\s*$")
_PLACE_WORD = re.compile(
    r"\b(?:sal[oó]n|salas?|aula|auditori[oa]|audit[oó]rio|facultad|faculdade|faculty|edificio|pr[eé]dio|calle|avenida"
    r"|rua|campus|room|hall|auditorium|building|ambiente|laborat[oó]rio|laboratorio)\b",
    re.IGNORECASE,
)
"""A place's word in Spanish, Portuguese and English: a hall, a room, a faculty, a building, a street."""


def place_under_table(raw: str) -> str | None:
    """The place a bold line names, or None when the line is not all bold or names no place.

    >>> place_under_table("**Calle Miguel Angel Valda, 100 - Ambiente 6A**")
    'Calle Miguel Angel Valda, 100 - Ambiente 6A'
    >>> place_under_table("**Salon Pequeño - Facultad de Tecnología**")
    'Salon Pequeño - Facultad de Tecnología'
    >>> place_under_table("**Coffee and snacks provided**") is None, place_under_table("Sala A") is None
    (True, True)
    """
    found = _BOLD_LINE.match(raw)
    if found is None or _PLACE_WORD.search(found["place"]) is None:
        return None
    return " ".join(found["place"].split())


def rooms_under_table(
    line: Line, slots: list[Slot], other: Sequence[Line], day: WrittenDate | None
) -> list[Slot] | None:
    """The slots with the place a bold line under the day's table names as the room of its rows that name none.

    None when the line names no place, or when a line not placed lies between the table's last row and it.
    """
    place = place_under_table(line.text) if slots else None
    if place is None or (other and other[-1].number > slots[-1].line.number):
        return None
    return [attrs.evolve(slot, location=place) if slot.day == day and slot.location is None else slot for slot in slots]
