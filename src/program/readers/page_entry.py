"""One entry of a schedule page, in the canonical line shape (see `page_layout`), as an item.

::

    Sat 1:55 p.m. - 2:40 p.m.          the time segment: a time line, or "-" for an untimed entry
    Steve Keckler - Invited Talk       the body: the title,
    (Talk)                             an optional kind line,
    SlidesLive Video »                 optional link lines,
    An abstract…                       an optional abstract (a room line first or last)
    Stephen Keckler                    the people segment: names joined by " · ",
    🔗                                 and the share icon that ends the entry
"""

from __future__ import annotations

import re
from datetime import date, datetime

import attrs

from program.errors import ParseError
from program.model import Item, Kind, Link, Problem, Severity, SourceRef
from program.model.ids import item_id
from program.readers.base import Line
from program.readers.clock import parse_time_line
from program.readers.kind_labels import kind_prefix, page_kind, speaker_before_colon, title_speaker
from program.readers.notation.times import ClockError
from program.readers.page_dating import Dating
from program.readers.page_layout import END_MARK, UNTIMED, Segment, is_time_text

NO_ABSTRACT = "no summary was provided."
QUOTED = 80
"""How much of a line a message quotes, at most."""
_KIND_LINE = re.compile(r"^\((?P<label>[^()]+)\)$")
_LINK_LINE = re.compile(r"^(?P<label>[^»]+?)\s*»\s*(?P<url>\S+)?$")
_PEOPLE_SEPARATOR = re.compile(r"\s*·\s*")
_ROOM_LINE = re.compile(
    r"(?:(?i:location|room|where|venue)\s*:\s*|📍\s*)(?P<named>.{1,80})"  # "Location: Room 291", "📍 Hall E"
    r"|(?P<bare>(?:Room|Hall|Ballroom|Auditorium|Theatre|Theater|Salon)\s+[\w#.'’-]+"  # "Room 388 - 390"
    r"(?:\s*(?:[-–&,/+]|and)\s*[\w#.'’-]+)*)"
)


@attrs.frozen
class Entry:
    """The three segments of one entry: its time line, its body and its people."""

    time: Line
    body: Segment
    people: Segment


def quoted(text: str) -> str:
    """`text` quoted for a message, cut to about 80 characters."""
    return repr(text if len(text) <= QUOTED else text[: QUOTED - 1] + "…")


@attrs.define
class SoFar:
    """What the entries of a page read so far tell the next ones.

    Attributes:
        day: the day of the last timed entry, which the untimed entries after it are listed
            under (a multi-day page's posters).
        names: one string for each spelling of a name, and for each way a people line writes it (spaces
            aside): an author on 50 papers is one string, not 50, and made once.
    """

    day: date | None = None
    names: dict[str, str] = attrs.field(factory=dict)


def read_entry(entry: Entry, source: str, dating: Dating | None, problems: list[Problem], so_far: SoFar) -> Item:
    """Return the item an entry describes; what the reader had to guess is added to `problems`.

    Raises:
        ParseError: at the line that cannot be read, saying what was expected.
    """
    start, end = _times(entry.time, source, dating)
    title, label, links, abstract = _read_body(entry.body, source)
    room, abstract = room_and_abstract(abstract)
    people = _read_people(entry.people, source, so_far.names)
    prefixed = kind_prefix(title)
    if prefixed:  # "Spotlight: X" presents the paper "X", as its poster does
        title = prefixed[1]
    kind = page_kind(label, title) if label or not prefixed else prefixed[0]
    speaker = title_speaker(title)
    speaker_name = speaker.name if speaker else None
    if speaker_name is None and kind in (Kind.INVITED_TALK, Kind.KEYNOTE):
        speaker_name = speaker_before_colon(title, people)
    if speaker_name and not people:
        people = (speaker_name,)
        if not title.casefold().rstrip().endswith(("talk", "keynote", "address", "speech")):
            problems.append(
                Problem(
                    Severity.WARNING,
                    "uncertain-entry",
                    f"the people line is empty; took {speaker_name!r} from the title {quoted(title)} as the speaker",
                    SourceRef(source, entry.body[0].number),
                )
            )
    return Item(
        id=item_id(kind, title),
        kind=kind,
        title=title,
        source=SourceRef(source, entry.time.number),
        start=start,
        end=end,
        people=people,
        abstract=abstract,
        links=links,
        recorded=bool(label and "recorded" in label.casefold()),
        label=label,
        title_speaker=speaker_name,
        location=room,
        scraped=True,
        day=so_far.day if start is None else None,
    )


def _times(line: Line, source: str, dating: Dating | None) -> tuple[datetime | None, datetime | None]:
    if line.text == UNTIMED:
        return None, None
    where = SourceRef(source, line.number)
    try:
        parsed = parse_time_line(line.text)
    except ClockError as error:
        raise ParseError(f"{error} (in time line {quoted(line.text)})", where, line.text) from None
    if parsed is None:
        raise ParseError(
            f"expected a time line such as 'Sat 8:30 a.m. - 8:40 a.m.', found {quoted(line.text)}", where, line.text
        )
    assert dating is not None, "a page with a time line always has a dating"
    return dating.span(parsed, where, line.text)


def _read_body(body: Segment, source: str) -> tuple[str, str | None, tuple[Link, ...], str | None]:
    title = body[0].text
    if title == END_MARK or is_time_text(title):
        raise ParseError(f"expected a title, found {quoted(title)}", SourceRef(source, body[0].number), title)
    rest = list(body[1:])
    label = None
    # The patterns are tried only where they can match: an abstract is a long line that is neither.
    if rest and rest[0].text.startswith("(") and (kind_line := _KIND_LINE.match(rest[0].text)):
        label = kind_line["label"].strip()
        rest.pop(0)
    links: list[Link] = []
    while rest and "»" in rest[0].text and (link_line := _LINK_LINE.match(rest[0].text)):
        links.append(Link(link_line["label"].strip(), link_line["url"]))
        rest.pop(0)
    abstract = "\n".join(line.text for line in rest) or None
    if abstract and abstract.casefold() == NO_ABSTRACT:
        abstract = None
    return title, label, tuple(links), abstract


def _read_people(segment: Segment, source: str, known: dict[str, str]) -> tuple[str, ...]:
    """The names of the people segment, spaces collapsed, each the string `known` has for it (kept there)."""
    lines = [line for line in segment if line.text != END_MARK]
    if segment[-1].text != END_MARK and len(lines) != 1:
        raise ParseError(
            f"expected the people line and '{END_MARK}', found {quoted(segment[-1].text)}",
            SourceRef(source, segment[-1].number),
            segment[-1].text,
        )
    if len(lines) > 1:
        raise ParseError(
            f"expected one people line (names joined by ' · ') before '{END_MARK}', found {len(lines)} lines",
            SourceRef(source, lines[1].number),
            lines[1].text,
        )
    if not lines:
        return ()
    people = []
    for written in _PEOPLE_SEPARATOR.split(lines[0].text):
        name = known.get(written)
        if name is None:
            collapsed = " ".join(written.split())
            name = known[written] = known.setdefault(collapsed, collapsed)
        if name:
            people.append(name)
    return tuple(people)


def room_and_abstract(text: str | None) -> tuple[str | None, str | None]:
    """Return the room a line of an entry's text names ("Room 291", "Location: Hall E"), and the rest.

    Pages of conferences with parallel sessions name each entry's room on a line of its own,
    first or last after the title, kind line and links.
    """
    lines = text.split("\n") if text else []
    for position in (0, -1)[: len(lines)]:
        found = _ROOM_LINE.fullmatch(lines[position].strip())
        if found:
            rest = lines[1:] if position == 0 else lines[:-1]
            return (found["named"] or found["bare"]).strip(), "\n".join(rest) or None
    return None, text
