"""Checks of a program: overlapping slots, double-booked people, names that disagree."""

from __future__ import annotations

import heapq
from collections import defaultdict
from collections.abc import Iterable, Iterator, Sequence
from datetime import datetime, timedelta

from program.checks.background import is_background, side_by_side
from program.checks.conflict_runs import Pair, grouped_by_runs, run_text, sides
from program.checks.prose_names import prose_names
from program.model import Item, Kind, Problem, Severity
from program.model.clock import span_text
from program.people import PersonKeys, name_key

TIMED_CODES = frozenset({"overlap", "speaker-conflict", "poster-during-own-talk", "empty-session"})
"""Codes of the checks whose messages give times; they are found again from the items of a built program."""

NAMED_OVERLAPS = 3
"""An overlap problem names this many of the items an item overlaps, and counts the rest."""


def check_items(
    items: Sequence[Item], *, twelve_hour: bool = True, person_keys: PersonKeys | None = None
) -> tuple[Problem, ...]:
    """Return every problem the checks find among `items` (times in messages on a 12- or 24-hour clock).

    Each item that overlaps earlier ones gets one problem (a page without rooms runs
    parallel talks side by side: per-pair problems would grow with the square of the
    parallelism); a person on overlapping items gets one problem per pair of their own items.
    `person_keys`, made for these items, saves keying their people again (the people were built with it).
    """
    spans = _spans(items)
    keys = person_keys or PersonKeys(items)
    return (
        *_overlap_problems(items, spans, twelve_hour),
        *_speaker_conflicts(items, spans, keys, twelve_hour),
        *_posters_during_own_talks(items, spans, keys, twelve_hour),
        *_empty_sessions(items, twelve_hour),
        *_long_items(items),
        *prose_names(items),
        *(problem for item in items for problem in _title_name_variants(item)),
    )


def _posters_during_own_talks(
    items: Sequence[Item], spans: _Spans, person_keys: PersonKeys, twelve_hour: bool
) -> Iterator[Problem]:
    """An author busy elsewhere while a session shows their untimed posters: one problem a person and session.

    It is given at the author's first poster of that session and names up to NAMED_OVERLAPS
    of their posters and of the items they are on (one a poster and talk made 232,684 warnings
    at 100,000 items where prolific authors give orals during their own poster sessions).
    """
    by_id = {item.id: item for item in items}
    clashes = _session_clashes(items, by_id, spans, person_keys)
    busy = {key for key, _ in clashes}
    posters: dict[tuple[str, str], list[tuple[str, Item]]] = defaultdict(list)
    """(person key, session id) -> (name as written, poster) of each of their posters it shows."""
    for poster in items:
        if poster.start is not None or not poster.people:
            continue  # a timed poster that overlaps its author's talk is a speaker-conflict
        keys = person_keys.keys_of(poster)
        if busy.isdisjoint(keys):
            continue
        # One person under two spellings on a poster is one presenter: their first name as written.
        presenters = {key: name for name, key in reversed(tuple(zip(poster.people, keys, strict=True)))}
        for session_id in dict.fromkeys(poster.sessions):
            for key, name in presenters.items():
                if (key, session_id) in clashes:
                    posters[key, session_id].append((name, poster))
    for (key, session_id), shown in posters.items():
        name, first = shown[0]
        yield Problem(
            Severity.WARNING,
            "poster-during-own-talk",
            f"{name} presents {_named([_poster_label(poster) for _, poster in shown], 'poster')}"
            f" at {_describe(by_id[session_id], twelve_hour)}"
            f" while on {_named([_describe(talk, twelve_hour) for talk in clashes[key, session_id]], 'item')}",
            first.source,
        )


def _named(descriptions: Sequence[str], noun: str, count: int | None = None) -> str:
    """The first NAMED_OVERLAPS of `descriptions`, and how many more of the `count` (default: all of them) there are."""
    more = (len(descriptions) if count is None else count) - min(len(descriptions), NAMED_OVERLAPS)
    rest = f" and {more} more {noun}{'s' if more != 1 else ''}" if more > 0 else ""
    return ", ".join(descriptions[:NAMED_OVERLAPS]) + rest


def _session_clashes(
    items: Sequence[Item], by_id: dict[str, Item], spans: _Spans, person_keys: PersonKeys
) -> dict[tuple[str, str], list[Item]]:
    """Return (person key, session id) -> the person's other timed items that overlap that session.

    Only the sessions where a person's untimed posters are shown count. One sweep over the
    timed items pairs each session with the items that overlap it (`_crossing`); each such
    item's people are then looked up among the people shown at that session, so the cost
    follows the program's size and the overlaps with sessions, not the people times their
    items. Items keep the program's order.
    """
    position = {item.id: index for index, item in enumerate(items)}
    shown_by_person: dict[str, set[str]] = defaultdict(set)
    """person key -> the ids of the items their untimed posters are shown at."""
    shown_on: dict[str, list[str]] = defaultdict(list)
    """id of an item a poster names as its session that is not one -> the keys of the posters' people."""
    for item in items:
        if item.start is not None or not item.people:
            continue
        shown_at = [session_id for session_id in item.sessions if session_id in by_id]
        # Rare: a poster that names an item that is no poster session as its session (an edited program.json).
        not_sessions = dict.fromkeys(s for s in shown_at if by_id[s].kind is not Kind.POSTER_SESSION)
        for key in dict.fromkeys(person_keys.keys_of(item)):
            seen = shown_by_person[key]
            for session_id in not_sessions:
                if session_id not in seen:
                    shown_on[session_id].append(key)
            seen.update(shown_at)
    shown = {session_id for ids in shown_by_person.values() for session_id in ids}
    sessions = [item for item in items if item.kind is Kind.POSTER_SESSION and item.id in shown]
    others = [item for item in items if item.kind is not Kind.POSTER_SESSION and item.start is not None]
    clashes: dict[tuple[str, str], list[Item]] = defaultdict(list)
    for session, talk in _crossing(sessions, others, spans):
        # The people on the item, and those whose posters name it as a session (an edited program.json).
        own = dict.fromkeys(person_keys.keys_of(talk))
        for key in [*own, *shown_on.get(talk.id, ())]:
            if session.id in shown_by_person.get(key, ()):
                clashes[key, session.id].append(talk)
    for talks in clashes.values():
        talks.sort(key=lambda talk: position[talk.id])
    return clashes


def _crossing(firsts: Iterable[Item], seconds: Iterable[Item], spans: _Spans) -> Iterator[tuple[Item, Item]]:
    """Yield each (first, second) of timed items, one of each list, that share time (touching is not sharing).

    One sweep over both in start order: each item is compared only with the items of the
    other list still running when it starts.
    """
    timed = [(spans[item.id], False, item) for item in firsts if item.start is not None]
    timed += [(spans[item.id], True, item) for item in seconds if item.start is not None]
    timed.sort(key=lambda entry: entry[0])
    running: tuple[list[_Running], list[_Running]] = ([], [])
    for order, ((start, end, _), second, item) in enumerate(timed):
        for heap in running:
            while heap and heap[0][0] <= start:
                heapq.heappop(heap)
        for _, _, other in running[not second]:
            other_start, other_end, _ = spans[other.id]
            if other_start < end and start < other_end:
                yield (other, item) if second else (item, other)
        heapq.heappush(running[second], (end, order, item))


LONGEST_ITEM = timedelta(hours=24)
"""An item longer than this is more likely a wrong end (a day or AM/PM off) than a real one."""
A_YEAR_OFF = timedelta(days=300)
"""An item longer than this whose start and end fall in two years most likely has one year typed wrong."""


def _long_items(items: Sequence[Item]) -> Iterator[Problem]:
    for item in items:
        if item.start is not None and item.end is not None and item.end - item.start > LONGEST_ITEM:
            hours = (item.end - item.start) / timedelta(hours=1)
            # GWADW 2026's sessions "2025-05-15 18:00" to "2026-05-20 13:00": a year typed wrong, not an end
            year_off = item.end - item.start > A_YEAR_OFF and item.start.year != item.end.year
            said = f"{hours:g} hours ({hours / 24:.0f} days)" if year_off else f"{hours:g} hours"
            yield Problem(
                Severity.WARNING,
                "long-item",
                f"{item.title!r} lasts {said}, from {item.start.date().isoformat()} to "
                f"{item.end.date().isoformat()}: "
                + (
                    f"check the years of its start and end ({item.start.year}, {item.end.year})"
                    if year_off
                    else "check its end"
                ),
                item.source,
            )


def _poster_label(poster: Item) -> str:
    return f"poster {poster.board} '{poster.title}'" if poster.board else f"the poster '{poster.title}'"


def _empty_sessions(items: Sequence[Item], twelve_hour: bool) -> Iterator[Problem]:
    shown = {session_id for item in items for session_id in item.sessions}
    for item in items:
        if item.kind is Kind.POSTER_SESSION and item.start is not None and item.id not in shown:
            yield Problem(
                Severity.WARNING, "empty-session", f"{_describe(item, twelve_hour)} shows no posters", item.source
            )


_Span = tuple[float, float, int]
"""An item's start and end as timestamps, and its line: the order of a sweep."""
_Spans = dict[str, _Span]


def _spans(items: Iterable[Item]) -> _Spans:
    """Return the span of every timed item by id, computed once: an aware datetime's timestamp() is slow."""
    spans: _Spans = {}
    for item in items:
        if item.start is not None:
            start = item.start.timestamp()
            spans[item.id] = (start, item.end.timestamp() if item.end else start, item.source.line or 0)
    return spans


def overlapping_pairs(items: Sequence[Item], spans: _Spans | None = None) -> Iterator[tuple[Item, Item]]:
    """Yield each pair of timed items that share time (touching is not sharing), earlier start first.

    A sweep over the items in start order: each item is compared only with the items
    still running when it starts, so the cost follows the number of overlaps. `spans`
    (from `_spans`, for these items or more) saves computing them again.
    """
    spans = _spans(items) if spans is None else spans
    for item, running in _sweep(items, spans):
        start, end, _ = spans[item.id]
        for _, _, other in sorted(running, key=_order):
            other_start, other_end, _ = spans[other.id]
            if other_start < end and start < other_end:
                yield other, item


_Running = tuple[float, int, Item]  # (end, start order, item), a heap by end


def _order(entry: _Running) -> int:
    return entry[1]


def _sweep(items: Iterable[Item], spans: _Spans) -> Iterator[tuple[Item, list[_Running]]]:
    """Yield each timed item in start order with the items started before it and still running."""
    timed = sorted((item for item in items if item.start is not None), key=lambda item: spans[item.id])
    running: list[_Running] = []
    for order, item in enumerate(timed):
        start, end, _ = spans[item.id]
        while running and running[0][0] <= start:
            heapq.heappop(running)
        yield item, running
        heapq.heappush(running, (end, order, item))


def _sweep_by_room(items: Iterable[Item], spans: _Spans) -> Iterator[tuple[Item, list[_Running]]]:
    """`_sweep`, each item with only the running items it can clash with: those in its room or in an unknown one.

    Items in two named rooms are parallel tracks, not clashes; an item whose room is unknown
    may be anywhere, so it meets every running item. The running items are kept by room: a
    congress of 100,000 items runs 780 rooms side by side, and looking through all of them
    for each item's room grew with the rooms times the items.
    """
    timed = sorted((item for item in items if item.start is not None), key=lambda item: spans[item.id])
    running: dict[str | None, list[_Running]] = defaultdict(list)
    for order, item in enumerate(timed):
        start, end, _ = spans[item.id]
        here: list[_Running] = []
        for room in list(running) if item.location is None else (item.location, None):
            heap = running.get(room, [])
            while heap and heap[0][0] <= start:
                heapq.heappop(heap)
            here += heap
        yield item, here
        heapq.heappush(running[item.location], (end, order, item))


def _overlap_problems(items: Sequence[Item], spans: _Spans, twelve_hour: bool) -> Iterator[Problem]:
    background = {item.id for item in items if is_background(item)}  # a desk open all day clashes with nothing
    for item, running in _sweep_by_room(items, spans):
        if item.id in background:
            continue
        # A talk shown at its session (CILC 2025's "<b>10:35-11:00</b>" in a 10:35-13:00 session) is inside it.
        here = [
            entry
            for entry in running
            if entry[2].id not in item.sessions
            and item.id not in entry[2].sessions
            and entry[2].id not in background
            and not side_by_side(item, entry[2])
        ]
        if spans[item.id][1] > spans[item.id][0]:
            # Everything still running when a slot of some length starts overlaps it.
            count, named = len(here), [entry[2] for entry in heapq.nsmallest(NAMED_OVERLAPS, here, key=_order)]
        else:
            overlapped = [entry[2] for entry in sorted(here, key=_order) if entry[2].overlaps(item)]
            count, named = len(overlapped), overlapped[:NAMED_OVERLAPS]
        if count:
            yield _overlap_problem(item, named, count, twelve_hour)


def _overlap_problem(item: Item, named: Sequence[Item], count: int, twelve_hour: bool) -> Problem:
    listed = _named([_describe(other, twelve_hour) for other in named], "item", count)
    return Problem(Severity.WARNING, "overlap", f"{_describe(item, twelve_hour)} overlaps {listed}", item.source)


def _speaker_conflicts(
    items: Sequence[Item], spans: _Spans, person_keys: PersonKeys, twelve_hour: bool
) -> Iterator[Problem]:
    """One problem per pair of overlapping runs (back-to-back items) that share a person, in the later item's order."""
    by_person: dict[str, list[Item]] = defaultdict(list)
    for item in items:
        # A person is who the source says: two namesakes a frab export tells apart are two people.
        for key in dict.fromkeys(person_keys.keys_of(item)):
            by_person[key].append(item)
    conflicts: list[tuple[str, list[Pair]]] = []
    for key, own_items in by_person.items():
        if len(own_items) < 2 or not _may_overlap(own_items, spans):  # most people of a large program
            continue
        # The pairs between two runs of back-to-back items (a DJ's hourly slots listed in two rooms) are one.
        # A session's chair speaking in it (CPAIOR 2025's opening remarks in its Master Class) is on one slot.
        pairs = [
            pair for pair in overlapping_pairs(own_items, spans) if not _one_inside(*pair) and not side_by_side(*pair)
        ]
        for group in grouped_by_runs(own_items, pairs):
            second = group[0][1]
            keys = person_keys.keys_of(second)
            conflicts.append((next(name for name, own in zip(second.people, keys, strict=True) if own == key), group))

    def order(conflict: tuple[str, list[Pair]]) -> tuple[object, ...]:
        (first, second), name = conflict[1][0], conflict[0]
        return spans[second.id], spans[first.id], second.people.index(name)

    for name, group in sorted(conflicts, key=order):
        first, second = group[0]
        firsts, seconds = sides(group)
        message = (
            f"{name} is on {run_text(seconds, _describe(second, twelve_hour), twelve_hour=twelve_hour)} and on "
            f"{run_text(firsts, _describe(first, twelve_hour), twelve_hour=twelve_hour)}, which overlap"
        )
        yield Problem(
            Severity.WARNING,
            "speaker-conflict",
            message if len(group) == 1 else f"{message} ({len(group)} pairs of items)",
            second.source,
        )


def _may_overlap(items: Iterable[Item], spans: _Spans) -> bool:
    """Whether some item starts before an earlier one ends: a pair `overlapping_pairs` finds needs that.

    A look at the spans in start order, which spares most people the sweep.
    """
    latest_end = float("-inf")
    for start, end, _ in sorted(spans[item.id] for item in items if item.id in spans):
        if start < latest_end:
            return True
        latest_end = max(latest_end, end)
    return False


def _one_inside(first: Item, second: Item) -> bool:
    """Whether one of two items is shown at the other (a talk at its session)."""
    return first.id in second.sessions or second.id in first.sessions


def _start(item: Item) -> datetime:
    assert item.start is not None
    return item.start


def _describe(item: Item, twelve_hour: bool) -> str:
    return f"'{item.title}' (line {item.source.line}, {span_text(_start(item), item.end, twelve_hour=twelve_hour)})"


def _title_name_variants(item: Item) -> Iterator[Problem]:
    speaker = item.title_speaker
    if speaker is None or not item.people:
        return
    if name_key(speaker) not in {name_key(name) for name in item.people}:
        yield Problem(
            Severity.WARNING,
            "name-variant",
            f"the title names '{speaker}' but the people line says '{' · '.join(item.people)}'; kept the people line",
            item.source,
        )
