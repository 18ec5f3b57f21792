"""People one text names, as a site's YAML writes them: "A, B and C", "A, B et C", "Ana Ruiz y Luis Gil".

Split out of yaml_people (the speakers a site lists as mappings): these read one field's text,
whatever shape the entry around it has, and yaml_subtitle uses them too.
"""

from __future__ import annotations

import re

from program.model.text import is_placeholder_name
from program.readers.lines.honorifics import without_honorifics
from program.readers.lines.names import has_role_word

_PEOPLE_SPLIT = re.compile(r"\s*(?:,\s*(?:and|et|und)\s+|,|;|&|\band\b|\||\s·\s)\s*")
"""Separators of names, outside brackets: "Claude-Guy Quimper (Université de Laval, Québec)" is one person; a
middle dot between spaces too (SOIVRE 2026: `Bruno Fernández Scrimieri · Inmaculada Zayas Ludeña`; the Catalan
`l·l` inside a word is none)."""
_LAST_JOINED = re.compile(r"\s+(?:et(?!\s+al\b)|und)\s+")
"""The French and German "and" before a list's last name (JFPC 2021: "A, B et C"); "et al." names nobody more."""
_DEGREE_ALONE = re.compile(r"(?:[Pp][Hh]|Th)\.?\s?[Dd]|M\.?Sc|B\.?Sc|MBA|CSc|DrSc|ArtD|CFA|CPA|DIC|FRS|PMP")
"""A degree or title a comma sets after a name (MK 2017: "Mgr. Miloš Masarik, Phd.", "doc.Pavel Hošek, Th.D.";
PyCon TH 2019: "Poomjai Nacaskul, PhD, DIC, CFA"): no person."""
_SPANISH_AND = re.compile(r"\s+(?:[ye]|en|\+)\s+")
"""The Spanish and Portuguese "and" (ERAD-SE 2025: "Felipe Portella e Guilherme Vilela (Petrobras)"), which is also
inside names ("Santiago Ramón y Cajal", "José Ortega y Gasset"); the Dutch "en" (NLUUG 2023: `Michael Boelen en
Patrick Reijnen`), and a plus (PyCon TH 2019: `Sam Witteveen + Martin Andrews`; MK 2017's `Chvály Revúca +
Lučenec` is one band of two towns), read the same way: names of two words or more on both sides."""


_BRACKETED = re.compile(r"\([^()]*\)")
_AFFILIATED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
"""An affiliation in brackets, round as written or square as the reader keeps it beside a name."""

_SENTENCE_WORDS = 6


def is_sentence(text: str) -> bool:
    """Whether a people field is a sentence to the reader: many words, most in lower case, as no list of names.

    DevFest BH 2017's registration writes `speaker: Não deixe de contribuir para a campanha Social
    Impact, trazendo 1kg de alimento! <3` (bring 1 kg of food for the campaign): no person.
    """
    # an affiliation in brackets is no part of it: "Marianne Reboul (École Normale Supérieure de Lyon, Institut
    # d'histoire des représentations et des idées dans la modernité)" is a person (Horizons della filologia 2024)
    words = _AFFILIATED.sub(" ", text).split()
    return len(words) >= _SENTENCE_WORDS and sum(word[:1].islower() for word in words) * 2 >= len(words)


def names_nobody(name: str) -> bool:
    """Whether a name the people fields give stands for nobody: a placeholder ("TBA") or a sentence."""
    return is_placeholder_name(name) or is_sentence(name)


_ROLE = re.compile(
    r"\s*\((?:moderador|moderadora|moderator|moderatorin|moderatore|moderatrice|modérateur|modératrice|chair)\)$",
    re.IGNORECASE,
)
"""A role in brackets after a name (ENEEM 2019's panel: "Paulo Sampaio (moderador)"): no part of the name."""


def bare_name(name: str) -> str:
    """A person as a field writes them, without a role in brackets and the honorifics before the name.

    >>> bare_name("Paulo Sampaio (moderador)"), bare_name("Prof. Francisco Brito"), bare_name("Eng. Jorge Cavaleiro")
    ('Paulo Sampaio', 'Francisco Brito', 'Jorge Cavaleiro')
    """
    return without_honorifics(_ROLE.sub("", name.strip()))


def split_names(text: str, *, lined: bool = False) -> list[str]:
    """The people one text names: "A, B and C", "A, B et C", "A, B und C", "A, B y C" (each a name).

    The Spanish "y" separates only names of two words or more on both sides: "Ana Ruiz y Luis Gil" are
    two, "Santiago Ramón y Cajal" one.

    >>> split_names("Xavier Gillard, Pierre Schaus et Vianney Coppé")
    ['Xavier Gillard', 'Pierre Schaus', 'Vianney Coppé']
    >>> split_names("Ana Ruiz y Luis Gil"), split_names("Santiago Ramón y Cajal")
    (['Ana Ruiz', 'Luis Gil'], ['Santiago Ramón y Cajal'])
    >>> split_names("Equipo Centro Analítico de Inspección y Control de Calidad")
    ['Equipo Centro Analítico de Inspección y Control de Calidad']
    >>> split_names("Ana Ruiz y Luis Gil (Universidad de Sevilla)")
    ['Ana Ruiz', 'Luis Gil (Universidad de Sevilla)']
    """
    if _surname_first(text, lined=lined):
        return [text.strip()]
    names: list[str] = []
    for part in _outside_brackets(_PEOPLE_SPLIT, text):
        for joined in _outside_brackets(_LAST_JOINED, part):
            sides = _outside_brackets(_SPANISH_AND, joined)
            # a group's name is one, whatever it joins (SOIVRE 2026: `Equipo Centro Analítico de Inspección y
            # Control de Calidad de Comercio Exterior`, a team)
            named = len(sides) > 1 and all(len(side.split()) >= 2 and side[:1].isupper() for side in sides)
            named = named and not has_role_word(_BRACKETED.sub(" ", joined))  # "(Universidad de Sevilla)" is theirs
            names.extend(side.strip() for side in (sides if named else [joined]) if side.strip())
    return [name for name in names if not _DEGREE_ALONE.fullmatch(name.rstrip("."))]


def _surname_first(text: str, *, lined: bool) -> bool:
    """Whether a text is one person written "Surname, Given": one comma, and a single word on one side of it.

    AAHD 2026 lists `Pierabella, Silvana (UNR)`, `del Rio Riande, Gimena`, `Riganti, Maria Valentina`, one a
    line (`lined`: the field breaks its lines between people), or one with an affiliation after it: a name has
    two words or more, so a lone word beside the comma is half of one (kept as written, as `several_names`
    keeps "Smith, John"). Otherwise, surnames alone are people ("Cimino, Deufemia": IS-EUD 2025).

    >>> _surname_first("Pierabella, Silvana (UNR)", lined=False), _surname_first("Cimino, Deufemia", lined=False)
    (True, False)
    >>> _surname_first("Colella, Valeria Magalí", lined=True), _surname_first("Ada Lee, Bo Chen", lined=True)
    (True, False)
    """
    pieces = _outside_brackets(_PEOPLE_SPLIT, text)
    if len(pieces) != 2 or text.count(",") - sum(piece.count(",") for piece in pieces) != 1:
        return False
    words = [re.sub(r"\([^()]*\)", "", piece).split() for piece in pieces]
    if not all(words) or min(len(side) for side in words) != 1 or not all(side[0][:1].isalpha() for side in words):
        return False
    if any(_DEGREE_ALONE.fullmatch(piece.strip().rstrip(".")) for piece in pieces):
        return False  # "Pavel Hošek, Th.D."
    # surnames alone ("Cimino, Deufemia", "Calo, De Russis": IS-EUD 2025) are two people, unless the field writes
    # one person a line or an affiliation follows
    return lined or text.rstrip().endswith(")")


def _outside_brackets(separator: re.Pattern[str], text: str) -> list[str]:
    """`text` split at the separators outside round brackets (in one pass: a hostile field may be long)."""
    depth, inside = 0, []
    for character in text:
        depth = depth + 1 if character == "(" else max(depth - 1, 0) if character == ")" else depth
        inside.append(depth > 0)
    pieces, begin = [], 0
    for found in separator.finditer(text):
        if not inside[found.start()] and found.start() >= begin:
            pieces.append(text[begin : found.start()])
            begin = found.end()
    return [*pieces, text[begin:]]


_OUTSIDE_BRACKETS_JOIN = re.compile(r",\s*|(?<!\s)\s+&\s+")
"""A comma, or an ampersand between spaces (Datensummit 2017: `name: Alexander Schmid & Robert R. Biene`)."""
_DEGREE = re.compile(r",\s*(?:Ph\.?\s?D|M\.?D|M\.?Sc|M\.?A|B\.?Sc|MBA)\.?(?=\s*(?:\(|$))", re.IGNORECASE)
"""A degree after a name ("Roberta Capuano, Ph.D. (University of L'Aquila)": AMP 2025's keynote): no person."""


def several_names(name: str) -> list[str]:
    """The people one `name:` holds: "A B, C D (Univ), E F (Inst)" is three, each with the affiliation written after it.

    AMP 2025 lists a paper's five authors in one `- name:`, Datensummit 2017 two joined by " & ". Split at
    commas (and ampersands) outside brackets only when
    every piece is a name of two words or more: "Smith, John" and "Ada Lee, Ph.D." stay one.

    >>> several_names("Sebastian Copei, Oliver Hohlfeld (University of Kassel), Jens Kosiol (Marburg)")
    ['Sebastian Copei', 'Oliver Hohlfeld (University of Kassel)', 'Jens Kosiol (Marburg)']
    >>> several_names("Roberta Capuano, Ph.D. (University of L'Aquila)"), several_names("Smith, John")
    (["Roberta Capuano (University of L'Aquila)"], ['Smith, John'])
    >>> several_names("Alexander Schmid & Robert R. Biene"), several_names("Procter & Gamble")
    (['Alexander Schmid', 'Robert R. Biene'], ['Procter & Gamble'])
    """
    name = _DEGREE.sub("", name)
    pieces = [piece.strip() for piece in _outside_brackets(_OUTSIDE_BRACKETS_JOIN, name)]  # one pass: no lookahead
    bare = [re.sub(r"\([^()]*(?:\([^()]*\)[^()]*)*\)", "", piece).split() for piece in pieces]
    if len(pieces) > 1 and all(len(words) >= 2 and words[0][:1].isupper() for words in bare):
        return pieces
    return [name] if name else []
