"""A line of a page as text: the markup a copy or a Markdown source leaves in it taken out.

Schedules reach us as text copied from a page, or as the Markdown or HTML-ish source of a
site (``**09:00 - 09:30**: Welcome<br>``, ``[Panel](speakers#panel)``, ``@**Ada Lovelace**``,
``<span style=…>09:00</span>``). `clean` keeps the words, the links' addresses and the people
a mention names, and says what kind of line it was (a heading, a list item).
"""

from __future__ import annotations

import csv
import html
import re
import unicodedata

import attrs

from program.readers.lines.rooms import room_after_break
from program.readers.notation.leading import leading_span, trailing_span

_TAG = re.compile(r"<\s*(?P<close>/)?\s*(?P<name>[a-zA-Z][\w-]*)[^<>]*?/?>")
_BREAKS = frozenset({"br", "p", "div", "li", "tr", "td", "th"})
_COMMENT = re.compile(r"<!--.*?(?:-->|$)")
MARKDOWN_LINK = re.compile(
    r"!?\[(?P<text>[^\[\]]*)\]\((?P<url>\s*\{\{[^{}]*\}\}[^()\s]*|[^()\s]*(?:\([^()\s]*\)[^()\s]*)*)(?:\s+\"[^\"]*\")?\)"
)
"""A Markdown link; its address may open with a Jekyll template (`( {{ site.baseurl }}/keynote)`, DH2019)."""
_CODE = re.compile(r"`(?P<text>[^`]+)`")
"""Inline code (``library_search``): its words stay, the backticks go."""
_MENTION = re.compile(r"@\*\*(?P<name>[^*]+?)\*\*")
_LINKED_SPEAKER = re.compile(
    r"[^:\[\]]{3,30}:\s*(?P<link>\[\*\*(?P<name>[A-Z][\w.'-]*(?:\s+[A-Z][\w.'-]*){1,3})\*\*\]\((?P<url>[^()\s]*)\)\s*)(?=[\"“\w])"
)
"""A speaker's bold name as a link between a label's colon and the title: "Keynote: [**Name**](/keynotes) Title"."""
EMPHASIS = re.compile(r"(?<![\w*])(\*{1,3}|_{1,3})(?=\S)(?P<text>.+?)(?<=\S)\1(?![\w*])")
_HEADING = re.compile(r"^(?P<marks>#{1,6})(?:\s+|(?<=##)(?=[^\W\d_]))")
"""A Markdown heading; two or more marks may touch its first letter ("##Miércoles 20 de Mayo del 2015", SciPy LA
2015: the renderers of its day read it as a heading). One mark before a word is as often a hashtag."""
_BULLET = re.compile(r"^(?:[-*+•·]|\d{1,3}[.)])\s+")
_BRACKETED = re.compile(r"^\[(?P<time>[^\[\]]{1,30})\]")
"""A time written in square brackets before the title: "- [9:00am-10:00am] **Keynote Talk**: …" (AAAI-25 DC)."""
_TRAILING_MARKS = re.compile(r"\s*(?:\\+|  )$")
"""A Markdown hard break ending a line: two spaces, or backslashes (kramdown's doubled one, EDI 2019)."""
_ATTRIBUTES = re.compile(r"\{:\s*[^{}]*\}")
"""Kramdown's attribute lists ("**Start**{: .h5}", "{: .table}"): styling, no words."""
_SHORTCODE = re.compile(
    r"\{\{[<%]\s*/?\s*[\w./-]+(?:[^{}]*?\btitle\s*=\s*(?P<q>[\"'])(?P<title>[^\"']*)(?P=q))?[^{}]*?[>%]\}\}"
)
"""A Hugo shortcode (`{{< accordion title="Tirsdag 3. desember - Digdir DevOpsDagar">}}`, `{{< /accordion >}}`,
DevOpsDagar 2024): the title it shows is its words (a day's heading there), the rest no words of the page."""
_PAST_UNICODE = re.compile(r"&#(?:[xX]0*[0-9a-fA-F]{7,}|0*[0-9]{8,});?")
"""A numeric character reference past U+10FFFF by its length alone (seven hex digits, eight decimal)."""


_MATERIAL = r"\[(?P<text>[^\[\]]*?\S)\s+slides\s*(?:\((?:pdf|pptx?)\))?\]\((?P<url>[^()\s]*)\)"
_MATERIAL_BEFORE = re.compile(_MATERIAL + r"\s*<br\s*/?>\s*", re.IGNORECASE)
_MATERIAL_AFTER = re.compile(r"\s*<br\s*/?>\s*" + _MATERIAL, re.IGNORECASE)
_MATERIAL_ALONE = re.compile(_MATERIAL, re.IGNORECASE)
_SLIDES_LINK = re.compile(
    r"\s*(?:--|[-–—|])?\s*\[(?:link\s+to\s+(?:the\s+)?)?slides\]\((?P<url>[^()\s]*)\)", re.IGNORECASE
)
"""A link that only says it is the slides ("-- [Link to slides](…)"), after a title."""

_TAGGED_LINK = re.compile(r"\[\[(?P<text>[^\[\]]*)\]\]\((?P<url>[^()\s]*)\)")
"""A link whose words show in square brackets, `[[présentation]](…/x.pdf)` (SimpleText 2021): a link all the same."""
_TAGGED_LINK_AFTER = re.compile(r"(?<=\S)\s*\[\[(?P<text>[^\[\]]*)\]\]\((?P<url>[^()\s]*)\)")
"""Such a link after the title or speaker it follows: the slot's material (its slides), none of its words."""
_ICON_LINK_AFTER = re.compile(
    r"(?<=[\w*_)])\s+\[(?P<text>[\U0001F000-\U0001FAFF\u2600-\u27BF]\uFE0F?\s*[^\W\d_]{1,12})\]\((?P<url>[^()\s]*)\)"
)
"""A link after a title whose words are an icon and a word ("[📂 Modul](…/warisan.md)", JKR 2025: the session's
material): the title's material, its words no part of the title."""


def without_slides(raw: str) -> str:
    """A line with its links to slides ("[Workshop Intro Slides (pdf)](…)") kept as links, their words dropped.

    Beside a part of their cell (``<br>``) they are the slot's material; alone, their words
    before "Slides" are the slot's title ("[Introduction to Pathway Analysis Slides (pdf)](…)").

    >>> without_slides("| 12:00 PM | Welcome <br> [Workshop Intro Slides (pdf)](a.pdf) |")
    '| 12:00 PM | Welcome [](a.pdf) |'
    >>> without_slides("| 12:00 PM | [Introduction to Pathway Analysis Slides (pdf)](b.pdf) |")
    '| 12:00 PM | [Introduction to Pathway Analysis](b.pdf) |'
    >>> without_slides("| **[On Engines](a)** -- [Link to slides](c.pdf) |")
    '| **[On Engines](a)** [](c.pdf) |'
    >>> without_slides("| 🟦 **Slot 1: Warisan** [📂 Modul](w.md)| Ada |")
    '| 🟦 **Slot 1: Warisan** [](w.md)| Ada |'
    >>> without_slides('* 9h30 : **Ada** : "On Engines" [[présentation]](https://x.ly/6)')
    '* 9h30 : **Ada** : "On Engines" [](https://x.ly/6)'
    """
    raw = _ICON_LINK_AFTER.sub(lambda found: f" []({found['url']})", raw)
    raw = _TAGGED_LINK_AFTER.sub(lambda found: f" []({found['url']})", raw)
    if "slides" not in raw.casefold():
        return raw
    raw = _SLIDES_LINK.sub(lambda found: f" []({found['url']})", raw)
    raw = _MATERIAL_BEFORE.sub(lambda found: f"[]({found['url']}) ", raw)
    raw = _MATERIAL_AFTER.sub(lambda found: f" []({found['url']})", raw)
    return _MATERIAL_ALONE.sub(lambda found: f"[{found['text']}]({found['url']})", raw)


def unescaped(text: str) -> str:
    """`text` with its HTML character references replaced, as html.unescape does.

    A reference past U+10FFFF becomes U+FFFD, as there; but html.unescape converts the digits
    first, and 4,301 of them raise ValueError (Python's limit): such a one is replaced here.

    >>> unescaped("Ada &amp; Bob&#33;"), unescaped("&#" + "9" * 5000 + ";x")
    ('Ada & Bob!', '\ufffdx')
    """
    return html.unescape(_PAST_UNICODE.sub("\ufffd", text) if "&#" in text else text)


@attrs.frozen
class CleanLine:
    """A line's text without markup.

    Attributes:
        text: the words, white space collapsed.
        links: the addresses of the links in it, in order.
        mentions: the people it mentions by ``@**Name**``.
        heading: the Markdown heading level (1 to 6), or 0.
        bullet: whether it was a list item.
        linked: the texts of its links, in order (a title that is one link keeps a colon as its own).
    """

    text: str
    links: tuple[str, ...] = ()
    mentions: tuple[str, ...] = ()
    heading: int = 0
    bullet: bool = False
    linked: tuple[str, ...] = ()


def clean(raw: str) -> CleanLine:
    """Return the text of a line of a copied page or Markdown source.

    >>> clean("**09:00 - 09:30**: Welcome by the organizers<br>").text
    '09:00 - 09:30: Welcome by the organizers'
    >>> clean("| 15:50 -- 16:45 | [Panel](speakers#panel) |").links
    ('speakers#panel',)
    >>> clean('{{< accordion title="Tirsdag 3. desember - Digdir">}}').text, clean("{{< /accordion >}}").text
    ('Tirsdag 3. desember - Digdir', '')
    """
    text = _ATTRIBUTES.sub("", _COMMENT.sub(" ", csv_cell(raw).replace("\xa0", " ")))
    text = _SHORTCODE.sub(lambda found: found["title"] or "", text)  # '{{< accordion title="Tirsdag 3. desember">}}'
    text = room_after_break(text)  # "Palestra 1<br>Auditório principal" (WBMM 2023): the room in brackets
    text = _TAG.sub(lambda tag: " " if tag["name"].lower() in _BREAKS else "", text)
    links: list[str] = []
    linked: list[str] = []
    mentions = tuple(" ".join(found["name"].split()) for found in _MENTION.finditer(text))
    text = _MENTION.sub(lambda found: found["name"], text)
    if (named := _LINKED_SPEAKER.search(text)) is not None:  # "Keynote: [**Leszek Swirski**](…) Title" (ICCSW)
        mentions += (" ".join(named["name"].split()),)
        text = text[: named.start("link")] + text[named.end("link") :]
        links.append(named["url"])

    def _link(found: re.Match[str]) -> str:
        if found["url"]:
            links.append(found["url"])
            linked.append(" ".join(unemphasised(found["text"]).split()))
        return found["text"]

    text = _TAGGED_LINK.sub(lambda found: f"[{found['text']}]({found['url']})", text)  # "[[slides]](…)" alone
    text = _CODE.sub(lambda found: found["text"], MARKDOWN_LINK.sub(_link, text))
    text = unemphasised(text)
    text = unescaped(_TRAILING_MARKS.sub("", text.rstrip())).replace("\\*", "*").replace("\\_", "_")
    stripped = text.strip()
    heading = _HEADING.match(stripped)
    level = len(heading["marks"]) if heading else 0
    stripped = stripped[heading.end() :] if heading else stripped
    bullet = _BULLET.match(stripped)
    stripped = stripped[bullet.end() :] if bullet else stripped
    stripped = _unbracketed_time(stripped)
    stripped = trailing_span(stripped) or stripped
    return CleanLine(" ".join(stripped.split()), tuple(links), mentions, level, bool(bullet), tuple(linked))


def _unbracketed_time(text: str) -> str:
    """The text with a bracketed time that opens it unbracketed; as it is when the brackets hold anything else."""
    bracketed = _BRACKETED.match(text)
    if bracketed is None or (found := leading_span(bracketed["time"])) is None or found.rest:
        return text
    return bracketed["time"] + text[bracketed.end() :]


_WRAPPED = re.compile(r"^(?:#{1,6}\s+)?(?P<mark>\*\*|__)(?=\S)(?:(?!(?P=mark)).)+(?<=\S)(?P=mark)$")


def wholly_emphasised(raw: str) -> bool:
    r"""Whether a line (a heading's perhaps) is one bold span, a tab in it spacing words: no row of tab-separated cells.

    A programme typed in a word processor and pasted into Markdown (an ENT course in Kyiv, 2019)
    keeps the tab between a time and its title inside the bold, ``**8:00-9:00\tРеєстрація**``, and
    between a heading's marks and its bold date, ``# \t**21 Листопада**``.

    >>> wholly_emphasised("**8:00-9:00\tRegistration** "), wholly_emphasised("# \t**21 May**")
    (True, True)
    >>> wholly_emphasised("**8:00**\tRegistration")
    False
    """
    return _WRAPPED.match(raw.strip()) is not None


def csv_cell(raw: str) -> str:
    """A line that is one CSV cell, quoted as the csv module quotes a cell holding a comma or a quote: its text.

    A programme copied into a one-column CSV (EDTM 2025) quotes its author and venue lines.

    >>> csv_cell('"Michael Waltl, TU Wien, Germany"'), csv_cell('"On Engines"')
    ('Michael Waltl, TU Wien, Germany', '"On Engines"')
    """
    text = raw.strip()
    if len(text) < 2 or text[0] != '"' or text[-1] != '"':
        return raw
    cells = next(csv.reader([text]))
    return cells[0] if len(cells) == 1 and ("," in cells[0] or '"' in cells[0]) else raw


def unemphasised(text: str) -> str:
    """`text` without Markdown emphasis, inside emphasis too ("***x***", "**[*x*](u)**")."""
    previous = None
    while previous != text:
        previous, text = text, EMPHASIS.sub(lambda found: found["text"], text)
    return text


def without_icons(text: str, *, leading: bool = False) -> str:
    """`text` without the icons after it ("Coffee break 🏰", "Closing remarks 🎥"), and before it if `leading`.

    Icons are symbols (emoji, their variation selectors and joiners), never words.

    >>> without_icons("Coffee break 🏰"), without_icons("🎥 Invited talk 🎥", leading=True)
    ('Coffee break', 'Invited talk')
    """
    start, end = 0, len(text)
    while leading and start < end and _icon(text[start]):
        start += 1
    while end > start and _icon(text[end - 1]):
        end -= 1
    return text[start:end].strip()


def _icon(char: str) -> bool:
    return char.isspace() or unicodedata.category(char) in ("So", "Sk", "Mn", "Cf")
