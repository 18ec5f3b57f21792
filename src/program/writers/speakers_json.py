"""speakers.json: the speaker index as data, for a website or another tool."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import attrs
import orjson

from program.model import Program
from program.writers.base import JsonText, RenderOptions, json_chunks
from program.writers.index_pieces import entry_texts
from program.writers.speaker_index import IndexEntry


class SpeakersJsonWriter:
    """Writes the speaker index as JSON: people in index order, each with items and co-authors."""

    name: ClassVar[str] = "speakers-json"
    filename: ClassVar[str] = "speakers.json"
    media_type: ClassVar[str] = "application/json"

    def write(self, program: Program, options: RenderOptions) -> bytes:
        """Return the JSON text."""
        return b"".join(self.write_chunks(program, options))

    def write_chunks(self, program: Program, options: RenderOptions) -> Iterator[bytes]:
        """Yield the JSON text a person at a time (an entry's JSON taken from the published build when the same)."""
        people = (JsonText(text) for _, text in entry_texts(self.name, program, options, _entry_json))
        return json_chunks({"title": program.title, "people": people})


def _entry_json(entry: IndexEntry) -> str:
    person = {
        "id": entry.person_id,
        "name": entry.name,
        "display": entry.display,
        "sort_key": entry.sort_key,
        "letter": entry.letter,
        "affiliation": entry.affiliation,
        "items": [attrs.asdict(seen) for seen in entry.appearances],
        "coauthors": [person_id for person_id, _ in entry.coauthors],
        # How many more share an item, unlisted (an item of very many people): only when some are.
        **({"other_coauthors": entry.other_coauthors} if entry.other_coauthors else {}),
    }
    return orjson.dumps(person, option=orjson.OPT_INDENT_2).decode()
