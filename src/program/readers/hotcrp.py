"""HotCRP's JSON export of submissions (Download › JSON, or the API's `papers`) as an accepted-paper list.

Each paper is `{pid, title, authors: [{first, last, email, affiliation}], abstract, decision,
status, submitted, …}` (`src/paperexport.php`). Its title, authors (first and last name, the
affiliation as "Name [Affiliation]", as CMT's) and abstract become a paper of the pool,
numbered by its pid; e-mail addresses, topics, conflicts and the site's own fields are not read.

An export holds every submission the search found, rejected and withdrawn ones too, so only
the accepted are read. HotCRP has written the decision three ways: since 2023 `decision` the
decision's name and `status` its category (`accept`, `reject`, `desk_reject`, `submitted`
for an undecided or "maybe" one); from 2022 to 2023 `decision` the decision's number
(positive accepts, negative rejects) and `status` `accepted` or `rejected`; from 2017 to 2022
both the decision's name ("Accepted And Announced"). A withdrawn paper says `withdrawn: true`
and `status: withdrawn`, one never submitted `draft` or `inprogress`.

A paper whose decision says neither accepted nor rejected (no decision: undecided, or the
viewer who exported could not see decisions; a name such as "Maybe") is left out too, with a
warning naming how many and why: publishing a rejected paper cannot be undone, a paper left
out is named and comes back with an export that shows its decision. A file none of whose
papers is accepted and some undecided is refused.
"""

from __future__ import annotations

import re
from collections import Counter
from typing import Any, ClassVar

from program.errors import ParseError
from program.model import Paper, Problem, Program, Severity, SourceRef
from program.readers.app_json import Locator
from program.readers.base import ReadContext, load_json
from program.readers.json_shape import is_hotcrp
from program.readers.paper_records import clean, counted, is_rejected, listed_paper, paper_pool, untitled

_ACCEPTING = re.compile(r"\baccept", re.IGNORECASE)
_TURNED_DOWN = re.compile(r"\b(?:not|non|un)[\s-]*accept|\bdeclin", re.IGNORECASE)
"""A decision's name that says accept only to deny it ("Not accepted"), or declines: a rejection."""
_ACCEPTED_STATUSES = frozenset({"accept", "accepted"})
_REJECTED_STATUSES = {
    "reject": "rejected",
    "rejected": "rejected",
    "desk_reject": "desk-rejected",
    "deskrejected": "desk-rejected",
    "deskreject": "desk-rejected",
    "withdrawn": "withdrawn",
    "draft": "never submitted",
    "inprogress": "never submitted",
}
"""HotCRP's statuses that keep a paper out of the program, and how `program check` says why."""
_READ = frozenset({"object", "pid", "title", "authors", "abstract", "decision", "status", "withdrawn", "draft"})
_UNDECIDED = "undecided"


class HotcrpReader:
    """Reads HotCRP's JSON export into a pool of the accepted papers, leaving out all others and saying why."""

    name: ClassVar[str] = "hotcrp"
    description: ClassVar[str] = (
        "HotCRP's JSON export of submissions ([{pid, title, authors, decision, status, …}]): accepted papers"
    )

    def detect(self, text: str) -> bool:
        """Whether the text opens a list of papers by `pid` with HotCRP's status keys."""
        return is_hotcrp(text[:3000])

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the accepted papers into a pool of papers (no items).

        Raises:
            ParseError: for JSON that holds no papers, or none accepted while some have no decision.
        """
        del context  # a paper list has no times
        document = load_json(text.lstrip("\ufeff"), source)
        found = document.get("papers") if isinstance(document, dict) else document
        records = [record for record in found if isinstance(record, dict)] if isinstance(found, list) else []
        if not records:
            expected = 'expected HotCRP papers: a JSON list of {"pid", "title", …}, found none'
            raise ParseError(expected, SourceRef(source, 1))
        locator = Locator(text, source)
        papers: list[Paper] = []
        problems: list[Problem] = []
        left_out: Counter[str] = Counter()
        undecided: list[tuple[SourceRef, str]] = []
        for record in records:
            where = locator.next("pid", record.get("pid"))
            reason = left_out_as(record)
            if reason is not None:
                left_out[reason] += 1
                if reason.startswith(_UNDECIDED):
                    undecided.append((where, reason))
                continue
            paper = _paper(record, where)
            if paper is None:
                problems.append(untitled(where, f"paper #{record.get('pid')}"))
                continue
            papers.append(paper)
        if undecided and not papers:
            raise ParseError(
                f"expected HotCRP papers with a decision saying accepted; none of its {counted(len(records), 'paper')}"
                f" has one ({_undecided_why(undecided)}): HotCRP writes `decision` only for a viewer "
                "who may see decisions; export again as a chair (search the accepted papers, Download › JSON)",
                undecided[0][0],
            )
        if undecided:
            problems.append(_undecided_warning(undecided))
        return paper_pool(source, papers, problems, _reading(records, papers, left_out))


def left_out_as(record: dict[str, Any]) -> str | None:
    """Why a paper is not in the program ("rejected", "withdrawn", "undecided: …"), or None when it is accepted.

    >>> left_out_as({"decision": "Accepted", "status": "accept"}), left_out_as({"decision": 1, "status": "accepted"})
    (None, None)
    >>> left_out_as({"decision": "Accepted", "status": "withdrawn", "withdrawn": True})
    'withdrawn'
    >>> left_out_as({"decision": -1, "status": "rejected"}), left_out_as({"decision": "Reject", "status": "Reject"})
    ('rejected', 'rejected')
    >>> left_out_as({"decision": "Not accepted", "status": "Not accepted"}), left_out_as({"decision": "Declined"})
    ('rejected', 'rejected')
    >>> left_out_as({"status": "submitted"}), left_out_as({"decision": "Maybe", "status": "Maybe"})
    ('undecided: no decision', "undecided: decision 'Maybe'")
    """
    status = clean(record.get("status"))
    folded = (status or "").casefold()
    decision = record.get("decision")
    number = decision if isinstance(decision, int) and not isinstance(decision, bool) else 0
    named = clean(decision) or (status if folded not in {"submitted", ""} else None)  # 2017–22: status = the name
    refused = _refused_as(record, folded, named, number)
    if refused is not None:
        return refused
    if folded in _ACCEPTED_STATUSES or number > 0 or (named is not None and _ACCEPTING.search(named)):
        return None
    return f"{_UNDECIDED}: decision {named!r}" if named is not None else f"{_UNDECIDED}: no decision"


def _refused_as(record: dict[str, Any], status: str, named: str | None, number: int) -> str | None:
    """Why a withdrawn, unsubmitted or rejected paper is left out; None for any other."""
    if record.get("withdrawn") is True:
        return "withdrawn"
    if record.get("draft") is True:
        return "never submitted"
    if status in _REJECTED_STATUSES:
        return _REJECTED_STATUSES[status]
    if named is not None and (is_rejected(named) or _TURNED_DOWN.search(named)):
        return "withdrawn" if "withdraw" in named.casefold() else "rejected"
    return "rejected" if number < 0 else None


def _paper(record: dict[str, Any], where: SourceRef) -> Paper | None:
    title = clean(record.get("title"))
    if title is None:
        return None
    authors = record.get("authors")
    names = [_author(author) for author in authors] if isinstance(authors, list) else []
    number = record.get("pid")
    decision = clean(record.get("decision"))
    category = decision if decision is not None and not _ACCEPTING.search(decision) else None
    return listed_paper(
        title,
        [name for name in names if name],
        _abstract(record.get("abstract")),
        number if isinstance(number, int) else 0,
        where,
        category=category,
    )


def _abstract(written: Any) -> str | None:
    """The abstract as typed into HotCRP's form, its CRLF line ends made LF."""
    return clean(written.replace("\r\n", "\n")) if isinstance(written, str) else None


def _author(author: Any) -> str | None:
    """An author as "First Last [Affiliation]" (the affiliation as CMT's is written into a name).

    HotCRP writes `first` and `last` (either may be missing: COMPAS 2026's `{"last": "Brieuc", …}`); its upload
    format's `name` is read when neither is there.
    """
    if isinstance(author, str):
        return clean(author)
    if not isinstance(author, dict):
        return None
    name = " ".join(part for key in ("first", "last") if (part := clean(author.get(key)))) or clean(author.get("name"))
    if not name:
        return None
    affiliation = clean(author.get("affiliation"))
    return f"{name} [{affiliation}]" if affiliation else name


def _undecided_why(undecided: list[tuple[SourceRef, str]]) -> str:
    reasons = Counter(reason.removeprefix(f"{_UNDECIDED}: ") for _, reason in undecided)
    return ", ".join(f"{number} {reason}" for reason, number in sorted(reasons.items()))


def _undecided_warning(undecided: list[tuple[SourceRef, str]]) -> Problem:
    return Problem(
        Severity.WARNING,
        "undecided-paper",
        f"left out {counted(len(undecided), 'paper')} whose decision says neither accepted nor rejected "
        f"({_undecided_why(undecided)}): export them again once decided, or as a chair who sees the decisions",
        undecided[0][0],
    )


def _reading(records: list[dict[str, Any]], papers: list[Paper], left_out: Counter[str]) -> tuple[str, ...]:
    lines = [f"{counted(len(papers), 'paper')} of {counted(len(records), 'submission')} (HotCRP JSON export)"]
    if left_out:
        reasons = ", ".join(f"{number} {reason}" for reason, number in sorted(left_out.items()))
        lines.append(f"left out {counted(sum(left_out.values()), 'paper')} as their decisions say: {reasons}")
    categories = Counter(paper.category for paper in papers if paper.category)
    if categories:
        lines.append("decision → category: " + ", ".join(f"{name} {number}" for name, number in categories.items()))
    others = sorted({key for record in records for key in record} - _READ)
    if others:
        lines.append(f"not read: {', '.join(others)}")
    return tuple(lines)
