"""A time-led line whose emphasis tells its title from its people.

Shonan's "Art of SAT" program writes the speaker plain and the title bold (``* 10:30-11:30 Armin
Biere __The Art of …__``, or a bold link to the slides, ``[__Title__](./Slides with spaces.pptx)``),
so the bold part is the title and the words between the time and it are the person. JPF Workshop
2017 writes the title in italics right after the time, then the names (``* 09:30-10:15 *20 Years of
JPF;* Willem Visser (Invited talk)``). Read from the raw line: `clean` drops the emphasis that tells
them apart, and keeps a link whose address holds spaces as raw Markdown.
"""

from __future__ import annotations

import re

from program.readers.kind_labels import kind_from_title
from program.readers.lines.entry import SlotText, read_slot_text
from program.readers.lines.markup import clean
from program.readers.lines.names import names_in, speakers_of
from program.readers.notation.leading import leading_span

_BOLD_TITLE = re.compile(
    r"(?P<link>\[)?(?P<mark>__|\*\*)(?P<title>[^_*].*?)(?P=mark)(?(link)\]\((?P<url>[^()]*)\))", re.DOTALL
)
"""The first bold part, alone or as a link's text (its address may hold spaces)."""


def speaker_then_bold_title(raw: str, mentions: tuple[str, ...] = ()) -> tuple[SlotText, tuple[str, ...]] | None:
    """The slot a line of time, speaker and bold title says, and the link the title is; None for another line.

    >>> slot, links = speaker_then_bold_title("* 10:30-11:30 Armin Biere   __The Art of igniting__")
    >>> slot.title, slot.people, links
    ('The Art of igniting', ('Armin Biere',), ())
    >>> speaker_then_bold_title("* 9:00-10:00 __Opening__") is None
    True
    """
    bold = _BOLD_TITLE.search(raw)
    if bold is None:
        return None
    found = leading_span(clean(raw[: bold.start()]).text)
    if found is None:
        return None
    names = names_in(found.rest.strip(" :-–—"), words=2)
    if names is None or len(names) != 1:
        return None
    after = clean(raw[bold.end() :]).text
    title = " ".join(part for part in (clean(bold["title"]).text, after) if part)
    slot = read_slot_text(title, mentions, people_known=True)
    links = (bold["url"].strip(),) if bold["url"] and bold["url"].strip() else ()
    return SlotText(slot.title, names, slot.label, slot.kind), links


_BOLD_THEN_NAMES = re.compile(r"^(?:\*\*|__)(?P<title>[^*_].*?)(?:\*\*|__)\s*(?P<names>[^*_].*)$")


def bold_title_then_names(cell: str, mentions: tuple[str, ...] = ()) -> SlotText | None:
    """A cell of a bold title with its speakers' names right after it, else None.

    BilboStack 2025 writes `[**Fatal, gracias**Irene Morgado](/speakers/irene-morgado#talk)`: the link's text
    is the title in bold, then the names (no space between); the title's colon is its own.

    >>> slot = bold_title_then_names("**Culture Driven Development, el motor**Sebi Collell y Censu Karayel")
    >>> slot.title, slot.people
    ('Culture Driven Development, el motor', ('Sebi Collell', 'Censu Karayel'))
    >>> bold_title_then_names("**Bienvenida y presentación**") is None
    True
    """
    found = _BOLD_THEN_NAMES.match(cell.strip())
    names = names_in(found["names"].strip(), words=2) if found else None
    if found is None or names is None:
        return None
    slot = read_slot_text(found["title"], mentions, people_known=True)
    return SlotText(slot.title, names, slot.label, slot.kind)


_BULLET = re.compile(r"^\s*(?:[-*+]\s+)?")
_EMPHASISED_FIRST = re.compile(
    r"^(?P<mark>\*{1,2}|_{1,2})(?P<title>[^*_\s](?:.*?[^*_\s])?)(?P=mark)(?![*\w])\s*(?P<names>[^*_].*?)"
    r"\s*(?:\((?P<label>[^()]+)\))?$"
)
"""An emphasised title first, the names after it, and a bracket of what the talk is ("(Invited talk)")."""


def emphasised_title_then_names(raw: str, mentions: tuple[str, ...] = ()) -> SlotText | None:
    """The slot a line of time, emphasised title and its speakers' names says, else None.

    The title's own closing mark (JPF 2017 writes ``*Title;*``) is dropped; a bracket after the names
    is the talk's label ("Invited talk", "Extended Abstract") and gives its kind.

    >>> slot = emphasised_title_then_names("* 09:30-10:15 *20 Years of JPF;* Willem Visser (Invited talk)")
    >>> slot.title, slot.people, slot.label, slot.kind.value
    ('20 Years of JPF', ('Willem Visser',), 'Invited talk', 'invited-talk')
    >>> emphasised_title_then_names("* 09:00-09:10 *Opening*") is None
    True
    """
    found = leading_span(_BULLET.sub("", raw, count=1))
    shaped = _EMPHASISED_FIRST.match(found.rest.strip()) if found is not None else None
    if shaped is None:
        return None
    names = speakers_of(clean(shaped["names"]).text)
    if names is None:
        return None
    title = read_slot_text(clean(shaped["title"]).text.rstrip(" ;,:"), mentions, people_known=True)
    label = shaped["label"].strip() if shaped["label"] else None
    kind = kind_from_title(label) if label else title.kind
    return SlotText(title.title, names, label, kind)
