"""A slot's start and end as two adjacent elements: `<span>10h05</span><span>10h45</span>` (ESE 2026).

ESE 2026 (a Jekyll include) styles the dash between its two times with CSS, so the page's
text runs them together ("10h0510h45"), which no reader takes for a time. When an element's
children are two clock times side by side with nothing written between them, a dash is put
between them, and the slot reads as the range it shows ("10h05 – 10h45"). `parsed_page` parses
every saved page this way, so that each of html_page's readings sees the range.
"""

from __future__ import annotations

import re
from html import escape as html_escape
from typing import TYPE_CHECKING

from program.errors import ParseError
from program.model import SourceRef
from program.readers.html_css_content import write_shown_attributes
from program.readers.html_markdown import markdown_spans
from program.readers.notation.times import is_clock

if TYPE_CHECKING:  # only named: lxml, 0.05 s of every start-up, is imported where a page is parsed
    from lxml import etree

_PAIR = 2
_WRITTEN_CLOCK = re.compile(r"^\d{1,2}\s*[:.h]\s*\d{2}(?:\s*[ap]\.?\s*m\.?)?$", re.IGNORECASE)
"""Minutes written after a separator: two bare numbers side by side (a page count, a score) are no times."""
_RANGE_DASH = " – "


_TRANSLATED = re.compile(
    r"<\?(?:php\s+(?:print|echo)\s*|=\s*)\(?\s*(?:t|__|_|_e|e)\s*\(\s*(?P<quote>['\"])"
    r"(?P<text>(?:(?!(?P=quote))[^\\\n]|\\.)*)(?P=quote)\s*\)\s*\)?\s*;?\s*\?>"
)
"""A template's translated literal, the text the page shows: `<?php print t('Room'); ?> 1` is "Room 1" (Drupal)."""
_END_BR = re.compile(r"</br\s*>", re.IGNORECASE)


def parsed_page(text: str, source: str) -> etree._Element:
    """The page parsed with lxml, its processing instructions left out and adjacent time spans joined.

    Raises:
        ParseError: for a text lxml cannot parse as HTML.
    """
    # PHP and other processing instructions are not the page's text; their line ends stay, so lines count from
    # the file's first (WHG 2019's ten-line PHP preamble).
    from lxml import etree, html  # noqa: PLC0415 (a page only: see the module's TYPE_CHECKING import)

    shown = _TRANSLATED.sub(_shown, text)  # `<?php print t('Room'); ?>`: "Room", what the page shows
    cleaned = markdown_spans(re.sub(r"<\?.*?\?>", lambda found: "\n" * found[0].count("\n"), shown, flags=re.DOTALL))
    # `</br>` breaks a line in a browser, as HTML's parsing rules say, where lxml drops it (CLMF 2015's sub-forums)
    cleaned = _END_BR.sub("<br>", cleaned)
    try:
        root = html.document_fromstring(cleaned)
    except (etree.ParserError, ValueError) as error:
        raise ParseError(f"expected an HTML page: {error}", SourceRef(source, 1)) from None
    write_shown_attributes(root)  # `content: attr(data-date)`: a time the page shows from an attribute
    separate_time_spans(root)
    return root


def _shown(found: re.Match[str]) -> str:
    return html_escape(found["text"].replace("\\" + found["quote"], found["quote"]))


def separate_time_spans(root: etree._Element) -> int:
    """Put a dash between two adjacent elements that each hold only a clock time; how many pairs were joined."""
    joined = 0
    for parent in root.iter():
        children = [child for child in parent if isinstance(child.tag, str)]
        if len(children) != _PAIR or len(parent) != _PAIR:
            continue
        first, second = children
        if (first.tail or "").strip() or (parent.text or "").strip() or (second.tail or "").strip():
            continue  # something is written between or around them: the page's own words stand
        if len(first) or len(second) or not (_is_clock(first.text) and _is_clock(second.text)):
            continue
        first.tail = _RANGE_DASH
        joined += 1
    return joined


def _is_clock(text: str | None) -> bool:
    written = (text or "").strip()
    return _WRITTEN_CLOCK.match(written) is not None and is_clock(written)
