"""The versions a build publishes: read back from the last build's changes.xml, and the new one added.

`program build --previous OLD/program.json` reads OLD/changes.xml (when there is one) to keep
the earlier versions as published, diffs the old program against the new one, and adds a
version when anything changed. A build without `--previous` publishes a first version.
"""

from __future__ import annotations

import json
from datetime import datetime
from pathlib import Path
from typing import TYPE_CHECKING

from program.errors import ParseError
from program.i18n import Lang
from program.inputs import read_input
from program.model import Program, SourceRef
from program.model.changes import ProgramDiff, diff_programs
from program.model.ids import calendar_domain
from program.model.versions import ChangeHistory, Version, first_version_id, next_version_id
from program.writers.changelog import change_records, items_changed

if TYPE_CHECKING:
    from lxml import etree

FEED_NAME = "changes.xml"
ATOM = "http://www.w3.org/2005/Atom"
CHANGES = "tag:program.invalid,2025:changes"
"""The namespace of changes.xml's own elements: each entry's version number and its changes as JSON."""


def first_history(program: Program) -> ChangeHistory:
    """The history of a program published for the first time: one version."""
    return ChangeHistory((first_version(program),))


def first_version(program: Program) -> Version:
    """Version 1 of `program`."""
    updated = _updated(program)
    count = len(program.items)
    title = Lang(program.locale).ngettext(
        "Version 1: first published, %(count)s item", "Version 1: first published, %(count)s items", count
    )
    return Version(
        id=first_version_id(calendar_domain(program), updated),
        number=1,
        updated=updated,
        title=title % {"count": count},
        records="[]",
    )


def versions_after(program: Program, before: Program, previous: Path, max_size: int) -> ChangeHistory:
    """Return the published versions: those of the build `previous` belongs to, and `program`'s if it changed.

    They are read from changes.xml beside `previous` (an earlier build's program.json), when it is there.

    Raises:
        ParseError: when that changes.xml is not one a build wrote, or is larger than `max_size` bytes.
    """
    path = previous.parent / FEED_NAME
    feed = (
        read_input(path, "the earlier changes.xml", max_size, " (raise it with --max-size)") if path.is_file() else None
    )
    return change_history(program, before, feed, path.as_posix())


def change_history(program: Program, before: Program, feed: bytes | None, source: str = "changes.xml") -> ChangeHistory:
    """The versions after `program` follows `before`, whose build published `feed` (or no feed).

    Without a feed (a build from before changes.xml), `before` is taken as version 1. A
    `program` that changed nothing publishes no new version: the newest stays `before`'s.

    Raises:
        ParseError: when `feed` is not a changes.xml this program wrote.
    """
    earlier = read_versions(feed, source) if feed is not None else (first_version(before),)
    diff = diff_programs(before, program)
    if not diff.items:
        return ChangeHistory(earlier)
    return ChangeHistory((next_version(earlier[0], diff, program), *earlier), latest=diff)


def next_version(before: Version, diff: ProgramDiff, program: Program) -> Version:
    """The version that follows `before` with `diff`'s changes."""
    records = json.dumps(change_records(diff), ensure_ascii=False, sort_keys=True, separators=(",", ":"))
    number = before.number + 1
    lang = Lang(program.locale)  # the title is published in the program's language; the clock is not in it
    return Version(
        id=next_version_id(before.id, records),
        number=number,
        updated=_updated(program),
        title=_version_title(number, items_changed(diff, lang), lang),
        records=records,
    )


def _version_title(number: int, changed: str, lang: Lang) -> str:
    return lang.gettext("Version %(number)s: %(changed)s") % {"number": number, "changed": changed}


def read_versions(feed: bytes, source: str) -> tuple[Version, ...]:
    """The versions an earlier changes.xml lists, newest first, each entry kept as it was.

    Raises:
        ParseError: naming the file and line, for XML that is not well formed or an entry
            without what this program writes (an id, a version number, its changes).
    """
    from lxml import etree  # noqa: PLC0415 (only a build with --previous reads a feed)

    parser = etree.XMLParser(resolve_entities=False, no_network=True, remove_blank_text=True)
    try:
        root = etree.fromstring(feed, parser)
    except etree.XMLSyntaxError as error:
        reason = f"expected the changes.xml of an earlier build: {error.msg}"
        raise ParseError(reason, SourceRef(source, error.lineno)) from None
    if root.tag != f"{{{ATOM}}}feed":
        reason = f"expected an Atom feed, found <{etree.QName(root).localname}>"
        raise ParseError(reason, SourceRef(source, root.sourceline))
    versions = tuple(_version(entry, source) for entry in root.iterfind(f"{{{ATOM}}}entry"))
    if not versions:
        raise ParseError("expected at least one version (an <entry>), found none", SourceRef(source, root.sourceline))
    return versions


def _version(entry: etree._Element, source: str) -> Version:
    from lxml import etree  # noqa: PLC0415 (see `read_versions`)

    where = SourceRef(source, entry.sourceline)
    texts = {
        name: entry.findtext(tag)
        for name, tag in (
            ("id", f"{{{ATOM}}}id"),
            ("title", f"{{{ATOM}}}title"),
            ("updated", f"{{{ATOM}}}updated"),
            ("number", f"{{{CHANGES}}}version"),
            ("records", f"{{{CHANGES}}}changes"),
        )
    }
    missing = [name for name, text in texts.items() if not text]
    if missing:
        raise ParseError(f"expected an entry as program writes it, found one without {', '.join(missing)}", where)
    try:
        number = int(texts["number"] or "")
        updated = datetime.fromisoformat(texts["updated"] or "")
        json.loads(texts["records"] or "")
    except ValueError as error:
        raise ParseError(f"expected a version number, a time and JSON changes: {error}", where) from None
    return Version(
        id=texts["id"] or "",
        number=number,
        updated=updated,
        title=texts["title"] or "",
        records=texts["records"] or "",
        entry=etree.tostring(entry),
    )


def _updated(program: Program) -> datetime:
    # A built program always has `updated` (see loading.build_timestamp); the epoch only satisfies the type.
    return program.updated or datetime.fromisoformat("1970-01-01T00:00:00+00:00")
