"""What a build carries on from the build already published in out/: who has which id.

`--previous FILE` carries calendar revisions and people's ids from a program.json; without
it, a build still reads the people of the program.json published in out/ (the link a build
made, nothing else), so `people/<id>.ics` stays with its person from one build to the next.
Only the people are read, lightly: a program.json of 100,000 items is not read whole again.
Anything unreadable there is passed over (ids are then made afresh, as for a first build).
"""

from __future__ import annotations

import json
from pathlib import Path
from typing import Any, NamedTuple

import attrs

from program.build_cache import published_people as cached_people
from program.errors import ProgramError
from program.inputs import read_input
from program.model import Program
from program.model.ids import lasting_person_ids
from program.publish_checks import is_ours
from program.settings import MAX_FEED_SIZE


def with_published_ids(program: Program, out_dir: Path) -> Program:
    """Return `program` with its people's ids as the build published in `out_dir` gave them."""
    return attrs.evolve(program, people=lasting_person_ids(program.people, published_people(out_dir)))


class EarlierPerson(NamedTuple):
    """A person of the published build, as far as their id is carried on: what program.json keeps of them.

    Not a `Person`: 8,800 of them are read on every rebuild at 10,000 items, and a `Person`
    (validated, with fields only the model fills) cost 0.03 s of a no-change rebuild.
    """

    id: str
    name: str
    aliases: tuple[str, ...]


def published_people(out_dir: Path) -> tuple[EarlierPerson, ...]:
    """The people (id, name, spellings) of the program.json a build published in `out_dir`, if any."""
    path = out_dir / "program.json"
    if not is_ours(path):
        return ()
    people = cached_people(out_dir)  # what the build recorded beside it: program.json is not read whole again
    if people is None:
        try:
            data = json.loads(read_input(path, "the published program.json", MAX_FEED_SIZE))
        except (ProgramError, OSError, ValueError, RecursionError):  # not JSON, digits past the limit, too deep
            return ()
        people = data.get("people") if isinstance(data, dict) else None
    if not isinstance(people, list):
        return ()
    return tuple(person for entry in people if (person := _person(entry)) is not None)


def _person(entry: Any) -> EarlierPerson | None:
    if not isinstance(entry, dict):
        return None
    person_id, name, aliases = entry.get("id"), entry.get("name"), entry.get("aliases", [])
    if not isinstance(aliases, list):
        return None
    if not isinstance(person_id, str) or not isinstance(name, str):
        return None
    if not all(isinstance(text, str) for text in aliases):
        return None
    # One test of all the texts together: a lone surrogate (JSON can hold one, UTF-8 cannot) is not printable.
    if not "".join([person_id, name, *aliases]).isprintable():
        return None
    return EarlierPerson(person_id, name, tuple(aliases))
