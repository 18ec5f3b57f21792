"""Trial 24's schedule pages (unseen), read as their sources write them (PROVENANCE.md of each folder).

Expectations come from the sources by regular expressions over their markup, never from the
reader: PHPeste 2019's two-track tables of `<h5>Name</h5>` talk cells.
"""

from __future__ import annotations

import html
import re
from datetime import date, datetime
from zoneinfo import ZoneInfo

from program.readers import ReadContext

from helpers import ROOT, read_detected

DATA = ROOT / "tests" / "data"
RECIFE = ZoneInfo("America/Recife")


def _text(folder: str, name: str) -> str:
    return (DATA / folder / name).read_text(encoding="utf-8")


def _phpeste_talks() -> list[tuple[str, str]]:
    """Each talk cell's title (the text after `</small>`, links left out) and its speaker (the `<h5>`)."""
    talks: list[tuple[str, str]] = []
    for cell in re.findall(r"<td>(.*?)</td>", _text("html_pages", "phpeste2019-programming.blade.php"), re.S):
        speaker = re.search(r"<h5>(.*?)</h5>", cell)
        if speaker:
            rest = re.sub(r"<a .*?</a>", "", cell.split("</small>")[1], flags=re.S)
            talks.append((" ".join(html.unescape(re.sub(r"<[^>]+>", " ", rest)).split()), speaker[1].strip()))
    return talks


def test_phpeste_cells_headed_by_a_name_are_its_talk_and_speaker() -> None:
    name, program = read_detected(
        "html_pages",
        "phpeste2019-programming.blade.php",
        ReadContext(timezone=RECIFE, first_date=date(2019, 10, 19)),
    )

    talks = _phpeste_talks()
    assert name == "html-page"
    assert len(talks) == 28
    assert len(program.items) == 43  # and 15 plenary cells
    read = [(item.title, item.people) for item in program.items if item.people]
    assert read == [(title, (speaker,)) for title, speaker in talks]
    assert all("ver slide" not in item.people for item in program.items)  # a slides link is no person
    first = program.items[2]  # `<h5>Aline Chaves</h5>`, `(PHP com Rapadura e PHPWomen)`, the title, `ver slide`
    at = datetime(2019, 10, 19, 8, 45, tzinfo=RECIFE)
    assert (first.title, first.people) == ("Em DDD, domain, que falta eu sinto de você", ("Aline Chaves",))
    assert (first.start, first.end, first.location) == (at, at.replace(hour=9, minute=25), "Trilha 1")
    assert [link.label for link in first.links] == ["ver slide"]
    english = next(item for item in program.items if item.people == ("Len Lorijn",))
    assert english.title == "Introduction to Magento (inglês)"  # `(Holanda)` above it is where he works
