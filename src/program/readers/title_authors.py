"""Where a title glued to its author list ends: ``…Stochastic ComputingSean C. Smithson, …``.

Paper listings copied from a web page lose the break between a title and its authors.
A *reading* is a place where a capital letter follows a non-space character (the glue)
and everything from there parses as an author list whose names have the shape of names.
Titles are full of capitals glued to letters (SmartDeal, AdamW, ViTALiTy), but a camel-case
piece rarely makes a name-shaped author: "Deal: Re-Modeling …" is no name, and
"WMary O'Neil" has no name-shaped first word.

A capital right after a name prefix (Mc, De, O') is never a glue: "McKenzie" is one word.
Given names with another inner capital ("JoAnne") make a line ambiguous: "…GPUsJoAnne
Smith" reads as "JoAnne Smith" or as "Anne Smith" after a title ending in "GPUsJo". Then
the evidence of the whole listing decides: a first author named the same way elsewhere in
the listing, then a title whose last word is a word the listing uses. What stays open is
reported with the other readings, and the likeliest reading is kept: the earliest whose
first author has no inner capital.
"""

from __future__ import annotations

import re
from collections.abc import Iterable, Sequence
from enum import Enum

import attrs

from program.model.text import match_key

ET_AL = " et al."
AUTHOR_SEPARATOR = ", "
_GLUE = re.compile(r"(?<=[^\s\-'’])(?=[^\W\d_])")
_WORD = re.compile(r"[^\W\d_]+")
_INITIAL = re.compile(r"^[^\W\d_]\.(?:-[^\W\d_]\.)?$")
_NAME_PREFIXES = ("Mc", "Mac", "O'", "O’", "D'", "D’", "De", "Di", "Da", "Du", "La", "Le", "Van", "Von")
NAME_PARTICLES = frozenset(
    (
        "van",
        "von",
        "der",
        "den",
        "de",
        "da",
        "das",
        "do",
        "dos",
        "del",
        "della",
        "di",
        "du",
        "la",
        "le",
        "bin",
        "ibn",
        "al",
        "el",
        "ter",
        "ten",
        "y",
        "zu",
        "af",
        "av",
        "dit",  # a French byname: "Pacôme Constant dit Beaufils" (HeaLing 2026)
        "dite",
    )
)
_MAX_NAME_WORDS = 6
_MAX_NAME_LENGTH = 120
"""No author's name is longer (in characters); longer text is never looked at as a name."""


class Grounds(Enum):
    """What settled a line's reading."""

    ONLY_READING = "the only reading"
    KNOWN_NAME = "a first author the listing names elsewhere"
    KNOWN_WORD = "a title ending in a word the listing uses"
    BEST_GUESS = "the likeliest reading, unconfirmed"


@attrs.frozen
class Reading:
    """One way to split a line: where its first author starts and ends in the line.

    The title and authors are cut from the line only when asked for, so that a line with
    many readings costs time in proportion to its length, not to its length squared.
    """

    line: str = attrs.field(repr=False)
    start: int
    first_end: int
    camel: bool = False
    """Whether the first author's first word has an inner capital ("JoAnne")."""

    @property
    def title(self) -> str:
        """The title: everything before the first author."""
        return self.line[: self.start].rstrip()

    @property
    def authors(self) -> tuple[str, ...]:
        """The authors, in order."""
        rest = self.line[self.first_end + len(AUTHOR_SEPARATOR) :]
        return (self.first_author, *(rest.split(AUTHOR_SEPARATOR) if self.first_end < len(self.line) else ()))

    @property
    def first_author(self) -> str:
        """The first author of this reading."""
        return self.line[self.start : self.first_end]

    @property
    def title_tail(self) -> str:
        """The title's last word, as the glue left it ("Training" in "…and TrainingXiaohan")."""
        words = _WORD.findall(self.line, max(0, self.start - _MAX_NAME_LENGTH), self.start)
        return words[-1] if words else ""


@attrs.frozen
class Split:
    """The reading chosen for a line.

    Attributes:
        title: the title.
        authors: the authors, in order.
        complete: False when the line ends with "et al." (the list was cut short).
        grounds: what settled the reading.
        alternatives: the first authors of the readings not taken.
    """

    title: str
    authors: tuple[str, ...]
    complete: bool
    grounds: Grounds
    alternatives: tuple[str, ...] = ()

    @property
    def certain(self) -> bool:
        """Whether the evidence settled the reading."""
        return self.grounds is not Grounds.BEST_GUESS


def is_name_shaped(name: str, *, camel: bool = False) -> bool:
    """Return whether `name` looks like a personal name of two to six words.

    With `camel`, the first word may have one inner capital ("JoAnne").

    >>> [is_name_shaped(n) for n in ("Sean C. Smithson", "François Leduc-Primeau", "Deal: Re-Modeling")]
    [True, True, False]
    >>> [is_name_shaped(n) for n in ("DeAndre Jordan", "Mary O'Neil", "WMary O'Neil", "Sean C.", "J. K. Rowling")]
    [True, True, False, False, True]
    >>> is_name_shaped("JoAnne Smith"), is_name_shaped("JoAnne Smith", camel=True)
    (False, True)
    """
    words = name.split(" ")
    first_ok = _is_capitalised(words[0]) or _INITIAL.match(words[0]) or (camel and _is_camel(words[0]))
    if not 2 <= len(words) <= _MAX_NAME_WORDS or not first_ok or _INITIAL.match(words[-1]):
        return False
    return all(_is_capitalised(word) or _INITIAL.match(word) or word in NAME_PARTICLES for word in words[1:])


def _is_capitalised(word: str) -> bool:
    for prefix in _NAME_PREFIXES:
        if word.startswith(prefix) and len(word) > len(prefix) and word[len(prefix)].isupper():
            word = word[len(prefix) :]
            break
    return all(_WORD.fullmatch(part) and part[0].isupper() and part[1:].islower() for part in re.split(r"[-'’]", word))


def _is_camel(word: str) -> bool:
    inner = [position for position, char in enumerate(word) if position and char.isupper()]
    return len(inner) == 1 and _is_capitalised(word[: inner[0]]) and _is_capitalised(word[inner[0] :])


def _after_name_prefix(body: str, position: int) -> bool:
    """Whether a capital at `position` follows a name prefix, as the A in "DeAndre" does."""
    return any(
        body.startswith(prefix, position - len(prefix)) and position >= len(prefix) and prefix[0].isupper()
        for prefix in _NAME_PREFIXES
    )


def _is_author(name: str) -> bool:
    """An author after the first: name-shaped, or a single capitalised word (a mononym)."""
    return is_name_shaped(name, camel=True) or (" " not in name and _is_capitalised(name))


def readings(line: str) -> tuple[tuple[Reading, ...], bool]:
    """Return every reading of `line`, earliest glue first, and whether the list is complete.

    Linear in the line's length: whether every author after a comma is an author is worked
    out once per comma, from the end; a first author is only looked at when it is short
    enough to be a name.
    """
    complete = not line.endswith(ET_AL)
    body = line.removesuffix(ET_AL).rstrip() if not complete else line.rstrip()
    ends = _author_ends(body)
    found = []
    segment = 0
    for glue in _GLUE.finditer(body):
        position = glue.start()
        while ends[segment][0] < position:  # the comma-separated part the glue falls in
            segment += 1
        end, rest_are_authors = ends[segment]
        if not rest_are_authors or end - position > _MAX_NAME_LENGTH:
            continue
        if not body[position].isupper() or _after_name_prefix(body, position):
            continue
        first = body[position:end]
        if is_name_shaped(first):
            found.append(Reading(body, position, end))
        elif not body[position - 1].isupper() and is_name_shaped(first, camel=True):
            # After a capital, an inner-capital name is an acronym's tail: "TinyLMsSean" is not "MsSean".
            found.append(Reading(body, position, end, camel=True))
    return tuple(found), complete


def _author_ends(body: str) -> list[tuple[int, bool]]:
    """For each comma-separated part of `body`: where it ends, and whether every part after it is an author."""
    starts = [0]
    while (comma := body.find(AUTHOR_SEPARATOR, starts[-1])) != -1:
        starts.append(comma + len(AUTHOR_SEPARATOR))
    ends: list[tuple[int, bool]] = []
    rest_are_authors = True
    for index in range(len(starts) - 1, -1, -1):
        end = starts[index + 1] - len(AUTHOR_SEPARATOR) if index + 1 < len(starts) else len(body)
        ends.append((end, rest_are_authors))
        part = body[starts[index] : end]
        rest_are_authors = rest_are_authors and len(part) <= _MAX_NAME_LENGTH and _is_author(part)
    ends.reverse()
    return ends


@attrs.frozen
class ListingEvidence:
    """What a whole listing teaches about names and words."""

    names: frozenset[str]
    words: frozenset[str]


def listing_evidence(lines: Iterable[str], prose: Iterable[str]) -> ListingEvidence:
    """Learn the names and words of a listing.

    Args:
        lines: the title-and-authors lines.
        prose: text known to be no author list (abstracts).

    Names are the authors after the first of each line's earliest reading (a later
    reading only starts inside a name, so it cannot add authors), and the first authors
    of lines with one reading; words are those of the abstracts and of the titles of lines
    with one reading.
    """
    names: set[str] = set()
    words: set[str] = set()
    for line in lines:
        found, _ = readings(line)
        if not found:
            continue
        names.update(match_key(name) for name in found[0].authors[1:])
        if len(found) == 1:
            names.add(match_key(found[0].first_author))
            words.update(word.casefold() for word in _WORD.findall(found[0].title))
    for text in prose:
        words.update(word.casefold() for word in _WORD.findall(text))
    return ListingEvidence(frozenset(names), frozenset(words))


def split_title_authors(line: str, evidence: ListingEvidence) -> Split | None:
    """Return the best reading of `line`, or None when no reading has name-shaped authors."""
    found, complete = readings(line)
    if not found:
        return None
    chosen, how = _choose(found, evidence)
    others = tuple(reading.first_author for reading in found if reading is not chosen)
    return Split(chosen.title, chosen.authors, complete, how, others if how is Grounds.BEST_GUESS else ())


def _choose(found: Sequence[Reading], evidence: ListingEvidence) -> tuple[Reading, Grounds]:
    if len(found) == 1:
        return found[0], Grounds.ONLY_READING
    known_name = [reading for reading in found if match_key(reading.first_author) in evidence.names]
    if len(known_name) == 1:
        return known_name[0], Grounds.KNOWN_NAME
    known_word = [reading for reading in found if reading.title_tail.casefold() in evidence.words]
    if len(known_word) == 1:
        return known_word[0], Grounds.KNOWN_WORD
    plain = [reading for reading in found if not reading.camel]
    return (plain or list(found))[0], Grounds.BEST_GUESS
