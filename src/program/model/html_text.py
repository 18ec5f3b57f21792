"""Text written as HTML in a feed's field (FOSDEM's and wafer's abstracts), as the plain text it shows.

Pentabarf, wafer and many sites write an abstract as HTML (`<p>…</p><ul><li>…`). Shown as
written, every output would print the tags. This turns such a fragment into paragraphs of
text, a list item a line, a link's address kept where its text does not show it. Text that
has no tags (most pretalx and frab abstracts are Markdown) is left exactly as written.
"""

from __future__ import annotations

import re
from typing import TYPE_CHECKING

if TYPE_CHECKING:
    from lxml import etree

_TAGS = "p|br|div|a|ul|ol|li|em|strong|b|i|u|h[1-6]|span|pre|code|blockquote|table|tr|td"
_HTML = re.compile(rf"</(?:{_TAGS})\s*>|<br\s*/?>", re.IGNORECASE)
"""A closing tag or a line break: what HTML has and text that merely holds a "<" does not."""
_BLOCKS = frozenset({"p", "div", "ul", "ol", "h1", "h2", "h3", "h4", "h5", "h6", "pre", "blockquote", "table", "tr"})
_SPACE = re.compile(r"[ \t\r\f\v]+")


def looks_like_html(text: str) -> bool:
    """Whether `text` holds an HTML tag a schedule's texts use, which no plain text has."""
    return _HTML.search(text) is not None


def html_text(text: str, *, addresses: bool = True) -> str:
    """Return the text an HTML fragment shows: paragraphs apart by a blank line, list items a line each.

    A link's address follows its text, when the text does not show it, unless `addresses` is
    False (a title shows its link's text only). Text without HTML tags is returned unchanged.
    """
    root = _fragment(text)
    if root is None:
        return text
    pieces: list[str] = []
    _walk(root, pieces, addresses=addresses)
    return _tidy("".join(pieces))


def html_links(text: str) -> tuple[tuple[str, str], ...]:
    """The web links of an HTML fragment, as (the text shown, the address).

    >>> html_links('Best Paper <b>sponsored</b> by <a href="https://www.olympus-global.com/">Olympus</a>')
    (('Olympus', 'https://www.olympus-global.com/'),)
    """
    root = _fragment(text)
    if root is None:
        return ()
    return tuple(
        (" ".join("".join(anchor.itertext()).split()) or href, href)
        for anchor in root.iter("a")
        if (href := (anchor.get("href") or "").strip()).startswith(("http://", "https://"))
    )


def _fragment(text: str) -> etree._Element | None:
    """The fragment parsed under a `<div>`, or None for text without HTML or that lxml cannot parse."""
    if not looks_like_html(text):
        return None
    import lxml.html  # noqa: PLC0415 (only for text with HTML: every command imports the model)
    from lxml import etree  # noqa: PLC0415

    try:
        return lxml.html.fragment_fromstring(text, create_parent="div")
    except (etree.ParserError, ValueError):
        return None


def html_lines(text: str, *, addresses: bool = True) -> tuple[str, ...]:
    """Return the lines an HTML fragment shows: a list item, a line after ``<br>``, a paragraph each.

    A people field written as a list (``<ul><li>Ada Lovelace</li><li>Charles Babbage</li></ul>``,
    NeurIPS 2022 ENLSP's site) is one person a line. Text without HTML tags is one line, as written.

    >>> html_lines("<ul><li>Ada Lovelace</li><li>Charles Babbage</li></ul>")
    ('Ada Lovelace', 'Charles Babbage')
    >>> html_lines("Ada Lovelace, Charles Babbage")
    ('Ada Lovelace, Charles Babbage',)
    """
    if not looks_like_html(text):
        return (text,)
    # "- " is how html_text marks an item
    shown = (line.removeprefix("- ") for line in html_text(text, addresses=addresses).split("\n"))
    return tuple(line for line in shown if line.strip())


def _walk(element: etree._Element, pieces: list[str], *, addresses: bool) -> None:
    tag = element.tag if isinstance(element.tag, str) else ""
    if tag in _BLOCKS:
        pieces.append("\n\n")
    elif tag == "li":
        pieces.append("\n- ")
    elif tag == "br":
        pieces.append("\n")
    if element.text and tag not in ("script", "style"):
        pieces.append(element.text)
    for child in element:
        _walk(child, pieces, addresses=addresses)
    href = element.get("href") if tag == "a" and addresses else None
    if href and href.startswith(("http://", "https://")) and href not in "".join(element.itertext()):
        pieces.append(f" ({href})")
    if tag in _BLOCKS:
        pieces.append("\n\n")
    if element.tail:
        pieces.append(element.tail)


def _tidy(text: str) -> str:
    """Runs of spaces as one, no space around line ends, at most one blank line between paragraphs."""
    lines = [_SPACE.sub(" ", line).strip() for line in text.split("\n")]
    paragraphs: list[list[str]] = [[]]
    for line in lines:
        if line:
            paragraphs[-1].append(line)
        elif paragraphs[-1]:
            paragraphs.append([])
    return "\n\n".join("\n".join(paragraph) for paragraph in paragraphs if paragraph)
