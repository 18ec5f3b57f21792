"""Trial 28's pages left after session 14, read as their sources write them (tests/data/html_pages/PROVENANCE.md).

Expectations come from the sources by regular expressions over their markup, never from the reader: the Moscow
child-safety conference 2013's table of `<h3>` sections over `Ведущий:` hosts and `Доклады:` talks, followed
by the same rows in English.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import lxml.html
from lxml import etree

from program.model import Item, Kind, Role, SourceRef
from program.readers import ReadContext
from program.readers.html_hosted_sessions import headed_details, hosted_session
from program.readers.html_translated_tables import translated_copy

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data" / "html_pages"
MOSCOW = ZoneInfo("Europe/Moscow")


def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _names(markup: str) -> tuple[str, ...]:
    return tuple(_plain(item).split(",")[0].strip() for item in re.findall(r"<li>(.*?)</li>", markup, re.S))


def _childsafety_rows() -> tuple[list[tuple[str, datetime, datetime, tuple[str, ...]]], list[tuple[str, ...]]]:
    """The Russian table's rows (title, start, end, hosts) and each section's talks (title, then speakers)."""
    text = re.sub(r"<!--.*?-->", "", _text("childsafety2013.php"), flags=re.S)
    russian = re.findall(r'<table class="table table-striped">(.*?)</table>', text, re.S)[0]
    rows: list[tuple[str, datetime, datetime, tuple[str, ...]]] = []
    talks: list[tuple[str, ...]] = []
    for row in re.findall(r"<tr>(.*?)</tr>", russian, re.S):
        cells = re.findall(r"<td[^>]*>(.*?)</td>", row, re.S)
        if len(cells) != 2:
            continue
        hours = [int(part) for part in re.findall(r"\d+", cells[0])]
        start, end = (datetime(2013, 3, 13, hours[i], hours[i + 1], tzinfo=MOSCOW) for i in (0, 2))
        heading = re.search(r"<h3>(.*?)</h3>", cells[1], re.S)
        hosts = re.search(r"<strong>Ведущи[йе]:</strong>\s*<ul class=\"speakers\">(.*?)</ul>", cells[1], re.S)
        assert heading is not None
        rows.append((_plain(heading[1]), start, end, _names(hosts[1]) if hosts else ()))
        listed = re.search(r"<strong>Доклады:</strong></p>\s*<ul>(.*)</ul>", cells[1], re.S)
        pattern = r"<li>\s*<strong>(.*?)</strong>(?:<br />)?\s*(?:<ul class=\"speakers\">(.*?)</ul>)?"
        for title, speakers in re.findall(pattern, listed[1] if listed else "", re.S):
            talks.append((_plain(title), *_names(speakers)))
    return rows, talks


def test_childsafety_sections_are_their_headings_chaired_by_their_hosts_and_their_talks_items() -> None:
    name, program = read_detected("html_pages", "childsafety2013.php", ReadContext(timezone=MOSCOW))

    rows, talks = _childsafety_rows()
    assert name == "html-page"
    assert (len(rows), len(talks)) == (7, 10)
    timed = [item for item in program.items if item.start is not None]
    assert [(item.title, item.start, item.end, item.people) for item in timed] == rows
    assert [item.role for item in timed if item.people] == [Role.CHAIR] * 3  # `Ведущий:`: hosts, not speakers
    assert timed[6].people == ("Зотова Е.Ю.", "Лебешева М.И.", "Журина М.А.")  # the initials' last full stop kept
    untimed = [item for item in program.items if item.start is None]
    assert [(item.title, *item.people) for item in untimed] == talks
    assert {item.day for item in untimed} == {date(2013, 3, 13)}
    sections = {item.id: item.title for item in timed}
    assert [sections[item.sessions[0]][:9] for item in untimed] == ["Секция 1:"] * 4 + ["Секция 2:"] * 6
    organisations = timed[2]  # `<p>Ведущие: Фонд Развития Интернет и ФИРО. …</p>`: no one's name
    assert organisations.people == ()
    assert organisations.abstract is not None and organisations.abstract.startswith("Ведущие: Фонд")
    assert [item.kind for item in timed if item.title.startswith("Перерыв")] == [Kind.BREAK, Kind.BREAK]


def test_childsafety_the_english_copy_is_said_and_not_read_again() -> None:
    _, program = read_detected("html_pages", "childsafety2013.php", ReadContext(timezone=MOSCOW))

    assert not any(re.search(r"[A-Za-z]{4}", item.title[:4]) for item in program.items)
    assert any(
        "table 2 (line 226): its 7 timed rows are those at line 93 and after" in line
        and "in Latin script rather than Cyrillic" in line
        for line in program.reading
    )


def _timed(line: int, title: str, hour: int) -> Item:
    start = datetime(2013, 3, 13, hour, tzinfo=MOSCOW)
    return Item(id=str(line), kind=Kind.OTHER, title=title, source=SourceRef("x", line), start=start)


def test_a_table_at_the_same_times_in_the_same_script_is_no_translation() -> None:
    russian = [_timed(1, "Регистрация", 9), _timed(2, "Секция 1", 10), _timed(3, "Перерыв", 11)]
    again = [_timed(4, "Регистрация", 9), _timed(5, "Секция 2", 10), _timed(6, "Обед", 11)]
    english = [_timed(4, "Registration", 9), _timed(5, "Section 1", 10), _timed(6, "Break", 11)]

    assert translated_copy(again, russian) is None  # two days' tables of one shape, say
    assert translated_copy(english, russian) is not None
    assert translated_copy(english[:2], russian[:2]) is None  # too few rows to tell
    assert translated_copy([_timed(4, "Registration", 9), *english[1:]], russian[1:]) is None  # other times


def _cell(markup: str) -> etree._Element:
    cell = lxml.html.fromstring(f"<table><tr><td>{markup}</td></tr></table>").find(".//td")
    assert cell is not None
    return cell


def test_a_heading_over_a_plain_paragraph_is_no_session_but_its_title_over_its_details() -> None:
    cell = _cell("<h1>Nesne Tabanlı Ses</h1><p><strong>Zeki Batuhan Pehlivan</strong></p>")

    assert hosted_session(cell) is None  # left to the readings of a bold name (Hisarlı 2021)
    parts = headed_details(cell)
    assert parts is not None and (parts.title, parts.abstract) == ("Nesne Tabanlı Ses", "Zeki Batuhan Pehlivan")
    assert headed_details(_cell("<h3>Break</h3>")) is None


def test_a_list_after_a_label_no_host_follows_is_the_sessions_details() -> None:
    cell = _cell(
        "<h3>Section 3</h3><p><strong>Participants:</strong></p><ul><li>pupils of forms 7-9</li></ul>"
        "<strong>Moderator:</strong><ul><li><a>Ada Lovelace</a>, Analytical Society</li></ul>"
    )

    parts = hosted_session(cell)
    assert parts is not None
    assert (parts.people, parts.abstract) == (("Chair: Ada Lovelace",), "Participants:\npupils of forms 7-9")
