"""Static-site YAML a tester tried unseen (trial 4): PGBH 2025's program.

Its days are named "Day 1 - January 22" … "Day 3 - January 24" (no date key, no year) and
each talk's speaker is its `title`, the talk its `subtitle`. Expectations written by hand from
tests/data/yaml_site/pgbh2025-program.yml (PROVENANCE.md); counts by PyYAML.
"""

from __future__ import annotations

from collections import Counter
from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest
import yaml

from program.errors import UsageError
from program.model import Program
from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

PGBH = ROOT / "tests" / "data" / "yaml_site" / "pgbh2025-program.yml"
ROME = ZoneInfo("Europe/Rome")


def _read(first_date: date | None) -> Program:
    context = ReadContext(first_date=first_date, timezone=ROME)
    return YamlSiteReader().read(PGBH.read_text(encoding="utf-8"), source=PGBH.name, context=context)


def test_each_day_is_the_date_its_name_carries() -> None:
    program = _read(date(2025, 1, 22))
    days = yaml.safe_load(PGBH.read_text(encoding="utf-8"))["days"]
    assert len(program.items) == sum(len(day["events"]) for day in days) == 14
    per_day = Counter(item.start.date() for item in program.items if item.start is not None)
    assert per_day == {date(2025, 1, 22): 3, date(2025, 1, 23): 7, date(2025, 1, 24): 4}
    assert not [problem for problem in program.problems if problem.code == "overlap"]


@pytest.mark.parametrize(
    ("title", "person", "start", "end"),
    [
        (
            "From evolution models to evolutionary signatures of human cancers",
            "Alex Graudenzi",
            datetime(2025, 1, 22, 14, tzinfo=ROME),
            datetime(2025, 1, 22, 15, tzinfo=ROME),
        ),
        (
            "The Microbiome-in-a-Bottle Project: From Metagenomes to Pangenomes",
            "Lauren Mak",
            datetime(2025, 1, 23, 15, tzinfo=ROME),
            datetime(2025, 1, 23, 16, tzinfo=ROME),
        ),
        (
            "Modelling and combinatorial approaches for Pangenomics",
            "Simone Ciccolella",
            datetime(2025, 1, 24, 12, tzinfo=ROME),
            datetime(2025, 1, 24, 13, tzinfo=ROME),
        ),
    ],
)
def test_the_title_is_the_speaker_and_the_subtitle_the_talk(
    title: str, person: str, start: datetime, end: datetime
) -> None:
    by_title = {item.title: item for item in _read(date(2025, 1, 22)).items}
    item = by_title[title]
    assert (item.people, item.start, item.end) == ((person,), start, end)


def test_a_title_without_subtitle_stays_the_title_with_no_people() -> None:
    lunch = next(item for item in _read(date(2025, 1, 22)).items if item.title == "Lunch break")
    assert (lunch.people, lunch.start) == ((), datetime(2025, 1, 23, 12, tzinfo=ROME))


def test_the_year_comes_from_the_first_date() -> None:
    with pytest.raises(UsageError, match="'Day 1 - January 22' without a year"):
        _read(None)
