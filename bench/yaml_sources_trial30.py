"""What trial 30's static-site YAML file holds (WEPGCOMP 2024, PGCOMP-UFBA), listed with PyYAML directly.

As `yaml_sources.py`: the file's entries with BaseLoader and its own shape written out here, not
the reader's detection.
"""

from __future__ import annotations

import re
from datetime import date

import yaml
from yaml_sources import DATA, Entry, minutes, text

DATED30 = {"wepgcomp2024-index.md": date(2024, 11, 12)}
"""WEPGCOMP 2024's first day, `date: 12 / 11 / 2024` in the file (day first)."""


def wepgcomp2024() -> list[Entry]:
    """WEPGCOMP 2024: the front matter's `program`, its `breaks` and `talks` keyed `'Dia 1, [Sala A, ]9:40'`.

    Each at its day's clock time (the `slots` that are times; `S1/2` labels a session's row); a talk's people its
    `presenter` (not its advisor); a talk with no `title` is no entry; titles as the page shows them (spaces
    collapsed). In the grid's order: day, row, then room (a break spans the rooms). PyYAML keeps the later of
    the two talks keyed `'Dia 3, Sala B, 10:00'`, as Jekyll does.
    """
    page = (DATA / "wepgcomp2024-index.md").read_text(encoding="utf-8")
    program = yaml.load(page.split("\n---\n", 1)[0].removeprefix("---\n"), Loader=yaml.BaseLoader)["program"]
    rows = {
        day["name"]: [one for one in day["slots"] if re.fullmatch(r"\d{1,2}:\d{2}", one)] for day in program["days"]
    }
    order = {name: number for number, name in enumerate(rows)}
    found: list[tuple[tuple[int, int, str], Entry]] = []
    for group in ("breaks", "talks"):
        for key, value in program[group].items():
            day, *room, time = (part.strip() for part in key.split(","))
            if not value.get("title", "").strip():
                continue
            people = (value["presenter"],) if group == "talks" else ()
            at = order[day] * 1440 + minutes(time)
            found.append(
                ((order[day], rows[day].index(time), room[0] if room else ""), (text(value["title"]), at, people))
            )
    return [entry for _, entry in sorted(found, key=lambda pair: pair[0])]
