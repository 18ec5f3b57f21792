"""A people cell → names: "A; B", "A and B", "A / B", "A, B" (each a name), "Name (Org)" → "Name"."""

from __future__ import annotations

import functools
import html
import itertools
import re

from program.model.html_text import html_lines, looks_like_html
from program.model.text import is_placeholder_name
from program.readers.coded_entries import ORGANISATION
from program.readers.latex_names import unicode_name
from program.readers.tabular.affiliation_parts import (
    is_affiliation,
    with_affiliation_tails,
    without_affiliation_sentences,
)

_SEPARATORS = re.compile(r"\s*(?:;|\||\n|\band\b|\bund\b|\bet\b|&|\s[/·•]\s)\s*")
"""A slash between spaces joins names (PyConES 2020: "Antònia Tugores / Biel Frontera Borrueco"); one
without spaces is part of a name or an address ("CERN IT/GS", "https://…"). A middle dot or a bullet between
spaces joins them too (MFRI's acoustic workshop 2026: "Frank, WHOI · Andreas"); one inside a word is Catalan's
("Col·legi")."""
_ID_PREFIX = re.compile(r"^\s*\d+:\s*(?=[^\W\d])")
"""A speaker's id before the name: c3voc's voctosched CSV writes `10:Konrad Meier|11:Dennis Wehrle` (GPN11)."""
_BRACKETED = re.compile(r"[ \t]*[(\[][^()\[\]\n]*[)\]]")
_NO_NAME = re.compile(r"^(?:\d+|true|false|\S+\?|(?:\S+\s+){1,3}village)$", re.IGNORECASE)
"""What a speakers field holds that names nobody: a count or an id ("speakers": "2", [110]), a flag ("true"), a
guess of one word (EEKE 2020's "Posters?", Tübix 2016's "Du?"; a "?" inside a name is a lost letter: "Tokatl?"),
a security conference's village that hosts the talk (Tropicon 2026's "RF Village", "Payment Village": a place, as
`checks/background.py` reads one).
"Surname, Given" is not turned round: "Dracose, SirWill" (Penguicon 2019) are two people's handles."""
_INITIALLED = re.compile(r"^(?:[^\W\d_][.\u2010-]\s*){1,3}[^\W\d_][^\s.]+$")
"""Initials and a surname ("L. Zhang", "J.-P. Smith"): two authors may write so, one name for two people."""
_ET_AL = re.compile(r"[\s,]*\bet\s+al\b\.?", re.IGNORECASE)
""""Chengzhi Zhang et al." (EEKE 2020): the others are not named, and "al." is nobody."""
_OPENING = re.compile(r"[(\[]")
_CLOSING = re.compile(r"[)\]]")
_STRAY_STOP = re.compile(r"\s+\.$")
_NESTED_BRACKETS = 4
"""How deep brackets inside an affiliation's are taken off, innermost first (a hostile cell may nest thousands)."""
_LIST_NUMBER = re.compile(r"^\s*\d{1,2}[.)]\s+(?=[^\W\d])")
"""A numbered list's number before a name, one a line: NCPCE 2026's panel, "1. YBrs. Tuan Haji …⏎2. Pn Asniza …"."""
# A capital of Latin Extended-A/B too: "Żukowski", "Şahin", "İşgördü", "Čechák" (RECOMB 2026 posters)
_NAME_WORD = re.compile(
    r"^(?:[A-ZÀ-ÞĀ-ɏ][\w'’´.-]*|[\"“‘'][A-ZÀ-Þ][\w'’.-]*[\"”’']"
    r"|[a-z]{1,3}|d[eiu]|van|von|der|den|la|le|al|bin|et al\.?)$"
)
"""A word of a name: capitalised, a nickname in quotes (`Andrew M. "Fish" Popowich`), or a particle."""
_LOWER_NAME = re.compile(r"^[^\W\d_A-ZÀ-Þ]{2,}(?:\s+[^\W\d_A-ZÀ-Þ]{2,}){1,2}$")
"""Two or three words in lower case ("chloe  zrnich", a name as its owner typed it into Sched)."""
_ROLE = re.compile(
    r"\b(?:engineer|developer|student|professor|manager|director|founder|researcher|scientist|ceo|cto"
    r"|lecturer|analyst|architect|consultant|designer|officer|head|lead|fellow|candidate|intern|assistant"
    r"|associate|editor|advis[eo]r|coordinator|specialist|librarian|teacher|writer|artist|journalist|president"
    r"|partner|owner|member|volunteer|organi[sz]er|chair|phd|postdoc|team|new|city|county|state)\b"
)
"""Words of what someone does, written after their name ("Ada Lee, senior engineer"): no name."""
_ROLE_LABEL = re.compile(
    r"^\s*(?:(?:workshop|session|panel|keynote|special)\s+)?(?:moderators?|panel+ists?|hosts?|guests?|speakers?"
    r"|leaders?|facilitators?|presenters?|discussants?|instructors?|trainers?|mentors?|mc|emcee"
    r"|moderador(?:a|es|as)?|modera[çc][ãa]o|mediador(?:a|es|as)?|palestrantes?|apresentador(?:a|es|as)?"
    r"|ministrantes?|ponentes?|panelistas?|modérat(?:eur|rice)s?|intervenant(?:e|s|es)?|moderat(?:ore|rice|ori)"
    r"|relat(?:ore|rice|ori)|moderation|referent(?:in|en|innen)?)\s*:\s*(?=\S)",
    re.IGNORECASE,
)
"""A role before the names it gives, in a people cell (RAADE 2025: "Moderator: Ijeoma Anadu Okoli | Panelists: Yomi
Jemibewon, Ismael Fanny", "Workshop Leaders: Ismaël Ouale Fanny, Tomiwa Igun", "Host: … | Guest: …"; Tchelinux
Pelotas 2017's panel, "Moderador: Rafael Jeffman"; the same labels in Spanish, French, Italian, German): no name's.
The person named is the row's, as a speaker's (a moderator is among a panel's people, as in a page's lines)."""
_KOREAN_TITLED = re.compile(
    r"^(?P<name>[가-힣]{2,4})\s+(?:[가-힣]{0,6}장|(?:명예|석좌|객원|겸임|부|조)?교수|박사|(?:책임|선임|수석)?연구원|상무|전무"
    r"|(?:대표\s*)?이사|대표|(?:부)?사장|(?:부)?회장|마스터|리더|매니저|엔지니어|디렉터|위원|변호사|선생)님?$"
)
"""A Korean name and the job title written after it (KU AI Tech Day 2024: "한정현 사업단장", "강재우 교수", "임우형
상무", "김지원 부사장", "조지훈 마스터"): the name alone. A Korean name is written without spaces, so the word after
it is no part of it."""
_GLUED_NAME = re.compile(r"^[^\W\d_][^\W\d_'’.-]*(?:[\s'’.-]+[^\W\d_][^\W\d_'’.-]*){0,5}[\s.]*$")
"""One to six words of letters, in any case and script ("xiaoci liang", "Boyao 崔"): a name in a glued list."""


@functools.lru_cache(maxsize=1 << 14)  # a people cell repeated down a sheet, or read again by another layout
def split_people(text: str) -> tuple[str, ...]:
    r"""Return the names in a people cell, in order, without placeholders ("tbd") or affiliations in brackets.

    >>> split_people("Cat Morris; Derik Evangelista")
    ('Cat Morris', 'Derik Evangelista')
    >>> split_people("10:Konrad Meier|11:Dennis Wehrle")
    ('Konrad Meier', 'Dennis Wehrle')
    >>> split_people("Antònia Tugores / Biel Frontera Borrueco / Jaume Perelló Perelló")
    ('Antònia Tugores', 'Biel Frontera Borrueco', 'Jaume Perelló Perelló')
    >>> split_people("Ana Pérez-García/Ruiz")
    ('Ana Pérez-García/Ruiz',)
    >>> split_people("Srinivasan Venkataramanan, Satinder Singh Paul")
    ('Srinivasan Venkataramanan', 'Satinder Singh Paul')
    >>> split_people("Rick Spencer, directeur de l'ingénierie chez Canonical")
    ('Rick Spencer',)
    >>> split_people("<ul><li>Weihang Zhang</li><li>Ovidiu Serban</li></ul>")
    ('Weihang Zhang', 'Ovidiu Serban')
    >>> split_people("1. Pn Asniza binti Alias\n2. Dr Mohd Shakrie Palan Bin Abdullah")
    ('Pn Asniza binti Alias', 'Dr Mohd Shakrie Palan Bin Abdullah')
    >>> split_people("Laurah Ondari (Institute (IITA)/ Bioconductor)*; Maria Doyle (University of Limerick)")
    ('Laurah Ondari', 'Maria Doyle')
    >>> split_people("Julien Denis (INMED, France).")
    ('Julien Denis',)
    >>> split_people("Luciana Hoffert Castro Cruz, Raísa Becker e Jaquelyne Adelyna Sara")
    ('Luciana Hoffert Castro Cruz', 'Raísa Becker', 'Jaquelyne Adelyna Sara')
    >>> split_people("CARLOS HENRIQUE NOGUEIRA DE RESENDE BARBOSA, KARINA SOUZA CRISPIM")
    ('CARLOS HENRIQUE NOGUEIRA DE RESENDE BARBOSA', 'KARINA SOUZA CRISPIM')
    >>> split_people("WJ, Alex Muentz"), split_people("Ray H. O'Neal, Jr.")
    (('WJ', 'Alex Muentz'), ("Ray H. O'Neal, Jr.",))
    >>> split_people("Emmanuel Goldstein and friends"), split_people("Payment Village")
    (('Emmanuel Goldstein',), ())
    >>> split_people("Moderator: Ijeoma Anadu Okoli | Panelists: Yomi Jemibewon, Ismael Fanny")
    ('Ijeoma Anadu Okoli', 'Yomi Jemibewon', 'Ismael Fanny')
    >>> split_people("하윤철 상무 / 김유신 상무"), split_people("한정현 사업단장")
    (('하윤철', '김유신'), ('한정현',))
    >>> split_people("Frank, WHOI · Andreas"), split_people("Mandana, HI / MFRI"), split_people("Col·legi Ada")
    (('Frank', 'Andreas'), ('Mandana',), ('Col·legi Ada',))
    """
    names: list[str] = []
    # HTML: a list item or a line a person (a separator below); an entity in plain text is unescaped before
    # splitting, as `&quot;` is no separator (Penguicon 2019's Sched export: `Andrew M. &quot;Fish&quot; Popowich`)
    text = _unwrapped("\n".join(html_lines(text)) if looks_like_html(text) else html.unescape(text))
    # An affiliation in brackets may hold a separator itself ("(Apple & ENSAE)"): drop it first.
    text = unicode_name(text.replace("\xa0", " "))  # EMNLP 2017's "S\'ebastien Jean" is Sébastien Jean
    # Innermost first: RSAfrica 2026's "Laurah Ondari (International Institute of Tropical Agriculture (IITA)/ …)*"
    for _ in range(_NESTED_BRACKETS):
        if (unbracketed := _BRACKETED.sub(" ", text)) == text:
            break
        text = unbracketed
    text = without_affiliation_sentences(_ET_AL.sub("", text))  # "Diego Pablo Ruiz. UCIP": the unit no person
    joined_parts = with_affiliation_tails(_SEPARATORS.split(text))  # "Mandana, HI / MFRI": one affiliation
    for part in (piece for joined in joined_parts for piece in _local_and(_ROLE_LABEL.sub("", joined))):
        for written in _comma_names(part):
            bare = _ID_PREFIX.sub("", _LIST_NUMBER.sub("", written))
            name = " ".join(without_bracketed(bare).strip(" ,*•").split())  # "• Ada Lee⏎• Bo Chen": a list's
            name = _STRAY_STOP.sub("", name)  # "Julien Denis (INMED, France)." (Neuromatch 2020): the stop left alone
            name = _KOREAN_TITLED.sub(r"\g<name>", name)
            # initials and a surname written twice are two people (Mutation 2019: "J. Zhang and L. Zhang and D. Hao
            # and L. Zhang"); a whole name written twice is one (PackagingCon 2021: "Martin Perez, Beltrán Rueda" and
            # "Beltrán Rueda" for one talk)
            again = name in names and _INITIALLED.match(name) is None
            if not is_placeholder_name(name) and not _NO_NAME.match(name) and not again:
                names.append(name)
    return tuple(names)


def without_bracketed(text: str) -> str:
    """The text with each "(…)" or "[…]" within a line put as a space, up to the first closing bracket.

    A scan, not a lazy pattern: an opening bracket never closed would be searched to the end from each of
    thousands of them (a hostile cell).
    """
    kept: list[str] = []
    for line in text.split("\n"):
        start = 0
        while (opening := _OPENING.search(line, start)) and (closing := _CLOSING.search(line, opening.end())):
            kept.append(line[start : opening.start()] + " ")
            start = closing.end()
        kept.append(line[start:] + "\n")
    return "".join(kept)[:-1]


def speaker_card(text: str) -> tuple[str, str] | None:
    """A speaker's card in an HTML cell, "Name, <br>Organisation<br>(note)": the name and the organisation.

    ISGIE 2022 writes `Mr Xiaohan Hao, <br>SonoScape Medical Corp, China<br>(virtual, registered)`:
    the lines after the name's are where the speaker works, a note in brackets left out. Lines that
    are all names ("Ada Lee,<br>Bo Chen") are a list of people, no card.

    >>> speaker_card("Mr Xiaohan Hao, <br>SonoScape Medical Corp, China<br>(virtual, registered)")
    ('Mr Xiaohan Hao', 'SonoScape Medical Corp, China')
    >>> speaker_card("Ada Lee,<br>Bo Chen") is None
    True
    """
    if not looks_like_html(text):
        return None
    lines = html_lines(text)
    if len(lines) < 2 or not lines[0].rstrip().endswith(",") or len(split_people(lines[0])) != 1:
        return None
    rest = [" ".join(_BRACKETED.sub(" ", line).split()).strip(" ,") for line in lines[1:]]
    organisation = ", ".join(line for line in rest if line)
    pieces = [piece.strip() for piece in organisation.split(",") if piece.strip()]
    if not pieces or all(_name_piece(piece) for piece in pieces):
        return None
    return lines[0].rstrip(" ,"), organisation


def _unwrapped(text: str) -> str:
    r"""A list of names joined by commas that the cell wraps onto lines: its line breaks are spaces.

    A break after a comma or "and", or with one word on a side of it ("Klaudia⏎Gogola", "Jannie
    Munk⏎Kristensen"), is the cell's wrapping (RECOMB 2026's poster workbook), not a separator.

    >>> _unwrapped("Kacper Żukowski, Dawid Słomian, Klaudia\nGogola, Monika Skarwecka")
    'Kacper Żukowski, Dawid Słomian, Klaudia Gogola, Monika Skarwecka'
    >>> _unwrapped("Ada Lovelace\nCharles Babbage")
    'Ada Lovelace\nCharles Babbage'
    """
    if "," not in text or "\n" not in text:
        return text
    lines = text.split("\n")
    joined = lines[0]
    for line in lines[1:]:
        before, after = re.split(r",|\band\b", joined)[-1].split(), re.split(r",|\band\b", line)[0].split()
        wrapped = not before or len(before) == 1 or len(after) == 1
        joined = f"{joined.rstrip()} {line.lstrip()}" if wrapped else f"{joined}\n{line}"
    return joined


def _local_and(part: str) -> list[str]:
    """`part` cut at a Portuguese or Italian "e" or a Spanish "y" between two names of two words or more.

    Encontro de Saberes (UFOP) writes "Marcelo Donizete da Silva e Eduardo Mognon Ferreira" and
    "A, B, C e D": two people, four. A name joined by one ("Santiago Ramón y Cajal") stays whole: a
    side of one word is a name's part.

    An affiliation's "y" joins no people: "Ada Ruiz, Departamento de Electrónica y Tecnología de Computadores".

    >>> _local_and("Ana Ruiz y Luis Gil"), _local_and("Santiago Ramón y Cajal")
    (['Ana Ruiz', 'Luis Gil'], ['Santiago Ramón y Cajal'])
    >>> _local_and("Ana Ruiz, Vicerrectora de Posgrado y Formación Permanente")
    ['Ana Ruiz, Vicerrectora de Posgrado y Formación Permanente']
    """
    sides = _LOCAL_AND.split(part)
    if len(sides) == 1:
        return sides
    near = [(side.split(",")[-1].split(), side.split(",")[0].split()) for side in sides]
    named = all(
        len(before) >= 2 and len(after) >= 2 and after[0][:1].isupper() and not is_affiliation(" ".join(before))
        for (before, _), (_, after) in itertools.pairwise(near)
    )
    return sides if named else [part]


_LOCAL_AND = re.compile(r"\s+(?:e|y)\s+")


def _comma_names(part: str) -> list[str]:
    """Commas join names ("A B, C D") or put an affiliation after one ("A B, Org"): keep only names.

    Commas without a space after any of them join names however they are written (EDTM 2025's
    accepted papers: "long Zhang,qian Yu,Chunzhou Shi", a name in lower case among them).

    >>> _comma_names("long Zhang,qian Yu,Chunzhou Shi")
    ['long Zhang', 'qian Yu', 'Chunzhou Shi']
    >>> _comma_names("Ada Lovelace, Charles Babbage,"), _comma_names("Nicolas Arnaud-Cormos, KDAB")
    (['Ada Lovelace', 'Charles Babbage'], ['Nicolas Arnaud-Cormos'])
    >>> _comma_names("薛念林 , 黃紫芳"), _comma_names("Su Yi-Shiang, 蔡佳翰、謝孟諺")
    (['薛念林', '黃紫芳'], ['Su Yi-Shiang', '蔡佳翰', '謝孟諺'])
    >>> _comma_names("Robert Stober, Sr."), _comma_names("Ada Lovelace, Jr")
    (['Robert Stober, Sr.'], ['Ada Lovelace, Jr'])
    >>> _comma_names("Priscila, Leonardo, coordenadores")
    ['Priscila', 'Leonardo']
    """
    # "A, B, and C": "A, B," before "and"; Chinese and Japanese lists use "、" and the full-width comma too
    pieces = _with_suffixes([piece.strip() for piece in _COMMAS.split(part) if piece.strip()])
    while len(pieces) > 1 and _GROUP_ROLE.match(pieces[-1]):  # "Priscila, Leonardo, coordenadores": what both are
        pieces.pop()
    # an address among the names (UFOP 2016: "…, henriquejose300@gmail.com, Vinicius Oliveira Gontijo") is nobody
    pieces = [piece for piece in pieces if not _ADDRESS.fullmatch(piece)] if "@" in part else pieces
    # a post before the names is nobody's name (CEC 2024: "Rector UVG, M. A. Roberto Moreno Godoy, Luis Zea, …")
    while len(pieces) > 1 and is_affiliation(pieces[0]):
        pieces = pieces[1:]
    if len(pieces) <= 1:
        return pieces or [part]
    if any(map(_han_name, pieces)) and all(_han_name(piece) or _name_piece(piece) for piece in pieces):
        return pieces  # TCSE 2017's "薛念林, 莫剛, 陳錫民", "Su Yi-Shiang, 蔡佳翰, 謝孟諺"
    # the first a name as its owner typed it is one too, beside names ("haim dubossarsky, Daphna Weinshall": EMNLP 2017)
    first = looks_like_name(pieces[0]) or any(looks_like_name(piece) for piece in pieces[1:])
    if all(_name_piece(piece) for piece in pieces) and first:
        return pieces
    if (paired := _names_with_affiliations(pieces)) is not None:
        return paired
    # HOPE 9's "WJ, Alex Muentz": a speaker known by initials or a handle, then a whole name
    handle = _HANDLE.match(pieces[0]) and all(_name_piece(piece) and " " in piece for piece in pieces[1:])
    if handle or _glued_names(part, pieces):
        return pieces
    return [pieces[0]] if looks_like_name(pieces[0]) else [part]


_COMMAS = re.compile(r"[,，、]")
_GROUP_ROLE = re.compile(
    r"^(?:(?:os|as|the|les|los|las|i|gli)\s+)?(?:co-?)?(?:coorden|coordin|coordon|organi[sz]|moderat|moderad|mediad"
    r"|respons[aá]|chair|host|docente|professor)[^\W\d_A-ZÀ-Þ]*$"
)
"""What the people before it are, written in lower case after the last one (the Semana Acadêmica CPPP 2026's
"Priscila, Leonardo, coordenadores": the course's coordinators): no name, and the names before it stay."""
_SUFFIX = re.compile(r"^(?:Sr|Jr|Snr|Jnr|II|III|IV)\.?$")
"""A generation after a name and its comma ("Ray H. O'Neal, Jr.", HOPE 9; "Robert Stober, Sr.", Slurm User Group
2011): part of that name, no person."""
_HANDLE = re.compile(r"^[A-Z]{2,4}$")
"""Initials or a short handle in capitals ("WJ") first in a list of whole names: a person (a firm comes after)."""


def _with_suffixes(pieces: list[str]) -> list[str]:
    """The pieces of a comma list with a generation ("Jr.") put back on the name before it.

    >>> _with_suffixes(["Ray H. O'Neal", "Jr."])
    ["Ray H. O'Neal, Jr."]
    """
    joined: list[str] = []
    for piece in pieces:
        if joined and _SUFFIX.match(piece):
            joined[-1] = f"{joined[-1]}, {piece}"
        else:
            joined.append(piece)
    return joined


_HAN_NAME = re.compile(
    r"^[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]{1,4}(?:\s[\u3400-\u4dbf\u4e00-\u9fff\uf900-\ufaff\u3005]{1,4})?$"
)
"""A name in Chinese characters: two to four of them ("莫剛", "范姜永益"), or Japanese family and given names
apart ("山田 太郎"); two such written without their comma ("陳克勤 許乙清") stay as written."""


def _han_name(piece: str) -> bool:
    """Whether a piece of a comma list is a name written in Chinese characters (kanji, hanzi)."""
    return _HAN_NAME.match(piece) is not None and len(piece.replace(" ", "")) >= 2


def _name_piece(piece: str) -> bool:
    """Whether a piece of a comma list is a name, not a firm ("Ada Lee, KDAB", "Ada Lee, Analytical Engines Ltd")."""
    acronym = " " not in piece and piece.isupper()
    return (looks_like_name(piece) and not acronym and not is_affiliation(piece)) or _lower_name(piece)


def _names_with_affiliations(pieces: list[str]) -> list[str] | None:
    """The names of a list that pairs each name with where it works ("A, Departamento de X, B, Y"), else None.

    Innova Ciencias: "Óscar Sánchez, Departamento de Matemática Aplicada, Jerónimo Alaminos, Análisis Matemático":
    the second piece an affiliation, every other piece from the first a name: those are the people.

    >>> _names_with_affiliations(["Óscar Sánchez", "Departamento de Matemática", "Jerónimo Alaminos", "Análisis"])
    ['Óscar Sánchez', 'Jerónimo Alaminos']
    """
    names = pieces[::2]
    if len(pieces) < 4 or len(pieces) % 2 or not is_affiliation(pieces[1]):
        return None
    return names if all(_name_piece(name) for name in names) else None


def _lower_name(piece: str) -> bool:
    """Whether a piece after a name is a name written in lower case ("Alex Drummer, chloe  zrnich")."""
    return bool(_LOWER_NAME.match(piece)) and not ORGANISATION.search(piece) and not _ROLE.search(piece)


def _glued_names(part: str, pieces: list[str]) -> bool:
    """Whether `part` lists names with commas and no spaces ("A B,c d,E F"): words of letters, no organisation."""
    if re.search(r",\s", part) or not re.search(r",\S", part):
        return False
    return all(_GLUED_NAME.match(piece) and not ORGANISATION.search(piece) for piece in pieces)


def looks_like_name(text: str) -> bool:
    """Whether `text` reads as a person's name: one to five capitalised words (particles allowed)."""
    words = text.split()
    # particles make no name longer: "Carlos Henrique Nogueira de Resende Barbosa" (UFOP) is five words and one
    named = [word for word in words if word.casefold() not in _PARTICLES]
    return (
        1 <= len(named) <= 5
        and len(words) <= _MOST_WORDS
        and words[0][:1].isupper()
        and all(_NAME_WORD.match(word) for word in words)
    )


_PARTICLES = frozenset({"de", "da", "do", "das", "dos", "di", "del", "della", "van", "von", "der", "den", "du"})
_MOST_WORDS = 8


_ADDRESS = re.compile(r"[^@\s<>,;]+@[^@\s<>,;]+\.[^@\s<>,;]+")


def row_addresses(names: tuple[str, ...], cells: list[str]) -> tuple[tuple[str, str], ...]:
    """Pair a row's people with the addresses its Email cells give, by position.

    One address for each name (in one cell, separated by ";" or ",", or one per numbered
    column); with any other count nothing is paired, as nobody can tell whose is whose.

    >>> row_addresses(("Ada Lee", "Bo Chen"), ["ada@example.org; bo@example.org"])
    (('Ada Lee', 'ada@example.org'), ('Bo Chen', 'bo@example.org'))
    >>> row_addresses(("Ada Lee", "Bo Chen"), ["team@example.org"])
    ()
    """
    found = [address for cell in cells for address in _ADDRESS.findall(cell)]
    if len(found) != len(names):
        return ()
    return tuple(zip(names, found, strict=True))
