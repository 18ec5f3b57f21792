"""Schedule pages a new user tried unseen (session 11, issue 28): read as detected, every field against the source.

Expectations were typed from each page (tests/data/pages/expected, tests/data/html_pages/expected;
PROVENANCE.md) before the readers were mended. What the readers still read otherwise is listed in
`STILL_WRONG`, so a change in either direction shows here.
"""

from __future__ import annotations

import json
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.model import Item
from program.readers import ReadContext, detect_readers

DATA = Path(__file__).resolve().parent.parent / "data"
FIELDS = ("day", "title", "start", "end", "people", "kind", "room")
PAGES = {
    # page: (--timezone, --date, the reader it is detected as)
    "html_pages/cyberscitech2024-overview.md": ("Asia/Manila", date(2024, 11, 5), "html-page"),
    "pages/iccsw-2017-programme.md": ("Europe/London", date(2017, 9, 26), "schedule-page"),
    "pages/monash-microbiome-2025.md": ("Australia/Melbourne", date(2025, 11, 7), "schedule-page"),
}
STILL_WRONG: dict[str, dict[tuple[str | None, str], object]] = {
    "html_pages/cyberscitech2024-overview.md": {},
    "pages/iccsw-2017-programme.md": {
        # Sessions' labels on their own line ("Programming Languages") read as the people of the slot above.
        ("2017-09-26T10:00:00+01:00", "people"): ["Programming Languages"],
        # "Keynote: [**Name**](…) Title": the bold name stays in the title, no person.
        ("2017-09-26T14:00:00+01:00", "title"): (
            "Keynote: Leszek Swirski Optimizing the unoptimizable - A whirlwind tour of the V8 Javascript engine"
        ),
        ("2017-09-26T14:00:00+01:00", "people"): [],
        ("2017-09-27T14:00:00+01:00", "title"): "Keynote: Simon Peyton Jones How to write a great paper",
        ("2017-09-27T14:00:00+01:00", "people"): [],
        # Lines whose time follows the title ("Lunch Break **12:10** - **13:45**") are not placed (notes say so).
        **{
            (f"2017-09-2{day}T{clock}:00+01:00", "unread"): None
            for day, clock in (("6", "12:10"), ("6", "15:00"), ("6", "17:00"), ("7", "12:20"), ("7", "15:00"))
        },
    },
    "pages/monash-microbiome-2025.md": {
        # "Morning break and poster session": the poster session wins over the break.
        ("2025-11-07T11:00:00+11:00", "kind"): "poster-session",
        ("2025-11-07T15:20:00+11:00", "kind"): "poster-session",
        ("2025-11-07T17:00:00+11:00", "kind"): "social",  # "Networking and drinks"
    },
}


def _fields(item: Item) -> dict[str, object]:
    start, end = item.start, item.end
    day = item.day or (start.date() if start else None)
    return {
        "day": day.isoformat() if day else None,
        "title": item.title,
        "start": start.isoformat() if start else None,
        "end": end.isoformat() if end else None,
        "people": list(item.people),
        "kind": item.kind.value,
        "room": item.location,
    }


@pytest.mark.parametrize("page", sorted(PAGES))
def test_an_unseen_page_reads_as_its_source_says(page: str) -> None:
    zone, first, reader_name = PAGES[page]
    text = (DATA / page).read_text(encoding="utf-8")
    folder, name = page.split("/")
    wanted = json.loads((DATA / folder / "expected" / f"{name}.json").read_text(encoding="utf-8"))
    readers = detect_readers(text)
    program = readers[0].read(text, source=name, context=ReadContext(first_date=first, timezone=ZoneInfo(zone)))

    pool: dict[tuple[object, object], list[dict[str, object]]] = {}
    for item in program.items:
        found = _fields(item)
        pool.setdefault((found["day"], found["start"]), []).append(found)
    wrong: dict[tuple[str | None, str], object] = {}
    for entry in wanted:
        bucket = pool.get((entry["day"], entry["start"]))
        if not bucket:
            wrong[(entry["start"], "unread")] = None
            continue
        found = bucket.pop(0)
        wrong.update({(entry["start"], field): found[field] for field in FIELDS if found[field] != entry[field]})

    assert [reader.name for reader in readers] == [reader_name]
    assert wrong == STILL_WRONG[page]
    assert not [found for bucket in pool.values() for found in bucket]  # nothing read that the page does not say


def test_a_day_heading_with_a_us_date_and_its_weekday_is_that_day() -> None:
    # `<h2>Day 1 (Tuesday, 11/5)</h2>` … `Day 4 (Friday, 11/8)`: 5 November, not 11 May (a Saturday);
    # "Thursday, 11/7" is 7 November, not 11 July (also a Thursday, but before the first day).
    text = (DATA / "html_pages/cyberscitech2024-overview.md").read_text(encoding="utf-8")
    context = ReadContext(first_date=date(2024, 11, 5), timezone=ZoneInfo("Asia/Manila"))
    program = detect_readers(text)[0].read(text, source="overview.md", context=context)

    days = sorted({item.start.date().isoformat() for item in program.items if item.start})
    assert days == ["2024-11-05", "2024-11-06", "2024-11-07", "2024-11-08"]
    assert not program.problems


def test_a_misspelt_weekday_heading_opens_its_day_and_unplaced_lines_are_said() -> None:
    # `## Wedsnesday, 27th September`; `Lunch Break **12:10** - **13:45**` (time after the title) is a note.
    text = (DATA / "pages/iccsw-2017-programme.md").read_text(encoding="utf-8")
    context = ReadContext(first_date=date(2017, 9, 26), timezone=ZoneInfo("Europe/London"))
    program = detect_readers(text)[0].read(text, source="programme.md", context=context)

    second_day = [item.title for item in program.items if item.start and item.start.date() == date(2017, 9, 27)]
    assert second_day[:2] == ["Registration", "Poster Session"]
    assert "not placed: 'Lunch Break 12:10 - 13:45'" in "\n".join(program.reading)


def test_a_bare_a_or_p_after_the_minutes_is_the_meridiem_and_speakers_are_the_sessions_people() -> None:
    # `9:00 - 9:10a`, `11:30a - 12:30p`, `1:30 - 2:00p`, `5:00p`; `- Speaker 2: A/Prof. Chun Wie Chong`.
    text = (DATA / "pages/monash-microbiome-2025.md").read_text(encoding="utf-8")
    context = ReadContext(first_date=date(2025, 11, 7), timezone=ZoneInfo("Australia/Melbourne"))
    program = detect_readers(text)[0].read(text, source="index.md", context=context)
    by_title = {item.title: item for item in program.items}

    assert [item.start.strftime("%H:%M") for item in program.items if item.start][:2] == ["09:00", "09:10"]
    assert by_title["Lunch break"].start.strftime("%H:%M") == "12:30"  # type: ignore[union-attr]
    assert by_title["Networking and drinks"].start.strftime("%H:%M") == "17:00"  # type: ignore[union-attr]
    assert by_title["Session 2: long talks (10 mins each)"].people[:2] == ("Chris Greening", "Chun Wie Chong")
