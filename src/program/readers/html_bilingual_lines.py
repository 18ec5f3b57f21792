"""A slot's lines written in two languages: its moderator, its speakers and its talks, each read once.

Check4facts' seminar (Athens 2022) writes every slot in Greek and then in English, line by line:

    12.15-14.00: Πρώτη συνεδρία “Το έργο Check4facts”
    First session: “The Check4facts project”
    Συντονιστής/Session Moderator: Δρ. Μιχάλης Χατζηκωνσταντίνου, μέλος …/ Dr. Mihalis Chatzikonstantinou, …
    Απόστολος Λιναρδής, Ερευνητής …, Εθνικό Κέντρο Κοινωνικών Ερευνών- Σταμάτης Πουλακιδάκος, Επίκουρος …
    «Στάσεις και αντιλήψεις για την αξιοπιστία της δημόσιας πληροφόρησης στην Ελλάδα»
    Apostolos Linardis, Grade A Researcher …
    Stamatis Poulakidakos, Assistant Professor, …
    “Attitudes and perceptions on the reliability of public information in Greece”

Read as details, nobody was a person and no talk an item. Here, in a slot whose lines are written in two
scripts (Greek and Latin, Cyrillic and Latin), in the script of the slot's own title first:

- a `Moderator:` line (`Συντονιστής/Session Moderator:`, `Συντονίστρια/…`) names the slot's person, the name
  of its first language (before ` / `), an honorific (`Δρ.`) left out;
- a line that opens with a name, where they work after a comma (`Name, Office`) or a dash (`Name- Office`), is
  a speaker; a line of two (`…, Office- Name, Office`) two speakers;
- a line all in quotation marks (`«…»`, `“…”`) is the title of a talk by the speakers above it: a talk, shown at
  the slot, of the people written in the first language (`Αναστάσης Δρόσου` over `Anastassis Drosou`); the
  same speakers written again in the other script, with a title, are its translation, not another talk;
- in a slot with one such talk and no moderator (a keynote: `Michelle Amazeen- Associate Professor, …` over
  its title), the speakers are the slot's and the title its details; without any title, every speaker is the
  slot's (the greetings' list; a round table's panellists after its moderator), a name right after its
  own first-language line (`Christos Dimas` after `Χρίστος Δήμας`) being that one again.

Any other line (`First session: “The Check4facts project”`, a `Discussant:` line) stays the slot's details.
"""

from __future__ import annotations

import re
import unicodedata
from collections.abc import Sequence

import attrs

from program.readers.base import Line
from program.readers.html_cell_parts import Talk
from program.readers.lines.honorifics import without_honorifics
from program.readers.lines.names import names_in

_MODERATOR = re.compile(r"^[^:]{0,40}\b(?:moderator|συντονιστής|συντονίστρια)\s*:\s*(?P<names>\S.*)$", re.IGNORECASE)
_ROLE = re.compile(r"^[^:]{1,30}:")
_QUOTED = re.compile(r"^[«“\"„‘]\s*(?P<title>.*\S)\s*[»”\"“’](?:\s*\[\d+\])?$")
_LANGUAGES = 2
_FEWEST_LETTERS = 5
"""Letters of a script that make it one of the slot's languages, not a stray letter or sign."""
_PERSON_PARTS = re.compile(r"(?<=\S)-\s+")
"""Where one speaker's office ends and the next one's name starts: "…, Εθνικό Κέντρο Κοινωνικών Ερευνών- Name"."""


@attrs.frozen
class BilingualSlot:
    """What a slot's lines in two languages say: its people (its chairs when `chaired`), talks and other lines."""

    people: tuple[str, ...]
    talks: tuple[Talk, ...]
    details: tuple[str, ...]
    chaired: bool = False
    """Whether the people are the slot's moderators only, who chair it (a session of talks)."""


def bilingual_slot(title: str, lines: Sequence[Line]) -> BilingualSlot | None:
    """The slot's people, its talks and its other lines; None when its lines are not in two scripts or name no one."""
    first = _script(next((character for character in title if character.isalpha()), ""))
    written = _letters(" ".join([title, *(line.text for line in lines)]))
    if first is None or sum(1 for count in written.values() if count >= _FEWEST_LETTERS) < _LANGUAGES:
        return None
    moderators: list[str] = []
    details: list[str] = []
    speakers: list[tuple[str, str | None]] = []  # (name, script), since the last title
    groups: list[tuple[list[tuple[str, str | None]], Line]] = []
    for line in lines:
        moderated = _MODERATOR.match(line.text)
        if moderated is not None and (names := _names(moderated["names"].split("/")[0])):
            moderators.extend(names)
        elif _QUOTED.match(line.text) is not None:
            groups.append((speakers, line))
            speakers = []
        elif not _ROLE.match(line.text) and (names := _names(line.text)):
            speakers.extend((name, _script(name)) for name in names)
        else:
            details.append(line.text)
    if not (moderators or groups or speakers):  # nobody and no talk: the lines are read as any slot's
        return None
    talks = _talks(groups, first)
    if len(talks) == 1 and not moderators and not speakers:  # a keynote: its speaker the slot's, its title details
        return BilingualSlot(talks[0].people, (), (*details, talks[0].title))
    others = [name for name in _once(speakers, first) if name not in moderators]
    return BilingualSlot((*moderators, *others), talks, tuple(details), chaired=bool(moderators) and not others)


def _talks(groups: Sequence[tuple[list[tuple[str, str | None]], Line]], first: str) -> tuple[Talk, ...]:
    """Each title and the speakers above it a talk, unless it is the talk before written in the other script."""
    talks: list[Talk] = []
    before: list[tuple[str, str | None]] = []
    for speakers, line in groups:
        title = line.text
        translated = (
            talks
            and speakers
            and _script(title) != first
            and all(script != first for _, script in speakers)
            and len(speakers) == len(before)
            and any(script == first for _, script in before)
        )
        if not translated:
            people = tuple(name for name, script in speakers if script == first) or tuple(name for name, _ in speakers)
            talks.append(Talk(title, people, line.number))
        before = speakers
    return tuple(talks)


def _once(speakers: Sequence[tuple[str, str | None]], first: str) -> list[str]:
    """The speakers without a name written again in the other script right after its first-language line."""
    kept: list[str] = []
    for index, (name, script) in enumerate(speakers):
        if script != first and index and speakers[index - 1][1] == first:
            continue
        kept.append(name)
    return kept


def _names(text: str) -> tuple[str, ...]:
    """The names a speaker line opens with, a part each after an office (`…, Office- Name, Office`)."""
    found: list[str] = []
    parts = _PERSON_PARTS.split(text)
    for index, part in enumerate(parts):
        if index and "," not in parts[index - 1]:
            break  # "Michelle Amazeen- Associate Professor": the office after a name without a comma
        lead = without_honorifics(part.split(",")[0].strip())
        if names_in(lead, words=2) is None or len(lead.split()) > _NAME_WORDS:
            if index:
                break
            return ()
        found.append(lead)
    return tuple(found)


_NAME_WORDS = 4


def _script(text: str) -> str | None:
    """The script most of a text's letters are written in ("GREEK", "LATIN"), or None for a text of no letters."""
    counts = _letters(text)
    return max(counts, key=lambda script: counts[script]) if counts else None


def _letters(text: str) -> dict[str, int]:
    """How many of a text's letters each script writes."""
    counts: dict[str, int] = {}
    for character in text:
        if character.isalpha():
            script = unicodedata.name(character, "").split(" ")[0]
            counts[script] = counts.get(script, 0) + 1
    return counts
