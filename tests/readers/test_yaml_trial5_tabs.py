"""Static-site YAML a tester tried unseen (trial 5): AGN on the Beach 2023's trailing tabs.

Its `_data/program.yml` ends three lines with a tab after the value (`time_end: '20:30'<TAB>`),
which Jekyll's libyaml reads and PyYAML's BaseLoader refuses. Expectations written by hand
from tests/data/yaml_site/agnbeach2023-program.yml (PROVENANCE.md).
"""

from __future__ import annotations

from datetime import datetime
from zoneinfo import ZoneInfo

import pytest

from program.errors import ParseError
from program.readers import ReadContext
from program.readers.yaml_load import load_yaml
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

AGN = ROOT / "tests" / "data" / "yaml_site" / "agnbeach2023-program.yml"
ROME = ZoneInfo("Europe/Rome")


def test_agn_on_the_beach_is_read_whole_with_its_tabbed_ends() -> None:
    text = AGN.read_text(encoding="utf-8")
    program = YamlSiteReader().read(text, source=AGN.name, context=ReadContext(timezone=ROME))
    assert len(program.items) == text.count("time_start:") == 91
    by_line = {item.source.line: item for item in program.items}
    # line 10: "Welcome Reception", 18:00 to '20:30'<TAB>, Sunday 2023-09-10 in Palazzo Santa Chiara
    welcome = by_line[10]
    assert (welcome.title, welcome.start, welcome.end, welcome.location) == (
        "Welcome Reception",
        datetime(2023, 9, 10, 18, tzinfo=ROME),
        datetime(2023, 9, 10, 20, 30, tzinfo=ROME),
        "Palazzo Santa Chiara",
    )
    # line 131: 14:45 to '15:00'<TAB><TAB> on Tuesday 2023-09-12
    feedback = by_line[131]
    assert (feedback.title, feedback.end) == (
        "Feedback on ionised gas over the radio AGN life-cycle",
        datetime(2023, 9, 12, 15, tzinfo=ROME),
    )
    assert "tabs after a value at the end of a line ignored, as Jekyll does (line 12, 133, 142)" in program.reading


def test_a_tab_inside_a_literal_block_is_kept_and_a_tab_before_a_value_still_refused() -> None:
    data, reading = load_yaml("a: |\n  kept\t\nb: 'x'\t\n", "t.yml")
    assert (data, reading) == (
        {"a": "kept\t\n", "b": "x"},
        ["tabs after a value at the end of a line ignored, as Jekyll does (line 3)"],
    )
    with pytest.raises(ParseError) as refused:
        load_yaml("a: 1\nb: 'x'\ty\n", "t.yml")
    assert refused.value.source.line == 2


def test_line_numbers_stay_those_of_the_file_after_a_trailing_tab() -> None:
    data, _ = load_yaml("- title: A\t\n  time: '9:00'\n- title: B\n", "t.yml")
    assert [entry.line for entry in data] == [1, 3]
