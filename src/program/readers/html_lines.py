"""Time-led lines of a saved page's lists and paragraphs: "9:00 - 9:30 Welcome (by Ada Lovelace)".

A small reading of its own on `notation/times.py`, kept apart from the text schedule-page
reader (`schedule_page.py`, which reads pages copied as text and is being generalised) so
each can change alone; once that reader reads any time-led line, this should call it
instead (the shapes here are a subset of its).

A line that starts with a time or a time range is an entry: the rest is its title, with
people in a trailing "(by …)". A line that is only a time takes the next line of its list
item or block as its title ("<p>10:00</p><p>Opening ceremony</p>"). Further lines of the
same item are the entry's details. Lines between a segment's first and last entries that
belong to no entry are returned as not placed; those before or after are counted only.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

import attrs

from program.model import Kind, Link
from program.readers.base import Line
from program.readers.coded_entries import CODE, author_names, is_name
from program.readers.html_bilingual_lines import bilingual_slot
from program.readers.html_blocks import TextLine
from program.readers.html_cell_parts import Talk
from program.readers.html_listed_talks import linked_talks
from program.readers.html_speaker_lines import author_line_names, names_with_roles, speaker_names, titled_lead
from program.readers.html_time_zones import without_range_zones
from program.readers.html_venue_lines import last_venue, venue_at
from program.readers.kind_labels import kind_from_title, label_kind
from program.readers.lines.names import names_in
from program.readers.lines.numbered_forums import numbered_forums
from program.readers.notation.lengths import without_repeated_length
from program.readers.notation.times import CLOCK_WORD_FIRST, HOUR_MARKED, ClockError, TimeSpan, parse_span

_CLOCK = rf"(?:{HOUR_MARKED}|\d{{1,2}}[:.h]\d{{2}}(?:\s*[ap]\.?\s*m\b\.?)?|\d{{1,2}}\s*[ap]\.?\s*m\b\.?|noon)"
_LEAD = re.compile(
    rf"^(?P<span>(?P<start>{_CLOCK})(?:(?P<separator>\s*(?:[-–—~]+|to|until)\s*|\s+(?=\d{{1,2}}[:.]\d{{2}}))"
    rf"(?P<end>{_CLOCK}))?)(?!\d|:\d)(?:\s*(?:(?:hrs?|horas|uhr)\b\.?|น\.(?!\S)))?\s*(?P<rest>.*)$",
    re.IGNORECASE,
)
"""A time or range opening a line; two clocks after each other are a range ("10:00 11:00": FrontTalks 2016 writes
its end in a span of its own colour inside the start's). The hours' word after it is no title ("16:00 - 19:00 hrs.",
Thai "08.00 - 08.30 น.": THRF14 2020)."""
_SEPARATOR = re.compile(r"^[\s:|–—\-,.]+")
_OTHER_TIME = re.compile(rf"^[^\W\d]+\s+{_CLOCK}(?:\s*(?:hrs?|horas|uhr)\b\.?)?$", re.IGNORECASE)
"""A word and another time after a line's own ("Inicio 09:00 hrs.": when the tournament itself starts), no title."""
_BY = re.compile(r"^(?P<title>.*?)\s*\(\s*by\s+(?P<people>[^()]+)\)\s*$", re.IGNORECASE | re.DOTALL)
_PLACE_WORD = re.compile(
    r"\b(?:hall|room|lobby|foyer|atrium|terrace|building|venue|auditorium|ballroom|cafeteria|restaurant|campus)\b",
    re.IGNORECASE,
)
_NO_SPEAKERS = frozenset({Kind.BREAK, Kind.SOCIAL})
_DASH = re.compile(r"\s+(?:--|[-–—])\s+")
_PERSONS = re.compile(r"\s*(?:;|,?\s+and\s+|\s&\s)\s*")
_END_LEAD = re.compile(r"^(?:to|until|till|[-–—~])\s*\d", re.IGNORECASE)


@attrs.frozen
class Entry:
    """A time-led line read: a title with its time range as written.

    Attributes:
        span: the time range (or start) as written.
        title: the title.
        people: the names a trailing "(by …)" gives.
        line: the page line it was read from.
        links: the links of its element.
        details: further lines of the same list item or block.
        label: a programme code the line gives in its title's place ("M-3-1-1").
        room: the room a "Venue: …" line gives a coded entry, or a "[Room]" before its title.
    """

    span: TimeSpan
    title: str
    people: tuple[str, ...]
    line: int
    links: tuple[Link, ...]
    details: tuple[str, ...] = ()
    label: str | None = None
    room: str | None = None
    talks: tuple[Talk, ...] = ()
    """The talks its further lines list, each a link `Title, Speaker` (`html_listed_talks`), not in `details`."""
    chairs: bool = False
    """Whether its people chair it (a session's moderator, `html_bilingual_lines`), not speak."""


@attrs.frozen
class LinesRead:
    """What a run of lines gave.

    Attributes:
        entries: the entries, in page order.
        unplaced: lines inside the schedule that belong to no entry.
        outside: how many lines lie before the first entry or after the last.
    """

    entries: tuple[Entry, ...]
    unplaced: tuple[TextLine, ...]
    outside: int


def time_led(text: str) -> tuple[TimeSpan, str] | None:
    """The time range a line starts with and the rest of the line, or None.

    >>> span, rest = time_led("11.30-11.50Position Paper: Ada Lovelace")
    >>> span.start.minutes, span.end_minutes, rest
    (690, 710, 'Position Paper: Ada Lovelace')
    >>> time_led("2 talks") is None, time_led("10:00")[1]
    (True, '')
    >>> time_led("10:00 11:00")[0].end_minutes
    660
    """
    text = without_range_zones(text)  # "08:30 WIB - 09:15 WIB": the zone is the page's, said once
    lead = _LEAD.match(CLOCK_WORD_FIRST.sub("", text))  # "godz. 10:00 - 10:20": the hour's word is the time's
    if lead is None:
        return None
    written = f"{lead['start']}-{lead['end']}" if lead["end"] and not lead["separator"].strip() else lead["span"]
    try:
        span = parse_span(written)
    except ClockError:
        return None
    return span, _SEPARATOR.sub("", lead["rest"]).strip()


def title_people(text: str, linked: Sequence[str] = ()) -> tuple[str, tuple[str, ...]]:
    """A title and the people of a trailing "(by …)": "Name, Role" keeps the name.

    `linked` are the words of the line's links: names after the last dash that are all links (to
    speakers' bios) are people even when they have no name's shape.

    >>> title_people("Refining collaboration (by Jack Crown, Development, and Helen White, PR)")
    ('Refining collaboration', ('Jack Crown', 'Helen White'))
    """
    by = _BY.match(text)
    if by is None:
        return _after_dash(text, linked)
    people: list[str] = []
    for person in _PERSONS.split(by["people"].strip()):
        pieces = [piece.strip() for piece in person.split(",") if piece.strip()]
        names = pieces if pieces and all(is_name(piece) for piece in pieces) else pieces[:1]
        people.extend(name for name in names if name not in people)
    return by["title"], tuple(people)


def _after_dash(text: str, linked: Sequence[str] = ()) -> tuple[str, tuple[str, ...]]:
    """A title and the names after its last spaced dash, as a text page's line is read ("Title - Kurt Gödel").

    >>> _after_dash("Logic and engines - Kurt Gödel"), _after_dash("Lunch - Dining Hall")
    (('Logic and engines', ('Kurt Gödel',)), ('Lunch - Dining Hall', ()))
    >>> _after_dash("Le serveur qui fait ping - Jonathan Perret et Emmanuel Gaillot")[1]
    ('Jonathan Perret', 'Emmanuel Gaillot')

    Names after a break's or a social's title are where it is ("Social Event - Harbour Cruise"),
    and a place's word (Hall, Room, Lobby) is no one's name. French pages join two names with
    "et" (Agile France 2013); a part that is only links (to bios) is names whatever its words.
    """
    pieces = _DASH.split(text)
    if len(pieces) < 2 or not pieces[0]:
        return text, ()
    title = text[: text.rindex(pieces[-1])].rstrip(" -–—")
    if kind_from_title(title) in _NO_SPEAKERS:
        return text, ()
    if _PLACE_WORD.search(pieces[-1]):  # "Lunch - Dining Hall": a place, linked or not
        return text, ()
    if (names := _linked_names(pieces[-1], title, linked)) is not None:
        return title, names
    if (names := names_in(_FRENCH_AND.sub(" and ", pieces[-1]), words=2)) is None:
        return text, ()
    return title, names


_FRENCH_AND = re.compile(r"\s+et\s+")
_LINKED_SEPARATORS = re.compile(r"\s*(?:,|;|\s+et\s+|\s+and\s+|\s+&\s+)\s*")


def _linked_names(part: str, title: str, linked: Sequence[str]) -> tuple[str, ...] | None:
    """The names of a speaker part made only of the line's links, joined by commas or "and"/"et"; else None.

    "Bureau association Agile France" is a link to a bio (Agile France 2013): a speaker, though no
    name's shape. Where the title is a link too, a link after it may be its paper or slides: not read so.
    """
    names = tuple(name for name in _LINKED_SEPARATORS.split(part.strip()) if name)
    if not linked or not names or any(words in title for words in linked):
        return None
    if not all(name in linked and _linked_shape(name) for name in names):
        return None
    return names


def _linked_shape(name: str) -> bool:
    """A linked speaker's shape: two to six words, a capital first, no digits, no longer than a name with its group."""
    return name[:1].isupper() and 2 <= len(name.split()) <= 6 and len(name) <= 48 and not any(map(str.isdigit, name))


def read_lines(lines: Sequence[TextLine]) -> LinesRead:
    """Read a run of lines (between two headings or tables) into entries."""
    entries: list[Entry] = []
    starts: list[int] = []
    used: set[int] = set()
    for index, line in enumerate(lines):
        led = time_led(line.text) if index not in used else None
        if led is None:
            continue
        span, rest = led
        people_below: tuple[str, ...] = ()
        # The lines of the same list item or block, up to the next time-led one.
        same = _until_next_time(lines, [i for i in range(index + 1, len(lines)) if lines[i].group == line.group])
        # AIMMGM 2020: `Inauguración <br><br> 09:00 - 10:00 hrs.`, title first; `08:00 hrs. Inicio 09:00 hrs.` a note
        before = _title_before(lines, index, used) and (not same or _leads_next(lines, same[-1]))
        aside = rest if before and _OTHER_TIME.match(rest) else ""
        if before and (not rest or aside):  # the last line of `same` is then the next block's title
            used.add(index - 1)
            rest, same = lines[index - 1].text, same[:-1]
        elif not rest and same:
            used.add(same[0])
            rest, same = lines[same[0]].text, same[1:]
        elif not rest and _title_beside(lines, index, used):  # Datamatix 2025: time and title in two columns
            used.add(index + 1)
            rest = lines[index + 1].text
            if (beside := _speakers_below(lines, index + 2, used)) is not None:
                people_below = beside
        if not rest:
            continue  # a time without a title: not placed
        used.update({index, *same})
        starts.append(index)
        if CODE.match(rest) and same:
            entries.append(_coded(Entry(span, rest, (), line.line, line.links), [lines[i] for i in same]))
            continue
        title, people = title_people(rest, line.linked)
        people = people or people_below
        room, title = _room_first(without_repeated_length(title, span.start.minutes, span.end_minutes))
        said, room = last_venue(tuple(lines[i].text for i in same), room)
        if (both := bilingual_slot(title, [Line(lines[i].line, lines[i].text) for i in same])) is not None:
            read = Entry(span, title, people or both.people, line.line, line.links, both.details, talks=both.talks)
            entries.append(attrs.evolve(read, chairs=both.chaired and not people))  # a session's moderator chairs it
            continue  # Check4facts 2022: each line in Greek, then in English
        named = (
            speaker_names(said[0]) or titled_lead(said[0])
            if said and not people and not _linked(lines[same[0]])
            else None
        )
        if named and kind_from_title(title) not in _NO_SPEAKERS:  # "Title<br><span>Name (Place)</span>": speakers
            people, said = named, said[1:]
        elif said and not people and kind_from_title(title) not in _NO_SPEAKERS:
            people = names_with_roles(said) or ()  # "Name - Office" lines (OSConf 2013's opening): kept as details too
        talks = linked_talks(said, line.linked, line.line)
        details = (aside,) * bool(aside) + (() if talks else said)
        entries.append(Entry(span, title, people, line.line, line.links, details, room=room, talks=talks))
    placed = _with_rooms(lines, starts, entries, used) if any(entry.label for entry in entries) else entries
    # "Phòng : E21.105" above a run's first time (TVU 2023's morning): the room of its entries that name none
    above = (
        next((room for index in range(starts[0]) if (room := venue_at(lines, index, used))), None) if starts else None
    )
    placed = [attrs.evolve(entry, room=entry.room or above) for entry in placed] if above else placed
    placed = [forum for entry in placed for forum in _forums(entry)]  # CLMF 2015: `主题分论坛：` over four sub-forums
    return LinesRead(tuple(placed), *_unplaced(lines, used, entries))


def _forums(entry: Entry) -> list[Entry]:
    forums = numbered_forums(entry.title, entry.details)
    return [attrs.evolve(entry, title=forum, details=()) for forum in forums] if forums else [entry]


_ROOM_FIRST = re.compile(r"^\[(?P<room>[^\[\]]*[^\[\]\s][^\[\]]*)\]\s*(?P<title>\w.*)$")
_PAPER_NUMBER = re.compile(r"^(?:paper|bài(?:\s+báo)?)\s*#?\s*\d+$", re.IGNORECASE)
"""A paper's number in brackets before its title, no room: "[Bài 2] Đánh giá …", "[Bài báo 11] …" (TVU 2023)."""


def _linked(line: TextLine) -> bool:
    """Whether a line is one link's words: a session's own page ("Visualizacion y Realismo, C. Ureña"), no speakers."""
    return line.text in line.linked


def _room_first(title: str) -> tuple[str | None, str]:
    """A room in square brackets before the title, "[K.R. Ramanathan Auditorium] Inauguration" (PRL 2025).

    A bracket that names a kind ("[Keynote] Title") or a paper's number ("[Bài 2]") is no room, and stays in the title.
    """
    found = _ROOM_FIRST.match(title)
    if found is None or label_kind(found["room"].strip()) is not None or _PAPER_NUMBER.match(found["room"].strip()):
        return None, title
    return found["room"].strip(), found["title"]


def _title_before(lines: Sequence[TextLine], index: int, used: set[int]) -> bool:
    """Whether a line that is only a time, last in its block, has its title on the block's line before it."""
    before = index - 1
    if before < 0 or before in used or lines[before].group != lines[index].group:
        return False
    return time_led(lines[before].text) is None


def _leads_next(lines: Sequence[TextLine], index: int) -> bool:
    """Whether the line after `index` is a time-led line of its block (`index` then that one's title, written first)."""
    after = index + 1
    return after < len(lines) and lines[after].group == lines[index].group and time_led(lines[after].text) is not None


def _title_beside(lines: Sequence[TextLine], index: int, used: set[int]) -> bool:
    """Whether a line that is only a time has its title in the next block, right after it (another column).

    `<div class="col-md-2"><p>08:30 AM</p></div><div class="col-md-10"><p>Registration</p></div>`.
    """
    following = index + 1
    if following >= len(lines) or following in used or time_led(lines[following].text) is not None:
        return False
    return _END_LEAD.match(lines[following].text) is None  # "to 10:00", "– 10:00": its end, no title


def _speakers_below(lines: Sequence[TextLine], index: int, used: set[int]) -> tuple[str, ...] | None:
    """The linked names that open the line at `index` (marked used), where they work after them; else None.

    FrontTalks 2016 writes a talk's speaker under its title (beside its time) as `<a …>Владимир Дашукевич</a>,
    XBSoftware, Минск, Беларусь`: the link's words are the name, the company and city are not.
    """
    line = lines[index] if index < len(lines) and index not in used else None
    if line is None or time_led(line.text) is not None:
        return None
    # "Tác giả: Trần Bảo Huy" under the title (TVU 2023), or "Dr. Nguyễn Bảo Ân, Đại học Trà Vinh" (a keynote's)
    if (authors := author_line_names(line.text) or titled_lead(line.text)) is not None:
        used.add(index)
        return authors
    names = [words for words in line.linked if _linked_shape(words)]
    joined = ", ".join(names)
    if not names or not (line.text == joined or line.text.startswith(f"{joined},")):
        return None
    used.add(index)
    return tuple(names)


def _with_rooms(
    lines: Sequence[TextLine], starts: Sequence[int], entries: Sequence[Entry], used: set[int]
) -> list[Entry]:
    """Coded entries (`_coded`) with the room a "Venue: …" line above them gives; the lines marked used.

    EDTM 2025 writes a session's venue right below its time (the plenary's: the session's room
    too) or below a track's name inside a parallel session (the track's papers', not the
    session's). A session block (an entry without a code) starts afresh.
    """
    room: str | None = None
    placed: list[Entry] = []
    previous = -1
    for start, entry in zip(starts, entries, strict=True):
        if entry.label is None:
            room = venue_at(lines, start + 1, used)  # the block's own venue is right below its time
        else:
            for index in range(previous + 1, start):
                room = venue_at(lines, index, used) or room
        placed.append(attrs.evolve(entry, room=room))
        previous = start
    return placed


def _coded(entry: Entry, below: Sequence[TextLine]) -> Entry:
    """An entry whose line gives a code and a time: the code is its label, the line below its title.

    EDTM 2025's day pages write ``9:00am Plenary #1`` / ``M-3-1-1`` above the title, the
    authors with where they work ("Jilin Li,Yuhan Zhang, Peking University, China") and the
    abstract under an "Abstract" disclosure.
    """
    people = author_names(below[1].text) if len(below) > 1 else ()
    details = [line.text for line in below[2 if people else 1 :]]
    if details and details[0].casefold() in {"abstract", "summary"}:
        details = details[1:]  # the disclosure's label
    links = (*entry.links, *below[0].links)
    return attrs.evolve(
        entry, title=below[0].text, people=people, links=links, details=tuple(details), label=entry.title
    )


def _until_next_time(lines: Sequence[TextLine], indices: list[int]) -> list[int]:
    kept: list[int] = []
    for i in indices:
        if time_led(lines[i].text) is not None:
            break
        kept.append(i)
    return kept


def _unplaced(lines: Sequence[TextLine], used: set[int], entries: list[Entry]) -> tuple[tuple[TextLine, ...], int]:
    led = [i for i, line in enumerate(lines) if time_led(line.text) is not None]
    if not entries or not led:
        return (), len(lines)
    first, last = led[0], max(*used, led[-1])
    inside = tuple(lines[i] for i in range(first, last + 1) if i not in used)
    return inside, first + len(lines) - last - 1
