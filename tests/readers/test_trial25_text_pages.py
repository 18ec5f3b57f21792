"""Trial 25's schedule pages (unseen), read as their sources write them (PROVENANCE.md of each folder).

Expectations come from the sources by regular expressions over their markup, never from the
reader: Hackers Champloo 2018's table in Markdown (`<th>10:00 (5分)</th>`, `track-title` and
`track-speaker` paragraphs, lightning talks `<li>Title | Name / affiliation</li>`), AI in
healthcare 2025's HTML blocks (`Speakers:<br>` over a name a line, a parallel session beside a
workshop, its groups' speakers on a card below the schedule).
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

from program.model import Kind
from program.readers import ReadContext

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data"
TOKYO = ZoneInfo("Asia/Tokyo")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def _text(folder: str, name: str) -> str:
    return (DATA / folder / name).read_text(encoding="utf-8")


def _found(pattern: str, text: str) -> re.Match[str]:
    found = re.search(pattern, text, re.S)
    assert found is not None, pattern
    return found


def _plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _champloo_rows() -> list[tuple[str, str | None, str, tuple[str, ...], list[tuple[str, str]]]]:
    """Each row: its start, its end (the range's, or the start plus `(N分)`), title, linked speakers, listed talks."""
    rows = []
    for row in re.findall(r"<tr[^>]*>\s*<th>(.*?)</th>\s*<td>(.*?)</td>", _text("html_pages", CHAMPLOO), re.S):
        head, cell = row
        clocks = re.findall(r"\d{1,2}:\d{2}", head)
        length = re.search(r"\((\d+)分\)", head)
        end = clocks[1] if len(clocks) == 2 else None
        if end is None and length:
            start = datetime.strptime(clocks[0], "%H:%M") + timedelta(minutes=int(length[1]))
            end = f"{start.hour}:{start.minute:02d}"
        title = _plain(_found(r'<p class="track-title">(.*?)</p>', cell)[1])
        speakers = re.search(r'<p class="track-speaker">(.*?)<p class="track-description">', cell, re.S)
        linked = re.findall(r"<a [^>]*>([^<]+)</a>", speakers[1]) if speakers else []
        people = tuple(re.sub(r"（[^）]*）", "", name).strip() for name in linked)
        talks = []
        for item in re.findall(r"<li>(.*?)</li>", cell):
            talk, who = item.split(" | ")
            talks.append((talk, re.sub(r"\s*\([^)]*\)", "", who.split(" / ")[0]).strip()))
        rows.append((clocks[0], end, title, people, talks))
    return rows


CHAMPLOO = "hackerschamploo2018-program.md"


def test_champloo_markdown_table_of_lengths_track_titles_and_lightning_talks() -> None:
    name, program = read_detected("html_pages", CHAMPLOO, ReadContext(timezone=TOKYO))

    rows = _champloo_rows()
    day = datetime(2018, 6, 30, tzinfo=TOKYO)  # written in the page: 2018年6月30日（土曜日）, no --date

    def at(clock: str | None) -> datetime | None:
        return day.replace(hour=int(clock.split(":")[0]), minute=int(clock.split(":")[1])) if clock else None

    assert name == "html-page"  # an HTML table with a time column, in Markdown
    assert (len(rows), sum(len(row[4]) for row in rows)) == (14, 9)
    timed = [item for item in program.items if item.start is not None]
    starts = [at(start) for start, *_ in rows]
    following = [*starts[1:], None]  # a start-only row ends at the next row's start
    ends = [at(end) or after for (_, end, *_), after in zip(rows, following, strict=True)]
    assert [(item.title, item.start, item.end) for item in timed] == [
        (title, start, end) for (_, _, title, _, _), start, end in zip(rows, starts, ends, strict=True)
    ]
    assert timed[1].title == "開会宣言・ゲストの紹介"  # not its length, "(5分)"
    assert (timed[1].end, timed[1].people, timed[1].kind) == (at("10:05"), (), Kind.OPENING)  # 実行委員会: no one
    assert [item.people for item in timed] == [people for *_, people, _ in rows]
    assert timed[2].people == ("赤塚 妙子",)
    untimed = [(item.title, item.people, item.day) for item in program.items if item.start is None]
    assert untimed == [(talk, (who,), day.date()) for *_, talks in rows for talk, who in talks]
    assert untimed[1] == ("ラクラク運用で開催したカンファレンスが好評だった話", ("安川 要平",), date(2018, 6, 30))
    assert "esa.io というWebサービス" in (timed[2].abstract or "")  # the track-description
    assert [item.kind for item in timed if item.kind is Kind.BREAK] == [Kind.BREAK, Kind.BREAK]  # lunch, snacks
    assert not program.problems


AIHEALTH = "aihealth2025-program.md"


def _aihealth_rows() -> list[tuple[int, str, str, str, tuple[str, ...]]]:
    """Each timed row's line, start, end, title (the `<em>` after a label, else the bold text) and linked names."""
    text = _text("pages", AIHEALTH)
    rows = []
    pattern = r'<div class="program-time">(\d\d)\.(\d\d)-(\d\d)\.(\d\d)</div>\s*<div class="program-text">(.*?)</div>'
    for found in re.finditer(pattern, text, re.S):
        body = found[5].split("<br><br>")[0]
        em = re.search(r"<strong><em>(.*?)</em></strong>", body)
        title = em[1] if em else _plain(re.split(r"<br>", body)[0])
        names = tuple(re.findall(r'class="speaker-link">([^<]+)</a>', body))
        line = text.count("\n", 0, found.start()) + 1
        rows.append((line, f"{found[1]}:{found[2]}", f"{found[3]}:{found[4]}", title, names))
    return rows


def _insight_speakers() -> tuple[list[str], tuple[str, ...]]:
    """The groups the parallel session's bracket names, and the card's speakers of those groups, in that order."""
    text = _text("pages", AIHEALTH)
    groups = _found(r"parallel:</strong> <em>[^<]*</em> \(([^)]*)\)", text)[1].split(", ")
    card = text.split("<strong>Insight session speakers</strong>")[1]
    names: list[str] = []
    for group in groups:
        listed = _found(rf"<strong>{group}:</strong>(.*?)(?:<br>|</div>)", card)[1]
        names += re.findall(r'class="speaker-link">([^<]+)</a>', listed)
    return groups, tuple(names)


def test_aihealth_speakers_below_their_label_and_parallel_sessions_with_their_groups_speakers() -> None:
    name, program = read_detected("pages", AIHEALTH, ReadContext(timezone=AMSTERDAM, first_date=date(2025, 9, 19)))

    rows = _aihealth_rows()
    groups, insight = _insight_speakers()
    day = datetime(2025, 9, 19, tzinfo=AMSTERDAM)

    def at(clock: str) -> datetime:
        return day.replace(hour=int(clock[:2]), minute=int(clock[3:]))

    assert name == "schedule-page"
    assert (len(rows), len(groups), len(insight)) == (11, 4, 8)
    by_line = {item.source.line: item for item in program.items}
    for line, start, end, title, names in rows:
        item = by_line[line]
        assert (item.title, item.start, item.end, item.people) == (title, at(start), at(end), names)
    plenary = by_line[118]  # "Speakers:<br>" over `<a>Marja de Waal</a> and` and `<a>Martijn Bauer</a>`
    assert (plenary.title, plenary.people) == (
        "Bringing the large language model into clinical practice",
        ("Marja de Waal", "Martijn Bauer"),
    )
    parallel = [item for item in program.items if item.title == "Insight session: AI in clinical practice"]
    assert [(item.source.line, item.start, item.end) for item in parallel] == [
        (80, at("11:00"), at("12:30")),
        (101, at("13:30"), at("15:00")),
    ]
    assert all(item.people == insight for item in parallel)  # the card's eight, not "Cardiology", …
    assert [item.label for item in parallel] == ["Groups B1 + B2, parallel", "Groups A1 + A2, parallel"]
    assert len(program.items) == 13
    assert not program.papers  # the card's "Cardiology: A and B" lines are no list of papers
    assert not any(": note: not placed" in line for line in program.reading)
