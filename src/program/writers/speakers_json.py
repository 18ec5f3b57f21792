"""speakers.json: the speaker index as data, for a website or another tool."""

from __future__ import annotations

from typing import Any, ClassVar

import attrs

from program.model import Program
from program.writers.base import RenderOptions, json_bytes
from program.writers.speaker_index import speaker_index


class SpeakersJsonWriter:
    """Writes the speaker index as JSON: people in index order, each with items and co-authors."""

    name: ClassVar[str] = "speakers-json"
    filename: ClassVar[str] = "speakers.json"
    media_type: ClassVar[str] = "application/json"

    def write(self, program: Program, options: RenderOptions) -> bytes:
        """Return the JSON text."""
        people: list[dict[str, Any]] = [
            {
                "id": entry.person_id,
                "name": entry.name,
                "display": entry.display,
                "sort_key": entry.sort_key,
                "letter": entry.letter,
                "items": [attrs.asdict(seen) for seen in entry.appearances],
                "coauthors": [person_id for person_id, _ in entry.coauthors],
            }
            for entry in speaker_index(program, twelve_hour=options.twelve_hour)
        ]
        return json_bytes({"title": program.title, "people": people})
