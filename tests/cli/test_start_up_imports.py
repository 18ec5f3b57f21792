"""`program check` on a text page imports no library only other formats or the outputs need.

Every reader module is imported to detect a feed's format, so a reader that imports lxml (or
icalendar, PyYAML, Jinja2) at its top makes every command pay for it (lxml alone is 0.05 s of a
start-up, docs/scale.md). Readers name those libraries' types under TYPE_CHECKING and import them
where a page, calendar or YAML file is parsed.
"""

from __future__ import annotations

import subprocess
import sys

from helpers import SAMPLE_PAGE

_CHECK_THEN_LIST = """
import sys
from program.cli.main import main
code = main(["check", sys.argv[1]])
print(sorted(name for name in sys.modules if name.split(".")[0] in {"lxml", "icalendar", "yaml", "jinja2", "ortools"}))
"""


def test_checking_a_text_page_imports_no_heavy_library() -> None:
    run = subprocess.run(
        [sys.executable, "-c", _CHECK_THEN_LIST, str(SAMPLE_PAGE)], capture_output=True, text=True, check=True
    )
    imported = run.stdout.strip().splitlines()[-1]
    assert imported == "[]", f"`program check` on a text page imported {imported}"
