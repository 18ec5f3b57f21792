"""A slot whose title is in quotes, its speakers after it: `"Title" Ada Lovelace (details)`."""

from __future__ import annotations

import re
from collections.abc import Callable

import attrs

from program.readers.kind_labels import label_kind

_QUOTED_TALK = re.compile(
    r"^(?P<label>[^\"“”:()]{0,30}?)\s*[\"“](?P<title>[^\"“”]{3,}?)[\"”]\s*[,–—-]?\s*(?:by\s+)?"
    r"(?P<names>[^\"“”()\[\]:]+?)\s*(?P<after>\(.*)?$"
)
"""An optional label ("Keynote"), the title in quotes, "by" or nothing, the speakers, then a bracket and whatever
follows it: the link to the talk's details (BBS Springschool 2022: `14:00 "The art of storytelling in scientific
papers" Gayannee Kedia ([details](…))`, `19:00 Keynote <b>"Explanation …"</b> by Igor Grossmann [(further
information plus registration)](…)`)."""

_MORE = re.compile(r"[\"“][^\"“”]{3,}[\"”]\s*(?P<names>[^\"“”()\[\]:]+?)\s*(?:\(|$)")
"""A second quoted talk in the bracket's tail ("… ([details]) followed by a Lab-Visit "Basics …" Christina Kumpitsch
([details])"): its speakers give the slot too."""


@attrs.frozen
class QuotedTalk:
    """A slot's quoted title, the label before it and the speakers after it."""

    title: str
    label: str | None
    people: tuple[str, ...]


def quoted_talk(text: str, names_in: Callable[[str], tuple[str, ...] | None]) -> QuotedTalk | None:
    """The quoted title and its speakers, or None when the text has another shape.

    `names_in` says whether a text lists names only (the caller's, which knows words of a programme). Before
    the quotes only a kind's label may stand ("Keynote"): other words there make the quotes the title's own.
    The title keeps what its quotes hold, a full stop too ("… strategic interaction.").
    """
    found = _QUOTED_TALK.match(text)
    label = found["label"].strip(" ,–—-") if found is not None else ""
    if found is None or (label and label_kind(label) is None):  # 'The "Bitter Lesson" …': a title's own quotes
        return None
    if (people := names_in(found["names"])) is None:
        return None
    more = [
        name
        for other in _MORE.finditer(found["after"] or "")
        for name in names_in(other["names"]) or ()
        if name not in people
    ]
    return QuotedTalk(" ".join(found["title"].split()), label or None, (*people, *dict.fromkeys(more)))


_CLOSING = {'"': '"”', "“": '”"', "„": '“"', "«": "»"}
"""The marks that close a quote opened by each mark (a typed straight quote may close a curly one)."""
_OPENER_BEFORE = " ([/-–—"
"""What stands before a straight quote that opens a quotation inside a title (`notion de "jumeau numérique"`)."""


def whole_quoted(text: str) -> str:
    """A title without the quotes that wrap it whole; as written when they are a quotation's inside it.

    A list sets a title apart by quotes (LT4HALA 2020: `- "Dating … Mixture Model" -*Oliver Hellwig*`;
    SimpleText 2021: `Name (Org) : "Comprendre la notion de "jumeau numérique" : …"`): they are marks, not
    words. A quotation inside keeps its quotes; `"A" and "B"` is two quotations, no wrapped title (the quote
    after "A" closes, where a title's inner quotation opens after a space).

    >>> whole_quoted('"Comprendre la notion de "jumeau numérique" : tentative"')
    'Comprendre la notion de "jumeau numérique" : tentative'
    >>> whole_quoted('"Bitter" and "Sweet"'), whole_quoted("« Le temps »"), whole_quoted('The "Bitter Lesson"')
    ('"Bitter" and "Sweet"', 'Le temps', 'The "Bitter Lesson"')
    """
    text = text.strip()
    if len(text) < 3 or text[0] not in _CLOSING or text[-1] not in _CLOSING[text[0]]:
        return text
    inner = text[1:-1]
    if any(mark in inner for mark in "«»") or inner.count("“") != inner.count("”") or inner.find("”") < inner.find("“"):
        return text
    straight = [at for at, char in enumerate(inner) if char == '"']
    if len(straight) % 2 or any(at and inner[at - 1] not in _OPENER_BEFORE for at in straight[::2]):
        return text
    return inner.strip()
