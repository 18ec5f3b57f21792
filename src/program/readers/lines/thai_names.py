"""Speakers on a Thai programme's lines: "โดย นพ.โกมาตร จึงเสถียรทรัพย์ ผู้อำนวยการศูนย์…" (by Dr Komatra …, director …).

Thai writes a person as their titles, a given name and a family name, then their post and body, all
with spaces between (THRF14 2020): "ศ.นพ. อร่าม โรจนสกุล คณะแพทยศาสตร์ …" is Prof. Dr. (medicine) Aram
Rojanasakul, Faculty of Medicine … Titles may be glued to the name ("ดร.วรพันธ์", "คุณกฤษณะ"). The name
is the two words after the titles; a line that opens with a post ("คณบดี คณะ…", the dean of the faculty)
names no one. A moderator (ผู้ดำเนินรายการ) is no speaker: what follows the word is left out.
"""

from __future__ import annotations

import re

from program.readers.lines.honorifics import without_honorifics

THAI = re.compile(r"[\u0e01-\u0e5b]")
"""A Thai letter: the rules below are for Thai text only."""
_TITLES = (
    "ผู้ช่วยศาสตราจารย์",
    "รองศาสตราจารย์",
    "ศาสตราจารย์",
    "อาจารย์",
    "นางสาว",
    "คุณ",
    "นาย",
    "นาง",
    "ศ.",
    "รศ.",
    "ผศ.",
    "ดร.",
    "นพ.",
    "พญ.",
    "ทพ.",
    "น.ส.",
)
"""Academic and courtesy titles (professor, associate and assistant professor, lecturer, Dr, medical doctor, Mr,
Mrs, Miss, Khun), the longest first: "ศ.นพ." and "อาจารย์ดร." are two."""
_POSTS = ("คณบดี", "อธิการบดี", "ผู้อำนวยการ", "ผู้แทน", "รองอธิการบดี", "ประธาน", "นายก")
"""Posts that open a line instead of a name (dean, rector, director, representative, vice-rector, chair)."""
_BY = re.compile(r"^(?:โดย|by)\s+", re.IGNORECASE)
_MODERATOR = "ผู้ดำเนินรายการ"
_LEADING_VOWELS = "เแโใไ"


def is_moderator_line(text: str) -> bool:
    """Whether a line is the moderator's word, with or without their name after it."""
    return text.strip().startswith(_MODERATOR)


def thai_people(text: str) -> tuple[str, ...]:
    """The people a Thai line names (a speaker per title group), the moderator's part left out.

    >>> thai_people("โดย นพ.โกมาตร จึงเสถียรทรัพย์ ผู้อำนวยการศูนย์มานุษยวิทยาสิรินธร")
    ('โกมาตร จึงเสถียรทรัพย์',)
    >>> thai_people("ศ.นพ. อร่าม โรจนสกุล คณะแพทยศาสตร์ ศ.ดร. ชื่นฤทัย กาญจนะจิตรา สถาบันวิจัยประชากรและสังคม")
    ('อร่าม โรจนสกุล', 'ชื่นฤทัย กาญจนะจิตรา')
    >>> thai_people("โดย คณบดี คณะสังคมศาสตร์"), thai_people("By Prof. Dr. Ainin Binti Sulaiman, UM")
    ((), ('Ainin Binti Sulaiman',))
    """
    text = " ".join(text.split(_MODERATOR, 1)[0].split())
    text = _BY.sub("", text)
    if not text:
        return ()
    if not THAI.search(text.split(",", 1)[0]):  # "By Prof. Dr. Ainin Binti Sulaiman, University of Malaya"
        name = without_honorifics(text.split(",", 1)[0]).strip()
        return (name,) if name else ()
    words = text.split()
    people: list[str] = []
    at = 0
    while at < len(words):
        titled, word = _untitled(words[at])
        while not word and at + 1 < len(words):  # a title standing alone: the name follows
            at += 1
            more, word = _untitled(words[at])
            titled = titled or more
        if not word or word.startswith(_POSTS) or at + 1 >= len(words):
            break
        people.append(f"{word} {words[at + 1]}")
        at += 2
        while at < len(words) and not _untitled(words[at])[0]:  # the post and body, up to the next titled name
            at += 1
        if not titled:
            break  # an untitled name is the line's one person ("อาทิตย์ สุริยะวงศ์กุล มูลนิธิ…")
    return tuple(people)


def _untitled(word: str) -> tuple[bool, str]:
    """Whether a word opens with titles, and the word without them ("ดร.วรพันธ์" → True, "วรพันธ์")."""
    titled = False
    changed = True
    while changed:
        changed = False
        for title in _TITLES:
            rest = word[len(title) :]
            if word.startswith(title) and (not rest or rest[0] in _LEADING_VOWELS or "\u0e01" <= rest[0] <= "\u0e2e"):
                word, titled, changed = rest, True, True
                break
    return titled, word


_NUMBERED_ROOM = re.compile(r"^ห้องที่\s*\d+\s+(?P<title>\S.*?)\s*\((?P<room>ห้อง\s*[^()]+?)\)(?:\s*ผู้นำถก)?$")
"""A parallel room under a block's time: "ห้องที่ 1 เกมออนไลน์ … (ห้อง 412) ผู้นำถก" (room 1, its theme, its room
number; ผู้นำถก, "discussion leaders", over its papers)."""
_TITLE_BY = re.compile(r"\s+(?:โดย|By)(?:\s+|$)")
"""Thai "by" (โดย), or an English "By" in a Thai heading, after a title: "กล่าวรายงาน โดย คณบดี …" (the report, by
the dean), "ปาฐกถานำ Humanities, … Crossroads By Prof. Dr. …"."""


def thai_room(text: str) -> tuple[str, str] | None:
    """A numbered room heading's theme and room ("เกมออนไลน์ …", "ห้อง 412"), else None.

    >>> thai_room("ห้องที่ 4 Learning Challenges from Experiences (ห้อง 415) ผู้นำถก")
    ('Learning Challenges from Experiences', 'ห้อง 415')
    """
    found = _NUMBERED_ROOM.match(" ".join(text.split()))
    return (found["title"], found["room"]) if found else None


def thai_title_people(text: str) -> tuple[str, tuple[str, ...]]:
    """A Thai heading's title before its "by" (โดย), and the people after it; any other heading as it is.

    >>> thai_title_people("กล่าวรายงาน โดย คณบดี คณะสังคมศาสตร์และมนุษยศาสตร์ กล่าวต้อนรับ โดย อธิการบดี")
    ('กล่าวรายงาน', ())
    """
    if not THAI.search(text):
        return text, ()
    pieces = _TITLE_BY.split(text, maxsplit=1)
    if len(pieces) != 2 or not pieces[0].strip():
        return text, ()
    return pieces[0].strip(), thai_people(pieces[1])
