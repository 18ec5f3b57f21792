"""Trial 25's saved pages (unseen), read as their sources write them (tests/data/html_pages/PROVENANCE.md).

Expectations come from the sources by regular expressions over their markup, never from the
reader: CAICU 2023's `Mesa` cells, a bold title over `<li>Name - Title</li>` talks.
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


def _text(name: str) -> str:
    return (DATA / name).read_text(encoding="utf-8")


def _plain(markup: str) -> str:
    return " ".join(html.unescape(re.sub(r"<[^>]+>", " ", markup)).split())


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
