"""Trial 30's unseen static-site YAML (session 14): WEPGCOMP 2024's programme, keyed by day, room and time.

Its Jekyll page `2024/index.md` is all front matter: `program.days[]` (`name: Dia 1`, `date: 12 / 11 / 2024`,
`slots` the grid's rows, clock times and session labels `S1/2`), `breaks: {'Dia 1, 10:40': {title}}` and
`talks: {'Dia 1, Sala A, 9:40': {presenter, advisor, title, …}}`. Expectations are read from the file with
PyYAML here, not from the reader's output.
"""

from __future__ import annotations

import re
from datetime import datetime
from typing import Any
from zoneinfo import ZoneInfo

import pytest
import yaml

from program.errors import UsageError
from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data" / "yaml_site"
BAHIA = ZoneInfo("America/Bahia")  # Salvador: the page's `Campus de Ondina da UFBA`
WEPGCOMP = "wepgcomp2024-index.md"


def _program() -> Any:
    page = (DATA / WEPGCOMP).read_text(encoding="utf-8")
    return yaml.load(page.split("\n---\n", 1)[0].removeprefix("---\n"), Loader=yaml.BaseLoader)["program"]


def _expected() -> set[tuple[object, ...]]:
    """Each titled break and talk: title, start, end (the day's next time row; the last has none), room, people."""
    program = _program()
    days = {}
    for day in program["days"]:
        numbers = [int(part) for part in day["date"].split("/")]
        times = [one for one in day["slots"] if re.fullmatch(r"\d{1,2}:\d{2}", one)]
        days[day["name"]] = ((numbers[2], numbers[1], numbers[0]), times)

    def at(day: tuple[int, int, int], clock: str) -> datetime:
        hours, minutes = clock.split(":")
        return datetime(*day, int(hours), int(minutes), tzinfo=BAHIA)

    found: set[tuple[object, ...]] = set()
    for group in ("breaks", "talks"):
        for key, value in program[group].items():
            name, *room, time = (part.strip() for part in key.split(","))
            if not value.get("title", "").strip():
                continue
            day, times = days[name]
            following = times.index(time) + 1
            end = at(day, times[following]) if following < len(times) else None
            people = (value["presenter"],) if group == "talks" else ()
            title = " ".join(value["title"].split())
            found.add((title, at(day, time), end, room[0] if room else None, people))
    return found


def test_wepgcomp2024_front_matter_keyed_by_day_room_and_time_is_read_as_its_grid() -> None:
    reader, program = read_detected("yaml_site", WEPGCOMP, ReadContext(timezone=BAHIA))

    assert reader == "yaml-site"
    expected = _expected()
    assert len(expected) == 55  # 7 breaks and plenaries, 48 titled talks (the later of the two keyed alike)
    read = {(item.title, item.start, item.end, item.location, item.people) for item in program.items}
    assert read == expected and len(program.items) == 55
    assert "key 'Dia 3, Sala B, 10:00' written again at line 205: the later value read, as Jekyll reads it" in (
        program.reading
    )
    assert any("4 talks without a title left out" in line for line in program.reading)


def test_wepgcomp2024_without_a_zone_asks_for_one() -> None:
    text = (DATA / WEPGCOMP).read_text(encoding="utf-8")
    with pytest.raises(UsageError, match="--timezone"):
        YamlSiteReader().read(text, source=WEPGCOMP, context=ReadContext())
