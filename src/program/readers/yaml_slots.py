"""What a static site's YAML slot holds beside itself, and what the items' order says of them.

A slot may list sessions by id (Zeppelin's `sessionIds`, joined with the sessions file), hold
parallel talks under no title of its own (DevFest Baltics 2018: `talks: [{track, title}]`),
or be a titled session holding its talks (CPAIOR 2025: `sessions[]` with `time`, `room`,
`chair` and `talks[]`, each with its own `time`, `title`, `speaker`, `abstract`, `doi`). Such a
session stays an item, and each talk becomes one after it: at its own time (on the session's
day, untimed when it writes none), in the session's room unless it names one, shown at the
session (`Item.sessions`, as CILC 2025's timed talks are shown at theirs).

A start written alone (`From 08:00`, OWASP Norway Day's `time: "09:15"`) ends when the next
entry of its day starts, as on pages and in spreadsheets; the day's last start keeps no end.
"""

from __future__ import annotations

from bisect import bisect_right
from collections.abc import Sequence
from datetime import date, datetime

import attrs

from program.errors import UsageError
from program.model import Item, Problem, Severity, SourceRef
from program.model.ids import make_ids_unique
from program.readers.yaml_located import Located
from program.readers.yaml_shape import (
    FIELD_KEYS,
    Found,
    folded,
    inherited,
    parallel_slugs,
    session_ids,
    track_of,
    value,
)

_FIELD_KEYS = frozenset(key for field, keys in FIELD_KEYS.items() if field != "title" for key in keys)
"""Keys a field reads: a list under one (`speakers: [{name}]`, DISCAN's `events`) is no list of talks; a list
under a title's key is (IS-EUD 2025: `session: [{authors, title, from, to}]` beside the session's `title`)."""


def slot_entries(
    found: Found, mapping: dict[str, str], sessions: dict[str, Located], source: str, notes: list[str]
) -> list[Found | Problem]:
    """The entry and the talks it holds, or the talks of an untitled slot, or the sessions it lists by id.

    `sessions` is the joined sessions file by id; `notes` gets a line for an id that stands for
    an empty cell of the grid.

    Raises:
        UsageError: when the slots list session ids and no sessions file is joined.
    """
    ids, keys = session_ids(found.entry, mapping)
    titled = value(found.entry, "title", mapping) is not None
    if not titled and (talks := _untitled_talks(found.entry, mapping)):
        return [
            one
            for talk in talks
            for one in _with_held(Found(talk, (*found.outer, found.entry), track=track_of(talk)), mapping)
        ]
    if titled and held_talks(found.entry, mapping) is not None:
        return list[Found | Problem](_with_held(found, mapping))
    if titled and sessions and (listed := _listed_by_id(found, sessions, source)):
        return [found, *listed]
    if not ids or titled:
        return [found]
    if not sessions:
        raise UsageError(
            f"{source}:{found.entry.line}: its timeslots list session ids ({', '.join(ids[:3])}) and no "
            "sessions file is joined: give it as a feed beside this one, or name it in the program file: "
            '[feeds.columns] sessions_file = "sessions.yml"'
        )
    result: list[Found | Problem] = []
    # Zeppelin shows a slot's `sessionIds` under the day's tracks by position; ByteBay's `singles` (a plenary)
    # and its `sessionIds` beside `workshopsIds` are not laid out by track
    tracks = inherited(found, "tracks", {"tracks": "tracks"})[0] if keys in (["sessionids"], ["sessions"]) else None
    for position, session_id in enumerate(ids):
        session = sessions.get(session_id.strip())
        if session is None:
            message = f"timeslot lists session {session_id!r}, which the sessions file does not have"
            result.append(Problem(Severity.WARNING, "unknown-id", message, SourceRef(source, found.entry.line)))
            continue
        if not any(value(session, field, mapping) for field in ("title", "abstract", "people")):
            _placeholder(session_id, notes)  # Zeppelin's id 0 ("title: ''"): an empty cell of the grid
            continue
        track = tracks[position] if isinstance(tracks, list) and position < len(tracks) else None
        name = track.get("title") if isinstance(track, dict) else None
        result.append(Found(session, (*found.outer, found.entry), found.entry.line, name))
    return result


_LISTED_ID_KEYS = frozenset({"pid", "paperid", "id", "sessionid", "talkid"})


def _listed_by_id(found: Found, sessions: dict[str, Located], source: str) -> list[Found | Problem]:
    """The joined entries a titled session lists by id, as its talks: untimed, shown at the session.

    ERAD-SE 2025's forums list their papers as `events: [{pid: 16907}, …]`, each the paper of that
    `id` in the joined accepted.yml; a `pid:` left empty lists nothing.
    """
    for held in found.entry.values():
        if not isinstance(held, list) or not held or not all(_listing_by_id(one) for one in held):
            continue
        result: list[Found | Problem] = []
        for one in held:
            written = next(value for key, value in one.items() if folded(key) in _LISTED_ID_KEYS)
            listed_id = str(written).strip() if written is not None else ""
            if listed_id in sessions:
                joined = _at_listing(sessions[listed_id], one)
                result.append(Found(joined, (*found.outer, found.entry), one.line, held=True))
            elif listed_id:
                message = f"session lists {listed_id!r}, which the joined file does not have"
                result.append(Problem(Severity.WARNING, "unknown-id", message, SourceRef(source, one.line)))
        return result
    return []


def _listing_by_id(listed: object) -> bool:
    """Whether a listed mapping names a joined entry by its id (`pid: 16907`), beside scalars only (its times, a url).

    ClinicalNLP 2022 lists each session's papers as `{id: 1, start_time, end_time, url}`; a mapping
    with a title, or holding a list or a mapping, is an entry of its own, not a listing.
    """
    if not isinstance(listed, Located) or "title" in {folded(key) for key in listed}:
        return False
    ids = [key for key in listed if folded(key) in _LISTED_ID_KEYS]
    return len(ids) == 1 and not any(isinstance(one, (list, dict)) for one in listed.values())


def _at_listing(joined: Located, listing: Located) -> Located:
    """The joined entry with what its listing writes beside the id (its own times), the listing's words first."""
    if len(listing) == 1:
        return joined
    merged = Located({**joined, **{key: one for key, one in listing.items() if folded(key) not in _LISTED_ID_KEYS}})
    merged.line = joined.line
    return merged


def _with_held(session: Found, mapping: dict[str, str]) -> list[Found]:
    """A titled session and the talks it holds after it, if any.

    The session may itself be one of an untitled slot's parallel entries (CLIN 35's
    `events: [{track, title, location, talks: [...]}]`): its talks are read all the same.
    """
    held = held_talks(session.entry, mapping) if value(session.entry, "title", mapping) is not None else None
    if held is None:
        return [session]
    outer = (*session.outer, session.entry)
    talks = [
        Found(talk, inner, track=track_of(talk) or session.track, held=True)
        for part in held[1]
        for talk, inner in _in_parts(part, outer, mapping)
    ]
    return [session, *talks]


def _in_parts(
    part: Located, outer: tuple[Located, ...], mapping: dict[str, str]
) -> list[tuple[Located, tuple[Located, ...]]]:
    """A held entry and its levels; or, for a parallel part of the session that holds talks itself, its talks.

    AIUCD 2025's oral sessions hold `psessions[]` (`title: 1.A`, a chair and a room), each holding
    the `papers[]` given then: the talks are the papers, in their part's room; a part is no item.
    """
    inner = held_talks(part, mapping) if value(part, "start", mapping) is None else None
    if inner is None or not any(value(talk, "start", mapping) is not None for talk in inner[1]):
        return [(part, outer)]
    return [(talk, (*outer, part)) for talk in inner[1]]


def _untitled_talks(entry: Located, mapping: dict[str, str]) -> list[Located]:
    """The titled entries an untitled slot holds in a list (DevFest Baltics 2018: `talks: [{track, title}]`)."""
    for held in entry.values():
        if isinstance(held, list) and held and all(_titled(talk, mapping) for talk in held):
            return held
    return []


def held_talks(entry: Located, mapping: dict[str, str]) -> tuple[str, list[Located]] | None:
    """The key and the titled entries a titled session holds in a list under no field's key (`talks`), else None."""
    taken = _FIELD_KEYS | {folded(key) for key in mapping.values()}
    for key, held in entry.items():
        if folded(key) in taken or not isinstance(held, list) or not held:
            continue
        if all(_titled(talk, mapping) for talk in held):
            return key, held
    return None


def held_key(entry: Located, mapping: dict[str, str]) -> str | None:
    """The key under which a titled session holds its talks (`talks`) or lists them by id (`events`), else None."""
    if value(entry, "title", mapping) is None:
        return None
    held = held_talks(entry, mapping)
    by_id = (
        key for key, listed in entry.items() if isinstance(listed, list) and listed and all(map(_listing_by_id, listed))
    )
    return held[0] if held else next(by_id, None)


def held_note(read: Sequence[Found], shown: int, mapping: dict[str, str]) -> tuple[str | None, list[str]]:
    """The reading line for the talks sessions held (None when none did), and the keys that held them (read)."""
    held = sum(1 for one in read if one.held)
    if not held:
        return None, []
    keys = [key for one in read if not one.held and (key := held_key(one.entry, mapping)) is not None]
    listed = ", ".join(dict.fromkeys(keys))
    own = sum(1 for one in read if one.held and value(one.entry, "start", mapping) is not None)
    untimed = f", {held - own} with no time of their own: untimed" if own < held else ""
    return (
        f"{held} talks in sessions' {listed} read as items ({own} at their own times{untimed}), "
        f"{shown} shown at their session",
        keys,
    )


def _titled(talk: object, mapping: dict[str, str]) -> bool:
    return isinstance(talk, Located) and value(talk, "title", mapping) is not None


def _placeholder(session_id: str, notes: list[str]) -> None:
    note = f"skipped: session {session_id.strip()!r} wherever a timeslot lists it (no title, no text: an empty cell)"
    if note not in notes:
        notes.append(note)


def slugged_slots(slugged: Sequence[Found], source: str) -> list[Problem]:
    """One warning for the slots that name their parallel talks only by slug, which are left out (none invented)."""
    if not slugged:
        return []
    slugs = [slug for one in slugged for slug in parallel_slugs(one.entry)]
    lines = ", ".join(str(one.entry.line) for one in slugged)
    message = (
        f"{len(slugged)} parallel slots (lines {lines}) name their {len(slugs)} talks only by slug "
        f"({', '.join(slugs[:3])}{', …' if len(slugs) > 3 else ''}): the titles are in the site's pages for "
        "those slugs (such as content/sessions/<slug>.md), which no feed gives; left out, not titled with the slugs"
    )
    return [Problem(Severity.WARNING, "skipped-row", message, SourceRef(source, slugged[0].entry.line))]


def shown_at_sessions(items: list[Item], sessions: dict[int, int]) -> list[Item]:
    """`items` with each held talk (index → its session's index) shown at its session, ids made unique first."""
    if not sessions:
        return items
    unique = list(make_ids_unique(items))  # a talk names its session by id: "Master Class" is held four times
    return [
        attrs.evolve(item, sessions=(unique[sessions[index]].id,)) if index in sessions else item
        for index, item in enumerate(unique)
    ]


def ended_at_next(
    items: list[Item], open_ended: Sequence[int], others: Sequence[datetime] = ()
) -> tuple[list[Item], int]:
    """The items at `open_ended` (a start written alone) ended at the next later start of their day; how many.

    `others` are the starts of slots left out (BSides Aarhus's parallel talks by slug): the
    breakfast before them ends when they start, not at lunch.
    """
    by_day: dict[date, list[datetime]] = {}
    for start in (*(item.start for item in items if item.start is not None), *others):
        by_day.setdefault(start.date(), []).append(start)
    starts = {day: sorted(found, key=datetime.timestamp) for day, found in by_day.items()}
    moments = {day: [start.timestamp() for start in found] for day, found in starts.items()}
    result = list(items)
    count = 0
    for index in open_ended:
        item = items[index]
        if item.start is None or item.end is not None:
            continue
        day = item.start.date()
        after = bisect_right(moments[day], item.start.timestamp())
        if after < len(starts[day]):
            result[index] = attrs.evolve(item, end=starts[day][after])
            count += 1
    return result, count


def ended_within_sessions(items: list[Item]) -> tuple[list[Item], int]:
    """Each session talk with a start only ended at the next talk of its session in its room, else with the session.

    AIUCD 2025's oral sessions (10:40-12:30) hold parallel parts, each a room, of papers at 10:40,
    11:02, 11:24…: a paper lasts until the next one of its part starts, and the last one until the
    session ends. Talks of other parts, at the same times in other rooms, end none.
    """
    sessions = {item.id: item for item in items if item.start is not None}
    starts: dict[tuple[str, str | None], list[float]] = {}
    for item in items:
        if item.sessions and item.start is not None:
            starts.setdefault((item.sessions[0], item.location), []).append(item.start.timestamp())
    ordered = {key: sorted(found) for key, found in starts.items()}  # a bisect each: a session of many talks
    result = list(items)
    count = 0
    for index, item in enumerate(items):
        session = sessions.get(item.sessions[0]) if item.sessions else None
        if session is None or item.start is None or item.end is not None:
            continue
        room = ordered[(session.id, item.location)]
        after = bisect_right(room, item.start.timestamp())
        end = datetime.fromtimestamp(room[after], item.start.tzinfo) if after < len(room) else session.end
        if end is not None and end > item.start:
            result[index] = attrs.evolve(item, end=end)
            count += 1
    return result, count


def ended_entries(
    items: list[Item], open_ended: Sequence[int], others: Sequence[datetime]
) -> tuple[list[Item], list[str]]:
    """The items with the ends the reader gives (`ended_at_next`, `ended_within_sessions`), and what check says."""
    items, ended = ended_at_next(items, open_ended, others)
    items, within = ended_within_sessions(items)
    return items, [
        *([f"{ended} entries with a start only end at the next start of their day"] if ended else []),
        *([f"{within} session talks with a start only end at the next in their room, or with it"] if within else []),
    ]
