"""A row's people (with their affiliations, or as its chairs) and its title when the title column leaves it out.

Kept apart from `rows` (which reads the rows) so each stays small: these are what one row's
cells say, read the same way whatever the table's layout.
"""

from __future__ import annotations

import html
import re

from program.model import Kind
from program.model.html_text import html_lines, looks_like_html
from program.model.text import is_placeholder_name
from program.readers.kind_labels import kind_from_title, label_kind
from program.readers.lines.entry import people_by
from program.readers.lines.honorifics import without_honorifics
from program.readers.lines.lecture_by import lecture_von
from program.readers.tabular.cells import Cell
from program.readers.tabular.columns import SESSION_WORDS, Mapping
from program.readers.tabular.people import speaker_card, split_people
from program.readers.tabular.people_cards import before_dash, speaker_cards
from program.readers.tabular.people_prose import biography_names, is_prose
from program.readers.title_authors import is_name_shaped

_CHAIR = re.compile(r"^\s*(?:\(\s*chairs?\s*\)|\[\s*chairs?\s*\]|(?:session\s+)?chairs?\s*:)\s*(?=\S)", re.IGNORECASE)
"""A people cell that names chairs: "(Chair) Renzo Degiovanni" (Mutation 2024), "Chair: Ada Lee"."""
_CHAIR_AFTER = re.compile(r"\s*\(\s*chairs?\s*\)\s*$", re.IGNORECASE)
"""A chair marked after the name: "Renzo Degiovanni (Chair)"."""
_PANELLISTS = re.compile(r"^(?:panell?ists?|speakers?|presenters?)\s*:\s*(?P<names>\S.*)$", re.IGNORECASE)
"""A description that only names who is on stage: DANE 2024's panel, "Panellists: Dean Eckles, Nathaniel Stevens"."""


TEXT_FIELDS = ("room", "kind", "abstract", "link", "track", "board", "paper")
"""The fields a row keeps as its cells' text (`paper`: `paper_column`, read into the item's title or people)."""


def row_people(cells: tuple[Cell, ...], mapping: Mapping) -> tuple[tuple[str, ...], bool]:
    """The names in the people columns, each with its affiliation as "Name [Org]" when a column gives it.

    Numbered columns pair by position (Presenter2 with Company2); one people column and one
    affiliation column pair when they name as many people as organisations; one people column
    and several affiliation columns (ADAM 2022: `affil`, `affil2`) are one person's, joined.
    The second value says whether every filled people cell marks its names as chairs
    ("(Chair) Renzo Degiovanni"): the row's people are then its chairs, not its speakers.
    """
    people_columns = mapping.columns.get("people", ())
    affiliation_columns = mapping.columns.get("affiliation", ())
    paired = len(affiliation_columns) == len(people_columns)
    names: list[str] = []
    marks: list[bool] = []
    for position, column in enumerate(people_columns):
        written = str(cells[column].value or "") if column < len(cells) else ""
        chaired = bool(_CHAIR.match(written) or _CHAIR_AFTER.search(written))
        card = speaker_card(written) if not affiliation_columns else None
        cards = speaker_cards(written) if not affiliation_columns and card is None else None
        whole = written  # a biography's `Name – role` paragraphs are read whole, each naming its person
        written = card[0] if card is not None else before_dash(written)
        # "Prof. Jie M. Zhang" is Jie M. Zhang, as the people index and the other files name her
        found = tuple(map(without_honorifics, split_people(_CHAIR_AFTER.sub("", _CHAIR.sub("", written)))))
        found = tuple(without_honorifics(name) for name, _ in cards) if cards is not None else found
        if card is None and cards is None and (mapping.biographies or is_prose(written)):  # only names opening it
            found = tuple(map(without_honorifics, biography_names(whole if mapping.biographies else written)))
        marks.extend([chaired] if found else [])
        org_column = affiliation_columns[position] if paired else None
        orgs = _orgs(cells[org_column]) if org_column is not None and org_column < len(cells) else ()
        orgs = (card[1],) if card is not None else tuple(org for _, org in cards) if cards is not None else orgs
        if len(people_columns) == 1 and len(affiliation_columns) > 1 and len(found) == 1:
            orgs = (", ".join(cells[org].text for org in affiliation_columns if org < len(cells) and cells[org].text),)
        if len(orgs) != len(found):  # "Org A;;" with one name: the organisations given, without the gaps
            orgs = tuple(org for org in orgs if org) or ("",)
        if len(found) == 1 and len(orgs) > 1:  # one person of two places: GWADW 2026's "Institut Fresnel; Université …"
            orgs = ("; ".join(orgs),)
        if len(orgs) == len(found):
            found = tuple(f"{name} [{org}]" if org else name for name, org in zip(found, orgs, strict=True))
        earlier = set(names)  # a name another people column gave too is one person; written twice in a cell, two
        names.extend(name for name in found if name not in earlier)
    return tuple(names), bool(marks) and all(marks)


_NO_ROOM = re.compile(r"^free\s*time$", re.IGNORECASE)
"""A room cell that names no place: free time (Python Nordeste 2018's breaks are in `FREETIME`). A room `TBA` is
kept as written in a table (RAADE 2025's), as its page shows it."""


def names_no_room(room: str) -> bool:
    """Whether a room cell names no place: empty, a dash (Agile Laval's lunch in room "-"), or `FREETIME`."""
    bare = room.strip("-–— ")
    return not bare or _NO_ROOM.match(bare) is not None


def people_in_title(title: str, mapping: Mapping) -> tuple[str, ...]:
    """Whom a title names after "by" in a table with no people column ("Invited Talk by Devendra Singh Dhami")."""
    if mapping.columns.get("people"):
        return ()
    return tuple(map(without_honorifics, people_by(title) or ()))


def title_and_people(title: str, people: tuple[str, ...], mapping: Mapping) -> tuple[str, tuple[str, ...]]:
    """A row's title and people, the people taken from the title when no column gives them.

    "Mittagsvorlesung von Prof. Dr. Rolf Becker" (GEBF 2015) is the lecture, given by Rolf Becker;
    "Invited Talk by Devendra Singh Dhami" keeps its title and names its person.
    """
    if people or mapping.columns.get("people"):
        return title, people
    if (lecture := lecture_von(title)) is not None:
        return lecture
    return title, people_in_title(title, mapping)


def _orgs(cell: Cell) -> tuple[str, ...]:
    """The cell's organisations in order, "" where one is left out ("Nvidia; ; Red Hat": the second person's)."""
    parts = [" ".join(part.split()) for part in re.split(r"[;|\n]", str(cell.value or ""))]
    return tuple("" if is_placeholder_name(part) else part for part in parts)  # "n/a": no affiliation


def plain_title(text: str) -> str:
    """A title cell's text without the markup a site's template would render.

    Mutation 2024's `_data/program.csv` writes `<i>Mutant-Kraken: …</i>` and a stray
    `Session 1</b>`: the title is the text, as its page shows it.

    >>> plain_title("Keynote: <i>Mutation for AI and with AI</i>"), plain_title("Session 1</b>")
    ('Keynote: Mutation for AI and with AI', 'Session 1')

    PROBPROG 2021's panel block titles its rows in Markdown (`**Industry Panel**: Impact of …`) and
    closes with `**End**`, the end of the block, no item ("").

    >>> plain_title("**Industry Panel**: Impact of Probabilistic Programming"), plain_title("**End**")
    ('Industry Panel: Impact of Probabilistic Programming', '')
    >>> plain_title("holy_f***ing_s***.wmv")  # Penguicon 2019: asterisks inside a word are no Markdown
    'holy_f***ing_s***.wmv'
    """
    if _BOLD.search(text):
        bare = " ".join(_BOLD.sub(r"\1", text).split()).rstrip(" :")
        return "" if bare.casefold() in _SESSION_END else bare
    return without_leading_pictographs(shown_cell(text))


_PICTOGRAPH = "\U0001f000-\U0001faff\u2600-\u27bf\u2b00-\u2bff"
_LEADING_PICTOGRAPHS = re.compile(rf"^[{_PICTOGRAPH}][{_PICTOGRAPH}\uFE0F\u200D\s]*(?=\w)")
"""Emoji before a title's first word, with their variation selectors and joiners ("☕️ ", "🖼️ ")."""


def without_leading_pictographs(title: str) -> str:
    """A title without the emoji that open it: a site's decoration, no word of the title (its kind is the words').

    TTA @ ICML 2025 writes `📢 Opening Remarks`, `☕️ Break`, `🎤 Invited Talk 1`; pipe tables and
    day-column pages drop such icons too (`lines/markup.without_icons`). Emoji inside or after stay, and a title
    framed by them (`♕ 頒獎典禮 ♕`, an HTML page's award ceremony) keeps them as written.

    >>> [without_leading_pictographs(title) for title in ("☕️ Break", "🖼️ Poster Session 1", "Coffee ☕", "♕ A ♕")]
    ['Break', 'Poster Session 1', 'Coffee ☕', '♕ A ♕']
    """
    if re.search(rf"[{_PICTOGRAPH}]\uFE0F?$", title):  # "♕ 頒獎典禮 ♕": a title framed by them is written so
        return title
    return _LEADING_PICTOGRAPHS.sub("", title)


_ENTITY = re.compile(r"&(?:[A-Za-z][A-Za-z0-9]{1,31}|#[0-9]{1,7}|#[xX][0-9A-Fa-f]{1,6});")
"""An HTML entity written out in full, with its `;`: `&amp;`, `&#171;` (not the `&` of `R&D`)."""


def unescaped(text: str) -> str:
    """A plain cell's HTML entities as the characters they stand for; a cell with tags is left to `shown_cell`.

    Yoga Day 2026's CSV, exported from its site, writes `ROXY &amp; PROWAKESURF` for the stage its
    page shows as `ROXY & PROWAKESURF`.

    >>> unescaped("ROXY &amp; PROWAKESURF"), unescaped("R&D; Q&A"), unescaped("<b>A &amp; B</b>")
    ('ROXY & PROWAKESURF', 'R&D; Q&A', '<b>A &amp; B</b>')
    """
    if looks_like_html(text) or "&" not in text:
        return text
    return _ENTITY.sub(lambda entity: html.unescape(entity.group()), text)


def shown_cell(text: str) -> str:
    """A cell's text as its page shows it, on one line: without its tags, a link by its text (not its address).

    >>> shown_cell('See the <a href="https://example.org/program.html">program</a>'), shown_cell("**End**")
    ('See the program', '**End**')
    """
    if not looks_like_html(text):
        return text
    # ISGIE 2022's "sponsored by <a href=…>Olympus</a>": the title shows the link's text, the item keeps the link
    return " ".join(" ".join(html_lines(text, addresses=False)).split())


_BOLD = re.compile(r"(?<![\w*])\*\*(?=\S)(.+?)(?<=\S)\*\*(?![\w*])")
"""Markdown's bold, `**Keynote**`: a title cell of a sheet a site renders as Markdown."""
_MARKDOWN_EMPHASIS = re.compile(r"(?<![\w*_])(\*{1,2}|_{1,2})(?=\S)(.+?)(?<=\S)\1(?![\w*_])")
_SESSION_END = frozenset({"end", "close", "finish"})


def activity_title(text: str) -> str:
    """An Activity cell as the title of a row with no Title: its Markdown emphasis and a bare end marker left out.

    PROBPROG 2021 writes `**Arrival and networking**`, `**Closing Remarks**: ` and, at each
    session's close, `**End**`: the end of the session above, no item ("").

    >>> activity_title("**Industry Panel**: Impact of Probabilistic Programming"), activity_title("**End**")
    ('Industry Panel: Impact of Probabilistic Programming', '')
    """
    plain = " ".join(_MARKDOWN_EMPHASIS.sub(r"\2", text).split()).rstrip(" :")
    return "" if plain.casefold() in _SESSION_END else plain


def row_title(title: str, fields: dict[str, str], people: tuple[str, ...], *, timed: bool, activity: str = "") -> str:
    """The row's title: its title cell, else its Activity cell, else what its type (and people) say; else "".

    - a type and people but no title: "Keynote: Abeer Alwan" (ASRU AI4CSL 2025's schedule.json
      gives its keynote as {"type": "keynote", "speakerNames": ["Abeer Alwan"]}: its site looks
      the title up in another file, by name; the writers print such a title as kind and names);
    - a timed row with people and a track (a podcast's show) but no title or type: the track;
    - a timed row with a type alone: the type is its title ("Coffee Break", "Poster Session":
      the al-folio workshop sites' `_data/schedule.csv` writes breaks in `categories` only, and
      its template prints that column first, in bold). The type is then no label as well
      (`fields` loses it), or the writers would print it twice.
    """
    if title or (title := activity_title(activity)):
        return title
    kind = fields.get("kind", "")
    if not kind:  # a show on air with its people: Sendezentrum 31C3's "Staatsbürgerkunde" has no "Titel"
        track = fields.get("track", "")
        return track if timed and track and people else ""
    if people:
        names = [re.sub(r"\s*\[[^\[\]]*\]$", "", name) for name in people]  # "Name [Org]": the name
        return f"{kind[:1].upper()}{kind[1:]}: {', '.join(names)}"
    if timed and fields.keys() == {"kind"}:  # the type is all the row says (Zitadelle's "Workshop | | Pool" is not)
        del fields["kind"]
        return kind
    return ""


_LONGEST_DESCRIBED_TITLE = 200
"""The longest description read as a title: longer, it is a paragraph about something the sheet leaves unnamed."""


def title_in_abstract(fields: dict[str, str], people: tuple[str, ...]) -> str:
    """The description of a row whose title cell is empty, as its title, when it reads as one; else "".

    The Semana Acadêmica CPPP 2026 sheet leaves `Atividade` empty on its mini-courses and a talk and
    writes their titles under `Descrição` (`,,,19:00 - 22:00,Workshop: prototipação com LLMs,PTin,Gedson
    Faria,SI`): one line, on a row that names its people. A row naming nobody (Zitadelle 2026's pool, `Workshop | |
    Pool`: a type and a place, no talk), or a description of several lines, stays without a title (skipped and
    said). Taken as the title, it is no abstract (`fields` loses it).
    """
    described = fields.get("abstract", "").strip()
    if not described or "\n" in described or len(described) > _LONGEST_DESCRIBED_TITLE or not people:
        return ""
    del fields["abstract"]
    return described


_SHORTCODE_END = re.compile(r":[a-z0-9_+-]+:$")
"""An emoji's shortcode closing a text (invprob 2019's "Welcome Coffee :coffee::cookie:"): its colon is no lead-in's."""


def label_text(kind: str) -> str:
    """A type cell as a label: a lead-in's colon left out ("Invited Talk:" is the label "Invited Talk")."""
    if _SHORTCODE_END.search(kind.rstrip()):
        return kind.rstrip()
    return kind.rstrip(" :") or kind


_NOBODY_GIVES = frozenset({Kind.BREAK, Kind.SOCIAL, Kind.POSTER_SESSION})


_SESSION_NAMED = SESSION_WORDS | {"discussion", "discussions"}
"""Words of a session's name (`Introductory Discussion`, `Closing Discussion`): a "person" so named is the title."""


def title_in_people(people: tuple[str, ...], timed: bool, unattached: bool = False) -> str:
    """A timed row's only "person" that is a break or a social event: the row's title ("" when none is).

    A "person" named with a session's word (`Introductory Discussion`, timed or not) is the title too.
    LIKE23 writes its breaks in the Speaker column, the title cell empty: `10:30-11:00 | Coffee break |`,
    and its discussions so: a kind's label alone ("Discussions") is one too. A "person" the row gives
    nothing of a person for (`unattached`) is the title too: A3-RONA 2024's `20:30 | Big Booze | 빅부즈 |
    <a>Big Booze Map</a>`, whose every speaker has an affiliation and an email.
    """
    if len(people) != 1:
        return ""
    if _SESSION_NAMED & set(people[0].casefold().split()):  # ICCA10's untimed `THU-404-1 | Introductory Discussion`
        return people[0]
    if not timed:
        return ""
    kind = kind_from_title(people[0])
    named = kind in _NOBODY_GIVES or (kind is Kind.PANEL and label_kind(people[0]))
    return people[0] if named or unattached else ""


def unattached(cells: tuple[Cell, ...], mapping: Mapping) -> bool:
    """Whether the table has affiliation or email columns and the row leaves them all empty."""
    columns = [*mapping.columns.get("affiliation", ()), *mapping.columns.get("email", ())]
    return bool(columns) and not any(column < len(cells) and cells[column].text for column in columns)


def title_for_group(title: str, people: tuple[str, ...], timed: bool) -> str:
    """The row's one "person" as its title when its title is a group named for nobody, else "".

    BiomedVis 2023 swaps the two on its closing row: name `Closing`, title `Organizers`. A
    group in the title ("Organizers", "UKNC organisers") names no event, and a break's, an
    opening's or a closing's name in the people names no person: the row is the closing.
    """
    if not timed or len(people) != 1 or not is_placeholder_name(title):
        return ""
    return people[0] if kind_from_title(people[0]) in {*_NOBODY_GIVES, Kind.OPENING, Kind.CLOSING} else ""


def people_in_abstract(people: tuple[str, ...], fields: dict[str, str]) -> tuple[tuple[str, ...], dict[str, str]]:
    """A row's people, and its fields: a row naming nobody whose description is "Panellists: A, B" has them.

    DANE 2024's sheet leaves the speaker empty on its panel row and writes the panellists as its abstract:
    they are its people (the moderator in its Session cell, "Panel discussion (Chair: …)", is none), and the
    line is no abstract. A description that says more than the names (a sentence, a second line) stays.

    >>> people_in_abstract((), {"abstract": "Panellists: Dean Eckles, Nathaniel Stevens"})
    (('Dean Eckles', 'Nathaniel Stevens'), {})
    >>> people_in_abstract((), {"abstract": "Speakers: to be announced"})
    ((), {'abstract': 'Speakers: to be announced'})
    """
    said = _PANELLISTS.match(fields.get("abstract", ""))
    if people or said is None or "\n" in said["names"]:
        return people, fields
    names = tuple(map(without_honorifics, split_people(said["names"])))
    if not names or not all(is_name_shaped(name) for name in names):
        return people, fields
    return names, {field: text for field, text in fields.items() if field != "abstract"}
