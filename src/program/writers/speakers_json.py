"""speakers.json: the speaker index as data, for a website or another tool."""

from __future__ import annotations

from collections.abc import Iterator
from typing import ClassVar

import attrs

from program.model import Program
from program.writers.base import RenderOptions, json_chunks, lang_of
from program.writers.speaker_index import speaker_index


class SpeakersJsonWriter:
    """Writes the speaker index as JSON: people in index order, each with items and co-authors."""

    name: ClassVar[str] = "speakers-json"
    filename: ClassVar[str] = "speakers.json"
    media_type: ClassVar[str] = "application/json"

    def write(self, program: Program, options: RenderOptions) -> bytes:
        """Return the JSON text."""
        return b"".join(self.write_chunks(program, options))

    def write_chunks(self, program: Program, options: RenderOptions) -> Iterator[bytes]:
        """Yield the JSON text a person at a time."""
        people = (
            {
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
            for entry in speaker_index(program, lang_of(program, options))
        )
        return json_chunks({"title": program.title, "people": people})
