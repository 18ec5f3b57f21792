"""A lecture named with its speaker in German or Dutch: "Mittagsvorlesung von Prof. Dr. Rolf Becker".

GEBF 2015 writes its lunchtime lectures in the title column as the lecture, "von" and the
speaker with their honorifics; DevDay 2016 opens with "Eröffnung durch Prof. Frank Schönefeld".
The title is the lecture ("Mittagsvorlesung") and the person the name without its honorifics
("Rolf Becker"), as a speaker column would give them. Only a lecture's word ("…vorlesung",
"…vortrag", "Grußwort", "Keynote", "Eröffnung") before "von" or "durch" counts: "Grüße von der
Küste" is a title. Dutch writes "door" (WND 2025's "Plenaire lezing door I. S."), read alike.
"""

from __future__ import annotations

import re

from program.readers.lines.honorifics import without_honorific
from program.readers.lines.names import names_in

_LECTURE_VON = re.compile(
    r"^(?P<title>(?:\S.{0,60}?)?(?:vorlesung|vortrag|vorträge|rede|grußwort|grusswort|lesung|keynote|lecture|lezing|"
    r"eröffnung|begrüßung))\s+(?:von|durch|door)(?:\s+(?P<names>\S.*))?$",
    re.IGNORECASE,
)
_UNNAMED = re.compile(r"\s*(?:\.{2,}|…|tba|tbd|nn|n\.n\.)\s*", re.IGNORECASE)
_JOINED = re.compile(r"\s*(?:,|;|&|\bund\b)\s*")
_GLUED_HONORIFIC = re.compile(r"\.(?=[^\s.,])")
"""A dot with no space after it inside a run of honorifics ("Prof.Dr. Elke Sumfleth")."""


def lecture_von(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The lecture's title and its speakers, or None when the text is no "Lecture von Name".

    >>> lecture_von("Mittagsvorlesung von Prof.Dr. Elke Sumfleth")
    ('Mittagsvorlesung', ('Elke Sumfleth',))
    >>> lecture_von("Festvortrag von Anna Schmidt und Dr. Bernd Meier")
    ('Festvortrag', ('Anna Schmidt', 'Bernd Meier'))
    >>> lecture_von("Eröffnung durch Prof. Frank Schönefeld")
    ('Eröffnung', ('Frank Schönefeld',))
    >>> lecture_von("Plenaire lezing door I. S."), lecture_von("Afsluitende lezing door ...")
    (('Plenaire lezing', ('I. S.',)), ('Afsluitende lezing', ()))
    >>> lecture_von("Grüße von der Küste") is None, lecture_von("Vortrag von 14 Gruppen") is None
    (True, True)
    """
    found = _LECTURE_VON.match(" ".join(text.split()))
    if found is None:
        return None
    if found["names"] is None or _UNNAMED.fullmatch(
        found["names"]
    ):  # WND 2025's "Afsluitende lezing door ...": no one named yet
        return found["title"], ()
    names: list[str] = []
    for written in _JOINED.split(found["names"]):
        name = _bare_name(written)
        if names_in(name, words=2) is None:
            return None
        names.append(name)
    return found["title"], tuple(names)


def _bare_name(written: str) -> str:
    """A name without every honorific before it ("Prof. Dr. Rolf Becker" → "Rolf Becker")."""
    name = " ".join(_GLUED_HONORIFIC.sub(". ", written).split())
    while (shorter := without_honorific(name)) != name:
        name = shorter
    return name
