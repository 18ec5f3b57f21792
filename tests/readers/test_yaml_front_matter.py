"""Trial 24's Ethics by Design 2020 (unseen): a Gatsby page whose front matter is the whole programme.

Expectations are read from the file's front matter with PyYAML here, as the site's template
`src/components/jour-programme.js` (same repository and commit) draws it: each day's opening
(`ouvertureHeure`/`ouvertureTitle`) and closing, and each slot with a `type`, titled by its
`categorie` (the box under the type), else by its type; a slot with no type is an empty box.
"""

from __future__ import annotations

from datetime import date, datetime, time, timedelta
from zoneinfo import ZoneInfo

import pytest
import yaml

from program.errors import UsageError
from program.readers import ReadContext, detect_readers
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

PATH = ROOT / "tests" / "data" / "yaml_site" / "ethicsbydesign2020-programme.md"
PARIS = ZoneInfo("Europe/Paris")
FIRST = date(2020, 9, 28)  # `Lundi 28 septembre`; the year from the site's data/homepage/2020.md

Expected = tuple[str, datetime, datetime, str | None]


def _span(day: date, written: str) -> tuple[datetime, datetime]:
    start, end = (time.fromisoformat(part.strip()) for part in written.split("-"))
    return datetime.combine(day, start, PARIS), datetime.combine(day, end, PARIS)


def _expected() -> list[Expected]:
    """Title, start, end and room of every entry the template draws, day by day as written."""
    front = yaml.load(PATH.read_text(encoding="utf-8").split("\n---\n", 1)[0], Loader=yaml.BaseLoader)
    entries: list[Expected] = []
    for number, day in enumerate(front["programmes"]):
        on = FIRST + timedelta(days=number)
        entries.append((day["ouvertureTitle"], *_span(on, day["ouvertureHeure"]), None))
        entries.extend(
            (slot.get("categorie") or slot["type"], *_span(on, slot["heure"]), slot.get("salle"))
            for slot in day["horaire"]
            if slot.get("type")
        )
        entries.append((day["fermetureTitle"], *_span(on, day["fermetureHeure"]), None))
    return entries


def _read() -> list[tuple[str, datetime | None, datetime | None, str | None]]:
    program = YamlSiteReader().read(
        PATH.read_text(encoding="utf-8"), source=PATH.name, context=ReadContext(timezone=PARIS, first_date=FIRST)
    )
    return [(item.title, item.start, item.end, item.location) for item in program.items]


def test_ethicsbydesign2020_front_matter_is_detected_as_site_yaml() -> None:
    text = PATH.read_text(encoding="utf-8")
    assert [reader.name for reader in detect_readers(text)] == ["yaml-site"]


def test_ethicsbydesign2020_every_slot_opening_and_closing_at_its_time() -> None:
    expected = _expected()
    assert len(expected) == 38  # 28 typed slots (5 empty boxes left out), 5 openings, 5 closings
    assert sorted(_read(), key=repr) == sorted(expected, key=repr)


def test_ethicsbydesign2020_people_lines_and_what_is_said() -> None:
    program = YamlSiteReader().read(
        PATH.read_text(encoding="utf-8"), source=PATH.name, context=ReadContext(timezone=PARIS, first_date=FIRST)
    )
    by_line = {item.source.line: item for item in program.items}
    assert by_line[7].title == "Accueil participants"  # the day's `ouvertureHeure`, at its own line
    assert by_line[9].title == "Conclusion"
    assert by_line[26].people == ("Elina Tossi",)
    assert by_line[19].title == "Ouverture" and by_line[19].people == ()  # `name: Équipe`, `role: d'organisation`
    assert by_line[68].people == ()  # `name: À venir`
    assert by_line[242].people == ("Yaël Benayoun", "Irénée Régnauld")
    assert by_line[94].title == "À venir" and by_line[94].location is None  # a fish bowl not yet titled, no salle
    assert any("5 slots with a time and a room only left out" in line for line in program.reading)
    assert not [problem for problem in program.problems if problem.code == "unreadable-entry"]


def test_ethicsbydesign2020_days_without_a_year_ask_for_the_first_date() -> None:
    with pytest.raises(UsageError, match=r"'Lundi 28 septembre'.*--date YYYY-MM-DD"):
        YamlSiteReader().read(PATH.read_text(encoding="utf-8"), source=PATH.name, context=ReadContext())


def test_a_posts_front_matter_with_its_own_date_and_time_is_no_schedule() -> None:
    post = "---\ntitle: Our programme is out\ndate: 2020-05-01 10:00:00\nlayout: post\n---\n\nSee you in May!\n"
    assert "yaml-site" not in [reader.name for reader in detect_readers(post)]
