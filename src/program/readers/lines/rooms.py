"""A room written in brackets after a title: "Opening (🏛️ Room "BATS" Library)", "Keynote (Hall A)".

The bracket is the room when its text opens with a room's word (Room, Hall, Aula, Salle,
Saal, …) or is a room the page gave before; a bracket of names ("(Ada Lovelace)") or of
other words ("(joint with LOPSTR)") stays where it is, for the people and title readers
(which leave a room's bracket alone: `names_room`).
"""

from __future__ import annotations

import re
from collections.abc import Collection

_LAST_BRACKET = re.compile(r"^(?P<title>.*?\S)\s*\((?P<inside>[^()]+)\)\s*$")
_ROOM_WORD = re.compile(
    r"^(?:room|rooms|hall|aula|auditorium|auditorio|amphi(?:theatre|theater)?|salles?|saal|hörsaal|raum|salas?"
    r"|lecture\s+(?:hall|theatre|room)|seminar\s+room|conference\s+room|library|building|venue|foyer|lobby"
    r"|ballroom|\w+(?:zaal|saal|raum)|(?-i:[A-Z][a-z]*Hall))\b"
    r"|^[\w ]{0,30}\b(?:hall|room)\s+[A-Z0-9]{1,4}$"
    r"|^audit[óo]rio\b",
    re.IGNORECASE,
)
"""A room's first word ("Salas A y B": two rooms, Inmunología 2016); Dutch and German rooms end in theirs
("Visboekzaal B", DH2019; "Seminarraum 3"), and so
does CVPR's "ExHall C" (CVDD 2025; a capital H: "Marshall" is a name). Or a hall or room with its letter or
number last ("Exhibit Hall C")."""
_SYMBOLS = re.compile(r"^[^\w\"'“‘]+")
"""What pages put before a room's name: an icon ("🏛️"), a pin, a dash."""


VENUE_LINE = re.compile(
    r"^(?:(?:workshop|conference|event)\s+)?(?:location|venue|room|local|lugar)\s*:\s*(?P<room>\S.{0,80})$", re.I
)
"""A day's place before its first slot ("**Location:** MTCC Room 717", "Local: Mini-auditorium"): its slots' room."""


def bracketed_room(title: str, known: Collection[str] = ()) -> tuple[str, str | None]:
    """Split a room in brackets off the end of a title; (title, None) when the bracket is no room.

    >>> bracketed_room('Opening (🏛️ Room "BATS" Library)')
    ('Opening', 'Room "BATS" Library')
    >>> bracketed_room("Invited talk (Ada Lovelace)")
    ('Invited talk (Ada Lovelace)', None)
    >>> bracketed_room("Keynote (Main Stage)", known={"Main Stage"})
    ('Keynote', 'Main Stage')
    >>> bracketed_room("Dinner (Grand Hotel, map)")
    ('Dinner', 'Grand Hotel')
    """
    found = _LAST_BRACKET.match(title) if title.endswith(")") else None
    if found is None:
        return title, None
    room = room_text(found["inside"])
    pointed = _venue_pointed(room)
    if pointed is not None:  # "懇親会 (札幌グランドホテル OLD SALOON 1934, 会場はこちら)" (biomol51 2025)
        return found["title"], pointed
    if not room or not (room in known or names_room(room)):
        return title, None
    return found["title"], room


_VENUE_POINTER = re.compile(r"^(?:会場はこちら|会場(?:案内|地図)?|アクセス|地図|map|directions)$", re.I)
"""A link's words after a place that point to its map ("会場はこちら", "the venue is here"): the rest is a venue."""


def _venue_pointed(inside: str) -> str | None:
    """The place a bracket names before a pointer to its map, or None."""
    place, comma, pointer = inside.rpartition(",")
    if not comma or not place.strip() or _VENUE_POINTER.match(pointer.strip()) is None:
        return None
    return place.strip()


_BREAK = re.compile(r"<\s*br\s*/?\s*>", re.IGNORECASE)
_ANY_TAG = re.compile(r"<[^<>]*>")
_TITLE_AND_ROOM = 2


def room_after_break(raw: str) -> str:
    """A raw line "Title<br>Room" with its room bracketed after the title, which `bracketed_room` then takes.

    WBMM 2023 writes each slot's body as `Palestra 1<br>Auditório principal`: the line after
    the break is the room when it opens with a room's word; any other line stays as written.

    >>> room_after_break('<div class="event-body">Palestra 1<br>Auditório principal</div>')
    '<div class="event-body">Palestra 1 (Auditório principal)</div>'
    >>> room_after_break("Keynote<br>Ada Lovelace")
    'Keynote<br>Ada Lovelace'
    """
    parts = _BREAK.split(raw)
    if len(parts) != _TITLE_AND_ROOM:
        return raw
    before, after = parts
    tag = _ANY_TAG.search(after)
    written, rest = (after[: tag.start()], after[tag.start() :]) if tag else (after, "")
    room = " ".join(written.split())
    if not room or "(" in room or not _ANY_TAG.sub("", before).strip() or not names_room(room):
        return raw
    return f"{before} ({room}){rest}"


def room_text(inside: str) -> str:
    """A bracket's text without the icon before it, spaces made single."""
    return " ".join(_SYMBOLS.sub("", inside).split())


def names_room(text: str) -> bool:
    """Whether a bracket's text (as `room_text` gives it) opens with a room's word ("Room 2.14", "Hall A")."""
    return _ROOM_WORD.match(text) is not None


_PLACE_WORD = re.compile(r"\b(?:hall|room|ballroom|auditorium|theatre|theater|lobby|foyer|building|campus)\b", re.I)


def is_place(text: str) -> bool:
    """Whether name-shaped words are a place, not a person ("Main Hall", "Sala Valduga", "Grand Ballroom")."""
    return names_room(text) or _PLACE_WORD.search(text) is not None


_CJK_PLACE = re.compile(
    r"[厅廳室楼樓馆館堂]|中心|酒店|宾馆|賓館|饭店|飯店|大厦|大廈|会场|會場|广场|廣場|中庭|展区|展區|会議場|会場|ホール"
)
"""A place's word in Chinese or Japanese: a hall (厅, 馆, 堂), a room (室), a floor (楼), a centre (中心), a hotel
(酒店, 宾馆, 饭店), a tower (大厦), a venue (会场), a square (广场), an atrium (中庭), an exhibition area (展区)."""


def names_place(text: str) -> bool:
    """Whether a cell's text is a place: a room or hall in words `is_place` knows, or a Chinese or Japanese place.

    VICTOR 2017's third column: "国际青年会议酒店 大堂" (the youth conference hotel's lobby),
    "国际青年文化中心--8楼中庭" (the culture centre's 8th-floor atrium), "国际青年文化中心：" (a colon before its
    sub-areas' rows).

    >>> names_place("国际青年文化中心--5楼南京厅"), names_place("Main Hall"), names_place("欢迎晚宴")
    (True, True, False)
    """
    return is_place(text) or _CJK_PLACE.search(text) is not None


_BOLD_PLACE = re.compile(
    r"^\s*\*\*(?P<room>[^*]{0,80}\b(?:ballroom|room|hall|auditorium|theatre|theater|building)\b[^*]{0,40}?)\*\*\s*$",
    re.IGNORECASE,
)


def bold_place(raw: str) -> re.Match[str] | None:
    """A bold line naming a room, as the day's place ("**Vancouver Convention Centre East, Ballroom A**", LDAV 2019).

    >>> bold_place("**Vancouver Convention Centre East, Ballroom A**")["room"]
    'Vancouver Convention Centre East, Ballroom A'
    >>> bold_place("**Monday, October 21, 2019**") is None
    True
    """
    return _BOLD_PLACE.match(raw)
