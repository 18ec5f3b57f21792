"""A title a table writes again in its room's next row ("Workshop 1" in each row of its track): one item."""

from __future__ import annotations

import attrs

from program.model import Item


def repeats_joined(items: list[Item]) -> list[Item]:
    """A title written again in its room's next row ("Workshop 1" in each row of its track): one item.

    The item runs from its first row's start to its last row's end; only in a room's column, and
    only the same title, people and abstract ("Invited Talk" rows of different speakers stay).
    """
    joined: list[Item] = []
    last_in_room: dict[tuple[str | None, object], int] = {}
    for item in items:
        day = item.start.date() if item.start else None
        at = last_in_room.get((item.location, day))
        before = joined[at] if at is not None else None
        if (
            before is not None
            and item.location is not None  # a track's column: a row without a room is the whole page's
            and (before.title, before.people, before.abstract) == (item.title, item.people, item.abstract)
            and before.end is not None
            and before.end == item.start
        ):
            joined[at] = attrs.evolve(before, end=item.end)  # type: ignore[index]
            continue
        last_in_room[(item.location, day)] = len(joined)
        joined.append(item)
    return joined


def shared_once(earlier: list[Item], items: list[Item]) -> list[Item]:
    """A table's items without the copies of rows an earlier table shares across all its tracks.

    BSides CDMX 2018 writes `Registro`, `Receso`, `Comida` once across both tracks of its talks'
    table (no room) and again in its workshops' table: the same title at the same start and end
    is one item, the page's, not a second one in the workshops' room. Copies without a room stay: two
    tables of parallel tutorials (SUG 2011) each write their own `Registration` row, and both are kept.
    """
    shared = {(item.title, item.start, item.end) for item in earlier if item.location is None and item.start}
    return [item for item in items if item.location is None or (item.title, item.start, item.end) not in shared]
