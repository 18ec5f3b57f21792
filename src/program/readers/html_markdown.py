"""Markdown inside the HTML elements that ask for it (kramdown's `markdown="span"`), rendered before parsing.

A Jekyll page writes `<td markdown="span">**Keynote**<br/>[Dr. Name -- Title](/egnor)</td>` (BAFA 2017):
kramdown turns such an element's Markdown into HTML when it builds the site, and the page's source keeps
it as text. Bold, italics and links are rendered; the line count stays as written (places stay right).
"""

from __future__ import annotations

import re

_MARKED = re.compile(
    r"(?P<open><(?P<tag>[a-z][a-z0-9]*)\b[^>]*\bmarkdown\s*=\s*[\"']?(?:span|1|block)[\"']?[^>]*>)"
    r"(?P<body>.{0,4000}?)(?P<close></(?P=tag)\s*>)",  # a cell's length at most: no scan to the end per tag
    re.IGNORECASE | re.DOTALL,
)
_BOLD = re.compile(r"\*\*(?P<star>[^*\n]+?)\*\*|__(?P<line>[^_\n]+?)__")
_ITALIC = re.compile(r"(?<![*\w])\*(?P<star>[^*\n]+?)\*(?![*\w])|(?<![_\w])_(?P<line>[^_\n]+?)_(?![_\w])")
_LINK = re.compile(r"\[(?P<text>[^\[\]\n]+)\]\((?P<url>[^()\s]+)\)")


def markdown_spans(text: str) -> str:
    """`text` with the Markdown of its `markdown="span"` (or "1", "block") elements written as HTML.

    >>> markdown_spans('<td markdown="span">**Keynote**<br/>[Ada -- On Engines](/ada)</td>')
    '<td markdown="span"><strong>Keynote</strong><br/><a href="/ada">Ada -- On Engines</a></td>'
    >>> markdown_spans("<td>**as written**</td>")
    '<td>**as written**</td>'
    """
    return _MARKED.sub(lambda found: found["open"] + _inline(found["body"]) + found["close"], text)


def _inline(body: str) -> str:
    body = _LINK.sub(lambda found: f'<a href="{found["url"]}">{found["text"]}</a>', body)
    body = _BOLD.sub(lambda found: f"<strong>{found['star'] or found['line']}</strong>", body)
    return _ITALIC.sub(lambda found: f"<em>{found['star'] or found['line']}</em>", body)
