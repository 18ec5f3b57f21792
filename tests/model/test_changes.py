"""Pairing two versions of a program: by id, repeats by time, the rest by title; revisions carried on."""

from __future__ import annotations

from datetime import UTC, datetime, timedelta
from typing import Any

import attrs

from program.loading import Loaded
from program.model import Item, Kind, Paper, Program
from program.model.assemble import merge_papers
from program.model.changes import Change, carry_revisions, diff_programs, pair_items
from program.model.ids import item_id

LATER = datetime(2022, 12, 10, tzinfo=UTC)


def _replace(program: Program, item_id_: str, **changes: Any) -> Program:
    return attrs.evolve(
        program,
        items=tuple(attrs.evolve(item, **changes) if item.id == item_id_ else item for item in program.items),
    )


def _item(program: Program, title_start: str) -> Item:
    return next(item for item in program.items if item.title.startswith(title_start))


def _moved(item: Item, minutes: int) -> dict[str, Any]:
    assert item.start is not None and item.end is not None
    return {"start": item.start + timedelta(minutes=minutes), "end": item.end + timedelta(minutes=minutes)}


def test_an_unchanged_program_has_no_changes(sample: Loaded) -> None:
    assert diff_programs(sample.program, sample.program).items == ()


def test_moving_one_talk_is_one_move(sample: Loaded) -> None:
    talk = _item(sample.program, "Riyadh Baghdadi")
    moved = _replace(sample.program, talk.id, **_moved(talk, 15))

    [change] = diff_programs(sample.program, moved).items

    assert (change.old, change.changes, change.matched_by) == (talk, (Change.MOVED,), "id")


def test_a_move_gives_the_next_sequence_and_only_that_event_a_new_stamp(sample: Loaded) -> None:
    talk = _item(sample.program, "Riyadh Baghdadi")
    first = carry_revisions(sample.program, sample.program, LATER)
    moved = carry_revisions(_replace(first, talk.id, **_moved(talk, 15)), first, LATER + timedelta(days=1))
    again = carry_revisions(_replace(moved, talk.id, **_moved(talk, 30)), moved, LATER + timedelta(days=2))

    revisions = {item.id: (item.sequence, item.modified) for item in again.items}
    assert revisions.pop(talk.id) == (2, LATER + timedelta(days=2))
    assert set(revisions.values()) == {(0, sample.program.updated)}


def test_a_renamed_talk_is_paired_by_title_similarity(sample: Loaded) -> None:
    talk = _item(sample.program, "HEAT")
    title = talk.title.replace("Transformer Compression", "Compressing Transformers")
    renamed = _replace(sample.program, talk.id, title=title, id=item_id(talk.kind, title), **_moved(talk, 5))

    [change] = diff_programs(sample.program, renamed).items

    assert (change.changes, change.matched_by) == ((Change.MOVED, Change.RENAMED), "title")
    assert change.old == talk


def test_a_retitled_talk_in_its_slot_is_paired_by_time_and_people(sample: Loaded) -> None:
    talk = _item(sample.program, "Jeff Dean")
    title = "Lightning round of demos"
    retitled = _replace(sample.program, talk.id, title=title, kind=Kind.KEYNOTE, id=item_id(Kind.KEYNOTE, title))

    [change] = diff_programs(sample.program, retitled).items

    assert (change.changes, change.matched_by) == ((Change.RENAMED, Change.KIND), "slot")


def test_removing_the_first_of_two_repeated_items_removes_it_and_moves_nothing(sample: Loaded) -> None:
    first, second = [item for item in sample.program.items if item.kind is Kind.POSTER_SESSION]
    # Rebuilt without the first break, the second would take the bare id.
    items = tuple(
        attrs.evolve(item, id=first.id) if item is second else item
        for item in sample.program.items
        if item is not first
    )
    without = attrs.evolve(sample.program, items=items)

    [change] = diff_programs(sample.program, without).items

    assert (change.old, change.new, change.changes) == (first, None, (Change.REMOVED,))


def test_people_and_kind_changes_are_named(sample: Loaded) -> None:
    talk = _item(sample.program, "HEAT")
    people = (*talk.people[1:], "Jane Newcomer")
    changed = _replace(sample.program, talk.id, people=people, kind=Kind.ORAL, id=item_id(Kind.ORAL, talk.title))

    [change] = diff_programs(sample.program, changed).items

    assert change.changes == (Change.PEOPLE, Change.KIND)
    assert (change.people_added, change.people_removed) == (("Jane Newcomer",), (talk.people[0],))


def test_unrelated_titles_are_added_and_removed_not_paired(sample: Loaded) -> None:
    talk = _item(sample.program, "Jeff Dean")
    title = "Lightning round of demos"
    replaced = _replace(sample.program, talk.id, title=title, id=item_id(talk.kind, title), people=("Ann Other",))

    changes = diff_programs(sample.program, replaced).items

    assert [(change.changes, change.matched_by) for change in changes] == [
        ((Change.ADDED,), None),
        ((Change.REMOVED,), None),
    ]


def test_many_renamed_items_pair_exactly_through_their_distinctive_words(sample: Loaded) -> None:
    template = _item(sample.program, "HEAT")
    old = [
        attrs.evolve(template, id=f"talk-{number}-abcdef", title=f"Study {number} of learned cache policy {number * 7}")
        for number in range(3000)
    ]
    new = [attrs.evolve(item, id=f"renamed-{item.id}", title=item.title + " (revised)") for item in old]

    pairs = pair_items(old, new)

    assert [(before, after) for before, after, _ in pairs] == list(zip(old, new, strict=True))


def test_a_listed_paper_no_item_presents_keeps_no_stale_items() -> None:
    # Found by tests/fuzz: a program.json whose paper lists an item that is gone.
    listed = Paper(id="paper-gone-abcdef", title="Gone", items=("poster-gone-abcdef",))

    papers, problems = merge_papers([], [listed])

    assert (papers, problems) == ((attrs.evolve(listed, items=()),), ())
