"""A grid cell whose lines are each a talk written `Speaker — Title` (DevFest Vladivostok 2019), or `Title. Dr. Name`.

DevFest Vladivostok's schedule cell holds `<a>Екатерина Винниченко</a> — <a>Build better
products …</a>`, and one cell two such lines after a `<br>`: each line is a talk of its own,
its speaker before the dash and its title after. A line is read so only when the words before
its dash are shaped as a name and the words after are not ("Opening Remarks — Program Chairs"
is left as written), a room's name is no speaker ("Main Hall — …"), and a title's two parts stay
one title when the first is led by an article (GUADEC 2017's "The Inbetweens — why transitions
matter.").

Inmunología 2016 writes some talks in one line, the speaker after the title's full stop and an
honorific: `Mecanismos que mantienen la tolerancia en el Trasplante. Dra. María Alegre (USA)`.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

from program.readers.lines.rooms import is_place
from program.readers.title_authors import is_name_shaped

_DASH = re.compile(r"\s+[—–]\s+")
_ARTICLE = re.compile(r"^(?:the|an?|der|die|das|le|la|les|el|los|las|il|lo|gli|de|het)\s", re.IGNORECASE)


def dash_talks(lines: Sequence[str]) -> list[tuple[str, tuple[str, ...]]] | None:
    """Each line's title and speaker when every line is `Speaker — Title`; else None."""
    talks: list[tuple[str, tuple[str, ...]]] = []
    for line in lines:
        parts = _DASH.split(line.strip(), maxsplit=1)
        if len(parts) != 2 or not is_name_shaped(parts[0]) or is_place(parts[0]) or is_name_shaped(parts[1]):
            return None
        if _ARTICLE.match(parts[0]):  # a title's head; a lower-case title is one (Тюкавин Андрей — открытые …)
            return None
        talks.append((parts[1].strip(), (parts[0].strip(),)))
    return talks or None


_NAMED_AFTER = re.compile(
    r"^(?P<title>.*\S[.?!])\s+(?:dra?|profa?)[.:]\s*(?P<name>[^\W\d][^()]*?)\s*(?:\([^()]*\))?\s*$", re.IGNORECASE
)


def honorific_talks(lines: Sequence[str]) -> list[tuple[str, tuple[str, ...]]] | None:
    """Each line's title and speaker when every line is `Title. Dr. Name (Country)`; else None."""
    found = [_NAMED_AFTER.match(line.strip()) for line in lines]
    # the page's accents may be combining marks ("Iván" as "Iva\u0301n"), no letters to a name's shape
    shaped = [match is not None and is_name_shaped(unicodedata.normalize("NFC", match["name"])) for match in found]
    if not found or not all(shaped):
        return None
    return [(match["title"], (match["name"],)) for match in found if match is not None]


_HONORIFIC_LINE = re.compile(r"^(?:dra?|profa?)[.:]\s*(?P<name>[^\W\d][^()]*?)[\s.]*(?:\([^()]*\))?\s*$", re.IGNORECASE)


def honorific_people(lines: Sequence[str]) -> tuple[str, ...] | None:
    """The speakers of a plenary's talks: lines `Dr. Name (USA)` between the talks' titles; else None.

    Inmunología 2016: `Sesión Plenaria … <br><b>Dr. Thomas Gajewski (USA)</b><br>Forzando FNkB … <br><b>Dra.
    Marìa Alegre (USA)</b>`. Only when every other line is no name: a talk's title, `1. La Experiencia en …`.
    """
    found = [_HONORIFIC_LINE.match(line.strip()) for line in lines]
    names = [match["name"] for match in found if match is not None]
    others = [line for line, match in zip(lines, found, strict=True) if match is None]
    if not names or not others or any(is_name_shaped(unicodedata.normalize("NFC", line)) for line in others):
        return None
    return tuple(names)
