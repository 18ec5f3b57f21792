"""Readers: one module per feed format, registered by name in `READERS`."""

from __future__ import annotations

from program.readers.abstract_lines import AbstractLinesReader
from program.readers.abstracts import AbstractsReader
from program.readers.afpy_schedule import AfpyScheduleReader
from program.readers.base import ReadContext, Reader, decode_feed
from program.readers.cmt import CmtReader
from program.readers.conference_hall import ConferenceHallReader
from program.readers.django_fixture import DjangoFixtureReader
from program.readers.frab_json import FrabJsonReader
from program.readers.frab_xml import FrabXmlReader
from program.readers.hotcrp import HotcrpReader
from program.readers.hoverboard import HoverboardReader
from program.readers.html_page import HtmlPageReader
from program.readers.ics import IcsReader
from program.readers.indico import IndicoReader
from program.readers.js_rows import JsRowsReader
from program.readers.json_rows import JsonRowsReader
from program.readers.konopas import KonopasReader
from program.readers.miniconf import MiniconfReader
from program.readers.open_event import OpenEventReader
from program.readers.openreview import OpenReviewReader
from program.readers.paper_list import PaperListReader
from program.readers.paper_listing import PaperListingReader
from program.readers.pretalx_widget import PretalxWidgetReader
from program.readers.program_json import ProgramJsonReader
from program.readers.schedule_page import SchedulePageReader
from program.readers.sessionize import SessionizeReader
from program.readers.spreadsheet_csv import SpreadsheetCsvReader
from program.readers.workbook import WorkbookReader
from program.readers.yaml_site import YamlSiteReader
from program.registry import named

READERS: dict[str, Reader] = {
    reader.name: reader
    for reader in (
        SchedulePageReader(),
        PaperListingReader(),
        AbstractsReader(),
        AbstractLinesReader(),
        FrabXmlReader(),
        FrabJsonReader(),
        ProgramJsonReader(),
        YamlSiteReader(),
        IndicoReader(),
        IcsReader(),
        SessionizeReader(),
        OpenEventReader(),
        PretalxWidgetReader(),
        SpreadsheetCsvReader(),
        WorkbookReader(),
        OpenReviewReader(),
        MiniconfReader(),
        CmtReader(),
        HtmlPageReader(),
        PaperListReader(),
        JsonRowsReader(),
        AfpyScheduleReader(),
        KonopasReader(),
        JsRowsReader(),
        ConferenceHallReader(),
        DjangoFixtureReader(),
        HoverboardReader(),
        HotcrpReader(),
    )
}
"""Every reader, by format name."""


def reader_named(name: str) -> Reader:
    """Return the reader registered as `name`.

    Raises:
        UnknownFormatError: listing the known names.
    """
    return named(READERS, "input", name)


def detect_readers(text: str) -> list[Reader]:
    """Return every reader that recognises `text` (one, when the formats are told apart)."""
    return [reader for reader in READERS.values() if reader.detect(text)]


__all__ = ["READERS", "ReadContext", "Reader", "decode_feed", "detect_readers", "reader_named"]
