"""The printable program as plain data, which the templates only lay out.

Cover, days with timetable and running order, posters grouped by session, speaker index.
"""

from __future__ import annotations

from collections.abc import Sequence
from datetime import date
from typing import cast

import attrs

from program.i18n import Lang
from program.model import Item, Kind, Paper, Program
from program.model.kinds import KIND_STYLES
from program.model.zones import zone_label
from program.writers.base import RenderOptions, lang_of, shared_by_writers
from program.writers.booklet_text import title_and_people
from program.writers.calendar_keys import calendar_keys
from program.writers.clean_text import Span, spans, web_url
from program.writers.digests import digest
from program.writers.index_pieces import shown_groups
from program.writers.piece_reuse import Keyed
from program.writers.session_talks import placed_in_sessions, talks_by_session, when_shown
from program.writers.shown_names import named_people
from program.writers.speaker_index import LetterGroup, accepted_labels
from program.writers.timetable import BORDERS_MM, Timetable, timetable

ABSTRACT_KINDS = frozenset({Kind.SPOTLIGHT, Kind.ORAL, Kind.KEYNOTE, Kind.INVITED_TALK})
"""Kinds whose abstracts the running order prints (unless --no-abstracts)."""
LEGEND_KINDS = tuple(Kind)


@attrs.frozen
class PersonRef:
    """A name in the program, linked to its index entry."""

    person_id: str | None
    display: str


@attrs.frozen
class Entry:
    """One item as the running order or the poster list shows it."""

    item_id: str
    kind: str
    kind_display: str
    when: str
    location: str | None
    title: tuple[Span, ...]
    people: tuple[PersonRef, ...]
    abstract: tuple[Span, ...] | None
    recorded: bool
    board: str | None
    links: tuple[tuple[str, str], ...]
    cross_refs: tuple[tuple[str, str], ...]
    """(item id, text) of the other items presenting the same paper."""
    title_people: tuple[PersonRef, ...] = ()
    """The people the title only names ("Jeff Dean" for "Jeff Dean - Invited Talk"): HTML links them there."""
    talks: tuple[Entry, ...] = ()
    """For a session, the talks it holds (session_talks), in order: printed under it."""
    people_label: str | None = None
    """What the people are when not its speakers ("Chair"), printed before their names."""


@attrs.frozen
class DayView:
    """One day: its timetable picture and running order."""

    heading: str
    timetable: Timetable
    entries: tuple[Entry, ...]


@attrs.frozen
class PosterGroup:
    """Posters shown at the same poster sessions."""

    heading: str
    posters: tuple[Entry, ...]
    boards: bool = False
    """Whether any of the posters has a board number."""


@attrs.frozen
class AcceptedPaper:
    """A paper no item presents, as the "Accepted papers" list shows it."""

    paper_id: str
    label: str
    title: tuple[Span, ...]
    untitled: bool
    authors: tuple[PersonRef, ...]
    authors_complete: bool
    details: str
    """Category, date, score and code, as the listing gave them ("LG · 3 May 2022 · score 20.5")."""
    abstract: tuple[Span, ...] | None


@attrs.frozen
class ProgramView:
    """Everything the printable program templates show."""

    title: str
    lang: str
    """The program's language, a BCP 47 tag ("en", "de")."""
    dates: str
    venue: str | None
    url: str | None
    description: tuple[str, ...]
    timezone: str
    clock_note: str
    days: tuple[DayView, ...]
    poster_groups: tuple[PosterGroup, ...]
    other_untimed: tuple[Entry, ...]
    accepted: tuple[AcceptedPaper, ...]
    index: tuple[LetterGroup, ...]
    legend: tuple[tuple[str, str], ...]
    kind_styles: tuple[tuple[str, str, str], ...]
    box_borders: tuple[tuple[str, float], ...]
    """Each kind's timetable box border width (mm) where it is not the thin default (`timetable.BORDERS_MM`)."""
    """(kind, colour, icon) of every kind, from the one table (model.kinds.KIND_STYLES)."""
    kind_icons: dict[str, str]
    """Each kind's icon (by value), from the same table, printed before its name."""
    paper: str


def program_view(program: Program, options: RenderOptions) -> ProgramView:
    """Return the plain data of the printable program."""
    lang = lang_of(program, options)
    builder = _EntryBuilder(program, options, lang)
    days = tuple(_day_view(program, day, builder) for day in program.days)
    used_kinds = {item.kind for item in program.items if item.start}
    zone = zone_label(program.timezone)
    return ProgramView(
        title=program.title,
        lang=lang.tag,
        dates=lang.dates(program.days),
        venue=program.where(),
        url=web_url(program.url),
        description=tuple(program.description.split("\n\n")) if program.description else (),
        timezone=zone_label(program.timezone),
        clock_note=lang.gettext("All times are %(zone)s time.") % {"zone": zone} if program.days else "",
        days=days,
        poster_groups=_poster_groups(program, builder),
        other_untimed=tuple(
            builder.entry(item)
            for item in program.items
            if item.start is None and item.kind is not Kind.POSTER and item.id not in builder.placed
        ),
        accepted=_accepted_papers(program, builder, options),
        index=shown_groups(program, lang, options),
        legend=tuple((kind.value, lang.kind(kind)) for kind in LEGEND_KINDS if kind in used_kinds),
        kind_styles=tuple((kind.value, style.colour, style.icon) for kind, style in KIND_STYLES.items()),
        box_borders=tuple(BORDERS_MM.items()),
        kind_icons={kind.value: style.icon for kind, style in KIND_STYLES.items()},
        paper=options.paper,
    )


def _day_view(program: Program, day: date, builder: _EntryBuilder) -> DayView:
    # A conference day runs to its day change (38C3: 06:00): the night's events stay on it.
    items = [item for item in program.items if item.start and program.day_of(item.start) == day]
    return DayView(
        heading=builder.lang.day_heading(day),
        timetable=builder.timetable(items),
        entries=tuple(builder.shown(item) for item in items),
    )


def _poster_groups(program: Program, builder: _EntryBuilder) -> tuple[PosterGroup, ...]:
    by_id = program.items_by_id()
    groups: dict[tuple[str, ...], list[Item]] = {}
    for item in program.items:
        if item.kind is Kind.POSTER:
            groups.setdefault(item.sessions, []).append(item)
    return tuple(
        PosterGroup(
            # A program.json edited by hand may name a session that is not there: the posters are still listed.
            # on a program of several days a session's time alone does not say which it is
            sessions_heading([by_id[s] for s in sessions if s in by_id], builder.lang, with_day=len(program.days) > 1),
            tuple(builder.shown(p) for p in posters),
            any(p.board for p in posters),
        )
        for sessions, posters in groups.items()
    )


def sessions_heading(sessions: Sequence[Item], lang: Lang, *, with_day: bool = False) -> str:
    """Return "Presented at both poster sessions: 10:20 a.m.–11:00 a.m.; 1:55 p.m.–2:40 p.m."."""
    if not sessions:
        return lang.gettext("Posters")
    times = [
        (f"{lang.day(s.start.date())} " if with_day else "") + lang.span(s.start, s.end) for s in sessions if s.start
    ]
    if len(sessions) == 1:
        which = lang.gettext("Presented at the poster session: %(times)s")
    elif len(sessions) == 2:
        which = lang.gettext("Presented at both poster sessions: %(times)s")
    else:
        which = lang.gettext("Presented at all %(count)s poster sessions: %(times)s")
    return which % {"count": len(sessions), "times": "; ".join(times)}


def _accepted_papers(program: Program, builder: _EntryBuilder, options: RenderOptions) -> tuple[AcceptedPaper, ...]:
    labels = accepted_labels(program)
    return tuple(
        AcceptedPaper(
            paper_id=paper.id,
            label=labels[paper.id],
            title=spans(paper.heading, latex=paper.scraped),
            untitled=paper.title is None,
            authors=tuple(builder.person(name) for name in paper.authors),
            authors_complete=paper.authors_complete,
            details=paper_details(paper, builder.lang),
            abstract=spans(paper.abstract, latex=paper.scraped) if options.abstracts and paper.abstract else None,
        )
        for paper in program.papers
        if paper.id in labels
    )


def paper_details(paper: Paper, lang: Lang) -> str:
    """Return what a listing says about a paper besides title and authors, joined by " · "."""
    parts = [
        paper.category,
        lang.partial_date(paper.published) if paper.published else None,
        lang.gettext("score %(score)s") % {"score": f"{paper.score:g}"} if paper.score is not None else None,
        lang.gettext("code available") if paper.has_code else None,
    ]
    return " · ".join(part for part in parts if part)


class _EntryBuilder:
    """Turns items into entries, with the lookups they need built once."""

    def __init__(self, program: Program, options: RenderOptions, lang: Lang) -> None:
        self.options = options
        self.lang = lang
        self.names = named_people(program)
        self.items = program.items_by_id()
        self.paper_items = {paper.id: paper.items for paper in program.papers}
        self.parallel_rooms = len({item.location for item in program.items if item.location}) > 1
        self.talks = talks_by_session(program)
        self.placed = placed_in_sessions(self.talks)
        self.program = program
        self.keyed = options.templates is None  # the shipped templates read an entry only through `piece`

    def shown(self, item: Item) -> Entry:
        """The entry of `item`, made when a template reads it: a rebuild finds most entries' text by their inputs."""
        if not self.keyed:
            return self.entry(item)
        return cast(Entry, Keyed(self.inputs(item), lambda: self.entry(item)))

    def timetable(self, items: Sequence[Item]) -> Timetable:
        """The timetable of a day's `items`, made when a template reads it (as `shown`).

        Its inputs: the program's own fields but `updated`, and each item with its people as shown, in order.
        """
        if not self.keyed:
            return timetable(items, self.names, self.lang)
        keys = calendar_keys(self.program, None)
        inputs = digest([keys.page_fields, *(keys.item(item) for item in items)])
        return cast(Timetable, Keyed(inputs, lambda: timetable(items, self.names, self.lang)))

    def inputs(self, item: Item) -> str:
        """The digest of everything `entry` (below) reads to make `item`'s Entry: equal digests, equal Entries.

        The program's own fields but `updated`; the item and its people as shown (with its kind, times,
        abstract, links, board); each person's index id and display name; whether a session
        shows it; whether rooms run in parallel; every item of its paper (the cross
        references); and its talks' own inputs.
        """
        keys = calendar_keys(self.program, None)
        people = [(ref.id, ref.display) if (ref := self.names.person(name, item.id)) else None for name in item.people]
        paper = self.paper_items.get(item.paper or "", ())
        talks = self.talks.get(item.id, ())
        return digest(
            [
                keys.page_fields,
                keys.item(item),
                repr((item.id in self.placed, self.parallel_rooms, people, len(paper), len(talks))),
                *(keys.item(self.items[other]) for other in paper),
                *(self.inputs(talk) for talk in talks),
            ]
        )

    def entry(self, item: Item) -> Entry:
        show_abstract = self.options.abstracts and item.kind in ABSTRACT_KINDS and item.abstract
        kind = self.lang.kind(item.kind, item.label)
        people = tuple(self.person(name, on=item.id) for name in item.people)
        # Each thing said once, as in the booklet and on the site: "Jeff Dean", not
        # "Jeff Dean - Invited Talk · Jeff Dean".
        title, shown = title_and_people(item, kind, [person.display for person in people])
        return Entry(
            item_id=item.id,
            kind=item.kind.value,
            kind_display=kind,
            when=when_shown(item, self.placed, self.lang),
            location=item.location if self.parallel_rooms else None,
            title=title,
            people=people if shown else (),
            abstract=spans(item.abstract, latex=item.scraped) if show_abstract and item.abstract else None,
            recorded=item.recorded,
            board=item.board,
            links=tuple((self.lang.link_label(link.label), url) for link in item.links if (url := web_url(link.url))),
            cross_refs=self._cross_refs(item),
            title_people=() if shown else people,
            talks=tuple(self.entry(talk) for talk in self.talks.get(item.id, ())),
            people_label=self.lang.role(item) if shown else None,
        )

    def person(self, name: str, on: str = "") -> PersonRef:
        """Return a name as the program shows it (on item `on`), linked to the person's index entry."""
        person = self.names.person(name, on)
        return PersonRef(person.id, person.display) if person else PersonRef(None, name)

    def _cross_refs(self, item: Item) -> tuple[tuple[str, str], ...]:
        others = [self.items[other] for other in self.paper_items.get(item.paper or "", ()) if other != item.id]
        return tuple((other.id, self._reference(other)) for other in others)

    def _reference(self, other: Item) -> str:
        kind = self.lang.kind(other.kind)
        if other.start:
            return self.lang.gettext("%(kind)s at %(time)s") % {"kind": kind, "time": self.lang.time(other.start)}
        return f"{kind} {other.board}" if other.board else kind


def program_view_context(program: Program, options: RenderOptions) -> dict[str, object]:
    """Return what the printable program templates show (built once for the HTML, Markdown and PDF)."""
    return {"view": _shared_view(program, options)}


_shared_view = shared_by_writers(program_view)
