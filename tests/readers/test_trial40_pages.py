"""Trial 40's hackathon pages (unseen), read as their sources write them (PROVENANCE.md of pages and html_pages).

Two Korean pages write their day as `2015년 3월 28일 (토)` and start a row with a tilde and no end (`19:00 ~`:
from seven); a Japanese page gives its first day a table of one row under `### 10月18日（金曜日）`. Expectations
come from the rows themselves (trial 40's expect.py over the sources): a start alone ends at the day's next
later start, the day's last has no end.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.readers import ReadContext
from program.readers.notation.leading import leading_span
from program.readers.notation.local_dates import local_written
from program.readers.notation.page_dates import page_date

from helpers import read_detected

SEOUL = ZoneInfo("Asia/Seoul")
TOKYO = ZoneInfo("Asia/Tokyo")
Row = tuple[str, str, str | None]

TRANSPARENCY: list[Row] = [
    ("행사 소개", "2015-03-28 10:00", "2015-03-28 10:10"),
    ("구현 진행", "2015-03-28 10:10", "2015-03-28 12:00"),
    ("점심 시간", "2015-03-28 12:00", "2015-03-28 13:00"),
    ("구현 진행", "2015-03-28 13:00", "2015-03-28 18:00"),
    ("공유 및 시상", "2015-03-28 18:00", "2015-03-28 19:00"),
    ("참석자 뒷풀이", "2015-03-28 19:00", None),  # `<td>19:00 ~</td>`: the after-party, from seven
]
DEVART: list[Row] = [
    ("참가 등록", "2014-03-22 09:30", "2014-03-22 10:00"),
    ("해커톤 오프닝", "2014-03-22 10:00", "2014-03-22 10:10"),
    ("해커톤 참여팀 소개 및 프로젝트 브리핑", "2014-03-22 10:10", "2014-03-22 11:00"),
    ("점심 제공", "2014-03-22 13:00", "2014-03-22 16:30"),  # `| 13:00 ~ |`: until the next row's start
    ("팀별 작업 발표", "2014-03-22 16:30", "2014-03-22 17:30"),
    ("현장 인기 투표 및 기념품 배포", "2014-03-22 17:30", "2014-03-22 18:00"),
    ("해커톤 클로징", "2014-03-22 18:00", None),
]
KUSHIMOTO: list[Row] = [
    ("前夜祭", "2019-10-18 21:00", "2019-10-18 23:00"),  # the first day's table of one row
    ("朝食", "2019-10-19 07:00", "2019-10-19 08:00"),
    ("受付", "2019-10-19 09:00", "2019-10-19 10:00"),
    ("オリエンテーション", "2019-10-19 10:00", "2019-10-19 11:00"),
    ("ハッカソン", "2019-10-19 11:00", "2019-10-19 12:00"),
    ("昼食", "2019-10-19 12:00", "2019-10-19 13:00"),
    ("ハッカソン", "2019-10-19 13:00", "2019-10-19 17:00"),
    ("夕食", "2019-10-19 18:00", "2019-10-19 19:00"),
    ("フリータイム", "2019-10-19 19:00", None),
    ("朝食", "2019-10-20 07:00", "2019-10-20 08:00"),
    ("オリエンテーション", "2019-10-20 10:00", "2019-10-20 11:00"),
    ("ハッカソン", "2019-10-20 11:00", "2019-10-20 12:00"),
    ("昼食", "2019-10-20 12:00", "2019-10-20 13:00"),
    ("成果発表", "2019-10-20 13:00", "2019-10-20 15:00"),
]


def _at(written: str | None, zone: ZoneInfo) -> datetime | None:
    return datetime.fromisoformat(written).replace(tzinfo=zone) if written else None


@pytest.mark.parametrize(
    ("folder", "name", "zone", "rows"),
    [
        ("pages", "transparency2015-hackathon.md", SEOUL, TRANSPARENCY),
        ("pages", "devart2014-fest.md", SEOUL, DEVART),
        ("html_pages", "spaceapps-kushimoto2019-schedule.md", TOKYO, KUSHIMOTO),
    ],
)
def test_trial40_page_reads_every_row(folder: str, name: str, zone: ZoneInfo, rows: list[Row]) -> None:
    """Every row, with no --date: the day is the page's own (`2015년 3월 28일`, `2019年10月18日`)."""
    _, program = read_detected(folder, name, ReadContext(timezone=zone))
    read = sorted((item.title, item.start, item.end) for item in program.items)
    assert read == sorted((title, _at(start, zone), _at(end, zone)) for title, start, end in rows)
    assert all(not item.people and item.location is None for item in program.items)


def test_korean_dates_and_tilde_starts() -> None:
    """The notations the Korean pages use, as every reader reads them."""
    assert page_date("일시: 2015년 3월 28일 (토) 10:00 ~ 19:00") == (date(2015, 3, 28), "2015년 3월 28일")
    assert local_written("2014년 3월 22일 토요일") == "sat 22.3.2014"
    found = leading_span("19:00 ~ 참석자 뒷풀이")
    assert found is not None and found.span.end is None and found.rest == "참석자 뒷풀이"
    ranged = leading_span("10:00 ~ 10:10 행사 소개")
    assert ranged is not None and ranged.span.end_minutes == 10 * 60 + 10 and ranged.rest == "행사 소개"
