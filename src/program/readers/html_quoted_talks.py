"""A track cell naming its speakers, then the talk's title in quotes and the length it states; a keynote's talks.

NAV IT-dagen 2022 writes each talk in its track's column as the speaker, a line break and the quoted title with its
planned length: `Terje Heen <br /> "En rant om dagsakutelt tema" (20 min)`; two speakers as `Patrick || Ivar`; on
one line `Louis Dieffenthaler "Hvorfor skal produktteam bruke NADA?" (20 min)` or with a dash before the quote
(`Robindra Prabhu - "(u)Rettferdig …" (20 min)`). The quoted text is the title, the names before it the people, and
the length (`(20 min)`, `(10-20 min)`, `(?)`: not yet known) is no part of either: the table's columns give the times.

Its keynote slot, across the tracks, writes a label line, then a line per talk, `Name: <i>Title</i>`:
`KEYNOTE: <br /> Fredrik Scheide: <i>Design og produktutvikling</i> <br /> Tor Sporsem: <i>…</i>`. The label is the
session; each line a talk of it, by its speaker.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.readers.html_cell_parts import CellParts, Talk
from program.readers.kind_labels import label_kind
from program.readers.lines.names import names_in

_QUOTED_AFTER_NAMES = re.compile(
    r"^(?P<names>[^\"“”«»]+?)\s*(?:[-–—:]\s*)?[\"“«](?P<title>[^\"“”«»]*\w[^\"“”«»]*)[\"”»]\s*(?P<length>\([^()]*\))?$"
)
_QUOTED_LINE = re.compile(r"^[\"“«](?P<title>[^\"“”«»]*\w[^\"“”«»]*)[\"”»]\s*(?P<length>\([^()]*\))?$")
_LENGTH = re.compile(
    r"^\(\s*(?:\?|\d+(?:\s*[-–]\s*\d+)?\s*(?:min|mins|minutes|minutter|minuter|minuten|h|t|hr|hrs)\.?)\s*\)$",
    re.IGNORECASE,
)
"""A planned length in brackets: `(20 min)`, `(10-20 min)`, `(?)` (not yet known)."""
_DOUBLE_BAR = re.compile(r"\s+\|\|\s+")
_NAME_TITLE = re.compile(r"^(?P<name>[^:\"“”]{3,60}):\s+(?P<title>\S.*)$")


def quoted_talk(lines: Sequence[str]) -> CellParts | None:
    """`Name <br /> "Title" (20 min)`, or on one line with or without a dash: the title and its people; else None.

    >>> quoted_talk(["Patrick || Ivar", '"Erfaringer med dbt" (20 min)'])
    CellParts(title='Erfaringer med dbt', people=('Patrick', 'Ivar'), label=None, talks=(), abstract=None, room=None)
    >>> quoted_talk(['Robindra Prabhu - "(u)Rettferdig maskinlæring" (20 min)']).people
    ('Robindra Prabhu',)
    >>> quoted_talk(["Keynote", '"Title"']) is None
    True
    """
    written = [" ".join(line.split()) for line in lines if line.strip()]
    if len(written) == 2 and (quoted := _QUOTED_LINE.match(written[1])) is not None:
        names, title, length = written[0], quoted["title"], quoted["length"]
    elif len(written) == 1 and (found := _QUOTED_AFTER_NAMES.match(written[0])) is not None:
        names, title, length = found["names"], found["title"], found["length"]
    else:
        return None
    if length is not None and not _LENGTH.match(length):
        return None
    people = _names(names)
    return CellParts(title.strip(), people) if people else None


def _names(text: str) -> tuple[str, ...] | None:
    """The speakers a line names: full names, or two or more given names (`Patrick || Ivar`)."""
    text = _DOUBLE_BAR.sub(", ", text)  # `Patrick || Ivar`
    named = names_in(text, words=2)
    if named is not None:
        return named
    given = names_in(text)
    return given if given is not None and len(given) >= 2 else None


def named_talks(lines: Sequence[str], line: int) -> CellParts | None:
    """A keynote's label line, then two or more `Name: Title` lines: the session and its talks; else None.

    >>> parts = named_talks(["KEYNOTE:", "Ada Lovelace: Engines", "Mary Somerville: Stars"], 20)
    >>> parts.title, [(talk.title, talk.people) for talk in parts.talks]
    ('KEYNOTE', [('Engines', ('Ada Lovelace',)), ('Stars', ('Mary Somerville',))])
    """
    written = [" ".join(text.split()) for text in lines if text.strip()]
    if len(written) < 3 or not written[0].endswith(":") or label_kind(written[0].rstrip(": ")) is None:
        return None
    talks: list[Talk] = []
    for text in written[1:]:
        found = _NAME_TITLE.match(text)
        names = names_in(found["name"], words=2) if found else None
        if found is None or names is None:
            return None
        talks.append(Talk(found["title"].strip(), names, line, label=written[0].rstrip(": ")))  # each a keynote
    label = written[0].rstrip(": ")
    return CellParts(label, label=label, talks=tuple(talks))
