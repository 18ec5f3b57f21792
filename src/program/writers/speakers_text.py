"""speakers.txt: the speaker index as plain text, for a terminal (`program speakers`)."""

from __future__ import annotations

from collections.abc import Iterator
from itertools import groupby
from typing import ClassVar

from program.model import Program
from program.writers.base import RenderOptions
from program.writers.index_pieces import entry_texts
from program.writers.speaker_index import IndexEntry


class SpeakersTextWriter:
    """Writes the speaker index as plain text, one block per person under letter headings."""

    name: ClassVar[str] = "speakers-text"
    filename: ClassVar[str] = "speakers.txt"
    media_type: ClassVar[str] = "text/plain"

    def write(self, program: Program, options: RenderOptions) -> str:
        """Return the index text."""
        return "".join(_letter_blocks(program, options))

    def write_chunks(self, program: Program, options: RenderOptions) -> Iterator[bytes]:
        """Yield the index text's bytes a letter at a time."""
        return (block.encode() for block in _letter_blocks(program, options))


def _letter_blocks(program: Program, options: RenderOptions) -> Iterator[str]:
    """Each letter's heading and entries, the letters apart by a blank line (an empty index: one newline).

    An entry's lines are taken from the published build when it is the same (`entry_texts`).
    """
    entries = entry_texts(SpeakersTextWriter.name, program, options, _entry_text)
    number = -1
    for number, (letter, group) in enumerate(groupby(entries, key=lambda entry: entry[0])):
        lines = ["", letter, ""] if number else [letter, ""]
        lines.extend(text for _, text in group)
        yield "\n".join(lines) + "\n"
    if number < 0:
        yield "\n"


def _entry_text(entry: IndexEntry) -> str:
    return "\n".join(_entry_lines(entry))


def _entry_lines(entry: IndexEntry) -> list[str]:
    lines = [f"{entry.sort_key} ({entry.affiliation})" if entry.affiliation else entry.sort_key]
    for seen in entry.appearances:
        note = f" ({seen.note})" if seen.note else ""
        lines.append(f"    {seen.reference}: {seen.title}{note}")
    if entry.coauthors:
        lines.append("    with " + ", ".join(display for _, display in entry.coauthors) + entry.others_text)
    return lines
