"""Trial 34's saved pages and what each writes that was read wrong before (trial 34's report).

Every field of every slot is compared with the expectations in `test_html_page_expectations.py`.
"""

from datetime import date, datetime
from zoneinfo import ZoneInfo

from html_page_files import DATA, read_page
from program.readers import detect_readers
from program.readers.lines.honorifics import without_honorifics
from program.readers.notation.dates import parse_date

LIMA = ZoneInfo("America/Lima")


def test_a_timeline_entrys_weekday_is_its_day_and_each_heading_a_parallel_talk() -> None:
    # CONEISC 2014: `<time><span class="hora">10:30-12:30</span><span class="hora">Martes 19</span></time>` over six
    # `<h2>` talks; the weekday is the day, not the title, and no heading is a room.
    program = read_page("coneisc2014-cronograma.php", "America/Lima", date(2014, 8, 18))
    parallel = [item for item in program.items if item.start == datetime(2014, 8, 19, 10, 30, tzinfo=LIMA)]

    assert [item.title for item in parallel] == [
        "TESTEAR PARA CONOCER, CONOCER PARA TESTEAR",
        "OMNILITE: CENTRO DE DATOS INTEGRALES",
        "MODELOS INTEGRADOS DE GESTIÓN",
        "MOZILLA PERÚ - WEBMAKER PARTY",
        "TALLER",
        "TALLER",
    ]
    assert [item.people for item in parallel][:2] == [("Monica Wodzislawski",), ("Juan Carlos Revilla",)]
    assert {item.location for item in program.items} == {
        None,
        'discoteca "El Estribo"',
        "Auditorio del Colegio de Ingenieros del Perú",
        "El Limonero",
    }
    assert len(program.items) == 74
    assert not [said for said in program.reading if "not placed" in said]  # a label of talks is no untimed title


def test_a_timeline_reads_over_midnight_brackets_and_speaker_lines() -> None:
    program = read_page("coneisc2014-cronograma.php", "America/Lima", date(2014, 8, 18))
    by_title = {item.title: item for item in program.items}

    party = by_title["FIESTA DE APERTURA"]
    assert (party.start, party.end) == (
        datetime(2014, 8, 18, 22, 0, tzinfo=LIMA),
        datetime(2014, 8, 19, 1, 0, tzinfo=LIMA),
    )
    assert by_title["DISEÑO GRÁFICO EN FEDORA 20"].people == ("Comunidad FEDORA",)  # `<small>(Simultáneo)</small>`
    assert by_title["EMPRENDIMIENTO TECNOLÓGICO STARTUP"].people == ("Lima Valley", "Trujillo Valley")
    assert by_title["REALIDAD AUMENTADA PARA WINDOWS PHONE 8 Y WINDOWS 8"].people == ("Robertho Rodríguez",)
    assert by_title["FIESTA DE GALA"].start == datetime(2014, 8, 22, 22, 0, tzinfo=LIMA)


def test_peruvian_degrees_before_a_name_are_left_out() -> None:
    assert without_honorifics("Mg. Alfred Kobayashi") == "Alfred Kobayashi"
    assert without_honorifics("Mg.Michael Arias") == "Michael Arias"
    assert without_honorifics("Phd. Augusto Bernuy Alva") == "Augusto Bernuy Alva"


SHANGHAI = ZoneInfo("Asia/Shanghai")


def test_chinese_day_headings_are_days_and_numbered_sub_forums_an_item_each() -> None:
    # CLMF 2015: `<h4>8月22日 星期六</h4>` is Saturday the 22nd (not a room); `09:00-12:00 主题分论坛：</br>第一分论坛
    # …` (`</br>` a line break, as a browser reads it) is four sub-forums at that time.
    program = read_page("clmf2015-meetSchedule.jsp", "Asia/Shanghai", date(2015, 8, 21))
    opening = next(item for item in program.items if item.title == "论坛开幕式")
    forums = [item for item in program.items if item.start == datetime(2015, 8, 23, 9, 0, tzinfo=SHANGHAI)]

    assert (opening.start, opening.location) == (datetime(2015, 8, 22, 9, 0, tzinfo=SHANGHAI), None)
    assert [item.title for item in forums] == [
        "第一分论坛 “中国故事”国际传播",
        "第二分论坛 新媒体技术与华文媒体发展",
        "第三分论坛 传统媒体合作与发展",
        "第四分论坛 媒体的经营与生存",
    ]
    assert {item.end for item in forums} == {datetime(2015, 8, 23, 12, 0, tzinfo=SHANGHAI)}
    assert len(program.items) == 20
    assert parse_date("8月25日星期二").weekday == 1


AMSTERDAM = ZoneInfo("Europe/Amsterdam")


def test_a_blade_template_is_a_saved_page() -> None:
    text = (DATA / "ctb2016-programma.blade.php").read_text(encoding="utf-8")

    assert [reader.name for reader in detect_readers(text)] == ["html-page"]


def test_dutch_headings_name_speakers_lengths_and_the_lists_under_them_people() -> None:
    # Congres TBK 2016: `door` (by) names the speaker, the bold line under it (`voorzitter …`) is their post; the
    # speakers' list and the panel's members (`Panelleden:`) are people; `(45 minuten)` ends the break-out session.
    program = read_page("ctb2016-programma.blade.php", "Europe/Amsterdam", date(2016, 1, 20))
    by_title = {item.title: item for item in program.items}

    assert by_title["Opening Congres"].people == ("Marc van Kempen",)
    assert by_title["Themasprekers"].people == (
        "Willem van Raaijen",
        "Tijs Pijls",
        "Michaël van Straalen",
        "Bert Schroën",
    )
    members = ("Thjeu Houben", "Tijs Pijls", "Bert Schroën", "Willem van Raaijen")
    assert by_title["Paneldiscussie"].people == ("Marc van Kempen", *members)  # `geleid door`: its moderator
    assert by_title["Tweede break out sessie"].end == datetime(2016, 1, 20, 15, 0, tzinfo=AMSTERDAM)
    assert by_title["Netwerkborrel"].end == datetime(2016, 1, 20, 16, 0, tzinfo=AMSTERDAM)  # "16:00 Einde" above it
    assert len(program.items) == 10


def test_a_talks_filter_label_and_titles_in_three_languages_name_kinds() -> None:
    # CONEISC 2014: `data-target="magistral"` is the id of the `Ponencias Magistrales` filter (keynotes); CLMF 2015's
    # 论坛开幕式 and 闭幕式 are the opening and closing ceremonies; Congres TBK 2016's Theepauze a break.
    coneisc = read_page("coneisc2014-cronograma.php", "America/Lima", date(2014, 8, 18))
    clmf = read_page("clmf2015-meetSchedule.jsp", "Asia/Shanghai", date(2015, 8, 21))
    ctb = read_page("ctb2016-programma.blade.php", "Europe/Amsterdam", date(2016, 1, 20))
    kinds = {item.title: item.kind.value for program in (coneisc, clmf, ctb) for item in program.items}

    assert kinds["CREACIÓN DE STARTUPS ESCALABLES Y GLOBALES"] == "keynote"
    assert kinds["OMNILITE: CENTRO DE DATOS INTEGRALES"] == "talk"
    assert kinds["FIESTA DE APERTURA"] == "social"
    assert (kinds["论坛开幕式"], kinds["闭幕式"], kinds["主题午餐"]) == ("opening", "closing", "break")
    assert (kinds["Paneldiscussie"], kinds["Theepauze"], kinds["Netwerkborrel"]) == ("panel", "break", "social")
