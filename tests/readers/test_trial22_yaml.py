"""Trial 22's static-site YAML (unseen): MK 2017's month-first dates, DevFest Córdoba 2015's "¿?" end.

Expectations from the files with PyYAML (tests/data/yaml_site/PROVENANCE.md). MK 2017: each
day's `date` month first (`02.24.2017` is Friday 24 February, the day its `section: Piatok`
names), each slot's `start`/`end` on it (an end before the start on the next day), the
seminars of a `Semináre:` slot untimed on its day; people the `speaker` split at commas
without degrees (`Mgr.`, `doc.`, `ThDr.` before, `Phd.`, `Th.D.` after).
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import yaml

from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "yaml_site"
BRATISLAVA = ZoneInfo("Europe/Bratislava")
_DEGREES = re.compile(r"^(?:(?:Mgr|doc|ThDr)\.\s*)+|\s*,\s*(?:Phd|PhD|Th\.D)\.$")


def _people(written: str | None) -> tuple[str, ...]:
    return tuple(name.strip() for name in _DEGREES.sub("", _DEGREES.sub("", written or "")).split(",") if name.strip())


def _at(day: date, clock: str, zone: ZoneInfo = BRATISLAVA) -> datetime:
    hours, minutes = (int(part) for part in clock.split(":"))
    return datetime(day.year, day.month, day.day, hours, minutes, tzinfo=zone)


def test_mk2017_month_first_dates_read() -> None:
    days = yaml.load((DATA / "mk2017-schedule.yml").read_text(encoding="utf-8"), Loader=yaml.BaseLoader)
    timed: list[tuple[str, datetime, datetime | None]] = []
    untimed: list[tuple[str, date, tuple[str, ...]]] = []
    for day in days:
        month, day_of_month, year = (int(part) for part in day["date"].split("."))
        on = date(year, month, day_of_month)
        assert on.weekday() == {"Piatok": 4, "Sobota": 5, "Nedeľa": 6}[day["section"]]
        for slot in day["slots"]:
            start = _at(on, slot["start"])
            end = _at(on, slot["end"]) if "end" in slot else None
            end = end + timedelta(days=1) if end is not None and end <= start else end
            timed.append((slot["title"], start, end))
            untimed.extend((item["title"], on, _people(item.get("speaker"))) for item in slot.get("items", []))
    assert (len(timed), len(untimed)) == (21, 16)
    program = YamlSiteReader().read(
        (DATA / "mk2017-schedule.yml").read_text(encoding="utf-8"),
        source="mk2017-schedule.yml",
        context=ReadContext(timezone=BRATISLAVA),
    )
    assert any("dates read month first: '02.24.2017'" in line for line in program.reading)
    read_timed = [(item.title, item.start) for item in program.items if item.start is not None]
    assert sorted(read_timed) == sorted((title, start) for title, start, _ in timed)
    ends = {(item.title, item.start): item.end for item in program.items if item.start is not None}
    assert all(ends[(title, start)] == end for title, start, end in timed if end is not None)
    # the two start-only "Druhá večera" end when their day's next slot starts (22:00, 22:15)
    assert sorted(str(end) for (title, _), end in ends.items() if title == "Druhá večera") == [
        str(datetime(2017, 2, 24, 22, 0, tzinfo=BRATISLAVA)),
        str(datetime(2017, 2, 25, 22, 15, tzinfo=BRATISLAVA)),
    ]
    read_untimed = sorted((item.title, item.day, item.people) for item in program.items if item.start is None)
    assert read_untimed == sorted(untimed)
    masarik = next(item for item in program.items if item.title.startswith("Peniaze"))
    assert masarik.people == ("Miloš Masarik",)
    hanes = next(item for item in program.items if item.title.startswith("Reformácia"))
    assert hanes.people == ("Pavel Hanes",)


MADRID = ZoneInfo("Europe/Madrid")
_SLOT = re.compile(r'startTime: "([^"]+)".*?endTime: "([^"]+)".*?sessionIds: \[([^\]]*)\]', re.DOTALL)


def test_devfest_cordoba_open_end_kept_as_a_start() -> None:
    schedule = (DATA / "devfestcordoba2015-schedule.yml").read_text(encoding="utf-8")
    sessions = {
        one["id"]: one
        for one in yaml.load((DATA / "devfestcordoba2015-sessions.yml").read_text(encoding="utf-8"), yaml.BaseLoader)
    }
    speakers = {
        one["id"]: " ".join(f"{one['name']} {one['surname']}".split())
        for one in yaml.load((DATA / "devfestcordoba2015-speakers.yml").read_text(encoding="utf-8"), yaml.BaseLoader)
    }
    tracks = re.findall(r'\{title: "([^"]+)"', schedule)
    day = date(2015, 11, 6)  # `date: "06-11-2015"`; the site's _config.yml: "6 de Noviembre, 2015"
    expected = []
    for start, end, ids in _SLOT.findall(schedule):
        for position, session_id in enumerate(one.strip() for one in ids.split(",") if one.strip()):
            session = sessions[session_id]
            people = tuple(speakers[one] for one in session.get("speakers", []))
            ended = _at(day, end, MADRID) if end[0].isdigit() else None  # "¿?": no end
            room = session.get("place") or tracks[position]  # the theme shows a slot's n-th session at track n
            expected.append((session["title"].strip(), _at(day, start, MADRID), ended, people, room))
    assert len(expected) == 19
    program = YamlSiteReader().read(
        schedule,
        source=str(DATA / "devfestcordoba2015-schedule.yml"),
        context=ReadContext(
            timezone=MADRID,
            companions=tuple(str(DATA / f"devfestcordoba2015-{name}.yml") for name in ("sessions", "speakers")),
        ),
    )
    got = [(item.title, item.start, item.end, item.people, item.location) for item in program.items]
    assert sorted(got, key=str) == sorted(expected, key=str)
    assert not [problem for problem in program.problems if problem.severity.value == "error"]
    (open_end,) = [problem for problem in program.problems if "'¿?'" in problem.message]
    assert (open_end.code, open_end.source.line if open_end.source else None) == ("uncertain-entry", 84)
