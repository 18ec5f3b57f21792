"""What a paper list's markup says of its lines beyond their words: abstract blocks, rows of links.

These are real shapes:

- an inline element wrapped over lines (``<b>Incorporating Domain Knowledge About XRF`` /
  ``Spectra into Neural Networks</b>``: PGR 2019) is one line;

- ``<details><summary>Abstract</summary> … </details>`` (SecHope 2023) and
  ``<abstract>…</abstract>`` (ICLR 2024 AI4DiffEqtnsInSci) hold a paper's abstract, wrapped
  over many lines or on one. The block becomes one line, marked as an abstract, so that no
  sentence of it is ever taken for a title or an author line ("…even if they were in use.
  These" read as a paper by "These" before);
- a line of links and nothing else (``[PDF](…) &bull;`` then ``[Forum](…)``) gives the paper
  above it its links, with their labels, instead of becoming a paper titled "PDF •".
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator

from program.model import Link
from program.readers.lines.markup import MARKDOWN_LINK, unemphasised, unescaped

_OPEN = re.compile(r"<(?P<tag>details|abstract)(?:\s[^<>]*)?>", re.IGNORECASE)
_SUMMARY = re.compile(r"^\s*<summary(?:\s[^<>]*)?>(?P<label>.*?)</summary\s*>", re.IGNORECASE | re.DOTALL)
_ABSTRACT_LABELS = frozenset({"abstract", "summary", "tl;dr", "tldr"})
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_ANCHOR = re.compile(r"""<a\s[^>]*href=["'](?P<url>[^"']+)["'][^>]*>(?P<text>.*?)</a\s*>""", re.IGNORECASE)
_BETWEEN_LINKS = " \t•·|,/-–—()[]\\"
"""What may stand between the links of a row of links ("[PDF](…) &bull; [Forum](…)")."""
_LONGEST_LABEL = 4
"""Words; a link's text longer than this is a title, not a label like "PDF" or "Code"."""
_PAPER_URL = re.compile(r"\.pdf(?:[?#].*)?$|arxiv\.org/|openreview\.net/|doi\.org/|aclanthology\.org/", re.IGNORECASE)
"""An address that is a paper's: its PDF, or its page at arXiv, OpenReview, a DOI resolver, the ACL Anthology."""
_NAVIGATION = re.compile(
    r"^(?:(?:go\s+)?back|return)\s+to\b|^retour\s+(?:à|au|aux)\b|^zurück\s+zu[mr]?\b|^volver\s+al?\b"
    r"|^torna(?:re)?\s+(?:a|al|alla|all')\b",
    re.IGNORECASE,
)
"""A page's way back to another ("Back to the Main Page", "Retour au programme", "Zurück zur Startseite")."""
_NAVIGATION_WORDS = 6
_TITLE_WORDS = 2
"""The fewest words a linked title has: "[PDF](…)" or "[Paper](…)" is a link's label."""

_INLINE_OPEN = re.compile(r"<(b|strong|i|em)(?:\s[^<>]*)?>", re.IGNORECASE)
_INLINE_CLOSE = re.compile(r"</(b|strong|i|em)\s*>", re.IGNORECASE)
_WRAPPED_LINES = 2
"""Lines a wrapped title may run on after its first."""


def abstract_blocks(text: str) -> tuple[str, frozenset[int]]:
    """`text` with each abstract block on one line, and the (1-based) numbers of those lines.

    A block's words go on the line after its opening tag's line when it spans lines (the
    others left blank, so every line keeps its number), on its own line when it does not.
    A ``<details>`` block whose summary is not "Abstract" (a BibTeX entry) is left as it is.
    """
    marked: set[int] = set()
    pieces: list[str] = []
    position = 0
    line = 1
    for opened, held, end in _blocks(text):
        summary = _SUMMARY.match(held)
        inner = held
        if summary is not None:
            if _plain(summary["label"]).casefold().rstrip(":") not in _ABSTRACT_LABELS:
                continue
            inner = held[summary.end() :]
        elif opened["tag"].lower() == "details":
            continue  # a <details> that does not say it holds the abstract
        before = text[position : opened.start()]
        line += before.count("\n")
        breaks = text.count("\n", opened.start(), end)
        words = " ".join(_plain(inner).split())
        pieces += [before, f"\n{words}" + "\n" * (breaks - 1) if breaks else words]
        marked.add(line + 1 if breaks else line)
        line += breaks
        position = end
    pieces.append(text[position:])
    return "".join(pieces), frozenset(marked)


def _blocks(text: str) -> Iterator[tuple[re.Match[str], str, int]]:
    """Each block: its opening tag, what it holds, and where its closing tag ends.

    A block opened again before it closes is the later one's (the earlier is left as text).
    The closing tags are looked for once each, ahead of the openings, so that a hostile text
    of many openings and no closing takes time linear in its length.
    """
    closings = {tag: _closing(tag) for tag in ("details", "abstract")}
    ahead: dict[str, re.Match[str] | None] = {}
    openings = list(_OPEN.finditer(text))
    for index, opened in enumerate(openings):
        tag = opened["tag"].lower()
        if tag in ahead and ahead[tag] is None:
            continue  # no closing tag after an earlier opening: none after this one either
        close = ahead.get(tag)
        if close is None or close.start() < opened.end():
            close = ahead[tag] = closings[tag].search(text, opened.end())
        if close is None:
            continue
        following = openings[index + 1] if index + 1 < len(openings) else None
        if following is not None and following.start() < close.start():
            continue
        yield opened, text[opened.end() : close.start()], close.end()


def _closing(tag: str) -> re.Pattern[str]:
    return re.compile(f"</{tag}\\s*>", re.IGNORECASE)


def link_row(raw: str) -> tuple[Link, ...]:
    """The links of a line that holds links and nothing else, labelled by their texts; () for any other line.

    >>> link_row("[PDF](https://x.org/pdf?id=1) &bull;")
    (Link(label='PDF', url='https://x.org/pdf?id=1'),)
    >>> link_row("our [OpenReview Workshop Website](https://x.org).")
    ()
    """
    links, rest = _links_and_rest(raw)
    rest = rest.strip(_BETWEEN_LINKS + ".")
    if rest or not links or any(not 0 < len(label.split()) <= _LONGEST_LABEL for label, _ in links):
        return ()
    return tuple(Link(label, url) for label, url in links if url)


def paper_link(raw: str) -> Link | None:
    """The title and address of a line that is one link to a paper and nothing else; None for any other line.

    KDD 2025's LLM4ECommerce workshop lists its papers as ``+ [Title](/assets/x.pdf)``, with no
    authors: each such line is a paper, not an author line of the one above. Only a link to a
    paper (a PDF, arXiv, OpenReview, a DOI) counts, so that a list of a site's pages is none,
    and never a link labelled as a paper's link ("[PDF](…)").

    >>> paper_link("+ [Verifying LLM-Driven Music Recommendation Systems](/assets/16_Verifying.pdf)")
    Link(label='Verifying LLM-Driven Music Recommendation Systems', url='/assets/16_Verifying.pdf')
    >>> paper_link("+ [Registration](/register/)"), paper_link("[PDF](x.pdf) by Ada Lovelace")
    (None, None)
    """
    links, rest = _links_and_rest(raw)
    if rest.strip() or len(links) != 1 or not _PAPER_URL.search(links[0][1]) or len(links[0][0].split()) < _TITLE_WORDS:
        return None
    return Link(*links[0])


def is_navigation(text: str, links: tuple[str, ...]) -> bool:
    """Whether a short line links back to a site's page, no paper: the page's footer.

    LT4HALA 2020's `Back to the <a …><b>Main Page</b></a>` was read as "Back to the" by Main Page. A paper
    titled "Back to Basics" links to no site page, or to its PDF.

    >>> is_navigation("Back to the Main Page", ("https://circse.github.io/LT4HALA/",))
    True
    >>> is_navigation("Back to Basics - Ada Lovelace", ()), is_navigation("Back to Basics", ("x.pdf",))
    (False, False)
    """
    return (
        bool(links)
        and len(text.split()) <= _NAVIGATION_WORDS
        and _NAVIGATION.match(text.strip()) is not None
        and not any(_PAPER_URL.search(url) for url in links)
    )


def _links_and_rest(raw: str) -> tuple[list[tuple[str, str]], str]:
    """A line's links (text, address), HTML anchors then Markdown ones, and its text outside them, list mark off."""
    links = [(_plain(found["text"]), found["url"]) for found in _ANCHOR.finditer(raw)]
    rest = _ANCHOR.sub(" ", raw)
    links += [(_plain(found["text"]), found["url"]) for found in MARKDOWN_LINK.finditer(rest)]
    return links, _plain(MARKDOWN_LINK.sub(" ", rest)).lstrip("-*+ ")


def _plain(text: str) -> str:
    return " ".join(unescaped(_TAG.sub(" ", unemphasised(text))).split())


def unwrapped(raws: list[str]) -> list[str]:
    """The lines with an element wrapped over two or three (``<b>Title …`` / ``… Title</b>``) joined.

    The joined lines are left blank, so that every line keeps its number (PGR 2019's titles).
    """
    for index in range(len(raws)):
        joined = 0
        while _unclosed(raws[index]) and joined < _WRAPPED_LINES and index + joined + 1 < len(raws):
            joined += 1
            following = raws[index + joined]
            if not following.strip():
                break
            raws[index] = f"{raws[index].rstrip()} {following.strip()}"
            raws[index + joined] = ""
    return raws


def _unclosed(raw: str) -> bool:
    """Whether a line opens an inline element (<b>, <strong>, <i>, <em>) it does not close."""
    opened = Counter(found.lower() for found in _INLINE_OPEN.findall(raw))
    closed = Counter(found.lower() for found in _INLINE_CLOSE.findall(raw))
    return any(count > closed[tag] for tag, count in opened.items())
