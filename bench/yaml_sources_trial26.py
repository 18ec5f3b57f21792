"""What trial 26's static-site YAML files hold (RubyConf PT 2014), listed with PyYAML directly.

As `yaml_sources.py`: the files' entries with BaseLoader and their own shape written out here, not
the reader's detection.
"""

from __future__ import annotations

import re
from datetime import date

from yaml_sources import Entry, load, minutes

DATED26 = {"rubyconfpt2014-agenda.yml": date(2014, 10, 13)}
"""RubyConf PT 2014's first day, "Monday, October 13th" in its agenda.html."""


def rubyconfpt2014() -> list[Entry]:
    """RubyConf PT 2014: day1 (13 October), day2, then the fringe days (the 11th to the 14th) not repeating them.

    A slot with only a `speaker` is titled by the speaker, its person. A fringe event at the same
    time as a day's entry of the same title (but for a bracket at its end) is that entry again.
    """
    written = load("rubyconfpt2014-agenda.yml")
    entries: list[Entry] = []
    for offset, key in enumerate(("day1", "day2")):
        for slot in written[key]:
            title = slot.get("title") or slot["speaker"]
            people = (slot["speaker"],) if "speaker" in slot else ()
            entries.append((title, offset * 1440 + minutes(slot["from"]), people))
    for day in written["fringe"]:
        number = int(re.search(r"\d+", day["title"])[0])  # type: ignore[index]
        for event in day["events"]:
            at = (number - 13) * 1440 + minutes(event["from"])
            bare = re.sub(r"\s*\([^()]*\)$", "", event["title"]).casefold()
            if not any(re.sub(r"\s*\([^()]*\)$", "", one[0]).casefold() == bare and one[1] == at for one in entries):
                entries.append((event["title"], at, ()))
    return entries


DATED26["devfestbh2017-agenda.yml"] = date(2017, 11, 18)
"""DevFest BH 2017's one day, "18 de novembro" in index.html."""
NOBODY = frozenset({"Organizadores do Devfest BH"})
"""The organisers, who open and close the day: no person."""


def devfestbh2017() -> list[Entry]:
    """DevFest BH 2017: each slot, or its `speakers` (parallel talks, each a title and a speaker) at its hour.

    A speaker is written "Name (Affiliation)": the name with the affiliation in brackets; a speaker
    written as a sentence (the registration's note, of more than 10 words) is nobody.
    """
    entries: list[Entry] = []
    for slot in load("devfestbh2017-agenda.yml"):
        for talk in slot.get("speakers") or [slot]:
            speaker = talk.get("speaker")
            people = ()
            if speaker and speaker not in NOBODY and len(speaker.split()) <= 10:
                found = re.fullmatch(r"(.+?) \((.+)\)", speaker)
                people = (f"{found[1]} [{found[2]}]",) if found else (speaker,)
            entries.append((talk["title"], minutes(slot["hour"]), people))
    return entries
