"""`program plan` from an accepted-paper list: a real Mini-Conf papers.csv planned on a small day."""

from __future__ import annotations

import csv
import json
from pathlib import Path

from program.cli.main import main
from program.model.text import match_key

POOL = Path(__file__).resolve().parent.parent / "data" / "miniconf" / "ozchi2022-papers.csv"
TEMPLATE = """\
title = "OzCHI 2022 papers"
date = 2022-11-29
timezone = "Australia/Canberra"

[[items]]
kind = "opening"
title = "Opening"
start = "09:00"
end = "09:15"
room = "Hall"

[[spotlights]]
name = "Spotlights"
start = "09:20"
talks = 4
length = "10m"
gap = "5m"
room = "Hall"

[[posters]]
title = "Poster Session A"
start = "10:30"
end = "11:30"
boards = 25
room = "Foyer"

[[posters]]
title = "Poster Session B"
start = "13:00"
end = "14:00"
boards = 25
room = "Foyer"

[plan]
buffer = "5m"
topics = "words"
"""


def test_a_real_miniconf_paper_list_is_planned_with_every_paper_on_a_board(tmp_path: Path) -> None:
    template = tmp_path / "plan.toml"
    template.write_text(TEMPLATE, encoding="utf-8")
    with POOL.open(encoding="utf-8", newline="") as stream:
        titles = sorted(match_key(row["title"]) for row in csv.DictReader(stream))

    status = main(["plan", str(POOL), "--template", str(template), "--out", str(tmp_path / "out"), "--no-pdf"])

    program = json.loads((tmp_path / "out" / "program.json").read_text(encoding="utf-8"))
    posters = [item for item in program["items"] if item["kind"] == "poster"]
    assert status == 0
    assert sorted(match_key(paper["title"]) for paper in program["papers"]) == titles
    assert sorted(match_key(poster["title"]) for poster in posters) == titles
    assert len([item for item in program["items"] if item["kind"] == "spotlight"]) == 4
    assert all(len(poster["sessions"]) == 1 and poster["board"] for poster in posters)
