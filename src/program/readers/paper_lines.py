r"""The lines of an accepted-paper list copied from a page or a site's Markdown source.

A list gives each paper as a title and its authors, in one of a few shapes (all real):

- a title line, then an author line, then perhaps an abstract::

      **Learning to Compose Visual Relations** \\[[paper](…)\\]\\
      Nan Liu, Shuang Li, Yilun Du, Joshua B. Tenenbaum, Antonio Torralba

- one line with both, told apart by emphasis, quotes or a separator::

      - **Title**. Ada Lovelace, Charles Babbage           (title first, bold)
      * Ada Lovelace and Charles Babbage. *Title*.         (authors first, italic)
      1. **Title** - Ada Lovelace, Charles Babbage         (numbered, after a dash)
      - Ada Lovelace and Charles Babbage. Title.           (authors first, plain)

Each line becomes a `PaperLine`: its text without markup, the parts emphasis or quotes set apart, and the links
it holds. Which part holds the authors is decided by the shape of names (`is_author_list`); where both readings
fit ("Shallowly Embedded Functions" reads as a name), the order the rest of the list uses decides (`Order`).
"""

from __future__ import annotations

import bisect
import re
from enum import Enum

import attrs

from program.model import Link
from program.readers.base import FRONT_MATTER
from program.readers.lines.markup import EMPHASIS, MARKDOWN_LINK, unemphasised, unescaped
from program.readers.lines.quoted import whole_quoted
from program.readers.paper_blocks import abstract_blocks, is_navigation, link_row, paper_link, unwrapped
from program.readers.paper_markup import inline_markup
from program.readers.paper_pandoc import pandoc_lines
from program.readers.paper_records import split_authors
from program.readers.paper_submissions import affiliated_list, names_the_list, submission_number
from program.readers.title_authors import NAME_PARTICLES

_COMMENT = re.compile(r"<!--.*?-->", re.DOTALL)
_HEAD = re.compile(r"<head>.*?</head>", re.DOTALL | re.IGNORECASE)
_HTML_HEADING = re.compile(r"^\s*<h[1-6][^>]*>(?P<text>.*?)</h[1-6]>\s*$", re.IGNORECASE)
HREF = re.compile(r"""<a\s[^>]*href=["'](?P<url>[^"']+)["'][^>]*>""", re.IGNORECASE)
"""A link's opening tag and its address (`url`)."""
_TAG = re.compile(r"</?[a-zA-Z][^<>]*>")
_LINK_GROUP = re.compile(r"\\?\[\s*\[(?P<text>[^\[\]]*)\]\((?P<url>[^()]*(?:\([^()]*\)[^()]*)*)\)\s*\\?\]")
"""A bracketed link after a title, ``\\[[paper](x.pdf)\\]``: the paper's link, not its title."""
_QUOTED = re.compile(r"[\"“](?P<text>[^\"“”]{3,})[\"”]")
_HEADING = re.compile(r"^#{1,6}\s+(?P<text>.*)$")
_RULE = re.compile(r"^([-*_])(?:\s*\1){2,}$")
"""A Markdown rule between sections (`___` around STIL 2019's `### Oral Papers`): no text of the list."""
_BULLET = re.compile(r"^(?:[-+•]\s*(?=\S)|\*\s+|\*(?=[^*]*$)|(?P<number>\d{1,4})[.)]\s+)")
"""A list mark: "- ", "* ", "1. ", or a "*" with no closing one on the line ("*Ada Lovelace. _Title_")."""
_NUMBERED_TITLE = re.compile(r"^(?P<number>\d{1,4})[.)]\s+")
_SEPARATORS = re.compile(r"\s+[-–—]\s+|\s+[-–—](?=[^\W\d_])|\t+|(?<=[^\s.])\.\s+|(?<=[a-z])\.(?=[A-Z][a-z])")
"""Between a title and its authors: " - ", " -" before a word ("… Techniques -Giselle Goiz", PICom 2024), a tab,
a full stop before a space, or one glued to a capitalised word ("… Cognitive Models.Jesse English", ACS 2020)."""
_STRAY = " \t.,;:-–—\\"
_HYPHENS = ("-", "\u2010", "\u2011")
"""A hyphen, as ASCII or as the Unicode hyphen and non-breaking hyphen that word processors write."""
_STRAY_RUN = re.compile(f"[\\s{re.escape(_STRAY)}]+")
"""A run of the characters separators are made of, which the cuts strip."""
_MAX_CUTS = 24
"""Separator cuts tried on one line; the most a line of the test data has is 15 (an abstract's sentences)."""
_NOTE = re.compile(r"^\(?(?P<text>[^()]{1,40})\)?$")
_TITLE_WORDS = frozenset({
    "a", "an", "the", "of", "for", "in", "on", "at", "to", "with", "via", "from", "by", "and", "or", "is",
    "are", "be", "as", "into", "using", "towards", "toward", "beyond", "what", "how", "why", "when", "does",
    "do", "can", "we", "our", "your", "its", "not", "vs", "versus", "through", "without", "under", "over",
})  # fmt: skip
"""Words a title has and a name has not, written in lower case ("Learning *to* Compose")."""
_CAPITAL_TITLE_WORDS = frozenset({
    "the", "of", "for", "with", "to", "towards", "toward", "via", "using", "how", "what", "why", "when",
    "does", "is", "are", "from", "into", "and", "beyond", "through", "without",
})  # fmt: skip
"""Title words that a title capitalises and no name has ("*The* Ubuntu Dialogue Corpus"); not "On", "An", "Do",
which are names too ("Siu On", "Canh Minh Do"), nor "Can" ("Can Alkan", APBC 2018: a question ends with "?")."""
_HYPHENATED_INITIALS = re.compile(r"(?:[^\W\d_][-\u2010\u2011]\.?)+[^\W\d_]")
"""Initials of a hyphenated given name: "Y‐H" (Y‐H. Taguchi), "J.-P"."""
_ABBREVIATIONS = frozenset({"Dr", "Md", "Mr", "Mrs", "Ms", "Prof", "St", "Jr", "Sr", "Kr", "Mohd", "Wm"})
"""Short forms a name holds before a full stop ("Shikhar Kr. Sarma": GWC 2025), no sentence's end."""
_MAX_SECTION_WORDS = 6
_MAX_NAME_WORDS = 7
_LONGEST_TITLE = 25
"""Words; a line with more is an abstract's."""
_SHORTEST_ABSTRACT = 12
"""Words; a sentence at least this long after a paper is its abstract."""
_LONGEST_READ_TITLE = 40
"""Words; a part of a line longer than this is a paragraph, never a title beside authors."""
_OPENING_WORDS = _TITLE_WORDS | {"about", "more", "this", "that", "these", "each"}
"""Lower-case words that open a wrapped sentence's next line, never a title."""


class Order(Enum):
    """Which comes first on a one-line entry."""

    TITLE_FIRST = "title first"
    AUTHORS_FIRST = "authors first"


@attrs.frozen
class PaperLine:
    """A line of a paper list.

    Attributes:
        number: the line's number in the file.
        text: the words without markup (list marks and a title's number taken off).
        parts: the line cut at its emphasis and quotes: (text, set apart) in order.
        links: the addresses of the links it holds.
        heading: whether it is a heading (a section of the list, not a paper).
        number_mark: the number a numbered list gives the line ("12." → 12), or None.
        abstract: whether markup says the line is an abstract (`paper_blocks.abstract_blocks`).
        link_row: the labelled links of a line that holds nothing else (`paper_blocks.link_row`).
        linked_title: whether the line is one link to a paper and nothing else (`paper_blocks.paper_link`).
    """

    number: int
    text: str
    parts: tuple[tuple[str, bool], ...] = ()
    links: tuple[str, ...] = ()
    heading: bool = False
    number_mark: int | None = None
    abstract: bool = False
    link_row: tuple[Link, ...] = ()
    linked_title: bool = False


@attrs.frozen
class Reading:
    """A one-line entry read: its title, its authors, and a note left beside them ("(Tool)")."""

    title: str
    authors: tuple[str, ...]
    order: Order
    note: str | None = None


def page_lines(text: str) -> list[PaperLine]:
    """The non-blank lines of a list, markup taken out, with the numbers they have in the file.

    Front matter, comments and a page's ``<head>`` are blanked (their lines keep their numbers);
    an abstract block is one line, marked.
    """
    text = text.replace("\r\n", "\n")
    for pattern in (FRONT_MATTER, _COMMENT, _HEAD):
        text = pattern.sub(lambda found: "\n" * found.group().count("\n"), text)
    text, abstracts = abstract_blocks(text)
    raws = _continued(unwrapped(pandoc_lines(text.split("\n"))))  # PEPM 2008's TWiki page by pandoc
    lines = (_line(number, raw, number in abstracts) for number, raw in enumerate(raws, start=1))
    return [line for line in lines if line.text]


def _continued(raws: list[str]) -> list[str]:
    """The lines with an item's author list wrapped onto the next line joined to the item.

    Markdown joins a line that starts no block to the list item above it (a lazy
    continuation): ``* __*Title*__, A, B, Ching‐`` then ``Fang Yu, C and D`` (APBC 2018) is
    one paper. The line is joined only when the item already reads as a title and authors,
    the line itself is an author list, and the two still read as one entry; a title line
    followed by its author line (``* **Title**`` then ``A, B``) is left as two lines. A word
    broken at a hyphen is joined without a space ("Ching‐Fang"). The joined line is left
    blank, so that every line keeps its number.
    """
    for index in range(len(raws) - 1):
        item, following = raws[index], raws[index + 1]
        if not _is_lazy_continuation(index + 1, item, following):
            continue
        broken = item.rstrip()[-2:-1].isalpha() and item.rstrip().endswith(_HYPHENS)
        raws[index] = item.rstrip() + ("" if broken else " ") + following.strip()
        raws[index + 1] = ""
    return raws


def _is_lazy_continuation(number: int, item: str, following: str) -> bool:
    """Whether `following` continues the author list of the list item `item` (see `_continued`)."""
    if not following.strip() or _BULLET.match(following.lstrip()) or not _BULLET.match(item.lstrip()):
        return False
    line, next_line = _line(number, item), _line(number + 1, following)
    if line.heading or next_line.heading or is_mixed(next_line) or not is_author_list(next_line.text):
        return False
    alone = read_one_line(line)
    joined = read_one_line(_line(number, f"{item.rstrip()} {following.strip()}"))
    return alone is not None and joined is not None and joined.title == alone.title


def _line(number: int, raw: str, abstract: bool = False) -> PaperLine:
    raw = raw.replace("\xa0", " ").strip()
    if _RULE.match(raw):
        return PaperLine(number, "")
    if abstract:
        return PaperLine(number, raw, ((raw, False),), abstract=True)
    heading = _HTML_HEADING.match(raw) or _HEADING.match(raw)
    if heading:
        return PaperLine(number, _plain(heading["text"]), heading=True)
    raw = inline_markup(raw)  # `<b>Title</b>`, `Name<span>*</span>`, a footnote (ML for Systems 2019)
    row_links = link_row(raw)
    linked_title = paper_link(raw) is not None
    links = [found["url"] for found in HREF.finditer(raw)]
    links += [found["url"] for found in _LINK_GROUP.finditer(raw) if found["url"]]
    raw = _LINK_GROUP.sub(" ", raw)
    links += [found["url"] for found in MARKDOWN_LINK.finditer(raw) if found["url"]]
    raw = _TAG.sub(" ", MARKDOWN_LINK.sub(lambda found: found["text"], raw)).strip()
    bullet = _BULLET.match(raw)
    number_mark = int(bullet["number"]) if bullet and bullet["number"] else None
    raw = raw[bullet.end() :] if bullet else raw
    submission, raw = submission_number(raw)  # EDAS's "(1571051984) Title - A; B", CMT's "**#7** *Title.* A (X)*"
    number_mark = submission or number_mark
    parts = _parts(raw)
    if parts and parts[0][1] and (numbered := _NUMBERED_TITLE.match(parts[0][0])):  # "**1. Title**"
        number_mark = int(numbered["number"])
        parts = ((parts[0][0][numbered.end() :], True), *parts[1:])
    text = " ".join(" ".join(part for part, _ in parts).split()).strip(_STRAY)
    section = raw.rstrip("*_ ").endswith(":") and len(text.split()) <= _MAX_SECTION_WORDS  # "**Long papers:**"
    section = section or (bool(parts) and all(apart for _, apart in parts) and names_the_list(text))
    return PaperLine(
        number,
        text,
        parts,
        tuple(url for url in links if url),
        heading=section,
        number_mark=number_mark,
        link_row=row_links,
        linked_title=linked_title,
    )


def _parts(raw: str) -> tuple[tuple[str, bool], ...]:
    """`raw` cut at its outermost emphasis (or, without emphasis, its quotes); markup inside taken out."""
    pattern = EMPHASIS if EMPHASIS.search(raw) else _QUOTED
    parts: list[tuple[str, bool]] = []
    position = 0
    for found in pattern.finditer(raw):
        parts.append((_plain(raw[position : found.start()]), False))
        inner = _QUOTED.fullmatch(found["text"].strip())  # *"Title"*: the quotes are the title's marks
        parts.append((_plain(inner["text"] if inner else found["text"]), True))
        position = found.end()
    parts.append((_plain(raw[position:]), False))
    return tuple((text, set_apart) for text, set_apart in parts if text.strip(_STRAY) or set_apart)


def _plain(text: str) -> str:
    text = unemphasised(text)
    for _ in range(2):  # a link around a link ("[[paper](x.pdf)](y)") keeps its text
        text = MARKDOWN_LINK.sub(lambda found: found["text"], text)
    text = unescaped(_TAG.sub(" ", text)).replace("\\", " ")
    return " ".join(text.split())


def is_author_list(text: str) -> bool:
    """Whether `text` is a list of people's names, as a list joins them.

    >>> is_author_list("Ada Lovelace, Charles Babbage and Mary Somerville")
    True
    >>> is_author_list("Learning to Compose Visual Relations"), is_author_list("SK Mainul Islam, V Manushree")
    (False, True)
    """
    text = text.strip(_STRAY)
    if (
        not text
        or text.casefold() in ("abstract", "summary")
        or any(mark in text for mark in ":?!")
        or re.search(r"\d", _unmarked(text))
    ):
        return False
    names = split_authors(text)
    return bool(names) and all(is_person_name(name) for name in names)


def _unmarked(text: str) -> str:
    """`text` without affiliation numbers ("Ada Lovelace (1,2)") or bracketed affiliations ("(Yinchuan 750021)").

    Their digits belong to the names, not to a title.
    """
    return re.sub(r"\([^()]*\)|\[[^\[\]]*\]|[⁰¹²³⁴⁵⁶⁷⁸⁹]", "", text)


def is_person_name(name: str) -> bool:
    """Whether `name` has a person's name's shape: one to six capitalised words, initials or particles."""
    name = re.sub(r"\s*\([^()]*\)$", "", name)  # an affiliation in brackets
    words = name.replace(".", ". ").split()
    if not 1 <= len(words) <= _MAX_NAME_WORDS or any(_is_title_word(word) for word in words):
        return False
    if any(word.endswith(".") and len(word) > 2 and not _is_short_form(word[:-1]) for word in words[:-1]):
        return False  # "Huisman. Verified Choreographies": a sentence ends inside, so a title follows the name
    return all(word[0].isupper() or word.casefold() in NAME_PARTICLES or word[:2] in ("d’", "d'") for word in words)


def _is_short_form(word: str) -> bool:
    """Whether a word before a full stop is an initial or an abbreviation, not a sentence's end.

    >>> _is_short_form("M"), _is_short_form("Dr"), _is_short_form("Y‐H"), _is_short_form("Huisman")
    (True, True, True, False)
    """
    return len(word) == 1 or word.title() in _ABBREVIATIONS or _HYPHENATED_INITIALS.fullmatch(word) is not None


def _is_title_word(word: str) -> bool:
    if word.islower():
        return word in _TITLE_WORDS
    return len(word) > 1 and word.casefold() in _CAPITAL_TITLE_WORDS


def read_one_line(line: PaperLine, order: Order | None = None) -> Reading | None:
    """The title and authors of a line that holds both, or None when no cut leaves an author list beside a title.

    A cut at emphasis is tried first (the set-apart part is the title or the authors), then at
    a separator (" - ", a tab, ". "). A cut whose title reads as names too is kept only when
    `order` says the list puts its titles on that side.
    """
    readings = [] if is_navigation(line.text, line.links) else _cuts(line)  # "Back to the **Main Page**": a footer
    sure = [reading for reading in readings if not is_author_list(reading.title)]
    if sure:  # in the list's order first: "AFRODITE - Optimizing … - A; B" is no paper by AFRODITE (PICom 2024)
        return min(sure, key=lambda reading: order is not None and reading.order is not order)
    fitting = [reading for reading in readings if order is not None and reading.order is order]
    return fitting[0] if fitting else None


def _cuts(line: PaperLine) -> list[Reading]:
    readings: list[Reading] = []
    set_apart = [index for index, (_, apart) in enumerate(line.parts) if apart]
    if len(set_apart) == 1:
        index = set_apart[0]
        before = " ".join(text for text, _ in line.parts[:index]).strip(_STRAY)
        after = " ".join(text for text, _ in line.parts[index + 1 :]).strip(_STRAY)
        inside = line.parts[index][0].strip(_STRAY)
        readings += _reading(inside, after, Order.TITLE_FIRST, before)  # **Title**. Authors
        readings += _reading(inside, before, Order.AUTHORS_FIRST, after)  # Authors. *Title*. (Tool)
        readings += _reading(before, inside, Order.TITLE_FIRST, after)  # Title, *Authors*
        readings += _reading(after, inside, Order.AUTHORS_FIRST, before)  # *Authors*. Title
    for left, right in _separator_cuts(line.text):
        readings += _reading(left, right, Order.TITLE_FIRST) + _reading(right, left, Order.AUTHORS_FIRST)
    return readings


def _separator_cuts(text: str) -> list[tuple[str, str]]:
    """The line cut at each run of separators (" - ", a tab, ". "): (before, after), at most `_MAX_CUTS`.

    Separators in one run of stray characters ("Title - - Ada") make one cut. A line with
    more cuts is prose or no entry at all: trying each would take time growing with the
    square of the line's length (a hostile line of 10,000 " - " took seconds).
    """
    runs = [found.span() for found in _STRAY_RUN.finditer(text)]
    starts = [start for start, _ in runs]
    cuts: list[tuple[str, str]] = []
    last_run = -1
    for separator in _SEPARATORS.finditer(text):
        run = bisect.bisect_right(starts, separator.start()) - 1
        if run == last_run:
            continue  # a separator of the run already cut at
        left, right = text[: runs[run][0]].strip(_STRAY), text[runs[run][1] :].strip(_STRAY)
        last_word = left.rsplit(None, 1)[-1] if left else ""
        if separator.group().strip() == "." and _is_short_form(last_word):
            continue  # "Benedikt M. Rips", "Dr. Ada": a dot inside a name
        last_run = run
        if len(cuts) == _MAX_CUTS:
            return []
        cuts.append((left, right))
    return cuts


def _reading(title: str, authors: str, order: Order, beside: str = "") -> list[Reading]:
    """`title` with `authors`, if the authors are a list of names and what is `beside` them is a short note."""
    note = _NOTE.match(beside.strip(_STRAY)) if beside.strip(_STRAY) else None
    listed = affiliated_list(authors.strip(_STRAY), is_person_name)  # CMT's "Name (Affiliation)*; …"
    named = listed or is_author_list(authors)
    if not title or _in_sentence(title) or not named or (beside.strip(_STRAY) and note is None):
        return []
    shown = note["text"].strip() if note else None
    # '"Title" -*Authors*' (LT4HALA 2020): the quotes set the title apart, no words of it
    return [Reading(whole_quoted(title.strip(_STRAY)), listed or split_authors(authors), order, shown)]


def _in_sentence(title: str) -> bool:
    """Whether a "title" is prose: a sentence's middle ("about each submission…"), a paragraph, an address."""
    words = title.split()
    return words[0] in _OPENING_WORDS or len(words) > _LONGEST_READ_TITLE or "://" in title


def title_and_note(line: PaperLine) -> tuple[str, str | None]:
    """A title line's title, and the short note beside its set-apart title ("**Title** (Task Report)")."""
    set_apart = [text for text, apart in line.parts if apart]
    rest = " ".join(text for text, apart in line.parts if not apart).strip(_STRAY)
    note = _NOTE.match(rest) if rest else None
    if len(set_apart) == 1 and note is not None:
        return set_apart[0].strip(_STRAY), note["text"].strip()
    return line.text, None


def is_mixed(line: PaperLine) -> bool:
    """Whether a line has a part set apart by emphasis or quotes and a part that is not."""
    return len({apart for _, apart in line.parts}) == 2


def is_prose(line: PaperLine) -> bool:
    """Whether a line reads as an abstract: long and ending a sentence, or longer than any title."""
    words = len(line.text.split())
    written = " ".join(text for text, _ in line.parts).rstrip()  # the text keeps no final full stop
    return words >= _LONGEST_TITLE or (words >= _SHORTEST_ABSTRACT and written.endswith((".", ")")))
