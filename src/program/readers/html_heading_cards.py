"""A timeline card: a heading, a paragraph under it and its time, with no class naming the title or speaker.

O tym się nie mówi 2016 (a CodyHouse vertical timeline) writes each slot as

    <div class="cd-timeline-content">
      <h2>prof. dr hab. Kazimiera KRAKOWIAK</h2>
      <p>Przyczyny procesu samowykluczania niesłyszących </p>
      <span class="cd-date">godz. 10:00 - 10:20</span>

The heading names the speakers (honorifics left out, `A oraz B`: two) and the paragraph is the
talk's title; a heading that names no one (`Przerwa kawowa (40 min.)`) is the title, and the
paragraph under it (`Będzie można sobie pospacerować…`) its note. A paragraph of several lines
that each end with a kind after a dash (`… - referat<br><br>… - plakat`: a talk, then a poster)
is as many talks at that time, each its kind, the kind's word left out of the title.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

import attrs

from program.model import Kind
from program.readers.html_blocks import HEADINGS, collapse, element_lines, tag_of
from program.readers.kind_labels import label_kind
from program.readers.lines.honorifics import without_honorifics
from program.readers.lines.names import names_in

if TYPE_CHECKING:  # only named: lxml is imported where a page is parsed, not at every start-up
    from lxml import etree

_BETWEEN_NAMES = re.compile(r"\s*(?:,|;|&|\band\b|\boraz\b|\bi\b)\s*")
_KIND_AFTER_DASH = re.compile(r"^(?P<title>.*\S)\s+[-–—]\s+(?P<kind>\w+)$")
_KIND_WORDS: dict[str, Kind] = {"referat": Kind.TALK, "wykład": Kind.TALK, "plakat": Kind.POSTER}
"""Polish kinds after a title's dash: a talk (referat, wykład) or a poster (plakat); other kinds by `label_kind`."""


@attrs.frozen
class CardTalk:
    """One title a card gives: its people, its note, and the kind a dash after it names (or None)."""

    title: str
    people: tuple[str, ...]
    note: str | None
    kind: Kind | None = None


def heading_card(holder: etree._Element) -> tuple[CardTalk, ...]:
    """The talks of a card of one heading and at most one paragraph beside its time; () for any other block."""
    headings = [found for found in holder if tag_of(found) in HEADINGS]
    paragraphs = [found for found in holder if tag_of(found) == "p"]
    if len(headings) != 1 or len(paragraphs) > 1:
        return ()
    heading = collapse(headings[0].text_content())
    lines = element_lines(paragraphs[0]) if paragraphs else []
    people = _speakers(heading) if lines else None
    if not heading:
        return ()
    if people is None:
        return (CardTalk(heading, (), " ".join(lines) or None),)
    kinded = [_KIND_AFTER_DASH.match(line) for line in lines]
    if len(lines) > 1 and all(found is not None and _kind(found["kind"]) for found in kinded):
        return tuple(
            CardTalk(found["title"], people, None, _kind(found["kind"])) for found in kinded if found is not None
        )
    return (CardTalk(" ".join(lines), people, None),)


def _speakers(heading: str) -> tuple[str, ...] | None:
    """The people a heading names, each without honorifics ("dr A oraz dr B"), else None."""
    parts = [without_honorifics(part) for part in _BETWEEN_NAMES.split(heading) if part]
    return names_in(", ".join(parts), words=2) if parts else None


def _kind(word: str) -> Kind | None:
    return _KIND_WORDS.get(word.casefold()) or label_kind(word)
