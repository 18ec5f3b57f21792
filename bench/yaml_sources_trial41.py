"""What trial 41's Hugo page read by yaml-site holds (Horizons della filologia digitale 2024), with PyYAML.

As `yaml_sources.py`: the entries taken from the front matter with BaseLoader and the page's own shape written out
here (themefisher's Eventre theme: `tab.tablist[]` days of `tablist_items[]` rows), not the reader's detection.
"""

from __future__ import annotations

import re
from datetime import date

import yaml
from yaml_sources import DATA, Entry, minutes, text

DATED41 = {"horizonsphilologie2024-schedule.it.md": date(2024, 4, 16)}
"""The first of the three study days (`date: "16 aprile 2024"`)."""
_MARKDOWN = re.compile(r"\[([^\[\]]+)\]\([^()\s]+\)|\*([^*\s][^*]*?)\*")
"""What the theme's `{{ .subject | markdownify }}` renders as plain text: a link's text, an emphasis's words."""


_OUTSIDE_BRACKETS = re.compile(r"\s*[,&]\s*(?![^()]*\))")


def _person(written: str) -> str:
    found = re.fullmatch(r"\s*(?P<name>[^()]+?)\s*\((?P<affiliation>[^()]+)\)\s*", written)
    return f"{found['name']} [{found['affiliation'].strip()}]" if found else written.strip()


def horizons2024(name: str = "horizonsphilologie2024-schedule.it.md") -> list[Entry]:
    """Horizons della filologia digitale 2024: each day's rows that have a `time` (its first clock), in order.

    A row's title is its `subject` (Markdown rendered, `7<sup>e</sup>` one word), else its `pause` (a break). The
    rows without a time are no item: a session's label (`pause: "[SESSIONE I] …"`) or its chair (`presi`). The
    people are the `speaker` split at commas and `&` outside brackets, an affiliation in brackets after a name kept
    beside it as the bench writes one (`Name [Affiliation]`).
    """
    front = (DATA / name).read_text(encoding="utf-8").split("\n---", 1)[0].removeprefix("---\n")
    found: list[Entry] = []
    for number, day in enumerate(yaml.load(front, Loader=yaml.BaseLoader)["tab"]["tablist"]):
        for row in day["tablist_items"]:
            if not row.get("time", "").strip():
                continue
            written = row.get("subject", "").strip() or row["pause"]
            title = text(re.sub(r"</?sup>", "", _MARKDOWN.sub(lambda found: found[1] or found[2], written)))
            people = tuple(_person(name) for name in _OUTSIDE_BRACKETS.split(row.get("speaker", "")) if name.strip())
            clock = row["time"].replace("h", ":")  # "10h30 - 11h00" beside "09.30 - 09.45"
            found.append((title, number * 1440 + minutes(clock), people))
    return found
