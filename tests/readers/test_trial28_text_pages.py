"""Trial 28's Markdown pages (unseen, not English), read as their sources write them (PROVENANCE.md of each folder).

Expectations come from the sources by regular expressions, never from the reader: an ENT course
in Kyiv (2019, Ukrainian), whose every slot is one bold line with a tab after its time and its
speakers first as initials and a surname; CETURK 2012's Jekyll post (Turkish), dated in its front
matter four days before the event its text announces, holding a `Saat | Konu | Konuşmacı` table.
"""

from __future__ import annotations

import re
from datetime import date, datetime, timedelta
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.readers import ReadContext
from program.readers.html_page import HtmlPageReader

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data"
KYIV = ZoneInfo("Europe/Kyiv")
ISTANBUL = ZoneInfo("Europe/Istanbul")
ENT = "ent2019-program.md"
CETURK = "ceturk2012-post.md"
_SLOT = re.compile(r"^\s*\*\*(\d{1,2}):(\d{2})(?:\s*-\s*(\d{1,2})[:-](\d{2}))?\t(.*?)\*\*\s*$")
_HEADING = re.compile(r"^#\s+\*\*(\d{1,2}) Листопада(?: 2019)?\*\*")


def _ent_slots() -> list[tuple[int, datetime, datetime | None, str]]:
    """Each bold time line: its line, start, end (None for a start alone) and text, under its day's heading."""
    day, slots = None, []
    for number, raw in enumerate((DATA / "pages" / ENT).read_text(encoding="utf-8").split("\n"), start=1):
        line = raw.replace("\r", "")
        if (heading := _HEADING.match(" ".join(line.replace("\t", " ").split()))) is not None:
            day = datetime(2019, 11, int(heading[1]), tzinfo=KYIV)
        elif (slot := _SLOT.match(line)) is not None:
            assert day is not None
            start = day + timedelta(hours=int(slot[1]), minutes=int(slot[2]))
            end = day + timedelta(hours=int(slot[3]), minutes=int(slot[4])) if slot[3] else None
            slots.append((number, start, end, slot[5].strip()))
    return slots


def test_kyiv_bold_lines_with_a_tab_after_the_time_are_its_slots_under_its_day_headings() -> None:
    name, program = read_detected("pages", ENT, ReadContext(timezone=KYIV))

    slots = _ent_slots()
    assert name == "schedule-page"  # before: no reader claimed it ("cannot tell the format")
    assert len(slots) == len(program.items) == 41
    assert [item.source.line for item in program.items] == [slot[0] for slot in slots]
    assert [item.start for item in program.items] == [slot[1] for slot in slots]
    # the days come from the headings, `# <TAB>**21 Листопада**` too (no year: 2019's, from the first)
    assert sorted({item.start.date() for item in program.items if item.start}) == [
        date(2019, 11, day) for day in (19, 20, 21, 22)
    ]
    ends = {item.source.line: item.end for item in program.items}
    assert all(ends[line] == end for line, _, end, _ in slots if end is not None)
    # "11:00-11-15 Кава брейк": a dash typed for the end's colon
    coffee = next(item for item in program.items if item.source.line == 17)
    assert (coffee.title, coffee.end) == ("Кава брейк", datetime(2019, 11, 19, 11, 15, tzinfo=KYIV))
    assert ends[56] is None  # "16:00 Закриття": a start alone, the day's last


@pytest.mark.parametrize("given", [date(2020, 11, 19), date(2018, 1, 1)])
def test_kyiv_headings_without_a_year_take_the_pages_year_not_the_dates(given: date) -> None:
    # `# **20 Листопада 2019**`, then `# <TAB>**21 Листопада**`: a --date of another year (trial 28 gave the right
    # one) put the 21st and 22nd in that year, the page's first two days in 2019.
    _, program = read_detected("pages", ENT, ReadContext(timezone=KYIV, first_date=given))

    assert [item.start for item in program.items] == [slot[1] for slot in _ent_slots()]


@pytest.mark.parametrize(
    ("line", "people", "title"),
    [
        (11, ("В.В.Березнюк",), "Анатомія середнього ВУХА"),
        (50, ("В.В. Березнюк", "Е.А. Гюнері"), "Обгрунтування тактик операцій. Дискусія"),
        (76, ("М. Туррі Заноні",), "Основи рентгенології при плануванні ендоскопічної хірургії"),
        (104, ("П.Баталія",), "Ендоскопіче закриття ликвореї"),  # no full stop after the glued initials
        (21, (), "LIVE SURGERY"),
    ],
)
def test_kyiv_speakers_written_first_as_initials_and_a_surname(line: int, people: tuple[str, ...], title: str) -> None:
    _, program = read_detected("pages", ENT, ReadContext(timezone=KYIV))

    written = next(text for number, _, _, text in _ent_slots() if number == line)
    assert written.startswith(", ".join(people))  # as the source writes the names
    [item] = [item for item in program.items if item.source.line == line]
    assert (item.people, item.title) == (people, title)


def _ceturk_rows() -> list[tuple[str, str, str]]:
    """Each timed table row's three cells: time, Konu (topic), Konuşmacı (speaker)."""
    text = (DATA / "html_pages" / CETURK).read_text(encoding="utf-8")
    rows = re.findall(r"<tr>\s*<td>(.*?)</td>\s*<td>(.*?)</td>\s*<td>(.*?)</td>\s*</tr>", text, re.S)
    return [row for row in rows if re.match(r"\d{1,2}:\d{2}", row[0])]


def test_ceturk_post_is_on_the_day_its_text_announces_not_its_front_matter_date() -> None:
    text = (DATA / "html_pages" / CETURK).read_text(encoding="utf-8")
    program = HtmlPageReader().read(text, source=CETURK, context=ReadContext(timezone=ISTANBUL))

    assert "date: 2012-02-07 17:09" in text and "11 Şubat 2012" in text  # the post's day, the event's
    rows = _ceturk_rows()
    assert len(rows) == len(program.items) == 9
    day = datetime(2012, 2, 11, tzinfo=ISTANBUL)
    for item, (clock, topic, speaker) in zip(program.items, rows, strict=True):
        start, end = (int(hour) * 60 + int(minutes) for hour, minutes in re.findall(r"(\d+):(\d+)", clock))
        assert (item.start, item.end) == (day + timedelta(minutes=start), day + timedelta(minutes=end))
        assert (item.title, item.people, item.abstract) == (topic, (speaker,) if speaker else (), None)
    assert "first date: 2012-02-11, from the page ('11 Şubat 2012')" in program.reading
    assert any("columns: Saat → time, Konu → title, Konuşmacı → people" in line for line in program.reading)


def test_a_front_matter_date_is_read_only_when_the_text_writes_none_and_check_says_so() -> None:
    text = (DATA / "html_pages" / CETURK).read_text(encoding="utf-8").replace("11 Şubat 2012 tarihinde ", "")
    program = HtmlPageReader().read(text, source=CETURK, context=ReadContext(timezone=ISTANBUL))

    assert {item.start.date() for item in program.items if item.start} == {date(2012, 2, 7)}
    assert any(line.startswith("first date: 2012-02-07, from the front matter") for line in program.reading)
    with pytest.raises(UsageError, match="--timezone"):  # a zone is still asked for, never guessed
        HtmlPageReader().read(text, source=CETURK, context=ReadContext())
