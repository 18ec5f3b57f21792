"""A cell's lines about its materials and a cell that is only a map link: what a table cell shows that is no title.

Kept apart from html_blocks (the page's blocks and lines), which the readers of cells and grids use beside it.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

from program.readers.html_blocks import collapse

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_FURNITURE = re.compile(
    r"^(?:(?:access|download|view|see|watch|get)\s+(?:the\s+)?(?:slides?|video|recording|paper|poster|pdf)\b.{0,20}"
    r"|[☐☑☒✓✔✗✘]\s.*"
    r"|(?:(?:zoom|webex|teams|google\s+meet)\s*:?\s*)?(?:meeting\s+id|passcode|password)\s*:.*)$",
    re.IGNORECASE,
)
"""A cell's line about its materials, not its title: a link "Access the slides", a note "☒ This talk was not
recorded." (LIKE23), how to join its call: "Zoom: Meeting ID: 475 639 4770 / Passcode: …" (Hisarlı 2021, under
`AÇILIŞ`)."""


def without_furniture(lines: list[str]) -> list[str]:
    """A cell's lines without those about its materials, after its first (a cell of such a line alone keeps it).

    A link's prompt after a title ("Session 1 (click for details)", KaRS 2022) is left out too.
    """
    lines = [_CLICK_PROMPT.sub("", line) or line for line in lines]
    return [line for index, line in enumerate(lines) if not index or not _FURNITURE.match(line)]


def is_map_link(cell: etree._Element) -> bool:
    """Whether all a cell shows is one link to a map: where something is, never its title.

    A3-RONA 2024 (a sheet saved from Excel) writes `12:00 | Lunch | 송암돼지국밥 | <a href=google.com/maps/…>Lunch
    Restaurant Google Map</a>`: the meal is in the Name column, its map in the Title column.
    """
    anchors = list(cell.iter("a"))
    if len(anchors) != 1 or collapse(anchors[0].text_content()) != collapse(cell.text_content()):
        return False
    return _MAP.match((anchors[0].get("href") or "").strip()) is not None


_MAP = re.compile(
    r"https?://(?:www\.)?(?:google\.[a-z.]+/maps\b|maps\.google\.[a-z.]+/|goo\.gl/maps/|maps\.app\.goo\.gl/"
    r"|map\.naver\.com/|map\.kakao\.com/|maps\.apple\.com/|(?:www\.)?openstreetmap\.org/|bing\.com/maps\b)",
    re.IGNORECASE,
)

_CLICK_PROMPT = re.compile(r"\s*\((?:click|tap)(?:\s+here)?\s+(?:for|to\s+see)\s+(?:more\s+)?details\)$", re.I)
