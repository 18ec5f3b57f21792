"""What trial 25's static-site YAML file holds (Asian CHI Symposium 2020), listed with PyYAML directly.

As `yaml_sources.py`: the file's entries with BaseLoader and its own shape written out here, not the
reader's detection.
"""

from __future__ import annotations

import re
from datetime import date

from yaml_sources import Entry, load, minutes, text

DATED25 = {"asianchi2020-accepted.yml": date(2020, 4, 25)}
"""Asian CHI 2020's one day, from the site's program.md ("Date: April 25, 2020 (Saturday)")."""
_AND = re.compile(r",\s*and\s+|\s+and\s+|,\s*")


def asianchi2020() -> list[Entry]:
    """Asian CHI 2020: each session's papers at their `time` (the sessions have none here).

    `authors` is `A and B (Affil); C (Affil)`: groups at `;`, names at `,` and `and`, the group's
    bracket (one may nest another, `(… (DFKI))`) the affiliation of the name it follows, `Name [Affil]`.
    """
    entries: list[Entry] = []
    for session in load("asianchi2020-accepted.yml"):
        for paper in session["papers"]:
            people: list[str] = []
            for group in paper["authors"].split(";"):
                found = re.fullmatch(r"\s*(?P<names>[^()]+?)\s*(?:\((?P<place>(?:[^()]|\([^()]*\))+)\))?\s*", group)
                assert found, group
                names = [name.strip() for name in _AND.split(found["names"]) if name.strip()]
                if found["place"]:  # `(KAIST)`, `(POSTECH)` too: no nickname is written in brackets here
                    names[-1] = f"{names[-1]} [{found['place']}]"
                people.extend(names)
            entries.append((text(paper["title"]), minutes(paper["time"]), tuple(people)))
    return entries
