"""A title that opens with its kind's name ("Keynote talk: …") is printed after the kind without it.

AMTE 2024 (tests/data/pages/amte2024-program.md) writes `[Keynote talk](…): Tools of the Trade
Embracing Our Inner Craftsman (Joel Falcou)`: program.md printed "Keynote: Keynote talk: Tools
…". The calendar keeps the title as written (no kind is shown beside it there).
"""

from __future__ import annotations

from datetime import date
from zoneinfo import ZoneInfo

from program.loading import load_program
from program.settings import FeedSpec, Settings
from program.writers import RenderOptions
from program.writers.program_html import ProgramHtmlWriter
from program.writers.program_markdown import ProgramMarkdownWriter

from helpers import ROOT

AMTE = ROOT / "tests" / "data" / "pages" / "amte2024-program.md"


def test_keynote_talk_lead_is_not_printed_after_the_kind() -> None:
    settings = Settings(feeds=(FeedSpec(AMTE),), first_date=date(2024, 8, 26), timezone=ZoneInfo("Europe/Madrid"))
    program = load_program(settings).program
    keynote = next(item for item in program.items if "Tools of the Trade" in item.title)
    assert keynote.title == "Keynote talk: Tools of the Trade Embracing Our Inner Craftsman"  # as the page wrote it

    markdown = ProgramMarkdownWriter().write(program, RenderOptions())
    assert "Keynote: Tools of the Trade Embracing Our Inner Craftsman (Joel Falcou)\n" in markdown
    assert "Keynote talk:" not in markdown
    page = ProgramHtmlWriter().write(program, RenderOptions())
    assert "Tools of the Trade Embracing Our Inner Craftsman" in page and "Keynote talk:" not in page
