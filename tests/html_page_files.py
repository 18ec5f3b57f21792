"""The saved-page (HTML) reader's real pages and the bench that scores them, shared by its test modules."""

import importlib.util
import sys
from datetime import date
from zoneinfo import ZoneInfo

import lxml.html

from program.model import Item, Program
from program.readers.base import ReadContext
from program.readers.html_page import HtmlPageReader

from helpers import ROOT

sys.path.insert(0, str(ROOT / "bench"))  # the bench imports its sibling page_fidelity, as when run as a script
_SPEC = importlib.util.spec_from_file_location("html_page_fidelity", ROOT / "bench" / "html_page_fidelity.py")
assert _SPEC is not None and _SPEC.loader is not None
bench = importlib.util.module_from_spec(_SPEC)
sys.modules["html_page_fidelity"] = bench
_SPEC.loader.exec_module(bench)

DATA = ROOT / "tests" / "data" / "html_pages"
READER = HtmlPageReader()
PAGES = sorted(path.name for path in DATA.iterdir() if path.is_file() and path.suffix != ".md")
"""The saved pages (the .md files are HTML inside Markdown, read with --format html-page)."""


def read_page(name: str, zone: str | None = None, first: date | None = None) -> Program:
    context = ReadContext(first_date=first, timezone=ZoneInfo(zone) if zone else None)
    return READER.read(bench.page_text(name), source=name, context=context)


def page_fields(item: Item) -> tuple[object, ...]:
    """An item as the expectations write it: day, start, end, kind, title, people, room, abstract, link URLs."""
    assert item.start is not None
    return (
        item.start.date().isoformat(),
        item.start.strftime("%H:%M"),
        item.end.strftime("%H:%M") if item.end else None,
        item.kind.value,
        item.title,
        item.people,
        item.location,
        item.abstract,
        tuple(link.url for link in item.links),
    )


def time_rows(name: str) -> list[lxml.html.HtmlElement]:
    """The page's table rows that start with a time, counted with lxml directly."""
    root = lxml.html.fromstring(bench.page_text(name))
    return [
        row
        for row in root.iter("tr")
        if row.findall("td") and row.findall("td")[0].text_content().strip()[:1].isdigit()
    ]
