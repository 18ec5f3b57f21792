r"""LaTeX in titles and abstracts, rendered as readable Unicode for people to read.

Academic sites carry fragments like `$\mu$sec`, `$\textbf{NeuralFuse}$`, `$13.3\%$` and
`Nystr\"om`. Only text a reader marked as copied from such a page (`Item.scraped`) is
rendered, and only its fragments go through pylatexenc: math between dollars and known
commands. The rest of the text is not LaTeX (a bare `%` there is a percent sign, `\o/` a
cheer, a lone backslash a backslash) and is left exactly as written, glued words included.
A conference tool's export (frab, pretalx) is never rendered. The model keeps the raw text;
writers call this module.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache
from urllib.parse import quote

import attrs
from pylatexenc.latex2text import LatexNodes2Text
from pylatexenc.latexwalker import get_default_latex_context_db

from program.i18n import Lang
from program.model import Item
from program.writers.shown_names import NamedPeople

_FRAGMENT = re.compile(
    r"\$(?P<math>(?=\S)[^$]{0,199}\S|\S)\$(?!\d)"  # inline math, pandoc's rule: no space inside the dollars
    r"|(?P<styled>\\(?:textbf|textit|emph|texttt)\{(?P<inner>[^{}]*)\})"  # styled text outside math
    # Commands: a named one (\ldots, \alpha), a one-letter one only with its braces ({\o},
    # \v{c}: a bare \o/ is a cheer), accents (\"o) and escaped specials (\%).
    r"|(?P<command>\{\\[A-Za-z]\}|\\(?:[A-Za-z]{2,}(?:\{[^{}]*\})?|[A-Za-z]\{[^{}]*\}|[\"'`^~=.]\{?[A-Za-z]\}?|[%&_#$]))"
)
_STYLE = re.compile(r"^\\(?P<name>textbf|textit|emph|texttt)\{(?P<inner>[^{}]*)\}$")
_SUPERSCRIPTS = str.maketrans("0123456789+-=()ni", "⁰¹²³⁴⁵⁶⁷⁸⁹⁺⁻⁼⁽⁾ⁿⁱ")
_SUBSCRIPTS = str.maketrans("0123456789+-=()", "₀₁₂₃₄₅₆₇₈₉₊₋₌₍₎")
_SCRIPT = re.compile(r"(?P<mark>[\^_])(?:\{(?P<braced>[^{}]*)\}|(?P<single>\S))")


@attrs.frozen
class Span:
    """A run of clean text and its style: None, "bold", "italic" or "code"."""

    text: str
    style: str | None = None


@lru_cache(maxsize=1)
def _converter() -> LatexNodes2Text:
    return LatexNodes2Text(math_mode="text", strict_latex_spaces=True)


# Every writer asks for the items' titles again (88,000 asks at 10,000 items).
@lru_cache(maxsize=1 << 16)
def spans(raw: str, *, latex: bool) -> tuple[Span, ...]:
    r"""Return `raw` as styled spans, with every LaTeX fragment rendered if it may hold `latex`.

    >>> spans(r"we propose $\textbf{NeuralFuse}$, 30% less", latex=True)
    (Span(text='we propose ', style=None), Span(text='NeuralFuse', style='bold'), Span(text=', 30% less', style=None))
    """
    if not latex or ("$" not in raw and "\\" not in raw):  # every fragment holds one: most texts are spared the scan
        return (Span(raw),) if raw else ()
    result: list[Span] = []
    position = 0
    for match in _FRAGMENT.finditer(raw):
        result.append(Span(raw[position : match.start()]))
        result.extend(_fragment_spans(match))
        position = match.end()
    result.append(Span(raw[position:]))
    return _merged([span for span in result if span.text])


def plain_text(raw: str, *, latex: bool) -> str:
    r"""Return `raw` with its LaTeX fragments rendered as Unicode if it may hold `latex`, styles dropped.

    >>> plain_text(r"$\mu$sec, $13.3\%$, Nystr\"om, $R^2$-dLLM, $k$-Means, 50% of <b>, \o/", latex=True)
    'μsec, 13.3%, Nyström, R²-dLLM, k-Means, 50% of <b>, \\o/'
    >>> plain_text(r"We\'ll cheer \o/ ¯\_(ツ)_/¯", latex=False)
    "We\\'ll cheer \\o/ ¯\\_(ツ)_/¯"
    """
    if not latex:
        return raw
    return "".join(span.text for span in spans(raw, latex=True))


def title_text(item: Item) -> str:
    """Return an item's title as people read it: LaTeX rendered where its feed may hold some."""
    return plain_text(item.title, latex=item.scraped)


def _fragment_spans(match: re.Match[str]) -> list[Span]:
    if match["math"] is not None:
        style = _STYLE.match(match["math"].strip())
        if style:
            return [Span(_convert(style["inner"]), _style_name(style["name"]))]
        return [Span(_scripts(_convert(match["math"])))]
    if match["styled"] is not None:
        name = match["styled"][1 : match["styled"].index("{")]
        return [Span(_convert(match["inner"]), _style_name(name))]
    # A macro that renders to nothing is not one the text meant ("back\slash"): keep it.
    return [Span(_convert(match["command"]).strip() or match["command"])]


@lru_cache(maxsize=1)
def _latex_context() -> object:
    """The table of LaTeX macros, built once: pylatexenc builds it for every text otherwise (half its time)."""
    return get_default_latex_context_db()


@lru_cache(maxsize=1 << 14)
def _convert(latex: str) -> str:
    r"""Render one fragment; the same fragment ($n$, \"o) recurs across titles, abstracts and outputs."""
    try:
        return str(_converter().latex_to_text(latex, latex_context=_latex_context()))
    except Exception:
        return latex


def _scripts(text: str) -> str:
    def replace(match: re.Match[str]) -> str:
        body = match["braced"] if match["braced"] is not None else match["single"]
        table = _SUPERSCRIPTS if match["mark"] == "^" else _SUBSCRIPTS
        converted = body.translate(table)
        return (
            converted
            if all(ch != orig or not ch.isalnum() for ch, orig in zip(converted, body, strict=True))
            else match[0]
        )

    return _SCRIPT.sub(replace, text)


def _style_name(command: str) -> str:
    return {"textbf": "bold", "textit": "italic", "emph": "italic", "texttt": "code"}[command]


def _merged(items: list[Span]) -> tuple[Span, ...]:
    merged: list[Span] = []
    for span in items:
        if merged and merged[-1].style == span.style:
            merged[-1] = Span(merged[-1].text + span.text, span.style)
        else:
            merged.append(span)
    return tuple(merged)


ENGLISH = Lang()
"""The labels of outputs that are not in the program's language (schedule exports)."""
LISTED_POSTERS = 50
"""A poster session's description lists its posters up to this many; a calendar is no catalogue."""


def poster_lines(
    posters: Sequence[Item], names: NamedPeople, limit: int = LISTED_POSTERS, *, lang: Lang = ENGLISH
) -> list[str]:
    """Return "P7 Title (Authors)" for each poster, or one line counting them if over `limit`.

    The same event goes into every presenter's personal calendar; a list of hundreds of
    posters would be noise there, repeated a thousand times.
    """
    if len(posters) > limit:
        first = next((poster.board for poster in posters if poster.board), None)
        last = next((poster.board for poster in reversed(posters) if poster.board), None)
        span = f" ({first}–{last})" if first else ""
        counted = lang.gettext("%(count)s posters%(boards)s; the printed program lists them all")
        return [counted % {"count": len(posters), "boards": span}]
    return [
        f"{poster.board + ' ' if poster.board else ''}{title_text(poster)}"
        + (f" ({names.joined(poster.people, on=poster.id)})" if poster.people else "")
        for poster in posters
    ]


_URI_SAFE = "!#$%&'()*+,-./:;=?@[]_~"


def uri_text(url: str) -> str:
    """Return `url` as a valid URI: characters RFC 3986 does not allow are percent-encoded.

    Feeds copy links as browsers show them ("…?q=a b", "…/Zoë"); calendars and schedule
    formats want URIs. Existing %XX escapes are kept, so an encoded URL stays as it is.

    >>> uri_text("https://example.org/Zoë?q=a b&x=<2>")
    'https://example.org/Zo%C3%AB?q=a%20b&x=%3C2%3E'
    """
    return quote(url.strip(), safe=_URI_SAFE)


_WEB_SCHEMES = ("http://", "https://", "mailto:")


def web_url(url: str | None) -> str | None:
    """Return `url` as a valid URI if it is a web or mail address, else None.

    Outputs link only to these: a feed's "javascript:" or "file:" link is dropped, not
    offered to a reader's click.

    >>> web_url("JavaScript:alert(1)") is None, web_url("https://example.org/a b")
    (True, 'https://example.org/a%20b')
    """
    if url is None or not url.strip().lower().startswith(_WEB_SCHEMES):
        return None
    return uri_text(url)


_NOT_XML = re.compile("[\x00-\x08\x0b\x0c\x0e-\x1f\ud800-\udfff\ufffe\uffff]")


def xml_text(text: str) -> str:
    """Return `text` without the characters XML 1.0 forbids.

    No escaping can carry them; a title made from a file name may hold an ESC.
    """
    return _NOT_XML.sub("", text)
