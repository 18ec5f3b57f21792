"""OpenReview notes (JSON) as an accepted-paper list: API v1 and v2, as the API and crawlers save them.

A note's `content` holds the paper: ``"title": "…"`` in API v1, ``"title": {"value": "…"}``
in API v2; likewise `authors` (a list) and `abstract`. The top level is a list of notes,
the API's ``{"notes": [...]}``, an object of notes keyed by id (a site's cache), or a
crawler's ``[{"venue", "year", "submissions": [...]}]`` with each submission's replies in
its `notes`. Each submission becomes a paper of the pool with a link to its forum
(https://openreview.net/forum?id=…) and its PDF. A paper whose decision says rejected,
desk-rejected or withdrawn is left out, and `program check` says how many: the decision is
read from a Decision reply (``"decision": "Reject"``, in `notes`, `details.replies` or
the list itself), or from the note's `venueid`/`venue`/`invitation`
(``…/Rejected_Submission``, ``…/Withdrawn_Submission``, "Desk Rejected").
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Iterator
from typing import Any, ClassVar

import attrs

from program.errors import ParseError
from program.model import Link, Paper, Problem, Program, SourceRef
from program.readers.app_json import Locator
from program.readers.base import ReadContext, load_json
from program.readers.paper_records import clean, counted, is_rejected, listed_paper, paper_pool, split_authors, untitled

SITE = "https://openreview.net"
MARKERS = re.compile(r'"(?:invitations?|paperhash|authorids|venueid|tcdate|cdate|replyto|signatures)"')
"""Keys of OpenReview's own notes (a Mini-Conf papers.json copies `content` but not these)."""
_LEFT_OUT = (("desk", "desk-rejected"), ("withdraw", "withdrawn"), ("reject", "rejected"))


@attrs.frozen
class Note:
    """A submission note, the decision its replies give (if any), and the API version of its content."""

    fields: dict[str, Any]
    decision: str | None
    version: int


class OpenReviewReader:
    """Reads OpenReview notes (API v1 or v2) into a pool of papers, leaving out rejected and withdrawn ones."""

    name: ClassVar[str] = "openreview"
    description: ClassVar[str] = (
        "OpenReview notes (JSON, API v1 or v2, a list, {notes: […]} or a crawler's submissions): accepted papers"
    )

    def detect(self, text: str) -> bool:
        """Whether the text opens JSON with notes' `content` and OpenReview's own keys (invitation, cdate…)."""
        head = text[:2000].lstrip("\ufeff \n\t")
        return head[:1] in ("[", "{") and '"content"' in head and MARKERS.search(head) is not None

    def read(self, text: str, *, source: str, context: ReadContext) -> Program:
        """Read the notes into a pool of papers (no items).

        Raises:
            ParseError: for JSON that holds no notes.
        """
        del context  # a paper list has no times
        document = load_json(text, source)
        notes, venues = _submissions(document)
        if not notes:
            raise ParseError("expected OpenReview notes with a `content` each, found none", SourceRef(source, 1))
        locator = Locator(text, source)
        papers: list[Paper] = []
        problems: list[Problem] = []
        left_out: Counter[str] = Counter()
        for number, note in enumerate(notes, start=1):
            where = locator.next("id", note.fields.get("id"))
            reason = _left_out_as(note)
            if reason is not None:
                left_out[reason] += 1
                continue
            paper = _paper(note, len(papers) + 1, where)
            if paper is None:
                problems.append(untitled(where, f"note {note.fields.get('id') or number}"))
                continue
            papers.append(paper)
        return paper_pool(source, papers, problems, _reading(notes, papers, left_out, venues))


def value(content: dict[str, Any], key: str) -> Any:
    """A content field: v2 wraps each in {"value": …}, v1 gives it bare."""
    found = content.get(key)
    return found.get("value") if isinstance(found, dict) else found


def _submissions(document: Any) -> tuple[list[Note], list[str]]:
    """The submission notes of the document, each with the decision its replies give, and the venues named."""
    if isinstance(document, dict) and isinstance(document.get("submissions"), list):
        document = [document]
    if isinstance(document, list) and document and all(_is_wrapper(block) for block in document):
        venues = [" ".join(str(block[key]) for key in ("venue", "year") if block.get(key)) for block in document]
        notes = [note for block in document for note in _notes_of(block["submissions"])]
        return notes, [venue for venue in venues if venue]
    if isinstance(document, dict) and isinstance(document.get("notes"), list):
        return _notes_of(document["notes"]), []
    if isinstance(document, dict) and document and all(isinstance(note, dict) for note in document.values()):
        return _notes_of(list(document.values())), []
    if isinstance(document, list):
        return _notes_of(document), []
    return [], []


def _is_wrapper(block: Any) -> bool:
    return isinstance(block, dict) and isinstance(block.get("submissions"), list)


def _notes_of(raw: list[Any]) -> list[Note]:
    """The submissions among `raw` (replies set aside), each with the decision of its replies."""
    notes = [note for note in raw if isinstance(note, dict) and isinstance(note.get("content"), dict)]
    replies = [note for note in notes if _is_reply(note)]
    decided_in_list = {note.get("forum"): found for note in replies if (found := _decision_of(note)) is not None}
    return [
        Note(note, _decision_in_replies(note) or decided_in_list.get(note.get("id")), _version(note))
        for note in notes
        if not _is_reply(note)
    ]


def _is_reply(note: dict[str, Any]) -> bool:
    """A review, comment or decision: it replies to another note of its forum."""
    replyto = note.get("replyto")
    return bool(replyto) and replyto != note.get("id")


def _version(note: dict[str, Any]) -> int:
    return 2 if isinstance(note["content"].get("title"), dict) or "invitations" in note else 1


def _invitations(note: dict[str, Any]) -> list[str]:
    found = note.get("invitations") or [note.get("invitation")]
    return [name for name in found if isinstance(name, str)] if isinstance(found, list) else []


def _decision_of(reply: dict[str, Any]) -> str | None:
    """What a Decision reply decided ("Accept (Poster)", "Reject"), or None for other replies."""
    content = reply["content"]
    if not any(re.search(r"decision", name, re.IGNORECASE) for name in _invitations(reply)) and (
        "decision" not in content
    ):
        return None
    found = value(content, "decision") or value(content, "recommendation")
    return found.strip() if isinstance(found, str) and found.strip() else None


def _decision_in_replies(note: dict[str, Any]) -> str | None:
    """The decision among the note's replies: a crawler's `notes`, or the API's `details.replies`."""
    found_details = note.get("details")
    details: dict[str, Any] = found_details if isinstance(found_details, dict) else {}
    for key, holder in (("notes", note), ("replies", details), ("directReplies", details)):
        replies = holder.get(key)
        for reply in replies if isinstance(replies, list) else []:
            if isinstance(reply, dict) and isinstance(reply.get("content"), dict):
                found = _decision_of(reply)
                if found is not None:
                    return found
    return None


def _left_out_as(note: Note) -> str | None:
    """Why the paper is not in the program ("rejected", "withdrawn", "desk-rejected"), or None when it may be."""
    content = note.fields["content"]
    said = [note.decision, value(content, "venueid"), value(content, "venue"), *_invitations(note.fields)]
    for text in (found for found in said if isinstance(found, str)):
        readable = text.replace("_", " ")
        if is_rejected(readable):
            return next(reason for word, reason in _LEFT_OUT if word in readable.casefold())
    return None


def _paper(note: Note, number: int, where: SourceRef) -> Paper | None:
    content = note.fields["content"]
    title = clean(value(content, "title"))
    if title is None:
        return None
    authors = value(content, "authors")
    if isinstance(authors, list):
        names = tuple(name.strip() for name in authors if isinstance(name, str) and name.strip())
    else:
        names = split_authors(clean(authors) or "")
    return listed_paper(title, names, clean(value(content, "abstract")), number, where, list(_links(note)))


def _links(note: Note) -> Iterator[Link]:
    forum = clean(note.fields.get("forum")) or clean(note.fields.get("id"))
    if forum:
        yield Link("OpenReview", f"{SITE}/forum?id={forum}")
    pdf = clean(value(note.fields["content"], "pdf"))
    if pdf and pdf.startswith("/"):
        yield Link("PDF", f"{SITE}{pdf}")
    elif pdf and pdf.startswith(("http://", "https://")):
        yield Link("PDF", pdf)


def _reading(notes: list[Note], papers: list[Paper], left_out: Counter[str], venues: list[str]) -> tuple[str, ...]:
    versions = sorted({note.version for note in notes})
    lines = [f"{counted(len(papers), 'paper')} of {counted(len(notes), 'submission')} (OpenReview API "
             f"{' and '.join(f'v{version}' for version in versions)} notes)"]  # fmt: skip
    if venues:
        lines.append(f"venues: {', '.join(venues)}")
    if left_out:
        reasons = ", ".join(f"{number} {reason}" for reason, number in sorted(left_out.items()))
        lines.append(f"left out {counted(sum(left_out.values()), 'paper')} as their decisions say: {reasons}")
    return tuple(lines)
