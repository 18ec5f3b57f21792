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

from program.model import Link
from program.readers.lines.markup import MARKDOWN_LINK, unemphasised, unescaped

_BLOCK = re.compile(r"<(?P<tag>details|abstract)(?:\s[^<>]*)?>(?P<inner>.*?)</(?P=tag)\s*>", re.IGNORECASE | re.DOTALL)
_SUMMARY = re.compile(r"^\s*<summary(?:\s[^<>]*)?>(?P<label>.*?)</summary\s*>", re.IGNORECASE | re.DOTALL)
_ABSTRACT_LABELS = frozenset({"abstract", "summary", "tl;dr", "tldr"})
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_ANCHOR = re.compile(r"""<a\s[^>]*href=["'](?P<url>[^"']+)["'][^>]*>(?P<text>.*?)</a\s*>""", re.IGNORECASE)
_BETWEEN_LINKS = " \t•·|,/-–—()[]\\"
"""What may stand between the links of a row of links ("[PDF](…) &bull; [Forum](…)")."""
_LONGEST_LABEL = 4
"""Words; a link's text longer than this is a title, not a label like "PDF" or "Code"."""

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
    for found in _BLOCK.finditer(text):
        inner = found["inner"]
        summary = _SUMMARY.match(inner)
        if summary is not None:
            if _plain(summary["label"]).casefold().rstrip(":") not in _ABSTRACT_LABELS:
                continue
            inner = inner[summary.end() :]
        elif found["tag"].lower() == "details":
            continue  # a <details> that does not say it holds the abstract
        before = text[position : found.start()]
        line += before.count("\n")
        breaks = found.group().count("\n")
        words = " ".join(_plain(inner).split())
        pieces += [before, f"\n{words}" + "\n" * (breaks - 1) if breaks else words]
        marked.add(line + 1 if breaks else line)
        line += breaks
        position = found.end()
    pieces.append(text[position:])
    return "".join(pieces), frozenset(marked)


def link_row(raw: str) -> tuple[Link, ...]:
    """The links of a line that holds links and nothing else, labelled by their texts; () for any other line.

    >>> link_row("[PDF](https://x.org/pdf?id=1) &bull;")
    (Link(label='PDF', url='https://x.org/pdf?id=1'),)
    >>> link_row("our [OpenReview Workshop Website](https://x.org).")
    ()
    """
    links = [(_plain(found["text"]), found["url"]) for found in _ANCHOR.finditer(raw)]
    rest = _ANCHOR.sub(" ", raw)
    links += [(_plain(found["text"]), found["url"]) for found in MARKDOWN_LINK.finditer(rest)]
    rest = _plain(MARKDOWN_LINK.sub(" ", rest)).lstrip("-*+ ").strip(_BETWEEN_LINKS + ".")
    if rest or not links or any(not 0 < len(label.split()) <= _LONGEST_LABEL for label, _ in links):
        return ()
    return tuple(Link(label, url) for label, url in links if url)


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
