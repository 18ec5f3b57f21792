"""Trial 28's pages left after session 14, read as their sources write them (tests/data/html_pages/PROVENANCE.md).

Expectations come from the sources by regular expressions over their markup, never from the reader: the Moscow
child-safety conference 2013's table of `<h3>` sections over `Ведущий:` hosts and `Доклады:` talks, followed
by the same rows in English; Check4facts 2022's React page (TSX) of time-led paragraphs, each slot's lines written
in Greek and then in English.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

import lxml.html
from lxml import etree

from program.model import Item, Kind, Role, SourceRef
from program.readers import ReadContext, detect_readers
from program.readers.base import Line
from program.readers.html_bilingual_lines import bilingual_slot
from program.readers.html_hosted_sessions import headed_details, hosted_session
from program.readers.html_jsx import holds_jsx_page, jsx_markup
from program.readers.html_name_heads import name_head
from program.readers.html_translated_tables import translated_copy

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data" / "html_pages"
MOSCOW = ZoneInfo("Europe/Moscow")
ATHENS = ZoneInfo("Europe/Athens")


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


def _check4facts_slots() -> list[tuple[datetime, datetime, str]]:
    """Each paragraph that opens with `HH.MM-HH.MM: ` (its strongs' pieces joined as a page shows them)."""
    slots: list[tuple[datetime, datetime, str]] = []
    for paragraph in re.findall(r"<p>(.*?)</p>", _text("check4facts2022-seminar.tsx"), re.S):
        found = re.match(r"(\d\d)\.(\d\d)-(\d\d)\.(\d\d): (.*)$", _plain(paragraph))
        if found is not None:
            start, end = (datetime(2022, 7, 4, int(found[i]), int(found[i + 1]), tzinfo=ATHENS) for i in (1, 3))
            slots.append((start, end, found[5]))
    return slots


def test_check4facts_a_react_page_is_read_as_the_markup_it_returns_dated_by_its_greek_date() -> None:
    name, program = read_detected("html_pages", "check4facts2022-seminar.tsx", ReadContext(timezone=ATHENS))

    slots = _check4facts_slots()
    assert name == "html-page"  # not the text reader, which read its markup's lines
    assert len(slots) == 9
    assert [(item.start, item.end, item.title) for item in program.items if item.start is not None] == slots
    assert any("first date: 2022-07-04, from the page ('4 Ιουλίου 2022')" in line for line in program.reading)
    keynote = next(item for item in program.items if item.title.startswith("Πρώτη κεντρική ομιλία/ First keynote"))
    assert (keynote.people, keynote.kind) == (("Michelle Amazeen",), Kind.KEYNOTE)


def test_check4facts_each_slots_greek_and_english_lines_are_read_once() -> None:
    _, program = read_detected("html_pages", "check4facts2022-seminar.tsx", ReadContext(timezone=ATHENS))

    text = _plain(_text("check4facts2022-seminar.tsx"))
    greeters = re.findall(r"<li>\s*<p>\s*<strong>([^<,]+?),?\s*</strong>", _text("check4facts2022-seminar.tsx"))
    greetings = next(item for item in program.items if item.title.startswith("Χαιρετισμοί"))
    assert greetings.people == tuple(greeters) and len(greeters) == 7  # the Greek names, not their English twins
    talks = [item for item in program.items if item.start is None]
    greek = [title for title in re.findall(r"«[^«»]*»", text) if text.index(title) > text.index("12.15-14.00")]
    assert [item.title for item in talks if item.title.startswith("«")] == [
        title
        for title in greek
        if not title.startswith(("«Η συμβολή", "«Δημόσιες"))  # themes in slots' titles
    ]
    assert len(talks) == 7 and {item.day for item in talks} == {date(2022, 7, 4)}
    community = next(item for item in talks if item.title.startswith("“Community-driven"))  # given only in English
    assert community.people == ("Αναστάσης Δρόσου",)
    assert talks[0].people == ("Απόστολος Λιναρδής", "Σταμάτης Πουλακιδάκος")  # one line: `…, Office- Name, Office`
    sessions = [item for item in program.items if "συνεδρία" in item.title]
    assert [(item.people, item.role) for item in sessions] == [
        (("Μιχάλης Χατζηκωνσταντίνου",), Role.CHAIR),  # `Συντονιστής/Session Moderator: Δρ. Name, …/ Dr. Name, …`
        (("Μανίνα Κακεπάκη",), Role.CHAIR),
    ]
    panel = program.items[-1]
    assert (panel.kind, set(panel.people)) == (
        Kind.PANEL,
        {"Νίκος Δεμερτζής", "Nikos Sarris", "Γιώργος Πλειός", "Παναγιώτης Μαντζούφας"},
    )


def test_a_jsx_module_is_its_returned_markup_with_its_line_ends() -> None:
    module = (
        "import React from 'react';\n\nconst Day = () => {\n  return (\n    <div className=\"day\">\n"
        "      <p style={{color: 'black'}}><strong>09.00-10.00: </strong>Opening{' '}<b>{name}</b></p>\n"
        "      <p><strong>10.00-10.30: </strong>Coffee</p>\n    </div>\n  );\n};\n\nexport default Day;\n"
    )

    markup = jsx_markup(module)
    assert markup is not None and markup.count("\n") == module.count("\n")
    assert '<div class="day">' in markup and '<p style="">' in markup and "Opening <b></b>" in markup
    assert holds_jsx_page(module)
    assert [reader.name for reader in detect_readers(module)] == ["html-page"]
    assert jsx_markup("<p>10:00 Opening</p>") is None  # a page, no module
    assert not holds_jsx_page(module.replace("<div", "<Row").replace("<p", "<Col").replace("<strong", "<Em"))


def test_a_slot_in_one_script_is_no_bilingual_slot() -> None:
    lines = [Line(2, "Ada Lovelace, Analytical Society"), Line(3, "“On Engines”")]

    assert bilingual_slot("Keynote", lines) is None
    read = bilingual_slot("Κεντρική ομιλία/ Keynote", lines)
    assert read is not None and (read.people, read.details, read.chaired) == (
        ("Ada Lovelace",),
        ("“On Engines”",),
        False,
    )


def test_a_subtitle_whose_words_are_in_a_child_element_is_no_traceback() -> None:
    holder = lxml.html.fromstring(
        '<ul><li class="program_time">11:00~11:50</li><li><strong class="subtitle_01"><span>[기조연설]</span>'
        '</strong><strong class="name">Martin G. Curley</strong></li></ul>'
    )

    found = name_head(holder)  # the subtitle's own text is None: its words are its child's
    assert found is not None and found.title == "Martin G. Curley"
