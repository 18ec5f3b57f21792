"""A workbook sheet of sessions with start and end columns that no header we know reads is warned, never only said."""

from program.readers.base import ReadContext
from program.readers.workbook import WorkbookReader
from spreadsheet_files import DATA


def test_a_sheet_of_session_starts_and_ends_left_out_is_warned_with_its_cell() -> None:
    """GWADW 2026 (trial 13): its "Program" sheet times the poster sessions; its posters came out untimed, silently."""
    name = "gwadw2026-program.xlsx"

    program = WorkbookReader().read_bytes((DATA / name).read_bytes(), source=name, context=ReadContext())

    warnings = [problem for problem in program.problems if problem.code == "skipped-sheet"]
    assert [problem.message.split(" left out")[0] for problem in warnings] == ["sheet 'Program'"]
    assert "Program!C2: '2025-05-15 18:00:00'" in warnings[0].message
    assert len(program.items) == 55 and all(item.start is None for item in program.items)  # the posters, as before
