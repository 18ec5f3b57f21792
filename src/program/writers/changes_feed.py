"""changes.xml: the program's versions as an Atom feed (RFC 4287), newest first.

One entry per published version: its changes by what happened (added, removed, moved,
renamed, people, room…), each linked to the item on the site (`index.html#<item id>`).
Links are relative to the feed, so they hold wherever out/ is published: the program's
`url` is the event's page, not necessarily where the site lives. Each entry also carries
its version number and its changes as `program diff --json` records, in elements of its
own namespace, so the next build (`--previous`) and the site read them back; entries of
earlier versions are copied as they were published. Written with lxml: escaping is the
library's.
"""

from __future__ import annotations

import uuid
from datetime import UTC, datetime
from typing import TYPE_CHECKING, ClassVar

import attrs

from program.model import Program
from program.model.ids import calendar_domain
from program.model.versions import ChangeHistory, Version
from program.writers.base import RenderOptions, lang_of
from program.writers.change_history import ATOM, CHANGES, FEED_NAME, first_history
from program.writers.changelog import change_sections
from program.writers.clean_text import xml_text
from program.writers.digests import digest

if TYPE_CHECKING:  # lxml itself where the feed is written: a rebuild that takes the feed published imports none
    from lxml import etree

XHTML = "http://www.w3.org/1999/xhtml"
SITE = "index.html"


def item_link(item_id: str) -> str:
    """The site's link to an item, relative to out/ (the site's items are anchors by id)."""
    return f"{SITE}#{item_id}"


class ChangesFeedWriter:
    """Writes changes.xml."""

    name: ClassVar[str] = "changes"
    filename: ClassVar[str] = FEED_NAME
    media_type: ClassVar[str] = "application/atom+xml"

    def file_key(self, program: Program, options: RenderOptions) -> str | None:
        """What the feed shows when that is less than the whole program, or None (with `--previous`).

        A first version's feed shows the program's own fields and how many items it has; an
        edit that changes neither publishes the feed as it was. With `--previous` the newest
        version lists the changes, item by item.
        """
        if options.changes is not None:
            return None
        fields = attrs.evolve(program, items=(), people=(), papers=(), problems=())
        return digest([repr(fields), str(len(program.items))])

    def write(self, program: Program, options: RenderOptions) -> bytes:
        """Return the feed as indented UTF-8 XML with a declaration."""
        from lxml import etree  # noqa: PLC0415 (see the imports)

        history = options.changes or first_history(program)
        lang = lang_of(program, options)
        feed = etree.Element(f"{{{ATOM}}}feed", nsmap={None: ATOM, "c": CHANGES})
        _text(feed, "id", f"urn:uuid:{uuid.uuid5(uuid.NAMESPACE_URL, f'program-changes:{calendar_domain(program)}')}")
        _text(feed, "title", lang.gettext("%(title)s: changes") % {"title": program.title})
        _text(feed, "updated", atom_time(history.current.updated))
        etree.SubElement(feed, f"{{{ATOM}}}link", rel="self", href="changes.xml")
        etree.SubElement(feed, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=SITE)
        _text(etree.SubElement(feed, f"{{{ATOM}}}author"), "name", program.title)
        _text(feed, "generator", "program")
        feed.extend(entry_element(version, history, program, options) for version in history.versions)
        etree.cleanup_namespaces(feed, top_nsmap={None: ATOM, "c": CHANGES})
        etree.indent(feed)
        for line in feed.iter(f"{{{XHTML}}}li"):  # a list item's text is read as is: no indentation in it
            line.text = line.text if line.text and line.text.strip() else None
            for child in line:
                child.tail = None
        data: bytes = etree.tostring(feed, xml_declaration=True, encoding="utf-8")
        return data + b"\n"


def atom_time(moment: datetime) -> str:
    """An RFC 3339 time in UTC, as Atom dates are written: "2022-12-02T00:00:00Z"."""
    return moment.astimezone(UTC).strftime("%Y-%m-%dT%H:%M:%SZ")


def entry_element(version: Version, history: ChangeHistory, program: Program, options: RenderOptions) -> etree._Element:
    """The Atom entry of `version`: as an earlier build published it, or made now from the diff."""
    from lxml import etree  # noqa: PLC0415 (see the imports)

    if version.entry is not None:
        return etree.fromstring(version.entry)
    entry = etree.Element(f"{{{ATOM}}}entry")
    _text(entry, "id", version.id)
    _text(entry, "title", version.title)
    _text(entry, "updated", atom_time(version.updated))
    etree.SubElement(entry, f"{{{ATOM}}}link", rel="alternate", type="text/html", href=SITE)
    content = etree.SubElement(entry, f"{{{ATOM}}}content", type="xhtml")
    div = etree.SubElement(content, f"{{{XHTML}}}div", nsmap={None: XHTML})
    lang = lang_of(program, options)
    if history.latest is not None and version is history.current:
        for heading, lines in change_sections(history.latest, program, lang=lang):
            _text(div, "h3", f"{heading} ({len(lines)})", XHTML)
            listing = etree.SubElement(div, f"{{{XHTML}}}ul")
            for change, line in lines:
                item = etree.SubElement(listing, f"{{{XHTML}}}li")
                if change.new is not None:  # a removed item has no place on the site to link to
                    _text(item, "a", line, XHTML).set("href", item_link(change.new.id))
                else:
                    item.text = xml_text(line)
    else:
        _text(div, "p", lang.gettext("The program as first published."), XHTML)
    _text(entry, "version", str(version.number), CHANGES)
    _text(entry, "changes", version.records, CHANGES)
    return entry


def _text(parent: etree._Element, tag: str, text: str, namespace: str = ATOM) -> etree._Element:
    from lxml import etree  # noqa: PLC0415 (see the imports)

    element = etree.SubElement(parent, f"{{{namespace}}}{tag}")
    element.text = xml_text(text)
    return element
