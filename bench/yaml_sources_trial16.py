"""What trials 16's and 18's static-site YAML files hold (AIUCD 2025, Datensummit 2017, SEMEF 2021), via PyYAML.

As `yaml_sources.py` (which has grown near the size a module may have): each file's entries with
BaseLoader and the file's own shape written out here, not the reader's detection.
"""

from __future__ import annotations

import re
from datetime import date

from yaml_sources import Entry, load, minutes

DATED16 = {"aiucd2025-program.yaml": date(2025, 6, 11), "semef2021-programa.yml": date(2021, 9, 27)}
"""Trial 16's files whose days the table checks too (see `yaml_sources.DATED`)."""
_DAY = {"June 11, 2025": 0, "June 12, 2025": 1, "June 13, 2025": 2}
"""AIUCD's days as written in English, counted from the first (its starts are checked with their days)."""


def aiucd2025() -> list[Entry]:
    """AIUCD 2025: days → sessions titled by their English `type` unless titled (`TBD` is no title) → papers.

    A session's person is its speaker, else its chair (one item, one role); Poster Madness's
    chair "Stefano Bazzaco + Marco Rospocher" names no one person. A session's papers follow it,
    its own (`papers`) or its parallel parts' (`psessions[].papers`), authors split at ", ".
    """
    entries: list[Entry] = []
    for day in load("aiucd2025-program.yaml"):
        offset = _DAY[day["day"]["en"]] * 1440
        for session in day["sessions"]:
            title = session.get("title", "TBD")
            title = session["type"]["en"] if title == "TBD" else title
            person = session.get("speaker") or session.get("chair")
            people = (person,) if person and "+" not in person else ()
            entries.append((title, offset + minutes(session["time"]), people))
            parts = [*session.get("psessions", []), *([session] if "papers" in session else [])]
            for paper in (paper for part in parts for paper in part["papers"]):
                names = tuple(re.split(r",\s*", " ".join(paper["authors"].split())))
                entries.append((" ".join(paper["title"].split()), offset + minutes(paper["time"]), names))
    return entries


def datensummit2017() -> list[Entry]:
    """Datensummit 2017: a flat list, English `name.en`, speakers' `name` (one written "A & B": two people)."""
    return [
        (
            entry["name"]["en"],
            minutes(entry["time"]),
            tuple(name for one in entry.get("speakers") or [] for name in one["name"].split(" & ")),
        )
        for entry in load("datensummit2017-programm.yml")
    ]


def semef2021() -> list[Entry]:
    """SEMEF 2021: days `data` → `programacao[]`, the `evento` slug as the title, `horario` "09h00-10h40"'s start."""
    entries: list[Entry] = []
    for day in load("semef2021-programa.yml"):
        offset = (date.fromisoformat(day["data"]) - date(2021, 9, 27)).days * 1440
        for entry in day["programacao"]:
            hour, minute = re.match(r"(\d{2})h(\d{2})", entry["horario"]).groups()  # type: ignore[union-attr]
            entries.append((entry["evento"], offset + int(hour) * 60 + int(minute), ()))
    return entries
