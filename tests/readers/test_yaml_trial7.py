"""Static-site data a tester tried unseen (trial 7): Agile Pays Basque 2025 and AI4QC's papers.

Agile Pays Basque's Hugo data keeps three `tracks` (its rooms) of `sessions`, each with a
`time` range, some written the French way (`12h15 - 14h00`, `15h - 15h45`), and a `title` or
a `talk_id` that its Conference Hall export (`talks2025.json`, `proposals[]` by `id`) names.
It was refused ("found 3 speakers by id and no times"). AI4QC's papers open each entry with
`authors:`, and were not detected. Expectations written by hand from the files.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.feed_reading import read_feed
from program.loading import load_program
from program.model import Program
from program.readers import ReadContext
from program.settings import FeedSpec, Settings

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
SCHEDULE, TALKS = DATA / "agilepaysbasque2025-schedule.yaml", DATA / "agilepaysbasque2025-talks.json"
PARIS = ZoneInfo("Europe/Paris")


@pytest.fixture(scope="module")
def basque() -> Program:
    settings = Settings(feeds=(FeedSpec(SCHEDULE), FeedSpec(TALKS)), timezone=PARIS, first_date=date(2025, 9, 12))
    return load_program(settings).program


def _at(hour: int, minute: int) -> datetime:
    return datetime(2025, 9, 12, hour, minute, tzinfo=PARIS)


def test_every_session_of_every_track_is_read_in_its_room(basque: Program) -> None:
    assert len(basque.items) == 28  # Amphi 11, Salle 1 10, Salle 2 7
    rooms = [item.location for item in basque.items]
    assert (rooms.count("Amphi"), rooms.count("Salle 1"), rooms.count("Salle 2")) == (11, 10, 7)


def test_a_talk_id_is_the_talk_of_the_conference_hall_export(basque: Program) -> None:
    talk = next(item for item in basque.items if item.start == _at(14, 0) and item.location == "Amphi")
    # talk_id "cma7b37hk00gupo3mgydhybui" in the export
    assert talk.title.startswith("Des irritants à l’action collective")
    # her `company: essensei` is her affiliation (as a speaker mapping's beside its name is: IS-EUD 2025's keynotes)
    assert (talk.people, talk.end) == (("Anne Gabrillagues [essensei]",), _at(14, 45))
    assert talk.abstract is not None and talk.abstract.startswith("Comment passer d’une culture")
    two = next(item for item in basque.items if item.start == _at(16, 15) and item.location == "Amphi")
    assert two.people == ("Montaine Marteau", "Rachel Dubois [bttrways]")  # her company; none written for the first


def test_french_clock_times_are_read(basque: Program) -> None:
    lunches = [item for item in basque.items if item.title == "Repas"]
    assert {(item.start, item.end) for item in lunches} == {(_at(12, 15), _at(14, 0))}  # "12h15 - 14h00"
    salle_1 = next(item for item in basque.items if item.location == "Salle 1" and item.start == _at(15, 0))
    assert salle_1.end == _at(15, 45)  # "15h - 15h45"


def test_the_export_is_joined_not_read_as_a_feed_and_check_says_so() -> None:
    settings = Settings(feeds=(FeedSpec(SCHEDULE), FeedSpec(TALKS)), timezone=PARIS, first_date=date(2025, 9, 12))
    loaded = load_program(settings)
    reading = [line for feed in loaded.feeds for line in feed.program.reading]
    assert any("by key: 18 talks; slots naming one: 18" in line for line in reading)
    assert not any("lacks" in line for line in reading)


def test_a_paper_list_opening_each_entry_with_its_authors_is_detected() -> None:
    path = DATA / "ai4qc-accepted_papers.yml"
    assert read_feed(FeedSpec(path), ReadContext()).reader == "yaml-site"  # no --format needed
    papers = load_program(Settings(feeds=(FeedSpec(path),))).program.papers
    assert len(papers) == 299
    first = next(paper for paper in papers if paper.title == "A Survey on Deep Learning for Theorem Proving")
    assert first.authors[:2] == ("Zhaoyu Li", "Jialiang Sun") and len(first.authors) == 8
