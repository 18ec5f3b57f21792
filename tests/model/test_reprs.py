"""The model's quicker `repr`s print what attrs' and Enum's own print: the rebuild's keys rest on them."""

from __future__ import annotations

import enum
from typing import Any, cast

import attrs

from program.loading import Loaded
from program.model import Item, Kind, Paper, Person, Problem, Role, SourceRef
from program.writers import RenderOptions
from program.writers.frab_schedule import schedule_of
from program.writers.speaker_index import speaker_index


def _attrs_repr(record: object) -> str:
    """`record` printed by an attrs class of the same name and fields, with attrs' own generated `repr`."""
    names = [field.name for field in attrs.fields(cast(Any, type(record)))]
    reference = attrs.make_class(type(record).__name__, names, frozen=True)
    return repr(reference(**{name: getattr(record, name) for name in names}))


def test_records_print_as_attrs_prints_them(sample: Loaded) -> None:
    program = sample.program
    records = [*program.items, *program.papers, *program.people, *program.problems]
    records += [item.source for item in program.items if item.source is not None]
    assert {type(record) for record in records} == {Item, Paper, Person, Problem, SourceRef}
    for record in records:
        assert repr(record) == _attrs_repr(record)


def test_index_entries_and_schedule_people_print_as_attrs_prints_them(sample: Loaded) -> None:
    entries = speaker_index(sample.program)
    records: list[object] = [*entries, *(line for entry in entries for line in entry.appearances)]
    records += [person for event in schedule_of(sample.program, RenderOptions()).events for person in event.persons]
    assert {type(record).__name__ for record in records} == {"IndexEntry", "Appearance", "Person"}
    for record in records:
        assert repr(record) == _attrs_repr(record)


def test_kinds_and_roles_print_as_enum_prints_them() -> None:
    for member in [*Kind, *Role]:
        assert repr(member) == enum.Enum.__repr__(member)
