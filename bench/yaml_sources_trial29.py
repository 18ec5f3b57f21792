"""What trial 29's static-site YAML file holds (BOUM 2019, UTC Compiègne), listed with PyYAML directly.

As `yaml_sources.py`: the file's entries with BaseLoader and its own shape written out here, not
the reader's detection.
"""

from __future__ import annotations

from datetime import date

from yaml_sources import Entry, load, minutes

DATED29 = {"boum2019-schedule.yml": date(2019, 2, 20)}
"""BOUM 2019's one day, `date: "20 févr. 2019"` in the file."""


def boum2019() -> list[Entry]:
    """BOUM 2019: each timeslot at its `startTime`, its people the `speakers` of its `events`, each "Name [Lab]".

    An event's `title` is the speaker's lab (`Heudiasyc`, `LMAC / Renault`), as the site's page shows it above
    the name.
    """
    return [
        (
            slot["title"],
            minutes(slot["startTime"]),
            tuple(f"{event['speakers']} [{event['title']}]" for event in slot.get("events") or ()),
        )
        for day in load("boum2019-schedule.yml")
        for slot in day["timeslots"]
    ]
