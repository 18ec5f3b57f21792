"""What trial 24's static-site YAML files hold (ClinicalNLP 2022), listed with PyYAML directly.

As `yaml_sources.py`: the files' entries with BaseLoader and their own shape written out here, not
the reader's detection.
"""

from __future__ import annotations

import re
from datetime import date

import yaml
from yaml_sources import DATA, Entry, load, minutes, text

DATED24 = {"clinicalnlp2022-program.yml": date(2022, 7, 14)}
"""ClinicalNLP 2022's one day, its `start_time`s' date."""


def clinicalnlp2022() -> list[Entry]:
    """ClinicalNLP 2022: sessions, then their `subsessions` or `papers` (ids of papers.yml), each at its own time.

    A paper's people are its `authors[].name`; sessions and subsessions name none.
    """
    papers = {one["id"]: one for one in load("clinicalnlp2022-papers.yml")}
    entries: list[Entry] = []
    for session in load("clinicalnlp2022-program.yml"):
        entries.append((session["title"], minutes(session["start_time"]), ()))
        for talk in session.get("subsessions") or []:
            entries.append((talk["title"], minutes(talk["start_time"]), ()))
        for listed in session.get("papers") or []:
            paper = papers[listed["id"]]
            people = tuple(one["name"] for one in paper["authors"])
            entries.append((text(paper["title"]), minutes(listed["start_time"]), people))
    return entries


DATED24["ethicsbydesign2020-programme.md"] = date(2020, 9, 28)
"""Ethics by Design 2020's first day, `Lundi 28 septembre` (the year from data/homepage/2020.md)."""

ORGANISATIONS = frozenset(
    {
        "Institut du design de Saint-Malo",
        "Master Anthropocène",
        "DSAA de La Souterraine",
        "Agence les Sismo",
        "Agence Hiveworks",
        "Collectif Bam",
        "Agence Fairness",
        "OuiShare",
    }
)
"""The schools, agencies and collectives its `speaker.name`s write, read off the file: no people."""
NOBODY = frozenset({"Équipe", "À venir"})
"""The organising team (`name: Équipe`, `role: d'organisation`) and the placeholder "to come"."""


def ethicsbydesign2020() -> list[Entry]:
    """Ethics by Design 2020: the front matter's days, each its opening, its typed slots, its closing, as written.

    As the site's `jour-programme.js` draws them: a slot's title is its `categorie` (else its `type`),
    a slot with no `type` an empty box; its people the `speaker.name` split at commas, an affiliation
    in brackets left out; the day's `ouvertureHeure/Title` and `fermetureHeure/Title` two entries more.
    """
    text = (DATA / "ethicsbydesign2020-programme.md").read_text(encoding="utf-8")
    front = yaml.load(text.split("\n---\n", 1)[0], Loader=yaml.BaseLoader)
    entries: list[Entry] = []
    for number, day in enumerate(front["programmes"]):
        listed: list[Entry] = [(day["ouvertureTitle"], minutes(day["ouvertureHeure"]), ())]
        for slot in day["horaire"]:
            if not slot.get("type"):
                continue
            named = (slot.get("speaker") or {}).get("name", "")
            people = [re.sub(r"\s*\([^()]*\)", "", name).strip() for name in named.split(",")]
            kept = tuple(name for name in people if name and name not in ORGANISATIONS | NOBODY)
            listed.append((slot.get("categorie") or slot["type"], minutes(slot["heure"]), kept))
        listed.append((day["fermetureTitle"], minutes(day["fermetureHeure"]), ()))
        entries.extend((title, number * 1440 + (at or 0), people) for title, at, people in listed)
    return entries
