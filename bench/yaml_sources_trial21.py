"""What trial 21's static-site YAML file holds (ML in PL 2023, Warsaw), listed with PyYAML directly.

As `yaml_sources.py`: the file's entries with BaseLoader and its own shape written out here, not
the reader's detection.
"""

from __future__ import annotations

import re
from datetime import date

from yaml_sources import Entry, load, minutes, text

DATED21 = {"mlinpl2023-agenda.yml": date(2023, 10, 26)}
"""The first day, 26 October 2023 (a Thursday): the days are titled `Thursday / 26 October`, no year."""

_SPEAKER = re.compile(r"^(?:by\s+)?(?P<name>[^()]+?)\s*\((?P<affiliation>[^()]+)\)$")


def _people(written: str | None) -> tuple[str, ...]:
    """`by Name (Affiliation)` or `Name (Affiliation)`: one speaker, "Name [Affiliation]"; other subtitles none."""
    found = _SPEAKER.match(" ".join((written or "").split()))
    if found is None or "," in found["name"] or found["name"].startswith("with "):
        return ()
    return (f"{found['name']} [{found['affiliation']}]",)


def mlinpl2023() -> list[Entry]:
    """ML in PL 2023: days → sessions → events, each event's subevents after it at their own times.

    Starts in minutes after midnight of the first day (26 October): the day is the `N October` of
    its title. The one subevent without a `time` (`Opening remarks`) is untimed.
    """
    entries: list[Entry] = []
    for day in load("mlinpl2023-agenda.yml"):
        found = re.search(r"(\d+) October", day["title"])
        assert found, day["title"]
        offset = (int(found[1]) - 26) * 1440
        for session in day["sessions"]:
            for event in session["events"]:
                entries.append((text(event["title"]), offset + minutes(event["time"]), _people(event.get("subtitle"))))
                for talk in event.get("subevents") or []:
                    at = offset + minutes(talk["time"]) if talk.get("time") else None
                    entries.append((text(talk["title"]), at, _people(talk.get("subtitle"))))
    return entries
