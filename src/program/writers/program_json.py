"""program.json: the whole model as JSON, described by `program/schema/program.schema.json`."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import datetime, time
from typing import Any, ClassVar

import attrs

from program.model import FrabConference, FrabEvent, Item, Paper, Person, Problem, Program
from program.writers.base import RenderOptions, json_chunks

FORMAT_VERSION = "program-json/1"


class ProgramJsonWriter:
    """Writes the model as JSON: stable ids, ISO 8601 times with offsets, sorted as the model is."""

    name: ClassVar[str] = "json"
    filename: ClassVar[str] = "program.json"
    media_type: ClassVar[str] = "application/json"

    def write(self, program: Program, options: RenderOptions) -> bytes:
        """Return the program as indented JSON text with a final newline."""
        return b"".join(self.write_chunks(program, options))

    def write_chunks(self, program: Program, options: RenderOptions) -> Iterator[bytes]:
        """Yield the JSON text an entry at a time: as a whole document, it is three copies of the program."""
        del options  # the model has no presentation choices
        return json_chunks(_document(program))


def program_document(program: Program) -> dict[str, Any]:
    """Return the JSON document for `program` as plain Python data.

    The records of a frab export ("conference", an item's "frab") are left out where there
    is none, so a program from other feeds is written as before they existed.
    """
    return {key: list(value) if isinstance(value, Iterator) else value for key, value in _document(program).items()}


def _document(program: Program) -> dict[str, Any]:
    """The document, its lists of items, papers, people and problems as iterators."""
    document: dict[str, Any] = {
        "format": FORMAT_VERSION,
        "title": program.title,
        "timezone": program.timezone,
        "venue": program.venue,
        "url": program.url,
        "description": program.description,
        "updated": _time(program.updated),
        "locale": program.locale,
        "acronym": program.acronym,
        "uid_domain": program.uid_domain,
        "sources": list(program.sources),
        "days": [day.isoformat() for day in program.days],
        "items": map(_item, program.items),
        "papers": map(_paper, program.papers),
        "people": map(_person, program.people),
        "problems": map(_problem, program.problems),
    }
    if program.conference is not None:
        document["conference"] = _fields(program.conference)
    return document


def _time(moment: datetime | None) -> str | None:
    return moment.isoformat() if moment else None


def _item(item: Item) -> dict[str, Any]:
    fields: dict[str, Any] = {
        "id": item.id,
        "kind": item.kind.value,
        "label": item.label,
        "title": item.title,
        "start": _time(item.start),
        "end": _time(item.end),
        "people": list(item.people),
        "role": item.role.value,
        "title_speaker": item.title_speaker,
        "abstract": item.abstract,
        "recorded": item.recorded,
        "links": [{"label": link.label, "url": link.url} for link in item.links],
        "paper": item.paper,
        "location": item.location,
        "sessions": list(item.sessions),
        "board": item.board,
        "sequence": item.sequence,
        "modified": _time(item.modified),
        "origin": item.origin,
        "scraped": item.scraped,
        "day": item.day.isoformat() if item.day else None,
        "source": item.source.file,
        "line": item.source.line,
    }
    if item.frab is not None:
        fields["frab"] = _fields(item.frab)
    return fields


def _paper(paper: Paper) -> dict[str, Any]:
    written: dict[str, Any] = {
        "id": paper.id,
        "title": paper.title,
        "authors": list(paper.authors),
        "authors_complete": paper.authors_complete,
        "abstract": paper.abstract,
        "items": list(paper.items),
        "score": paper.score,
        "category": paper.category,
        "published": paper.published.isoformat() if paper.published else None,
        "has_code": paper.has_code,
        "number": paper.number,
        "scraped": paper.scraped,
        "source": paper.source.file if paper.source else None,
        "line": paper.source.line if paper.source else None,
    }
    if paper.links:  # only a paper list gives them: programs built before stay as they were
        written["links"] = [{"label": link.label, "url": link.url} for link in paper.links]
    return written


def _person(person: Person) -> dict[str, Any]:
    return {
        "id": person.id,
        "name": person.name,
        "display": person.display,
        "sort_key": person.sort_key,
        "aliases": list(person.aliases),
        "items": list(person.items),
        "papers": list(person.papers),
    }


def _problem(problem: Problem) -> dict[str, Any]:
    return {
        "severity": problem.severity.value,
        "code": problem.code,
        "message": problem.message,
        "source": problem.source.file if problem.source else None,
        "line": problem.source.line if problem.source else None,
    }


def _fields(record: FrabEvent | FrabConference | Any) -> dict[str, Any]:
    """An export's record as written, each field left out where it has its default (most are empty)."""
    fields: dict[str, Any] = {}
    for field in attrs.fields(type(record)):
        value = getattr(record, field.name)
        if value == field.default:
            continue
        if isinstance(value, tuple):
            value = [_fields(part) if attrs.has(type(part)) else part for part in value]
        elif isinstance(value, time):
            value = value.strftime("%H:%M")
        fields[field.name] = value
    return fields
