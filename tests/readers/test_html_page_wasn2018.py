"""WASN 2018 (tests/data/html_pages/wasn2018-agenda.html): a parallel cell with its own time, role lines, rooms.

Expectations written by hand from the page's source (the trial-8 re-run's findings).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

from program.model import Item, Kind
from program.readers import ReadContext
from program.readers.html_page import HtmlPageReader

from helpers import ROOT

TAIPEI = ZoneInfo("Asia/Taipei")


def _items() -> tuple[Item, ...]:
    text = (ROOT / "tests" / "data" / "html_pages" / "wasn2018-agenda.html").read_text(encoding="utf-8")
    return HtmlPageReader().read(text, source="w.html", context=ReadContext(timezone=TAIPEI)).items


def test_a_rowspan_cell_writing_its_own_time_is_a_slot_of_its_own() -> None:
    """`<td rowspan=3>16:00~17:20<br/><br/>最佳論文口頭報告<br/>(渴望會館-R208室)</td>` beside the poster rows.

    It was the first poster session's abstract: lost from every output, and never said.
    """
    items = _items()
    best = next(item for item in items if item.title == "最佳論文口頭報告")
    assert (best.start, best.end, best.location, best.source.line) == (
        datetime(2018, 8, 26, 16, 0, tzinfo=TAIPEI),
        datetime(2018, 8, 26, 17, 20, tzinfo=TAIPEI),
        "渴望會館-R208室",
        134,
    )
    posters = next(item for item in items if item.title == "海報展示(A)")
    assert (posters.abstract, posters.location, posters.kind) == (None, "渴望會館-2F-218會議室", Kind.POSTER_SESSION)


def test_a_cells_speaker_line_is_its_person_the_host_its_details_and_the_bracket_its_room() -> None:
    """`<b>專題演講：Mobile Edge …</b><br/>講者：國立清華大學 … 陳文村 特聘講座教授<br/>引言人：…<br/>(渴望會館-…)`."""
    by_title = {item.title: item for item in _items()}
    keynote = by_title["專題演講：Mobile Edge Computing for Internet of Things"]
    assert (keynote.people, keynote.location, keynote.kind) == (("陳文村",), "渴望會館-2F-國際會議廳", Kind.KEYNOTE)
    assert keynote.abstract == "引言人：國立清華大學 通訊工程研究所 許健平 講座教授"
    # "來賓致詞：" (guests' addresses) with a name on each line after it
    assert by_title["大會開幕典禮"].people == ("周景揚", "黃育賢", "林一平")
    awards = by_title["♕ 頒獎典禮 ♕"]
    assert awards.people == ("許健平",)  # 致詞 (the address); the prizes' lines are its details
    assert awards.abstract is not None and awards.abstract.startswith("IEEE終身成就獎 受獎人：陳文村校長")
    assert by_title["休息"].location is None  # no bracketed line: no room
