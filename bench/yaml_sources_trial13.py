"""What trial 13's static-site YAML files hold (IS-EUD 2025, JFPC 2021), via PyYAML.

As `yaml_sources.py` (which had grown to the size a module may have): each file's entries with the
file's own shape written out here, not the reader's detection.
"""

from __future__ import annotations

import re
from datetime import date

import yaml
from yaml_sources import DATA, Entry, load, minutes


def iseud2025() -> list[Entry]:
    """IS-EUD 2025: `day1`/`day2`/`day3` lists (merge keys applied, as Jekyll does), each session's `session:` after it.

    Starts count minutes from the first day's midnight (16 June 2025): each day's key is its day. A
    session's chair is its person, a keynote's `speaker` "Name [affiliation]"; the workshops a block
    lists have no time.
    """
    data = yaml.safe_load((DATA / "iseud2025-program.yml").read_text(encoding="utf-8"))
    entries: list[Entry] = []
    for number, key in enumerate(("day1", "day2", "day3")):
        for entry in data[key]:
            speaker = entry.get("speaker")
            people = (f"{speaker['name']} [{speaker['affiliation']}]",) if speaker else ()
            entries.append((entry["title"], number * 1440 + minutes(entry["from"]), people or _chair(entry)))
            for talk in entry.get("session") or []:
                at = number * 1440 + minutes(talk["from"]) if "from" in talk else None
                entries.append((talk["title"], at, _squared(talk["authors"].split(", ")) if "authors" in talk else ()))
    return entries


def _chair(entry: dict[str, str]) -> tuple[str, ...]:
    return _squared([entry["chair"]]) if entry.get("chair") else ()


def _squared(names: list[str]) -> tuple[str, ...]:
    """Names with the affiliation in brackets after them as "Name [Affiliation]", as the people index files them."""
    return tuple(re.sub(r"\s*\((.+)\)$", r" [\1]", name) for name in names)


def jfpc2021() -> list[Entry]:
    """JFPC 2021: French days ("Mardi 22 juin", counted from 22 June 2021), `14h-14h50`, talks without times.

    An entry's `author` is its person, else its chair; a talk's authors "<b>A</b>, B et C" are three. An
    invited talk's `titre` (its talk's title, shown under the session's) follows its title after ": ".
    """
    entries: list[Entry] = []
    for number, day in enumerate(load("jfpc2021-programme.yml")):
        for entry in day["sessions"]:
            hour, minute = re.match(r"(\d+)h(\d*)", entry["time"]).groups()  # type: ignore[union-attr]
            at = number * 1440 + int(hour) * 60 + int(minute or 0)
            title = f"{entry['title']}: {entry['titre']}" if "titre" in entry else entry["title"]
            entries.append((title, at, _squared([entry["author"]]) if "author" in entry else _chair(entry)))
            for talk in entry.get("talks", []):
                names = tuple(re.split(r", | et ", re.sub(r"</?b>", "", talk["authors"])))
                entries.append((talk["title"], None, names))
    return entries


DATED13 = {
    "iseud2025-program.yml": date(2025, 6, 16),
    "jfpc2021-programme.yml": date(2021, 6, 22),
}
"""Files whose days the table checks too: their starts count minutes from this first day's midnight."""
