"""The frozen attrs classes every reader builds and every writer renders."""

from __future__ import annotations

import re
from datetime import date, datetime, time, timedelta
from typing import Any

import attrs

from program.model.frab import FrabConference, FrabEvent
from program.model.kinds import Kind, Role, Severity
from program.model.reprs import plain_repr
from program.model.text import match_key


@plain_repr
@attrs.frozen
class SourceRef:
    """Where something came from.

    Attributes:
        file: the feed's path as the user gave it (posix separators).
        line: 1-based line number, or None when the whole file is meant.
    """

    file: str
    line: int | None = None

    def __str__(self) -> str:
        return self.file if self.line is None else f"{self.file}:{self.line}"


@attrs.frozen
class Link:
    """A link an item carries.

    Attributes:
        label: the link's text as the feed shows it ("SlidesLive Video").
        url: the address, or None when the feed kept only the label (a copied page).
    """

    label: str
    url: str | None = None


def _require_aware(_instance: Any, attribute: attrs.Attribute[Any], value: datetime | None) -> None:
    if value is not None and value.tzinfo is None:
        raise ValueError(f"{attribute.name} must be timezone-aware, got {value!r}")


@plain_repr
@attrs.frozen
class Item:
    """One entry of a program: a talk, a break, a poster, a session.

    Attributes:
        id: stable identifier, derived from kind and title (see `program.model.ids`).
        kind: what the item is.
        title: the title as written in the feed.
        source: where the item was read.
        start: timezone-aware start, or None for an untimed item (a poster).
        end: timezone-aware end, or None when unknown.
        people: speakers or authors, as written, in the feed's order.
        abstract: the abstract, or None when the feed has none.
        links: links the feed gives for the item.
        recorded: whether a recording of the presentation exists.
        paper: id of the paper the item presents, or None.
        label: the feed's own kind label ("Poster - Recorded Presentation"), if any.
        title_speaker: a person the title names ("Steve Keckler - Invited Talk"), if any.
        location: room or place, when known.
        sessions: for a poster, the ids of the poster sessions where it is presented.
        board: for a poster, its board number as the feed gives it ("P7", "499"), or None.
        sequence: how many times the item's time has changed since its first build, for
            calendars (iCalendar SEQUENCE); counted by `program.model.changes.carry_revisions`.
        modified: when the item last changed, for calendars; None means the program's `updated`.
        origin: the id the item had when first built, if it has been renamed since; calendars
            and schedule apps know the item by it (UID, guid), so a rename is an update.
        scraped: the reader copied the text from a web page (a conference site's schedule, a
            paper listing): it may hold LaTeX (math between dollars, accent commands) and
            family names in capitals ("Antoine DUPRET"), which outputs render for reading.
            Text from a conference tool's export (frab, pretalx) is shown as written.
        day: for an untimed item, the day the feed lists it under, when it says (a poster
            under a multi-day page's Sunday is shown at Sunday's poster sessions).
        frab: what a frab/pretalx/hub export says about the event beyond the item (its guid,
            track, persons' identities, links' titles…), kept so schedule.xml/.json give it back;
            a Sessionize or Open Event session's ids, track, type and speakers' ids likewise.
        role: what `people` are on the item: its speakers or authors, or its chairs (a session's
            "Chair: Yaron Orenstein", an Indico block's conveners), so outputs say "Chair".
    """

    id: str
    kind: Kind
    title: str
    source: SourceRef
    start: datetime | None = attrs.field(default=None, validator=_require_aware)
    end: datetime | None = attrs.field(default=None, validator=_require_aware)
    people: tuple[str, ...] = ()
    abstract: str | None = None
    links: tuple[Link, ...] = ()
    recorded: bool = False
    paper: str | None = None
    label: str | None = None
    title_speaker: str | None = None
    location: str | None = None
    sessions: tuple[str, ...] = ()
    board: str | None = None
    sequence: int = 0
    modified: datetime | None = attrs.field(default=None, validator=_require_aware)
    origin: str | None = None
    scraped: bool = False
    day: date | None = None
    frab: FrabEvent | None = None
    role: Role = Role.SPEAKER

    def __attrs_post_init__(self) -> None:
        if self.end is not None and self.start is None:
            raise ValueError(f"item {self.id!r} has an end but no start")
        # Timestamps, not datetimes: two times in one zone compare by wall clock in Python,
        # which is wrong in the night the clocks go back.
        if self.start is not None and self.end is not None and self.end.timestamp() <= self.start.timestamp():
            raise ValueError(f"item {self.id!r} ends ({self.end}) before it starts ({self.start})")

    @property
    def shown_at(self) -> tuple[str, ...]:
        """The ids of the timed items a calendar shows this item as: itself, or a poster's sessions."""
        return (self.id,) if self.start is not None else self.sessions

    @property
    def track(self) -> str | None:
        """The track the source puts the item in (a frab export's track), if any."""
        return self.frab.track if self.frab else None

    @property
    def lasting_id(self) -> str:
        """The id calendars and schedule apps know the item by: its origin, else its id."""
        return self.origin or self.id

    def overlaps(self, other: Item) -> bool:
        """Whether both items are timed and share some time (touching is not overlapping)."""
        if self.start is None or other.start is None:
            return False
        self_end = (self.end or self.start).timestamp()
        other_end = (other.end or other.start).timestamp()
        return self.start.timestamp() < other_end and other.start.timestamp() < self_end


_PARTIAL_DATE = re.compile(r"(?:(?P<year>\d{4})|-)-(?P<month>\d{2})-(?P<day>\d{2})")


@attrs.frozen
class PartialDate:
    """A calendar date whose year may be unknown ("Mar 27" in a paper listing).

    A missing year stays missing: nothing guesses it.

    >>> PartialDate(3, 27).isoformat(), PartialDate(5, 3, 2022).isoformat()
    ('--03-27', '2022-05-03')
    """

    month: int
    day: int
    year: int | None = None

    def __attrs_post_init__(self) -> None:
        # 2000 is a leap year, so Feb 29 without a year is allowed.
        date(self.year or 2000, self.month, self.day)

    def isoformat(self) -> str:
        """Return ISO 8601 text: YYYY-MM-DD, or --MM-DD without a year."""
        month_day = f"{self.month:02d}-{self.day:02d}"
        return f"{self.year:04d}-{month_day}" if self.year is not None else f"--{month_day}"

    @classmethod
    def fromisoformat(cls, text: str) -> PartialDate:
        """Parse what `isoformat` writes.

        Raises:
            ValueError: for any other text or an impossible date.
        """
        match = _PARTIAL_DATE.fullmatch(text)
        if match is None:
            raise ValueError(f"expected YYYY-MM-DD or --MM-DD, found {text!r}")
        year = match["year"]
        return cls(int(match["month"]), int(match["day"]), int(year) if year else None)


@plain_repr
@attrs.frozen
class Paper:
    """A contributed paper: presented by items when scheduled, or waiting in a pool.

    Attributes:
        id: stable identifier derived from the title (from the abstract when untitled).
        title: the title as first written, or None for an untitled submission.
        authors: the authors, as written, in order.
        abstract: the abstract, or None.
        items: ids of the items that present the paper (a spotlight and its poster);
            empty for a paper not (yet) in the program.
        authors_complete: False when the feed cut the author list short ("et al.").
        score: the listing's score or rating, if any.
        category: the listing's subject category ("LG", "CV"), if any.
        published: the date the listing gives, if any.
        has_code: whether the listing says code is available.
        number: the paper's position in its listing (1-based), for untitled ones.
        source: where the paper was read, when it came from a listing.
        scraped: the reader copied the text from a web page (see `Item.scraped`).
        links: where the paper is (its OpenReview forum, its PDF), as an accepted-paper list gives them.
    """

    id: str
    title: str | None
    authors: tuple[str, ...] = ()
    abstract: str | None = None
    items: tuple[str, ...] = ()
    authors_complete: bool = True
    score: float | None = None
    category: str | None = None
    published: PartialDate | None = None
    has_code: bool = False
    number: int | None = None
    source: SourceRef | None = None
    scraped: bool = False
    links: tuple[Link, ...] = ()

    @property
    def heading(self) -> str:
        """The title, or an honest name for an untitled submission ("Untitled submission 7")."""
        if self.title is not None:
            return self.title
        return f"Untitled submission {self.number}" if self.number is not None else "Untitled submission"


@plain_repr
@attrs.frozen
class Person:
    """Somebody the feeds name.

    Attributes:
        id: stable identifier derived from the name.
        name: the name as written on a people line (the fullest spelling when merged), without
            an affiliation written into it.
        display: the name as shown ("Antoine Dupret" for "Antoine DUPRET").
        sort_key: the form an index files the person under ("Doorn, Leendert van").
        aliases: other spellings that name the same person.
        items: ids of the items the person is on, in running order.
        papers: ids of the papers the person is an author of, in paper order.
        affiliation: where they work or belong, as written into a name ("Ada Lovelace
            [University of London]": "University of London"), if any; `name` is without it.
        email: their address, when a feed or a people file gives one; only `program notify`
            reads it, and no output of `program build` writes it.
    """

    id: str
    name: str
    display: str
    sort_key: str
    aliases: tuple[str, ...] = ()
    items: tuple[str, ...] = ()
    papers: tuple[str, ...] = ()
    affiliation: str | None = None
    email: str | None = None


@plain_repr
@attrs.frozen
class Problem:
    """Something a reader or a check found wrong or doubtful.

    Attributes:
        severity: error (the program is wrong) or warning (worth a look).
        code: a short stable name ("overlap", "name-variant", "unreadable-block").
        message: what is wrong, in words, naming the items and lines involved.
        source: where, when it is known.
    """

    severity: Severity
    code: str
    message: str
    source: SourceRef | None = None

    def __str__(self) -> str:
        where = f"{self.source}: " if self.source else ""
        return f"{where}{self.severity.value}: {self.code}: {self.message}"


def conference_day(moment: datetime, day_change: time | None) -> date:
    """Return the day `moment` belongs to when days change at `day_change` (None: midnight).

    >>> from zoneinfo import ZoneInfo
    >>> conference_day(datetime(2024, 12, 28, 1, 30, tzinfo=ZoneInfo("Europe/Berlin")), time(6, 0))
    datetime.date(2024, 12, 27)
    """
    if day_change is None:
        return moment.date()
    return (moment - timedelta(hours=day_change.hour, minutes=day_change.minute)).date()


@attrs.frozen
class Program:
    """A whole program: what readers produce and writers render.

    Attributes:
        title: the event's name.
        timezone: IANA time zone name the program's times are in.
        days: the dates with timed items, in order.
        items: every item, in running order (timed by start, untimed after, by feed order).
        papers: every paper, in order of first appearance.
        people: every person, in index order.
        problems: what the readers and checks reported.
        venue: where the event takes place, if known.
        url: the event's web page, if known.
        sources: the feeds the program was read from.
        updated: when the program last changed, for calendar timestamps; None if unknown.
        locale: the ICU locale the people are filed by ("root" unless told).
        acronym: a short lower-case name ("mlsys2022") for schedule exports, if given.
        uid_domain: the part after "@" of its calendar UIDs, kept from the first build on
            (see `program.model.ids.calendar_domain`); None until a build fixes it.
        conference: what a frab/pretalx/hub export says about the conference (tracks with
            colours, rooms with guids, day_change…), when the program was read from one.
        description: what the event is about, in paragraphs separated by a blank line
            (a schedule page's preamble), or None.
        reading: what a reader says it read, a line each ("62 sessions, 48 speakers, 9 rooms",
            "columns: Titel → title, Raum → room"), for `check` and `build` to print.
        addresses: (name as written, email address) pairs a feed gives (a spreadsheet's Email
            column); assembly gives each to its person's `email`.
    """

    title: str
    timezone: str
    days: tuple[date, ...] = ()
    items: tuple[Item, ...] = ()
    papers: tuple[Paper, ...] = ()
    people: tuple[Person, ...] = ()
    problems: tuple[Problem, ...] = ()
    venue: str | None = None
    url: str | None = None
    sources: tuple[str, ...] = ()
    updated: datetime | None = attrs.field(default=None, validator=_require_aware)
    locale: str = "root"
    acronym: str | None = None
    uid_domain: str | None = None
    conference: FrabConference | None = None
    description: str | None = None
    reading: tuple[str, ...] = ()
    addresses: tuple[tuple[str, str], ...] = ()

    def day_of(self, moment: datetime) -> date:
        """Return the conference day `moment` (in the program's zone) belongs to.

        A day ends at the conference's day_change (38C3: 06:00), so a concert at 01:00 is
        on the evening's day; without one, days change at midnight.
        """
        return conference_day(moment, self.conference.day_change if self.conference else None)

    def items_by_id(self) -> dict[str, Item]:
        """Return a mapping from item id to item (built anew on each call)."""
        return {item.id: item for item in self.items}

    def posters_by_session(self) -> dict[str, list[Item]]:
        """Return each poster session's id with the posters shown at it, in running order."""
        posters: dict[str, list[Item]] = {}
        for item in self.items:
            for session_id in item.sessions:
                posters.setdefault(session_id, []).append(item)
        return posters

    def where(self) -> str | None:
        """Return the venue, and the room when every item with a room is in that one room.

        A one-room program's printed pages show no room column, so its room ("MTCC Room 717",
        KDD 2025's workshop) is said once, beside the venue.
        """
        rooms = {item.location for item in self.items if item.location}
        room = next(iter(rooms)) if len(rooms) == 1 else None
        parts = [part for part in (self.venue, room) if part]
        return " · ".join(dict.fromkeys(parts)) or None

    def people_by_spelling(self) -> dict[str, Person]:
        """Return a mapping from every spelling's match key (name and aliases) to its person."""
        return {match_key(spelling): person for person in self.people for spelling in (person.name, *person.aliases)}

    @property
    def has_errors(self) -> bool:
        """Whether any reported problem is an error."""
        return any(problem.severity is Severity.ERROR for problem in self.problems)
