"""program.pdf: the printed program as a booklet, typeset by Typst from the program's data.

The template (`templates/booklet.typ`, overridable with `--templates`) receives every text
as JSON through `sys.inputs`, never pasted into markup, so nothing needs escaping. Typst
(the PyPI package `typst`, the optional `pdf` extra) brings its own fonts; a CJK or emoji
font is taken from the system when the text needs one, and the build warns, naming the
font to install, when the text has characters no font at hand can show.
"""

from __future__ import annotations

import os
import tempfile
import warnings
from collections.abc import Iterator, Sequence
from contextlib import contextmanager
from pathlib import Path
from typing import Any, ClassVar

import orjson

from program.errors import OutputError
from program.inputs import MAX_SETTINGS_SIZE, read_input
from program.model import Item, Kind, Paper, Program
from program.model.kinds import KIND_STYLES
from program.model.zones import zone_label
from program.writers import pdf_available
from program.writers.base import RenderOptions, lang_of
from program.writers.booklet_fonts import (
    BODY_FONT,
    FontChoice,
    OutputWarning,
    font_files,
    missing_characters,
    missing_glyph_warnings,
)
from program.writers.booklet_text import booklet_labels, segments, sentence, title_and_people
from program.writers.booklet_timetable import PageArea, TimetablePart, day_parts
from program.writers.clean_text import Span, spans, web_url
from program.writers.program_view import paper_details, sessions_heading
from program.writers.session_talks import placed_in_sessions, talks_by_session, when_shown
from program.writers.shown_names import named_people
from program.writers.speaker_index import accepted_labels, letter_groups, speaker_index
from program.writers.template_folder import shipped_templates

TEMPLATE = "booklet.typ"
PAPER_SIZES = {"a4": (595.28, 841.89), "letter": (612.0, 792.0), "a5": (419.53, 595.28)}
"""Page width and height in points; the template sets the same paper by name."""
MARGINS = {"a4": 40.0, "letter": 40.0, "a5": 28.0}
TIMETABLE_HEADROOM = 92.0
"""Points of a timetable page above the grid: the day's heading, the room names, the legend."""
POSTER_KINDS = frozenset({Kind.POSTER})
TALK_KINDS = frozenset({Kind.SPOTLIGHT, Kind.ORAL, Kind.KEYNOTE, Kind.INVITED_TALK, Kind.TALK, Kind.PANEL, Kind.DEMO})
"""Kinds whose abstracts the running order prints (unless --no-abstracts)."""

__all__ = ["BookletWriter", "OutputWarning", "booklet_data", "pdf_available"]


class BookletWriter:
    """Writes the printed program as a PDF booklet: A4, US Letter or A5, fonts embedded."""

    name: ClassVar[str] = "pdf"
    filename: ClassVar[str] = "program.pdf"
    media_type: ClassVar[str] = "application/pdf"
    in_background: ClassVar[bool] = True
    """The slowest writer: `program build` starts it first, beside the others."""

    def write(self, program: Program, options: RenderOptions) -> bytes:
        """Return the PDF's bytes; the document date is the program's `updated`, so rebuilds are identical."""
        import typst  # noqa: PLC0415 (optional: only when a PDF is asked for)

        data = booklet_data(program, options, icons=icons_printable())
        text = _all_text(data)
        fonts = font_files(text)
        data["fonts"] = list(fonts.families)
        template = template_path(options.templates)
        with _font_folder(fonts.files) as folder:
            for message in missing_glyph_warnings(text, fonts, folder):
                warnings.warn(message, OutputWarning, stacklevel=2)
            try:
                pdf = typst.compile(
                    str(template),
                    root=str(template.parent),
                    font_paths=[str(folder)] if folder else [],
                    ignore_system_fonts=True,
                    sys_inputs={"data": orjson.dumps(data).decode()},
                    timestamp=int(program.updated.timestamp()) if program.updated else 0,
                    pdf_tags=False,
                )
            except typst.TypstError as error:
                raise TemplateError(f"{template}: {error.message} {error.diagnostic}".strip()) from None
        return bytes(pdf)


class TemplateError(OutputError):
    """The booklet template could not be compiled (a user's template with an error)."""


def template_path(user_folder: Path | None) -> Path:
    """Return the booklet template: the user's, when their --templates folder has one.

    Raises:
        UsageError: when the user's is not a regular file (a FIFO, /dev/zero), as for every input.
    """
    if user_folder is not None and os.path.lexists(user_folder / TEMPLATE):
        read_input(user_folder / TEMPLATE, "the booklet template", MAX_SETTINGS_SIZE)
        return user_folder / TEMPLATE
    return shipped_templates() / TEMPLATE


@contextmanager
def _font_folder(files: Sequence[Path]) -> Iterator[Path | None]:
    """A folder holding only `files` (as links), so Typst reads these fonts and no others."""
    if not files:
        yield None
        return
    with tempfile.TemporaryDirectory(prefix="program-fonts-") as folder:
        for index, file in enumerate(files):
            link = Path(folder) / f"{index}-{file.name}"
            try:
                link.symlink_to(file)
            except OSError:  # no symbolic links (some Windows setups): a copy does the same
                link.write_bytes(file.read_bytes())
        yield Path(folder)


def _all_text(data: Any) -> str:
    """Every string in the booklet's data, joined, to find which characters it needs."""
    found: list[str] = []
    stack = [data]
    while stack:
        value = stack.pop()
        if isinstance(value, str):
            found.append(value)
        elif isinstance(value, dict):
            stack.extend(value.values())
        elif isinstance(value, list | tuple):
            stack.extend(value)
    return "\n".join(found)


def booklet_data(program: Program, options: RenderOptions, *, icons: bool = False) -> dict[str, Any]:
    """Return everything the booklet template prints, as plain JSON-ready data (with the kinds' icons if `icons`)."""
    return _Builder(program, options, icons=icons).data()


def icons_printable() -> bool:
    """Whether the booklet's own fonts (Libertinus Serif, and Typst's fallbacks) have every kind's icon."""
    icons = "".join(style.icon for style in KIND_STYLES.values())
    return not missing_characters(icons, FontChoice((), (BODY_FONT,)), None)


def _spans(runs: Sequence[Span]) -> list[dict[str, str | None]]:
    return [{"text": span.text, "style": span.style} for span in runs]


def _segments(runs: Sequence[Span]) -> list[list[dict[str, str | None]]]:
    return [_spans(part) for part in segments(runs)]


class _Builder:
    """The lookups the booklet's data needs, built once."""

    def __init__(self, program: Program, options: RenderOptions, *, icons: bool) -> None:
        self.program = program
        self.options = options
        self.lang = lang_of(program, options)
        self.icons = {kind.value: style.icon for kind, style in KIND_STYLES.items()} if icons else {}
        self.names = named_people(program)
        self.items = program.items_by_id()
        self.papers = {paper.id: paper for paper in program.papers}
        self.parallel = len({item.location for item in program.items if item.location}) > 1
        self.talks = talks_by_session(program)
        self.placed = placed_in_sessions(self.talks)
        self.poster_groups = self._group_posters()
        self.group_of_session = {
            session: f"posters-{index}" for index, (key, _) in enumerate(self.poster_groups) for session in key
        }
        width, height = PAPER_SIZES.get(options.paper, PAPER_SIZES["a4"])
        margin = MARGINS.get(options.paper, 40.0)
        self.area = PageArea(width - 2 * margin, height - 2 * margin - TIMETABLE_HEADROOM)
        self.labelled: set[str] = set()
        self.box_marks: dict[str, list[str]] = {}
        """Person id -> the marks of the timetable boxes that name them, for the index."""
        self.marks = 0

    def data(self) -> dict[str, Any]:
        program = self.program
        days = [self._day(day) for day in program.days]
        poster_groups = [
            {
                "label": f"posters-{index}",
                "heading": sentence(self._sessions_heading(key)),
                "posters": [self._entry(item) for item in posters],
            }
            for index, (key, posters) in enumerate(self.poster_groups)
        ]
        untimed = [
            self._entry(item)
            for item in program.items
            if item.start is None and item.kind is not Kind.POSTER and item.id not in self.placed
        ]
        accepted = self._accepted()
        used_kinds = {item.kind for item in program.items if item.start}
        return {
            "paper": self.options.paper if self.options.paper in PAPER_SIZES else "a4",
            "margin": MARGINS.get(self.options.paper, 40.0),
            "title": program.title,
            "dates": self.lang.dates(program.days),
            "venue": program.where(),
            "url": web_url(program.url),
            "timezone": zone_label(program.timezone),
            "clock_note": self._clock_note(),
            "abstracts": self.options.abstracts,
            "days": days,
            "poster_groups": poster_groups,
            "untimed": untimed,
            "accepted": accepted,
            "legend": [{"kind": kind.value, "label": self.lang.kind(kind)} for kind in Kind if kind in used_kinds],
            "labels": booklet_labels(self.lang),
            # Each kind's colour from the one table (as on the site and in program.html): the template's fills.
            "kinds": {kind.value: {"colour": style.colour, "icon": style.icon} for kind, style in KIND_STYLES.items()},
            "recorded": any(item.recorded for item in program.items),
            "icons": bool(self.icons),
            "index": self._index(),
        }

    def _day(self, day: Any) -> dict[str, Any]:
        items = [item for item in self.program.items if item.start and self.program.day_of(item.start) == day]
        parts = day_parts(items, self.area, self.names, self.lang, icons=self.icons)
        return {
            "heading": self.lang.day_heading(day),
            "label": f"day-{day.isoformat()}",
            "parts": [self._part(part) for part in parts],
            "entries": [self._entry(item) for item in items],
        }

    def _entry(self, item: Item) -> dict[str, Any]:
        kind = self.lang.kind(item.kind, item.label)
        people = [self.names.display(name, item.id) for name in item.people]
        title, people = title_and_people(item, kind, people)
        self.labelled.add(item.id)
        return {
            "id": item.id,
            "kind": item.kind.value,
            "kind_label": kind,
            "when": when_shown(item, self.placed, self.lang),
            "room": item.location if self.parallel else None,
            "title": _segments(title),
            "people": people,
            "role": self.lang.role(item) if people else None,
            "abstract": self._abstract(item),
            "recorded": item.recorded,
            "board": item.board,
            "also": self._cross_refs(item),
            "posters": self._posters_of(item),
            "talks": [self._entry(talk) for talk in self.talks.get(item.id, ())],
        }

    def _abstract(self, item: Item) -> list[dict[str, str | None]] | None:
        if not self.options.abstracts or item.kind not in TALK_KINDS | POSTER_KINDS:
            return None
        paper = self.papers.get(item.paper or "")
        text = item.abstract or (paper.abstract if paper else None)
        if not text:
            return None
        # A poster of a paper that also has a talk prints its abstract there, once.
        if (
            item.kind in POSTER_KINDS
            and paper
            and any(self.items[other].kind in TALK_KINDS for other in paper.items if other in self.items)
        ):
            return None
        return _spans(spans(text, latex=item.scraped))

    def _cross_refs(self, item: Item) -> list[dict[str, str]]:
        paper = self.papers.get(item.paper or "")
        if not paper:
            return []
        refs = []
        for other_id in paper.items:
            other = self.items.get(other_id)
            if other is None or other.id == item.id:
                continue
            kind = self.lang.kind(other.kind)
            if other.start:
                text = f"{kind}, {self.lang.day(other.start.date())} {self.lang.time(other.start)}"
            else:
                text = f"{kind} {other.board}" if other.board else kind
            refs.append({"id": other.id, "text": text})
        return refs

    def _posters_of(self, item: Item) -> str | None:
        """A poster session's row points at the page of its posters."""
        return self.group_of_session.get(item.id) if item.kind is Kind.POSTER_SESSION else None

    def _group_posters(self) -> list[tuple[tuple[str, ...], list[Item]]]:
        groups: dict[tuple[str, ...], list[Item]] = {}
        for item in self.program.items:
            if item.kind is Kind.POSTER and item.start is None:
                groups.setdefault(item.sessions, []).append(item)
        return list(groups.items())

    def _sessions_heading(self, sessions: Sequence[str]) -> str:
        found = [self.items[s] for s in sessions if s in self.items]
        return sessions_heading(found, self.lang, with_day=len(self.program.days) > 1)

    def _clock_note(self) -> str:
        if not self.program.days:
            return ""
        return sentence(self.lang.gettext("All times are %(zone)s time.") % {"zone": zone_label(self.program.timezone)})

    def _accepted(self) -> list[dict[str, Any]]:
        labels = accepted_labels(self.program)
        result = []
        for paper in self.program.papers:
            if paper.id not in labels:
                continue
            self.labelled.add(paper.id)
            result.append(self._paper(paper, labels[paper.id]))
        return result

    def _paper(self, paper: Paper, label: str) -> dict[str, Any]:
        return {
            "id": paper.id,
            "board": label,
            "title": _segments(spans(paper.heading, latex=paper.scraped)),
            "untitled": paper.title is None,
            "people": [self.names.display(name) for name in paper.authors],
            "et_al": not paper.authors_complete,
            "details": paper_details(paper, self.lang),
            "abstract": _spans(spans(paper.abstract, latex=paper.scraped))
            if self.options.abstracts and paper.abstract
            else None,
        }

    def _part(self, part: TimetablePart) -> dict[str, Any]:
        boxes = []
        for box in part.boxes:
            # A box is drawn again on the next part when its item runs on: each drawing has its own mark.
            mark = None
            if box.named:
                mark = f"box-{self.marks}"
                self.marks += 1
                for person_id in box.named:
                    self.box_marks.setdefault(person_id, []).append(mark)
            boxes.append(
                {
                    "id": box.item_id,
                    "mark": mark,
                    "kind": box.kind,
                    "x": box.x,
                    "y": box.y,
                    "width": box.width,
                    "height": box.height,
                    "lines": list(box.lines),
                    "more": box.more,
                }
            )
        return {
            "height": part.height,
            "width": part.width,
            "columns": list(part.columns),
            "left_out": part.left_out,
            "hours": [{"label": hour.label, "y": hour.y} for hour in part.hours],
            "boxes": boxes,
        }

    def _index(self) -> list[dict[str, Any]]:
        groups = letter_groups(speaker_index(self.program, self.lang))
        return [
            {
                "letter": group.letter,
                "entries": [
                    {
                        "name": entry.sort_key,
                        # The template cites each page once, in page order (running order, timetable, posters).
                        "refs": [
                            *dict.fromkeys(seen.item_id for seen in entry.appearances if seen.item_id in self.labelled),
                            *self.box_marks.get(entry.person_id, ()),
                        ],
                    }
                    for entry in group.entries
                ],
            }
            for group in groups
        ]
