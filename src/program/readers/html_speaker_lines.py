"""A time-led entry's next line that only names its speakers, where they work in brackets at its end.

Ogrody Nowego Internetu 2024 writes `<p>10:20 &ndash; Title<br><span>prof. Michał Krzykawski
(Uniwersytet Śląski, Pracownia Współtwórcza)</span></p>` and, for a panel, `<span>Michał
Krzykawski, Piotr Butlewski, Kat Zavada, Kuba Kulesza (host)</span>`: the line after the
title is its people (the bracket is the last one's place or role, no name), not its abstract.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.readers.lines.honorifics import titled_surname, without_honorific, without_honorifics
from program.readers.lines.names import names_in
from program.readers.lines.rooms import is_place

_LAST_BRACKET = re.compile(r"\s*\([^()]*\)\s*$")


def speaker_names(text: str) -> tuple[str, ...] | None:
    """The names of a line that is only names, a bracket at its end left out; else None.

    A place is no one ("Main Hall", "Sala Valduga", "Grand Ballroom": a room's word in it).
    """
    bare = _LAST_BRACKET.sub("", text).strip()
    if not bare or "(" in bare or is_place(bare):
        return None
    return names_in(", ".join(without_honorific(part.strip()) for part in bare.split(",")), words=2)


def titled_lead(text: str) -> tuple[str, ...] | None:
    """The one name a line opens with after a person's title, where they work after a comma; else None.

    TVU 2023 writes a keynote's speaker under its title as `Dr. Nguyễn Bảo Ân, Đại học Trà Vinh, Việt Nam`: the
    title (`Dr.`) makes the words before the comma a name.

    >>> titled_lead("Dr. Nguyễn Bảo Ân, Đại học Trà Vinh, Việt Nam"), titled_lead("Chủ tọa phiên họp chính")
    (('Nguyễn Bảo Ân',), None)
    """
    lead = text.split(",", maxsplit=1)[0].strip()
    name = without_honorifics(lead)
    return names_in(name, words=2) if name != lead and "," in text else None


_AUTHOR_LINE = re.compile(r"^(?:tác\s+giả|diễn\s+giả)\s*:\s*(?P<who>.+)$", re.IGNORECASE)
"""A line naming the talk's author or speaker: "Tác giả: Trần Bảo Huy" (TVU 2023), not its chair ("Chủ tọa")."""


def author_line_names(text: str) -> tuple[str, ...] | None:
    """The name an author line gives, its titles and its place after ` - ` or `,` left out; else None.

    >>> author_line_names("Tác giả:PGS.TS. GS.TS Đỗ Đức Tôn - Đại học Nazarbayev, Kazakhstan")
    ('Đỗ Đức Tôn',)
    >>> author_line_names("Chủ tọa: Mai Phước Trai") is None
    True
    """
    found = _AUTHOR_LINE.match(" ".join(text.split()))
    who = _ROLE_DASH.split(found["who"])[0].split(",")[0] if found else ""
    return names_in(without_honorifics(who.strip()), words=2) if who.strip() else None


def titled_name(text: str) -> str | None:
    """The one name of a line that opens with a person's title, a bracket at its end left out; else None.

    The title is what makes it a name, whatever its words' case ("Prof. Dr. Mariano castro Neto",
    "Profª Ms. Danielle de Luna e Silva", I ENPEB 2012).

    >>> titled_name("Profª. Ms. Marie Gorett Dantas (UFPB)"), titled_name("Por que, quando e como usar tecnologias")
    ('Marie Gorett Dantas', None)
    """
    written = " ".join(_LAST_BRACKET.sub("", text).split())
    name = without_honorifics(written)
    if name == written or not name or any(mark in name for mark in "():,;"):
        return None
    return name


_SURNAME = re.compile(r"^(?P<name>[A-ZÄÖÜ][\w'-]+(?:\s+[A-ZÄÖÜ][\w'-]+){0,2}?)(?:\s+[A-Z]{2,5})?$")
"""A surname or a name of up to three capitalised words, an office's letters after it (`Kress SSL`) left out."""


def titled_surnames(text: str) -> tuple[str, ...] | None:
    """The people of a line of titled surnames, titles, offices and brackets left out; else None.

    None unless every part is such a name and one has a title. A German programme names its guests by title
    and surname alone ("StD Kress SSL", "OStD Dornblüth, Prof. Florêncio Bonnet, Jacob (LRA RA)"): the surname
    is the person.

    >>> titled_surnames("OStD Dornblüth, Prof. Florêncio Bonnet, Jacob (LRA RA), MdB Katzmarek, Prof. Dr. Thissen")
    ('Dornblüth', 'Florêncio Bonnet', 'Jacob', 'Katzmarek', 'Thissen')
    >>> titled_surnames("StD Kress SSL"), titled_surnames("Anschauen, Ausprobieren, Informieren, Nachfragen")
    (('Kress',), None)
    """
    names: list[str] = []
    titled = False
    for part in text.split(","):
        bare = _LAST_BRACKET.sub("", part).strip()
        surname = titled_surname(bare)
        titled = titled or surname is not None
        found = _SURNAME.match(surname or bare)
        if found is None:
            return None
        names.append(found["name"])
    return tuple(names) if titled else None


_ROLE_DASH = re.compile(r"\s+[-–—]\s+")


def names_with_roles(lines: Sequence[str]) -> tuple[str, ...] | None:
    """The people of lines that each write one name, then a dash and their office; else None.

    OSConf 2013's opening: `<p>Grzegorz Adamowicz - Wiceprezes Szczecińskiej Grupy …</p>` and `<p>Katarzyna
    Witkowska - Menadżer ds. rozwoju Technoparku Pomerania</p>` under `<b>09:15</b> - Otwarcie konferencji`:
    the two who open it. A line whose words after the dash are a name too is no office.

    >>> names_with_roles(["Katarzyna Witkowska - Menadżer ds. rozwoju Technoparku Pomerania"])
    ('Katarzyna Witkowska',)
    >>> names_with_roles(["Wolna Kultura od kuchni - Marcin Karpezo"]) is None
    True
    """
    people: list[str] = []
    for line in lines:
        parts = _ROLE_DASH.split(line.strip(), maxsplit=1)
        name = names_in(parts[0], words=2) if len(parts) == 2 else None
        if name is None or len(name) != 1 or is_place(parts[0]) or names_in(parts[1], words=2) is not None:
            return None
        people.append(name[0])
    return tuple(people) or None


_GIVEN_BY = re.compile(
    r"\b(?:donnée?s?|présentée?s?|animée?s?|given|presented|led)\s+(?:par|by)\s+(?P<names>[^()]+?)\s*(?:\(|$|\bsur\b|\bon\b)"
)
_FRENCH_AND = re.compile(r"\s+et\s+")


def given_by(text: str) -> tuple[str, ...] | None:
    """The people a description's prose says give the talk, where they work in brackets left out; else None.

    >>> given_by("Conférence donnée par Olivier Berni et Thomas Jaussoin (Lunabee Studio) sur le thème …")
    ('Olivier Berni', 'Thomas Jaussoin')
    >>> given_by("Pause pour reprendre des forces") is None
    True
    """
    found = _GIVEN_BY.search(text)
    return names_in(_FRENCH_AND.sub(" and ", found["names"]), words=2) if found is not None else None
