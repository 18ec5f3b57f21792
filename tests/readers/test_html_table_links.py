"""A link in one cell of a rooms-as-columns row is that cell's item's, not its neighbours' (audit of issue 28, F10)."""

from zoneinfo import ZoneInfo

from html_page_files import READER
from program.readers.base import ReadContext

# The audit's page (shape of a saved grid: one row a time slot, one cell a room, a link around a title).
ROW = (
    "<html><body>\n<h2>Monday, March 2, 2026</h2>\n<table>\n"
    "<tr><th>Time</th><th>Room A</th><th>Room B</th></tr>\n"
    '<tr><td>10:00-11:00</td><td><a href="https://example.org/w">Looms</a><br>Joseph Jacquard</td>'
    "<td>Compilers<br>Grace Hopper</td></tr>\n"
    "<tr><td>11:00-12:00</td><td>Engines<br>Ada Lovelace</td><td>Machines<br>Alan Turing</td></tr>\n"
    "</table>\n</body></html>\n"
)


def test_a_grid_cells_link_stays_with_its_own_item() -> None:
    program = READER.read(ROW, source="grid.html", context=ReadContext(timezone=ZoneInfo("Europe/Berlin")))

    links = {item.title: [(link.label, link.url) for link in item.links] for item in program.items}
    assert links == {
        "Looms": [("Looms", "https://example.org/w")],
        "Compilers": [],
        "Engines": [],
        "Machines": [],
    }


def test_a_row_tables_links_are_its_items_whatever_their_labels() -> None:
    page = (
        "<html><body><h2>Monday, March 2, 2026</h2><table>\n<tr><th>Time</th><th>Title</th><th>Slides</th></tr>\n"
        '<tr><td>10:00-11:00</td><td>Looms</td><td><a href="https://example.org/s.pdf">pdf</a></td></tr>\n'
        "</table></body></html>\n"
    )
    program = READER.read(page, source="rows.html", context=ReadContext(timezone=ZoneInfo("Europe/Berlin")))

    assert [(link.label, link.url) for link in program.items[0].links] == [("pdf", "https://example.org/s.pdf")]
