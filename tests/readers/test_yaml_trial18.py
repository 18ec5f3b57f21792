"""Site data a tester tried unseen (trial 18, #9): SEMEF 2021's programme, with Portuguese keys (Lorena, Brazil).

`_data/programa.yml` is a list of days, each `data: 2021-09-27` holding `programacao:` entries
`horario: 09h00-10h40` and `evento: abertura` (a slug; each event's page is another file). It was
refused ("cannot tell the format") and read 24/24 only with a program file naming the list, the
title, the start and the parent's date. Expectations are written from the file with PyYAML.
"""

from __future__ import annotations

import re
from datetime import datetime
from zoneinfo import ZoneInfo

import yaml

from program.model import Program
from program.readers import ReadContext, decode_feed, detect_readers
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

SEMEF = ROOT / "tests" / "data" / "yaml_site" / "semef2021-programa.yml"
SAO_PAULO = ZoneInfo("America/Sao_Paulo")


def _read() -> Program:
    context = ReadContext(timezone=SAO_PAULO)  # no --date and no columns: each day writes its date
    return YamlSiteReader().read(decode_feed(SEMEF.read_bytes(), SEMEF.name), source=SEMEF.name, context=context)


def _expected() -> list[tuple[str, datetime, datetime]]:
    found = []
    for day in yaml.load(SEMEF.read_text(encoding="utf-8"), Loader=yaml.BaseLoader):
        for entry in day["programacao"]:
            times = re.fullmatch(r"(\d{2})h(\d{2})-(\d{2})h(\d{2})", entry["horario"])
            assert times is not None
            hours = [int(part) for part in times.groups()]
            at = datetime.fromisoformat(day["data"]).replace(tzinfo=SAO_PAULO)
            start, end = at.replace(hour=hours[0], minute=hours[1]), at.replace(hour=hours[2], minute=hours[3])
            found.append((entry["evento"], start, end))
    return found


def test_semef_2021_portuguese_keys_are_detected_and_read_without_a_program_file() -> None:
    text = decode_feed(SEMEF.read_bytes(), SEMEF.name)
    program = _read()

    assert [reader.name for reader in detect_readers(text)] == ["yaml-site"]
    assert [(item.title, item.start, item.end) for item in program.items] == _expected()
    assert len(program.items) == 24
    assert all(item.people == () and item.location is None for item in program.items)
    assert "entries at [].programacao[]; evento → title, horario → start, data → date" in " ".join(program.reading)


def test_semef_2021_the_days_date_is_its_parents_and_the_ranges_end() -> None:
    items = _read().items

    # lines 1-6: "data: 2021-09-27" / "programacao:" / "horario: 09h00-10h40" / "evento: abertura"
    assert (items[0].title, items[0].start, items[0].end) == (
        "abertura",
        datetime(2021, 9, 27, 9, 0, tzinfo=SAO_PAULO),
        datetime(2021, 9, 27, 10, 40, tzinfo=SAO_PAULO),
    )
    # lines 84-86: "horario: 16h00-17h00" / "evento: encerramento", on "data: 2021-10-01" (line 71)
    assert (items[-1].title, items[-1].start, items[-1].end) == (
        "encerramento",
        datetime(2021, 10, 1, 16, 0, tzinfo=SAO_PAULO),
        datetime(2021, 10, 1, 17, 0, tzinfo=SAO_PAULO),
    )
    # minigit at 19h00 on the first two days: two items, one a day
    assert [item.start for item in items if item.title == "minigit"] == [
        datetime(2021, 9, 27, 19, 0, tzinfo=SAO_PAULO),
        datetime(2021, 9, 28, 19, 0, tzinfo=SAO_PAULO),
    ]


def test_a_data_key_that_holds_no_date_is_no_days_date() -> None:
    text = "schedule:\n  - day: 2021-11-22\n    contents:\n      - session: Welcome\n        start-time: '10:00'\n"
    text += "        data: '[DATA]'\n"
    program = YamlSiteReader().read(text, source="schedule.yml", context=ReadContext(timezone=SAO_PAULO))

    assert [(item.title, item.start) for item in program.items] == [
        ("Welcome", datetime(2021, 11, 22, 10, 0, tzinfo=SAO_PAULO))
    ]
