"""A talk inside a timed slot written speaker first: "Name (Place): Title" (DVCS 2021).

The German DVCS page lists each panel's talks under its bold time line as
`- Yi Zeng (Bayreuth): *Die Ästhetik der Übersetzung. …*`, two speakers joined by "und"
(`- Ariane Götz und Sören Köpke (Kassel): *…*`). The bracketed place before the colon is what
sets such a line apart from a title with a colon ("Panel 1: …"): without it the line is left to
the other talk shapes.
"""

from __future__ import annotations

import re

from program.readers.lines.names import speakers_of

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
