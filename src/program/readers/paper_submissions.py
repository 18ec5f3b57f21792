"""Submission numbers before a paper's title, and CMT's author cells, in one-line papers.

PICom 2024 writes EDAS's number in brackets before each title: "(1571051984) Title - A; B".

SEBD 2024's accepted papers keep CMT's submission number (`**#7**`, bold before the title) and
CMT's author cell: each author with where they work in brackets, joined by "; ", a "*" after the
contact author. The number is the paper's, not its title's. Such a list is names whatever their
case: "sandro bimonte (inrae)" and "valerio bellandi (Università degli Studi di Milano)" are
authors as written, the bracket beside each saying so. Each becomes "Name [Affiliation]", the
form CMT's own exports are read into (a placeholder affiliation, "(-)", is none).
"""

from __future__ import annotations

import re
from collections.abc import Callable

from program.readers.lines.honorifics import without_honorific
from program.readers.paper_records import affiliated, split_authors

_EDAS_NUMBER = re.compile(r"^\((?P<number>\d{4,12})\)\s*")
_COLON_NUMBER = re.compile(r"^(?P<number>\d{1,3}):\s+(?=[*_]|[^\W\d_])")
"""AVSS 2018's "1: <i>Title</i><br />": the submission's number before an emphasised title."""
_LIST_HEADING = re.compile(
    r"^(?:(?:accepted|long|short|full|regular|oral|poster|demo|workshop)\s+)*(?:papers|posters|submissions)$",
    re.IGNORECASE,
)
_HASH_NUMBER = re.compile(r"^(?P<mark>\*\*|__)?#(?P<number>\d{1,6})(?P=mark)?\s+(?=\S)")
_CONTACT_MARK = re.compile(r"(?<=\))\s*\*(?=\s*(?:;|$))")
"""The "*" CMT writes after the contact author's affiliation: no emphasis to pair with another."""
_TITLE_CLOSED = re.compile(r"\.\*\s")
_AFFILIATED = re.compile(r"^[^()]*\S\s*\(.*\)$")
_PROSE_WORDS = frozenset({"a", "an", "and", "the", "of", "for", "in", "on", "with", "to", "from", "by", "we", "our"})


def submission_number(raw: str) -> tuple[int | None, str]:
    """The submission number a line opens with ("(1571051984)", `**#7**`, "7: *Title*") and the rest, or (None, line).

    After CMT's `**#7**`, the rest loses the "*" after a contact author's bracket, which is no emphasis.
    """
    if (found := _EDAS_NUMBER.match(raw) or _COLON_NUMBER.match(raw)) is not None:
        return int(found["number"]), raw[found.end() :]
    if (found := _HASH_NUMBER.match(raw)) is None:
        return None, raw
    rest = _CONTACT_MARK.sub("", raw[found.end() :])
    if not rest.startswith(("*", "_")) and rest.count("*") == 1 and _TITLE_CLOSED.search(rest):
        rest = f"*{rest}"  # SEBD's #86, "Identifying … approach.* Cristian Martella": its title's opening "*" lost
    return int(found["number"]), rest


def names_the_list(text: str) -> bool:
    """Whether a line all set apart names the list ("**Accepted Papers**", AVSS 2018): its heading, no names."""
    return _LIST_HEADING.match(" ".join(text.split())) is not None


def affiliated_list(text: str, is_name: Callable[[str], bool]) -> tuple[str, ...] | None:
    """The authors of a CMT author cell, "Name [Affiliation]" each; None unless some author has a bracket.

    A bracketed name may be written in lower case ("sandro bimonte (inrae)"), but capitalised it
    must be a name (`is_name`); one without a bracket must be a name as written ("Sergio Flesca").
    An honorific is left out ("Prof. Pietro Hiram Guzzi").
    """
    if ";" not in text and text.count("(") != 1:
        return None
    if text.count("(") == text.count(")") + 1 and not text.rstrip().endswith(")"):
        text = f"{text.rstrip()})"  # AVSS 2018's last author "baoxin Li (Arizona State University", left open
    written = split_authors(text)
    if not any(_AFFILIATED.match(author) for author in written):
        return None
    authors = tuple(without_honorific(affiliated(author)) for author in written)
    for author, shown in zip(written, authors, strict=True):
        name = shown.split(" [", 1)[0]
        if any(word in _PROSE_WORDS for word in name.split()):
            return None
        if not (is_name(name) or (_AFFILIATED.match(author) and is_name(name.title()))):
            return None
    return authors
