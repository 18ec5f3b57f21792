"""The text a static site's YAML value shows: HTML tags and entities as the page renders them, links apart."""

from __future__ import annotations

import re

from program.model.text import collapse_space
from program.readers.lines.markup import unescaped

TAG = re.compile(r"<[^>]*>")
HREF = re.compile(r"<a\s[^>]*href=[\"']([^\"']+)[\"'][^>]*>(.*?)</a>", re.IGNORECASE | re.DOTALL)
"""A link: its address and its text."""
_JOINED_TAG = re.compile(r"</?(?:sup|sub)\b[^>]*>", re.IGNORECASE)
"""A superscript or subscript is part of its word ("7<sup>e</sup> Idillio": "7e"), where other tags part words."""
_MARKDOWN_LINK = re.compile(r"\[(?P<text>[^\[\]\n]+)\]\((?P<url>[^()\s]+)\)")
_MARKDOWN_EMPHASIS = re.compile(
    r"(?<![*\w])(?P<mark>\*\*|\*)(?=\S)(?P<star>[^*\n]+?)(?<=\S)(?P=mark)(?![*\w])"
    r"|(?<![_\w])(?P<line>__|_)(?=\S)(?P<under>[^_\n]+?)(?<=\S)(?P=line)(?![_\w])"
)


def plain_text(text: str, *, links: bool = True) -> str:
    """HTML a site puts in a title ("<b>Keynote</b>") as the text it shows, entities unescaped.

    `links=False` leaves out the text of links ("… <a href=…>Slides</a>"), which become the item's links.
    """
    # a link after the title's text ("… <a>Slides</a>") is a link, not title; a linked title stays, and so does
    # every link of a title whose words run on after one ("mit <a>Christel Franz</a> und <a>…</a>": Coding da Vinci)
    if not links and not any(TAG.sub("", text[link.end() :]).strip() for link in HREF.finditer(text)):
        text = HREF.sub(lambda link: " " if TAG.sub("", text[: link.start()]).strip() else link[0], text)
    if "<" not in text and "&" not in text:
        return collapse_space(text)
    return collapse_space(unescaped(TAG.sub(" ", _JOINED_TAG.sub("", text))))


def markdown_text(text: str) -> str:
    """A value's inline Markdown as the text it shows: a site renders it (Hugo's `{{ .subject | markdownify }}`).

    >>> markdown_text("Un decennio del progetto *Antologia greca*"), markdown_text("[Ekdosis](http://e.org/) e TeX")
    ('Un decennio del progetto Antologia greca', 'Ekdosis e TeX')
    >>> markdown_text("snake_case_name and 2*3*4")
    'snake_case_name and 2*3*4'
    """
    if "*" not in text and "_" not in text and "](" not in text:
        return text
    text = _MARKDOWN_LINK.sub(lambda found: found["text"], text)
    return _MARKDOWN_EMPHASIS.sub(lambda found: found["star"] or found["under"], text)
