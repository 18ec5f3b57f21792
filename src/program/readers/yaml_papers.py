"""A static site's YAML list of accepted papers: SURE 2025's `_data/2025/accepted_papers.yml`.

SURE keeps its papers as `papers:` → mappings with a `title`, `authors` ("Name (Affil), Name
(Affil)"), a `type`, an `abstract` (with `<br>`s), a `pub_url` and a `paper_id`, and no times:
not a schedule but a pool of papers, as an OpenReview or Mini-Conf export is. A list whose
entries have no time or day of their own or around them, and of which most have a title and authors,
is read so: each a `Paper` (authors split as the paper lists split them, the link kept), no
items; `program plan` places them. The list is the one the program file names (`items`), else
the one the file's shape suggests.
"""

from __future__ import annotations

from collections.abc import Sequence
from typing import Any

from program.model import Link, Paper, Problem, Program, SourceRef
from program.readers.paper_records import counted, listed_paper, paper_pool, split_authors, untitled
from program.readers.yaml_people import person_name
from program.readers.yaml_shape import Found, inherited, key_of, parse_path, value, walk
from program.readers.yaml_suggested import suggested_path
from program.readers.yaml_text import plain_text


def paper_list(data: Any, source: str, mapping: dict[str, str]) -> Program | None:
    """The file's papers, when its entries are a list of papers (see the module's text); else None."""
    path = mapping.get("items") or suggested_path(data)
    if path is None:
        return None
    found = list(walk(data, parse_path(path)))
    if not found or any(_timed(one, mapping) for one in found):
        return None
    authored = [one for one in found if value(one.entry, "title", mapping) and value(one.entry, "people", mapping)]
    if len(authored) * 2 <= len(found):
        return None
    papers: list[Paper] = []
    problems: list[Problem] = []
    for one in found:
        where = SourceRef(source, one.entry.line)
        title = value(one.entry, "title", mapping)
        if not isinstance(title, str):
            problems.append(untitled(where, "a paper"))
            continue
        papers.append(
            listed_paper(
                plain_text(title),
                _authors(value(one.entry, "people", mapping)),
                _abstract(value(one.entry, "abstract", mapping)),
                len(papers) + 1,
                where,
                _links(one, mapping),
            )
        )
    keys = ", ".join(
        f"{key} → {field}" for field in ("title", "people", "abstract", "link") if (key := _key(found, field, mapping))
    )
    authors = {author for paper in papers for author in paper.authors}
    shape = f"{counted(len(papers), 'paper')}, {counted(len(authors), 'author')}; papers at {path}; {keys}"
    return paper_pool(source, papers, problems, [f"a list of papers (title and authors, no times): {shape}"])


def _timed(found: Found, mapping: dict[str, str]) -> bool:
    """Whether an entry has a time or a day, its own or around it (ENEEM 2019's untimed activities in dated days)."""
    return any(inherited(found, field, mapping)[0] is not None for field in ("start", "end", "date"))


def _authors(written: Any) -> tuple[str, ...]:
    """The authors as a list or as one text ("A (Affil),B (Affil), C"), in order.

    A list holds names, or mappings naming them (WoLLIC 2025's `authors: [{name, site}]`).
    """
    if isinstance(written, list):
        names = (one if isinstance(one, str) else person_name(one) if isinstance(one, dict) else "" for one in written)
        return tuple(name for one in names if (name := plain_text(one)))
    return split_authors(plain_text(written)) if isinstance(written, str) else ()


def _abstract(written: Any) -> str | None:
    return " ".join(plain_text(written).split()) or None if isinstance(written, str) else None


def _links(found: Found, mapping: dict[str, str]) -> tuple[Link, ...]:
    """The paper's link (`pub_url`, `url`, `link`, `pdf`), kept as written (a site's own path too)."""
    keys = [key_of(found.entry, "link", mapping), *(key for key in found.entry if key.casefold() in ("pub_url", "pdf"))]
    return tuple(
        Link(key, link.strip())
        for key in dict.fromkeys(key for key in keys if key)
        if isinstance(link := found.entry.get(key), str) and link.strip() and link.strip() != "#"
    )


def _key(found: Sequence[Found], field: str, mapping: dict[str, str]) -> str | None:
    return next((key for one in found if (key := key_of(one.entry, field, mapping))), None)
