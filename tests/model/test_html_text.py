"""Abstracts written as HTML (FOSDEM's pentabarf, wafer) read as the text they show; other text as written."""

from __future__ import annotations

import xml.etree.ElementTree as ET
from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.model.html_text import html_text
from program.readers.base import ReadContext
from program.readers.frab_xml import FrabXmlReader

REAL = Path(__file__).resolve().parent.parent / "data" / "frab" / "real"


@pytest.mark.parametrize(
    ("written", "shown"),
    [
        ("\n<p>BoxGrinder is a set of <b>tools</b>.</p>      ", "BoxGrinder is a set of tools."),
        ("<p>One</p>\n\n<p>Two <a href='https://x.org'>site</a></p>", "One\n\nTwo site (https://x.org)"),
        ("<ul><li>one</li><li>two &amp; three</li></ul>", "- one\n- two & three"),
        ("line<br>next<br/>last", "line\nnext\nlast"),
        ("<p>See <a href='https://x.org'>https://x.org</a></p>", "See https://x.org"),
    ],
)
def test_html_is_read_as_the_text_it_shows(written: str, shown: str) -> None:
    assert html_text(written) == shown


@pytest.mark.parametrize(
    "text",
    ["I <3 you", "a<b and c>d", "**Markdown** with [a link](https://x.org)", "¯\\_(ツ)_/¯", "x < y > z", "<p>open"],
)
def test_text_without_html_is_kept_as_written(text: str) -> None:
    assert html_text(text) == text


def test_fosdem_abstracts_show_no_tags_and_keep_their_words() -> None:
    # FOSDEM 2012 (mttcrsp/fosdem 5719808, App/Tests/Resources/Schedules/2012.xml): HTML abstracts.
    path = REAL / "fosdem-2012-pentabarf.xml"
    program = FrabXmlReader().read(
        path.read_text(encoding="utf-8"), source=path.name, context=ReadContext(timezone=ZoneInfo("Europe/Brussels"))
    )

    [item] = [item for item in program.items if item.title.startswith("BoxGrinder")]
    assert item.abstract is not None
    assert item.abstract.startswith("BoxGrinder is a set of tools that help you grind out appliances")
    assert "<p>" not in item.abstract
    assert "\n\nBoxGrinder addresses the key problem" in item.abstract
    assert item.frab is not None
    written = [event.findtext("abstract") for event in ET.parse(path).getroot().iter("event")]
    assert item.frab.abstract in written  # the record keeps the HTML, for schedule.xml to give back
    assert (item.frab.abstract or "").startswith("\n<p>BoxGrinder")
    assert not [other for other in program.items if other.abstract and "</p>" in other.abstract]
