"""Writers: one module per output format, registered by name in `WRITERS`.

`program build` runs every registered writer; its file name is the writer's `filename`.
"""

from __future__ import annotations

from program.errors import UnknownFormatError
from program.writers.base import RenderOptions, Writer
from program.writers.ics import IcsWriter
from program.writers.program_json import ProgramJsonWriter
from program.writers.speakers_csv import SpeakersCsvWriter
from program.writers.speakers_html import SpeakersHtmlWriter
from program.writers.speakers_json import SpeakersJsonWriter
from program.writers.speakers_markdown import SpeakersMarkdownWriter
from program.writers.speakers_text import SpeakersTextWriter
from program.writers.talks_csv import TalksCsvWriter
from program.writers.talks_markdown import TalksMarkdownWriter

WRITERS: dict[str, Writer] = {
    writer.name: writer
    for writer in (
        ProgramJsonWriter(),
        IcsWriter(),
        SpeakersHtmlWriter(),
        SpeakersMarkdownWriter(),
        SpeakersCsvWriter(),
        SpeakersJsonWriter(),
        SpeakersTextWriter(),
        TalksCsvWriter(),
        TalksMarkdownWriter(),
    )
}
"""Every writer, by format name, in the order `program build` runs them."""


def writer_named(name: str) -> Writer:
    """Return the writer registered as `name`.

    Raises:
        UnknownFormatError: listing the known names.
    """
    try:
        return WRITERS[name]
    except KeyError:
        raise UnknownFormatError("output", name, list(WRITERS)) from None


__all__ = ["WRITERS", "RenderOptions", "Writer", "writer_named"]
