"""Lists of people's names in a slot's text: "A, B and C", "A; B", "A | B", "A og B".

Norwegian and Danish join two names with "og", Swedish with "och", Malay with "dan".

Split out of `lines.entry`, whose slots' texts name people in many shapes; what a name looks
like (capitalised words, initials, particles; no word of a programme) is decided here once.
"""

from __future__ import annotations

import re
from collections.abc import Iterable

from program.readers.lines.honorifics import without_honorific
from program.readers.title_authors import NAME_PARTICLES

_AFFILIATION = re.compile(r"\s*\([^()]*\)\s*$")
_GROUPS = re.compile(r"\s*;\s*")
_ET_AL = re.compile(r",?\s+et\s+al\.?$", re.IGNORECASE)
_NAME_SEPARATORS = re.compile(
    r"\s*(?:,\s*and\s+|,\s*&\s*|;|,|\s+(?:and|und|oraz|og|och|dan)\s+|\s+&\.?\s+|\s+/\s+|\s+\|\s+|\s+\+\s+)\s*"
)
ROLE_WORDS = frozenset(  # words of a programme, and who-is-there words ("Teams", "All"): never a name
    {"talk", "talks", "keynote", "speaker", "speakers", "presentation", "presentations", "session", "sessions",
     "panel", "panelists", "lead", "experts", "expert", "invited", "oral", "spotlight", "poster", "posters",
     "tutorial", "lecture", "discussion", "remarks", "opening", "closing", "welcome", "break", "lunch", "coffee",
     "chair", "chairs", "moderator", "moderators", "host", "hosts", "demo", "award", "awards", "q&a", "and", "of",
     "the", "introduction", "workshop", "hackathon", "practicals", "practical", "part", "day", "contributed",
     "lightning", "matter", "subject", "registration", "social", "reception", "dinner", "paper", "papers",
     "position", "model", "models", "method", "methods", "learning", "data", "analysis", "all", "everyone", "team",
     "teams", "participants", "organizers", "organisers", "attendees", "generative", "control", "neural", "networks",
     "equations", "technology", "technologies", "university", "institute", "laboratory", "laboratories", "inc",
     "ltd", "gmbh", "corporation", "foundation",  # where people work ("Noldus Information Technology", BAFA 2017)
     # where people work, in other languages and short ("Université de Bretagne Occidentale", "Grand Labo": SimpleText)
     "université", "universite", "universität", "universitat", "università", "universidade", "laboratoire", "labo",
     "lab", "labs", "institut", "istituto",
     # Spanish (JNIC 2022)
     "sesión", "sesion", "universidad", "mesa", "presidente", "presidenta", "moderadora", "moderador",
     # Spanish groups (SOIVRE 2026's `Equipo Centro Analítico de Inspección y Control de …`: a team, no person)
     "equipo", "grupo", "departamento", "servicio", "instituto", "laboratorio",
     # German: "Im Anschluss: Mitgliederversammlung" (afterwards, DVCS 2021); not "Pause", a surname (CILC 2025)
     "anschluss", "anschließend",
     # Norwegian hosts ("Programledere", DevOpsDagar 2024: the programme's presenters, named nowhere)
     "programleder", "programledere", "programledelse"}
)  # fmt: skip


def has_role_word(text: str) -> bool:
    """Whether a word of `text` is a programme's ("Chair", "Session"): no name has one."""
    return any(word.casefold().strip(".,:") in ROLE_WORDS for word in text.split())  # "Chair: Ada Lovelace"


def names_in(text: str, *, words: int = 1) -> tuple[str, ...] | None:
    """Return the names a text lists ("A, B and C", "A; B", "A | B"), or None when it is no list of names.

    Every name has `words` words or more and the shape of a name: capitalised words, initials
    and particles, no digits, no words of a programme ("talk", "session").

    >>> names_in("Ada Lovelace, Charles Babbage, and Grace Hopper")
    ('Ada Lovelace', 'Charles Babbage', 'Grace Hopper')
    >>> names_in("20 mins + 5 mins Q&A"), names_in("Explainable Legal AI"), names_in("Ai Hasegawa")
    (None, None, ('Ai Hasegawa',))
    >>> names_in("Drs. Lihua Julie Zhu, Qiangfeng Zhang")  # the plural honorific names the two
    ('Drs. Lihua Julie Zhu', 'Qiangfeng Zhang')
    """
    listed = _ET_AL.sub("", text.strip())  # "Moriya Dechtiar, et al." (DMAIL 2025): the others are not named
    names = tuple(name.strip(" .*†‡") for name in _NAME_SEPARATORS.split(listed) if name.strip(" .*†‡"))
    names = _spanish_last(names)
    if not names or not all(_is_name(name, words) or _given_the(name, names, words) for name in names):
        return None
    return names


_GIVEN_THE_WORDS = 3
"""A name opening with "The" has two words more at least: "The Viet Bui"."""


_VIETNAMESE_OPENERS = frozenset({"The", "Do"})
"""Vietnamese given names and surnames written without their marks that are also a title's first words: Thế, Đỗ."""


def _given_the(name: str, names: tuple[str, ...], words: int) -> bool:
    """A Vietnamese name opening with "The" (Thế) or "Do" (Đỗ), written without marks, in a list of other names.

    COMOSA 2025's authors "Thuy Anh Ta, The Viet Bui, Tien Mai": "The" is a given name there, never alone; the Da
    Nang startup meeting 2019's panel "…, Trinh Thi Hong, Do Le Kim Hue": "Do" is a surname.
    """
    parts = name.split()
    others = [other for other in names if other != name]
    return (
        len(parts) >= _GIVEN_THE_WORDS
        and parts[0] in _VIETNAMESE_OPENERS
        and _is_name(" ".join(parts[1:]), 2)
        and any(_is_name(other, words) for other in others)
    )


_Y = re.compile(r"\s+y\s+")


def _spanish_last(names: tuple[str, ...]) -> tuple[str, ...]:
    """A Spanish list's last two names joined by "y" (JNIC 2022's "…, Luis Fernández y George Azzopardi"), split.

    "y" is also a particle inside one name ("José Ortega y Gasset"): only a "y" between two names of
    two words or more each splits.
    """
    if not names or (found := _Y.search(names[-1])) is None:
        return names
    before, after = names[-1][: found.start()], names[-1][found.end() :]
    if len(before.split()) < 2 or len(after.split()) < 2:
        return names
    return (*names[:-1], before, after)


_TITLE_OPENERS = frozenset(
    {"on", "towards", "toward", "beyond", "about", "using", "via", "with", "without", "from", "for", "the"}
    | {"through", "into", "what", "why", "how", "when", "where", "which", "who", "is", "are", "do", "does"}
)
"""Words a title opens with and no name does ("EPCC: What do we do & why, On Learned Corrections", SiMLInt 2023)."""


_FIELD_ACRONYMS = frozenset({"AI", "ML", "NLP", "HCI", "IoT", "VR", "XR", "LLM", "LLMs"})
"""A field's acronym in its capitals: a title's word, never a name's ("Ai" is a given name, "AI" is not)."""
_ABBREVIATION = re.compile(r"[A-Z][a-z]{2,}\.")
_HONORIFICS = frozenset(
    {"prof.", "mrs.", "assoc.", "asst.", "hon.", "rev.", "sra.", "srta.", "dra.", "capt.", "sen."}
    | {"profs.", "drs."}  # before two names or more: "Drs. Lihua Julie Zhu, Qiangfeng Zhang" (BiocAsia 2020)
)


def _is_abbreviation(part: str) -> bool:
    """A shortened word ("Soci.", "Iss.", WND 2025's "Soci. Sc. Iss. D. Jacobs"): no part of a name but an honorific."""
    return _ABBREVIATION.fullmatch(part) is not None and part.casefold() not in _HONORIFICS


def _is_name(text: str, words: int) -> bool:
    parts = text.split()
    # particles are no names' words: "José María de Fuentes García-Romero de Tejada" (JNIC 2022) is five
    named = [part for part in parts if part.casefold() not in NAME_PARTICLES]
    if not words <= len(parts) or len(named) > 5 or len(text) > 60 or has_role_word(text):
        return False
    if parts[0].casefold() in _TITLE_OPENERS or any(_is_abbreviation(part) for part in parts):
        return False
    if any(part in _FIELD_ACRONYMS for part in parts):  # JURIX 2023's keynote title "Explainable Legal AI"
        return False
    if len(parts) == 1:  # a surname or given name alone ("Lovelace"), not an acronym ("FAST") or a word
        return parts[0].isalpha() and parts[0][0].isupper() and parts[0][1:].islower() and len(parts[0]) > 1
    return parts[0][:1].isupper() and all(
        (part[:1].isupper() and not any(char.isdigit() for char in part))
        or part.casefold() in NAME_PARTICLES
        or _ELIDED.match(part) is not None
        for part in parts
    )


_ELIDED = re.compile(r"^(?:d|l|dell)['’][A-ZÀ-ÖØ-Þ]")
"""A particle elided onto the surname: "Marcelo d’Amorim" (JPF 2017), "d'Alembert", "dell'Acqua"."""


def speakers_of(text: str) -> tuple[str, ...] | None:
    """The people a speakers' line names, affiliations left out; None when it is no such line.

    >>> speakers_of("Yong Xu and Xu Zhang (Microsoft Research, Beijing); Chuan Luo (Microsoft)")
    ('Yong Xu', 'Xu Zhang', 'Chuan Luo')
    >>> speakers_of("Haryadi Gunawi, University of Chicago"), speakers_of("Kay Ousterhout, LightStep")
    (('Haryadi Gunawi',), ('Kay Ousterhout',))
    >>> speakers_of("Too Many Tests, Too Little Time: How to Find Bugs Faster") is None
    True
    """
    if any(mark in text for mark in ":?!"):  # a title's marks ("Too Many Tests, Too Little Time: How …")
        return None
    names: list[str] = []
    for group in _GROUPS.split(text.strip()):
        if _described(group):
            return None
        written = _AFFILIATION.sub("", group)
        found = _honoured(written) or names_in(written, words=2)
        if found is None:  # "Name, Affiliation": one person, then where they work ("Name -- Affiliation")
            name, comma, where = written.partition(" -- ") if " -- " in written else written.rpartition(",")
            alone = names_in(name, words=2) if comma else None
            found = alone if alone is not None and len(alone) == 1 and not _is_one_name(where) else None
        if found is None:
            return None
        names.extend(without_honorific(name) for name in found)  # "Prof. Nicola Harris": Nicola Harris
    return tuple(names) or None


def _described(group: str) -> bool:
    """Whether words end in brackets that list what they are about, in lower case: no one's affiliation.

    A course's bullet `• Manfaat RAG (ketepatan, petikan sumber, terkini)` (the benefits of RAG: accuracy, cited
    sources, up to date; n8n JPJ 2026) is a topic; "Ada Lovelace (Analytical Engine, London)" is a person.
    """
    bracket = _AFFILIATION.search(group)
    inside = bracket[0].strip(" ()") if bracket is not None else ""
    return "," in inside and not any(char.isupper() or char.isdigit() for char in inside)


_LEAD_IN = re.compile(r"^(?:mit|vorgetragen\s+von|gehalten\s+von|with|presented\s+by)\s+(?P<names>[^:]+?)\s*:?\s*$")
"""A line that names a slot's people after a lead-in, its colon before the abstract (DVCS 2021's podium
`mit Marc Matten (Erlangen-Nürnberg), … und Marina Rudyak (Heidelberg):`, its keynote `vorgetragen von …:`)."""


def led_speakers(text: str) -> tuple[str, ...] | None:
    """The people a lead-in line names (`mit A (Ort) und B (Ort):`), or None.

    >>> led_speakers("mit Marc Matten (Erlangen-Nürnberg), Maximilian Mayer (Bonn) und Marina Rudyak (Heidelberg):")
    ('Marc Matten', 'Maximilian Mayer', 'Marina Rudyak')
    >>> led_speakers("vorgetragen von Fabian Heubel (Taipeh):"), led_speakers("mit dem Fahrrad zur Uni:")
    (('Fabian Heubel',), None)
    """
    led = _LEAD_IN.match(text.strip())
    return speakers_in_brackets(led["names"]) if led is not None else None


def moderators(chair_lines: Iterable[str]) -> tuple[str, ...]:
    """Who the moderation lines among a discussion's chair lines name: its people, as a "Moderator:" line's are.

    >>> moderators(["Moderation: Lena Henningsen (Freiburg) und Daniel Leese (Freiburg)", "Chair: Ada Lee"])
    ('Lena Henningsen', 'Daniel Leese')
    """
    said = (speakers_in_brackets(line.partition(":")[2]) for line in chair_lines if "moderat" in line.casefold())
    return tuple(name for names in said if names for name in names)


def speakers_in_brackets(text: str) -> tuple[str, ...] | None:
    """The people of a list whose every name has its place in brackets (`A (Ort) und B (Ort)`), or None."""
    return speakers_of(_BRACKETS.sub("", text))


_BRACKETS = re.compile(r"\s*\([^()]*\)")


def _is_one_name(text: str) -> bool:
    found = names_in(text, words=2)
    return found is not None and len(found) == 1 and not re.search(r"\b(?:of|for)\b", text)


_HONOURED = re.compile(r"^(?:sr|sra|srta)\.\s+(?P<name>[^,.]+?)\s*(?:[,.]\s+(?P<role>\S.*))?$", re.IGNORECASE)


def _honoured(text: str) -> tuple[str, ...] | None:
    """A Spanish official's line: "Sr."/"Sra.", the name, then their office after a comma or full stop, or None.

    JNIC 2022's "Sr. Jesús Valero, Director General de TECNALIA", "Sra. Iratxe Martin. Basque Cybersecurity
    Center (BCSC).": the person is the name alone.
    """
    found = _HONOURED.match(text.strip())
    named = names_in(found["name"], words=2) if found is not None else None
    return named if named is not None and len(named) == 1 else None
