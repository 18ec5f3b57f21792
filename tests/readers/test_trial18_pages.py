"""Trial 18's schedule pages, read as their sources write them (PROVENANCE.md of each folder).

Expectations are typed from the sources: TAROT 2024 (an HTML grid inside Jekyll Markdown) writes its days
as columns under a row of `08/07/2024` dates and each row's time over three cells, `<b>9:00</b>`,
`<b> - </b>`, `<b>10:30</b>`; its lectures' cells name only the lecturer (`🟢 Paolo Arcaini`).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.model import Kind
from program.readers import ReadContext

from helpers import read_detected

ROME = ZoneInfo("Europe/Rome")


def test_tarot_markdown_grid_is_a_page_its_days_the_header_dates_its_times_three_cells() -> None:
    name, program = read_detected("html_pages", "tarot2024-program.md", ReadContext(None, ROME))

    assert name == "html-page"  # no --date: the header row writes the days
    # `08/07/2024` … `12/07/2024`: 8 to 12 July, or 7 August to 7 December; only the first is a week's school
    assert not [problem for problem in program.problems if problem.code == "ambiguous-date"]
    assert len(program.items) == 37  # the filled day cells; no item titled with an end cell ("10:30")
    first = next(item for item in program.items if item.source.line == 25)
    assert (first.title, first.start, first.end) == (
        "Welcome and information",  # `🟢 Welcome and information`: the legend's marker is no part of it
        datetime(2024, 7, 8, 9, 0, tzinfo=ROME),
        datetime(2024, 7, 8, 10, 30, tzinfo=ROME),
    )
    lecture = next(item for item in program.items if item.source.line == 72)
    assert (lecture.title, lecture.people) == ("Nina Yevtushenko", ("Nina Yevtushenko",))
    assert lecture.start == datetime(2024, 7, 11, 14, 30, tzinfo=ROME)
    breaks = [item for item in program.items if item.title in ("Coffee Break", "Lunch")]
    assert len(breaks) == 15 and all(item.kind is Kind.BREAK and not item.people for item in breaks)
    dinner = next(item for item in program.items if item.source.line == 116)
    assert dinner.title == "Light dinner - Braseria On The Road"  # its map link's `[Here]` is no part of it
    assert (dinner.start, dinner.end) == (
        datetime(2024, 7, 11, 19, 0, tzinfo=ROME),
        datetime(2024, 7, 11, 22, 0, tzinfo=ROME),
    )


MADRID = ZoneInfo("Europe/Madrid")


def test_granada_sessions_linked_lines_are_their_talks_and_dia_2_is_the_next_day() -> None:
    # `<ul id='dia2'>Día 2 <li><table><tr><th>9:00 - 11:00</th></tr><tr><th rowspan='3'>Sistemas Operativos</th>
    # <td><a href='sesion.php?…'>Sistemas Windows, A. Leon</a></td></tr>…`
    name, program = read_detected("html_pages", "ingcongreso2015-horarios.php", ReadContext(date(2015, 6, 1), MADRID))

    assert name == "html-page"
    assert len(program.items) == 35  # 14 slots, 21 talks (the last session's unlinked line stays its abstract)
    sessions = [item for item in program.items if item.title == "Sistemas Operativos"]
    assert [(item.start, item.end) for item in sessions] == [
        (datetime(2015, 6, 2, 9, 0, tzinfo=MADRID), datetime(2015, 6, 2, 11, 0, tzinfo=MADRID))
    ]
    talks = [item for item in program.items if item.sessions == (sessions[0].id,)]
    assert [(item.title, item.people) for item in talks] == [
        ("Sistemas Windows", ("A. Leon",)),
        ("Sistemas Unix/Linux", ("P. Paderewski",)),
        ("Sistemas iOS/Mac", ("R. Montes",)),
    ]
    assert all(item.start is None and item.day == date(2015, 6, 2) and item.kind is Kind.TALK for item in talks)
    breaks = [item for item in program.items if item.title.startswith("Pausa")]
    assert len(breaks) == 4 and all(item.kind is Kind.BREAK for item in breaks)  # "Pausa-cafe"
    closing = next(item for item in program.items if item.title == "Trabajos fin de grado")
    assert closing.abstract == "Mesa redonda y sesion de posters"


BERLIN = ZoneInfo("Europe/Berlin")


def test_devday_unnamed_track_columns_are_an_item_a_cell_with_its_speaker_and_room() -> None:
    # `<th>Zeit</th><th></th><th></th><th></th>`; `<td>Continuous Delivery - Aber Sicher?! <p class="hint">
    # <strong>Jan Dittberner</strong></p> <p class="hint italic">… Raum: Gartensaal</p></td>`
    name, program = read_detected("html_pages", "devday2016-sessions.php", ReadContext(date(2016, 4, 12), BERLIN))

    assert name == "html-page"
    assert len(program.items) == 18  # 9 rows of one cell, 3 rows of three
    parallel = [item for item in program.items if item.start == datetime(2016, 4, 12, 14, 30, tzinfo=BERLIN)]
    assert [(item.title, item.people, item.location) for item in parallel] == [
        ("DevOps - Microsoft Developer Divisions Weg ins nächste Agile Zeitalter", ("Artur Speth",), "Hamburg"),
        ("Continuous Delivery - Aber Sicher?!", ("Jan Dittberner",), "Gartensaal"),
        ("Lose gekoppelt wie nie: DI vs. IoC", ("Hendrik Lösch",), "St. Petersburg"),
    ]
    assert all(item.end == datetime(2016, 4, 12, 15, 15, tzinfo=BERLIN) for item in parallel)
    opening = next(item for item in program.items if item.source.line == 33)
    assert (opening.title, opening.people, opening.location, opening.kind) == (
        "Eröffnung",  # `Eröffnung durch Prof. Frank Schönefeld`
        ("Frank Schönefeld",),
        "Hamburg",
        Kind.OPENING,
    )
    keynote = next(item for item in program.items if item.people == ("Dave Farley",))
    assert (keynote.title, keynote.kind) == ("Keynote (Englisch): The Rationale for Continuous Delivery", Kind.KEYNOTE)
    mixed = next(item for item in program.items if item.title.startswith("MIXING UP"))
    assert mixed.people == ("Frank Lamack", "Denis Loh")  # `<strong>Frank Lamack & Denis Loh</strong>`


def test_dtv_time_after_a_spacer_cell_days_in_spans_chairs_and_speakers_in_bold_excursions_as_talks() -> None:
    # `<div class="programmHeader"><span>Donnerstag, den 23. Oktober 2014</span></div>`, then rows
    # `<td width="5%"></td><td><b>09.30 Uhr</b></td><td width="10%"></td><td><b>HERZLICH WILLKOMMEN</b> …`
    name, program = read_detected("html_pages", "dtv2014-programm.ftl", ReadContext(None, BERLIN))

    assert name == "html-page"  # no --date: the page writes its days
    assert len(program.items) == 25  # 18 rows, 7 excursions
    board = next(item for item in program.items if item.source.line == 27)
    assert (board.title, board.start, board.end) == (  # `ab ca. 15.00 Uhr`, ends at the day's next start
        "Vorstandssitzung des DTV",
        datetime(2014, 10, 22, 15, 0, tzinfo=BERLIN),
        datetime(2014, 10, 22, 16, 30, tzinfo=BERLIN),
    )
    welcome = next(item for item in program.items if item.title == "HERZLICH WILLKOMMEN")
    assert welcome.start == datetime(2014, 10, 23, 9, 30, tzinfo=BERLIN)
    assert welcome.people == ("Peter Siemering", "Martin Haag", "Alexander Bonde", "Reinhard Meyer")  # chair first
    assert welcome.kind is Kind.OPENING
    talk = next(item for item in program.items if item.start == datetime(2014, 10, 23, 11, 15, tzinfo=BERLIN))
    assert (talk.title, talk.people) == ("Nachhaltiges Wirtschaften: Zeitgemäße Perspektiven", ("Günther Bachmann",))
    session = next(item for item in program.items if item.title.startswith("FREIBURG, wie für Sie gemacht"))
    excursions = [item for item in program.items if item.sessions == (session.id,)]
    assert len(excursions) == 7 and all(item.start is None for item in excursions)
    assert excursions[0].title == "Fachexkursionen Freiburger Geschichte: Zerstörung und Wiederaufbau nach 1945"
    press = next(item for item in program.items if item.title == "Pressekonferenz auf gesonderte Einladung")
    assert (press.start, press.day) == (None, date(2014, 10, 23))  # `parallel`: beside the lunch, no time of its own
