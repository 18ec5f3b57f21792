"""A talk's speakers in the rows under it, each alone in a row without a time (EMABI 2014, a sheet saved as HTML).

`10:30-12:00 | PALESTRA 1: Diversidade da flora …`, then `| Dr. José Rubens Pirani - Instituto de Biociências -
Universidade de São Paulo`: the name after its honorific, before where the speaker works, is the talk's person. A
round table lists one speaker a row. Only a line led by an honorific is read so: a row of a name alone may be
a section's heading.
"""

from __future__ import annotations

import re
from typing import Any, Protocol, TypeVar, cast

import attrs

from program.readers.notation.times import TimeSpan
from program.readers.tabular.cells import Cell, Table
from program.readers.title_authors import is_name_shaped

_SPEAKER_LINE = re.compile(
    r"^(?:dr|dra|prof|profa|profª|msc|me|ma)\.\s*(?P<name>[^\W\d](?:(?!\s[-–—]\s)[^,()])*?)\s*(?:\s[-–—]\s.*|[,(].*)?$",
    re.IGNORECASE,
)


def speaker_line(text: str) -> str | None:
    """The name in a speaker's line, "Dr. Name - Department - University", else None.

    >>> speaker_line("Dr. José Rubens Pirani - Instituto de Biociências - Universidade de São Paulo")
    'José Rubens Pirani'
    >>> speaker_line("Dr. Roger Paulo Mormul, Departamento de Biologia"), speaker_line("(à confirmar)")
    ('Roger Paulo Mormul', None)
    >>> speaker_line("Dr. Edson Fontes de Oliveira – Universidade Tecnológica Federal do Paraná (Campus Londrina)")
    'Edson Fontes de Oliveira'
    """
    found = _SPEAKER_LINE.match(text)
    return found["name"] if found is not None and is_name_shaped(found["name"]) else None


def speaker_under(table: Table, above: tuple[Cell, ...] | None, title: str, index: int) -> str | None:
    """The speaker an untimed row's title names under the row `above` (and speakers' rows between them), else None.

    A day filled into every row (`Segunda-feira (01/09)`) is the row above's too: no other text.
    """
    if not above or (name := speaker_line(title)) is None:
        return None
    shared = {cell.text for cell in above}
    for row in table.rows[:index]:
        texts = [cell.text for cell in row if cell.text and cell.text not in shared] if row else []
        if row and row[0].line > above[0].line and texts and not any(speaker_line(text) for text in texts):
            return None
    return name


class _Read(Protocol):
    """A row as `rows` reads it: what tells a speaker's row from an item's."""

    @property
    def cells(self) -> tuple[Cell, ...]: ...
    @property
    def title(self) -> str: ...
    @property
    def people(self) -> tuple[str, ...]: ...
    @property
    def span(self) -> TimeSpan | None: ...
    @property
    def fields(self) -> dict[str, str]: ...


Read = TypeVar("Read", bound=_Read)


def spoken_under(table: Table, rows: list[Read], row: Read, index: int) -> str | None:
    """What an untimed row (row `index`) is when it names a speaker of the last row read, who is added; else None."""
    if row.span is not None or row.people or row.fields:
        return None
    if (name := speaker_under(table, rows[-1].cells, row.title, index)) is None:
        return None
    rows[-1] = attrs.evolve(cast(Any, rows[-1]), people=(*rows[-1].people, name))  # a `rows.Row`, an attrs class
    return "a speaker of the row above"
