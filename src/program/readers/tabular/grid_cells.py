r"""A grid cell's items: "Title\nSpeaker" blocks, "Title (Name)" lines, a guest's slot, "Speaker — Title" lines.

A cell of shows, each a title over its length and place (the Cour Mayonnaise's programme at
Aurillac 2023: `L'enfant Nine\n40 min - cour du bas ↓`; two shows in one cell, one after the
other), is an item a show: the length its end, the place its room, lines between a note (`en
continu dès 11h00`). Before, the length line was read as a person and the second show's title as
the first's room.
"""

from __future__ import annotations

import re

from program.model import Kind
from program.readers.kind_labels import kind_from_title
from program.readers.lines.honorifics import without_honorifics
from program.readers.lines.names import names_in
from program.readers.tabular.cells import Cell, Table
from program.readers.tabular.dash_speakers import dash_talks, honorific_people, honorific_talks
from program.readers.tabular.people import looks_like_name, split_people

_ROOM_LINE = re.compile(r"^(?:salle|room|raum|amphi|hall|saal)\b", re.IGNORECASE)
_NOT_PEOPLE = re.compile(
    r"^(?:(?:inscription|registration|anmeldung|chair|session chair)\b|(?:alt\.|alternativ\w*)\s*:)", re.IGNORECASE
)
"""Lines under a title that name no one: a registration's or chair's, and the fallback offered in its stead
(KasaiCon 2022's `alt.: Farbenfroh – Perrücken färben leicht gemacht`, German for "alternatively")."""
_SUBTITLE = re.compile(r"^[～〜~].+[～〜~]$")
"""A line between wave dashes under a title: its subtitle, as Japanese writes one (CROSS 2014's `コードレビューCROSS`
over `～ぶつかり稽古2014初場所～`), no one's name."""


def names_in_brackets(table: Table, columns: list[int], header: int) -> bool:
    """Whether the grid's "Title (Name)" lines name people: when half its lines or more, breaks aside, are so written.

    ML4HST 2023 writes nearly every talk "PuppyPi (Fletcher - EN 5041)"; Instincts 2014 writes
    a few of its events "Debate (Semi Finals)", "Origami (Paper Art)": a round or a kind, nobody.
    """
    lines = [
        line
        for row in table.rows[header + 1 :]
        for column in columns
        if column < len(row) and isinstance((cell := row[column]).value, str)
        for line in cell.lines
        if line and kind_from_title(line) is not Kind.BREAK
    ]
    return sum(_named(line) is not None for line in lines) * 2 >= len(lines)


Entry = tuple[str, tuple[str, ...], str | None, str | None, int | None]
"""A cell's item: its title, people, room line, the lines that say who a guest is (or a note), its minutes."""
_LENGTH = re.compile(
    r"^(?P<minutes>\d{1,3})\s*(?:min|mins|minutes|mn)\.?(?:\s*[-–—]\s*(?P<place>[^↓↑←→]*?))?\s*[↓↑←→]?\s*$",
    re.IGNORECASE,
)
"""A show's length and place: `40 min - cour du bas ↓` (the arrow points the way there)."""


def cell_entries(cell: Cell, *, named: bool) -> list[Entry]:
    """A cell's items: blocks split by blank lines, each "Title" then people lines (and perhaps a room line).

    A block led by a guest's name ("Dr. Pudenz" over "Director of Advanced Research",
    "ATOM Computing") is that guest's talk: the lines under the name say who they are.
    """
    entries: list[Entry] = []
    block: list[str] = []
    for line in [*cell.lines, ""]:
        if line:
            block.append(line)
            continue
        if block and (talks := dash_talks(block) or honorific_talks(block)):  # "Speaker — Title", "Title. Dr. Name"
            entries.extend((title, people, None, None, None) for title, people in talks)
        elif block and any(_LENGTH.match(line) for line in block[1:]):
            entries.extend(_shows(block))
        elif block and named and _named(block[0]) is not None:
            entries.extend(_named_lines(block))
        elif block and _GUEST.match(block[0]):
            entries.append((block[0], (block[0],), None, "\n".join(block[1:]) or None, None))
        elif block and kind_from_title(block[0]) is Kind.BREAK and not _all_names(block[1:]):
            # a break's note under it: `PAUSE <br /> 10 minutter pause`, `LUNCH <br /> Varm- og kald mat buffet`
            entries.append((block[0], (), None, "\n".join(block[1:]) or None, None))
        elif block:
            title, *rest = block
            while rest and _SUBTITLE.match(rest[0]):  # "コードレビューCROSS <br> ～ぶつかり稽古2014初場所～"
                title = f"{title} {rest.pop(0)}"
            room = next((line for line in rest if _ROOM_LINE.match(line)), None)
            people = honorific_people(rest) or tuple(
                without_honorifics(name)  # "Dra. Julie Wang (USA)" (Inmunología 2016): Julie Wang, as in a row's column
                for line in rest
                if not _ROOM_LINE.match(line) and not _NOT_PEOPLE.match(line)
                for name in split_people(line)
            )
            entries.append((title[:-1].rstrip() if people and title.endswith(":") else title, people, room, None, None))
        block = []
    return entries


def _all_names(lines: list[str]) -> bool:
    """Whether every line under a title lists only names (a break's hosts), not a note on it."""
    return bool(lines) and all(names_in(without_honorifics(line)) is not None for line in lines)


_NAMED = re.compile(r"^(?P<title>.*\S)\s*\((?P<who>[^()]+)\)$")
_GUEST = re.compile(r"^(?:Dr|Prof|Professor|Mr|Mrs|Ms|Mx)\.?\s+[A-Z][\w'’-]*(?:\s+[A-Z][\w'’.-]*){0,3}$")
"""A line that is only a person's name led by an honorific: a guest speaker's slot, untitled."""


def _named(line: str) -> Entry | None:
    """A "Title (Name)" line: its title, people and a room after a dash ("(Josh - EN 5041)"); else None."""
    match = _NAMED.match(line)
    if match is None:
        return None
    who, _, room = match["who"].partition(" - ")
    names = split_people(who)
    if not names or not all(looks_like_name(name) for name in names):
        return None
    return match["title"], names, room.strip() or None, None, None


def _named_lines(block: list[str]) -> list[Entry]:
    """A block led by a "Title (Name)" line: each line an item of its own ("Dr. Wright": a guest's slot)."""
    return [_named(line) or (line, (line,) if _GUEST.match(line) else (), None, None, None) for line in block]


def _shows(block: list[str]) -> list[Entry]:
    """Each show a block writes: its title, lines of a note, then its length and place; a title left over is one too."""
    shows: list[Entry] = []
    lines: list[str] = []
    for line in block:
        length = _LENGTH.match(line) if lines else None
        if length is None:
            lines.append(line)
            continue
        note = "\n".join(lines[1:]) or None
        shows.append((lines[0], (), (length["place"] or "").strip() or None, note, int(length["minutes"])))
        lines = []
    if lines:
        shows.append((lines[0], (), None, "\n".join(lines[1:]) or None, None))
    return shows
