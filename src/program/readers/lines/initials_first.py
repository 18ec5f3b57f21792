"""A slot's speakers written first as initials and a surname, then a full stop and the title.

An ENT course in Kyiv (2019) writes ``В.В.Березнюк. Анатомія середнього ВУХА``, ``М. Туррі Заноні.
Основи …`` and ``В.В. Березнюк, Е.А. Гюнері. Обгрунтування тактик операцій. Дискусія.``: the
initials (glued to the surname or not), a surname of one or two words, more such names after
commas, then the full stop that ends them. One line leaves the full stop out after initials
glued to a one-word surname (``П.Баталія Ендоскопіче закриття ликвореї``): glued initials are no
title's opening, so that shape is read too; spaced ones without the stop are ("A. Introduction to …").
"""

from __future__ import annotations

import re

from program.readers.lines.names import has_role_word

_INITIALS = r"(?:[^\W\d_]\.\s?){1,3}"
_WORD = r"[^\W\d_][^\W\d_'’-]*(?:[-'’][^\W\d_]+)*"
_NAME = rf"{_INITIALS}{_WORD}(?:\s{_WORD})?"
_STOPPED = re.compile(rf"^(?P<names>{_NAME}(?:,\s*{_NAME})*)\.\s+(?P<title>\S.*)$")
_GLUED = re.compile(rf"^(?P<names>(?:[^\W\d_]\.){{1,3}}{_WORD})\s+(?P<title>\S.*)$")
_SPLIT = re.compile(r",\s*")
_INITIAL = re.compile(r"(?P<letter>[^\W\d_])\.\s?")


def initials_first(text: str) -> tuple[str, tuple[str, ...]] | None:
    """The title and the people of "Initials Surname. Title", as written; None for any other text.

    >>> initials_first("В.В. Березнюк, Е.А. Гюнері. Обгрунтування тактик операцій. Дискусія")
    ('Обгрунтування тактик операцій. Дискусія', ('В.В. Березнюк', 'Е.А. Гюнері'))
    >>> initials_first("П.Баталія Ендоскопіче закриття ликвореї")
    ('Ендоскопіче закриття ликвореї', ('П.Баталія',))
    >>> initials_first("A. Introduction to Engines"), initials_first("J. Smith. On Engines")[1]
    (None, ('J. Smith',))
    """
    found = _STOPPED.match(text) or _GLUED.match(text)
    if found is None or not found["title"][:1].isupper():
        return None
    names = tuple(_SPLIT.split(found["names"]))
    if not all(_is_initials_and_surname(name) for name in names):
        return None
    return found["title"], names


def _is_initials_and_surname(name: str) -> bool:
    """Capital initials, then a surname of capitalised words (the rest of each in lower case), no programme's word."""
    initials = list(_INITIAL.finditer(name))
    surname = name[initials[-1].end() :].split() if initials else []
    return (
        bool(surname)
        and all(initial["letter"].isupper() for initial in initials)
        and all(word[0].isupper() and word[1:].replace("-", "").replace("'", "").islower() for word in surname)
        and not has_role_word(" ".join(surname))
    )
