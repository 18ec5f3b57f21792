"""The lines below a slot whose text is only a code: its title and its author line (a programme book's shape).

Programme books print a paper as its time and code, its title (wrapped over lines as the
page is narrow), then its authors with where they work; a plenary gives its speaker first::

    10:30am M-3-1-1 [Invited]             9:00am to 9:40am
    Impact of Charge Trapping at …        Plenary #1
    Michael Waltl, TU Wien, Germany       Prof. John A. Rogers, Northwestern University, USA
                                          Transient Electronics – From Bioelectronic …

The code becomes the slot's label, the lines its title, the names before the affiliation its
people (`coded_entries.author_names`). An author line wrapped over lines is joined: it ends
with a comma or a lower-case word, the next line opens in lower case or is one word, or, the
title read, the next line names an organisation ("Aachen University, Germany"). Without an
author line the lines are given back as they were: the shape is not this one.
"""

from __future__ import annotations

import functools
import re

import attrs
from babel import Locale

from program.model import Kind
from program.readers.base import Line
from program.readers.coded_entries import ORGANISATION, author_names, coded_kind
from program.readers.lines.entry import SlotText

_TITLE_LINES = 3
"""A title wraps over this many lines at most; a fourth line before any author line: not this shape."""
_GLUED = re.compile(r",[^\W\d_]")
"""Names listed with commas and no spaces ("Sihao Chen,Honglin Wu"): an author list's, never a title's."""
_COUNTRY_ALIASES = frozenset({"usa", "us", "uk", "korea", "hong kong", "macau", "macao", "the netherlands"})
"""Countries as author lines write them beside Babel's English names ("USA", "Hong Kong")."""


@attrs.define
class CodedLines:
    """What the lines below a coded slot said so far."""

    index: int
    code: str
    before: list[str] = attrs.field(factory=list)  # title lines above the author line
    authors: list[str] = attrs.field(factory=list)  # the author line and its wrapped parts
    after: list[str] = attrs.field(factory=list)  # title lines below it (a plenary's)
    lines: list[Line] = attrs.field(factory=list)

    def take(self, line: Line, text: str) -> bool:
        """Take the next untimed line as the title or the authors; False when it is neither (the lines end)."""
        taken = self._part(text)
        if taken:
            self.lines.append(Line(line.number, text))
        return taken

    def _part(self, text: str) -> bool:
        if not self.authors:
            if _is_author_line(text):
                self.authors.append(text)
                return True
            if len(self.before) < _TITLE_LINES:
                self.before.append(text)
                return True
            return False
        if not self.after and _continues(" ".join(self.authors), text, titled=bool(self.before)):
            self.authors.append(text)
            return True
        if not self.before and (not self.after or text[:1].islower()):  # "technologies": the title's last word
            self.after.append(text)
            return True
        return False

    def text(self) -> SlotText | None:
        """The slot's text the lines give, or None when they gave no author line and title."""
        title = " ".join(self.before or self.after)
        people = author_names(" ".join(self.authors))
        if not title or not people:
            return None
        kind, title = coded_kind(self.code, title)
        return SlotText(title, people, self.code, Kind.TALK if kind is Kind.OTHER else kind)


def _is_author_line(text: str) -> bool:
    """Names, then where they work: its country last, an organisation named; or names glued by commas, or several."""
    ends = text.rstrip().endswith((",", ";"))  # cut there: its place and country on the next line
    names = author_names(f"{text.rstrip()[:-1]}, ?, ?" if ends else text)
    if not names:
        return False
    if ends or len(names) > 1 or _names_country(text):  # "A, B, C, Zhitao": wrapped before its last name
        return True
    return ORGANISATION.search(text) is not None or _GLUED.search(text) is not None


def _continues(written: str, text: str, *, titled: bool) -> bool:
    """Whether `text` goes on with the author line `written` (see the module).

    Below a title, a line goes on with an author line that does not end in its country when it
    ends in one, names an organisation or glues names ("Bhubaneswar, India", "Tian,Jinshu Zhang,…").
    """
    last = written.rsplit(maxsplit=1)[-1] if written.split() else ""
    if written.endswith((",", ";")) or last[:1].islower() or text[:1].islower() or len(text.split()) == 1:
        return True
    if not titled or "," not in text or _names_country(written):
        return False
    return _names_country(text) or ORGANISATION.search(text) is not None or _GLUED.search(text) is not None


def _names_country(text: str) -> bool:
    """Whether the last comma-separated piece of `text` is a country ("China", "South Korea", "USA")."""
    return text.rsplit(",", 1)[-1].strip().casefold() in _countries()


@functools.cache
def _countries() -> frozenset[str]:
    return frozenset(name.casefold() for name in Locale.parse("en").territories.values()) | _COUNTRY_ALIASES
