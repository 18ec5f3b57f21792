"""Talks a Jekyll page writes inside a timed slot as Liquid includes, and the numbered table of its posters.

Science of science 研究会 2024 heads each slot `### 9:00~9:45 基調講演` and gives its speaker as a
template's parameters over several lines::

    {% include keynote.html
       name="浅谷 公威(東京大学工学系研究科 特任講師)"
       title="「なぜ今Science of scienceなのか」"
    %}

The parameters say which is the person and which the title: a slot with one such include is that
talk (the title without its 「」, the person without where they work, the heading the label); a
slot with several keeps its heading and lists each as an untimed talk at it (a `Member`). Its
poster session lists its posters as a table `| 1 | **Title** <br> Name(Affiliation), Name |`
below the header `| 番号 | 内容 |`: each row is a poster at the session.
"""

from __future__ import annotations

import bisect
import re
from collections.abc import Mapping, Sequence

import attrs

from program.model import Kind
from program.readers.base import Line
from program.readers.lines.entry import SlotText
from program.readers.lines.finder import Finder
from program.readers.lines.markup import clean
from program.readers.lines.members import Member
from program.readers.lines.slots import Slot

_OPENS = re.compile(r"^\s*\{%-?\s*include\s+\S+")
_CLOSES = re.compile(r"-?%\}\s*$")
_PARAMETER = re.compile(r"""\b(?P<key>name|title)\s*=\s*(?P<quote>["'])(?P<value>.*?)(?P=quote)""")
_CORNER_QUOTED = re.compile(r"^[「『](?P<title>.+)[」』]$")
"""A Japanese title in corner brackets ("「なぜ今Science of scienceなのか」"): the words inside are the title."""
_WHERE = re.compile(r"\s*[(（][^()（）]*[)）]")
"""Where someone works, in brackets after the name, ASCII or full-width ("浅谷 公威(東京大学…)",
"西川賢（津田塾大学）")."""
_NUMBERED_ROW = re.compile(
    r"^\|\s*\d{1,3}\s*\|\s*\*\*(?P<title>[^*]+?)\*\*\s*<br\s*/?>\s*(?P<people>[^|]*?)\s*\|\s*$", re.IGNORECASE
)
_HEADER_ROW = re.compile(r"^\|[^|\d]+\|[^|]+\|\s*$")
_SEPARATOR = re.compile(r"\s*[,，、]\s*(?![^()（）]*[)）])")
"""A comma between two people, not one inside where someone works."""
_GIVEN_BY_ONE = frozenset({Kind.KEYNOTE, Kind.INVITED_TALK})


@attrs.frozen
class IncludedTalks:
    """The slots, one include's talk read into its slot, the talks and posters listed at theirs, the lines left."""

    slots: list[Slot]
    members: list[Member]
    other: list[Line]


@attrs.frozen
class _Talk:
    line: Line
    title: str
    people: tuple[str, ...]
    lines: frozenset[int]


def with_included_talks(finder: Finder, other: Sequence[Line], raw: Mapping[int, str]) -> list[Line]:
    """Give the finder's slots their one include's talk, its members the talks and posters listed; the lines left."""
    found = included_talks(finder.slots, other, raw)
    finder.slots = found.slots
    finder.members.extend(found.members)
    return found.other


def included_talks(slots: Sequence[Slot], other: Sequence[Line], raw: Mapping[int, str]) -> IncludedTalks:
    """Read the include blocks and numbered poster rows among the lines no slot took (`raw`: as written)."""
    starts = [slot.line.number for slot in slots]
    by_slot: dict[int, list[_Talk]] = {}
    posters: dict[int, list[_Talk]] = {}
    for talk in _includes(other, raw):
        if (index := bisect.bisect_right(starts, talk.line.number) - 1) >= 0:
            by_slot.setdefault(index, []).append(talk)
    for talk in _numbered_rows(other, raw):
        if (index := bisect.bisect_right(starts, talk.line.number) - 1) >= 0:
            posters.setdefault(index, []).append(talk)
    found: list[Slot] = list(slots)
    members: list[Member] = []
    for index, talks in by_slot.items():
        text = found[index].text
        if len(talks) == 1 and not text.people:  # the slot is the talk, its heading the label
            talk = talks[0]
            said = SlotText(talk.title, talk.people, text.title, text.kind)
            found[index] = attrs.evolve(found[index], text=said)
            continue
        kind = text.kind if text.kind in _GIVEN_BY_ONE else Kind.OTHER
        members.extend(Member(talk.line, SlotText(talk.title, talk.people, None, kind), (), index) for talk in talks)
    for index, rows in posters.items():
        members.extend(Member(row.line, SlotText(row.title, row.people, None, Kind.OTHER), (), index) for row in rows)
    taken = {number for talks in (*by_slot.values(), *posters.values()) for talk in talks for number in talk.lines}
    return IncludedTalks(found, members, [line for line in other if line.number not in taken])


def _includes(other: Sequence[Line], raw: Mapping[int, str]) -> list[_Talk]:
    """Each include block with a name or a title among `other`'s lines, from its first line to its `%}`."""
    talks: list[_Talk] = []
    block: list[Line] = []
    for line in other:
        text = raw.get(line.number, line.text)
        if not block and not _OPENS.match(text):
            continue
        if block and line.number != block[-1].number + 1 and not _blank_between(raw, block[-1].number, line.number):
            block = [line] if _OPENS.match(text) else []  # an include left open: its lines are not read
            continue
        block.append(line)
        if _CLOSES.search(text):
            talks.extend(_talk(block, raw))
            block = []
    return talks


def _blank_between(raw: Mapping[int, str], after: int, before: int) -> bool:
    return all(not raw.get(number, "").strip() for number in range(after + 1, before))


def _talk(block: Sequence[Line], raw: Mapping[int, str]) -> list[_Talk]:
    said = {
        found["key"]: found["value"].strip()
        for line in block
        for found in _PARAMETER.finditer(raw.get(line.number, line.text))
    }
    if not said.get("title") and not said.get("name"):
        return []  # an include of something else (a figure, a button): not a talk
    title = clean(said.get("title", "")).text
    title = quoted["title"] if (quoted := _CORNER_QUOTED.match(title)) is not None else title
    people = _people(said["name"]) if said.get("name") else ()
    return [_Talk(block[0], title or ", ".join(people), people, frozenset(line.number for line in block))]


def _numbered_rows(other: Sequence[Line], raw: Mapping[int, str]) -> list[_Talk]:
    """Each row `| N | **Title** <br> people |`, and the header row right above the first of a table's."""
    rows: list[_Talk] = []
    header: Line | None = None
    for line in other:
        text = raw.get(line.number, line.text)
        row = _NUMBERED_ROW.match(text)
        if row is None:
            header = line if _HEADER_ROW.match(text) else None
            continue
        lines = {line.number} | ({header.number} if header is not None else set())
        title = clean(row["title"]).text
        rows.append(_Talk(line, title, _people(row["people"]), frozenset(lines)))
        header = None
    return rows


def _people(text: str) -> tuple[str, ...]:
    """The names of a people cell or parameter, split at commas outside brackets, without where they work."""
    names = (_WHERE.sub("", part).strip() for part in _SEPARATOR.split(clean(text).text))
    return tuple(dict.fromkeys(name for name in names if name))
