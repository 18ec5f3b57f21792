"""Talks a page lists inside a timed slot: a title line, then its speakers' line (HAOC 2021).

A workshop page gives a slot its time and a heading ("Keynote", "Paper Presentation
Session I") and lists the talks inside it, each a title line, a line of its speakers with
their affiliations, and perhaps an abstract::

    08:05 am - 09:05 am
    Keynote
    Too Many Tests, Too Little Time: How to Find Bugs Faster
    Haryadi Gunawi, University of Chicago
    As more data and computation move from local to cloud environments, …

Each talk becomes one of the slot's papers (a `Member`, as the papers under a session row of
a table), untimed and shown at the slot; the prose after its speakers is its abstract, and
prose right below the slot, before any talk, the slot's. A slot's own people are the people lines
right below it ("Moderator: John Wilkes, Google", the names under "Panelists:"). The slot's talks
end at the first line that is none of these (a heading, a note): it and the lines after stay not placed.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Collection, Sequence

import attrs

from program.model import Kind
from program.readers.base import Line
from program.readers.lines.entry import SlotText, read_slot_text
from program.readers.lines.honorifics import without_honorific, without_title_lead
from program.readers.lines.members import Member
from program.readers.lines.names import led_speakers, moderators, speakers_of
from program.readers.lines.speaker_first import speaker_first_talk

_LONGEST_TITLE = 25
"""Words; a line with more is prose (an abstract, a biography), not a talk's title."""
_SHORTEST_SENTENCES = 8
"""Words; a line at least this long that ends a sentence is prose."""
_GIVEN_BY_ONE = frozenset({Kind.KEYNOTE, Kind.INVITED_TALK})
"""Kinds of slot whose talks are of the slot's kind (the talk inside "Invited Talk II" is an invited talk)."""
_CUTS = re.compile(r"(?<=[^\s.?!,])[.?!,]\s+")
"""Where a one-line talk's title may end: "Title. Authors", "Title? Author", "Title, Author"."""
_DASHES = re.compile(r"\s+(?:--|[-–—])\s+")
"""A dash between spaces, where a one-line talk's title may end ("Looms and cards -- A and B")."""
_QUOTED = re.compile(r"^[“„\"](?P<title>[^“”\"]{3,})[”“\"]\s*[,.:–—-]?\s*(?P<rest>\S.*)$")
"""A title in quotes, then its speakers: "“Title” A. Name, B. Name" (AD&D 2025 closes one with a straight quote)."""
_LONGEST_ONE_LINE = 3 * _LONGEST_TITLE
"""Words; a longer line is no title with its speakers (and is not cut at every comma)."""
_SHORTEST_TITLE = 2
"""Words; a shorter part before a cut is a name's ("Ada, Charles"), not a title."""
_RULE = re.compile(r"[-=_*~\s]+")
_AWARD = re.compile(r"^(?:best\s+[\w\s-]{2,40}|[\w\s-]{0,30}\b(?:award|prize|honou?rable\s+mention))$", re.IGNORECASE)
"""A paper's prize on a line of its own: "Best Paper", "Best Paper Honorable Mention"."""
_LINK_LABELS = frozenset({"presentation", "video", "slides", "pdf", "paper", "details", "recording"})
"""A link's text on a line of its own below a talk (LDAV 2019's "Presentation"): the talk's, no title."""
_INITIALS = re.compile(r"(?:[A-Z]\.\s*)+\S")
_TITLE_THEN_INITIALS = re.compile(r"^(?P<title>\S.*?)\s+(?P<name>(?:[A-Z]\.\s*)+(?:[a-z]+\s+){0,2}[A-Z][\w'-]+)$")
_CHAIR_WORD = re.compile(r"\b(?:chairs?|president[ae]|présidente?|discussants?|moderation)\b", re.IGNORECASE)
"""Who chairs a session: Spanish "Presidente:" (JNIC 2022), French "Président :" (COMPAS 2026); DVCS 2021's
"Discussant:" below a panel's talks and German "Moderation:" (not "Moderator:", a panel's people)."""


@attrs.frozen
class SlotTalks:
    """What the lines inside the slots hold: the talks, the slots' own people and labels, and the lines left."""

    members: tuple[Member, ...]
    people: dict[int, tuple[str, ...]]
    """A slot's index → the people its lines name outside any talk (a panel's moderator and panelists)."""
    chairs: dict[int, tuple[Line, ...]]
    """A slot's index → its chair lines ("Session chair: Massimo Tisi")."""
    abstracts: dict[int, str]
    """A slot's index → the prose right below it, before any talk (ICMT's "MDE in Education")."""
    other: tuple[Line, ...]
    titles: dict[int, str] = attrs.field(factory=dict)
    """A slot's index → its own title, on the line below its heading ("Panel" over "AI + VIS in …")."""

    def slot_text(self, index: int, text: SlotText) -> SlotText:
        """The text of slot `index` with the people its lines name and its chair line (added to its label).

        A slot that names no one else is chaired by the people of its chair lines: they are its
        people, its label the chair's ("Chair: Grace Hopper" under "Paper session 1"). An item has
        one role, so a slot with speakers keeps its chair line in its label.
        """
        people, lines = self.people.get(index, ()), self.chairs.get(index, ())
        if (title := self.titles.get(index)) is not None:  # the heading ("Panel") is its label
            text = attrs.evolve(text, title=title, label=text.label or text.title)
        if not people and not lines:
            return text
        # a chair line below a break heads the session after it (AMTE 2024's "Chair: John Holmen")
        alone = lines and not people and not text.people and text.kind is not Kind.BREAK
        chairs = _chair_people(lines) if alone else None
        if chairs is not None:
            return attrs.evolve(text, people=chairs[1], label=text.label or chairs[0], chaired=True)
        chair = ", ".join(line.text for line in lines)
        label = ", ".join(said for said in (text.label, chair) if said) or None
        people += moderators(line.text for line in lines) if people else ()  # DVCS 2021's podium: "Moderation: …"
        return attrs.evolve(text, people=tuple(dict.fromkeys(text.people + people)), label=label)

    def title_lines(self) -> list[Line]:
        """The talks' title lines and the chair lines: the schedule reaches down to the last of them."""
        return [*(member.line for member in self.members), *(line for lines in self.chairs.values() for line in lines)]


@attrs.define
class _Inside:
    """What one slot's lines hold, as `_read_inside` walks them."""

    index: int
    kind: Kind
    emphasised: Collection[int] = ()
    """The lines all in italics: a plain line right below such a people line is its affiliations."""
    members: list[Member] = attrs.field(factory=list)
    people: list[str] = attrs.field(factory=list)
    chairs: list[Line] = attrs.field(factory=list)
    abstract: list[str] = attrs.field(factory=list)
    rest: list[Line] = attrs.field(factory=list)
    title: str | None = None


def talks_in_slots(
    slots: Sequence[tuple[int, Kind]],
    other: Sequence[Line],
    headings: Collection[int] = (),
    papers: Collection[int] = (),
    emphasised: Collection[int] = (),
) -> SlotTalks:
    """Read the lines between each slot's line and the next (`slots`: each slot's line number and kind, in order).

    A heading (the line numbers in `headings`) ends a slot's lines: what follows it is another
    part of the page ("#### Selection Process" after the last slot), never the slot's people, and a
    day heading's next lines are that day's (TPBC 2021's "*Session chair: …*"), not the last slot's.
    The lines after a paper (the slot indices in `papers`, read with its title and authors by
    `lines.coded`) hold no talks of it: the next track's name ("Track 2 Process, Tools Yield, …").
    A plain line right below a people line all in italics (the line numbers in `emphasised`) is
    where they work (TPBC 2021: `*Tim Roughgarden*` over `Columbia University`): no one's name, no talk.
    """
    members: list[Member] = []
    people: dict[int, tuple[str, ...]] = {}
    chairs: dict[int, tuple[Line, ...]] = {}
    abstracts: dict[int, str] = {}
    titles: dict[int, str] = {}
    left: list[Line] = []
    for index, grouped in _groups([number for number, _ in slots], other):
        if index is None or index in papers:  # before the schedule, or after a paper
            left.extend(grouped)
            continue
        heads = _heads_next_slot(grouped, slots, index)  # "Programming Languages" over the next slot: no one's name
        left.extend(grouped[-1:] if heads else [])
        group = grouped[:-1] if heads else grouped
        after = min((number for number in headings if number > slots[index][0]), default=None)
        cut = next((at for at, line in enumerate(group) if after is not None and line.number >= after), len(group))
        inside = _read_inside(_Inside(index, slots[index][1], emphasised), group[:cut])
        left.extend(group[cut:])
        members.extend(inside.members)
        if inside.people:
            people[index] = tuple(dict.fromkeys(inside.people))
        if inside.chairs:
            chairs[index] = tuple(inside.chairs)
        if inside.abstract:
            abstracts[index] = " ".join(inside.abstract)
        if inside.title is not None:
            titles[index] = inside.title
        left.extend(inside.rest)
    others = tuple(sorted(left, key=lambda line: line.number))
    return SlotTalks(tuple(members), people, chairs, abstracts, others, titles)


def _heads_next_slot(group: Sequence[Line], slots: Sequence[tuple[int, Kind]], index: int) -> bool:
    """Whether a slot's last line is the next slot's session label: set apart above, right over that slot.

    ICCSW 2017 writes each session's name on a line of its own between a blank line and its first talk.
    """
    if not group or index + 1 >= len(slots) or group[-1].number != slots[index + 1][0] - 1:
        return False
    above = group[-2].number if len(group) > 1 else slots[index][0]
    return group[-1].number - above > 1


def _groups(slot_lines: Sequence[int], other: Sequence[Line]) -> list[tuple[int | None, list[Line]]]:
    """The other lines by the slot they follow (None: before the first slot)."""
    groups: dict[int | None, list[Line]] = {}
    for line in other:
        index = bisect.bisect_right(slot_lines, line.number) - 1  # in page order; a cell's parts share its line
        groups.setdefault(index if index >= 0 else None, []).append(line)
    return list(groups.items())


def _read_inside(inside: _Inside, group: Sequence[Line]) -> _Inside:
    position = 0
    while position < len(group):
        line = group[position]
        if _affiliations(inside, group, position):
            position += 1
            continue
        if _aside(inside, line):
            position += 1
            continue
        talk = _speaker_first_at(group, position) or _talk_at(group, position)
        talk = talk or (_title_like_name(group, position) if inside.members else None)
        if talk is None and inside.members and (initialled := _initials_talk(line.text)) is not None:
            talk = (*initialled, position + 1)
        if talk is not None:
            title, speakers, position = talk
            start = position
            while position < len(group) and _is_prose(group[position].text) and not _talk_starts(group, position):
                position += 1
            abstract = " ".join(prose.text for prose in group[start:position]) or None
            inside.members.append(_member(inside, line, title, speakers, abstract))
            continue
        named = _labelled_people(line.text) or speakers_of(line.text) or led_speakers(line.text)
        announced = position > 0 and group[position - 1].text.endswith(":")  # DVCS 2021's `mit A und B:` over it
        if _titles_people(inside, group, position):  # "AI + VIS in the Era of Big Data" over "Moderator: …"
            inside.title = line.text
        elif _is_chair(line.text):  # "Session chair: Massimo Tisi": who chairs, not who speaks
            inside.chairs.append(line)
        elif named and not inside.members:
            inside.people.extend(named)
        elif len(line.text.split()) > _LONGEST_TITLE and not inside.members and (not inside.people or announced):
            inside.abstract.append(line.text.lstrip("> "))  # a paragraph ("(breaks as appropriate)" is none)
        elif _RULE.fullmatch(line.text):  # "------" between a session's heading and its talks
            inside.rest.append(line)
        elif not (line.text.endswith(":") and _is_label(line.text)):  # "Panelists:" above the names: read
            inside.rest.extend(group[position:])  # the slot's talks end at the first line that is none of them
            break
        position += 1
    return inside


def _aside(inside: _Inside, line: Line) -> bool:
    """Whether a line is no talk: a talk's link (LDAV 2019's "Presentation"), the slot's "Panelists: A, B"."""
    if inside.members:
        return line.text.casefold() in _LINK_LABELS
    if _is_chair(line.text) or (labelled := _labelled_people(line.text)) is None:
        return False
    inside.people.extend(labelled)
    return True


def _titles_people(inside: _Inside, group: Sequence[Line], position: int) -> bool:
    """Whether the slot's first line is its own title: a title over a line of labelled people."""
    if position or inside.members or inside.people or position + 1 >= len(group):
        return False
    return _is_title(group[position].text) and _labelled_people(group[position + 1].text) is not None


def _affiliations(inside: _Inside, group: Sequence[Line], position: int) -> bool:
    """Whether the line at `position` is where the people of the italic line right above it work."""
    line = group[position]
    above = group[position - 1] if position else None
    return (
        above is not None
        and above.number == line.number - 1
        and above.number in inside.emphasised
        and line.number not in inside.emphasised
        and speakers_of(above.text) is not None
    )


def _talk_starts(group: Sequence[Line], position: int) -> bool:
    """Whether a talk starts at `position`: a long speaker-first line is the next talk, not the last one's abstract."""
    return _speaker_first_at(group, position) is not None or _talk_at(group, position) is not None


def _speaker_first_at(group: Sequence[Line], position: int) -> tuple[str, tuple[str, ...], int] | None:
    found = speaker_first_talk(group[position].text)  # "Yi Zeng (Bayreuth): Title" (DVCS 2021)
    return (*found, position + 1) if found is not None else None


def _talk_at(group: Sequence[Line], position: int) -> tuple[str, tuple[str, ...], int] | None:
    """The talk that starts at `position`: its title, speakers and the position after them; or None.

    A title line then a speakers line, or one line with both ("Title. A and B", "Title, A").
    """
    text = group[position].text
    one_line = _title_and_speakers(text)
    if one_line is not None and all(_INITIALS.match(name) for name in one_line[1]):
        return (*one_line, position + 1)  # "Soci. Sc. Iss. D. Jacobs" over another talk (WND 2025): a talk of its own
    following = group[position + 1].text if position + 1 < len(group) else None
    if following is not None and _AWARD.match(following) and position + 2 < len(group):
        # "Best Paper Honorable Mention" between a paper's title and its authors (LDAV 2019): the paper's prize
        awarded = speakers_of(group[position + 2].text)
        if awarded and _is_title(text):
            return text, awarded, position + 3
    speakers = speakers_of(following) if following is not None else None
    if speakers and _is_title(text):  # its full stop ends the title's line ("… Semantics for ATL.")
        return (text[:-1] if text.endswith(".") and not text.endswith("..") else text), speakers, position + 2
    return (*one_line, position + 1) if one_line is not None else None


def _title_like_name(group: Sequence[Line], position: int) -> tuple[str, tuple[str, ...], int] | None:
    """After other talks, a title read as a name over two authors or more (LDAV 2019's "Topology-Based …")."""
    if position + 1 >= len(group) or len(group[position].text.split()) < _TITLE_LIKE_WORDS:
        return None
    alone, speakers = speakers_of(group[position].text), speakers_of(group[position + 1].text)
    if alone is None or len(alone) != 1 or speakers is None or len(speakers) < _SHORTEST_TITLE:
        return None
    return group[position].text, speakers, position + 2


_TITLE_LIKE_WORDS = 3
"""Words; a two-word line over names may be a name over its co-authors' line, not a title."""


def _title_and_speakers(text: str) -> tuple[str, tuple[str, ...]] | None:
    """A line with a title and its speakers, cut at the first ". ", "? " or ", " that leaves only names after it.

    >>> _title_and_speakers("The design and evolution of KernelF. Markus Voelter.")
    ('The design and evolution of KernelF', ('Markus Voelter',))
    >>> _title_and_speakers("Introduction to Graph-Oriented Programming, Olivier Rey.")
    ('Introduction to Graph-Oriented Programming', ('Olivier Rey',))
    """
    if len(text.split()) > _LONGEST_ONE_LINE:
        return None
    quoted = _QUOTED.match(text)  # "“Koney: A … Framework” M. Kahlhofer, S. Rass": the quotes end the title
    if quoted is not None and (speakers := speakers_of(quoted["rest"])):
        return quoted["title"].strip(), speakers
    for dash in _DASHES.finditer(text):  # "Title -- A, B": the dash ends the title, not the comma between names
        title, rest = text[: dash.start()].rstrip(), text[dash.end() :].rstrip(" .")
        speakers = speakers_of(rest)
        if speakers and _is_title(title) and len(title.split()) >= _SHORTEST_TITLE:
            return title, speakers
    for cut in _CUTS.finditer(text):
        title, rest = text[: cut.start() + 1].rstrip(" .,"), text[cut.end() :].rstrip(" .")
        if _HONORIFIC_END.search(title):  # "Speaker 1: Dr. Arash Zamyadi": the honorific's full stop ends no title
            continue
        speakers = speakers_of(rest)
        # "Unesc. A. Wels" (WND 2025): a title of one word shortened, then initials and a surname
        if speakers and _is_title(title) and (len(title.split()) >= _SHORTEST_TITLE or _INITIALS.match(rest)):
            return title, speakers
    return None


def _initials_talk(text: str) -> tuple[str, tuple[str, ...]] | None:
    """Among a slot's talks, a title then initials and a surname, no mark between ("Oefenrechtbank F. Secomandi")."""
    found = _TITLE_THEN_INITIALS.match(text)
    if found is None or not _is_title(found["title"]) or (speakers := speakers_of(found["name"])) is None:
        return None
    return found["title"], speakers


_HONORIFIC_END = re.compile(r"(?:^|[\s:/])(?:dr|prof|mr|mrs|ms|mx)$", re.IGNORECASE)


def _member(inside: _Inside, line: Line, title: str, speakers: tuple[str, ...], abstract: str | None) -> Member:
    slot = read_slot_text(without_title_lead(title), people_known=True)
    if title.endswith(".") and slot.title == title[:-1]:  # only a quoted title keeps its stop here: its own
        slot = attrs.evolve(slot, title=title)
    if slot.kind is Kind.OTHER and inside.kind in _GIVEN_BY_ONE:  # the talk of a "Keynote" slot is the keynote
        slot = attrs.evolve(slot, kind=inside.kind)
    people = tuple(without_honorific(name) for name in speakers)  # "Professor Peter Bubenik": Peter Bubenik
    return Member(line, attrs.evolve(slot, people=people), (), inside.index, abstract)


def _chair_people(lines: Sequence[Line]) -> tuple[str, tuple[str, ...]] | None:
    """The chair label and the people of a slot's chair lines ("Chair: Grace Hopper"), or None."""
    label, names = "", list[str]()
    for line in lines:
        text = line.text.strip()
        bracketed = text.startswith("(") and text.endswith(")")  # "(Session Chair: …)", not "Chair: A (Place)"
        role, _, rest = (text[1:-1] if bracketed else text).partition(":")
        found = speakers_of(rest)
        if found is None:
            return None
        label, names = label or role.strip(), [*names, *found]
    return label, tuple(dict.fromkeys(names))


def _is_chair(text: str) -> bool:
    label, colon, rest = text.partition(":")
    return bool(colon and rest.strip()) and _CHAIR_WORD.search(label) is not None


def _labelled_people(text: str) -> tuple[str, ...] | None:
    """A label's people ("Moderator: John Wilkes, Google" → John Wilkes), or None."""
    label, colon, rest = text.partition(":")
    if not colon or not rest.strip() or not _is_label(label + ":"):
        return None
    return speakers_of(rest)


def _is_label(text: str) -> bool:
    """Whether `text` ("Panelists:", "Moderator:") is a role label before people."""
    said = read_slot_text(f"{text} Ada Lovelace")
    return said.label is not None and said.people == ("Ada Lovelace",)


def _is_title(text: str) -> bool:
    """A talk's title: no longer than titles are, no label ("Speakers", "Panelists:"), no list of names."""
    if len(text.split()) > _LONGEST_TITLE or text.endswith(":") or _is_label(f"{text}:"):
        return False
    return speakers_of(text) is None


def _is_prose(text: str) -> bool:
    """An abstract's or a biography's paragraph: longer than a title, or sentences."""
    words = len(text.split())
    return words > _LONGEST_TITLE or (words >= _SHORTEST_SENTENCES and text.rstrip().endswith((".", ")")))
