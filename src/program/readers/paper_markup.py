"""A paper list line's HTML inline markup, made what `paper_lines` reads: bold as emphasis, markers glued.

ML for Systems 2019 writes `<p><a href=…><b>Title</b></a>. A, B<span class="equal_contribution">*</span>,
and C.</p>`: the bold is the title (as `**Title**` would be), the marker belongs to the name
before it, and the page's footnote `<span class="footnote">* Equal Contribution</span>`
explains the marker: it is no paper and no author (a blank line).
"""

from __future__ import annotations

import re

_BOLD = re.compile(r"<(?P<tag>b|strong)(?:\s[^<>]*)?>(?P<text>[^<>]*\S[^<>]*)</(?P=tag)\s*>", re.IGNORECASE)
_MARKER = re.compile(r"\s*<(?P<tag>span|sup)(?:\s[^<>]*)?>\s*(?P<mark>[*†‡§¶#]+|\d)\s*</(?P=tag)\s*>")
_FOOTNOTE = re.compile(
    r"^\s*(?:<[^<>]+>\s*)*[*†‡§¶]+\s*(?:equal(?:ly)?\s+contribut\w*|corresponding\s+authors?|joint\s+first\s+authors?)"
    r"\W*(?:<[^<>]+>\s*)*$",
    re.IGNORECASE,
)

_ANCHOR_TAIL = re.compile(r"<a\s[^<>]*href=[^<>]*>(?P<text>[^<>*_]*)</a\s*>\s*$", re.IGNORECASE)
"""A link that ends the line, after plain text: "1. Mroueh, Y. <a href=…>Title</a>" (OTML 2023)."""
_MARKUP = re.compile(r"[<>*_]")


def inline_markup(raw: str) -> str:
    """`raw` with HTML bold as Markdown bold and a name's marker glued to it; a footnote line blank.

    >>> inline_markup('<p><a href="x.pdf"><b>Learning to Fuse</b></a>. A Li<span class="e">*</span>, and B Wu.</p>')
    '<p><a href="x.pdf">**Learning to Fuse**</a>. A Li*, and B Wu.</p>'
    >>> inline_markup('1. Mroueh, Y. <a href="https://openreview.net/forum?id=Z">Towards a Theory</a>')
    '1. Mroueh, Y. <a href="https://openreview.net/forum?id=Z">**Towards a Theory**</a>'
    >>> inline_markup('<span class="footnote">* Equal Contribution</span><br/>')
    ''
    """
    if _FOOTNOTE.match(raw):
        return ""
    if (anchored := _trailing_anchor(raw)) is not None:  # the link sets the title apart, as bold would
        raw = f"{raw[: anchored.start('text')]}**{anchored['text'].strip()}**{raw[anchored.end('text') :]}"
    return _MARKER.sub(lambda found: found["mark"], _BOLD.sub(lambda found: f"**{found['text'].strip()}**", raw))


def _trailing_anchor(raw: str) -> re.Match[str] | None:
    """The link ending a line of plain text, found from its last `<a`, or None.

    Not one pattern over the whole line: that backtracked for minutes on a long line without a link (the fuzz test's).
    """
    at = raw.lower().rfind("<a")
    if at < 0:
        return None
    before, anchored = raw[:at], _ANCHOR_TAIL.match(raw, at)
    if anchored is None or not anchored["text"].strip() or not before.strip() or _MARKUP.search(before):
        return None
    return anchored
