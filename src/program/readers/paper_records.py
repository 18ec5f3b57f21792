"""What the accepted-paper list readers (OpenReview, Mini-Conf, CMT) share.

Each list gives, per paper, a title, authors, an abstract and perhaps where it is; each
becomes a `Paper` of the program's pool (no items: `program plan` places them). Here: the
author lists as the lists join them ("A|B", "A*; B", "A, B and C", with contact and
affiliation marks), the CSV header test that tells a paper list from a schedule table,
and the CSV rows with the line each starts on.
"""

from __future__ import annotations

import csv
import io
import re
from collections.abc import Iterator, Sequence
from pathlib import Path

from program.errors import ParseError
from program.model import Link, Paper, Problem, Program, Severity, SourceRef
from program.model.ids import paper_id
from program.model.text import is_placeholder_name
from program.readers.latex_names import unicode_name

_NUMBERS = re.compile(r"\s*\(\s*\d+(?:\s*,\s*\d+)*\s*\)")
"""Bracketed affiliation numbers ("(1, 2)"): marks, not names."""
_MARKS = "*†‡§¶⁰¹²³⁴⁵⁶⁷⁸⁹"
"""Contact-author stars, footnote daggers, superscript affiliation numbers: marks, where they stand outside brackets."""
_WORD_ENDING_MARK = re.compile(f"[{re.escape(_MARKS)}](?![^\\W_{re.escape(_MARKS)}])")
"""A mark that ends a word: not before a letter or digit that is no mark ("≈†avli" keeps its "†", "¹²" goes)."""
_BRACKET = re.compile(r"[()\[\]]")
_COMMA = re.compile(",")
_NOTE_AFTER = re.compile(r"\.\s*\([^()]*\)\s*$")
"""A bracket after the list's full stop ("… and Jimmy Lin. ([paper](…))": ReNeuIR 2023): the entry's, no affiliation."""
_ANY_BRACKETED = re.compile(r"\([^()]*\)|\[[^\[\]]*\]")
_AND = re.compile(r"(?:^|\s+)(?:and|&)\s+", re.IGNORECASE)
"""An "and" between names, or opening one after a comma without a space ("Wiktor Piotrowski,and Roni Stern")."""


def split_authors(text: str) -> tuple[str, ...]:
    r"""The names in an author list, in order, without contact or affiliation marks.

    A list is joined by "|" (Mini-Conf), ";" (CMT), or commas with a final "and"; commas
    inside brackets belong to an affiliation ("Ada Lovelace (Engine Club, London)").

    >>> split_authors("Lia Bozarth|Ceren Budak ")
    ('Lia Bozarth', 'Ceren Budak')
    >>> split_authors("Ada Lovelace*; Charles Babbage†")
    ('Ada Lovelace', 'Charles Babbage')
    >>> split_authors("Ada Lovelace¹, Charles Babbage², and Mary Somerville")
    ('Ada Lovelace', 'Charles Babbage', 'Mary Somerville')
    >>> split_authors("Łukasz Maziarka (1,2); Sławomir Mucha (2)")
    ('Łukasz Maziarka', 'Sławomir Mucha')
    >>> split_authors("Ada Lovelace (Inria) and Mary Somerville (University of Versailles & INRIA Saclay)")
    ('Ada Lovelace (Inria)', 'Mary Somerville (University of Versailles & INRIA Saclay)')
    >>> split_authors("Linh Bao Doan (Sun* Inc.)*; Hongyuan Zhu (A*STAR)")
    ('Linh Bao Doan (Sun* Inc.)', 'Hongyuan Zhu (A*STAR)')
    >>> split_authors("Ada Lovelace, and Mary Somerville. (paper, TOIS Submission)")
    ('Ada Lovelace', 'Mary Somerville')
    >>> split_authors("Matt Klenk, Wiktor Piotrowski,and Roni Stern")
    ('Matt Klenk', 'Wiktor Piotrowski', 'Roni Stern')
    >>> split_authors("Florian Magin (Fraunhofer SIT | ATHENE), Cléo Fischer (Fraunhofer SIT | ATHENE)")
    ('Florian Magin (Fraunhofer SIT | ATHENE)', 'Cléo Fischer (Fraunhofer SIT | ATHENE)')
    >>> split_authors("W. Yuan, M. Cox and L. He.")
    ('W. Yuan', 'M. Cox', 'L. He')
    >>> split_authors(r"Tianlin Shi, S\'ebastien Jean, Alan Ritter and Dan Jurafsky")
    ('Tianlin Shi', 'Sébastien Jean', 'Alan Ritter', 'Dan Jurafsky')
    """
    text = unicode_name(_NOTE_AFTER.sub("", text.replace("\xa0", " ")))  # "S\'ebastien Jean": EMNLP 2017
    # a separator inside brackets is the affiliation's ("Florian Magin (Fraunhofer SIT | ATHENE), …": SURE 2025)
    outside = "".join(_outside_brackets(text, _ANY_BRACKETED)) if _BRACKET.search(text) else text
    separator = next((sign for sign in ("•", "|", ";") if sign in outside), None)  # "A &bull; B": AI4DiffEqtnsInSci
    if separator is not None:
        parts: list[str] = _outside_brackets(text, re.compile(re.escape(separator)))
    else:
        parts = [piece for part in _outside_brackets(text, _COMMA) for piece in _outside_brackets(part, _AND)]
    names = (" ".join(_unmarked(_NUMBERS.sub("", part)).split()).strip(" ,") for part in parts)
    found = tuple(name for name in names if name and name.casefold() != "and")
    if found and _LIST_STOP.search(found[-1]) and found[-1].rsplit(None, 1)[-1][:-1] not in _SUFFIXES:
        found = (*found[:-1], found[-1][:-1])  # "…, M. Cox and L. He." (ACS 2021): the list's full stop
    return _surnames_first(found)


_LIST_STOP = re.compile(r"(?<=\s[^\W\d_]{2})\.$|(?<=[^\W\d_]{3})\.$")
_SUFFIXES = frozenset({"Jr", "Sr", "Dr", "Ph.D", "Inc", "Ltd", "Co"})
_INITIALS = re.compile(r"^(?:[A-Z]\.\s*-?\s*){0,3}[A-Z]\.?$")
"""Initials alone, the last one's full stop perhaps cut off with the list's ("Mroueh, Y. Title")."""
_TRAILING_INITIALS = re.compile(r"^(?P<surname>[^\W\d_][\w'’ -]*?)\s+(?P<initials>(?:[A-Z]\.?\s*){1,3})$")


def _surnames_first(names: tuple[str, ...]) -> tuple[str, ...]:
    """Names written "Surname, I." and cut at each comma, joined again as "I. Surname".

    OTML 2023 lists "Le, A., Chalvatzaki, G., Biess, A." (and "Das, A., Nagaraj D.", its comma left out).

    >>> _surnames_first(("Le", "A.", "Chalvatzaki", "G.", "Nagaraj D"))
    ('A. Le', 'G. Chalvatzaki', 'D. Nagaraj')
    >>> _surnames_first(("Ada Lovelace", "C.")) == ("Ada Lovelace", "C.")
    True
    """
    pairs = [index for index in range(1, len(names)) if _INITIALS.match(names[index])]
    if not pairs or any(len(names[index - 1].split()) > 1 for index in pairs) or pairs[0] != 1:
        return names
    joined: list[str] = []
    index = 0
    while index < len(names):
        if index + 1 < len(names) and _INITIALS.match(names[index + 1]):
            joined.append(f"{_dotted(names[index + 1])} {names[index]}")
            index += 2
            continue
        alone = _TRAILING_INITIALS.match(names[index])
        joined.append(f"{_dotted(alone['initials'])} {alone['surname']}" if alone else names[index])
        index += 1
    return tuple(joined)


def _dotted(initials: str) -> str:
    initials = initials.strip()
    return initials if initials.endswith(".") else f"{initials}."


def affiliated(name: str) -> str:
    """A CMT author "Name (Affiliation)" as the model writes an affiliation into a name: "Name [Affiliation]".

    The cmt reader's, and Mini-Conf's lists joined by ";" as CMT joins them (ACML 2021's
    `Iddo Drori (MIT)*; …`: 43 of its 420 authors kept a short or nested affiliation in their name).

    CMT's bracket always holds the affiliation, one word or many: "Naman Agarwal (Google)" is
    Naman Agarwal of Google, where a bracket of one word elsewhere is a nickname (the people
    code's rule), and BayLearn 2021's people index listed 56 names with their company in them.
    A placeholder affiliation ("(-)") is none.

    >>> affiliated("Naman Agarwal (Google)"), affiliated("Raif Rustamov (-)")
    ('Naman Agarwal [Google]', 'Raif Rustamov')
    >>> affiliated("Go Shibata ( Kyoto University)"), affiliated("Aaron Courville (MILA, Université de Montréal)")
    ('Go Shibata [Kyoto University]', 'Aaron Courville [MILA, Université de Montréal]')
    >>> affiliated("Ada Lovelace"), affiliated("Ada (Engine Club (London))")
    ('Ada Lovelace', 'Ada [Engine Club (London)]')
    """
    if not name.endswith(")"):
        return name
    depth = 0
    for at in range(len(name) - 1, -1, -1):
        depth += {")": 1, "(": -1}.get(name[at], 0)
        if depth == 0:
            break
    person, organisation = name[:at].strip(), name[at + 1 : -1].strip()
    if depth or not person:
        return name
    return person if is_placeholder_name(organisation) or not organisation else f"{person} [{organisation}]"


def _unmarked(name: str) -> str:
    """`name` without its marks; a "*" inside an affiliation's brackets is the affiliation's ("A*STAR").

    A mark is one that ends a word: one before a letter is part of the name, as in ISMIR
    2020's "Peter ≈†avli" (a "Š" its export garbled, kept as written).
    """
    if "(" not in name and "[" not in name:
        return _WORD_ENDING_MARK.sub("", name)  # no brackets: one pass in C, not a loop over every character
    kept = []
    depth = 0
    for at, character in enumerate(name):
        depth += (character in "([") - (character in ")]")
        following = name[at + 1 : at + 2]
        if depth > 0 or character not in _MARKS or (following.isalnum() and following not in _MARKS):
            kept.append(character)
    return "".join(kept)


def _outside_brackets(text: str, separator: re.Pattern[str]) -> list[str]:
    """`text` split at each match of `separator` outside round or square brackets ("(Versailles & INRIA)")."""
    if not _BRACKET.search(text):
        return separator.split(text)  # no brackets: one split in C (a long list is read in time linear in it)
    parts: list[str] = []
    start = scanned = depth = 0
    for found in separator.finditer(text):
        between = text[scanned : found.start()]
        depth += between.count("(") + between.count("[") - between.count(")") - between.count("]")
        scanned = found.start()
        if depth <= 0:
            parts.append(text[start : found.start()])
            start = found.end()
    return [*parts, text[start:]]


def header_names(text: str) -> tuple[str, ...]:
    """The case-folded names of the first row of a CSV or TSV text (empty when it has no header row)."""
    first = text[:2000].lstrip("\ufeff").split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    try:
        row = next(csv.reader([first], delimiter=delimiter), [])
    except csv.Error:
        return ()
    return tuple(" ".join(name.split()).casefold() for name in row)


_SCHEDULE_COLUMNS = frozenset({"time", "start", "end", "date", "day", "start time", "end time", "room", "from", "to"})
"""Columns that make a table with an id, a title and authors a schedule, not a paper list."""


_ID_COLUMNS = frozenset(
    {"id", "pid", "paper_id", "paper id", "paperid", "paper_no", "paper no", "#", "paper_number", "paper number"}
)
"""How a site's own paper list names the UID: `id` (ML for Systems at NeurIPS 2023), `paper_id` (AIAFS 2023),
`#` (ACS 2021), `paper_number` (SEA at NeurIPS 2025)."""
AUTHOR_COLUMNS = ("authors", "lead authors")
"""How a site's own paper list names its authors: `authors`, or `Lead Authors` (ACS 2021: every author listed)."""


def authors_column(names: Sequence[str]) -> str:
    """The header's authors column (`authors` when it has none of `AUTHOR_COLUMNS`)."""
    return next((name for name in AUTHOR_COLUMNS if name in names), "authors")


def is_miniconf_header(names: Sequence[str]) -> bool:
    """Whether a header is a Mini-Conf site's papers.csv: UID, title, authors (in any order).

    A site's own papers.csv may name the UID `id` (ML for Systems at NeurIPS 2023:
    `id,authors,title,abstract`) or `paper_id` (AIAFS 2023: `serial_no,paper_id,title,authors,web_id`), or ACS
    2021's `#,Lead Authors,Title,Length,Slack Channel`: with no time, day or room column it is a paper list too.
    """
    found = set(names)
    if {"uid", "title", "authors"} <= found:
        return True
    authors = authors_column(names) in found
    return "title" in found and authors and bool(found & _ID_COLUMNS) and not found & _SCHEDULE_COLUMNS


_TABLE_ROWS = 10
"""How many rows after the header `is_csv_table` looks at."""
_OPENING = 8000
"""How many characters of a text `is_csv_table` parses."""


def is_csv_table(text: str) -> bool:
    """Whether `text` opens with a CSV or TSV header of three names or more, the rows below it as wide.

    Such a file is a table (read by its columns), never a text list whose lines happen to hold commas.
    """
    names = header_names(text)
    if sum(bool(name) for name in names) < 3:  # fewer columns are a line of prose as often
        return False
    first = text[:2000].lstrip("\ufeff").split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    try:
        rows = [row for row in csv.reader(io.StringIO(text[:_OPENING].lstrip("\ufeff")), delimiter=delimiter) if row]
    except csv.Error:
        return False
    if len(text) > _OPENING:
        rows = rows[:-1]  # the opening may cut its last row
    rows = rows[: _TABLE_ROWS + 1]
    return len(rows) > 1 and all(len(row) == len(names) for row in rows)


_CMT_PREFIX = re.compile(r"^cmt\s+")
_SEPARATED = re.compile(r"\s*\((?:comma|semicolon)[\s-]separated\)$")


def cmt_name(name: str) -> str:
    """A CMT column's name as CMT writes it, from a site's renamed copy of the export.

    Offline RL at NeurIPS 2021 heads its papers.csv `CMT_Paper_ID,Paper_Title,Authors_Name (comma separated)`:
    CMT's Paper ID, Paper Title and author names, with underscores for spaces, "CMT" before the id and a note on
    how the names are joined.

    >>> [cmt_name(name) for name in ("cmt_paper_id", "paper_title", "authors_name (comma separated)", "title")]
    ['paper id', 'paper title', 'authors name', 'title']
    """
    return _SEPARATED.sub("", _CMT_PREFIX.sub("", " ".join(name.replace("_", " ").split())))


def is_cmt_header(names: Sequence[str]) -> bool:
    """Whether a header is a Microsoft CMT paper export: Paper ID with Paper Title (or Title and Author Names).

    Or CMT's names written without spaces, as AISTATS 2022's accepted-papers CSV keeps them:
    `PaperTitle,Authors (with Affiliations),AuthorNames`, with no Paper ID; or a submission's id
    with a title and authors (REALM 2025: `Submission ID,Authors,Title,Decision,Archival`), a
    table of submissions that a Decision column, when there is one, sorts; EMNLP 2017's site writes
    `,submission_id,title,authors,submission_type,first_author_last_name`. Names are compared as `cmt_name`
    writes them (`CMT_Paper_ID,Paper_Title`: Offline RL 2021).
    """
    found = {cmt_name(name) for name in names}
    if {"papertitle", "authornames"} <= found:
        return True
    if "submission id" in found and {"title", "authors"} <= found:
        return True  # REALM 2025's `Submission ID,Authors,Title,Decision,Archival`: CMT's names, authors joined by ";"
    return "paper id" in found and ("paper title" in found or {"title", "author names"} <= found)


def is_paper_list_header(names: Sequence[str]) -> bool:
    """Whether a CSV header is an accepted-paper list's (read as papers, not as a schedule table)."""
    return is_miniconf_header(names) or is_cmt_header(names)


_START_NAMES = frozenset({"start_time", "start time", "starttime", "start", "time_start", "begin"})
"""Columns an export given times writes them under (RSAfrica 2026's CMT export: DAY, START_TIME, END_TIME)."""


def scheduled_export(text: str) -> bool:
    """Whether a paper list's CSV has a start column with a time in it: a programme made from the export.

    RSAfrica 2026 added DAY, TRACK, SESSION_TITLE, START_TIME and END_TIME to its CMT export and
    filled them: each row is then an item at its time, read as a schedule table, not a paper.
    """
    names = header_names(text)
    starts = [name for name in names if name in _START_NAMES]
    if not starts:
        return False
    try:
        return any(row.get(name, "").strip() for _, row in csv_rows(text, "") for name in starts)
    except ParseError:  # an opening cut inside a quoted abstract: the rows before it were read
        return False


def csv_rows(text: str, source: str) -> Iterator[tuple[int, dict[str, str]]]:
    """Each row after the header as {case-folded column name: value}, with the line the row starts on.

    Raises:
        ParseError: for a quote that is never closed.
    """
    text = text.lstrip("\ufeff")
    names = header_names(text)
    first = text.split("\n", 1)[0]
    delimiter = "\t" if first.count("\t") > first.count(",") else ","
    reader = csv.reader(io.StringIO(text), delimiter=delimiter)
    line = 1
    try:
        next(reader, None)
        line = reader.line_num + 1
        for record in reader:
            if any(value.strip() for value in record):
                yield line, {name: value for name, value in zip(names, record, strict=False) if name}
            line = reader.line_num + 1
    except csv.Error as error:
        raise ParseError(f"expected a CSV table: {error}", SourceRef(source, line)) from None


def listed_paper(  # noqa: PLR0913, PLR0917 -- the fields every paper list gives, in one place
    title: str,
    authors: Sequence[str],
    abstract: str | None,
    number: int,
    where: SourceRef,
    links: Sequence[Link] = (),
    category: str | None = None,
) -> Paper:
    """A paper of an accepted-paper list: an export's text, shown as written (not scraped)."""
    return Paper(
        id=paper_id(title),
        title=title,
        authors=tuple(authors),
        abstract=abstract,
        number=number,
        source=where,
        links=tuple(links),
        category=category,
    )


def untitled(where: SourceRef, what: str) -> Problem:
    """The error for an entry of a paper list that has no title."""
    return Problem(Severity.ERROR, "unreadable-entry", f"expected a title for {what}, found none", where)


def clean(value: object) -> str | None:
    """A text field with its runs of white space kept but its ends stripped; None when empty or not text."""
    return value.strip() or None if isinstance(value, str) else None


_REJECTED = re.compile(r"reject|withdraw", re.IGNORECASE)


def is_rejected(decision: str) -> bool:
    """Whether a decision or status leaves a paper out of the program: rejected, desk-rejected or withdrawn.

    >>> is_rejected("Reject"), is_rejected("Desk Rejected"), is_rejected("Accept (Poster)")
    (True, True, False)
    """
    return _REJECTED.search(decision) is not None


def counted(number: int, noun: str) -> str:
    """The number and the noun, plural unless one ("1 paper", "3 papers")."""
    return f"{number} {noun}{'' if number == 1 else 's'}"


def paper_pool(source: str, papers: Sequence[Paper], problems: Sequence[Problem], reading: Sequence[str]) -> Program:
    """A list's program: its papers (no items, no times, so no zone: UTC), named after the file."""
    return Program(
        title=Path(source).stem,
        timezone="UTC",
        papers=tuple(papers),
        problems=tuple(problems),
        sources=(source,),
        reading=tuple(reading),
    )
