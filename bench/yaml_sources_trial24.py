"""What trial 24's static-site YAML files hold (ClinicalNLP 2022), listed with PyYAML directly.

As `yaml_sources.py`: the files' entries with BaseLoader and their own shape written out here, not
the reader's detection.
"""

from __future__ import annotations

from datetime import date

from yaml_sources import Entry, load, minutes, text

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
