"""Trial 24's unseen static-site YAML (session 13): ClinicalNLP 2022's sessions and the papers they list by id.

Expectations are read from the files with PyYAML here, not from the reader's output.
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import yaml

from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
SEATTLE = ZoneInfo("America/Los_Angeles")


def _at(written: str) -> datetime:
    return datetime.strptime(written, "%Y-%m-%d %H:%M:%S").replace(tzinfo=SEATTLE)


def test_clinicalnlp2022_papers_listed_by_id_with_their_own_times_are_joined() -> None:
    program_path, papers_path = DATA / "clinicalnlp2022-program.yml", DATA / "clinicalnlp2022-papers.yml"
    papers = {one["id"]: one for one in yaml.load(papers_path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)}
    sessions: list[tuple[str, datetime]] = []
    talks: list[tuple[str, datetime, datetime, tuple[str, ...], str]] = []
    for session in yaml.load(program_path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader):
        sessions.append((session["title"], _at(session["start_time"])))
        talks.extend(
            (talk["title"], _at(talk["start_time"]), _at(talk["end_time"]), (), session["title"])
            for talk in session.get("subsessions") or []
        )
        for listed in session.get("papers") or []:
            paper = papers[listed["id"]]
            authors = tuple(one["name"] for one in paper["authors"])  # beside first_name/last_name: not twice
            title = " ".join(paper["title"].split())
            talks.append((title, _at(listed["start_time"]), _at(listed["end_time"]), authors, session["title"]))
    assert (len(sessions), len(talks)) == (9, 18)
    program = YamlSiteReader().read(
        program_path.read_text(encoding="utf-8"),
        source=str(program_path),
        context=ReadContext(timezone=SEATTLE, columns=(("sessions_file", papers_path.name),)),
    )
    titles = {item.id: item.title for item in program.items}
    assert [(item.title, item.start) for item in program.items if not item.sessions] == sessions
    held = [item for item in program.items if item.sessions]
    read = [(item.title, item.start, item.end, item.people, titles[item.sessions[0]]) for item in held]
    # the one subsession written to end before it starts (15:50 → 15:35) keeps its start, ended at the next start
    liu = next(index for index, talk in enumerate(talks) if talk[0] == "Keynote: Hongfang Liu")
    assert read[liu][2] == _at("2022-07-14 16:50:00")
    assert read[:liu] + read[liu + 1 :] == talks[:liu] + talks[liu + 1 :]
    note = "18 talks in sessions' subsessions, papers read as items (18 at their own times)"
    assert any(note in line for line in program.reading)


def test_wollic2025_a_list_of_papers_with_authors_as_mappings_is_read_as_papers() -> None:
    path = DATA / "wollic2025-accepted.yml"
    written = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["papers"]
    expected = [(paper["title"], tuple(one["name"] for one in paper["authors"])) for paper in written]
    assert len(expected) == 21
    program = YamlSiteReader().read(path.read_text(encoding="utf-8"), source=str(path), context=ReadContext())
    assert [(paper.title, paper.authors) for paper in program.papers] == expected
    assert not program.items
    assert not program.problems
    assert any("21 papers, 39 authors; papers at papers[]" in line for line in program.reading)
