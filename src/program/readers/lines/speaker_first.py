"""A talk inside a timed slot written speaker first: "Name (Place): Title" (DVCS 2021).

The German DVCS page lists each panel's talks under its bold time line as
`- Yi Zeng (Bayreuth): *Die Ästhetik der Übersetzung. …*`, two speakers joined by "und"
(`- Ariane Götz und Sören Köpke (Kassel): *…*`). The bracketed place before the colon is what
sets such a line apart from a title with a colon ("Panel 1: …"): without it the line is left to
the other talk shapes.

SimpleText 2021 (French) writes its time-led talks `**Alice Pennors** (Amstratgraph) : "Title"`: there the title
in quotes sets the line apart, and the bracket is where the speaker works, no person.
"""

from __future__ import annotations

import re

from program.readers.lines.names import has_role_word, names_in, speakers_of
from program.readers.lines.quoted import whole_quoted

_SPEAKERS_THEN_TITLE = re.compile(r"^(?P<names>[^():]{3,120}?)\s*\((?P<where>[^()]{2,80})\)\s*:\s+(?P<title>\S.*)$")


def speaker_first_talk(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The title and speakers of a line "Names (Place): Title", or None.

    >>> speaker_first_talk("Yi Zeng (Bayreuth): Die Ästhetik der Übersetzung. Das Kunstkino im Fokus")
    ('Die Ästhetik der Übersetzung. Das Kunstkino im Fokus', ('Yi Zeng',))
    >>> speaker_first_talk("Panel 1: Grenzfeststellung (im digitalen Zeitalter)") is None
    True
    """
    found = _SPEAKERS_THEN_TITLE.match(text)
    if found is None:
        return None
    speakers = speakers_of(found["names"])
    return (found["title"].strip(), speakers) if speakers else None


_SPEAKER_THEN_QUOTED = re.compile(
    r"^(?P<names>[^():\"“”«»]{3,120}?)\s*(?:\((?P<where>[^()]{2,80})\))?\s*:\s*(?P<title>[\"“«„].*\S)\s*$"
)


def speaker_then_quoted(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The title and speakers of `Name (Place) : "Title"` or `Name: "Title"`, the quotes taken off; else None.

    The title must be wrapped whole in quotes; words before the colon that are a programme's ("Keynote",
    "Table-ronde") or no names leave the line to the other shapes.

    >>> speaker_then_quoted('Helen MCCOMBIE (Université de Bretagne Occidentale) : "Simplifying meaning"')
    ('Simplifying meaning', ('Helen MCCOMBIE',))
    >>> speaker_then_quoted('Table-ronde : "Évaluation"'), speaker_then_quoted('Ada Lovelace: "A" and "B"')
    (None, None)
    """
    found = _SPEAKER_THEN_QUOTED.match(text.strip())
    if found is None or (title := whole_quoted(found["title"])) == found["title"].strip():
        return None
    names = found["names"].strip()
    speakers = None if has_role_word(names) else names_in(names, words=2)
    return (title, speakers) if speakers else None
