"""A React component's page (JSX or TSX): the markup it returns, read as a saved page's HTML.

Check4facts' seminar page (2022, `seminar.tsx`) is a module: `import React from 'react';`, then
`const Seminar = () => { return ( <Container …> … </Container> ); };`. The schedule is in the markup
it returns (`<p><strong>11.45-12.15: Πρώτη κεντρική ομιλία/ </strong><strong>First </strong>…</p>`), so
that markup is the page: the code around it is blanked (its line ends kept, so lines count from the
file's first), an attribute's expression (`style={{color: 'black'}}`, `to={`#ftn1`}`) is an empty value,
a text expression that is a string (`{'[1]'}`, `{' '}`) is its text, and any other expression is left
out (what it shows is known only when the page runs). Components (`<Row>`, `<NavHashLink>`) are
elements like any other; `className` is read as a class. A module whose schedule is data (an array of
slots) is read so too, and says it found no schedule. Unlike React, a line end between
two elements reads as a space, as in HTML (`<strong>Check4</strong>` over `<strong>facts”</strong>` reads
"Check4 facts”", React shows "Check4facts”"): the line ends are what give each line its number.
"""

from __future__ import annotations

import re

_IMPORT = re.compile(r"^[ \t]*import[ \t]+.+?[ \t]+from[ \t]+['\"][^'\"\n]+['\"];?[ \t]*$", re.MULTILINE)
_RETURN = re.compile(r"\breturn\s*\(\s*(?=<[A-Za-z>])")
_STRING = re.compile(r"""^\{\s*(?:'([^'\\]*)'|"([^"\\]*)")\s*\}$""")
_CLOSING = re.compile(r"^[ \t]*\)[ \t]*;?[ \t]*$", re.MULTILINE)
_CLASS_NAME = re.compile(r"\bclassName=")
_PAGE_TAGS = re.compile(r"<(?:p|table|tr|td|h[1-6]|ul|ol|li|strong|b|em|span|div|section)[\s>/]")
"""HTML's own elements; a component (`<Container>`, `<Row>`) alone is no page yet."""
_FEWEST_TAGS = 3
_OPENING = 4000
"""How far from the top a module's imports are looked for."""


def jsx_markup(text: str) -> str | None:
    """The markup a JSX/TSX module returns, as HTML with the file's line ends, or None for any other text."""
    if not _IMPORT.search(text[:_OPENING]) or (opened := _RETURN.search(text)) is None:
        return None
    start = opened.end()
    end = _closing(text, start)
    markup = _expressions(text[start:end])
    return _blank(text[:start]) + _CLASS_NAME.sub("class=", markup) + _blank(text[end:])


def holds_jsx_page(text: str) -> bool:
    """Whether `text` (a file's opening will do) is a JSX/TSX module returning a page's markup (`<p>`, `<table>`, …).

    Detection sees a file's opening only, where a page's first times may not be yet (Check4facts 2022's first is
    on line 58, under its heading, links and picture): a module whose markup is HTML is a page to read so.
    """
    if not _IMPORT.search(text[:_OPENING]) or (opened := _RETURN.search(text)) is None:
        return False
    return len(_PAGE_TAGS.findall(text, opened.end())) >= _FEWEST_TAGS


def _closing(text: str, start: int) -> int:
    """Where the returned markup ends: at the first line that is only the `);` closing the `return (`.

    Parentheses in the markup's text ("(ΕΛ.ΙΔ.Ε.Κ.)") are the page's words, so they are not counted.
    """
    found = _CLOSING.search(text, start)
    return found.start() if found is not None else len(text)


def _expressions(markup: str) -> str:
    """The markup with each `{…}` replaced: a string by its text, an attribute's by `""`, any other by nothing."""
    pieces: list[str] = []
    at = 0
    while (opened := markup.find("{", at)) >= 0:
        closed = _matching(markup, opened)
        pieces.append(markup[at:opened])
        expression = markup[opened:closed]
        literal = _STRING.match(expression)
        if markup[opened - 1 : opened] == "=":
            pieces.append('""')
        elif literal is not None:
            pieces.append(literal[1] if literal[1] is not None else literal[2])
        pieces.append("\n" * expression.count("\n"))
        at = closed
    pieces.append(markup[at:])
    return "".join(pieces)


def _matching(markup: str, opened: int) -> int:
    """Just after the `}` that closes the brace at `opened` (strings inside skipped), or the markup's end."""
    depth = 0
    quote: str | None = None
    for index in range(opened, len(markup)):
        character = markup[index]
        if quote is not None:
            quote = None if character == quote and markup[index - 1] != "\\" else quote
        elif character in "'\"`":
            quote = character
        elif character == "{":
            depth += 1
        elif character == "}":
            depth -= 1
            if depth == 0:
                return index + 1
    return len(markup)


def _blank(code: str) -> str:
    """The code's line ends only: lines still count from the file's first."""
    return "\n" * code.count("\n")
