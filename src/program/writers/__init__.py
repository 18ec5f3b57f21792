"""Writers: one module per output format, registered by name in `WRITERS` (`all_writers`).

`program build` runs every registered writer; its file name is the writer's `filename`.
The writers' modules (Jinja2, icalendar, lxml…) are imported when a writer is first asked
for: a rebuild that finds nothing changed names the outputs (`OUTPUTS`) and renders none.
"""

from __future__ import annotations

import importlib
import importlib.util
from typing import TYPE_CHECKING

from program.registry import named
from program.writers.base import AnyWriter, FolderWriter, RenderOptions, Writer

if TYPE_CHECKING:
    from program.writers.all_writers import WRITERS

OUTPUTS: tuple[tuple[str, str], ...] = (
    ("json", "program.json"),
    ("ics", "program.ics"),
    ("ics-people", "people/"),
    ("ics-kinds", "kinds/"),
    ("frab-xml", "schedule.xml"),
    ("frab-json", "schedule.json"),
    ("html", "program.html"),
    ("md", "program.md"),
    ("pdf", "program.pdf"),
    ("speakers-html", "speakers.html"),
    ("speakers-md", "speakers.md"),
    ("speakers-csv", "speakers.csv"),
    ("speakers-json", "speakers.json"),
    ("speakers-text", "speakers.txt"),
    ("talks-csv", "talks.csv"),
    ("talks-md", "talks.md"),
    ("site", "index.html"),
    ("site-assets", "site/"),
    ("changes", "changes.xml"),
)
"""(name, where its output goes in --out) of every writer of `WRITERS`, in their order (a test holds them equal)."""

_CLASSES: dict[str, str] = {
    "json": "program_json.ProgramJsonWriter",
    "ics": "ics.IcsWriter",
    "ics-people": "ics.PeopleCalendarsWriter",
    "ics-kinds": "ics.KindCalendarsWriter",
    "frab-xml": "frab_xml.FrabXmlWriter",
    "frab-json": "frab_json.FrabJsonWriter",
    "html": "program_html.ProgramHtmlWriter",
    "md": "program_markdown.ProgramMarkdownWriter",
    "pdf": "booklet.BookletWriter",
    "speakers-html": "speakers_html.SpeakersHtmlWriter",
    "speakers-md": "speakers_markdown.SpeakersMarkdownWriter",
    "speakers-csv": "speakers_csv.SpeakersCsvWriter",
    "speakers-json": "speakers_json.SpeakersJsonWriter",
    "speakers-text": "speakers_text.SpeakersTextWriter",
    "talks-csv": "talks_csv.TalksCsvWriter",
    "talks-md": "talks_markdown.TalksMarkdownWriter",
    "site": "site.SiteWriter",
    "site-assets": "site.SiteAssetsWriter",
    "changes": "changes_feed.ChangesFeedWriter",
}
"""Each writer's module (in `program.writers`) and class, by name: a build imports the modules of the writers it runs.

The PDF's (Typst's fonts, its timetable's layout) is a twentieth of a second of a rebuild's
CPU, and a build without the PDF needs none of it."""
_MADE: dict[str, AnyWriter] = {}


def writer_of(name: str) -> AnyWriter:
    """The writer registered as `name` (one of `OUTPUTS`), its module imported on first use; one object a name."""
    made = _MADE.get(name)
    if made is None:
        module, _, class_name = _CLASSES[name].rpartition(".")
        made = _MADE[name] = getattr(importlib.import_module(f"program.writers.{module}"), class_name)()
    return made


OPTIONAL_WRITERS = frozenset({"pdf"})
"""Writers `program build` runs only when asked (or, for PDF, when Typst is installed)."""


def __getattr__(name: str) -> object:
    if name == "WRITERS":  # every writer's module, imported on first use
        from program.writers.all_writers import WRITERS  # noqa: PLC0415

        return WRITERS
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")


def pdf_available() -> bool:
    """Whether Typst (the pdf extra) is installed, without importing it."""
    return importlib.util.find_spec("typst") is not None


def build_outputs(*, pdf: bool | None = None) -> list[tuple[str, str]]:
    """(name, output) of the writers `build_writers` returns, in the same order, none of them imported."""
    with_pdf = pdf_available() if pdf is None else pdf
    return [(name, output) for name, output in OUTPUTS if name not in OPTIONAL_WRITERS or (name == "pdf" and with_pdf)]


def build_writers(*, pdf: bool | None = None) -> list[AnyWriter]:
    """Return the writers `program build` runs; `pdf=None` means "if Typst is installed"."""
    return [writer_of(name) for name, _ in build_outputs(pdf=pdf)]


def output_name(writer: AnyWriter) -> str:
    """Return where `writer`'s output goes in --out: its file name, or its folder followed by "/"."""
    return f"{writer.folder}/" if isinstance(writer, FolderWriter) else writer.filename


def writer_named(name: str) -> AnyWriter:
    """Return the writer registered as `name`.

    Raises:
        UnknownFormatError: listing the known names.
    """
    from program.writers.all_writers import WRITERS  # noqa: PLC0415 (see `__getattr__`)

    return named(WRITERS, "output", name)


__all__ = [
    "OPTIONAL_WRITERS",
    "OUTPUTS",
    "WRITERS",
    "AnyWriter",
    "FolderWriter",
    "RenderOptions",
    "Writer",
    "build_outputs",
    "build_writers",
    "output_name",
    "pdf_available",
    "writer_named",
    "writer_of",
]
