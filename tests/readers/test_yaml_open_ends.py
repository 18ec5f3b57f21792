"""A range whose end is left open in a site's YAML: `hour: "21.00 - .."` (Lights of Tuscany 2023).

The two evenings after the dinners were refused (`expected a time such as 09:30 …, found '21.00 - ..'`)
although the pages and tables read such a range as a start alone. Expectations are read from the
file with PyYAML, by the mapping a program file gives (`items = "schedule[].activity[]"`).
"""

from __future__ import annotations

from datetime import date, datetime
from zoneinfo import ZoneInfo

import yaml

from program.readers import ReadContext
from program.readers.yaml_site import YamlSiteReader

from helpers import ROOT

SOURCE = ROOT / "tests" / "data" / "yaml_site" / "lot2023-programme.yml"
PISA = ZoneInfo("Europe/Rome")
COLUMNS = (("items", "schedule[].activity[]"), ("title", "descr"), ("start", "hour"))


def test_an_open_ended_range_is_a_start_alone_and_every_activity_is_read() -> None:
    days = yaml.load(SOURCE.read_text(encoding="utf-8"), Loader=yaml.BaseLoader)["schedule"]
    expected = [activity["descr"].strip() for day in days for activity in day["activity"]]
    context = ReadContext(first_date=date(2023, 4, 28), timezone=PISA, columns=COLUMNS)

    program = YamlSiteReader().read(SOURCE.read_text(encoding="utf-8"), source=str(SOURCE), context=context)

    assert [item.title for item in program.items] == expected
    assert not [problem for problem in program.problems if problem.severity.value == "error"]
    night = next(item for item in program.items if item.title == "Night visits in Pisa")
    assert (night.start, night.end) == (datetime(2023, 4, 28, 21, 0, tzinfo=PISA), None)
