"""Trial 26's unseen static-site YAML (session 14): RubyConf PT 2014's `day1`/`day2` beside its `fringe` days.

Expectations are read from the file with PyYAML here, not from the reader's output.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import yaml

from program.model import SourceRef
from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
LISBON = ZoneInfo("Europe/Lisbon")
FIRST = date(2014, 10, 13)  # "Monday, October 13th" in the site's agenda.html


def _at(day: date, clock: str) -> datetime:
    hours, minutes = clock.split(":")
    return datetime(day.year, day.month, day.day, int(hours), int(minutes), tzinfo=LISBON)


def _next_start(start: datetime, starts: list[datetime]) -> datetime | None:
    return min((at for at in starts if at.date() == start.date() and at > start), default=None)


def test_rubyconfpt2014_days_by_key_and_fringe_days_by_their_written_date() -> None:
    path = DATA / "rubyconfpt2014-agenda.yml"
    written = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    expected: list[tuple[str, datetime, datetime | None, tuple[str, ...], str | None]] = []
    for offset, key in enumerate(("day1", "day2")):
        day = FIRST + timedelta(days=offset)
        for slot in written[key]:
            people = (slot["speaker"],) if "speaker" in slot else ()
            end = _at(day, slot["to"]) if "to" in slot else None
            expected.append((slot.get("title") or slot["speaker"], _at(day, slot["from"]), end, people, None))
    fringe = []
    for day_level in written["fringe"]:
        day = date(2014, 10, int(re.search(r"\d+", day_level["title"])[0]))  # type: ignore[index]
        assert day.strftime("%A") == day_level["title"].split(",")[0]  # "Saturday, 11th": the weekday agrees
        for event in day_level["events"]:
            end = _at(day, event["to"]) if event.get("to") else None
            fringe.append((event["title"], _at(day, event["from"]), end, (), event["where"]["name"]))
    # the fringe's Monday and Tuesday evenings repeat the days' last entries: one item each, at the fringe's place
    for title, start, _, _, room in fringe[3:]:
        index = next(i for i, one in enumerate(expected) if one[1] == start and one[0].startswith(title))
        expected[index] = (*expected[index][:4], room)
    expected += fringe[:3]
    # entries with a start only end at their day's next start; the day's last has no end
    starts = [one[1] for one in expected]
    expected = [(one[0], one[1], one[2] or _next_start(one[1], starts), one[3], one[4]) for one in expected]
    assert len(expected) == 29
    program = YamlSiteReader().read(
        path.read_text(encoding="utf-8"),
        source=str(path),
        context=ReadContext(first_date=FIRST, timezone=LISBON),
    )
    assert [(item.title, item.start, item.end, item.people, item.location) for item in program.items] == expected
    assert not program.problems
    assert "3 entries of the dated days repeating a keyed day's read once" in program.reading
    assert "14 entries naming only their speaker titled by the speaker" in program.reading


SAO_PAULO = ZoneInfo("America/Sao_Paulo")


def test_devfestbh2017_hours_and_parallel_talks_under_speakers() -> None:
    path = DATA / "devfestbh2017-agenda.yml"
    day = date(2017, 11, 18)  # "18 de novembro" in the site's index.html
    slots = yaml.load(path.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    starts = [
        datetime.strptime(f"2017-11-18 {slot['hour']}", "%Y-%m-%d %H:%M").replace(tzinfo=SAO_PAULO) for slot in slots
    ]
    expected = []
    for slot, start in zip(slots, starts, strict=True):
        end = next((at for at in starts if at > start), None)  # start only: to the next slot's hour
        for talk in slot.get("speakers") or [slot]:
            written = talk.get("speaker", "")
            # "Alê Borba (Google)": the affiliation in brackets; the organisers and a sentence are nobody
            named = re.fullmatch(r"(.+?) \((.+)\)", written)
            person = f"{named[1]} [{named[2]}]" if named else written
            people = () if not written or written.startswith(("Não deixe", "Organizadores")) else (person,)
            expected.append((talk["title"], start, end, people))
    assert (len(slots), len(expected), day) == (14, 28, starts[0].date())
    text = path.read_text(encoding="utf-8")
    assert YamlSiteReader().detect(text)
    program = YamlSiteReader().read(text, source=str(path), context=ReadContext(first_date=day, timezone=SAO_PAULO))
    assert [(item.title, item.start, item.end, item.people) for item in program.items] == expected
    assert not program.problems
    nobody = "people written as placeholders, read as nobody: 'Não deixe de contribuir para a campanha Social Impact"
    assert any(line.startswith(nobody) for line in program.reading)


def test_rubyconfpt2014_fringe_day_whose_weekday_the_date_does_not_fit_is_an_error_at_its_line() -> None:
    path = DATA / "rubyconfpt2014-agenda.yml"
    context = ReadContext(first_date=date(2024, 6, 14), timezone=LISBON)  # a wrong --date: no Saturday the 11th
    program = YamlSiteReader().read(path.read_text(encoding="utf-8"), source=str(path), context=context)
    errors = [problem for problem in program.problems if problem.code == "unreadable-entry"]
    assert len(errors) == 1
    assert errors[0].source == SourceRef(str(path), 136)
    assert errors[0].message.startswith(
        "expected a real date, found 'Saturday, 11th' (2024-07-11 is not a Saturday): 6 entries in all"
    )
    assert len(program.items) == 26  # day1 and day2 on --date and the day after, as the keys say
