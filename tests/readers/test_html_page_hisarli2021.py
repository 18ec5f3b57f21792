"""Hisarlı Ahmet 2021's youth seminars (trial 27, Turkish): a Word-saved table of parallel sessions.

`11.00 | SALON I | SALON II` (then `13.10 | Moderatör: … | Moderatör: …`) heads two rooms; the rows under it
hold a Zoom line and a chair per room, then one paper per room: `<p>Title</p><p><strong>Name</strong></p>`.
Expectations: tests/data/html_pages/expected/hisarli2021-youth-seminars-program.php.json, typed from the source.
"""

from __future__ import annotations

import json
from datetime import date, datetime

from html_page_files import DATA, read_page

NAME = "hisarli2021-youth-seminars-program.php"


def test_the_papers_under_each_sessions_rooms_are_untimed_items_in_their_room() -> None:
    program = read_page(NAME, "Europe/Istanbul", date(2021, 5, 19))
    wanted = json.loads((DATA / "expected" / f"{NAME}.json").read_text(encoding="utf-8"))
    papers = [(entry["title"], entry["people"], entry["room"]) for entry in wanted if entry["start"] is None]

    read = [(item.title, list(item.people), item.location) for item in program.items if item.start is None]

    assert len(papers) == 28
    assert read == papers
    assert not any(item.title.startswith(("SALON", "Moderatör", "Zoom")) for item in program.items)


def test_a_break_before_a_sessions_time_ends_when_the_session_starts() -> None:
    program = read_page(NAME, "Europe/Istanbul", date(2021, 5, 19))
    wanted = json.loads((DATA / "expected" / f"{NAME}.json").read_text(encoding="utf-8"))

    timed = [(item.start, item.end) for item in program.items if item.start is not None]

    assert timed == [
        (datetime.fromisoformat(entry["start"]), entry["end"] and datetime.fromisoformat(entry["end"]))
        for entry in wanted
        if entry["start"] is not None
    ]
    assert len(timed) == 8  # AÇILIŞ, the invited talk, five ARA, KAPANIŞ (a start only)


def test_the_tables_heading_dates_every_row_untimed_papers_too_without_date() -> None:
    # The heading cell's third line is `19 MAYIS 2021` (Turkish capitals: "MAYIS" is "Mayıs", May).
    program = read_page(NAME, "Europe/Istanbul", None)

    assert {item.start.date() for item in program.items if item.start is not None} == {date(2021, 5, 19)}
    assert sum(item.start is None and item.day == date(2021, 5, 19) for item in program.items) == 28


def test_the_opening_the_invited_talk_and_the_closing_as_the_cells_write_them() -> None:
    # `AÇILIŞ` over `Zoom: Meeting ID: … / Passcode: …` (how to join, no title); `DAVETLİ KONUŞMACI` (invited
    # speaker) over `Prof. Dr. Hakan CEVHER`, his school and the talk's title in quotes.
    program = read_page(NAME, "Europe/Istanbul", None)

    timed = [(item.title, item.kind.value, item.people) for item in program.items if item.start is not None]
    assert timed[:2] == [
        ("AÇILIŞ", "opening", ()),
        ("Ülkemiz Akademikleşme Sürecinin Müziksel İzdüşümü", "invited-talk", ("Hakan CEVHER",)),
    ]
    assert timed[-1] == ("KAPANIŞ / DEĞERLENDİRME TOPLANTISI", "closing", ())
    assert [kind for _, kind, _ in timed[2:-1]] == ["break"] * 5
