"""What trial 23's static-site YAML files hold (DD4W 2026 CDMX), listed with PyYAML directly.

As `yaml_sources.py`: the files' entries with BaseLoader and their own shape written out here, not
the reader's detection.
"""

from __future__ import annotations

import re
from datetime import date

from yaml_sources import Entry, load, minutes, text

DATED23 = {"dd4w2026-cdmx.yaml": date(2026, 7, 31), "eradse2025-program.yml": date(2025, 11, 5)}
"""DD4W 2026's day: its first-line comment, `# Agenda Sede CDMX (31 de julio)` (DD4W26); ERAD-SE 2025's first `date`."""


def dd4w2026() -> list[Entry]:
    """DD4W 2026: `salas[].sesiones[]`; people the `ponentes` with a `perfil` (sponsors have none), `Modera:` out."""
    return [
        (
            session["titulo"],
            minutes(session["horario"]),
            tuple(
                re.sub(r"^Modera:\s*", "", one["nombre"].strip())
                for one in session.get("ponentes", [])
                if "perfil" in one
            ),
        )
        for room in load("dd4w2026-cdmx.yaml")["salas"]
        for session in room["sesiones"]
    ]


_HONORIFIC = re.compile(r"^Prof(?:a|ª)?\.\s+")


def _speakers(written: str) -> tuple[str, ...]:
    """`speaker: "A e B (Affiliation, City)"`: A and B, the bracket the last one's affiliation, `Prof.`/`Profa.` out."""
    found = re.fullmatch(r"(?P<names>[^()]+?)\s*(?:\((?P<affiliation>[^()]+)\))?", written.strip())
    assert found, written
    names = [_HONORIFIC.sub("", name.strip()) for name in re.split(r",\s*|\s+e\s+", found["names"])]
    if found["affiliation"]:
        names[-1] = f"{names[-1]} [{found['affiliation'].strip()}]"
    return tuple(names)


def eradse2025() -> list[Entry]:
    """ERAD-SE 2025: `schedule[].timeslots[]`; `events: [{pid}]` the papers of accepted.yml by `id`, untimed after it.

    People: `speaker` (see `_speakers`), else the `chair`; a paper's `authors[].name`, each "[affiliation]". A
    timeslot with a `session:` is titled "title: session" (the forum, then its session).
    """
    accepted = {one["id"]: one for one in load("eradse2025-accepted.yml")}
    first = DATED23["eradse2025-program.yml"]
    entries: list[Entry] = []
    for day in load("eradse2025-program.yml")["schedule"]:
        offset = (date.fromisoformat(day["date"]) - first).days * 1440
        for slot in day["timeslots"]:
            title = text(slot["title"])
            title = f"{title}: {text(slot['session'])}" if slot.get("session") else title
            people = (
                _speakers(slot["speaker"])
                if slot.get("speaker")
                else _speakers(slot.get("chair") or "")
                if slot.get("chair")
                else ()
            )
            entries.append((title, offset + minutes(slot["startTime"]), people))
            for listed in slot.get("events") or []:
                paper = accepted.get(str(listed.get("pid") or ""))
                if paper is not None:
                    authors = tuple(
                        f"{one['name']} [{one['affiliation']}]" if one.get("affiliation") else one["name"]
                        for one in paper["authors"]
                    )
                    entries.append((paper["title"], None, authors))
    return entries
