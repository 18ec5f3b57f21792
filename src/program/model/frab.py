"""What a conference tool's export (frab, pretalx, the CCC hub) says beyond our model, kept as written.

A schedule that passes through `program` must come out as conference apps knew it: they
keep favourites and alarms by an event's guid, show its track and language, link its
recording licence. So an item read from such an export carries a `FrabEvent`, and the
program a `FrabConference`: every field as the export wrote it (None where it wrote
none), for the schedule writers to give back unchanged. Nothing here knows the syntax of
any format; the readers fill these records and the writers render them.
"""

from __future__ import annotations

from datetime import time

import attrs

from program.model.html_text import html_text


@attrs.frozen
class FrabLink:
    """A link or attachment of an event: its address, and its title and type if given."""

    url: str
    title: str | None = None
    type: str | None = None


@attrs.frozen
class FrabAnswer:
    """An answer to a submission question (pretalx), as the export gives it."""

    question: str
    answer: str


@attrs.frozen
class FrabPerson:
    """A person on an event, as the export identifies them.

    Attributes:
        name: the public name as written.
        guid: the person's guid, if given (hub, frab, pretalx exports since 2023).
        id: the numeric id, if given (frab, pretalx).
        code: pretalx's speaker code ("NQTF8Y"), if given.
        biography: the biography, if given.
        role: the role on the event ("SPEAKER", "MODERATOR"), if given.
        answers: the person's answers to submission questions, if given.
    """

    name: str
    guid: str | None = None
    id: int | None = None
    code: str | None = None
    biography: str | None = None
    role: str | None = None
    answers: tuple[FrabAnswer, ...] | None = None


@attrs.frozen
class FrabEvent:
    """One event as the export describes it; times, title and room live on the item.

    Attributes:
        guid, id, code, slug: the event's identifiers as written.
        title: the title as written, where it differs from the item's (runs of spaces, line breaks).
        url: the event's page.
        logo: the logo's address.
        track: the track's name (the slug where the export names the track by slug only).
        language: the language code ("en", "de").
        type: the event type as written ("Talk", "lecture", "Ceremony"); the item's kind is ours.
        subtitle, abstract, description: the texts, each as written.
        persons: the speakers (and moderators) with their identities, in order.
        others: the event's other participants (a hub's CONTRIBUTOR), kept but not shown as speakers.
        links: the links, with their titles.
        attachments: the attachments, with their titles.
        recording_license: the recording licence ("" when the export gives an empty one).
        recording_optout: whether the speakers opted out of recording (do_not_record).
        do_not_stream: whether the event must not be streamed.
        feedback_url, origin_url: where feedback goes, and the event in its original system.
        answers: answers to submission questions.
        day: the date of the day that lists the event ("2012-02-04"), if the export has days.
    """

    guid: str | None = None
    id: int | None = None
    code: str | None = None
    slug: str | None = None
    title: str | None = None
    url: str | None = None
    logo: str | None = None
    track: str | None = None
    language: str | None = None
    type: str | None = None
    subtitle: str | None = None
    abstract: str | None = None
    description: str | None = None
    persons: tuple[FrabPerson, ...] = ()
    others: tuple[FrabPerson, ...] = ()
    links: tuple[FrabLink, ...] = ()
    attachments: tuple[FrabLink, ...] = ()
    recording_license: str | None = None
    recording_optout: bool | None = None
    do_not_stream: bool | None = None
    feedback_url: str | None = None
    origin_url: str | None = None
    answers: tuple[FrabAnswer, ...] | None = None
    day: str | None = None


@attrs.frozen
class FrabTrack:
    """A track of the conference: its name, and its colour, slug and guid if given."""

    name: str
    color: str | None = None
    slug: str | None = None
    guid: str | None = None


@attrs.frozen
class FrabRoom:
    """A room of the conference, in the export's order: its name, and its guid and slug if given."""

    name: str
    guid: str | None = None
    slug: str | None = None


@attrs.frozen
class FrabDay:
    """A day as the export bounds it: its date and its start and end as written (ISO 8601)."""

    index: int
    date: str
    start: str | None = None
    end: str | None = None


@attrs.frozen
class FrabConference:
    """The conference as the export describes it.

    Attributes:
        acronym: the acronym as written ("38c3", "Camp2019").
        title: the title as written.
        url, base_url: the conference's page, and the base of its relative links.
        time_zone_name: the IANA zone the export names.
        day_change: when one conference day ends and the next begins (38C3: 06:00), if known;
            an event after midnight but before it belongs to the day before.
        timeslot_duration: the grid step as written ("00:10").
        version: the schedule's version as written.
        start, end: the conference's first and last day (or moment) as written.
        tracks: the tracks with their colours.
        rooms: the rooms, in the export's order.
        days: the days with their bounds.
    """

    acronym: str | None = None
    title: str | None = None
    url: str | None = None
    base_url: str | None = None
    time_zone_name: str | None = None
    day_change: time | None = None
    timeslot_duration: str | None = None
    version: str | None = None
    start: str | None = None
    end: str | None = None
    tracks: tuple[FrabTrack, ...] = ()
    rooms: tuple[FrabRoom, ...] = ()
    days: tuple[FrabDay, ...] = ()

    def track_named(self, name: str | None) -> FrabTrack | None:
        """Return the track called `name` (or with that slug), if the conference has it."""
        return next((track for track in self.tracks if name in (track.name, track.slug)), None) if name else None


def shown_text(*parts: str | None) -> str | None:
    """Return an event's texts (subtitle, abstract, description) as its item shows them, or None.

    The non-empty parts, each once, separated by blank lines.
    Each line loses the indentation an XML exporter gave it; a part written as HTML (FOSDEM,
    wafer) becomes the text it shows.
    """
    shown = [text for part in parts if part and (text := html_text(part).strip())]
    kept = ["\n".join(line.strip() for line in part.split("\n")) for part in shown]
    return "\n\n".join(dict.fromkeys(kept)) or None
