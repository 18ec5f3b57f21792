"""Speakers a site lists under a talk as mappings of their own: DISCAN 2018's `events[]`.

DISCAN's timeslot holds the talk's title; its `events` list holds one mapping a speaker,
titled "Azer Bestavros: Boston University, USA" (or "Jim Dowling, Logical Clocks, Sweden"),
with the talk's abstract in a long text beside it (under `speakers`, as that site writes it).
Each becomes a person "Name [Affiliation]", the form the people index splits an affiliation
from (program.people.affiliations). The list is the entry's `events` (or the key the program
file names as `speaker_list`), read only when every mapping in it has no time of its own and a
title that opens with a name (two to five capitalised words) before its colon or comma; else
it is left alone, and `check` lists the key as not read.

BOUM 2019 (the same theme, UTC Compiègne) writes the mapping the other way round: its `title` is
the speaker's lab and its `speakers` the name, `{title: Heudiasyc, speakers: Youcef IMINE,
abstract: assets/abstracts/….pdf}`. Names there (a surname in capitals is a name's word) are the
people, each "Name [Lab]"; a file's path is no abstract.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from typing import Any

import attrs

from program.model import Problem, Severity, SourceRef
from program.model.html_text import html_lines
from program.model.text import collapse_space
from program.readers.title_authors import is_name_shaped
from program.readers.yaml_located import Located
from program.readers.yaml_names import bare_name, is_sentence, several_names, split_names
from program.readers.yaml_shape import folded, key_of, value
from program.readers.yaml_text import plain_text

_NAMED = re.compile(r"^(?P<name>[^\d:,()\[\]]+?(?:\s*\([^()\d]+\))?)\s*[:,]\s*(?P<affiliation>\S.*)$", re.DOTALL)
_NAME_WORDS = range(2, 6)
_DIGIT = re.compile(r"\d")
_ABSTRACT_LABEL = re.compile(r"^\s*abstract\s*:\s*", re.IGNORECASE)
_PATH = re.compile(r"^[\w./ -]*/[\w. -]*\.[a-z]{2,4}$")
"""A file's path ("assets/abstracts/abstract_MIT_ Abbas.pdf"), which an abstract key may hold instead of a text."""
_LONG_TEXT = 80
"""A text beside a speaker at least this long is the talk's abstract, not a short note ("short: azer")."""


@attrs.frozen
class ListedSpeakers:
    """The people an entry's speaker list names, an abstract written beside them, and the key they were read from."""

    people: tuple[str, ...] = ()
    abstract: str | None = None
    key: str = "title"


def listed_speakers(entry: Located, mapping: dict[str, str]) -> ListedSpeakers:
    """The people an entry's speaker list names ("Name [Affiliation]"), and an abstract written beside them."""
    listed = value(entry, "speaker_list", mapping)
    if not isinstance(listed, list) or not listed or not all(isinstance(one, Located) for one in listed):
        return ListedSpeakers()
    people = [_person(one, mapping) for one in listed]
    key: str | None = "title"
    if any(person is None for person in people):
        named = [_named_people(one, mapping) for one in listed]  # BOUM 2019: `speakers` names them, `title` the lab
        if any(found is None for found in named):
            return ListedSpeakers()
        people, key = [person for found in named for person in found or ()], key_of(listed[0], "people", mapping)
    abstracts = [text for one in listed if (text := _abstract(one, mapping))]
    return ListedSpeakers(tuple(person for person in people if person), "\n\n".join(abstracts) or None, key or "title")


def _named_people(speaker: Located, mapping: dict[str, str]) -> tuple[str, ...] | None:
    """The people a speaker mapping's people field names, each "Name [Title]" (the title their lab); else None.

    >>> _named_people(Located(title="LMAC / Renault", speakers="Etienne GSTALTER"), {})
    ('Etienne GSTALTER [LMAC / Renault]',)
    >>> _named_people(Located(title="Heudiasyc", speakers="Access control in the cloud"), {}) is None
    True
    """
    if value(speaker, "start", mapping) is not None:
        return None
    written, title = value(speaker, "people", mapping), value(speaker, "title", mapping)
    names = split_names(collapse_space(written)) if isinstance(written, str) else []
    if not names or not all(_is_name(name) for name in names):
        return None
    lab = collapse_space(title) if isinstance(title, str) and title.strip() else None
    return tuple(f"{name} [{lab}]" if lab else name for name in names)


def _is_name(name: str) -> bool:
    """Two to five words, each opening with a capital ("Youcef IMINE", "Brenda IVETTE GARCIA MAYA")."""
    words = name.split()
    return len(words) in _NAME_WORDS and all(word[:1].isupper() and not _DIGIT.search(word) for word in words)


def _person(speaker: Located, mapping: dict[str, str]) -> str | None:
    """The person "Name [Affiliation]" from a title "Name: Affiliation" or "Name, Affiliation", else None."""
    if value(speaker, "start", mapping) is not None:  # a timed sub-entry is a talk, not a speaker
        return None
    title = value(speaker, "title", mapping)
    found = _NAMED.match(collapse_space(title)) if isinstance(title, str) else None
    if found is None:
        return None
    name = found["name"].strip()
    words = re.sub(r"\([^()]*\)", "", name).split()
    if len(words) not in _NAME_WORDS or not all(word[:1].isupper() for word in words):
        return None
    return f"{name} [{found['affiliation'].strip()}]"


def _abstract(speaker: Located, mapping: dict[str, str]) -> str | None:
    """The talk's abstract beside its speaker: under an abstract key, else the one long text."""
    written: Any = value(speaker, "abstract", mapping)
    if isinstance(written, str) and _PATH.match(written.strip()):
        return None  # "assets/abstracts/abstract_MIT_Youcef.pdf": where the abstract is, not what it says
    if not isinstance(written, str):
        title = value(speaker, "title", mapping)
        texts = [text for text in speaker.values() if isinstance(text, str) and text != title]
        written = max(texts, key=len, default=None)
        if written is None or len(written.strip()) < _LONG_TEXT:
            return None
    return _ABSTRACT_LABEL.sub("", written.strip()) or None


_SPEAKER_TITLED = 3
"""Entries with a subtitle needed before their titles are taken for speakers: fewer say too little."""


def speaker_titled(entries: Sequence[Located], mapping: dict[str, str]) -> bool:
    """Whether the site writes the speaker as `title` and the talk as `subtitle` (PGBH 2025's program).

    Only when no entry names people of its own, and every entry with a subtitle (at least three)
    has a title shaped like a person's name ("Alex Graudenzi", not "Keynote Speech 1"). Or when
    most do and at least three add their affiliation in brackets (UKNC 2025: `title: Jacques
    Carolan (ARIA)`, `subtitle: Precision Neurotechnologies…`), a form no session's title takes;
    its other subtitled entries ("Poster session 1 & Networking Reception") keep their titles.
    """
    if any(value(entry, "people", mapping) is not None for entry in entries):
        return False
    titles = [title for entry in entries if (title := _subtitled_title(entry, mapping)) is not None]
    persons = [title for title in titles if titled_person(title) is not None]
    affiliated = [title for title in persons if _AFFILIATED.match(title)]
    if len(persons) < _SPEAKER_TITLED:
        return False
    return len(persons) == len(titles) or (len(affiliated) >= _SPEAKER_TITLED and len(persons) * 2 > len(titles))


_AFFILIATED = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<affiliation>[^()]+)\)$")
"""A speaker with their affiliation in brackets: "Jacques Carolan (ARIA)"."""


def titled_person(title: str) -> str | None:
    """The person a speaker's title names: "Name", or "Name [Affiliation]" from "Name (Affiliation)"; else None."""
    text = collapse_space(title)
    if is_name_shaped(text):
        return text
    found = _AFFILIATED.match(text)
    return f"{found['name']} [{found['affiliation'].strip()}]" if found and is_name_shaped(found["name"]) else None


_NESTED_AFFILIATION = re.compile(r"^(?P<name>[^()]+?)\s*\((?P<affiliation>(?:[^()]|\([^()]*\))+)\)$")
"""A bracket that may hold one more: "Shoya Ishimaru (German Research Center for Artificial Intelligence (DFKI))"."""


_ACRONYM = re.compile(r"[A-Z]{2,}(?:[-/][A-Z]{2,})*")


def _affiliated(name: str) -> str:
    """A name of an authors field with its bracket as the affiliation, however the name is written.

    In a field of people the bracket after a name is where they work (Asian CHI 2020: `mohamed adnan Shah
    (Universiti Teknologi Malaysia)`, `I Scott MacKenzie (York University)`), unless it is one word, a
    nickname or a family name written so (`Ganesh (Bhutkar)`) rather than an acronym (`(UNLP)`), or opens in lower case.

    >>> _affiliated("Shoya Ishimaru (German Research Center for Artificial Intelligence (DFKI))")
    'Shoya Ishimaru [German Research Center for Artificial Intelligence (DFKI)]'
    >>> _affiliated("mohamed adnan Shah (Universiti Teknologi Malaysia)"), _affiliated("Ganesh (Bhutkar)")
    ('mohamed adnan Shah [Universiti Teknologi Malaysia]', 'Ganesh (Bhutkar)')
    """
    found = _NESTED_AFFILIATION.match(collapse_space(name))
    # a place is written as a name is: `(bgpon0414 b2b Colorglint)`, DJs back to back (PonyFest 2026), is none
    affiliation = found["affiliation"].strip() if found is not None else ""
    # an acronym alone is an organisation (AAHD 2026: `Pierabella, Silvana (UNR)`, `(CONICET-UBA)`)
    acronym = _ACRONYM.fullmatch(affiliation) is not None
    if found is None or (len(affiliation.split()) < 2 and not acronym) or not affiliation[:1].isupper():
        return name
    return f"{found['name']} [{found['affiliation'].strip()}]"


def _subtitled_title(entry: Located, mapping: dict[str, str]) -> str | None:
    title_key = key_of(entry, "title", mapping)
    title = entry.get(title_key) if title_key is not None else None
    subtitle_key = key_of({key: found for key, found in entry.items() if key != title_key}, "subtitle", mapping)
    subtitle = entry.get(subtitle_key) if subtitle_key is not None else None
    if not isinstance(title, str) or not isinstance(subtitle, str) or not subtitle.strip():
        return None
    return collapse_space(title)


AFFILIATION_KEYS = ("company", "affiliation", "organisation", "organization")
"""Keys beside a speaker's `name` that say where they work (OWASP Norway Day 2018: `company`)."""
_TALK_KEYS = frozenset({"title", "session", "talk"})


def speaker_named(entries: Sequence[Located], mapping: dict[str, str]) -> bool:
    """Whether the site writes each talk's speaker as `name` beside its `title` (OWASP Norway Day 2018).

    Decided by the shape, as `speaker_titled`: only when the program file maps no title or
    people, no entry names people of its own, and every entry with a `name` beside a title (at
    least three) has a name shaped like a person's ("Scott Helme"). Elsewhere `name` is the
    item's title (ISORC 2026's `name: Registration`, with no title beside it).
    """
    if "title" in mapping or "people" in mapping or any(value(entry, "people", mapping) for entry in entries):
        return False
    names = [name for entry in entries if (name := _name_beside_title(entry)) is not None]
    return len(names) >= _SPEAKER_TITLED and all(is_name_shaped(name) for name in names)


def named_speaker(entry: Located) -> str | None:
    """The person an entry's `name` names, "Name [Company]" when a company is written beside it."""
    name = _name_beside_title(entry)
    if name is None:
        return None
    keys = {folded(key): key for key in entry}
    company = next((entry[keys[key]] for key in AFFILIATION_KEYS if key in keys), None)
    company = collapse_space(company) if isinstance(company, str) else ""
    return f"{name} [{company}]" if company else name


def with_affiliation(names: tuple[str, ...], entry: Located) -> tuple[tuple[str, ...], str | None]:
    """One speaker with an `affiliation` (or `company`) beside them: "Name [Affiliation]", and the key read.

    CPAIOR 2025 writes `speaker: Buser Say`, `affiliation: Monash University`. Beside several
    speakers an affiliation says not whose it is: the names stay as they are, and the key unread.
    """
    keys = {folded(key): key for key in entry}
    key = next((keys[name] for name in AFFILIATION_KEYS if name in keys), None)
    written = entry[key] if key is not None else None
    if len(names) != 1 or "[" in names[0] or not isinstance(written, str) or not collapse_space(written):
        return names, None
    return (f"{names[0]} [{collapse_space(written)}]",), key


def _name_beside_title(entry: Located) -> str | None:
    keys = {folded(key): key for key in entry}
    if "name" not in keys or not _TALK_KEYS & keys.keys():
        return None
    name = entry[keys["name"]]
    return collapse_space(name) or None if isinstance(name, str) else None


@attrs.frozen
class Listed:
    """Where `listed_names` puts what it reads: the names, ids no speakers file names, the place, warnings."""

    names: list[str]
    unjoined: list[str]
    where: SourceRef
    warnings: list[Problem]
    profiled: bool = False
    """Whether the file's speakers have a profile key: a listed mapping without one is an organisation (a sponsor)."""


def listed_names(written: Any, speakers: dict[str, Located], listed: Listed) -> None:
    """Add the people one field lists to `listed.names` (ids with no speakers file to `listed.unjoined`).

    A list of names or of mappings (`name`, `surname`), ids of the joined speakers file, or one
    text "A, B and C" (or an HTML list, one person an item).
    """
    for one in written if isinstance(written, list) else [written] if written is not None else []:
        if isinstance(one, dict) and listed.profiled and not _PROFILE_KEYS & {folded(key) for key in one}:
            continue  # DD4W 2026: `ponentes: [{nombre: Marian Suárez, perfil: …}, {nombre: Mobiik}]`, a sponsor
        if isinstance(one, dict):  # IS-EUD 2025's keynote: `speaker: {name, affiliation, image, bio}`
            names = several_names(person_name(one))
            listed.names.extend(with_affiliation(tuple(names), one)[0] if isinstance(one, Located) else names)
            continue
        if str(one).strip() in speakers:
            name = person_name(speakers[str(one).strip()])
        elif str(one).strip().isdigit():  # an id, not a name
            if speakers:
                message = f"lists speaker {one!r}, which the speakers file does not have"
                listed.warnings.append(Problem(Severity.WARNING, "unknown-id", message, listed.where))
            else:
                listed.unjoined.append(str(one).strip())
            continue
        elif is_sentence(plain_text(str(one))):
            listed.names.append(plain_text(str(one)))  # whole, as nobody (see `names_nobody`)
            continue
        elif not isinstance(written, list):  # one field: "A, B and C", or "<ul><li>A</li><li>B</li></ul>"
            # a line break between people too (AAHD 2026's JSON: "del Rio Riande, Gimena \n Volkind, Laura (…)")
            lines = [part for line in html_lines(str(one)) for part in line.split("\n")]
            lined = len(lines) > 1
            names = [bare_name(name) for line in lines for name in split_names(plain_text(line), lined=lined)]
            # "Name (Org)": "Name [Org]"
            listed.names.extend(titled_person(name) or _affiliated(name) for name in names)
            continue
        else:
            name = bare_name(plain_text(str(one)))
        if name:
            listed.names.append(name)


_NAME_PARTS = ("name", "nombre", "nome", "firstname", "first_name", "surname", "lastname", "last_name")
"""Keys of a person's mapping that make their name, in order (DD4W 2026's Spanish `nombre`)."""
_ROLE_LABEL = re.compile(r"^(?:modera|moderador|moderadora|moderator|chair)\s*:\s*", re.IGNORECASE)
"""A role written before a name (DD4W 2026: "Modera: Mara Ruvalcaba"): no part of the name."""
_PROFILE_KEYS = frozenset({"perfil", "profile", "perfilid", "profileid"})
_PROFILED_SHARE = 0.5
"""More of the file's listed speakers than this have a profile key: those without one are organisations."""


def person_name(person: dict[str, Any]) -> str:
    """A speaker's name from their mapping: name (and surname), or first and last name.

    A part the full name already holds is not written twice (OpenReview's authors in ClinicalNLP
    2022: `name: John E. Ortega` beside `first_name: John`, `last_name: Ortega`).
    """
    parts = [part for key in _NAME_PARTS if isinstance(part := person.get(key), str) and part.strip()]
    full = next((part for key in _NAME_PARTS[:3] if isinstance(part := person.get(key), str)), "")
    whole = f" {collapse_space(full).casefold()} "
    kept = parts[:1] + [part for part in parts[1:] if f" {collapse_space(part).casefold()} " not in whole]
    return _ROLE_LABEL.sub("", collapse_space(" ".join(kept)))


def people_profiled(entries: Sequence[Located], mapping: dict[str, str]) -> bool:
    """Whether most speakers the entries list as mappings have a profile key (`perfil: irais-serrano`).

    DD4W 2026 lists its sponsors and communities beside the speakers, in the same `ponentes`,
    as `{nombre: Mobiik}` with no profile: those are organisations, no people.
    """
    listed = [
        one
        for entry in entries
        if isinstance(people := value(entry, "people", mapping), list)
        for one in people
        if isinstance(one, dict)
    ]
    profiled = [one for one in listed if _PROFILE_KEYS & {folded(key) for key in one}]
    return bool(profiled) and len(profiled) > len(listed) * _PROFILED_SHARE


def organisations_note(entries: Sequence[Located], mapping: dict[str, str]) -> str | None:
    """The reading line naming the listed mappings `listed_names` leaves out as organisations, else None."""
    if not people_profiled(entries, mapping):
        return None
    names = [
        person_name(one)
        for entry in entries
        if isinstance(people := value(entry, "people", mapping), list)
        for one in people
        if isinstance(one, dict) and not _PROFILE_KEYS & {folded(key) for key in one}
    ]
    shown = ", ".join(dict.fromkeys(names))
    return f"{len(names)} listed without a profile read as organisations, no people: {shown}" if names else None


def unjoined_speakers(speaker_ids: Sequence[tuple[SourceRef, str]]) -> list[Problem]:
    """One warning for the entries listing speakers by id (place, first id) when no speakers file says who they are."""
    if not speaker_ids:
        return []
    where, first = speaker_ids[0]
    message = (
        f"{len(speaker_ids)} entries list speakers by id (first {first!r}) and no speakers file is joined: "
        'no people read; give it as a feed beside this one or name it: [feeds.columns] speakers_file = "…"'
    )
    return [Problem(Severity.WARNING, "unknown-id", message, where)]
