"""What trial 32's site data read by yaml-site hold (HM Studieninfotag 2020, AAHD 2026), listed with PyYAML.

As `yaml_sources.py`: each file's entries with BaseLoader (AAHD's JSON is YAML too) and its own shape written
out here, not the reader's detection.
"""

from __future__ import annotations

import re
from datetime import date

from yaml_sources import Entry, load, minutes

DATED32 = {"hm-studieninfotag2020-programm.yml": date(2020, 3, 28), "aahd2026-programa.json": date(2026, 11, 11)}
"""The first days: HM's one day (in every `start`), AAHD's 11 November 2026 (`11 de noviembre`, the year the
congress's)."""
_NAMES = tuple(DATED32)


def hm2020() -> list[Entry]:
    """Hochschule München's Studieninfotag 2020: each entry's `name` at its `start`'s clock, nobody named."""
    return [(" ".join(entry["name"].split()), minutes(entry["start"]), ()) for entry in load(_NAMES[0])]


def _people(written: str) -> tuple[str, ...]:
    """One person a line as written ("Surname, Given"), a bracket after them their affiliation."""
    lines = [" ".join(line.split()) for line in written.split("\n") if line.strip()]
    return tuple(re.sub(r"\s*\((.+)\)$", r" [\1]", line) for line in lines)


def aahd2026() -> list[Entry]:
    """AAHD 2026: each row at its day's `horario` start (`9:00 a 11:00`, `9 a 10:30`, `13:00`).

    People its `expositores`; the 12 Nov session's its moderator (`Modera: Romina De León`), then its
    `ponencias`, untimed (shown at the session).
    """
    found: list[Entry] = []
    for row in load(_NAMES[1]):
        day = int(row["dia"].split(maxsplit=1)[0]) - 11
        hour, _, minute = re.split(r"\s+a\s+", row["horario"])[0].partition(":")
        moderator = re.sub(r"^Modera:\s*", "", row.get("moderador", ""))
        people = _people(row.get("expositores", "")) or ((moderator,) if moderator else ())
        found.append((" ".join(row["titulo"].split()), day * 1440 + int(hour) * 60 + int(minute or 0), people))
        talks = row.get("ponencias", [])
        found += [(" ".join(talk["titulo"].split()), None, _people(talk["expositores"])) for talk in talks]
    return found
