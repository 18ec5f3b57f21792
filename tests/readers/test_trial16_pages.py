"""Trial 16's schedule pages, not in English, read as their sources write them (PROVENANCE.md of each folder).

Expectations are typed from the sources: biomol51 2025 heads its days `<u>2日目　6月27日（金）</u>`;
geoinformacja 2022 writes day rows `Czwartek, 1.12.2022 (Aula …)` in its table; ESE 2026 writes each slot's
times as `<span class="time-from">10h05</span><span class="time-to">10h45</span>` and its parts by class;
GEBF 2015 (Windows-1252) writes `18:00 – open end` and `Mittagsvorlesung von Prof. Dr. Rolf Becker`;
WBMM 2023 heads its days `Quinta-feira (26/10)` and writes `Palestra 2<br>Auditório principal`.
"""

from __future__ import annotations

from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

from hypothesis import given
from hypothesis import strategies as st

from program.model import Kind, Program
from program.readers import ReadContext, detect_readers
from program.readers.lines.day_headings import day_heading
from program.readers.notation.dates import parse_date
from program.readers.notation.local_dates import local_written
from program.readers.notation.times import parse_span

DATA = Path(__file__).resolve().parent.parent / "data"
TOKYO = ZoneInfo("Asia/Tokyo")
WARSAW = ZoneInfo("Europe/Warsaw")
PARIS = ZoneInfo("Europe/Paris")
BERLIN = ZoneInfo("Europe/Berlin")
SAO_PAULO = ZoneInfo("America/Sao_Paulo")
_KANJI = "月火水木金土日"


def _read(folder: str, name: str, context: ReadContext) -> tuple[str, Program]:
    data = (DATA / folder / name).read_bytes()
    text = data.decode("utf-8") if name != "gebf2015-tagungsprogramm.php" else data.decode("cp1252")
    [reader] = detect_readers(text)
    return reader.name, reader.read(text, source=name, context=context)


def test_biomol51_day_two_heading_puts_its_slots_on_27_june() -> None:
    name, program = _read("pages", "biomol51-program.md", ReadContext(date(2025, 6, 26), TOKYO))

    assert name == "schedule-page"
    assert len(program.items) == 20  # the 20 time lines; the untimed talks under them are no items
    by_line = {item.source.line: item for item in program.items}
    assert by_line[39].title == "開会"
    assert by_line[39].start == datetime(2025, 6, 26, 10, 0, tzinfo=TOKYO)
    # `<u>2日目　6月27日（金）</u>` (line 130), then `9:30 – 10:50「口頭発表」<br>`
    assert (by_line[132].start, by_line[132].end) == (
        datetime(2025, 6, 27, 9, 30, tzinfo=TOKYO),
        datetime(2025, 6, 27, 10, 50, tzinfo=TOKYO),
    )
    assert (by_line[220].title, by_line[220].start) == ("閉会", datetime(2025, 6, 27, 15, 25, tzinfo=TOKYO))
    assert sum(1 for item in program.items if item.start and item.start.day == 27) == 9
    # `懇親会 (<a>札幌グランドホテル　OLD SALOON 1934</a>, <a>会場はこちら</a>)`: the venue, then "the venue is here"
    assert (by_line[128].title, by_line[128].location) == ("懇親会", "札幌グランドホテル OLD SALOON 1934")
    assert by_line[128].kind is Kind.SOCIAL
    assert by_line[168].kind is Kind.INVITED_TALK  # 「招待講演」


def test_geoinformacja_day_rows_with_their_hall_in_brackets_are_days_without_date() -> None:
    name, program = _read("html_pages", "geoinformacja2022-program.md", ReadContext(None, WARSAW))

    assert name == "html-page"
    assert len(program.items) == 19
    by_line = {item.source.line: item for item in program.items}
    # under `Czwartek, 1.12.2022 (Aula Bogumiła Krygowskiego, Collegium Geographicum)`
    assert (by_line[67].title, by_line[67].start) == ("Przerwa obiadowa", datetime(2022, 12, 1, 13, 0, tzinfo=WARSAW))
    assert by_line[67].kind is Kind.BREAK
    # under `Piątek, 2.12.2022 (Collegium Geographicum)`
    assert by_line[94].start == datetime(2022, 12, 2, 9, 0, tzinfo=WARSAW)
    assert by_line[94].title == "Sesje referatowe I – III (referaty 12 min)"
    # under `Sobota, 3.12.2022 (Collegium Geographicum)`
    assert (by_line[165].title, by_line[165].end) == ("Warsztaty", datetime(2022, 12, 3, 17, 0, tzinfo=WARSAW))
    # the sub-row `GIS w sieci mobilnej <br><span>Inez Beszterda, Orange Polska SA</span>`: no day ("SA" no Saturday)
    assert all(item.location is None for item in program.items)


def test_ese_slots_by_class_with_two_time_spans_and_the_day_from_the_page() -> None:
    name, program = _read("html_pages", "ese2026-planning.html", ReadContext(None, PARIS))

    assert name == "html-page"
    assert len(program.items) == 15
    assert "first date: 2026-05-30, from the page ('30 mai 2026')" in program.reading
    talk = next(item for item in program.items if item.title == "Drivers Vulnerability")  # not its tag's words
    assert (talk.start, talk.end) == (
        datetime(2026, 5, 30, 10, 5, tzinfo=PARIS),
        datetime(2026, 5, 30, 10, 45, tzinfo=PARIS),
    )
    assert talk.people == ("Lucas Sevilla",)  # `Lucas Sevilla &middot; Quarkslab`
    assert talk.kind is Kind.TALK  # `<li class="slot is-talk">`
    tpm = next(item for item in program.items if item.title.startswith("Sniffing de TPM"))
    assert tpm.people == ("Cyril Thomas",)  # `Cyril Thomas (BabdCatha) &middot; XMCO`
    opening = next(item for item in program.items if item.title == "Ouverture de l'ESE")
    assert opening.people == ("Sébastien Larinier", "Vincent Guyot")  # its `slot-sub` line of names
    lunch = next(item for item in program.items if item.title == "Pause déjeuner")
    assert (lunch.kind, lunch.people) == (Kind.BREAK, ())


def test_gebf_open_end_is_a_start_and_a_lecture_von_names_its_speaker() -> None:
    name, program = _read("html_pages", "gebf2015-tagungsprogramm.php", ReadContext(None, BERLIN))

    assert name == "html-page"
    assert len(program.items) == 25
    assert not program.problems
    receptions = [item for item in program.items if item.title == "Sektempfang"]
    assert [(item.start, item.end) for item in receptions] == [(datetime(2015, 3, 11, 18, 0, tzinfo=BERLIN), None)]
    lectures = [item for item in program.items if item.title == "Mittagsvorlesung"]
    assert [item.people for item in lectures] == [("Elke Sumfleth",), ("Rolf Becker",), ("Katharina Maag Merki",)]
    assert lectures[1].start == datetime(2015, 3, 12, 14, 0, tzinfo=BERLIN)  # `14:00 – 15:00 Uhr`, Donnerstag


def test_wbmm_portuguese_day_headings_and_the_room_after_a_break() -> None:
    name, program = _read("pages", "wbmm2023-agenda.md", ReadContext(date(2023, 10, 25), SAO_PAULO))

    assert name == "schedule-page"
    by_line = {item.source.line: item for item in program.items}
    assert (by_line[18].title, by_line[18].location) == ("Palestra 1", "Auditório principal")
    assert by_line[28].location == "Auditório auxiliar"
    # `Quinta-feira (26/10)`, `Sexta-feira (27/10)`
    assert by_line[43].start == datetime(2023, 10, 26, 9, 0, tzinfo=SAO_PAULO)
    assert by_line[58].start == datetime(2023, 10, 27, 9, 0, tzinfo=SAO_PAULO)
    assert by_line[13].location is None  # `Credenciamento`, no break


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)), st.integers(1, 9), st.booleans())
def test_japanese_dates_and_day_numbers_read_back(day: date, number: int, with_year: bool) -> None:
    weekday = _KANJI[day.weekday()]
    year = f"{day.year}年" if with_year else ""
    for written in (
        f"{year}{day.month}月{day.day}日（{weekday}）",
        f"{number}日目　{year}{day.month}月{day.day}日({weekday})",
    ):
        assert parse_date(written).resolve(date(day.year, 1, 1)) == day
        heading = day_heading(written)
        assert heading is not None and heading.resolve(date(day.year, 1, 1)) == day
    assert parse_date(f"{number}日目").day_number == number


@given(st.dates(min_value=date(1990, 1, 1), max_value=date(2090, 12, 31)))
def test_polish_and_portuguese_day_headings_read_back(day: date) -> None:
    polish = ("Poniedziałek", "Wtorek", "Środa", "Czwartek", "Piątek", "Sobota", "Niedziela")[day.weekday()]
    portuguese = ("Segunda", "Terça", "Quarta", "Quinta", "Sexta", "Sábado", "Domingo")[day.weekday()]
    written = f"{portuguese}-feira" if day.weekday() < 5 else portuguese
    assert parse_date(f"{polish}, {day.day}.{day.month}.{day.year}").resolve(None) == day
    # both numbers may be the month ("01/11"): the first day says which, as a page's first day would
    assert parse_date(f"{written} ({day.day:02d}/{day.month:02d})").resolve(day) == day


def test_a_wrong_weekday_is_still_an_error_and_other_texts_stay_as_written() -> None:
    assert local_written("Keynote (Ada Lovelace)") == "Keynote (Ada Lovelace)"
    assert day_heading("6月27日 開会") is None
    try:
        parse_date("6月27日（月）").resolve(date(2025, 6, 1))  # 27 June 2025 is a Friday
    except ValueError as error:
        assert "is not a Monday" in str(error)
    else:
        raise AssertionError("a wrong weekday was accepted")


def test_an_open_end_after_a_start_is_a_start_only() -> None:
    for written in ("18:00 – open end", "18:00 - late", "18:00 bis offen"):
        span = parse_span(written)
        assert (span.start.minutes, span.end) == (18 * 60, None)
