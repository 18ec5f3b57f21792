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
from typing import Any

import attrs

from program.build_cache import published_people as cached_people
from program.errors import ProgramError
from program.inputs import read_input
from program.model import Person, Program
from program.model.ids import lasting_person_ids
from program.publish_checks import is_ours
from program.settings import MAX_FEED_SIZE


def with_published_ids(program: Program, out_dir: Path) -> Program:
    """Return `program` with its people's ids as the build published in `out_dir` gave them."""
    return attrs.evolve(program, people=lasting_person_ids(program.people, published_people(out_dir)))


def published_people(out_dir: Path) -> tuple[Person, ...]:
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


def _person(entry: Any) -> Person | None:
    if not isinstance(entry, dict):
        return None
    person_id, name, aliases = entry.get("id"), entry.get("name"), entry.get("aliases", [])
    if not isinstance(aliases, list):
        return None
    if not isinstance(person_id, str) or not isinstance(name, str):
        return None
    if not all(
        isinstance(text, str) and text.isprintable() and _encodable(text) for text in [person_id, name, *aliases]
    ):
        return None
    return Person(id=person_id, name=name, display=name, sort_key=name, aliases=tuple(aliases))


def _encodable(text: str) -> bool:
    """Whether `text` is free of lone surrogates (JSON can hold one; UTF-8 cannot)."""
    try:
        text.encode()
    except UnicodeEncodeError:
        return False
    return True
