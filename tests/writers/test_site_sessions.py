"""index.html without a browser: a session's talks inside it (HAOC 2021, CHAI 2022), an untimed meeting's date.

The untimed meetings are Canton Linux's (tests/data/yaml_site); the expectations are read from the sources.
"""

from __future__ import annotations

import json
import re
from collections import Counter
from datetime import date
from zoneinfo import ZoneInfo

import lxml.html

from program.loading import load_program
from program.settings import FeedSpec, Settings
from program.writers import RenderOptions
from program.writers.site import SiteWriter

from helpers import ROOT

DATA = ROOT / "tests" / "data"


def _page(settings: Settings) -> tuple[str, dict[str, str]]:
    program = load_program(settings).program
    return SiteWriter().write(program, RenderOptions()), {item.id: item.title for item in program.items}


def test_site_talks_follow_their_session_in_page_and_data_order() -> None:
    page, titles = _page(Settings(feeds=(FeedSpec(DATA / "pages" / "haoc-2021.md"),)))

    ids = re.findall(r'data-item-id="([^"]+)"', page)
    data = json.loads(re.search(r'<script type="application/json" id="_data">(.*?)</script>', page, re.S)[1])  # type: ignore[index]
    shown_at = {titles[ids[n]]: [titles[ids[at]] for at in row[6]] for n, row in enumerate(data["items"]) if row[6]}

    assert Counter(ids) == Counter(list(titles))
    assert len(data["items"]) == len(ids)
    # A starred talk goes into the calendar as its session, as a poster does.
    assert shown_at["Frisbee: A Suite for Benchmarking Systems Recovery"] == ["Paper Presentation Session I"]
    assert "posters</a>" not in page  # a session of talks is no poster session


def test_site_papers_under_a_session_row_are_inside_the_session() -> None:
    settings = Settings(
        feeds=(FeedSpec(DATA / "pages" / "chai-2022.md"),),
        first_date=date(2022, 10, 16),
        timezone=ZoneInfo("Asia/Seoul"),
    )
    page, _titles = _page(settings)

    tree = lxml.html.fromstring(page)
    sessions = tree.xpath("//section[@class='day']//article[ol[@class='talks']]")
    talks = [[h.text_content().strip() for h in session.xpath("./ol/li/article/h4")] for session in sessions]

    assert tree.xpath("//*[@id='_others']") == []
    assert [session.xpath("string(./h3)").strip() for session in sessions] == [
        "Session 1: Mental Models",
        "Session 1: Mental Models (Continued)",
        "Session 2: Machine Learning and Natural Language Processing",
        "Session 2: Machine Learning and Natural Language Processing (Continued)",
    ]
    assert [len(held) for held in talks] == [2, 2, 3, 1]
    assert talks[0] == [
        "Beware the Rationalization Trap! When Language Model Explainability Diverges from our Mental Models"
        " of Language",
        "Mutual Theory of Mind for Human-AI Communication",
    ]


def test_site_untimed_meeting_shows_its_date() -> None:
    page, _titles = _page(Settings(feeds=(FeedSpec(DATA / "yaml_site" / "cantonlinux-schedule.yml"),)))

    tree = lxml.html.fromstring(page)
    first = tree.xpath("//section[@id='_others']//article")[0]

    assert first.xpath("string(./p[@class='m'])") == "Thu 26 Jan · Other"
    assert first.xpath("string(./h3)") == "2023 Kick Off Meeting"
