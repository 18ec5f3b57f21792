"""Writers: one module per output format, registered by name in `WRITERS`.

`program build` runs every registered writer; its file name is the writer's `filename`.
"""

from __future__ import annotations

from program.registry import named
from program.writers.base import AnyWriter, FolderWriter, RenderOptions, Writer
from program.writers.booklet import BookletWriter, pdf_available
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

OPTIONAL_WRITERS = frozenset({"pdf"})
"""Writers `program build` runs only when asked (or, for PDF, when Typst is installed)."""


def build_writers(*, pdf: bool | None = None) -> list[AnyWriter]:
    """Return the writers `program build` runs; `pdf=None` means "if Typst is installed"."""
    with_pdf = pdf_available() if pdf is None else pdf
    return [writer for name, writer in WRITERS.items() if name not in OPTIONAL_WRITERS or (name == "pdf" and with_pdf)]


def output_name(writer: AnyWriter) -> str:
    """Return where `writer`'s output goes in --out: its file name, or its folder followed by "/"."""
    return f"{writer.folder}/" if isinstance(writer, FolderWriter) else writer.filename


def writer_named(name: str) -> AnyWriter:
    """Return the writer registered as `name`.

    Raises:
        UnknownFormatError: listing the known names.
    """
    return named(WRITERS, "output", name)


__all__ = [
    "OPTIONAL_WRITERS",
    "WRITERS",
    "AnyWriter",
    "FolderWriter",
    "RenderOptions",
    "Writer",
    "build_writers",
    "output_name",
    "writer_named",
]
