"""Labels a copy glued into an entry's body, split off it (part of bringing a page into shape).

A title line may carry link labels and a kind label at its end ("Lunch (Break) link »"),
a kind label may be written with spaces inside ("( gather.town )"), and a link label may be
glued to the abstract after it ("SlidesLive Video » Temporal graphs…"). `unglued_labels`
gives each its own line, the canonical shape the entry reader expects; `merged_kind_lines`
joins a kind label written over three lines.
"""

from __future__ import annotations

import re
from collections import deque
from collections.abc import Iterable, Iterator

from program.readers.base import Line
from program.readers.kind_labels import is_kind_label

LINK_MARK = "»"

_KNOWN_LINK_LABELS = (
    "link",
    "slideslive video",
    "video",
    "slides",
    "poster",
    "paper",
    "chat",
    "openreview",
    "code",
    "website",
    "recording",
    "abstract",
)
"""Link labels conference sites put after a title, matched case-folded (glued to a title)."""
_TITLE_LINK = re.compile(rf"^(?P<rest>.*?)\s+(?P<label>(?i:{'|'.join(_KNOWN_LINK_LABELS)}))\s*{LINK_MARK}$")
_GLUED_LINK = re.compile(
    rf"^(?P<label>[^\s{LINK_MARK}.,;!?][^{LINK_MARK}.,;!?]{{0,38}}?)\s*{LINK_MARK}\s+(?P<rest>\S.*)$"
)
"""A short link label (up to 40 characters, no sentence punctuation) glued to the line after it."""
_LABEL_WORDS = 4
_SPACED_LABEL = re.compile(r"^\(\s+(?P<label>[^()]*?)\s*\)$|^\((?P<tight>[^()]*?)\s+\)$")
_TRAILING_LABEL = re.compile(r"^(?P<title>.*\S)\s*\(\s*(?P<label>[^()]+?)\s*\)$")


def unglued_labels(segment: tuple[Line, ...]) -> tuple[Line, ...]:
    """Split glued labels off (title first): links and a kind label after the title, a link before an abstract."""
    title, glued = _title_and_glued(segment[0])
    lines = [title, *glued]
    rest = [Line(line.number, _tight_label(line.text)) if line.text.startswith("(") else line for line in segment[1:]]
    position = 0
    while position < len(rest) and _is_label_or_link(rest[position].text):
        position += 1
    if (
        position < len(rest)
        and LINK_MARK in rest[position].text  # what _GLUED_LINK needs: most abstracts are spared it
        and (found := _GLUED_LINK.match(rest[position].text))
        and _short(found["label"])
    ):
        number = rest[position].number
        rest[position : position + 1] = [Line(number, f"{found['label']} {LINK_MARK}"), Line(number, found["rest"])]
    return tuple(lines + rest)


def _title_and_glued(line: Line) -> tuple[Line, list[Line]]:
    """Split link labels and a kind label glued to the end of a title line."""
    text = line.text
    links: list[str] = []
    while text.endswith(LINK_MARK) and (found := _TITLE_LINK.match(text)) and found["rest"]:
        links.insert(0, f"{found['label']} {LINK_MARK}")
        text = found["rest"]
    kind: list[str] = []
    label = _TRAILING_LABEL.match(text) if text.endswith(")") else None
    if label and (links or _SPACED_LABEL.match(text[text.rindex("(") :]) or is_kind_label(label["label"])):
        kind = [f"({label['label']})"]
        text = label["title"]
    return Line(line.number, text), [Line(line.number, glued) for glued in kind + links]


def _tight_label(text: str) -> str:
    """Write a label with spaces inside, "( gather.town )", as "(gather.town)"."""
    found = _SPACED_LABEL.match(text)
    return f"({(found['label'] or found['tight'] or '').strip()})" if found else text


def _is_label_or_link(text: str) -> bool:
    return (text.startswith("(") and text.endswith(")")) or text.endswith(LINK_MARK) or _is_link_with_url(text)


def _is_link_with_url(text: str) -> bool:
    label, mark, url = text.partition(LINK_MARK)
    return bool(mark) and _short(label) and len(url.split()) == 1 and "://" in url


def _short(label: str) -> bool:
    return 0 < len(label.split()) <= _LABEL_WORDS


def merged_kind_lines(lines: Iterable[Line]) -> Iterator[Line]:
    """Join a kind label written over three lines, "(" / "Spotlight Talk" / ")", into one line."""
    source = iter(lines)
    ahead: deque[Line] = deque()  # lines read to look past a "(", given back next
    while True:
        if ahead:
            line = ahead.popleft()
        else:
            for line in source:  # most lines: given on as they come
                if line.text == "(":
                    break
                yield line
            else:
                return
        if line.text == "(":
            while len(ahead) < 2 and (following := next(source, None)) is not None:
                ahead.append(following)
            if len(ahead) == 2 and ahead[1].text == ")":
                yield Line(line.number, f"({ahead[0].text.strip()})")
                ahead.clear()
                continue
        yield line
