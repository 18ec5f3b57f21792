"""What trial 20's static-site YAML file holds (ENEEM 2019, Guimarães), listed with PyYAML directly.

As `yaml_sources.py`: the file's entries with BaseLoader and its own shape written out here, not
the reader's detection.
"""

from __future__ import annotations

import re
from datetime import date

from yaml_sources import Entry, load

DATED20 = {"eneem2019-agenda.yml": date(2019, 4, 15)}
"""The first day, 15 April 2019 (a Monday, `Segunda feira`): the file's `date: 15 Abril` has no year."""


def eneem2019() -> list[Entry]:
    """ENEEM 2019: days (`date: 15 Abril`) → `activities`, none timed (`time:` empty): each an untimed entry.

    The people are `speaker` split at commas, without the honorifics `Prof.`/`Eng.` and a role in
    brackets ("Paulo Sampaio (moderador)"). The last day's `activities:` is empty.
    """
    entries: list[Entry] = []
    for day in load("eneem2019-agenda.yml"):
        for activity in day["activities"] or []:
            written = activity.get("speaker") or ""
            names = (re.sub(r"^(?:Prof|Eng)\.\s+|\s*\(moderador\)$", "", name.strip()) for name in written.split(","))
            entries.append((" ".join(activity["name"].split()), None, tuple(name for name in names if name)))
    return entries
