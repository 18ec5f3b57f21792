"""Where a people cell says where its people work or what they do, after their names: no person.

Innova Ciencias (Universidad de Granada) writes its `ponente` as "Esther Viseras Alarcón, Departamento de
Genética", "Guadalupe Soriano Barabino, Directora de Arqus UGR", "Diego Pablo Ruiz. UCIP" and "Vanesa Mª Gámiz
Sánchez. Departamento de Didáctica y Organización y Directora del Secretariado …": a name, then its department, its
post or its unit, after a comma or a sentence's stop. `people.split_people` keeps the names and drops these parts,
and a " y " (and) inside one ("Departamento de Electrónica y Tecnología de Computadores") joins no two people.
"""

from __future__ import annotations

import re

from program.model.organisations import is_organisation
from program.readers.coded_entries import ORGANISATION

_AFFILIATION_LEAD = re.compile(
    r"^(?:ex-?\s*)?(?:"
    # a unit that opens the part (Spanish, Portuguese, Italian, French): "Departamento de Genética", "Facultad de …"
    r"d[eé]part\w*|dept|dpto|facultad|facultade|facoltà|escuela|escola|instituto|centro|servicio"
    r"|servi[cç]o|secretariado|vicerrectorado|rectorado|unidad|área|grupo\s+de\s+investigaci[oó]n|hospital"
    r"|fundaci[oó]n|ministerio|ayuntamiento|asociaci[oó]n|consejo"
    # a post: "Directora de Arqus UGR", "Vicerrectora de Posgrado …", "ex-vicerrector de …", "coordinador NEAE …"
    r"|(?:sub|vice|pro)?(?:director|r?rector|decan|coordinador|president|secretari)(?:[oae]|es|as|os)?"
    r"|jef[ea]|responsable|trabajador[a]?|investigador[a]?|t[ée]cnic[oa]"
    r"|personal\s+(?:de|del|t[ée]cnico|investigador)|miembro\s+de"
    r")\b",
    re.IGNORECASE,
)
"""The words that open where someone works or what they do, written after their name (any case)."""
_ACRONYM = re.compile(r"^[A-ZÀ-Þ]{2,6}$")
"""A unit's acronym alone after a name's stop ("Diego Pablo Ruiz. UCIP")."""
_SENTENCE_STOP = re.compile(r"(?<=[^\W\d_]{3})\.\s+(?=\S)")
"""A stop after a word of three letters or more, then more text: a sentence ends ("Ruiz. UCIP"), not an initial's
("M. Dolores") nor an honorific's ("Dr. Ada")."""


def is_affiliation(piece: str) -> bool:
    """Whether a piece of a people cell says where someone works or what they do, not who.

    >>> [is_affiliation(piece) for piece in ("Departamento de Genética", "Universidad de Zaragoza", "Ada Lee")]
    [True, True, False]
    >>> is_affiliation("Directora de Arqus UGR"), is_affiliation("ex-vicerrector de Política"), is_affiliation("Rector")
    (True, True, True)
    >>> is_affiliation("Diego Pablo Ruiz"), is_affiliation("Víctor Directo")
    (False, False)
    """
    written = piece.strip()
    return bool(written) and (
        _AFFILIATION_LEAD.match(written) is not None
        or ORGANISATION.search(written) is not None
        or is_organisation(written)
    )


def without_affiliation_sentences(text: str) -> str:
    """The cell without the sentences after its first that say where its people work ("Ruiz. UCIP").

    >>> without_affiliation_sentences("Teresa Pozo, David Guerrero y Diego Pablo Ruiz. UCIP")
    'Teresa Pozo, David Guerrero y Diego Pablo Ruiz'
    >>> without_affiliation_sentences("Vanesa Gámiz Sánchez. Departamento de Didáctica y Organización")
    'Vanesa Gámiz Sánchez'
    >>> without_affiliation_sentences("Prof. María Romero"), without_affiliation_sentences("Ada Lee. Bo Chen")
    ('Prof. María Romero', 'Ada Lee. Bo Chen')
    """
    stops = list(_SENTENCE_STOP.finditer(text))
    if not stops:
        return text
    starts = [0, *(stop.end() for stop in stops)]
    ends = [*(stop.start() for stop in stops), len(text)]
    sentences = [text[start:end] for start, end in zip(starts, ends, strict=True)]
    kept = [sentences[0]]
    for sentence in sentences[1:]:
        first = sentence.split(",")[0].strip().rstrip(".")
        if not (is_affiliation(first) or _ACRONYM.match(first)):
            kept.append(sentence)
    return ". ".join(kept)


_ACRONYM_TAIL = re.compile(r",\s*[A-ZÀ-Þ][A-ZÀ-Þ&]{1,7}(?:\s*/\s*[A-ZÀ-Þ][A-ZÀ-Þ&]{1,7})*$")
"""A name's affiliation in capitals after its comma, closing a part of a people cell ("Mandana, HI")."""
_ACRONYMS = re.compile(r"^[A-ZÀ-Þ][A-ZÀ-Þ&]{1,7}(?:\s*[/-]\s*[A-ZÀ-Þ][A-ZÀ-Þ&]{1,7})*$")
"""A part of nothing but units' acronyms ("MFRI", "CNRS / INRIA")."""


def with_affiliation_tails(parts: list[str]) -> list[str]:
    """A people cell's parts, split at its separators, with a part of acronyms put back on the affiliation before it.

    MFRI's acoustic workshop 2026 writes "Mandana, HI / MFRI": a name, then two institutes in capitals joined by
    the slash that elsewhere joins two people (`people._SEPARATORS`). After an acronym that a comma put after a
    name, a part of acronyms alone is more of that affiliation, no person; alone or after a name, it stays one
    ("WJ", a handle).

    >>> with_affiliation_tails(["Mandana, HI", "MFRI"]), with_affiliation_tails(["Ada Lee, CNRS", "Bo Chen, INRIA"])
    (['Mandana, HI / MFRI'], ['Ada Lee, CNRS', 'Bo Chen, INRIA'])
    >>> with_affiliation_tails(["Ada Lee", "IBM"]), with_affiliation_tails(["Ada Lee, CNRS", "INRIA", "ENS"])
    (['Ada Lee', 'IBM'], ['Ada Lee, CNRS / INRIA / ENS'])
    """
    joined: list[str] = []
    for part in parts:
        written = part.strip()
        if joined and _ACRONYM_TAIL.search(joined[-1]) and _ACRONYMS.match(written):
            joined[-1] = f"{joined[-1]} / {written}"
        else:
            joined.append(part)
    return joined
