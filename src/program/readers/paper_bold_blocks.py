"""A paper list of HTML blocks, each paper a bold block over plain ones: CCIR 2023's accepted papers.

CCIR 2023 (a Jekyll page holding HTML) writes each of its 56 papers as

    <div style="font-weight: bold">一种注意力引导知识增强的事件因果关系识别方法</div>
    <div>事件因果关系识别是自然语言处理领域重要任务，…</div>
    <div>Bo Xu (Dalian University of Technology), Jinchen Sun (…) and Linlin Zong (…)</div>
    <p></p>

Read a line at a time, the abstract was taken for the title and the authors kept their
affiliations; a Chinese title was taken for an author line. Where the page sets two titles or
more apart so, and the last plain block under each is an author list, the blocks are read: the
bold block is the title, the last plain one its authors, the plain ones between its abstract
(one that repeats the title left out). The names are cut at commas, full-width ones too, and
`and`, also where it is glued to the next name (`and张宇`), never inside a bracket; where each
works (`(哈尔滨工业大学)`, `(Harbin Institute of Technology (Shenzhen))`) is written after the name
in square brackets, the form the people directory reads as an affiliation whatever it holds (in
round ones, one word without spaces is read as a nickname).
"""

from __future__ import annotations

import html
import re
from collections.abc import Iterator

import attrs

from program.model import Paper, SourceRef
from program.readers.paper_records import listed_paper

_BOLD_BLOCK = re.compile(
    r"<div\b[^<>]*\bstyle\s*=\s*[\"'][^\"'<>]*font-weight\s*:\s*(?:bold|[6-9]00)[^\"'<>]*[\"'][^<>]*>"
    r"(?P<text>(?:(?!</?div\b).){1,2000}?)</div>",
    re.IGNORECASE | re.DOTALL,
)
"""A title set apart by its block's style: `<div style="font-weight: bold">Title</div>`."""
_PLAIN_BLOCK = re.compile(r"<div>(?P<text>(?:(?!</?div\b).)*?)</div>", re.IGNORECASE | re.DOTALL)
_TAG = re.compile(r"<[^<>]*>")
_PLACE_MARK = re.compile(r"⟨(\d+)⟩")
"""Where a bracket stood after a name (`_outside_brackets`)."""
_BETWEEN_NAMES = re.compile(r"\s*,\s*|\s+and\s+|\s*\band(?=[^\x00-\x7f])")
"""Commas and `and` between names, also `and` glued to a name in Chinese characters (`(哈尔滨工业大学) and张宇`)."""
_SENTENCE = re.compile(r"[。；;:：]|\w{3,}\.\s+\S|\s\w+\s\w+\s\w+\s\w+\s\w+\s\w+\s")
"""What no author list holds: a sentence's stop, a colon, six words in a row without a comma between names."""
_LONGEST_NAME = 40
_MIN_PAPERS = 2


@attrs.frozen
class _Entry:
    title: str
    blocks: tuple[str, ...]
    line: int


def bold_block_papers(text: str, source: str) -> list[Paper] | None:
    """The papers of a page of bold title blocks over plain ones; None unless two or more end in an author list."""
    entries = list(_entries(text))
    authored = [entry for entry in entries if entry.blocks and _authors(entry.blocks[-1]) is not None]
    if len(authored) < _MIN_PAPERS or len(authored) * 2 < len(entries):
        return None
    papers: list[Paper] = []
    for entry in entries:
        authors = _authors(entry.blocks[-1]) if entry.blocks else None
        about = entry.blocks[:-1] if authors is not None else entry.blocks
        abstract = "\n".join(block for block in about if block.rstrip(". ") != entry.title.rstrip(". ")) or None
        where = SourceRef(source, entry.line)
        papers.append(listed_paper(entry.title, authors or (), abstract, len(papers) + 1, where))
    return papers


def _entries(text: str) -> Iterator[_Entry]:
    """Each bold block's text, the plain blocks after it up to the next bold one, and its line."""
    found = list(_BOLD_BLOCK.finditer(text))
    for index, title in enumerate(found):
        end = found[index + 1].start() if index + 1 < len(found) else len(text)
        blocks = tuple(
            plain for block in _PLAIN_BLOCK.finditer(text, title.end(), end) if (plain := _plain(block["text"]))
        )
        if written := _plain(title["text"]):
            yield _Entry(written, blocks, text.count("\n", 0, title.start()) + 1)


def _authors(block: str) -> tuple[str, ...] | None:
    """The authors of an author list, each "Name [where they work]"; None for a block that is no such list."""
    names, places = _outside_brackets(block)
    if names is None or _SENTENCE.search(f" {names} "):
        return None
    authors: list[str] = []
    for part in _BETWEEN_NAMES.split(names.replace("，", ", ")):
        found = [int(mark) for mark in _PLACE_MARK.findall(part)]
        name = " ".join(_PLACE_MARK.sub(" ", part).split()).strip(" .")
        if not name or len(name) > _LONGEST_NAME:
            return None
        authors.append(f"{name} [{places[found[0]]}]" if found else name)
    return tuple(authors) if authors else None


def _outside_brackets(block: str) -> tuple[str | None, list[str]]:
    """The block with each bracket (nested ones in it) replaced by a mark `⟨N⟩`, and what each bracket holds.

    None for a block whose brackets do not close.
    """
    outside: list[str] = []
    places: list[str] = []
    inside: list[str] = []
    depth = 0
    for char in block:
        if char in "(（":
            inside += [char] if depth else []
            depth += 1
        elif char in ")）" and depth:
            depth -= 1
            inside += [char] if depth else []
            if not depth:
                outside.append(f" ⟨{len(places)}⟩ ")
                places.append("".join(inside).strip())
                inside = []
        elif depth:
            inside.append(char)
        else:
            outside.append(char)
    return (None, places) if depth else ("".join(outside), places)


def _plain(markup: str) -> str:
    return " ".join(html.unescape(_TAG.sub(" ", markup)).split())
