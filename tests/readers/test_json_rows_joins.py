"""A site's list of sessions joined with the speakers and rooms files it names by id.

Expectations written by hand from tests/data/json_rows (PROVENANCE.md):
- CocoaHeads Conference 2016: talks.json names `"speaker": 15, "room": 1`; speakers.json has
  id 15 "John Calistro" (his `title` is his job, "Lead Developer" for others), rooms.json id 1
  "Auditório"; breaks say `"speaker": 0`, an id speakers.json does not have.
- DevRelCon Tokyo 2023: `"first_speaker": "hideki"` with speakers.json's `name_en` "" and
  `name_ja` "小島 英揮"; one session has `"second_speaker": "tmassh"` (Toshiaki Masumori).
"""

from __future__ import annotations

import shutil
from datetime import datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from program.loading import load_program
from program.model import Item
from program.settings import FeedSpec, Settings

from helpers import ROOT

DATA = ROOT / "tests" / "data" / "json_rows"
SAO_PAULO = ZoneInfo("America/Sao_Paulo")
TOKYO = ZoneInfo("Asia/Tokyo")
COCOA = [DATA / f"cocoaheads2016-{name}.json" for name in ("talks", "speakers", "rooms")]
DEVREL = [DATA / f"devreltokyo2023-{name}.json" for name in ("sessions", "speakers")]


def _loaded(paths: list[Path], zone: ZoneInfo) -> tuple[dict[str, Item], list[tuple[str, str | None]], list[str]]:
    """The items by title (the first of a title given twice), the feeds and who joined them, the reading lines."""
    loaded = load_program(Settings(feeds=tuple(FeedSpec(path) for path in paths), timezone=zone))
    feeds = [(Path(feed.source).name, feed.joined_by and Path(feed.joined_by).name) for feed in loaded.feeds]
    reading = [line for feed in loaded.feeds for line in feed.program.reading]
    reading.append(f"{len(loaded.program.items)} items in all")
    items: dict[str, Item] = {}
    for item in loaded.program.items:
        items.setdefault(item.title, item)
    return items, feeds, reading


def test_cocoaheads_speakers_and_rooms_by_id_become_names() -> None:
    items, feeds, reading = _loaded(COCOA, SAO_PAULO)

    assert feeds == [
        ("cocoaheads2016-rooms.json", "cocoaheads2016-talks.json"),
        ("cocoaheads2016-speakers.json", "cocoaheads2016-talks.json"),
        ("cocoaheads2016-talks.json", None),
    ]
    assert "36 items in all" in reading and len(items) == 30  # "Frameworks" and "Redux Para IOS" are given twice
    opening = items["Abertura Do Evento"]
    assert (opening.people, opening.location) == (("John Calistro",), "Auditório")
    assert items["A Black Friday da minha vida"].people == ("Henrique Leite",)
    assert items["Modelos De Concorrência E Swift No Servidor"].people == ("Paulo Faria",)
    # "speaker": 0 names nobody: the break has no people, and no "0" person exists anywhere
    assert (items["Credenciamento"].people, items["Credenciamento"].location) == ((), "Recepção")
    assert not {name for item in items.values() for name in item.people} & {"0", "Lead Developer"}
    assert any("'speaker' →" in line and "speakers.json 'id'" in line for line in reading)


def test_the_written_offset_is_kept_as_the_instant() -> None:
    items, _, _ = _loaded(COCOA, SAO_PAULO)

    # "2016-12-02T17:15:00-0300": São Paulo kept summer time (UTC-2) in December 2016
    assert items["Abertura Do Evento"].start == datetime(2016, 12, 2, 18, 15, tzinfo=SAO_PAULO)


def test_devrel_ids_in_both_speaker_columns_and_a_japanese_name_when_the_english_is_empty() -> None:
    items, feeds, reading = _loaded(DEVREL, TOKYO)

    assert sorted(feeds) == [("devreltokyo2023-sessions.json", None), ("devreltokyo2023-speakers.json", DEVREL[0].name)]
    chain = next(item for title, item in items.items() if title.startswith("How to Create a Chain of Understanding"))
    assert chain.people == ("小島 英揮",)
    assert chain.start == datetime(2023, 3, 10, 13, 10, tzinfo=TOKYO)
    career = next(item for title, item in items.items() if title.startswith("Career Building with a Cloud"))
    assert career.people == ("Ryota Akimoto", "Toshiaki Masumori")
    # no slug ("hideki", "tmassh") is left as a person's name
    assert not {name for item in items.values() for name in item.people} & {"hideki", "tmassh", "1ft_seabass"}
    # the speakers file's session titles are not read as items a second time
    assert "85 items in all" in reading


def test_files_named_speakers_and_rooms_beside_the_feed_are_joined_unasked(tmp_path: Path) -> None:
    for path in COCOA:
        shutil.copy(path, tmp_path / path.name.removeprefix("cocoaheads2016-"))

    items, feeds, reading = _loaded([tmp_path / "talks.json"], SAO_PAULO)

    assert feeds == [("talks.json", None)]
    assert items["Abertura Do Evento"].people == ("John Calistro",)
    assert items["Abertura Do Evento"].location == "Auditório"
    assert sum(line.startswith("joined by id") for line in reading) == 2


def test_a_speakers_list_before_scheduling_is_its_talks_untimed() -> None:
    """NEJS Conf 2018's speakers before scheduling: their talks, untimed.

    `"time": false` in every row is no time (it was "false": 17 unreadable rows), and a title-only
    row is a talk, not a section heading; 17 rows name 12 talks (the panel's six rows are one).
    """
    items, _, reading = _loaded([DATA / "nejsconf2018-speakers.json"], ZoneInfo("America/Chicago"))

    assert len(items) == 12
    assert all(item.start is None for item in items.values())
    assert "Fail Faster: Quick UX Design Techniques to Drive Toward Success" in items  # no link: was "a section row"
    assert not any(line.startswith("skipped") for line in reading)
    # `name` beside `title` is the speaker: the panel's six rows are its six panelists, in the file's order
    assert items["Panel: Strengthening the STEM Pipeline"].people == (
        *("Eris Koleszar", "Angela McGraw", "Stefanie Monge", "Victoria Novak", "Gauri Ramesh", "Lee Zuvanich"),
    )
    assert items["Recognizing cultural bias in AI"].people == ("Camille Eddy",)
    assert "columns: name → people, title → title, website → link, time → time" in reading
