"""An item's words as the booklet and the site print them: each thing said once, titles split at `|`.

Feeds write "Jeff Dean - Invited Talk" with the kind "Invited talk" and the person Jeff Dean;
a label that prints all three says the same thing three times. These helpers decide what a
label leaves out (`title_and_people`, for the booklet and the site alike); the templates only
lay the pieces out.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.i18n import Lang
from program.model import Item
from program.writers.clean_text import Span, spans

_SEGMENT_SEPARATOR = re.compile(r"\s*\|\s*")


def sentence(text: str) -> str:
    """Return `text` ended by one full stop, even when it ends with "p.m.".

    >>> sentence("1:55 p.m.–2:25 p.m."), sentence("Posters")
    ('1:55 p.m.–2:25 p.m.', 'Posters.')
    """
    text = text.rstrip()
    return text if not text or text.endswith((".", "!", "?", "…")) else f"{text}."


def segments(runs: Sequence[Span]) -> list[list[Span]]:
    """Split styled text at each `|` into segments, which the template joins with its separator.

    A feed's "Poster Session | Coffee Break" is two things at one time; the raw pipe is
    markup of the feed, not text to print.

    >>> [[span.text for span in part] for part in segments([Span("Poster Session | Coffee Break")])]
    [['Poster Session'], ['Coffee Break']]
    """
    result: list[list[Span]] = [[]]
    for span in runs:
        pieces = _SEGMENT_SEPARATOR.split(span.text)
        for index, piece in enumerate(pieces):
            if index:
                result.append([])
            if piece:
                result[-1].append(Span(piece, span.style))
    return [part for part in result if part] or [[]]


_KIND_NOUNS = r"(?:talks?|speech|lecture|address|presentation)"
"""Words a kind's name may have after it in a title's lead ("Keynote talk: …", "Keynote address: …")."""


def short_title(title: str, kind: str, people: Sequence[str]) -> str:
    """Return `title` without the parts its kind and people already say.

    >>> short_title("Jeff Dean - Invited Talk", "Invited talk", ["Jeff Dean"])
    'Jeff Dean'
    >>> short_title("Invited Talk: Dawn Song", "Invited talk", ["Dawn Song"])
    'Dawn Song'
    >>> short_title("Opening Remarks", "Opening", [])
    'Opening Remarks'
    >>> short_title("Keynote talk: Tools of the Trade", "Keynote", ["Joel Falcou"])  # AMTE 2024
    'Tools of the Trade'
    """
    folded_kind = kind.casefold()
    name = rf"{re.escape(kind)}s?(?:\s+{_KIND_NOUNS})?"
    pattern = re.compile(rf"^{name}\s*[-–—:]\s+|\s+[-–—]\s+{name}$", re.IGNORECASE)
    shorter = pattern.sub("", title).strip()
    if shorter and shorter.casefold() != folded_kind:
        return shorter
    return title


def repeats_people(title: str, people: Sequence[str]) -> bool:
    """Whether the (short) title is only the item's people, so they need not follow it.

    >>> repeats_people("Jeff Dean", ["Jeff Dean"]), repeats_people("Compilers", ["Ada Lovelace"])
    (True, False)
    """
    if not people:
        return False
    names = {name.casefold() for name in people}
    parts = re.split(r"\s*(?:,|&|\band\b)\s*", title.casefold())
    return all(part.strip() in names for part in parts if part.strip())


def title_spans(item: Item, kind: str, people: Sequence[str]) -> tuple[Span, ...]:
    """The item's title as styled spans, shortened by `item_title` when it was plain text."""
    runs = spans(item.title, latex=item.scraped)
    if len(runs) == 1 and runs[0].style is None:
        return (Span(item_title(item, runs[0].text, kind, people)),)
    return runs


def item_title(item: Item, title: str, kind: str, people: Sequence[str]) -> str:
    """Return what names the item: its short title, or its people when the title only names its speaker.

    "Steve Keckler - Invited Talk" given by Stephen Keckler is "Stephen Keckler", once.
    """
    shorter = short_title(title, kind, people)
    if people and item.title_speaker and shorter.casefold() == item.title_speaker.casefold():
        return ", ".join(people)
    return shorter


def title_and_people(item: Item, kind: str, people: Sequence[str]) -> tuple[tuple[Span, ...], list[str]]:
    """The title to print and the people to print after it: a name or a kind said once.

    "Jeff Dean - Invited Talk" (an invited talk by Jeff Dean) is the title "Jeff Dean" and no
    people line; "Compilers" by Ada Lovelace keeps both.
    """
    title = title_spans(item, kind, people)
    plain = "".join(span.text for span in title)
    return title, [] if repeats_people(plain, people) else list(people)


def starts_with_kind(title: str, kind: str) -> bool:
    """Whether the title begins with its kind ("Poster Session | Coffee Break"), so a label need not name it.

    >>> starts_with_kind("Poster Session | Coffee Break", "Poster session")
    True
    """
    return title.casefold().startswith(kind.casefold())


def booklet_labels(lang: Lang) -> dict[str, str]:
    """The booklet's own words in the program's language; "{count}" and "{day}" are filled in by the template."""
    return {
        "lang": lang.tag.split("-", maxsplit=1)[0].lower(),
        "contents": lang.gettext("Contents"),
        "how_to_read": lang.gettext("How to read the timetable"),
        "rooms_note": lang.gettext(
            "Rooms are columns; items at the same time in one room stand side by side. A box is as tall as its"
            " item is long; an empty stretch is a gap in the program."
        ),
        "recorded_note": lang.gettext("“Recorded” after a title: a recording of the presentation exists."),
        "boards_note": lang.gettext(
            "Numbers such as P7 are poster boards. The index at the end lists every speaker and author with the"
            " pages that name them."
        ),
        "left_out": lang.gettext("%(count)s rooms with fewer than three items this day are in the running order only.")
        % {"count": "{count}"},
        "continued": lang.gettext("%(day)s (continued)") % {"day": "{day}"},
        "running_order": lang.gettext("Running order, %(day)s") % {"day": "{day}"},
        "recorded": lang.gettext("(recorded)"),
        "also": lang.gettext("also"),
        "posters_at": lang.gettext("posters"),
        "page": lang.gettext("p."),
        "posters": lang.gettext("Posters"),
        "untimed": lang.gettext("Without a time"),
        "accepted": lang.gettext("Accepted papers"),
        "accepted_note": lang.gettext("Papers not (yet) in the timetable."),
        "et_al": lang.gettext("et al."),
        "index": lang.gettext("Index of speakers and authors"),
    }
