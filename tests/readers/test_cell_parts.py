"""Table cells written in parts (label, bold title, names, details), kramdown attributes, escaped pipes."""

from datetime import date
from zoneinfo import ZoneInfo

from program.readers.base import Line, ReadContext
from program.readers.lines.cells import cell_parts
from program.readers.lines.rows import row_cells
from program.readers.lines.schedule import read_schedule_lines


def _read(*rows: str) -> list[tuple[str, str, str | None, tuple[str, ...], str | None, str]]:
    lines = [Line(number, row) for number, row in enumerate(rows, start=1)]
    context = ReadContext(first_date=date(2023, 12, 16), timezone=ZoneInfo("America/Chicago"))
    read = read_schedule_lines(lines, context, source="p.md")
    return [
        (
            item.title,
            item.start.strftime("%H:%M") if item.start else "",
            item.end.strftime("%H:%M") if item.end else None,
            item.people,
            item.abstract,
            item.kind.value,
        )
        for item in read.items
    ]


def test_label_bold_title_italic_names_and_details_in_one_cell() -> None:
    row = (
        "| 09:00 - 09:30 | Invited talk 🎥 &emsp; [slides](https://example.org/s.pdf) <br> **On Engines** <br>"
        " *Ada Lovelace · Charles Babbage* <details> The engine computes. </details> |"
    )

    assert _read(row, "| 09:30 - 10:00 | Coffee break 🏰 |") == [
        ("On Engines", "09:00", "09:30", ("Ada Lovelace", "Charles Babbage"), "The engine computes.", "invited-talk"),
        ("Coffee break", "09:30", "10:00", (), None, "break"),
    ]


def test_kramdown_header_with_a_misspelt_start_and_name_with_affiliation_after_the_title() -> None:
    rows = (
        "| **Star**{: .h5} | **End**{: .h5} | **Type**{: .h5} | **Event**{: .h5} |",
        "| :-----:   | :-----: |",
        "| 14:30 | 15:15 | Invited talk | **Context Scaling** <br>  Ada Lovelace (Analytical Engines) |",
        "{: .table}",
    )

    assert _read(*rows) == [("Context Scaling", "14:30", "15:15", ("Ada Lovelace",), None, "invited-talk")]


def test_an_escaped_pipe_stays_inside_its_cell() -> None:
    assert row_cells("| 13:00 - 13:30 | Lunch (offline) \\| Poster session |", "") == [
        "13:00 - 13:30",
        "Lunch (offline) | Poster session",
    ]


def test_a_cell_of_one_part_or_without_title_and_names_is_no_cell_of_parts() -> None:
    assert cell_parts("Lunch") is None
    assert cell_parts("Lunch <br> on the terrace") is None
