"""Text normalisation shared by everything that matches titles and names."""

from __future__ import annotations

import difflib
import hashlib
import re
import unicodedata
from collections.abc import Iterable
from functools import lru_cache
from typing import Any

_WORD = re.compile(r"[^\W_]+")
"""A run of letters and digits: what a match key keeps (punctuation, "_" and spaces part words)."""


_CONTROL = re.compile("[\x00-\x08\x0e-\x1f\x7f-\x9f]")
_BREAKING_CONTROL = re.compile("[\x0b\x0c]")
_ESCAPED_CONTROL = re.compile(r"\\u00(?:[01][0-9a-fA-F]|7[fF]|[89][0-9a-fA-F])")


def without_control_characters(text: str) -> str:
    r"""Return `text` without control characters: ESC, BEL, NUL… go, vertical tab and form feed become spaces.

    Tab and line feed stay. No output format wants the others: iCalendar forbids them
    (RFC 5545 3.3.11), XML 1.0 cannot hold them, a terminal obeys them.

    >>> without_control_characters("a\x1b[31mb\x07\x0bc\u0085")
    'a[31mb c'
    """
    return _BREAKING_CONTROL.sub(" ", _CONTROL.sub("", text))


def without_control_characters_in(value: Any) -> Any:
    """Return a parsed JSON value with every string (keys too) cleaned by `without_control_characters`."""
    if isinstance(value, str):
        return without_control_characters(value)
    if isinstance(value, list):
        return [without_control_characters_in(entry) for entry in value]
    if isinstance(value, dict):
        return {without_control_characters(key): without_control_characters_in(entry) for key, entry in value.items()}
    return value


def has_escaped_control_characters(json_text: str) -> bool:
    r"""Whether JSON text writes a control character as an escape (\u0000, \u001b)."""
    return _ESCAPED_CONTROL.search(json_text) is not None


def collapse_space(text: str) -> str:
    """Return `text` with runs of white space folded to one space and trimmed."""
    return " ".join(text.split())  # str.split splits at what re matches as \s, every Unicode space


PLACEHOLDER_NAMES = frozenset(
    {
        *("", "-", "–", "—", "?", "tba", "tbd", "tbc", "n/a", "na", "n.n.", "n. n.", "nn", "none", "you!"),
        *("to be announced", "to be confirmed", "to be determined", "speaker tba", "speaker tbd"),
        # a group standing where a name goes (ADAM at AAAI 2022: "Organizers", "Contributed Speakers")
        *("organizers", "organisers", "the organizers", "the organisers", "organizing committee"),
        *("organising committee", "organizing team", "organising team", "chairs", "session chairs"),
        *("speakers", "contributed speakers", "invited speakers", "panelists", "panellists", "all", "everyone"),
        *("various", "various speakers", "several speakers", "multiple speakers", "participants", "attendees"),
        *("diverse", "verschiedene"),  # German "various": GPN11's voctosched CSV
        "staff",  # PonyFest 2026's opening: "panelists": "Staff"
        *("all welcome", "everyone welcome", "open to all"),  # TWoFCS 2019's community meeting: "All Welcome"
        *("facilitators", "tutors", "instructors", "trainers"),  # IBS Tanzania 2025's practicals: "Facilitators"
        *("friends", "and friends", "guests", "and guests", "others"),  # HOPE 9: "Emmanuel Goldstein and friends"
        # French: Ethics by Design 2020's speaker "À venir" (to come) and its opening by "Équipe" (the organising team)
        *("à venir", "a venir", "équipe", "equipe", "l'équipe", "équipe d'organisation", "team", "the team"),
        # Portuguese: Python Nordeste 2018's maratona by "Equipes inscritas" (the registered teams), its closing by
        # "Keynotes"; "Palestrantes" (speakers), "Convidados" (guests), "A definir" (to be decided)
        *("keynotes", "keynote speakers", "palestrantes", "convidados", "convidadas", "a definir", "a confirmar"),
        *("equipes inscritas", "times inscritos", "participantes", "todos"),
        # Japanese 調整中 (being arranged) and 未定 (undecided), Chinese 待定, Korean 미정 (CROSS 2014's `（調整中）`)
        *("調整中", "未定", "交渉中", "待定", "未定嘉宾", "미정"),
        # "Diversos" (various) beside SciPy LA 2018's open spaces; PyCon PH 2015's group picture with "Everybody"
        *("diversos", "diversas", "vários", "varios", "everybody"),
    }
)
"""What a feed writes where nobody (or no one person) is named: no person of the program, never indexed.

The one list: every reader's people pass through `is_placeholder_name` when the program is assembled."""


@lru_cache(maxsize=1 << 16)  # asked of every name on every item: an author on 50 items is asked once
def is_placeholder_name(name: str) -> bool:
    """Whether a people line's name stands for nobody ("-", "TBA", "N.N.").

    >>> [is_placeholder_name(name) for name in ("-", " TBA ", "N.N.", "Ada Lovelace", "-Max Gausepohl", "Panelists")]
    [True, True, True, False, False, True]
    >>> is_placeholder_name("LIKE23 committee"), is_placeholder_name("Local Organizers")
    (True, True)
    >>> is_placeholder_name("Chairs of the Workshop"), is_placeholder_name("Organizers of ISGIE")
    (True, True)
    >>> is_placeholder_name("Dynamic signup!"), is_placeholder_name("Cyclus Community")
    (True, True)
    >>> is_placeholder_name("Social time"), is_placeholder_name("Rescheduled to 9 PM"), is_placeholder_name("Ada Panel")
    (True, True, False)
    >>> [is_placeholder_name(name) for name in ("Invitados", "Rector UVG", "Comité Organizador", "Luis Zea")]
    [True, True, True, False]
    >>> is_placeholder_name("Varios ponentes"), is_placeholder_name("Miembros del grupo")
    (True, True)
    >>> is_placeholder_name("Organizadores do Devfest BH"), is_placeholder_name("Ana Coimbra")
    (True, False)
    >>> is_placeholder_name("Inscrições no local"), is_placeholder_name("Equipes inscritas")
    (True, True)
    >>> is_placeholder_name("Project 9123"), is_placeholder_name("Team #4"), is_placeholder_name("Projector Smith")
    (True, True, False)
    >>> is_placeholder_name("（調整中）"), is_placeholder_name("(TBA)"), is_placeholder_name("(Ada Lovelace)")
    (True, True, False)
    >>> is_placeholder_name("Python.PH President"), is_placeholder_name("Diversos"), is_placeholder_name("Everybody")
    (True, True, True)
    >>> is_placeholder_name("Participantes- Comunidades"), is_placeholder_name("Ana Coimbra y Comunidades")
    (True, False)
    """
    # "Organizers [Example Org]": an affiliation the reader joined on does not make a person
    folded = collapse_space(name.split(" [", 1)[0]).casefold().strip("()（）")
    return (
        folded in PLACEHOLDER_NAMES
        or _GROUP.match(folded) is not None
        or _GROUP_OF.match(folded) is not None
        or _SIGN_UP.match(folded) is not None
        or _LABEL.match(folded) is not None
        or _SPANISH_GROUP.match(folded) is not None
        or _PORTUGUESE_GROUP.match(folded) is not None
        or _NUMBERED_GROUP.match(folded) is not None
        or _all_groups(folded)
    )


_NUMBERED_GROUP = re.compile(
    r"^(?:project|team|group|poster|table|booth|stand|room|track|session|breakout|projekt|projet|proyecto|projeto"
    r"|progetto|gruppe|groupe|grupo|gruppo|équipe|equipo|verkefni|hópur)\s*(?:#|no\.?|nr\.?)?\s*\d+[a-z]?$"
)
"""A group or a thing named by its number where a name goes (MFRI's acoustic workshop 2026: its project work's
speakers are "Project 9123", "Project 14224"): no person, as an id alone names nobody (`people._NO_NAME`)."""


_JOINED = re.compile(r"\s*[-–/&,]\s*|\s+(?:y|and|e|et|und)\s+")
_GROUPS = frozenset({"comunidades", "communities", "comunidad", "community", "público", "publico", "public"})
"""Groups that stand where a name goes only beside another ("Participantes- Comunidades"): alone, a word."""


def _all_groups(folded: str) -> bool:
    """Whether two or more placeholders are joined: nobody named.

    FLISoL Sucre 2019's install fest by "Participantes- Comunidades" (the participants and the communities);
    "Organizers & Speakers".
    """
    parts = [part for part in _JOINED.split(folded) if part]
    return len(parts) > 1 and all(part in PLACEHOLDER_NAMES or part in _GROUPS for part in parts)


_GROUP = re.compile(r"^(?:\S+\s+){1,3}(?:committee|organi[sz]ers|chairs|community|(?:vice[\s-]?)?president)$")
"""A group named by what it is (LIKE23's welcome by "LIKE23 committee", "Local Organizers"), or a role of one
(PyCon PH 2015's message by "Python.PH President"): no one person named."""
_GROUP_OF = re.compile(
    r"^(?:the\s+)?(?:(?:co-?)?chairs|organi[sz]ers|(?:organi[sz]ing\s+|program(?:me)?\s+)?committee)"
    r"\s+of\s+(?:the\s+)?\S+(?:\s+\S+)?$"
)
"""A group named by what it is of (ISGIE 2022's introduction by "Chairs of the Workshop"): no one person."""
_SIGN_UP = re.compile(r"^(?:(?:\w+\s+)?sign[\s-]?ups?\b|inscri[çc](?:[õo]es|[ãa]o)\s+(?:no\s+local|abertas?)\b).*$")
"""Speakers to be signed up for on the day (TWoFCS 2019's lightning talks: "Dynamic signup!"; Python Nordeste
2018's: "Inscrições no local", sign up on site): nobody yet."""
_LABEL = re.compile(r"^(?:panel(?:\s+discussion)?|social(?:\s+time)?|(?:rescheduled|postponed|cancell?ed)\b.*)$")
"""What a row says in its name column of itself (Neuromatch 2020's `fullname`: "Panel Discussion (…)",
"Social time", "Rescheduled to 9 PM"): no person."""


_SPANISH_GROUP = re.compile(
    r"^(?:invitad[oa]s|ponentes|panelistas|organizador(?:es|as)"
    r"|(?:vari[oa]s|diversos|otr[oa]s)\s+(?:ponentes|participantes|invitad[oa]s)|miembros\s+del\s+(?:grupo|equipo)"
    r"|(?:(?:un\s+|una\s+)?miembr[oa]s?\s+del\s+)?comit[ée]\s+(?:organizador|científico)(?:\s+\S+)?"
    r"|(?:vice)?rector[a]?|decan[oa]|director[a]?|president[ea]|ministr[oa]|alcalde(?:sa)?)(?:\s+[a-z]{2,6})?$"
)
"""A group or a role where a Spanish sheet names nobody (CEC 2024: "Invitados", "Comité Organizador", "Miembro del
Comité Organizador CEC", "Rector UVG" beside the rector's name; Innova Ciencias: "Varios ponentes", several speakers,
and "Miembros del grupo", the group's members): no person. A role is followed by one short word
(the institution's acronym) at most: "Rector UVG" is nobody, "Director Juan Pérez" no match."""


_PORTUGUESE_GROUP = re.compile(
    r"^(?:(?:os|as)\s+)?(?:organizador(?:es|as)|comiss[ãa]o\s+organizadora)\s+d[aoe]s?\s+\S+(?:\s+\S+){0,2}$"
)
"""The organisers of an event where a Portuguese schedule names a speaker (DevFest BH 2017's welcome and closing:
"Organizadores do Devfest BH"): no one person."""


@lru_cache(maxsize=1 << 20)  # names and titles are matched again and again by every step
def match_key(text: str) -> str:
    """Return a key under which two spellings of one title or name compare equal.

    Case, accents, punctuation and spacing are ignored: "HEAT: Hardware-Efficient" and
    "heat hardware efficient" give the same key.

    >>> match_key("Clément  METZ")
    'clement metz'
    """
    decomposed = unicodedata.normalize("NFKD", text.casefold())
    # No ASCII character is a combining mark: most titles and names need no look at each one.
    without_marks = (
        decomposed if decomposed.isascii() else "".join(ch for ch in decomposed if not unicodedata.combining(ch))
    )
    return " ".join(_WORD.findall(without_marks))


def title_key(title: str) -> str:
    """Return the key under which two spellings of one title are one paper: `match_key`'s.

    A title with no word ("???", "—") has an empty match key, so it is keyed by itself,
    case and spacing aside: "???" and "!!!" are two papers, not one.

    >>> title_key("HEAT: Hardware-Efficient"), title_key(" ???"), title_key("!!!")
    ('heat hardware efficient', '???', '!!!')
    """
    return match_key(title) or collapse_space(title.casefold())


def slugify(text: str, max_length: int = 48) -> str:
    """Return a lower-case ASCII slug of `text`, cut at a word boundary.

    >>> slugify("HEAT: Hardware-Efficient Automatic Tensor Decomposition", 24)
    'heat-hardware-efficient'
    """
    ascii_words = match_key(text).encode("ascii", "ignore").decode().split()
    whole = "-".join(ascii_words)
    if 0 < len(whole) <= max_length:  # most titles and names: every word fits
        return whole
    slug = ""
    for word in ascii_words:
        candidate = f"{slug}-{word}" if slug else word
        if len(candidate) > max_length:
            break
        slug = candidate
    if slug:
        return slug
    # A name in a script without ASCII letters still needs a stable, URL-safe id.
    return ascii_words[0][:max_length] if ascii_words else short_hash(match_key(text))


def short_hash(text: str, length: int = 6) -> str:
    """Return the first `length` hex digits of the SHA-256 of `text`."""
    return hashlib.sha256(text.encode()).hexdigest()[:length]


def did_you_mean(name: str, known: Iterable[str], *, count: int = 1) -> str:
    """Return "; did you mean 'x'?" naming the known words nearest `name`, or "" when none is near.

    >>> did_you_mean("spotlght", ["poster", "spotlight"])
    "; did you mean 'spotlight'?"
    """
    near = difflib.get_close_matches(name, list(known), n=count, cutoff=0.6)
    return f"; did you mean {' or '.join(repr(word) for word in near)}?" if near else ""
