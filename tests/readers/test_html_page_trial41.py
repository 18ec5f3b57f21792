"""Trial 41's Joyce in Latin America 2021 page (unseen, Spanish): two HTML tables under day headings.

`<h3>Jueves 10 de junio / Zona horaria de la Ciudad de México (GMT-5)</h3>` and `<h3>Viernes 11 de junio / …</h3>`
each date the header-less table below (time, then one title cell); the second table fell on the first day. Its
keynote cells write a label, the title in quotes and `Dr. Name, Affiliation`; the ceremony's lists its guests on
dashed lines after `Con la distinguida participación de:`; the round table's writes `Name-Country` lines.
Expectations typed from the source (tests/data/html_pages/PROVENANCE.md); the year (2021) is the site's
index.html's, so --date gives the first day, as the page's day headings write none.
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import pytest

from program.errors import UsageError
from program.model import Kind
from program.readers import ReadContext
from program.readers.html_cell_guests import country_guests, dashed_guests, quoted_lecture
from program.readers.html_page import HtmlPageReader

from helpers import read_detected

MEXICO = ZoneInfo("Etc/GMT+5")  # the page's own `(GMT-5)`
PAGE = "bloomsday-unam2021-programa_congreso.md"
Row = tuple[str, str, str, tuple[str, ...]]

ROWS: list[Row] = [
    ("Inauguración", "2021-06-10 10:00", "2021-06-10 10:15", ()),
    ("Joyce, Borges, y el posthumanismo parasitario", "2021-06-10 10:15", "2021-06-10 10:40", ("James Ramey",)),
    ("Sesión de preguntas", "2021-06-10 10:40", "2021-06-10 10:50", ()),
    ("Descanso", "2021-06-10 10:50", "2021-06-10 10:55", ()),
    (
        "Ceremonia: Cátedra Extraordinaria Eavan Boland-Anne Enright de Estudios Irlandeses, UNAM",
        "2021-06-10 10:55",
        "2021-06-10 12:15",
        (
            "Maeve von Heynitz",  # `-S. E. Sra. Maeve von Heynitz, Embajadora de Irlanda en México`
            "Francisco José Trigo Tavera",
            "Mary Frances Rodríguez Van Gort",
            "Nair Anaya Ferreira",
            "Laura Zuntini de Izarra",
            "Sarah Casey",
            "Anne Enright",  # after a line `y`, with no honorific
        ),
    ),
    ("Conferencia magistral, a cargo de Anne Enright", "2021-06-10 11:45", "2021-06-10 12:05", ()),
    ("Sesión de preguntas", "2021-06-10 12:05", "2021-06-10 12:15", ()),
    ("Descanso", "2021-06-10 12:15", "2021-06-10 12:20", ()),
    (
        "Mesa redonda 1: Conversatorio con artistas irlandesas y latinoamericanas",
        "2021-06-10 12:20",
        "2021-06-10 13:30",
        ("Anne Enright", "Mary Costello", "Daniela Tarazona", "Carmen Boullosa", "Luci Collin", "Lina Meruane"),
    ),
    ("Introducción", "2021-06-11 10:00", "2021-06-11 10:05", ()),
    (
        "Las vanguardias en 1922, annus mirabilis en Latinoamérica y Europa",
        "2021-06-11 10:05",
        "2021-06-11 10:30",
        ("Yanna Hadatty",),
    ),
    ("Sesión de preguntas", "2021-06-11 10:30", "2021-06-11 10:40", ()),
    ("Descanso", "2021-06-11 10:40", "2021-06-11 10:45", ()),
    ("Introducción", "2021-06-11 10:45", "2021-06-11 10:50", ()),
    ("Cartografías de las trayectorias joyceanas en México", "2021-06-11 10:50", "2021-06-11 11:15", ("Brian Price",)),
    ("Sesión de preguntas", "2021-06-11 11:15", "2021-06-11 11:25", ()),
    ("Descanso", "2021-06-11 11:25", "2021-06-11 11:30", ()),
    ("Introducción", "2021-06-11 11:30", "2021-06-11 11:35", ()),
    (
        "Celebrando a Joyce en Brasil: estudios, traducciones, recepción crítica",
        "2021-06-11 11:35",
        "2021-06-11 12:00",
        ("Luci Collin",),  # `Dra. Luci Collin, Universidad Federal de Paraná, e investigadora de …`
    ),
    ("Sesión de preguntas", "2021-06-11 12:00", "2021-06-11 12:10", ()),
    ("Celebración de Bloomsday", "2021-06-11 12:10", "2021-06-11 12:30", ()),
]


def _at(written: str) -> datetime:
    return datetime.fromisoformat(written).replace(tzinfo=MEXICO)


def test_each_table_on_its_headings_day_with_titles_and_people() -> None:
    """21 items, each on its heading's day, titled and peopled as the cells write them; no room."""
    _, program = read_detected("html_pages", PAGE, ReadContext(first_date=date(2021, 6, 10)))
    read = [(item.title, item.start, item.end, item.people) for item in program.items]
    assert read == [(title, _at(start), _at(end), people) for title, start, end, people in ROWS]
    assert all(item.location is None for item in program.items)
    assert program.timezone == "Etc/GMT+5"


def test_keynote_cells_keep_their_label_as_the_kind() -> None:
    """`Conferencia magistral 1` is the label and makes the item a keynote; the quotes are no part of the title."""
    _, program = read_detected("html_pages", PAGE, ReadContext(first_date=date(2021, 6, 10)))
    keynotes = [(item.label, item.kind) for item in program.items if item.label]
    assert keynotes == [(f"Conferencia magistral {n}", Kind.KEYNOTE) for n in range(1, 5)]
    assert next(item for item in program.items if item.title.startswith("Mesa redonda")).kind is Kind.PANEL


def test_no_year_anywhere_asks_for_the_date() -> None:
    """The headings write `Jueves 10 de junio` and no year: --date is asked for, never guessed."""
    with pytest.raises(UsageError, match="--date"):
        read_detected("html_pages", PAGE, ReadContext())


@pytest.mark.parametrize(
    "lines",
    [
        ["Conferencia magistral 1 “Joyce”", "James Ramey, UAM-Cuajimalpa"],  # no honorific: no sign of a person
        ["Sesión de preguntas “abierta”", "Dr. James Ramey, UAM"],  # no kind's label before the quotes
        ["Conferencia magistral 1 “Joyce”", "Dr. James Ramey, UAM", "una nota", "otra nota"],  # more notes than names
    ],
)
def test_other_quoted_cells_are_read_as_before(lines: list[str]) -> None:
    assert quoted_lecture(lines) is None


def test_dashed_notes_are_no_guests() -> None:
    """Dashed lines that are no titled names (a list of topics) stay the cell's text."""
    lines = [[("Taller de datos", "plain")], [("-Limpieza, herramientas", "plain")], [("-Modelos, práctica", "plain")]]
    assert dashed_guests(lines) is None


def test_a_hyphenated_surname_is_no_country() -> None:
    """`Pol Castellano-Escuder` is one name: only a country after the hyphen is where the guest comes from."""
    assert country_guests(["Panel", "Pol Castellano-Escuder", "Ana Ruiz-Brasil"]) is None
    parts = country_guests(["Roundtable 1", "Anne Enright-Ireland", "Lina Meruane - Chile"])
    assert parts is not None and parts.people == ("Anne Enright", "Lina Meruane")


_TWO_DAYS = """<h3>{first}</h3>
<table><tr><th>10:00-10:15</th><td>Inauguración</td></tr><tr><th>10:15-11:00</th><td>Charla</td></tr></table>
<h3>{second}</h3>
<table><tr><th>10:00-10:05</th><td>Introducción</td></tr><tr><th>10:05-11:00</th><td>Clausura</td></tr></table>
"""


@pytest.mark.parametrize(
    ("second", "day"),
    [
        ("Viernes 11 de junio / Zona horaria de la Ciudad de México (GMT-5)", date(2021, 6, 11)),
        ("Friday 11, June / Mexico City Time Zone (GMT-5), with simultaneous translation", date(2021, 6, 11)),
        # a long heading whose part before ' / ' is no day heading, only a sentence holding a date: no day
        ("Call for papers: deadline June 11 / Submission through the conference system", date(2021, 6, 10)),
    ],
)
def test_a_long_headings_day_is_its_part_before_the_slash(second: str, day: date) -> None:
    page = _TWO_DAYS.format(first="Jueves 10 de junio / Zona horaria de la Ciudad de México (GMT-5)", second=second)
    program = HtmlPageReader().read(
        page, source="page.html", context=ReadContext(timezone=MEXICO, first_date=date(2021, 6, 10))
    )
    assert [(item.title, item.start.date()) for item in program.items if item.start][2:] == [
        ("Introducción", day),
        ("Clausura", day),
    ]
