"""What trial 31's static-site files hold (NLUUG 2023's front matter, SOIVRE 2026's JSON), listed directly.

As `yaml_sources.py`: each file's entries with PyYAML's BaseLoader (or json) and its own shape written
out here, not the reader's detection.
"""

from __future__ import annotations

import json
import re
from datetime import date

import yaml
from yaml_sources import DATA, Entry, minutes

DATED31 = {"nluug-najaars2023-index.md": date(2023, 11, 28), "soivre2026-agenda.json": date(2026, 5, 26)}
"""NLUUG's `event_start: 2023-11-28T08:30:00+02:00`; SOIVRE's Tuesday 26 May (the site's pages: Zaragoza 2026)."""


def nluug2023() -> list[Entry]:
    """NLUUG najaarsconferentie 2023: `event_schedule.rows[].columns[]`, the first a row's `time`, then its cells.

    A cell's `talk` (`title`, `speaker` split at `, ` and the Dutch ` en `) or `textfield` (`text`), row by
    row and left to right; an empty cell (a changeover row) is no entry.
    """
    page = (DATA / "nluug-najaars2023-index.md").read_text(encoding="utf-8")
    front = yaml.load(page.split("\n---\n", 1)[0].removeprefix("---\n"), Loader=yaml.BaseLoader)
    found: list[Entry] = []
    for row in front["event_schedule"]["rows"]:
        time, *cells = row["columns"]
        for cell in cells:
            shown = cell.get("talk") or cell.get("textfield")
            if shown:
                people = tuple(re.split(r",\s*|\s+en\s+", shown["speaker"])) if "speaker" in shown else ()
                found.append((shown.get("title") or shown["text"], minutes(time["time"]), people))
    return found


def soivre2026() -> list[Entry]:
    """Jornada SOIVRE 2026: days in order from 26 May, each `items[]` at its `hora`; `ponente` split at ` · `."""
    days = json.loads((DATA / "soivre2026-agenda.json").read_text(encoding="utf-8"))
    return [
        (
            entry["titulo"],
            number * 1440 + minutes(entry["hora"]),
            tuple(name.strip() for name in entry["ponente"].split(" · ") if name.strip()),
        )
        for number, day in enumerate(days)
        for entry in day["items"]
    ]
