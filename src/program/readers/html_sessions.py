"""Parallel sessions under a time in a header-less table: a timed row naming rooms, the papers below in their columns.

Hisarlı Ahmet 2021 (a Word-saved table) writes `11.00 | SALON I | SALON II`, then untimed rows of
a Zoom line, a `Moderatör:` line per room and one paper per room and row; the next session's
timed row may hold only the chairs (`13.10 | Moderatör: … | Moderatör: …`), its rooms those of
the columns above. The papers have no time of their own: they are untimed items in their room.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.readers.html_cell_parts import CellParts
from program.readers.html_grid import Grid
from program.readers.notation.times import parse_span
from program.readers.tabular.cells import Cell

_ROOM = re.compile(r"(?i)(salon|sala|room|hall|saal)\s+[\w.-]{1,4}")
_CHAIR = re.compile(r"(?i)(moderat[öo]r|chair|oturum başkanı)\s*:")
_MEETING = re.compile(r"(?i)(zoom|meeting id|webex)\b")


def _is_session_label(text: str) -> bool:
    """A room name or a chair line: a session's heading, never a paper."""
    return bool(_ROOM.fullmatch(text.strip()) or _CHAIR.match(text.strip()) or _MEETING.match(text.strip()))


def session_papers(grid: Grid, timed: Sequence[int]) -> tuple[set[int], dict[int, dict[int, str]]]:
    """The timed rows that head parallel sessions, and each untimed row under them: its columns' rooms.

    A head's cells beside the time are all room names or chair lines (two at least); the rooms
    are kept per column until a timed row that heads no session ends the run.
    """
    heads: set[int] = set()
    members: dict[int, dict[int, str]] = {}
    rooms: dict[int, str] = {}
    inside = False
    for r, row in enumerate(grid.cells):
        filled = {c: cell.text.strip() for c, cell in enumerate(row) if c > 0 and cell.text and cell.text.strip()}
        if r in timed:
            inside = len(filled) >= 2 and all(_ROOM.fullmatch(text) or _CHAIR.match(text) for text in filled.values())
            if inside:
                heads.add(r)
                rooms.update({c: text for c, text in filled.items() if _ROOM.fullmatch(text)})
            continue
        if inside and filled and all(c in rooms for c in filled):
            members[r] = {c: rooms[c] for c in filled}
        elif inside and filled:
            inside = False
    return heads, members


def paper_rows(
    grid: Grid, r: int, rooms: dict[int, str], day: str | None, details: int
) -> list[tuple[tuple[Cell, ...], CellParts | None]]:
    """Row `r`'s papers (one a room; chair and meeting lines left out): untimed rows with their room, and parts."""
    papers: list[tuple[tuple[Cell, ...], CellParts | None]] = []
    for c, room in rooms.items():
        cell = grid.cells[r][c]
        if not _is_session_label(cell.text):
            blank = [Cell(None, cell.line)] * details
            papers.append(
                (
                    (cell, Cell(day, cell.line), Cell(None, cell.line), *blank, Cell(room, cell.line)),
                    grid.parts.get((r, c)),
                )
            )
    return papers


def ended_by_session(grid: Grid, r: int, timed: Sequence[int], heads: set[int]) -> Cell:
    """Row `r`'s time cell; a start only ("10.45 ARA") before a session's time ends when that session starts."""
    time: Cell = grid.cells[r][0]
    after = next((t for t in timed if t > r), None)
    if after not in heads or parse_span(time.text).end is not None:
        return time
    return attrs.evolve(time, value=f"{time.text.strip()}-{parse_span(grid.cells[after][0].text).start.text}")


_BRACKETED_ROOM = re.compile(r"\[(?P<room>[^\[\]]*\w[^\[\]]*)\]\s*$")


def section_rooms(grid: Grid, timed: Sequence[int]) -> dict[int, str]:
    """The room of each timed row a section row above it names in brackets at its end ("Session 1 [GFL]", PRL 2025)."""
    rooms: dict[int, str] = {}
    room: str | None = None
    for r, row in enumerate(grid.cells):
        texts = {cell.text for cell in row if cell.text}
        if r not in timed and texts:
            found = _BRACKETED_ROOM.search(texts.pop()) if len(texts) == 1 else None
            room = found["room"].strip() if found else None
        elif r in timed and room is not None:
            rooms[r] = room
    return rooms
