"""Trial 17's schedule pages, not in English, read as their sources write them (PROVENANCE.md of each folder).

Expectations are typed from the sources: JNIC 2022 (Spanish, an HTML table inside Jekyll Markdown) heads
each session `<b>Sesión I: Seguridad web e Internet </b>` over `<b> Presidente: </b> Name, Universidad …`
and lists its papers as `<li>Title<br> <i>A, B y C</i>`.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Kind, Role
from program.readers import ReadContext, detect_readers
from program.readers.html_page import HtmlPageReader
from program.readers.lines.names import names_in, speakers_of
from program.readers.notation.times import parse_span

from helpers import ROOT, read_detected

DATA = Path(__file__).resolve().parent.parent / "data"
MADRID = ZoneInfo("Europe/Madrid")
BERLIN = ZoneInfo("Europe/Berlin")
MEXICO = ZoneInfo("America/Mexico_City")
AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def test_jnic_session_is_chaired_by_its_presidente_and_its_papers_are_untimed_talks_under_it() -> None:
    name, program = read_detected("pages", "jnic2022-programa27.md", ReadContext(date(2022, 6, 27), MADRID))

    assert name == "schedule-page"
    assert len(program.items) == 42  # 13 rows, 12 posters, 17 session papers
    session = next(item for item in program.items if item.source.line == 89)
    assert session.title == "Sesión I: Seguridad web e Internet"  # "Sesión I" is no person
    assert (session.people, session.role) == (("José María de Fuentes García-Romero de Tejada",), Role.CHAIR)
    assert (session.start, session.end) == (
        datetime(2022, 6, 27, 11, 30, tzinfo=MADRID),
        datetime(2022, 6, 27, 12, 45, tzinfo=MADRID),
    )
    third = next(item for item in program.items if item.source.line == 136)
    assert (third.people, third.role) == (("Noemí De Castro García",), Role.CHAIR)  # `Presidenta:`
    papers = [item for item in program.items if 89 < (item.source.line or 0) < 113]
    assert [item.title for item in papers][:2] == [
        "Extracción de variables para caracterización multi-clase de la severidad de IPs",
        "Ataques a servidores web: estudio experimental de la capacidad de detección de algunos SIDS gratuitos",
    ]
    assert len(papers) == 7 and all(item.start is None and item.kind is Kind.TALK for item in papers)
    # `<i>Javier Muñoz, Felipe Bueno, Rafael Estepa, Antonio Estepa Alonso y Jesús E. Diaz-Verdejo</i>`
    assert papers[1].people[-2:] == ("Antonio Estepa Alonso", "Jesús E. Diaz-Verdejo")
    assert not any(item.title.startswith(("Presidente", "Presidenta", "Moderadora")) for item in program.items)


def test_jnic_officials_panel_and_invited_speaker_are_their_slots_people() -> None:
    _, program = read_detected("pages", "jnic2022-programa27.md", ReadContext(date(2022, 6, 27), MADRID))
    by_line = {item.source.line: item for item in program.items}

    # `<li>Sr. Jesús Valero, Director General de TECNALIA</li>` and four more officials
    assert by_line[33].people == (
        "Jesús Valero",
        "Estíbaliz Hernáez",
        "Ainara Basurko",
        "Oihane Aguirregoitia",
        "Juan Díez González",
    )
    # `<i>Valentina Casola --  Dipartimento di Ingegneria Elettrica …</i>`
    assert by_line[46].people == ("Valentina Casola",)
    assert by_line[46].kind is Kind.INVITED_TALK  # `Conferencia invitada:`
    # `<b>Moderadora</b>: Sra. Ana Ayerbe. TECNALIA-BRTA y WOMEN4CYBER`, then `Participantes:` over five `<li>`s
    assert by_line[165].people == (
        "Ana Ayerbe",
        "Iratxe Martin",
        "Garbiñe Manterola",
        "Jasone Astorga",
        "Aitana Alonso",
        "Sheila Mendez",
    )
    assert by_line[165].kind is Kind.PANEL


def test_spanish_name_lists_split_at_y_only_between_two_whole_names() -> None:
    assert names_in("Marta Fuentes-García y Felipe Mirón") == ("Marta Fuentes-García", "Felipe Mirón")
    assert names_in("José Ortega y Gasset") == ("José Ortega y Gasset",)  # "y" inside one name
    assert speakers_of("Sr. Jesús Valero, Director General de TECNALIA") == ("Jesús Valero",)
    assert speakers_of("José María de Fuentes García-Romero de Tejada, Universidad Carlos III de Madrid") == (
        "José María de Fuentes García-Romero de Tejada",
    )


def test_ess_courses_under_headings_run_from_their_first_days_start_to_their_last_days_end() -> None:
    name, program = read_detected("html_pages", "ess2013-programm.html", ReadContext(date(2013, 9, 23), BERLIN))

    assert name == "html-page"
    assert len(program.items) == 14
    by_title = {item.title: item for item in program.items}
    tei = by_title["Einführung in die Textauszeichnung mit TEI"]  # `Zeit: Mo. (23.9.), 09:00 Uhr bis Di. (24.9.), …`
    assert (tei.start, tei.end, tei.people) == (
        datetime(2013, 9, 23, 9, 0, tzinfo=BERLIN),
        datetime(2013, 9, 24, 12, 30, tzinfo=BERLIN),
        ("Agnes Brauer",),
    )
    # `Zeit: Di. (23.9.), 14:00–17:30 Uhr` (23 September 2013 was a Monday: the date is read)
    quality = by_title["Qualitätssicherung im Prozess der Codierung"]
    assert (quality.start, quality.end) == (
        datetime(2013, 9, 23, 14, 0, tzinfo=BERLIN),
        datetime(2013, 9, 23, 17, 30, tzinfo=BERLIN),
    )
    assert quality.people == ("Benjamin W. Bohl", "Anna Maria Komprecht")  # `<a>…</a> und Anna Maria Komprecht`
    assert by_title["TextGrid"].people == ("Oliver Schmid", "Philipp Vanscheidt")  # `Dr. Oliver Schmid`
    arranged = by_title["Individuelle Forschungsberatung"]  # `Zeit: nach Vereinbarung`, `Dozent: nach Vereinbarung`
    assert (arranged.start, arranged.end, arranged.people) == (None, None, ())


def test_ess_courses_without_date_take_the_year_the_page_writes_and_say_so() -> None:
    _, program = read_detected("html_pages", "ess2013-programm.html", ReadContext(None, BERLIN))

    assert "first date: 2013-08-30, from the page ('30. August 2013')" in program.reading
    assert program.items[0].start == datetime(2013, 9, 23, 9, 0, tzinfo=BERLIN)


def test_ess_courses_without_zone_ask_for_timezone() -> None:
    text = (DATA / "html_pages" / "ess2013-programm.html").read_text(encoding="utf-8")
    [reader] = detect_readers(text)

    with pytest.raises(UsageError, match="--timezone"):
        reader.read(text, source="ess.html", context=ReadContext(date(2013, 9, 23), None))


def test_cica_two_activities_of_a_cell_a_footnote_mark_and_a_start_from_nine() -> None:
    name, program = read_detected("html_pages", "cica2017-programa.php", ReadContext(None, MEXICO))

    assert name == "html-page"
    assert len(program.items) == 14
    noon = datetime(2017, 9, 27, 12, 30, tzinfo=MEXICO)
    # `Presentaci&oacute;n de ponencias en mesas de trabajo<br><br>Presentaci&oacute;n de posters`, 12:30 - 14:00 hrs.
    both = [item for item in program.items if item.start == noon]
    assert [item.title for item in both] == ["Presentación de ponencias en mesas de trabajo", "Presentación de posters"]
    assert {(item.end, item.location) for item in both} == {
        (datetime(2017, 9, 27, 14, 0, tzinfo=MEXICO), "Centro de convenciones")
    }
    assert any(item.title == "Talleres" for item in program.items)  # `Talleres <sup>*</sup>`
    # `<td colspan=2>A partir de las 21:00 hrs.</td>` over the place and the time: a start, no room
    evening = next(item for item in program.items if item.title == "Evento cultural")
    assert (evening.start, evening.end, evening.location) == (datetime(2017, 9, 27, 21, 0, tzinfo=MEXICO), None, None)


def test_words_before_a_start_alone_are_no_part_of_it() -> None:
    assert parse_span("A partir de las 21:00 hrs.").start.minutes == 21 * 60
    assert parse_span("ab 19:00 Uhr").end is None
    assert (parse_span("from 9:00 to 10:00").start.minutes, parse_span("from 9:00 to 10:00").end_minutes) == (540, 600)


def test_wnd_lecture_door_its_speaker_and_the_bullets_of_parallel_lectures() -> None:
    name, program = read_detected("pages", "wnd2025-programma.md", ReadContext(None, AMSTERDAM))

    assert name == "schedule-page"
    assert len(program.items) == 30
    by_line = {item.source.line: item for item in program.items}
    assert (by_line[10].title, by_line[10].people) == ("Plenaire lezing", ("I. S.",))  # `Plenaire lezing door I. S.`
    assert by_line[10].kind is Kind.KEYNOTE
    assert (by_line[55].title, by_line[55].people) == ("Afsluitende lezing", ())  # `door ...`: no one named yet
    # under `15.30-16.20 Keuzelezingen:`
    talks = [(by_line[line].title, by_line[line].people, by_line[line].start) for line in range(17, 22)]
    assert talks == [
        ("Soci. Sc. Iss", ("D. Jacobs",), None),
        ("Oefenrechtbank", ("F. Secomandi",), None),
        ("Rol van arg", ("F. Pols",), None),
        ("Burg. en nat.mus", ("A. Maas",), None),
        ("Black hole finder", ("P. Jonker",), None),
    ]
    assert by_line[43].title == "Unesc" and by_line[43].people == ("A. Wels",)
    assert by_line[34].start == datetime(2025, 12, 13, 7, 30, tzinfo=AMSTERDAM)  # `## Zaterdag 13 december 2025`


def test_wnd_a_slot_title_then_its_speakers_initials_and_surname_after_a_full_stop() -> None:
    _, program = read_detected("pages", "wnd2025-programma.md", ReadContext(None, AMSTERDAM))
    lecture = next(item for item in program.items if item.source.line == 36)

    # `08.45-09.35 Plenaire lezing door Sjamadriaan: debunking influencers. A. ter Braack`
    assert (lecture.title, lecture.people) == (
        "Plenaire lezing door Sjamadriaan: debunking influencers",
        ("A. ter Braack",),
    )


def test_a_page_missing_both_its_first_date_and_its_zone_asks_for_both_at_once() -> None:
    # BAFA 2017's saved page (tests/data/html_pages): weekday headings and no zone; a new user was told of
    # --date, then, on the next run, of --timezone
    text = (ROOT / "tests" / "data" / "html_pages" / "bafa2017-program.md").read_text(encoding="utf-8")

    with pytest.raises(UsageError, match=r"pass --date YYYY-MM-DD \(the first day\) and --timezone Area/City"):
        HtmlPageReader().read(text, source="bafa2017-program.md", context=ReadContext())
    with pytest.raises(UsageError, match=r"\(the first day\), or set it in the program file$"):
        HtmlPageReader().read(text, source="bafa2017-program.md", context=ReadContext(timezone=BERLIN))
