"""The first full date a page writes: the day its events start when no heading and no --date says so.

A workshop page says "held on July 28th 2023", "taking place on April 18 & 19, 2020", or only its
Jekyll/Hugo front matter does (`subtitle: "Thursday, March 21th, 2024"`). Shared by the HTML and the
text pages' readers; what the page names is used only when the user gave no --date, and said.
"""

from __future__ import annotations

import re
from datetime import date

import attrs

from program.readers.notation.dates import DateError, parse_date
from program.readers.notation.local_dates import LOCAL_MONTHS, THAI_MONTHS

_MONTH = r"(?:Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Sept|Oct|Nov|Dec)[a-z]*\.?"
_LOCAL_MONTH = (
    r"janvier|février|mars|avril|mai|juin|juillet|août|septembre|octobre|novembre|décembre"
    r"|januar|februar|märz|april|juni|juli|august|oktober|dezember"
    r"|enero|febrero|marzo|abril|mayo|junio|julio|agosto|septiembre|octubre|noviembre|diciembre"
    r"|mart|mayıs|mayis|" + "|".join(sorted(LOCAL_MONTHS, key=len, reverse=True))
)
"""Months a day-first date names in French, German, Spanish ("Samedi 30 mai 2026", ESE 2026), Turkish ("11 Şubat
2012", CETURK 2012), Ukrainian, Russian or Polish ("9 Kwiecień, 2016", a comma before the year)."""
_FULL_DATE = re.compile(
    rf"\b(?:{_MONTH}\s+\d{{1,2}}(?:st|nd|rd|th)?(?:\s*(?:&|and|-|–)\s*\d{{1,2}}(?:st|nd|rd|th)?)*,?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:st|nd|rd|th)?\s+{_MONTH},?\s+\d{{4}}"
    rf"|\d{{1,2}}(?:er|\.)?\s+(?i:{_LOCAL_MONTH}),?\s+\d{{4}}"
    r"|\d{4}-\d{2}-\d{2})\b"
    r"|(?<!\d)\d{4}\s*年\s*\d{1,2}\s*月\s*\d{1,2}\s*日"  # CQJT 2018's "会议时间：2018年5月18日": no word boundary
    r"|(?<!\d)\d{4}\s*년\s*\d{1,2}\s*월\s*\d{1,2}\s*일"  # transparency hackathon 2015's "2015년 3월 28일 (토)"
    # THRF14 2020's "ระหว่างวันที่ 8-9 กันยายน 2563" (between the 8th and 9th of September 2563 BE): the first day
    rf"|(?<!\d)\d{{1,2}}(?:\s*[-–]\s*\d{{1,2}})?\s*(?:{'|'.join(THAI_MONTHS)})\s*(?:พ\.ศ\.\s*)?\d{{4}}"
)


_RANGE_START = re.compile(
    rf"\b(?:from|between|von|vom|du|del|desde|dal|od)\W+(?:[A-Za-zÀ-ÿ]+,?\s+)?"
    rf"(?:(?P<month>{_MONTH})\s+(?P<day>\d{{1,2}})(?:st|nd|rd|th)?"
    rf"|(?P<first_day>\d{{1,2}})(?:st|nd|rd|th|er|\.)?(?:\s+(?P<day_month>{_MONTH}|(?i:{_LOCAL_MONTH})))?)"
    r"\W*\s(?:through|thru|to|until|till|and|bis|zum|au|al|a|do|-|–|—)\W+(?:[A-Za-zÀ-ÿ]+,?\s+)?\W*$",
    re.IGNORECASE,
)
"""The first day of a range whose last day alone writes the year: "from **Monday 13th** through **Friday 17th
July 2020**" (LFTCM 2020), "from **Wednesday, May 28** through **Sunday, June 1, 2025**" (CSST 2025)."""
_NOT_THE_EVENTS = re.compile(
    r"\b(?:since|established|founded|copyright|modified|updated|posted|published|deadline|due|submission)\b\W*$"
    r"|©\W*$",
    re.IGNORECASE,
)
"""Words right before a date that make it another day than the event's: a founding, a page's edit, a deadline."""


_FRONT_MATTER = re.compile(r"\A\ufeff?---[ \t]*\r?\n.*?^(?:---|\.\.\.)[ \t]*\r?$", re.DOTALL | re.MULTILINE)
"""A Jekyll or Hugo page's front matter: its `date:` is the day a post was written (CETURK 2012's post is dated
2012-02-07, four days before the event its text announces for `11 Şubat 2012`), so a date in the text wins."""


@attrs.frozen
class WrittenFirstDate:
    """A page's first full date, and the line for `Program.reading` that says where it came from."""

    day: date
    said: str


def page_date(text: str) -> tuple[date, str] | None:
    """The first full date (with a year) a page's text writes, with the words ("April 18 & 19, 2020").

    >>> page_date("taking place on April 18 & 19, 2020. Followed by sprints")
    (datetime.date(2020, 4, 18), 'April 18 & 19, 2020')
    >>> page_date("Datamatix Established Since: May 13, 1989 … Day 1 … 17 February 2025")
    (datetime.date(2025, 2, 17), '17 February 2025')
    >>> page_date("일시: 2015년 3월 28일 (토) 10:00 ~ 19:00")
    (datetime.date(2015, 3, 28), '2015년 3월 28일')
    >>> page_date("Samedi 30 mai 2026 · ESIEA · Ivry-sur-Seine")
    (datetime.date(2026, 5, 30), '30 mai 2026')
    >>> page_date("The workshop will take place from **Monday 13th** through **Friday 17th July 2020**.")[0]
    datetime.date(2020, 7, 13)
    >>> page_date("runs from **Wednesday, May 28** through **Sunday, June 1, 2025**. The program")[0]
    datetime.date(2025, 5, 28)
    """
    for match in _FULL_DATE.finditer(text):
        if _NOT_THE_EVENTS.search(text[max(0, match.start() - 40) : match.start()]):
            continue  # "Established Since: May 13, 1989" (Datamatix 2025), "modified: 2023-05-26" (LIKE23)
        try:
            last = parse_date(match[0]).resolve(None)
        except DateError:
            continue
        before = max(0, match.start() - 80)
        opened = _RANGE_START.search(text, before, match.start())
        if opened is not None and (first := _range_start(opened, last)) is not None:
            return first, text[opened.start() : match.end()].replace("*", "")
        return last, match[0]
    return None


def _range_start(opened: re.Match[str], last: date) -> date | None:
    """The range's first day: its own month, else the last day's (the month before when its day is later)."""
    month_name = opened["month"] or opened["day_month"]
    day = int(opened["day"] or opened["first_day"])
    try:
        if month_name is not None:
            first = parse_date(f"{day} {month_name} {last.year}").resolve(None)
        else:
            month, year = (
                (last.month, last.year) if day <= last.day else (last.month - 1 or 12, last.year - (last.month == 1))
            )
            first = date(year, month, day)
    except (DateError, ValueError):
        return None
    return first if first <= last and (last - first).days < 31 else None


def first_date_written(text: str) -> WrittenFirstDate | None:
    r"""The first full date of a page's text, else of its front matter; None when neither writes one.

    >>> first_date_written('---\ntitle: Schedule\nsubtitle: "Thursday, March 21th, 2024"\n---\n| 09:30 | Tea |').said
    "first date: 2024-03-21, from the front matter ('March 21th, 2024'; pass --date for another)"
    """
    matter = _FRONT_MATTER.match(text)
    body = text[matter.end() :] if matter else text
    if (written := page_date(" ".join(body.split()))) is not None:
        return WrittenFirstDate(written[0], f"first date: {written[0].isoformat()}, from the page ({written[1]!r})")
    if matter and (written := page_date(" ".join(matter[0].split()))) is not None:
        # a post's date is the day it was written: only when the page writes no other
        said = f"first date: {written[0].isoformat()}, from the front matter ({written[1]!r}; pass --date for another)"
        return WrittenFirstDate(written[0], said)
    return None
