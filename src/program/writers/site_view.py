"""The attendee site (index.html) as plain data: days laid out as grids, posters, and the script's data.

The page is written for reading without JavaScript: every item is in the HTML once, with
its time, people, room and abstract. The script adds search, filters, stars and the
personal calendar from a compact JSON block (numbers and indices, no text repeated) and
from each timed item's `data-ics`: its VEVENT as icalendar serialised it for program.ics
(line ends as LF, which HTML attributes keep; the script puts the CR back), so the browser
only joins strings and never folds, escapes or converts a time itself.

Sizes matter at 10,000 items (bench/bench_site.py): an abstract is printed once per paper
(a poster whose paper has a spotlight points to it), and a VEVENT sits in its item's element,
next to the same title, people and abstract, where gzip finds them again: beside the item
it adds a tenth of what a separate file of events weighs.
"""

from __future__ import annotations

from collections.abc import Iterator, Mapping, Sequence
from datetime import date
from typing import cast, overload

import attrs

from program.i18n import Lang
from program.model import Item, Kind, Program
from program.model.kinds import KIND_STYLES
from program.model.zones import zone_label
from program.writers.base import RenderOptions, lang_of, shared_by_writers
from program.writers.booklet_text import title_and_people
from program.writers.calendar_events import program_events
from program.writers.calendar_keys import calendar_keys
from program.writers.clean_text import Span, spans, web_url
from program.writers.digests import digest
from program.writers.piece_reuse import Keyed
from program.writers.session_talks import placed_in_sessions, talks_by_session, when_shown
from program.writers.shown_names import named_people
from program.writers.site_changes import SiteChanges, site_changes
from program.writers.site_data import script_data, script_json
from program.writers.site_grid import day_grid
from program.writers.site_tracks import TrackColours


@attrs.frozen
class SiteItem:
    """One item as the site shows it (the same markup in a day grid and in the poster list)."""

    id: str
    kind: str
    kind_display: str
    when: str
    location: str | None
    title: tuple[Span, ...]
    people: str
    """The names as shown, joined: the script links them to the speakers view by index."""
    abstract: tuple[Span, ...] | None
    abstract_at: tuple[str, str] | None
    """(item id, text) of the item that shows this item's abstract (the paper's other presentation)."""
    links: tuple[tuple[str, str], ...]
    cross_refs: tuple[tuple[str, str], ...]
    board: str | None
    recorded: bool
    area: str | None
    """The CSS grid-area on a wide screen ("row / column / row / column"), None outside a day."""
    posters: tuple[str, int] | None
    """For a poster session: (anchor of its poster group, how many posters it shows)."""
    ics: str | None
    """A timed item's VEVENT, as in program.ics but with LF line ends (an attribute keeps no CR)."""
    track: tuple[str, int] | None = None
    """(track, its colour's number in site_tracks.PALETTE), None for an item without a track."""
    talks: tuple[SiteItem, ...] = ()
    """For a session, the talks it holds (session_talks), in order: shown inside it."""
    people_role: str | None = None
    """What the people are when not its speakers ("Chair"), shown before the names, outside their links."""


@attrs.frozen
class SiteDay:
    """One day: its heading, room headers and items placed on a grid of time rows and room lanes."""

    anchor: str
    heading: str
    label: tuple[str, str]
    """The day list's link text: ("Fri 27", "Dec"), the month shown only where there is room."""
    columns: int
    rooms: tuple[tuple[str, str], ...]
    """(room, grid-column) of each room header; empty on a day without parallel rooms."""
    items: SiteItems


@attrs.frozen
class SitePosterGroup:
    """Posters shown at the same poster sessions."""

    anchor: str
    heading: str
    sessions: tuple[tuple[str, str], ...]
    posters: SiteItems


@attrs.frozen
class SiteView:
    """Everything index.html shows."""

    title: str
    lang: str
    """The page's language, a BCP 47 tag ("en", "de")."""
    dates: str
    venue: str | None
    url: str | None
    timezone: str
    description: tuple[str, ...]
    """What the event is about, one string per paragraph."""
    days: tuple[SiteDay, ...]
    poster_groups: tuple[SitePosterGroup, ...]
    others: SiteItems
    changes: SiteChanges | None
    """The "What changed" view: the newest version's changes (None for a first version)."""
    kind_styles: tuple[tuple[str, str, str], ...]
    """(kind, colour, icon) of each kind shown, from the one table (model.kinds.KIND_STYLES)."""
    track_styles: tuple[tuple[int, str], ...]
    """(colour number, colour) of each track colour in use (site_tracks.PALETTE)."""
    data_json: str
    """The script's data, safe inside <script type="application/json"> (no "<" left)."""


def site_view(program: Program, options: RenderOptions) -> SiteView:
    """Return the plain data of the attendee site."""
    return _site_view(program, options)


@shared_by_writers
def _site_view(program: Program, options: RenderOptions) -> SiteView:
    builder = _Builder(program, options)
    groups = _poster_groups(program, builder)  # first: a poster session links to its group
    days = tuple(_day(program, day, builder) for day in program.days)
    others = SiteItems(
        builder,
        [
            item
            for item in program.items
            if item.start is None and item.kind is not Kind.POSTER and item.id not in builder.placed
        ],
    )
    # In page order: a session's talks are inside its element, right after it.
    shown = [each for day in days for item in day.items.source for each in (item, *builder.talks.get(item.id, ()))]
    shown += [item for group in groups for item in group.posters.source]
    shown += others.source
    return SiteView(
        title=program.title,
        lang=builder.lang.tag,
        dates=builder.lang.dates(program.days),
        venue=program.venue,
        url=web_url(program.url),
        timezone=zone_label(program.timezone),
        description=tuple(program.description.split("\n\n")) if program.description else (),
        days=days,
        poster_groups=groups,
        others=others,
        changes=site_changes(program, options),
        kind_styles=tuple(
            (kind.value, style.colour, style.icon)
            for kind, style in KIND_STYLES.items()
            if any(item.kind is kind for item in shown)
        ),
        track_styles=builder.tracks.styles(track[0] for item in shown if (track := builder.tracks.of(item))),
        data_json=script_json(script_data(program, options, shown, builder.tracks)),
    )


class _Builder:
    """Turns items into site items, with the lookups they need built once."""

    def __init__(self, program: Program, options: RenderOptions) -> None:
        self.program = program
        self.lang = lang_of(program, options)
        self.names = named_people(program)
        self.items = program.items_by_id()
        self.paper_items = {paper.id: paper.items for paper in program.papers}
        self.parallel_rooms = len({item.location for item in program.items if item.location}) > 1
        self.talks = talks_by_session(program)
        self.placed = placed_in_sessions(self.talks)
        self.posters = {
            session: posters
            for session, members in program.posters_by_session().items()
            if (posters := [member for member in members if member.kind is Kind.POSTER])
        }
        self.group_of_session: dict[str, str] = {}
        self.events = program_events(program, options)
        self.tracks = TrackColours(program)
        self.keyed = options.templates is None  # the shipped template reads an item only through `piece`

    def inputs(self, item: Item, area: str | None = None) -> str:
        """The digest of everything `item` (below) reads to make `item`'s SiteItem: equal digests, equal SiteItems.

        The program's own fields but `updated`; the item and its people as shown (with its kind, times,
        abstract, links, board, track); whether a session shows it; every item of its paper
        (the abstract's holder, the cross references); its poster group and posters; its
        VEVENT; its track's colour; its grid area; and its talks' own inputs.
        """
        keys = calendar_keys(self.program, None)
        paper = self.paper_items.get(item.paper or "", ())
        posters = self.posters.get(item.id)
        talks = self.talks.get(item.id, ())
        return digest(
            [
                keys.page_fields,
                keys.item(item),
                repr((item.id in self.placed, area, self.tracks.of(item), len(paper), len(talks))),
                repr((self.group_of_session.get(item.id, ""), len(posters)) if posters else None),
                keys.event(item) if item.start else "",
                *(keys.item(self.items[other]) for other in paper),
                *(self.inputs(talk) for talk in talks),
            ]
        )

    def item(self, item: Item, area: str | None = None) -> SiteItem:
        holder = self._abstract_holder(item)
        posters = self.posters.get(item.id)
        kind = self.lang.kind(item.kind, item.label)
        # As the booklet: "Jeff Dean - Invited Talk" by Jeff Dean is "Jeff Dean", once.
        title, people = title_and_people(item, kind, self.names.shown_on(item))
        return SiteItem(
            id=item.id,
            kind=item.kind.value,
            kind_display=kind,
            when=when_shown(item, self.placed, self.lang),
            location=item.location,
            title=title,
            people=", ".join(people),
            people_role=self.lang.role(item) if people else None,
            abstract=spans(item.abstract, latex=item.scraped) if item.abstract and holder is item else None,
            abstract_at=(holder.id, self._reference(holder)) if item.abstract and holder is not item else None,
            links=tuple((self.lang.link_label(link.label), url) for link in item.links if (url := web_url(link.url))),
            cross_refs=tuple(
                (other, self._reference(self.items[other]))
                for other in self.paper_items.get(item.paper or "", ())
                if other != item.id
            ),
            board=item.board,
            recorded=item.recorded,
            area=area,
            posters=(self.group_of_session.get(item.id, ""), len(posters)) if posters else None,
            ics=self.events.event_bytes(item).decode().replace("\r\n", "\n") if item.start else None,
            track=self.tracks.of(item),
            talks=tuple(self.item(talk) for talk in self.talks.get(item.id, ())),
        )

    def _abstract_holder(self, item: Item) -> Item:
        """The item of the same paper that prints the abstract: the first with this very abstract."""
        for other_id in self.paper_items.get(item.paper or "", ()):
            other = self.items[other_id]
            if other.abstract == item.abstract:
                return other
        return item

    def _reference(self, other: Item) -> str:
        kind = self.lang.kind(other.kind)
        if other.start:
            when = f"{self.lang.day(other.start.date())}, {self.lang.time(other.start)}"
            return f"{kind} {other.board or ''}, {when}".replace(" ,", ",")
        return f"{kind} {other.board}" if other.board else kind


class SiteItems(Sequence[SiteItem]):
    """Items of the page, each made into a SiteItem only when the template reaches it.

    A view of every item held at once is most of what the site costs in memory (hundreds of
    megabytes at 100,000 items); made one at a time, each is gone once its markup is written.
    """

    def __init__(self, builder: _Builder, source: Sequence[Item], areas: Mapping[str, str] | None = None) -> None:
        self.source = source
        """The program's items, in page order."""
        self._builder = builder
        self._areas = areas

    def __len__(self) -> int:
        return len(self.source)

    @overload
    def __getitem__(self, index: int) -> SiteItem: ...
    @overload
    def __getitem__(self, index: slice) -> Sequence[SiteItem]: ...
    def __getitem__(self, index: int | slice) -> SiteItem | Sequence[SiteItem]:
        if isinstance(index, slice):
            return SiteItems(self._builder, self.source[index], self._areas)
        return self._made(self.source[index])

    def __iter__(self) -> Iterator[SiteItem]:
        return map(self._made, self.source)

    # As the tuples these were, for a user's template that joins, compares or prints them.
    def __add__(self, other: Sequence[SiteItem]) -> tuple[SiteItem, ...]:
        return (*self, *other)

    def __radd__(self, other: Sequence[SiteItem]) -> tuple[SiteItem, ...]:
        return (*other, *self)

    def __eq__(self, other: object) -> bool:
        if isinstance(other, SiteItems | tuple):
            return tuple(self) == tuple(other)
        return NotImplemented

    __hash__ = None  # type: ignore[assignment]  # equal to a tuple, so not hashable by identity

    def __repr__(self) -> str:
        return repr(tuple(self))

    def _made(self, item: Item) -> SiteItem:
        area = self._areas[item.id] if self._areas is not None else None
        if not self._builder.keyed:
            return self._builder.item(item, area)
        # Made when the template reads it: a rebuild finds most items' markup by their inputs.
        inputs = self._builder.inputs(item, area)
        return cast(SiteItem, Keyed(inputs, lambda: self._builder.item(item, area)))


def _day(program: Program, day: date, builder: _Builder) -> SiteDay:
    items = [item for item in program.items if item.start and program.day_of(item.start) == day]
    grid = day_grid(items)
    return SiteDay(
        anchor=f"day-{day.isoformat()}",
        heading=builder.lang.day_heading(day),
        label=builder.lang.day_label(day),
        columns=grid.columns,
        rooms=grid.rooms,
        items=SiteItems(builder, items, grid.areas),
    )


def _poster_groups(program: Program, builder: _Builder) -> tuple[SitePosterGroup, ...]:
    groups: dict[tuple[str, ...], list[Item]] = {}
    for item in program.items:
        if item.kind is Kind.POSTER:
            groups.setdefault(item.sessions, []).append(item)
    result = []
    for number, (sessions, posters) in enumerate(groups.items(), start=1):
        anchor = f"_pg{number}"
        for session in sessions:
            builder.group_of_session.setdefault(session, anchor)
        timed = [builder.items[session] for session in sessions if session in builder.items]
        links = tuple((session.id, _session_text(session, builder.lang)) for session in timed)
        result.append(
            SitePosterGroup(
                anchor=anchor,
                heading=builder.lang.gettext("Presented at") if timed else builder.lang.gettext("Posters"),
                sessions=links,
                posters=SiteItems(builder, posters),
            )
        )
    return tuple(result)


def _session_text(session: Item, lang: Lang) -> str:
    if session.start is None:
        return session.title
    return f"{lang.day(session.start.date())}, {lang.span(session.start, session.end)}"


def site_context(program: Program, options: RenderOptions) -> dict[str, object]:
    """Return what index.html.j2 shows."""
    return {"view": site_view(program, options)}
