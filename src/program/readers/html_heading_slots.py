"""A page whose slots are headings: `<h3>8:30-9:00: Breakfast</h3>`, and parallel panels under a session's time.

Keystone DH 2023 (a Jekyll page of HTML in Markdown) writes a day as `<h2>Friday, June 16th</h2>`,
a slot as `<h3>9:00-10:30: Keynote Address: Name — "Title"</h3>` with `<h4>Room: Gilman 50</h4>`
under it, and a session as `<h3>Session 1: 10:45-12:15</h3>` over parallel panels, each
`<h4>Gilman 308 -- Panel 1: "Reading Big Data"</h4>` over `<ul>` of its talks (`"Title" — Name`,
`Name, "Title"`) and its chair (`Chair: Name`). Each panel is a slot at its session's time in its
room; its talks are its members (`html_talks`), its chairs and presenters its people. Every other
line inside the schedule is listed as not placed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Sequence

import attrs

from program.model import Kind
from program.readers.html_blocks import Block, Heading, TextLine
from program.readers.html_cell_parts import Talk
from program.readers.html_heading_by import heading_by, is_list_label, lengthened, listed_into
from program.readers.html_heading_parts import talk_span, unquoted
from program.readers.html_lines import time_led
from program.readers.html_speaker_lines import titled_name, titled_surnames
from program.readers.kind_labels import kind_from_title, label_kind
from program.readers.lines.day_headings import day_heading
from program.readers.lines.entry import read_slot_text
from program.readers.lines.names import names_in
from program.readers.lines.thai_names import THAI, is_moderator_line, thai_people, thai_room, thai_title_people
from program.readers.notation.dates import DateError, WrittenDate, parse_date
from program.readers.notation.times import ClockError, TimeSpan, parse_span

_CLOCK = r"\d{1,2}[:.]\d{2}(?:\s*[ap]\.?m\.?)?"
_TRAILING = re.compile(rf"^(?P<head>.*?\S)\s*:?\s+(?P<span>{_CLOCK}(?:\s*[-–—]\s*{_CLOCK})?)\s*$", re.IGNORECASE)
"""A heading whose time comes last: "Session 1: 10:45-12:15", "Gilman 50: Breakout Sessions 4:30 - 5:30"."""
_SESSION = re.compile(r"^session\b", re.IGNORECASE)
_VENUE = re.compile(r"^(?:room|venue|location)\s*:\s*(?P<room>\S.*)$", re.IGNORECASE)
_ROOM_TITLE = re.compile(r"^(?P<room>[^\"“”:]{2,40}?)\s+(?:--|—|–)\s+(?P<title>\S.*)$")
"""A panel heading: its room, a dash, its title ("Gilman 308 -- Panel 1: "Reading Big Data"")."""
_LABELLED = re.compile(r"^(?P<label>[^:\"“”]{3,40}):\s*(?P<rest>\S.*)$")
_PLACE_AFTER = re.compile(r"^(?P<title>[^—–\"“”]+?)\s*[—–]{1,2}\s*(?P<room>[^—–\"“”]+)$")
"""A break and where it is: "Lunch —— Levering Hall"."""
_ROLE = re.compile(
    r"^(?P<role>(?:session\s+)?(?:co-?)?chairs?|moderators?|presenters?|speakers?|panelists?)\s*:\s*(?P<names>\S.*)$",
    re.I,
)
_NO_ONE = re.compile(r"^(?:TBA|TBD|TBC|to be (?:announced|decided|confirmed))$", re.I)
"""A role not filled yet ("Session Chair: TBA", BLP 2023): no person."""
_TITLE_LINE = re.compile(r"^title\s*:\s*(?P<title>\S.*)$", re.I)
"""A slot's title on a line under its heading: "Title: NLP in Mexican Spanish" under "Invited Talk 1"."""
_NAME_FIRST = re.compile(r"^(?P<name>[^,—–\"“”]+?)\s*(?:,|\s[—–-]+)\s*[\"“](?P<title>.+?)[\"”]$")
"""A name before a quoted title: `Amanda Licastro, "Building …"`, `Ted Underwood — "DH in the Age …"`."""
_RANGE_COLON = re.compile(rf"^(?P<span>{_CLOCK}\s*[-–—]\s*{_CLOCK}):\s*", re.IGNORECASE)
"""A range and a colon before the title: "8:30-9:00: Breakfast" (`time_led` reads a time then ':' as no range)."""
_MODERATOR = "ผู้ดำเนินรายการ"
_PART = re.compile(r"^[»›]\s*(?P<title>\S.*?)\s*$")
"""A heading marked as a part of the slot above (`&raquo; Linguagem, Literatura e Ensino`, I ENPEB 2012)."""
_SEPARATORS = re.compile(r"\s*(?:,|;|&|/|\band\b)\s*")
_FEWEST = 2
"""How many time headings a page needs to be read this way."""
_TIME_HEADING = re.compile(
    rf"<h[1-6][^>]*>\s*(?:{_CLOCK}|[^<]{{1,60}}\s{_CLOCK}\s*[-–—]\s*{_CLOCK}\s*</h[1-6])", re.IGNORECASE
)
_TIME_UNDER_HEADING = re.compile(
    rf"<h[1-6][^>]*>[^<]{{1,80}}</h[1-6]>\s*<p[^>]*>\s*(?:<(?:strong|b)>)?\s*time\s*(?:</(?:strong|b)>)?\s*:\s*{_CLOCK}",
    re.IGNORECASE,
)
"""A heading over a paragraph that opens with its time: `<h2>Keynote</h2> <p><strong>Time</strong>: 14:00 - …`."""
_TIME_LINE = re.compile(rf"^time\s*:\s*(?P<span>{_CLOCK}\s*[-–—]\s*{_CLOCK})\s*(?P<rest>.*)$", re.IGNORECASE)
_OPENING_CHARACTERS = 8000


def holds_time_headings(text: str) -> bool:
    """Whether a page's opening holds two HTML headings or more that write a time (HTML inside Markdown).

    A heading whose time is the paragraph under it ("Time: 14:00 - 15:30", HiPeCASP 2025) writes one.
    """
    opening = text[:_OPENING_CHARACTERS]
    return len(_TIME_HEADING.findall(opening)) + len(_TIME_UNDER_HEADING.findall(opening)) >= _FEWEST


def _times_under_headings(found: Sequence[Block]) -> list[Block]:
    """The blocks with each "Time: 14:00 - 15:30 Chair: Name" line under an untimed heading moved into it.

    What follows the time on that line ("Chair: Name") stays a line under the heading.
    """
    moved: list[Block] = []
    for block in found:
        previous = moved[-1] if moved else None
        timed = _TIME_LINE.match(block.text) if isinstance(block, TextLine) else None
        if timed is None or not isinstance(previous, Heading) or _timed(previous.text):
            moved.append(block)
            continue
        moved[-1] = attrs.evolve(previous, text=f"{previous.text} {timed['span']}")
        if timed["rest"] and isinstance(block, TextLine):
            moved.append(attrs.evolve(block, text=timed["rest"]))
    return moved


@attrs.define
class HeadingSlot:
    """A slot a heading gives, and what the lines under it add."""

    span: TimeSpan
    title: str
    line: int
    day: WrittenDate | None
    people: list[str] = attrs.Factory(list)
    kind: Kind | None = None
    room: str | None = None
    talks: list[Talk] = attrs.Factory(list)
    panel: bool = False
    """A panel under a session heading: the lines under it are its talks and chairs."""
    untimed: bool = False
    """A part listed under a slot without a time of its own (I ENPEB 2012's `<h4>&raquo; Linguagem, …</h4>` round
    tables under `<h4>14h - 15h - Mesas Redondas</h4>`): an item on its day, with no time."""
    written: str = ""
    """The heading's text after its time, when its people were read from it ("Palestra: A: B" split at a colon)."""
    post_below: bool = False
    """Its speaker's name ended with a comma: the heading under it is their post (`html_heading_by`), no slot."""


@attrs.frozen
class HeadingSchedule:
    """The slots of a page of time headings, the lines inside it it did not place, and how many lie outside."""

    slots: tuple[HeadingSlot, ...]
    unplaced: tuple[tuple[int, str], ...]
    outside: int
    doubts: tuple[tuple[int, str], ...] = ()


def heading_schedule(found: Sequence[Block]) -> HeadingSchedule | None:
    """The page's slots when two headings or more write a time, else None."""
    found = _times_under_headings(found)
    headings = [block for block in found if isinstance(block, Heading)]
    alone = sum(1 for block, after in itertools.pairwise(headings) if _alone(block.text, after.text))
    if sum(1 for block in headings if _timed(block.text)) + alone < _FEWEST:
        return None
    walk = _Walk({venue["room"].strip() for block in headings if (venue := _VENUE.match(block.text))})
    for block in found:
        if isinstance(block, TextLine):
            walk.line(block)
        elif isinstance(block, Heading):
            walk.heading(block.line, block.text.strip())
    return HeadingSchedule(tuple(walk.slots), tuple(walk.unplaced), walk.outside, tuple(walk.doubts))


@attrs.define
class _Walk:
    """The slots found so far, the day and the session they are under, and the lines not placed."""

    rooms: set[str]
    """The rooms the page names in "Room: …" headings (a heading's "Gilman 50: Breakout …" is one)."""
    slots: list[HeadingSlot] = attrs.Factory(list)
    unplaced: list[tuple[int, str]] = attrs.Factory(list)
    outside: int = 0
    day: WrittenDate | None = None
    session: TimeSpan | None = None

    doubts: list[tuple[int, str]] = attrs.Factory(list)
    """Talks whose written time cannot be right as it stands, with what is wrong (a warning each)."""
    pending: tuple[int, TimeSpan] | None = None
    """A heading that is a time alone (THRF14 2020's `<h6>08.00 - 08.30 น.</h6>` beside `<h6>ลงทะเบียน</h6>`): the
    next heading is its title, or its parallel rooms."""
    moderator_next: bool = False
    """The last line was the Thai moderator's word alone (ผู้ดำเนินรายการ): the next line names them, no speaker."""
    rooms_under: bool = False
    """The session's panels are numbered rooms: a heading under them that is none is a paper's title, not placed."""
    members: int = 0
    """How many slots there were when a list of members was labelled ("Panelleden:"): its lines name one each."""
    talk_group: int | None = None
    """The list item of the last talk that writes its own time: a line more in it is its authors."""

    def line(self, block: TextLine) -> None:
        """A line under the last slot: its talk or chair, else not placed (before the first slot: outside)."""
        if not self.slots:
            self.outside += 1
            return
        slot = self.slots[-1]
        # a numbered room's papers have no time of their own: listed as not placed, as its other lines
        if self.rooms_under:
            placed = False
        elif slot.panel:
            placed = _under(slot, block.text, block.line)
        elif self.members == len(self.slots) or is_list_label(block.text):  # "Panelleden:" over "Name, Post"
            self.members, placed = len(self.slots), listed_into(slot.people, block.text)
        elif THAI.search(block.text):
            placed = self.thai_line(slot, block.text)
        else:
            placed = self.under_slot(slot, block) or listed_into(slot.people, block.text)
        if not placed:
            self.unplaced.append((block.line, block.text))

    def thai_line(self, slot: HeadingSlot, text: str) -> bool:
        """A Thai line under a slot: its speakers ("โดย นพ.โกมาตร …"), or the moderator's (ผู้ดำเนินรายการ), left out."""
        moderator, self.moderator_next = self.moderator_next, is_moderator_line(text) and text.strip() == _MODERATOR
        people = () if moderator or is_moderator_line(text) else thai_people(text)
        slot.people.extend(name for name in people if name not in slot.people)
        return bool(people) or moderator or is_moderator_line(text)

    def under_slot(self, slot: HeadingSlot, block: TextLine) -> bool:
        """A line under a slot's heading (BLP 2023): its title, speaker or chair, or a talk at its own time.

        `<li><strong>09:50 - 10:02: Title</strong><br />Authors</li>` under "09:50 - 10:30 Oral
        Presentation I" is a talk of that session at 09:50; the list item's next line is its authors.
        """
        text = block.text
        member = titled_name(text)
        if (members := titled_surnames(text) or ((member,) if member else None)) is not None:
            # a line that names one person with their title (I ENPEB 2012's "Profª. Ms. Marie Gorett Dantas (UFPB)")
            # is the slot's speaker; a name read from the heading's colon was the title's ("Palestra: Educação
            # Bilíngue: Uma Nova Proposta …")
            if slot.written:
                slot.title, slot.people, slot.written = slot.written, [], ""
            slot.people.extend(name for name in members if name not in slot.people)  # WHG 2019's "StD Kress SSL"
            return True
        if (role := _ROLE.match(text)) is not None:
            names = [name for name in _names(role["names"]) if not _NO_ONE.match(name)]
            slot.people.extend(name for name in names if name not in slot.people)
            return True
        if (titled := _TITLE_LINE.match(text)) is not None and not slot.talks:
            slot.kind = slot.kind or kind_from_title(slot.title)  # "Invited Talk 1": the heading says what it is
            slot.title = unquoted(titled["title"])
            return True
        if (led := _led(text)) is not None and led[1]:
            span, doubt = talk_span(led[0], slot.span)
            slot.talks.append(Talk(led[1], (), block.line, span=span))
            self.talk_group = block.group
            if doubt:
                self.doubts.append((block.line, doubt))
            return True
        last = slot.talks[-1] if slot.talks else None
        if last is None or last.people or block.group != self.talk_group or (people := _names(text)) == ():
            return False
        slot.talks[-1] = attrs.evolve(last, people=people)
        return True

    def heading(self, line: int, text: str) -> None:
        """A day, a slot, a session's time, a room for the last slot, or a panel under the session."""
        last = self.slots[-1] if self.slots else None
        trailing = _trailing(text)
        if self.pending is not None and not _timed(text) and _day(text) is None and _led(text) is None:
            self._after_time(line, text)
        elif (written := _day(text)) is not None:
            self.day, self.session = written, None
        elif (led := _led(text)) is not None and not led[1]:
            self.pending, self.session = (line, led[0]), None
        elif (led := _led(text)) is not None and led[1]:
            self.slots.append(_slot(led[0], led[1], line, self.day))
            self.session, self.talk_group = None, None
        elif trailing is not None and _SESSION.match(trailing[1]):
            self.session = trailing[0]
        elif trailing is not None:
            self.slots.append(_room_first(_slot(trailing[0], trailing[1], line, self.day), self.rooms))
            self.session = None
        elif (venue := _VENUE.match(text)) is not None and last is not None and last.room is None:
            last.room = venue["room"].strip()
        elif (part := _PART.match(text)) is not None and last is not None:
            # a part of a session is what the session is: a round table of "Mesas Redondas" a panel
            kind = last.kind or kind_from_title(last.title) if not last.untimed else last.kind
            self.slots.append(HeadingSlot(last.span, part["title"], line, self.day, kind=kind, untimed=True))
        elif self.session is not None:
            self.under_session(self.session, line, text)
        elif last is not None and last.post_below:
            last.post_below = False  # "voorzitter Landelijk Overleg …" under "Opening Congres door Marc van Kempen,"
        elif last is not None:
            self.unplaced.append((line, text))
        else:
            self.outside += 1

    def under_session(self, session: TimeSpan, line: int, text: str) -> None:
        """A heading under a session's time: a panel, or a numbered room's paper (not placed: it has no time)."""
        if (room := thai_room(text)) is not None:
            self.slots.append(HeadingSlot(session, room[0], line, self.day, room=room[1], panel=True))
        elif self.rooms_under:
            self.unplaced.append((line, text))
        else:
            self.slots.append(_panel(session, text, line, self.day))

    def _after_time(self, line: int, text: str) -> None:
        """The heading after a time alone: the time's slot, or its session's first numbered room."""
        assert self.pending is not None
        at, span = self.pending
        self.pending = None
        if (room := thai_room(text)) is not None:
            self.session, self.rooms_under = span, True
            self.slots.append(HeadingSlot(span, room[0], line, self.day, room=room[1], panel=True))
            return
        title, people = thai_title_people(text)
        slot = _slot(span, title, at, self.day)
        slot.people.extend(name for name in people if name not in slot.people)
        self.slots.append(slot)
        self.session, self.rooms_under, self.talk_group = None, False, None


def _alone(text: str, after: str) -> bool:
    """Whether a heading is a time alone and the heading after it no time or day (its title)."""
    led = _led(text)
    return led is not None and not led[1] and not _timed(after) and _led(after) is None and _day(after) is None


def _led(text: str) -> tuple[TimeSpan, str] | None:
    """The time a heading starts with and the rest, as `time_led` reads it, a range before a colon too."""
    return time_led(_RANGE_COLON.sub(r"\g<span> ", text))


def _timed(text: str) -> bool:
    led = _led(text.strip())
    return bool(led and led[1]) or _trailing(text.strip()) is not None


def _trailing(text: str) -> tuple[TimeSpan, str] | None:
    found = _TRAILING.match(text)
    if found is None:
        return None
    try:
        return parse_span(found["span"]), found["head"].rstrip(" :")
    except ClockError:
        return None


def _day(text: str) -> WrittenDate | None:
    """The day a heading names ("Friday, June 16th"); a heading that writes a time is none."""
    if len(text) > 60 or _led(text) is not None or _trailing(text) is not None:
        return None
    try:
        return parse_date(text)
    except DateError:
        return day_heading(text)


def _slot(span: TimeSpan, text: str, line: int, day: WrittenDate | None) -> HeadingSlot:
    """A time heading's slot: "Keynote Address: Name — "Title"" names its speaker, "Lunch —— Hall" its room."""
    if (by := heading_by(text)) is not None:  # Congres TBK 2016: "Opening Congres door Marc van Kempen,"
        return HeadingSlot(lengthened(span, by.length), by.title, line, day, list(by.people), post_below=by.post_below)
    labelled = _LABELLED.match(text)
    kind = label_kind(labelled["label"].strip()) if labelled else None
    if labelled and kind is not None:
        if (named := _name_first(labelled["rest"])) is not None:
            return HeadingSlot(span, named[0], line, day, list(named[1]), kind)
        read = read_slot_text(labelled["rest"])
        if read.people:
            return HeadingSlot(span, unquoted(read.title), line, day, list(read.people), kind, written=text)
    place = _PLACE_AFTER.match(text)
    if place is not None and kind_from_title(place["title"]) is Kind.BREAK:
        return HeadingSlot(span, place["title"], line, day, room=place["room"].strip())
    read = read_slot_text(text)
    return HeadingSlot(span, read.title, line, day, list(read.people))


def _room_first(slot: HeadingSlot, rooms: set[str]) -> HeadingSlot:
    """A room the page names elsewhere, before the title: "Gilman 50: Breakout Sessions"."""
    head, colon, title = slot.title.partition(":")
    if colon and head.strip() in rooms and title.strip():
        return attrs.evolve(slot, title=title.strip(), room=head.strip())
    return slot


def _panel(session: TimeSpan, text: str, line: int, day: WrittenDate | None) -> HeadingSlot:
    """A heading under a session's: a slot at its time, in the room before its dash."""
    found = _ROOM_TITLE.match(text)
    room, title = (found["room"].strip(), found["title"].strip()) if found else (None, text)
    return HeadingSlot(session, title, line, day, room=room, panel=True)


def _under(slot: HeadingSlot, text: str, line: int) -> bool:
    """Read a line under a panel's heading into it: a talk, its chair or presenters. False: not placed."""
    if not slot.panel:
        return False
    if (role := _ROLE.match(text)) is not None:
        names = _names(role["names"])
        slot.people.extend(name for name in names if name not in slot.people)
        return bool(names)
    if (named := _name_first(text)) is not None:
        slot.talks.append(Talk(*named, line))
        return True
    read = read_slot_text(text)
    if not read.people:
        return False
    people = tuple(name for person in read.people for name in _names(person))
    slot.talks.append(Talk(unquoted(read.title), people or read.people, line))
    return True


def _name_first(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The title and the names of a name before a quoted title, else None."""
    first = _NAME_FIRST.match(text)
    names = names_in(first["name"], words=2) if first else None
    return (first["title"].strip(), names) if first and names else None


def _names(text: str) -> tuple[str, ...]:
    """Names joined by commas, "and", "&" or "/" ("Edward Larkey/Landry Digeon")."""
    return tuple(name for name in (part.strip(" .") for part in _SEPARATORS.split(text)) if name)
