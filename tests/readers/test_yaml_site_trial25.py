"""Trial 25's static-site YAML (unseen): Asian CHI 2020's accepted papers, each at its own time.

Expectations from the file with PyYAML (tests/data/yaml_site/PROVENANCE.md): each paper of each
session at its `time` on 25 April 2020 in Tokyo; `authors` split at `;`, `,` and `and`, a group's
bracket the affiliation of the name it follows. Before, the build stopped with a traceback
(fixed on main at d3c4eff), and three authors kept their bracket in their name: a nested one
(`Shoya Ishimaru (German Research Center for Artificial Intelligence (DFKI))`) and two names not
capitalised as a name is (`mohamed adnan Shah (…)`, `I Scott MacKenzie (York University)`).
"""

from __future__ import annotations

import re
from datetime import date, datetime, time
from zoneinfo import ZoneInfo

import yaml

from program.people.affiliations import split_affiliation
from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
TOKYO = ZoneInfo("Asia/Tokyo")
DAY = date(2020, 4, 25)


def _nested_out(text: str) -> str:
    while (bare := re.sub(r"\s*\([^()]*\)", "", text)) != text:
        text = bare
    return text


def test_asianchi2020_papers_at_their_times_with_authors_without_affiliations() -> None:
    text = (DATA / "asianchi2020-accepted.yml").read_text(encoding="utf-8")
    expected = []
    for session in yaml.safe_load(text):
        for paper in session["papers"]:
            start, end = (time.fromisoformat(clock.strip()) for clock in str(paper["time"]).split("-"))
            people = tuple(
                name.strip()
                for group in _nested_out(paper["authors"]).split(";")
                for name in re.split(r",\s*and\s+|\s+and\s+|,\s*", group)
                if name.strip()
            )
            expected.append(
                (
                    " ".join(paper["title"].split()),
                    datetime.combine(DAY, start, TOKYO),
                    datetime.combine(DAY, end, TOKYO),
                    people,
                )
            )
    assert len(expected) == 36
    program = YamlSiteReader().read(
        text, source="asianchi2020-accepted.yml", context=ReadContext(first_date=DAY, timezone=TOKYO)
    )
    read = [
        (item.title, item.start, item.end, tuple(split_affiliation(name)[0] for name in item.people))
        for item in program.items
    ]
    assert read == expected
    by_title = {item.title: item for item in program.items}
    gaze = by_title["Gaze-Based Self-Confidence Estimation on Multiple-Choice Questions and Its Feedback"]
    assert split_affiliation(gaze.people[0]) == (
        "Shoya Ishimaru",
        "German Research Center for Artificial Intelligence (DFKI)",
    )
    website = by_title[
        "Localization and Globalization of Website Design: A pilot study focusing on comparison of government websites"
    ]
    assert website.people[0] == "mohamed adnan Shah [Universiti Teknologi Malaysia]"
