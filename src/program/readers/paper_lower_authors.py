"""An author line written all in lower case, read as one where the list pairs its titles with author lines.

MELT 2025's accepted papers give each a linked bold title and, on the next line, its authors
(`Sara Court, Micha Elsner`); one author wrote their name in lower case (`sachin panicker`), which
no name's shape allows. Where the list's other linked titles have an author line below them, such
a line is the authors, kept as written; alone, it could be a line of prose.

NSG 2026 writes one surname so among capitalised names (`Purnima gautam, Pralay Mitra`): a mixed
line is read the same way when at least one of its names is written as names are, every word in
lower case is a name's (no "and", "of", "the": prose's), and capitalised it is a list of names.
"""

from __future__ import annotations

import itertools
from collections.abc import Sequence

from program.readers.paper_lines import PaperLine, is_author_list, is_person_name
from program.readers.paper_records import split_authors
from program.readers.paper_submissions import affiliated_list

_PAIRED = 2
"""Linked titles with an author line below them that a list needs before a lower-case line is read as authors."""


def is_author_line(line: PaperLine) -> bool:
    """Whether a line is a list of names and nothing else: no heading, abstract, row of links or linked title.

    A CMT author cell is one whatever its names' case ("Remi trichet (DCU); Francois Bremond (Inria …)").
    """
    return _plain(line) and (is_author_list(line.text) or affiliated_list(line.text, is_person_name) is not None)


def listed_authors(text: str) -> tuple[str, ...]:
    """The authors of an author line: a CMT author cell's "Name [Affiliation]" each, else the names as written."""
    return affiliated_list(text, is_person_name) or split_authors(text)


def author_line_below(line: PaperLine, below: PaperLine, *, lower_case: bool) -> bool:
    """Whether `below` is `line`'s authors: an author line, or one in lower case below a linked title (`lower_case`)."""
    return is_author_line(below) or (
        lower_case and line.linked_title and (is_lower_case_author_line(below) or is_mixed_case_author_line(below))
    )


def pairs_titles_with_authors(lines: Sequence[PaperLine]) -> bool:
    """Whether the list gives linked titles with an author line right below them (two or more)."""
    paired = sum(1 for line, below in itertools.pairwise(lines) if line.linked_title and is_author_line(below))
    return paired >= _PAIRED


def is_lower_case_author_line(line: PaperLine) -> bool:
    """Whether a plain line is names written in lower case ("sachin panicker"), as capitalised they would be names."""
    text = line.text.strip()
    return _plain(line) and text == text.lower() and any(c.isalpha() for c in text) and is_author_list(text.title())


_PROSE_WORDS = frozenset(
    {"a", "an", "and", "the", "of", "for", "in", "on", "with", "to", "from", "by", "at", "is", "are", "we", "our"}
    | {"this", "that", "via", "using", "as", "or"}
)
"""Lower-case words of prose and titles, never a lower-cased name: a line holding one is no list of names."""


def is_mixed_case_author_line(line: PaperLine) -> bool:
    """Whether a plain line is names, some written in lower case ("Purnima gautam, Pralay Mitra").

    Two names at least, one of them written as names are, and no word of prose in lower case.
    """
    text = line.text.strip()
    if not _plain(line) or text == text.lower() or is_author_list(text):
        return False
    names = split_authors(text)
    lowered = [word for name in names for word in name.split() if word.isalpha() and word == word.lower()]
    return (
        len(names) >= _PAIRED
        and bool(lowered)
        and not any(word in _PROSE_WORDS for word in lowered)
        and any(is_person_name(name) for name in names)
        and all(is_person_name(name.title()) for name in names)
    )


def _plain(line: PaperLine) -> bool:
    # a linked title ("[Verifying LLM-Driven Music Recommendation Systems](x.pdf)") is a title, not names
    return not (line.heading or line.abstract or line.link_row or line.linked_title)
