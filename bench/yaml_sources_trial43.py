"""What trial 43's site data read by yaml-site hold (PyCon Thailand 2019's talks), with PyYAML.

As `yaml_sources.py`: the file's entries with BaseLoader and its own shape written out here, not the reader's
detection.
"""

from __future__ import annotations

import re
from datetime import date

from yaml_sources import Entry, load, minutes

DATED43 = {"pyconth2019-talks-excerpt.yaml": date(2019, 6, 15)}
"""The first day: Saturday 15th June 2019 (the file's `days` list; its year from the site)."""
_DEGREES = frozenset({"PhD", "DIC", "CFA"})


def pyconth2019(name: str = "pyconth2019-talks-excerpt.yaml") -> list[Entry]:
    """PyCon TH 2019: `talks[]` with `day: sat|sun` (`days[]`), `time`, `speaker` ("A + B"; degrees after commas).

    The Nikola plugin shows a talk under its day: one naming no day ("This workshop has been cancelled.") is
    shown nowhere. The days list is read for the day's offset (sat the first day, sun the second).
    """
    document = load(name)
    offsets = {code: index for index, day in enumerate(document["days"]) for code in day}
    found: list[Entry] = []
    for talk in document["talks"]:
        if talk.get("day") not in offsets:
            continue
        names = [part.strip() for part in re.split(r",|\s\+\s", talk.get("speaker", "")) if part.strip()]
        people = tuple(part for part in names if part not in _DEGREES)
        found.append((" ".join(talk["title"].split()), offsets[talk["day"]] * 1440 + minutes(talk["time"]), people))
    return found
