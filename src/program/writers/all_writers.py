"""Every writer, registered by name in `WRITERS`: importing this imports every writer's module.

`program build` runs every registered writer; its file name is the writer's `filename`.
`program.writers` names them without importing them (`OUTPUTS`), for a rebuild that
finds nothing changed and so renders nothing.
"""

from __future__ import annotations

from program.writers.base import AnyWriter
from program.writers.booklet import BookletWriter
from program.writers.changes_feed import ChangesFeedWriter
from program.writers.frab_json import FrabJsonWriter
from program.writers.frab_xml import FrabXmlWriter
from program.writers.ics import IcsWriter, KindCalendarsWriter, PeopleCalendarsWriter
from program.writers.program_html import ProgramHtmlWriter
from program.writers.program_json import ProgramJsonWriter
from program.writers.program_markdown import ProgramMarkdownWriter
from program.writers.site import SiteAssetsWriter, SiteWriter
from program.writers.speakers_csv import SpeakersCsvWriter
from program.writers.speakers_html import SpeakersHtmlWriter
from program.writers.speakers_json import SpeakersJsonWriter
from program.writers.speakers_markdown import SpeakersMarkdownWriter
from program.writers.speakers_text import SpeakersTextWriter
from program.writers.talks_csv import TalksCsvWriter
from program.writers.talks_markdown import TalksMarkdownWriter

WRITERS: dict[str, AnyWriter] = {
    writer.name: writer
    for writer in (
        ProgramJsonWriter(),
        IcsWriter(),
        PeopleCalendarsWriter(),
        KindCalendarsWriter(),
        FrabXmlWriter(),
        FrabJsonWriter(),
        ProgramHtmlWriter(),
        ProgramMarkdownWriter(),
        BookletWriter(),
        SpeakersHtmlWriter(),
        SpeakersMarkdownWriter(),
        SpeakersCsvWriter(),
        SpeakersJsonWriter(),
        SpeakersTextWriter(),
        TalksCsvWriter(),
        TalksMarkdownWriter(),
        SiteWriter(),
        SiteAssetsWriter(),
        ChangesFeedWriter(),
    )
}
"""Every writer, by format name, in the order `program build` runs them."""

__all__ = ["WRITERS"]
