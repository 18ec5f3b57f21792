r"""A paper list that pandoc converted to Markdown from a saved wiki or CMS page.

PEPM 2008's accepted papers (a TWiki page, converted for program-transformation.github.io)
keep the page's layout as fenced divs (``::: {.twikiLeftBar}`` … ``:::``): the wiki's menus
are bullet lists of links inside divs named as menus and bars, and the list of papers is in
``::: {.twikiTopic}``. Pandoc wraps every paragraph at 72 columns, a list item's lines below
its first indented to its text::

    -   Jakob Puchinger and Peter Stuckey. Automating Branch-and-Bound for
        Dynamic Programs

Such an item is one entry, its lines joined (in a page with divs, so is a paragraph: "… at the
workshop" over "(in no particular order):" is no section's heading); the menus' divs are no part of
the list; the divs' fences and pandoc's attributes (``{.twikiLink}``, ``{#accepted-papers
.twikiTopicTitle}``) are markup, a heading underlined (``===``) is a heading, and ``O\'Leary`` is
Markdown's escape of O'Leary. Every line keeps its number.
"""

from __future__ import annotations

import re

_FENCE_OPENS = re.compile(r"^\s*:{3,}\s*(?P<attributes>\{.*\}|[\w-]+)\s*$")
_FENCE_CLOSES = re.compile(r"^\s*:{3,}\s*$")
_MENU = re.compile(r"menu|nav|bar|footer|header|breadcrumb", re.IGNORECASE)
"""A div's class or id that names a page's menus and bars (`.twikiLeftBar`, `.flexMenu`, `.toolBar`)."""
_ATTRIBUTES = re.compile(r"\{(?:\s*[#.][\w-]+)+\s*\}")
_EMPTY_SPAN = re.compile(r"^\s*(?:\[\]|\\)\s*$")
"""A line that is only an empty span (`[]{#TopicEnd}`, its attribute taken out) or a hard break's backslash."""
_ESCAPED = re.compile(r"\\(['\"]|\.\.\.)")
"""Markdown's escapes pandoc writes in prose: ``O\'Leary``, ``\\...``."""
_SEEN = 2000
"""How much of a page's opening shows whether its layout is in fenced divs."""
_ITEM = re.compile(r"^(?:[-*+]|\d{1,3}[.)])\s+")
_COLUMNS = 72
"""The width pandoc wraps its Markdown at (its `--columns` default): a line is wrapped when the next word would
pass it."""
_UNDERLINE = re.compile(r"^\s*(?:={3,}|-{3,})\s*$")
_BLOCK = re.compile(r"^\s*(?:#|>|\||<|```)")


def pandoc_lines(raws: list[str]) -> list[str]:
    """The lines with the menus' divs, the fences and the attributes blanked, and each wrapped list item joined."""
    fenced = any(_FENCE_OPENS.match(raw) for raw in raws)
    if fenced:
        raws = _without_menus(raws)
        raws = ["" if _EMPTY_SPAN.match(text := _ATTRIBUTES.sub("", raw)) else text for raw in raws]
        raws = _underlined_headings(raws)
    return _joined_items([_ESCAPED.sub(r"\1", raw) if "\\" in raw else raw for raw in raws], paragraphs=fenced)


def _underlined_headings(raws: list[str]) -> list[str]:
    """Each heading pandoc writes underlined (``Accepted Papers`` over ``====``) as a ``#`` heading, its rule gone."""
    for index in range(len(raws) - 1):
        if raws[index].strip() and not _ITEM.match(raws[index]) and _UNDERLINE.match(raws[index + 1]):
            raws[index], raws[index + 1] = f"# {raws[index].strip()}", ""
    return raws


def without_menus(text: str) -> str:
    """The text of a page of fenced divs with its menus' divs and its fences blanked (lines keep their numbers).

    Detection looks at a list's opening: a wiki's menus come first (PEPM 2008: 115 lines of them).
    """
    if not any(_FENCE_OPENS.match(raw) for raw in text[:_SEEN].split("\n")):
        return text
    return "\n".join(_without_menus(text.split("\n")))


def _without_menus(raws: list[str]) -> list[str]:
    """The lines with every fence blanked, and every line inside a div named as a menu or a bar."""
    kept: list[str] = []
    opened: list[bool] = []  # for each div open, whether it is a menu's (or inside one)
    for raw in raws:
        if (fence := _FENCE_OPENS.match(raw)) is not None:
            opened.append(bool(opened and opened[-1]) or _MENU.search(fence["attributes"]) is not None)
            kept.append("")
        elif _FENCE_CLOSES.match(raw):
            if opened:
                opened.pop()
            kept.append("")
        else:
            kept.append("" if opened and opened[-1] else raw)
    return kept


def _joined_items(raws: list[str], *, paragraphs: bool) -> list[str]:
    """Each list item (and paragraph) wrapped at pandoc's width joined into its first line; those joined left blank.

    A line below an item is the item's when it is indented to the item's text and its first word
    would not have fitted on the line above: a title line then an author line (``-   **Title**``
    over ``    A, B``) stays two lines.
    """
    for index, raw in enumerate(raws):
        item = _ITEM.match(raw)
        if item is None and (not paragraphs or not raw.strip() or _BLOCK.match(raw)):
            continue
        column, above = (item.end() if item else len(raw) - len(raw.lstrip())), raw
        for following in range(index + 1, len(raws)):
            line = raws[following]
            words = line.split()
            if (
                not words
                or len(line) - len(line.lstrip()) != column
                or _ITEM.match(line.lstrip())
                or _BLOCK.match(line)
            ):
                break
            if above.endswith("\\") or len(above.rstrip()) + 1 + len(words[0]) <= _COLUMNS:
                break  # a break the writer made: the line would have fitted
            above = line
            raws[index] = f"{raws[index].rstrip()} {line.strip()}"
            raws[following] = ""
    return raws
