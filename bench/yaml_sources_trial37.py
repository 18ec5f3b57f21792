"""What trial 37's site data read by yaml-site hold (Coding da Vinci 2015, Simonyi Konferencia 2018), with PyYAML.

As `yaml_sources.py`: each file's entries with BaseLoader and its own shape written out here, not the reader's
detection.
"""

from __future__ import annotations

import html
import re
from datetime import date

from yaml_sources import Entry, load, minutes

DATED37 = {
    "codingdavinci2015-program.yml": date(2015, 4, 25),
    "simonyi2018-presentations.yaml": date(2018, 4, 18),
    "codingdavinci-ost2018-program.yml": date(2018, 4, 14),
}
"""The first days: Coding da Vinci's kick-offs (25 April 2015; Ost: 14 April 2018), Simonyi Konferencia's one day."""
_NAMES = tuple(DATED37)


def _shown(content: str) -> str:
    """An entry's `content` as the page shows it: tags out (a link's text stays), entities unescaped."""
    return " ".join(html.unescape(re.sub(r"<[^>]*>", " ", content)).split())


def codingdavinci2015(name: str = _NAMES[0]) -> list[Entry]:
    """Coding da Vinci 2015: days (`title: 25. April`) with `entries: [{content, date: 2015-04-25 10:30}]`.

    A block without entries (the sprint's image) holds none. Each entry at its date's clock, days after the first
    counted in whole days; nobody named (Ost 2018's names in brackets are the title's words).
    """
    found: list[Entry] = []
    for block in load(name):
        for entry in block.get("entries", []):
            day = (date.fromisoformat(entry["date"][:10]) - DATED37[name]).days
            found.append((_shown(entry["content"]), day * 1440 + minutes(entry["date"]), ()))
    return found


def simonyi2018() -> list[Entry]:
    """Simonyi Konferencia 2018: talks at their `date`'s clock as written (the site prints it so), `presenterName`.

    The one presenter's name as written, a `Dr.` before it left out (the names' pages file them without).
    """
    return [
        (
            " ".join(entry["title"].split()),
            minutes(entry["date"]),
            (re.sub(r"^Dr\.\s+", "", entry["presenterName"].strip()),),
        )
        for entry in load(_NAMES[1])
    ]
