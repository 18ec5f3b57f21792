"""Trial 25's saved pages (unseen), read as their sources write them (tests/data/html_pages/PROVENANCE.md).

Expectations come from the sources by regular expressions over their markup, never from the
reader: CAICU 2023's `Mesa` cells, a bold title over `<li>Name - Title</li>` talks; OSConf 2013's two
day columns under `<h2>Dzień 1 (piątek, 2013-03-15) - …</h2>`; MMI&Après 2019's class-named blocks
(`8h30`, `9h`, `12h - 13h`).
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.model import Kind
from program.readers import ReadContext

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data" / "html_pages"
MONTEVIDEO = ZoneInfo("America/Montevideo")
WARSAW = ZoneInfo("Europe/Warsaw")
PARIS = ZoneInfo("Europe/Paris")


def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


def _inline(markup: str) -> str:
    """Text whose inline tags (`<q>`, `<a>`) join their words as the page shows them."""
    return " ".join(html.unescape(re.sub(r"<[^>]+>", "", markup)).split())


def _caicu_sessions() -> list[tuple[str, list[str]]]:
    """Each `Mesa` cell of the schedule: its bold title and its list items, as written."""
    schedule = _text("caicu2023-programa.html").split('id="trabajos-aceptados"')[0]
    cells = re.findall(r"<b>(Mesa [^<]*)</b>\s*<ul>(.*?)</ul>", schedule, re.S)
    return [
        (_plain(title), [_plain(item) for item in re.findall(r"<li>(.*?)(?=<li>|$)", items, re.S)])
        for title, items in cells
    ]


def test_caicu_session_cells_are_a_bold_title_over_its_listed_talks() -> None:
    name, program = read_detected(
        "html_pages", "caicu2023-programa.html", ReadContext(timezone=MONTEVIDEO, first_date=date(2023, 9, 5))
    )

    sessions = _caicu_sessions()
    assert name == "html-page"
    assert len(sessions) == 10
    assert len(program.items) == 33 + sum(len(items) for _, items in sessions)  # 33 timed rows, 39 talks
    by_title = {item.title: item for item in program.items}
    for title, _ in sessions:
        assert by_title[title].people == ()
        assert by_title[title].start is not None
    mesa = by_title["Mesa 1: Transformaciones en la práctica murguera del siglo XXI"]
    assert (mesa.start, mesa.end, mesa.source.line) == (
        datetime(2023, 9, 5, 14, 0, tzinfo=MONTEVIDEO),
        datetime(2023, 9, 5, 16, 0, tzinfo=MONTEVIDEO),
        113,  # the title cell (`<td>` over `<b>Mesa 1: …</b>`)
    )
    talks = [item for item in program.items if item.start is None]
    written = [item for _, items in sessions for item in items]
    assert len(talks) == len(written) == 39
    for talk, item in zip(talks, written, strict=True):
        speakers, dash, title = item.partition(" - ")
        if not dash and item.startswith("Presentación"):  # a film shown, no one named
            assert (talk.title, talk.people) == (item, ())
        elif not dash:  # `<li>Marcos Gonzalez Perez</li>`: his talk, its title not given
            assert (talk.title, talk.people) == (item, (item,))
        else:
            assert talk.title == title
            assert talk.people == tuple(re.split(r", | y ", speakers.replace("  ", " ")))
        assert talk.kind is Kind.TALK
    first = talks[0]
    assert (first.people, first.day, first.source.line) == (("Gaston Amorin Alsina",), date(2023, 9, 5), 116)
    three = next(talk for talk in talks if talk.title == "Incidencias del canto murguero en la salud vocal")
    assert three.people == ("Maite Erro", "Paola Fontana", "Pablo Routin")


def test_caicu_breaks_and_the_accepted_works_tables() -> None:
    _, program = read_detected(
        "html_pages", "caicu2023-programa.html", ReadContext(timezone=MONTEVIDEO, first_date=date(2023, 9, 5))
    )

    breaks = [item for item in program.items if item.title == "Corte (café)"]
    assert len(breaks) == 8
    assert all(item.kind is Kind.BREAK for item in breaks)
    assert {item.title for item in program.items}.isdisjoint({"Ailen Piuque Bilsky", "Autor(xs)"})


def _osconf_columns() -> list[tuple[date, list[tuple[int, int, int | None, str]]]]:
    """Each day column's date (from its `<h2>`) and its items: line, start and end minutes, and title as written."""
    text = _text("osconf2013-index.php")
    columns = []
    for column in re.finditer(r"<h2>Dzień \d \(\w+, (\d{4})-(\d\d)-(\d\d)\).*?</ul>", text, re.S):
        day = date(int(column[1]), int(column[2]), int(column[3]))
        items = []
        for item in re.finditer(r"<li>\s*<p><b>(\d\d):(\d\d)(?: - (\d\d):(\d\d))?</b>(.*?)</li>", column[0], re.S):
            line = text[: column.start() + item.start()].count("\n") + 1
            end = int(item[3]) * 60 + int(item[4]) if item[3] else None
            first = _inline(item[5].split("</p>")[0]).lstrip("- ") or _inline(item[5].split("</p>")[1])
            items.append((line, int(item[1]) * 60 + int(item[2]), end, first))
        columns.append((day, items))
    return columns


def test_osconf_day_headings_in_brackets_are_two_days_not_two_rooms() -> None:
    name, program = read_detected("html_pages", "osconf2013-index.php", ReadContext(timezone=WARSAW))

    columns = _osconf_columns()
    assert name == "html-page"
    assert [day for day, _ in columns] == [date(2013, 3, 15), date(2013, 3, 16)]
    assert len(program.items) == sum(len(items) for _, items in columns) == 12
    assert all(item.location is None for item in program.items)
    for item, (day, (line, start, end, written)) in zip(
        program.items, [(day, entry) for day, items in columns for entry in items], strict=True
    ):
        assert item.start == datetime.combine(day, datetime.min.time(), WARSAW).replace(
            hour=start // 60, minute=start % 60
        )
        # the page's own lines, the PHP `require` above counted: the `<li>`'s, or its time's line right below it
        assert item.source.line in (line, line + 1)
        assert written.startswith(item.title)
        if end is not None:
            assert item.end is not None and (item.end.hour * 60 + item.end.minute) == end
    azure = next(item for item in program.items if item.title == "Technologie Open Source w Windows Azure")
    assert azure.start == datetime(2013, 3, 16, 9, 30, tzinfo=WARSAW)  # day 2's, not day 1's
    assert (azure.people, azure.location) == (("Tomasz Wiśniewski",), None)
    assert azure.source.line in (58, 59)  # `<li>` / `<p><b>09:30 - 10:15</b></p>`; the title is on line 60


def test_osconf_opening_ends_at_the_first_talk_and_names_its_two_speakers() -> None:
    _, program = read_detected("html_pages", "osconf2013-index.php", ReadContext(timezone=WARSAW))

    opening = program.items[0]
    assert (opening.title, opening.kind) == ("Otwarcie konferencji", Kind.OPENING)
    assert (opening.start, opening.end) == (
        datetime(2013, 3, 15, 9, 15, tzinfo=WARSAW),
        datetime(2013, 3, 15, 9, 30, tzinfo=WARSAW),
    )
    assert opening.people == ("Grzegorz Adamowicz", "Katarzyna Witkowska")
    assert opening.abstract is not None and "Menadżer ds. rozwoju Technoparku Pomerania" in opening.abstract
    lunch = [item for item in program.items if item.title == "Przerwa obiadowa"]
    assert [(item.people, item.kind) for item in lunch] == [((), Kind.BREAK)] * 2


def _mmi_blocks() -> list[tuple[str, str, str]]:
    """Each `programme__event` block's title, time and description, as written."""
    text = _text("mmietapres2019-programme.php")
    return [
        (_plain(title), _plain(time), _plain(about))
        for title, time, about in re.findall(
            r'event-titre">(.*?)</h3>\s*<span class="programme__event-date">(.*?)</span>.*?'
            r'event-description">(.*?)</p>',
            text,
            re.S,
        )
    ]


def _minutes(written: str) -> int:
    hours, _, minutes = written.strip().partition("h")
    return int(hours) * 60 + int(minutes or 0)


def test_mmi_class_named_blocks_give_title_time_and_description() -> None:
    name, program = read_detected(
        "html_pages", "mmietapres2019-programme.php", ReadContext(timezone=PARIS, first_date=date(2019, 1, 17))
    )

    blocks = _mmi_blocks()
    assert name == "html-page"
    assert len(blocks) == len(program.items) == 6
    starts = sorted({_minutes(time.split("-")[0]) for _, time, _ in blocks})
    for item, (title, time, about) in zip(program.items, blocks, strict=True):
        begins, _, ends = time.partition("-")
        start = _minutes(begins)
        end = _minutes(ends) if ends else next((later for later in starts if later > start), None)
        assert item.title == title
        assert item.start == datetime(2019, 1, 17, start // 60, start % 60, tzinfo=PARIS)
        assert end is not None and item.end == datetime(2019, 1, 17, end // 60, end % 60, tzinfo=PARIS)
        assert item.location is None
        assert item.abstract is not None and item.abstract.startswith(about.split(" Programme table")[0][:40])
    talk = program.items[-1]
    assert (talk.title, talk.people, talk.kind) == ("Tables rondes", ("Olivier Berni", "Thomas Jaussoin"), Kind.PANEL)
    assert all(not item.people for item in program.items[:-1])
