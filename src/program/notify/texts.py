"""Every text a notice shows, in one place, through a translate callable (gettext-style).

`notice_texts(_)` takes what `gettext.gettext` is (a function from the English text to the
locale's): the locale work plugs a catalogue in here and nowhere else. The texts are
`str.format` templates with named fields; values are put in after translation, so a title
with braces in it is shown as written.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime

import attrs

from program.i18n import Lang
from program.model import Item

Translate = Callable[[str], str]
"""From the English text to the text in the reader's language (`gettext.gettext`)."""


def untranslated(text: str) -> str:
    """Return `text` as it is: English."""
    return text


@attrs.frozen
class NoticeTexts:
    """The texts of a notice message; each a `str.format` template (fields in the comments)."""

    subject: str  # {title}
    greeting: str  # {name}
    intro: str  # {title}
    moved: str  # {title} {old} {new}
    room: str  # {title} {old} {new}
    board: str  # {title} {old} {new}
    renamed: str  # {old} {new}
    cancelled: str  # {title} {when}
    added: str  # {title} {when} {where}
    removed: str  # {title} {when}
    calendar: str
    no_calendar: str
    closing: str  # {title}
    no_time: str
    no_room: str
    when: str  # {day} {time}


def notice_texts(_: Translate = untranslated) -> NoticeTexts:
    """Return the notice's texts in the language `_` translates into (English by default)."""
    return NoticeTexts(
        subject=_("Your program at {title} has changed"),
        greeting=_("Hello {name},"),
        intro=_("the program of {title} has changed, and these changes concern you:"),
        moved=_("“{title}” has moved: now {new} (it was {old})."),
        room=_("“{title}” has a new room: {new} (it was {old})."),
        board=_("“{title}” has a new board: {new} (it was {old})."),
        renamed=_("“{old}” is now called “{new}”."),
        cancelled=_("“{title}” ({when}) is cancelled."),
        added=_("You are now on “{title}”: {when}, {where}."),
        removed=_("You are no longer on “{title}” ({when}); it still takes place."),
        calendar=_(
            "Your calendar of the program is attached: open it, and your calendar application "
            "updates the events it already has."
        ),
        no_calendar=_("None of your items has a time yet, so no calendar is attached."),
        closing=_("This message was sent by the organisers of {title}."),
        no_time=_("time to be announced"),
        no_room=_("room to be announced"),
        when=_("{day}, {time}"),
    )


def when_text(item: Item | None, texts: NoticeTexts, *, lang: Lang) -> str:
    """Return an item's day and time ("Sat 3 Dec, 9:30 a.m.–10:15 a.m."), or the no-time text."""
    if item is None or item.start is None:
        return texts.no_time
    start: datetime = item.start
    return texts.when.format(day=lang.day(start.date()), time=lang.span(start, item.end))


def where_text(item: Item | None, texts: NoticeTexts) -> str:
    """Return an item's room, or the no-room text."""
    return item.location if item is not None and item.location else texts.no_room
