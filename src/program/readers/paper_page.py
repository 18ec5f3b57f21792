"""An accepted-paper list saved as a whole HTML page: its papers in the page's main content, menus around them.

RuleML 2010's page (a TYPOlight CMS page, mirrored by HTTrack) lists its 21 papers as
`<li>A, B and C. <em>Title</em></li>` inside `<div id="content">`, beside a sidebar of nested
menus and a column of sponsors. Read as a list's lines, two menu entries were a title and its
authors (`Who Will Attend` by "Keynote Speakers, Invited Demos"), and so were a sponsor's
rank and the next column heading. Where a page names its main content (`<main>`,
`role="main"`, `id="content"` or `id="main"`) and the papers are there, only its lines are
read; and a page whose main content is such a list, with no clock times, is a paper list
(not a schedule page without a schedule).
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import TYPE_CHECKING

import attrs

from program.readers.paper_classes import marks_papers
from program.readers.paper_lines import PaperLine, page_lines
from program.readers.paper_walk import list_order, walk

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_DOCUMENT = re.compile(r"^\s*(?:<\?xml[^>]*>\s*)?(?:<!--.*?-->\s*)*<(?:!doctype\s+html|html[\s>])", re.I | re.S)
_MAIN = "//main | //*[@role='main'] | //*[@id='content' or @id='main' or @id='main-content' or @id='maincontent']"
"""The elements a page names its main content by (HTML5's `<main>`, the ARIA role, a CMS's usual ids)."""
_PROCESSING = re.compile(r"<\?.*?\?>", re.DOTALL)
_CLOCK = re.compile(r"\b\d{1,2}(?:[:.h]\d{2}|\s*[ap]\.?m\.?)(?!\w)", re.IGNORECASE)
_MIN_CLOCKS = 2
_MIN_PAPERS = 3
"""Papers a page's main content must show to make the page a paper list (a schedule page's few are not)."""


@attrs.frozen
class MainContent:
    """The lines of a page's main content element, and how the page names it."""

    lines: range
    named: str

    def said(self, left: int) -> str:
        """What `program check` says of the lines read and those left."""
        return (
            f"read the page's main content only ({self.named}, lines {self.lines.start}–{self.lines.stop - 1}); "
            f"{left} lines around it (menus, side columns) not read"
        )


def main_content(text: str) -> MainContent | None:
    """The main content of an HTML document that names one, else None."""
    if not _DOCUMENT.match(text[:2000]):
        return None
    from lxml import etree, html  # noqa: PLC0415 (a document only: see the module's TYPE_CHECKING import)

    blanked = _PROCESSING.sub(lambda found: "\n" * found.group().count("\n"), text)  # lines keep their numbers
    try:
        root = html.document_fromstring(blanked)
    except (etree.ParserError, ValueError):
        return None
    found = [element for element in root.xpath(_MAIN) if isinstance(element, etree._Element)]
    outer = [element for element in found if not any(other in found for other in element.iterancestors())]
    if len(outer) != 1 or outer[0].sourceline is None:
        return None
    element = outer[0]
    after = [following for following in element.xpath("following::*[1]") if following.sourceline is not None]
    last = after[0].sourceline - 1 if after else blanked.count("\n") + 1
    named = f"<{element.tag}>" if element.tag == "main" else _named(element)
    return MainContent(range(element.sourceline, max(last, element.sourceline) + 1), named)


def _named(element: etree._Element) -> str:
    for attribute in ("id", "role"):
        if value := element.get(attribute):
            return f'<{element.tag} {attribute}="{value}">'
    return f"<{element.tag}>"


def content_lines(text: str, lines: Sequence[PaperLine]) -> tuple[list[PaperLine], str | None]:
    """The lines of a page's main content when it holds papers, and what to say of it; else all the lines."""
    content = main_content(text)
    if content is None:
        return list(lines), None
    inside = [line for line in lines if line.number in content.lines]
    if not walk(inside, "", list_order(inside)).entries:
        return list(lines), None
    return inside, content.said(len(lines) - len(inside))


def is_paper_page(text: str) -> bool:
    """Whether an HTML document's main content is a list of papers and names no clock time."""
    content = main_content(text)
    if content is None:
        return False
    lines = [line for line in page_lines(text) if line.number in content.lines]
    if len(_CLOCK.findall(" ".join(line.text for line in lines))) >= _MIN_CLOCKS:
        return False
    found = walk(lines, "", list_order(lines))
    papers = len(found.entries)
    return papers >= _MIN_PAPERS and not found.problems and len(found.unplaced) < papers


def shows_papers(text: str) -> bool:
    """Whether a page is a list of papers, no schedule: its opening marks papers by class, or its main content is one.

    >>> shows_papers('<span class="authors">A and B.</span> <span class="title">On X</span>' * 2)
    True
    """
    return marks_papers(text[:2000]) or is_paper_page(text)
