"""The text a static site's YAML value shows: HTML tags and entities as the page renders them, links apart."""

from __future__ import annotations

import re

from program.model.text import collapse_space
from program.readers.lines.markup import unescaped

TAG = re.compile(r"<[^>]*>")
HREF = re.compile(r"<a\s[^>]*href=[\"']([^\"']+)[\"'][^>]*>(.*?)</a>", re.IGNORECASE | re.DOTALL)
"""A link: its address and its text."""


def plain_text(text: str, *, links: bool = True) -> str:
    """HTML a site puts in a title ("<b>Keynote</b>") as the text it shows, entities unescaped.

    `links=False` leaves out the text of links ("… <a href=…>Slides</a>"), which become the item's links.
    """
    # a link after the title's text ("… <a>Slides</a>") is a link, not title; a linked title stays, and so does
    # every link of a title whose words run on after one ("mit <a>Christel Franz</a> und <a>…</a>": Coding da Vinci)
    if not links and not any(TAG.sub("", text[link.end() :]).strip() for link in HREF.finditer(text)):
        text = HREF.sub(lambda link: " " if TAG.sub("", text[: link.start()]).strip() else link[0], text)
    return collapse_space(unescaped(TAG.sub(" ", text))) if "<" in text or "&" in text else collapse_space(text)
