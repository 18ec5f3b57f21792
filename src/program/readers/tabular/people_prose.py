"""A people cell that is a biography: only the name that opens each of its paragraphs is a person.

Campus Party Brasil 2017's app export writes `speakers` as prose: `Anchises Moraes é um rockstar
de Segurança, que usa sua mente hacker …`, `Bruno Loyola⏎⏎Natural de Curitiba/PR, Bruno Loyola é
analista …`, `Pedro Aguilera Fernandes - Criador e Roteirista⏎Daina Liane Giannecchini - Diretora`.
Split as a list of names, each sentence became a "person" (up to 2,067 characters). In such a cell
a paragraph names its speaker first: the capitalised words before the first lower-case word
(`é`, `teve`, `is`), comma, colon or dash, when they make a name of two to five words; a paragraph
whose lines each open with `Name - role` names one person a line. The rest is what they do, not
people. A cell is prose when it has many words in lower case, which a list of names has not.
"""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.readers.coded_entries import ORGANISATION
from program.readers.tabular.cells import Table
from program.readers.tabular.people import looks_like_name

_PROSE_WORDS = 8
"""Lower-case words (not particles) that make a cell prose: `Rick Spencer, directeur de l'ingénierie chez
Canonical` has three; a biography's first sentence has as many as this."""
_LONGEST_NAME = 8
"""Words of the longest name between two commas (`Carlos Henrique Nogueira de Resende Barbosa` has six): a
longer run is a sentence (`Formado em Sistemas de Informação pela UNIBAN. Integrante do …`)."""
_LOWER_IN_SENTENCE = 2
_SENTENCE_WORDS = 5
_PIECES = re.compile(r"[,;\n|]|\s(?:and|e|y|et|und|&)\s")
_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_NESTED_BRACKETS = 4
_CONNECTORS = frozenset(
    {"and", "und", "et", "e", "y", "de", "da", "do", "das", "dos", "di", "del", "van", "von", "der", "den", "du"}
)
_PARTICLES = frozenset({"de", "da", "do", "das", "dos", "di", "del", "della", "van", "von", "der", "den", "du"})
_CUT = re.compile(r"\s*[-–—]\s+|[,:;(|]")
"""Where a paragraph's opening name ends at the latest: `Fabio Utumi - IQ`, `Lucas Saad, fundador …`."""
_DASH_LINE = re.compile(r"^[^-–—:]{3,80}?(?:\s*[-–—]\s+|\s*:\s*)\S")
"""A line `Name - role` or `Name : role`: in a paragraph of such lines each names one person."""
_ROLE = re.compile(
    r"\b(?:engineer|developer|designer|founder|director|manager|professor|student|owner|head|lead"
    r"|ceo|cto|cfo|coo|phd|team|group|mediação|mediation|thinker|curr[ií]culo|minibio|bio"
    r"|estudante|analista|coordenador[a]?|desenvolvedor[a]?|professor[a]?|doutor[a]?|engenheir[oa]|diretor[a]?"
    r"|gerente|fundador[a]?|pesquisador[a]?|especialista|mestre|estudiante|investigador[a]?"
    r"|secretári[oa]|técnic[oa]|assessor[a]?|graduand[oa]|presidente|formad[oa]"
    r"|speaker|cientista|moderador[a]?|programador[a]?|palestrante|jornalista)\b",
    re.IGNORECASE,
)
"""Words of a line that says what someone does (`Senior Game Developer na …`, `Estudante de Sistemas de
Informação com …`), never a name."""
_ARTICLES = frozenset({"a", "o", "os", "as", "the", "el", "la", "los", "las"})
"""A sentence's article before the name (`A Naira Ferreira é …`): no part of it."""
_MOST_NAMED = 5
_INITIAL = 3
"""A word this long or shorter ending in a full stop is an initial (`A.`), not a sentence's end."""
_TITLES = frozenset({"prof", "profa", "dr", "dra", "sr", "sra", "mr", "mrs", "ms", "mme", "ing"})


def is_prose(text: str) -> bool:
    """Whether a people cell is written as sentences (a biography), not as a list of names.

    >>> is_prose("Anchises Moraes é um rockstar de Segurança, que usa sua mente hacker para o bem e adora ensinar")
    True
    >>> is_prose("Rick Spencer, directeur de l'ingénierie chez Canonical"), is_prose("Ada Lee, Bo Chen and Cy Dorn")
    (False, False)
    >>> is_prose("changhui yang,bolin zhang,jingyang chen,nanbo chen,ziyang hu,gang wang,xiang li,dong wu")
    False
    """
    for _ in range(_NESTED_BRACKETS):  # an affiliation in brackets is no prose: `Ada Lee (University of …)`
        text = _BRACKETED.sub(" ", text)
    lower = [word for word in text.split() if _lower(word)]
    # a sentence has words in lower case among five or more: names in lower case (EDTM 2025's `changhui yang,bolin
    # zhang,…`) are short pieces, and a long run in capitals is names glued together (SIGGRAPH Asia 2024's `Shoko
    # KimuraMitsuki …`)
    sentences = [
        words
        for words in (piece.split() for piece in _PIECES.split(text))
        if len(words) >= _SENTENCE_WORDS and sum(map(_lower, words)) >= _LOWER_IN_SENTENCE
    ]
    return bool(sentences) and (len(lower) >= _PROSE_WORDS or any(len(words) > _LONGEST_NAME for words in sentences))


def _lower(word: str) -> bool:
    return word[:1].islower() and word.casefold() not in _CONNECTORS


def biography_column(table: Table, columns: Sequence[int], header: int | None) -> bool:
    """Whether a table's people column is one of biographies: a quarter of its filled cells prose or more.

    Then its short cells are read as biographies too (`Miguel Nicolelis⏎Neurocientista.`, `Rafael Rosa -
    Sócio/Diretor de Negócios do Grupo Hypeness`): a line after the name says what the speaker does.
    """
    texts = [
        cells[column].text
        for cells in table.rows[(header or 0) + 1 :]
        for column in columns
        if column < len(cells) and cells[column].text
    ]
    return bool(texts) and sum(map(is_prose, texts)) * _SHARE >= len(texts)


_SHARE = 4
BIOGRAPHIES = (
    "the people column holds biographies: only a name opening a paragraph or a `Name - role` line, "
    "or a line of names alone, is a person"
)
"""What `program check` says of a table whose people column `biography_column` judged one of biographies."""


def biography_names(text: str) -> tuple[str, ...]:
    r"""The people a biography cell names: the names opening its paragraphs.

    Each paragraph's opening name, each `Name - role` (or `Name: role`) line's of a paragraph of them, or
    every name of a paragraph of names alone (`Douglas Esteves⏎Pedro Minatel`, `Ada Lee, Bo Chen`). A line
    that is a name and nothing else may be one word, a stage name (`Totoro⏎Nasceu no Rio …`); a moderator's
    label (`Mediação: Tatiany Leite`, `Mediador:⏎Arthur Schuler da Igreja`) names who follows it. A name
    written again shorter or longer (`Pedro Aguilera Fernandes - Criador`, then `Pedro Aguilera é …`) is
    the same person, named as first written.

    >>> biography_names("Bruno Loyola\r\n\r\nNatural de Curitiba/PR, Bruno Loyola é analista de Sistemas formado")
    ('Bruno Loyola',)
    >>> biography_names("Otavio Santana é um apaixonado engenheiro de software voltado para a tecnologia Java.")
    ('Otavio Santana',)
    >>> biography_names("Pedro Aguilera - Criador e Roteirista\nDani Libardi - Diretora\n\nPedro é um roteirista")
    ('Pedro Aguilera', 'Dani Libardi')
    >>> biography_names("Douglas Esteves\nPedro Minatel"), biography_names("Miguel Nicolelis\nNeurocientista.")
    (('Douglas Esteves', 'Pedro Minatel'), ('Miguel Nicolelis',))
    >>> biography_names("Totoro \nNasceu no Rio de Janeiro, em 1984.\n\nJovem Nerd\nAlexandre Ottoni faz parte")
    ('Totoro', 'Jovem Nerd')
    >>> biography_names("Ada Lee - Diretora\nMediador: Bo Chen (ESPN)"), biography_names("USP\n\nCasemodder.")
    (('Ada Lee', 'Bo Chen'), ())
    """
    names: list[str] = []
    for paragraph in re.split(r"\n[ \t\r]*\n", text.replace("\r\n", "\n")):
        lines = [line.strip(" \t\r-•*").lstrip(". ") for line in paragraph.split("\n")]
        for group in _labelled_groups([line for line in lines if line]):
            for name in _group_names(group):
                if not any(_same_person(name, known) for known in names):
                    names.append(name)
    return tuple(names)


_LABEL = re.compile(
    r"^(?:modera[çc][ãa]o|media[çc][ãa]o|moderador[ae]?s?|mediador[ae]?s?|moderators?|palestrantes)"
    r"(?:\s*:\s*|\s+(?=[A-ZÀ-Þ])|\s*$)",
    re.IGNORECASE,
)
"""A label before who moderates or speaks (`Moderação: Philippe Figueiredo.`, `Moderador Pedro Begotti - …`,
`MEDIADORES:` over a line of names): a moderator is the slot's person as a speaker is."""


def _labelled_groups(lines: Sequence[str]) -> list[list[str]]:
    """A paragraph's lines cut before each label line, the label left out: who follows it opens a group."""
    groups: list[list[str]] = [[]]
    for line in lines:
        label = _LABEL.match(line)
        if label is not None:
            groups.append([line[label.end() :]] if line[label.end() :].strip() else [])
        else:
            groups[-1].append(line)
    return [group for group in groups if group]


def _group_names(lines: Sequence[str]) -> list[str]:
    """The names of a paragraph's lines: all of a list of names; else the first line's and the lines like it after."""
    bare = [" ".join(_BRACKETED.sub(" ", line).split()).rstrip(".") for line in lines]  # `Ada Lee (Org).`
    listed = [[piece for piece in _PIECES.split(line) if piece.strip()] for line in bare]
    if all(pieces and all(_whole_name(piece) for piece in pieces) for pieces in listed):
        return [name for pieces in listed for piece in pieces if (name := _listed_name(piece)) is not None]
    alone = alone_name(lines[0]) is not None
    dashed = _DASH_LINE.match(lines[0]) is not None
    names: list[str] = []
    for index, line in enumerate(lines):
        lone = alone_name(line)
        # after a name alone come more names or the biography; after a `Name - role` line, more such lines
        if index and not ((alone or dashed) and (lone is not None or _DASH_LINE.match(line))):
            break
        # `Cintia - Cintia Disse`, `Fernanda - Atriz`: a name of one word before a dash (before a comma or a colon,
        # one word is as often what someone is: `Economista, Thiago Ururahy é …`, `Descrição: …`)
        dashed_word = _DASHED_WORD.match(line)
        name = lone if lone is not None else opening_name(line) or (alone_name(dashed_word[1]) if dashed_word else None)
        names.extend([name] if name is not None else [])
    return names


_DASHED_WORD = re.compile(r"^(\S+)\s*[-–—]\s+\S")
_QUOTED = re.compile(r"[\"“‘][^\"“”‘’]{1,30}[\"”’]")


def alone_name(line: str) -> str | None:
    """The name a line holds and nothing else, of one word or more (`Pirulla`, `La Fenix:`, `Rodrigo Banzato;`).

    One word is a name only alone on its line, not in capitals (`USP`) and ending no sentence (`Casemodder.`).

    >>> alone_name("Schwarza (Poligonautas)"), alone_name("USP"), alone_name("Casemodder."), alone_name("Formado")
    ('Schwarza', None, None, None)
    """
    text = " ".join(_BRACKETED.sub(" ", line).split()).rstrip(":;")
    if len(text.split()) != 1:
        name = _listed_name(text)
        return name if name is not None and name == text.rstrip(".") else None
    if text.isupper() or not text[:1].isupper() or text.endswith(".") or _ROLE.search(text):
        return None
    return text if looks_like_name(text) and not ORGANISATION.search(text) else None


def _same_person(name: str, known: str) -> bool:
    """Whether two names are one person's, written shorter and longer: one first word, one's words in the other's."""
    shorter, longer = sorted((name.split(), known.split()), key=len)
    return shorter[0] == longer[0] and set(shorter) <= set(longer)


def _whole_name(piece: str) -> bool:
    """Whether a piece of a line (between commas, or `e`, `and`) is a name of two words or more and nothing else."""
    return _listed_name(piece) == piece.strip().rstrip(".")


def _listed_name(piece: str) -> str | None:
    """A listed name as written, an article opening it kept: in a list `La Fenix` is a stage name, no sentence."""
    words = piece.split()
    if len(words) == 2 and words[0].casefold() in _ARTICLES and words[0][:1].isupper() and looks_like_name(piece):
        return " ".join(words)
    return opening_name(piece)


def opening_name(line: str) -> str | None:
    r"""The name a line opens with: capitalised words up to the first lower-case word, comma or dash.

    >>> opening_name("Chance Glasco teve seu início na indústria de jogos"), opening_name("Formado em Administração")
    ('Chance Glasco', None)
    >>> opening_name("Senior Game Developer na Cool Mini or Not."), opening_name("André de Oliveira Ruz\t")
    (None, 'André de Oliveira Ruz')
    """
    head = _CUT.split(line, maxsplit=1)[0]
    words: list[str] = []
    for word in head.split():
        nickname = words and _QUOTED.fullmatch(word) is not None  # `Leandro “Salazar” Rodrigues`
        if not (word[:1].isupper() or nickname or (words and word.casefold() in _PARTICLES)):
            break
        sentence_end = word.endswith(".") and len(word) > _INITIAL and word[:-1].casefold() not in _TITLES
        words.append(word.rstrip(".") if sentence_end else word)
        if sentence_end:  # `Olá. Meu nome é …`: a sentence ends, no name goes on past it
            break
    while words and words[-1].casefold() in _PARTICLES:
        words.pop()
    if words and words[0].casefold() in _ARTICLES:
        words.pop(0)
    name = " ".join(words).rstrip(".")
    named = [word for word in words if word.casefold() not in _PARTICLES]
    if not 2 <= len(named) <= _MOST_NAMED or not looks_like_name(name):
        return None
    return None if _ROLE.search(name) or ORGANISATION.search(name) else name


__all__ = ["BIOGRAPHIES", "biography_column", "biography_names", "is_prose", "opening_name"]
