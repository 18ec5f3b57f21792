"""Papers written as labelled fields: ``Title:`` then ``Authors:``, perhaps ``Abstract:``.

ENLSP 2021's accepted papers (HTML inside a Jekyll Markdown page) give each paper in a
modal, all 26 on one line of 50,000 characters::

    <b>Title:</b> Towards Zero and Few-shot …<br><b>Authors:</b><p class="par_panel_perso">Di Jin
    (Amazon Alexa AI)*; Shuyang Gao (Amazon); …</p><b>Abstract:</b><p class="par_panel_perso">…</p>

and Markdown writes the same fields one a line (``**Title:** …`` / ``**Authors:** …``). The
labels, not the lines, say where a paper starts and where its parts are, so these lists are
read by their labels; a walk over lines would see one line, or take an abstract's sentence for
a title. A label counts only where a field can open: set apart by emphasis (``<b>``, ``**``)
or at a line's or a block's start, so "the title: …" inside prose is no field.
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import attrs

from program.model import Link, Paper, SourceRef
from program.model.text import is_placeholder_name
from program.readers.base import FRONT_MATTER
from program.readers.lines.markup import MARKDOWN_LINK, unemphasised
from program.readers.paper_blocks import link_row
from program.readers.paper_lines import HREF
from program.readers.paper_records import affiliated, counted, listed_paper, split_authors

_CLOSE = r"</(?:b|strong|em|i|dt|th|label|span)\s*>|\*\*|__"
_LABEL = re.compile(
    r"(?P<open><(?:b|strong|em|i|dt|th|label|span)\b[^<>]*>\s*|\*\*|__)?(?<![\w-])"
    r"(?P<label>paper\s+title|title|authors?|author\(s\)|abstract|summary|tl;\s?dr)"
    rf"(?:\s*:\s*(?P<close>{_CLOSE})?|\s*(?P<closed>{_CLOSE})\s*:)",
    re.IGNORECASE,
)
"""A field's label, in emphasis or not: ``<b>Title:</b>``, ``**Authors:**``, ``**Abstract**:``, ``Title:``."""
_FIELD_OF = {"paper title": "title", "title": "title", "abstract": "abstract", "summary": "abstract"}
_FIELD_START = re.compile(r"(?:\A|\n|>[ \t]*)\Z")
"""What may stand before a label not set apart: a line's start or a tag. Not a list mark or an indent: YAML
writes its keys so (``- Title: …`` / ``  Authors: …``), and that file is the YAML reader's."""
_OPENING = re.compile(r"(?:\s|<[^<>]*>)*")
"""What may stand before a field's words: spaces, line breaks, opening tags (``<p class="…">``)."""
_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_BLOCK_END = re.compile(r"</(?:p|div|li|td|dd|section|article)\s*>|\n[ \t]*\n", re.IGNORECASE)
_BREAK = re.compile(r"<br\s*/?>", re.IGNORECASE)
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_PAPER_URL = re.compile(r"\.pdf(?:[?#].*)?$|arxiv\.org/|openreview\.net/|doi\.org/|aclanthology\.org/", re.IGNORECASE)
_RECORD_END = re.compile(r"\n[ \t]*\n")
"""Where what follows a paper's last field stops being the paper's: a blank line."""
MIN_PAPERS = 2


@attrs.frozen
class Labelled:
    """A paper read from its labels: where it starts (a line), its fields' text, and its links."""

    line: int
    title: str
    authors: str
    abstract: str | None
    links: tuple[str, ...]


@attrs.frozen
class _Field:
    name: str
    start: int
    value_start: int


def labelled_records(text: str) -> list[Labelled]:
    """The papers of a text that labels its fields, in order; empty when it does not.

    A record opens at a title label; its authors label must follow before the next title.
    Records without authors are not papers of this shape (a talk's title and speaker, a form).
    """
    for pattern in (FRONT_MATTER, _COMMENT):  # a page's settings and what it hides are no papers
        text = pattern.sub(lambda found: "\n" * found.group().count("\n"), text)
    fields = list(_fields(text))
    titles = [index for index, field in enumerate(fields) if field.name == "title"]
    records: list[Labelled] = []
    line, counted_to = 1, 0
    for number, at in enumerate(titles):
        after = titles[number + 1] if number + 1 < len(titles) else len(fields)
        own = fields[at:after]
        limit = fields[after].start if after < len(fields) else len(text)  # the next record's title
        ends = [part.start for part in own[1:]] + [limit]
        values = {part.name: _value(text, part, end) for part, end in zip(own, ends, strict=True)}
        title, authors = values.get("title"), values.get("authors")
        if not title or not authors:
            continue
        last_end = own[-1].value_start + len(_raw_value(text, own[-1], limit))
        blank = _RECORD_END.search(text, last_end, limit)
        line += text.count("\n", counted_to, own[0].start)  # counted on from the last record: linear in the text
        counted_to = own[0].start
        records.append(
            Labelled(
                line=line,
                title=title,
                authors=authors,
                abstract=values.get("abstract") or None,
                links=_links(text[last_end : blank.start() if blank is not None else limit]),
            )
        )
    return records


def labelled_papers(records: list[Labelled], source: str) -> list[Paper]:
    """The records as papers, numbered in order, each author "Name [Affiliation]" (CMT's form, in brackets)."""
    return [
        listed_paper(
            record.title,
            _authors(record.authors),
            record.abstract,
            number,
            SourceRef(source, record.line),
            [Link("paper", url) for url in record.links],
        )
        for number, record in enumerate(records, start=1)
    ]


def _authors(written: str) -> list[str]:
    """The names of an authors field; "nan" (an empty cell, as pandas writes it: ENLSP 2021) names nobody."""
    if written.casefold() == "nan":
        return []
    names = (" ".join(name.split()) for name in split_authors(written))
    return [affiliated(name) for name in names if not is_placeholder_name(name)]


def labelled_reading(records: list[Labelled], papers: list[Paper]) -> list[str]:
    """What `program check` says of a labelled list."""
    authors = {name for paper in papers for name in paper.authors}
    abstracts = sum(record.abstract is not None for record in records)
    return [
        f"{counted(len(papers), 'paper')}, {counted(len(authors), 'author')}; shape: labelled fields "
        f"(Title:, Authors:{', Abstract:' if abstracts else ''}) ({len(records)})",
    ]


def _fields(text: str) -> Iterator[_Field]:
    """The labels that open a field: set apart by emphasis, or capitalised at a line's start or after a tag."""
    for found in _LABEL.finditer(text):
        set_apart = found["open"] and (found["close"] or found["closed"])
        at_start = found["label"][0].isupper() and _FIELD_START.search(text, max(0, found.start() - 80), found.start())
        if not set_apart and not at_start:
            continue
        label = " ".join(found["label"].casefold().split())
        name = _FIELD_OF.get(label, "authors" if label.startswith("author") else "abstract")
        yield _Field(name, found.start(), found.end())


def _raw_value(text: str, field: _Field, next_start: int) -> str:
    """The field's text up to the next label, the end of its block, or (a title or authors) its line's end."""
    span = text[field.value_start : next_start]
    opening = _OPENING.match(span)
    words_start = opening.end() if opening is not None else 0  # "<b>Authors:</b>\n<p>…": words on the next line
    block_end = _BLOCK_END.search(span, words_start)
    end = block_end.start() if block_end is not None else len(span)
    if field.name != "abstract":
        line_end = span.find("\n", words_start, end)
        end = line_end if line_end >= 0 else end
    else:  # a row of links under a Markdown abstract ("[PDF](…)") is the paper's, not the abstract's words
        line_end = span.find("\n", words_start, end)
        while 0 <= line_end < end:
            following = span.find("\n", line_end + 1, end)
            if link_row(span[line_end + 1 : end if following < 0 else following]):
                end = line_end
                break
            line_end = following
    return span[:end]


def _value(text: str, field: _Field, next_start: int) -> str:
    words = _BREAK.sub(" ", _raw_value(text, field, next_start))
    words = unemphasised(MARKDOWN_LINK.sub(lambda found: found["text"], _TAG.sub(" ", words)))
    return " ".join(html.unescape(words).split()).strip(" *_")


def _links(tail: str) -> tuple[str, ...]:
    """The paper's links below its fields ("Download PDF"): addresses of a paper, PDF or archive."""
    urls = [found["url"] for found in HREF.finditer(tail)]
    urls += [found["url"] for found in MARKDOWN_LINK.finditer(tail) if found["url"]]
    return tuple(dict.fromkeys(url for url in urls if _PAPER_URL.search(url)))
