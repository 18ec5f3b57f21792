"""A cell's lines that say who speaks, who hosts and where: `講者：Name`, `引言人：Name`, `(Room)`.

WASN 2018 (a Taiwanese workshop) writes each slot's cell as its title, then role lines and the
room in brackets on the last line:

    <b>專題演講：Mobile Edge Computing for Internet of Things</b><br/>
    講者：國立清華大學 電機資訊學院/資訊工程學系 陳文村 特聘講座教授 <br/>
    引言人：國立清華大學 通訊工程研究所 許健平 講座教授<br/>
    (渴望會館-2F-國際會議廳) <br/>

The speaker (講者, 致詞 "address", 來賓致詞 "guests' addresses" with the names on the lines
after it) is the item's person: the name between the affiliation and the honorific ("… 陳文村
特聘講座教授" → 陳文村). The host (引言人, 主持人) and any other line are its details, as
a chair's line is (`html_cell_parts`); the bracketed last line is its room when it names one
(會館, 室, 廳: `lines/rooms.py`). A cell with no role line and no room line gives None and is
read from its text as before.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.model import Kind
from program.readers.html_cell_lines import runs_on
from program.readers.html_cell_parts import CellParts
from program.readers.kind_labels import kind_from_title
from program.readers.lines.names import names_in
from program.readers.lines.rooms import names_room, room_text

_ROLE_LINE = re.compile(r"^(?P<role>[^：:()（）]{1,8}?)\s*[：:]\s*(?P<value>.*)$")
_SPEAKERS = frozenset({"講者", "讲者", "主講人", "主讲人", "演講者", "演讲者", "致詞", "致辞", "來賓致詞", "来宾致辞"})
_HOSTS = frozenset({"引言人", "主持人", "座長", "座长"})
_BRACKET_LINE = re.compile(r"^[(（](?P<inside>[^()（）]+)[)）]$")
_CJK_ROOM = re.compile(r"[室廳厅館馆樓楼堂]")
"""What a room's name holds in Chinese or Japanese: a room (室), a hall (廳, 館, 堂), a floor's building (樓)."""
_HAN_NAME = re.compile(r"[\u4e00-\u9fff]{2,4}")
_HONORIFIC = re.compile(
    r"(?:教授|院長|院长|校長|校长|主任|所長|所长|博士|老師|老师|研究員|研究员|經理|经理|董事長|董事长|執行長|执行长"
    r"|處長|处长|部長|部长|理事長|理事长|總監|总监|總裁|总裁|先生|女士)$"
)
"""The honorific after a Chinese name ("陳文村 特聘講座教授", "林榮賜 院長")."""


def role_parts(lines: Sequence[str]) -> CellParts | None:
    """A cell's title, speakers, details and room from its role lines and bracketed room; None for any other cell.

    >>> parts = role_parts(["專題演講：On Edges", "講者：清華大學 陳文村 教授", "引言人：許健平", "(R208室)"])
    >>> parts.title, parts.people, parts.abstract, parts.room
    ('專題演講：On Edges', ('陳文村',), '引言人：許健平', 'R208室')
    >>> role_parts(["休息"]) is None, role_parts(["Keynote", "(Ada Lovelace)"]) is None
    (True, True)
    """
    lines = [line.strip() for line in lines if line.strip()]
    room = _room(lines[-1]) if len(lines) > 1 else None
    body = lines[:-1] if room is not None else lines
    roles = [r for r, line in enumerate(body) if _role(line) is not None]
    if len(body) < 1 or (room is None and not roles) or (roles and roles[0] == 0):
        return None
    first = roles[0] if roles else len(body)
    people: list[str] = []
    details: list[str] = []
    listing = False  # after a speakers' role line with no name: its names follow, a line each
    for line in body[first:]:
        found = _role(line)
        if found is not None:
            role, value = found
            listing = role in _SPEAKERS and not value
            if role in _SPEAKERS and value:
                people.append(person_of(value))
            elif role not in _SPEAKERS:
                details.append(line)
        elif listing:
            people.append(person_of(line))
        else:
            details.append(line)
    title = " ".join(body[:first])
    return CellParts(title, tuple(people), abstract="\n".join(details) or None, room=room)


def person_of(text: str) -> str:
    """The person a speaker's line names: the Chinese name before its honorific, else the names, else the line.

    >>> person_of("國立臺北科技大學 電資學院院長 黃育賢 特聘教授"), person_of("中華電信研究院 林榮賜 院長")
    ('黃育賢', '林榮賜')
    >>> person_of("Ada Lovelace"), person_of("陳文村")
    ('Ada Lovelace', '陳文村')
    """
    words = text.split()
    if len(words) >= 2 and _HONORIFIC.search(words[-1]) and _HAN_NAME.fullmatch(words[-2]):
        return words[-2]
    names = names_in(text, words=2)
    return names[0] if names and len(names) == 1 else text.strip()


def _role(line: str) -> tuple[str, str] | None:
    """A role line's role and what follows it ("講者：Name" → ("講者", "Name")), or None."""
    found = _ROLE_LINE.match(line)
    if found is None or found["role"].strip() not in _SPEAKERS | _HOSTS:
        return None
    return found["role"].strip(), found["value"].strip()


def _room(line: str) -> str | None:
    """The room a bracketed line names ("(渴望會館-2F-交誼廳)", "(Room 2.14)"), or None."""
    found = _BRACKET_LINE.match(line)
    if found is None:
        return None
    room = room_text(found["inside"])
    return room if room and (names_room(room) or _CJK_ROOM.search(room)) else None


_CHAIR_LINE = re.compile(r"^(?:session\s+)?(?:co-?)?chairs?\s*:\s*\S", re.IGNORECASE)
_WHERE_THEY_WORK = re.compile(r"\s*\([^()]*\)")


def title_over_people(lines: Sequence[str]) -> CellParts | None:
    """A cell of a title over one line of its speakers ("Name (Org)") or its chair ("Chair: Name"), else None.

    The jekyll-conference theme (KaRS 2022) writes each slot's cell as two paragraphs, its title and
    then who speaks or chairs. The speakers are the item's people, where they work left out; a chair is its
    people as its chair.

    >>> title_over_people(["On Assistants", "Xin Luna Dong (Meta)"]).people
    ('Xin Luna Dong',)
    >>> title_over_people(["Session 1", "Chair: Daniele Malitesta"]).people
    ('Chair: Daniele Malitesta',)
    >>> title_over_people(["Coffee Break", "in the hall"]) is None
    True
    """
    if len(lines) != 2 or not lines[0].strip():
        return None
    title, second = (line.strip() for line in lines)
    if kind_from_title(title) is Kind.SOCIAL:  # "Reception<br>Shilla Stay Gwanghwamun": a venue (`html_cell_lines`)
        return None
    if runs_on(title):  # "… PARA REMOÇÃO DE<br />CONTAMINANTES EMERGENTES EM ÁGUA" (UFOP): the title wrapped
        return None
    if _CHAIR_LINE.match(second):  # tabular reads a people cell "Chair: Name" as the row's chair
        return CellParts(title, (second,))
    names = names_in(_WHERE_THEY_WORK.sub("", second), words=2)
    return CellParts(title, names) if names else None
