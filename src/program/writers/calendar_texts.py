"""The words calendars add around an item: its description's parts, a presenter's summary, the alarm.

In the program's language (`Lang`): an attendee's calendar app shows them as they are.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from datetime import timedelta

from icalendar import Alarm

from program.i18n import Lang
from program.model import Item, Kind
from program.writers.clean_text import plain_text, poster_lines, title_text, web_url
from program.writers.shown_names import NamedPeople

NAMES_IN_DESCRIPTION = 30
"""How many of an item's people its event's description names, "and N others" after them.

Every personal calendar of the item's people carries its event: with all the names, one
event of 8,000 speakers wrote 8,000 calendars of 8,000 names each (1.5 GB, issue 32).
"""


def alarm(item: Item, before: timedelta, lang: Lang) -> Alarm:
    """A display alarm `before` the item: its title and when ("… at 1:55 p.m.–2:40 p.m.")."""
    reminder = Alarm()
    reminder.add("ACTION", "DISPLAY")
    reminder.add("TRIGGER", -before)
    title = title_text(item)
    if item.start:
        text = lang.gettext("%(title)s at %(time)s") % {"title": title, "time": lang.span(item.start, item.end)}
    else:
        text = title
    reminder.add("DESCRIPTION", text)
    return reminder


def presenter_summary(session: Item, own_posters: Sequence[Item], lang: Lang) -> str:
    """The summary of a presenter's session: "Poster P18 · HEAT: …", or "Posters P18, P19 · <session>".

    A speaker's talks in a session (HAOC 2021's paper sessions) are talks: "Talk · Frisbee: …".
    """
    if not any(item.kind is Kind.POSTER for item in own_posters):
        if len(own_posters) == 1:
            return f"{lang.kind(own_posters[0].kind)} · {title_text(own_posters[0])}"
        return f"{lang.gettext('Talks')} · {title_text(session)}"
    if len(own_posters) == 1:
        poster = own_posters[0]
        label = f"{lang.gettext('Poster')} {poster.board or ''}".strip()
        return " · ".join(part for part in (label, title_text(poster)))
    boards = ", ".join(poster.board for poster in own_posters if poster.board)
    posters = lang.gettext("Posters")
    return f"{posters} {boards} · {title_text(session)}" if boards else f"{posters} · {title_text(session)}"


def own_posters_part(own_posters: Sequence[Item], names: NamedPeople, lang: Lang) -> str:
    """What a presenter's event says first: which of the session's posters are theirs."""
    if any(item.kind is Kind.POSTER for item in own_posters):
        heading = lang.ngettext("Your poster at this session", "Your posters at this session", len(own_posters))
    else:
        heading = lang.ngettext("Your talk at this session", "Your talks at this session", len(own_posters))
    lines = poster_lines(own_posters, names, len(own_posters), lang=lang)
    return f"{heading}:\n" + "\n".join(f"- {line}" for line in lines)


def description_parts(item: Item, posters: list[Item], names: NamedPeople, lang: Lang) -> Iterator[str]:
    """The paragraphs of an item's DESCRIPTION: who, the abstract, links, recording, posters."""
    if item.people:
        if (chair := lang.role(item)) is not None:
            role = chair
        elif item.kind.presents_paper:
            role = lang.gettext("Authors")
        else:
            role = lang.ngettext("Speaker", "Speakers", len(item.people))
        shown = item.people[:NAMES_IN_DESCRIPTION] if len(item.people) > NAMES_IN_DESCRIPTION + 1 else item.people
        others = len(item.people) - len(shown)
        more = lang.gettext(" and %(count)s others") % {"count": f"{others:,}"} if others else ""
        yield f"{role}: {names.joined(shown, on=item.id)}{more}"
    if item.abstract:
        yield plain_text(item.abstract, latex=item.scraped)
    # Only the links outputs may offer (web and mail): a dropped "javascript:" is not listed as text either.
    links = [f"{lang.link_label(link.label)}: {url}" for link in item.links if (url := web_url(link.url))]
    if links:
        yield "\n".join(links)
    if item.recorded:
        yield lang.gettext("A recorded presentation is available.")
    # A session's members: its posters, and the talks a schedule page lists inside it.
    talks = [member for member in posters if member.kind is not Kind.POSTER]
    for heading, members in (
        (lang.gettext("Posters presented:"), [member for member in posters if member.kind is Kind.POSTER]),
        (lang.gettext("Talks in this session:"), talks),
    ):
        if members:
            yield heading + "\n" + "\n".join(f"- {line}" for line in poster_lines(members, names, lang=lang))
