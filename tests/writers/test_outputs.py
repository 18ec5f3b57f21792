"""The writers named without importing them (`OUTPUTS`) are the registered ones.

A build imports the modules of the writers it runs; a no-change rebuild, none.
"""

from __future__ import annotations

import shutil
import subprocess
import sys
from pathlib import Path

from program.writers import OUTPUTS, WRITERS, build_outputs, build_writers, output_name

from helpers import SAMPLE_PAGE, SAMPLE_PROGRAM_FILE


def test_outputs_are_the_registered_writers_in_order() -> None:
    assert list(OUTPUTS) == [(name, output_name(writer)) for name, writer in WRITERS.items()]
    assert all(writer.name == name for name, writer in WRITERS.items())
    for pdf in (True, False, None):
        assert build_outputs(pdf=pdf) == [(writer.name, output_name(writer)) for writer in build_writers(pdf=pdf)]


_NO_CHANGE = """
import sys
from program.cli.main import main
code = main()
print(sorted(name for name in sys.modules if name.startswith(("program.writers.", "jinja2", "icalendar"))))
sys.exit(code)
"""


def test_a_rebuild_with_nothing_changed_imports_no_writer(tmp_path: Path) -> None:
    shutil.copy(SAMPLE_PAGE, tmp_path)
    shutil.copy(SAMPLE_PROGRAM_FILE, tmp_path)
    program_file = tmp_path / SAMPLE_PROGRAM_FILE.name
    command = [sys.executable, "-c", _NO_CHANGE, "build", "--no-pdf", str(program_file), "--out", str(tmp_path / "out")]
    first = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "program.writers.program_json" in first.stdout
    assert "program.writers.booklet'" not in first.stdout  # the PDF's writer, not run: not imported
    again = subprocess.run(command, capture_output=True, text=True, check=True)
    assert "unchanged" in again.stdout
    imported = again.stdout.strip()
    assert "all_writers" not in imported
    assert "jinja2" not in imported
    assert "icalendar" not in imported
