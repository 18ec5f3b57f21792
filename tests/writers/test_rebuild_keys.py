"""The keys a rebuild finds unchanged speaker index entries and schedule events by: what they are made from.

A key that missed an input would give a rebuild an old entry or event; these edit one input
at a time and check the key moves with it, and only with it (the property test,
tests/test_build_cache.py, compares whole builds).
"""

from __future__ import annotations

import attrs

from program.loading import Loaded
from program.model import Program
from program.writers import RenderOptions
from program.writers.base import forget_shared_results, lang_of
from program.writers.frab_pending import PendingEvent
from program.writers.frab_schedule import schedule_of
from program.writers.index_pieces import IndexKeys
from program.writers.speaker_index import speaker_index


def _keys(program: Program) -> dict[str, str]:
    forget_shared_results()
    keys = IndexKeys(program, lang_of(program, RenderOptions()))
    return {person.id: key for person, key in zip(keys.people, keys.keys, strict=True)}


def test_an_entry_is_made_as_the_index_makes_it(sample: Loaded) -> None:
    program = sample.program
    keys = IndexKeys(program, lang_of(program, RenderOptions()))

    made = [keys.entry(number) for number in range(len(keys.people))]

    assert made == list(speaker_index(program, lang_of(program, RenderOptions())))
    assert list(keys.letters) == [entry.letter for entry in made]


def test_a_title_moves_the_keys_of_its_people_only(sample: Loaded) -> None:
    program = sample.program
    item = next(item for item in program.items if len(item.people) >= 2)
    edited = attrs.evolve(
        program, items=tuple(attrs.evolve(i, title=i.title + " revised") if i is item else i for i in program.items)
    )
    on_it = {person.id for person in program.people if item.id in person.items}

    before, after = _keys(program), _keys(edited)

    assert len(on_it) >= 2
    assert {person_id for person_id in before if before[person_id] != after[person_id]} == on_it


def test_a_coauthors_display_name_moves_the_keys_of_those_who_list_them(sample: Loaded) -> None:
    program = sample.program
    item = next(item for item in program.items if len(item.people) >= 2)
    person = next(person for person in program.people if item.id in person.items)
    renamed = attrs.evolve(person, display=person.display + " Jr.")
    edited = attrs.evolve(program, people=tuple(renamed if p is person else p for p in program.people))
    sharing = {other.id for other in program.people if set(other.items) & set(person.items)}

    before, after = _keys(program), _keys(edited)

    assert len(sharing) >= 2  # they, and who shares an item with them
    assert {person_id for person_id in before if before[person_id] != after[person_id]} == sharing


def test_an_own_event_is_made_from_what_the_schedule_settled(sample: Loaded) -> None:
    forget_shared_results()
    schedule = schedule_of(sample.program, RenderOptions())
    events = [event for day in schedule.days for _, room in day.rooms for event in room]
    pending = [event for event in events if isinstance(event, PendingEvent)]

    assert pending
    for event in pending:
        made = event.made()
        assert (made.key, made.number, made.guid, made.code, made.room, made.start, made.end, made.title) == (
            event.key, event.number, event.guid, event.code, event.room, event.start, event.end, event.title
        )  # fmt: skip
        assert made.duration == event.duration


def test_an_events_key_moves_with_its_item_and_its_peoples_ids(sample: Loaded) -> None:
    program = sample.program
    item = next(item for item in program.items if item.start and item.people)
    person = next(person for person in program.people if item.id in person.items)

    def key(of: Program) -> str:
        forget_shared_results()
        schedule = schedule_of(of, RenderOptions())
        found = [e for day in schedule.days for _, room in day.rooms for e in room if e.item.id == item.id]
        assert isinstance(found[0], PendingEvent)
        return found[0].inputs

    other_id = attrs.evolve(
        program, people=tuple(attrs.evolve(p, id=p.id + "-2") if p is person else p for p in program.people)
    )
    retitled = attrs.evolve(
        program, items=tuple(attrs.evolve(i, title="Other") if i is item else i for i in program.items)
    )

    assert key(program) == key(program)
    assert key(other_id) != key(program)  # a person's guid comes from their id
    assert key(retitled) != key(program)
