"""Trial 31's unseen static-site data (session 15): NLUUG's timetable of rows and SOIVRE 2026's agenda.

- NLUUG najaarsconferentie 2023 (Dutch): its Hugo page `_index.md` is front matter only, `event_schedule`
  drawn as a table: `headers[]` (blank, `Zaal 1`-`Zaal 3`), `rows[].columns[]`, the first `{time: 08:30}`,
  then `{talk: {speaker, title}}` or `{textfield: {text}}` cells, `size: 3` spanning the rooms; the zone
  is `event_timezone: Europe/Amsterdam`, the day `event_start: 2023-11-28T08:30:00+02:00`. Before, the
  organisers' list was read (1 item, `NLUUG` at the page's publish date) and `--timezone` was asked for.
- Jornada SOIVRE Zaragoza 2026 (Spanish JSON): `ponente: "A · B"` names two people (read as one before),
  and a team `Equipo Centro Analítico de Inspección y Control de …` one (split at its ` y ` before).

Expectations are read from the files with PyYAML and json here, not from the reader's output.
"""

from __future__ import annotations

import json
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import yaml

from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
AMSTERDAM = ZoneInfo("Europe/Amsterdam")
MADRID = ZoneInfo("Europe/Madrid")
NLUUG = "nluug-najaars2023-index.md"
SOIVRE = "soivre2026-agenda.json"


def _nluug_expected() -> list[tuple[object, ...]]:
    """Each cell with a title: its row's time to the next row's, its header's room (none across all three)."""
    page = (DATA / NLUUG).read_text(encoding="utf-8")
    front = yaml.load(page.split("\n---\n", 1)[0].removeprefix("---\n"), Loader=yaml.BaseLoader)
    assert front["event_timezone"] == "Europe/Amsterdam" and front["event_start"].startswith("2023-11-28")
    schedule = front["event_schedule"]
    rooms = [header.get("text") for header in schedule["headers"]][1:]
    rows = schedule["rows"]

    def at(clock: str) -> datetime:
        hours, minutes = clock.split(":")
        return datetime(2023, 11, 28, int(hours), int(minutes), tzinfo=AMSTERDAM)

    found: list[tuple[object, ...]] = []
    for index, row in enumerate(rows):
        time, *cells = row["columns"]
        end = at(rows[index + 1]["columns"][0]["time"]) if index + 1 < len(rows) else None
        for position, cell in enumerate(cells):
            shown = cell.get("talk") or cell.get("textfield")
            if not shown:
                continue  # a changeover row's empty cell
            people = tuple(re.split(r",\s*|\s+en\s+", shown["speaker"])) if "speaker" in shown else ()
            room = None if cell.get("size") == "3" else rooms[position]
            found.append((shown.get("title") or shown["text"], at(time["time"]), end, room, people))
    return found


def test_nluug_timetable_rows_in_front_matter_with_its_zone_and_day() -> None:
    expected = _nluug_expected()
    assert len(expected) == 25
    # no --timezone and no --date: the file names both
    program = YamlSiteReader().read((DATA / NLUUG).read_text(encoding="utf-8"), source=NLUUG, context=ReadContext())
    got = [(item.title, item.start, item.end, item.location, item.people) for item in program.items]
    assert got == expected
    assert program.timezone == "Europe/Amsterdam"
    assert not [problem for problem in program.problems if problem.code == "no-time-zone"]
    assert "times read in Europe/Amsterdam, the zone the file names (event_timezone)" in program.reading
    keynote = program.items[2]
    assert (keynote.kind.value, keynote.people) == ("keynote", ("Arnoud Engelfriet",))
    assert program.items[6].source.line == 117  # the `- column:` of Michael Boelen en Patrick Reijnen's talk


def _soivre_expected() -> list[tuple[object, ...]]:
    """Each item on its day from 26 May, its `hora` (a range once); `ponente` split at ` · ` only."""
    days = json.loads((DATA / SOIVRE).read_text(encoding="utf-8"))
    found: list[tuple[object, ...]] = []
    for number, day in enumerate(days):
        for entry in day["items"]:
            clocks = re.findall(r"(\d{1,2}):(\d{2})", entry["hora"])
            first = date(2026, 5, 26) + timedelta(days=number)
            start, *end = (
                datetime(first.year, first.month, first.day, int(h), int(m), tzinfo=MADRID) for h, m in clocks
            )
            people = tuple(name.strip() for name in entry["ponente"].split(" · ") if name.strip())
            found.append((entry["titulo"], start, end[0] if end else None, people))
    return found


def test_soivre_speakers_split_at_a_middle_dot_and_a_team_kept_whole() -> None:
    expected = _soivre_expected()
    assert len(expected) == 20
    context = ReadContext(timezone=MADRID, first_date=date(2026, 5, 26))
    program = YamlSiteReader().read((DATA / SOIVRE).read_text(encoding="utf-8"), source=SOIVRE, context=context)
    got = [(item.title, item.start, item.people) for item in program.items]
    assert got == [(title, start, people) for title, start, _, people in expected]
    assert ("Bruno Fernández Scrimieri", "Inmaculada Zayas Ludeña") in {item.people for item in program.items}
    team = ("Equipo Centro Analítico de Inspección y Control de Calidad de Comercio Exterior",)
    assert [item.people for item in program.items].count(team) == 2
    ranged = next(item for item in program.items if item.start == datetime(2026, 5, 26, 15, tzinfo=MADRID))
    assert ranged.end == datetime(2026, 5, 26, 16, 30, tzinfo=MADRID)  # `15:00–16:30`
