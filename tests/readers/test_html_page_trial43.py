"""Trial 43's CROSS 2014 grid (Japanese, unseen): room headers with seats and hashtags, placeholders, subtitles.

The header cells are `大会場<span>(400)</span><a …>#cross2014x</a>`: every item was in `大会場(400)#cross2014x`.
`ランチセッション<br />（調整中）` (a lunch session, being arranged) gave the person `（調整中）`, five times, and ten
speaker-conflict warnings; `コードレビューCROSS<br />～ぶつかり稽古2014初場所～` gave its subtitle as the person.
Expectations typed from the source.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from html_page_files import read_page

TOKYO = ZoneInfo("Asia/Tokyo")
PAGE = "cross2014-program.php"


def _at(hour: int, minute: int) -> datetime:
    return datetime(2014, 1, 17, hour, minute, tzinfo=TOKYO)


def test_rooms_are_the_halls_without_their_seats_and_hashtags() -> None:
    program = read_page(PAGE, "Asia/Tokyo", date(2014, 1, 17))
    rooms = {item.location for item in program.items if item.location and " + " not in item.location}

    assert rooms == {"大会場", "A会場", "B会場", "C会場", "D会場", "E会場"}
    at_noon = {item.location: item.title for item in program.items if item.start == _at(12, 0)}
    assert at_noon["A会場"] == "現場に聞く！テスト/CI/DevOps、実際のところどうなの"
    assert at_noon["C会場"] == "クラウドCROSS"
    smartphones = next(item for item in program.items if item.title == "スマフォOS戦国時代")  # rowspan 3
    assert (smartphones.location, smartphones.start, smartphones.end) == ("C会場", _at(14, 10), _at(16, 20))


def test_a_placeholder_in_brackets_is_nobody_and_a_line_between_wave_dashes_is_the_subtitle() -> None:
    program = read_page(PAGE, "Asia/Tokyo", date(2014, 1, 17))

    lunches = [item for item in program.items if item.title == "ランチセッション"]
    assert len(lunches) == 5 and all(item.people == () for item in lunches)
    review = next(item for item in program.items if item.start == _at(15, 20) and item.location == "大会場")
    assert (review.title, review.people) == ("コードレビューCROSS ～ぶつかり稽古2014初場所～", ())
