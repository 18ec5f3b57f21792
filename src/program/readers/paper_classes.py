"""A paper list whose HTML names each paper's parts by class: 10CCC 2017's accepted papers.

10CCC's `accepted_text_sp.php` writes each of its 87 papers as `<div class="paper"><span
class="authors"><span>A, B and C</span>. </span><span class="title">Title</span></div>`: the
authors first, then the title, either on one line or on two. Read line by line, the author line
was paired with the next paper's title (every paper got the next one's authors), a one-line
paper became one glued text, and the page's `<style>.title {font-weight:bold;}</style>` a paper.
Where the page marks two papers or more so, the marks are read and the lines are not: each
`title` part is a paper, its authors the `authors` (or `author`) part beside it in the file's
order (the one the first marked part sets), cut at commas, `and` and the like as any list's.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import attrs

from program.model import Paper, SourceRef
from program.readers.paper_records import listed_paper, split_authors

_MARKED = re.compile(
    r"<(?P<tag>[a-z][a-z0-9]*)\b[^<>]*?\bclass\s*=\s*(?P<quote>[\"'])(?:[^\"'<>]*\s)?"
    r"(?P<part>title|authors?)(?:\s[^\"'<>]*)?(?P=quote)[^<>]*>",
    re.IGNORECASE,
)
"""An element marked as a paper's title or its authors (`<span class="title">`, `<div class="authors x">`)."""
_TAG = re.compile(r"<[^>]*>")
_CLOCK = re.compile(r"(?<![\d.:])\d{1,2}(?:[:h]\d{2}|\s*[ap]\.?m\b)(?![\d:])", re.IGNORECASE)
"""A clock time ("9:30", "14h00", "2 pm"): a page that shows one is a schedule, its papers a session's."""
_MIN_PAPERS = 2
_LONGEST_PART = 20_000
"""How far a marked part's closing tag is looked for: an element left open is cut there, not read to the end."""
_ENDING = " .,;:"
"""What an author part ends with before the title (`A, B and C. `), not a name's."""


@attrs.frozen
class _Part:
    kind: str
    """"title" or "authors"."""
    text: str
    line: int


def class_marked_papers(text: str, source: str) -> list[Paper] | None:
    """The papers a page marks by class (title and authors parts), numbered in order; None when fewer than two."""
    parts = list(_parts(text))
    titles = [part for part in parts if part.kind == "title"]
    if len(titles) < _MIN_PAPERS or not any(part.kind == "authors" for part in parts):
        return None
    authors_first = parts[0].kind == "authors"
    papers: list[Paper] = []
    for index, part in enumerate(parts):
        if part.kind != "title":
            continue
        beside = index - 1 if authors_first else index + 1
        names = parts[beside].text if 0 <= beside < len(parts) and parts[beside].kind == "authors" else ""
        authors = split_authors(names.strip(_ENDING)) if names.strip(_ENDING) else ()
        papers.append(listed_paper(part.text, authors, None, len(papers) + 1, SourceRef(source, part.line)))
    return papers


def marks_papers(head: str) -> bool:
    """Whether a page's opening marks two papers or more by class and shows no clock time: a list, no schedule."""
    return _CLOCK.search(head) is None and class_marked_papers(head, "") is not None


def _parts(text: str) -> Iterator[_Part]:
    """The marked parts in file order, each its text without markup, with the line it opens on."""
    position, line, counted = 0, 1, 0
    while (found := _MARKED.search(text, position)) is not None:
        end = _element_end(text, found.end(), found["tag"].lower())
        plain = " ".join(html.unescape(_TAG.sub(" ", text[found.end() : end])).split())
        plain = re.sub(r"\s+([.,;:])", r"\1", plain)  # `<span>A and B</span>. ` is "A and B."
        kind = "title" if found["part"].lower() == "title" else "authors"
        line, counted = line + text.count("\n", counted, found.start()), found.start()
        if plain:
            yield _Part(kind, plain, line)
        position = max(end, found.end())


def _element_end(text: str, start: int, tag: str) -> int:
    """Where the element whose content starts at `start` closes (its own `</tag>`, nested ones counted)."""
    pattern = re.compile(rf"<(/?){tag}\b[^<>]*>", re.IGNORECASE)
    depth = 1
    limit = min(len(text), start + _LONGEST_PART)
    for found in pattern.finditer(text, start, limit):
        depth += -1 if found[1] else 1
        if depth == 0:
            return found.start()
    return limit


__all__ = ["class_marked_papers", "marks_papers"]
