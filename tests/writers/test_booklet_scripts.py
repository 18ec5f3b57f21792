"""The booklet prints a script Libertinus Serif lacks in a system font found for it, or says which to install.

THRF14 2020's programme (Mahidol University, trial 33) is written in Thai: before, every Thai title printed as
empty boxes (with a warning naming a "Noto font for that script"); now a Noto Thai font among the system's font
files is given to Typst, as a CJK font is for Chinese names.
"""

from __future__ import annotations

from pathlib import Path
from zoneinfo import ZoneInfo

import pytest

from program.errors import OutputWarning
from program.loading import load_program
from program.model import Program
from program.settings import FeedSpec, Settings
from program.writers import RenderOptions, booklet_fonts
from program.writers.booklet import BookletWriter, pdf_available
from program.writers.booklet_fonts import font_files

from helpers import ROOT

pytestmark = pytest.mark.skipif(not pdf_available(), reason="Typst (the pdf extra) is not installed")


def _thrf14() -> Program:
    page = ROOT / "tests" / "data" / "html_pages" / "thrf14-program2.php"
    return load_program(Settings(feeds=(FeedSpec(page),), timezone=ZoneInfo("Asia/Bangkok"))).program


def test_a_thai_font_file_among_the_systems_is_chosen_for_thai_text(tmp_path: Path) -> None:
    (tmp_path / "NotoSansThai-Regular.ttf").write_bytes(b"")  # found by its file name, as the CJK fonts are
    (tmp_path / "NotoNaskhArabic-Regular.ttf").write_bytes(b"")

    thai = font_files("ลงทะเบียน Registration", folders=[tmp_path])
    latin = font_files("Registration", folders=[tmp_path])

    assert thai.families == ("Libertinus Serif", "Noto Sans Thai")
    assert thai.files == (tmp_path / "NotoSansThai-Regular.ttf",)
    assert latin.families == ("Libertinus Serif",) and not latin.files


def test_without_a_thai_font_the_build_names_the_thai_characters_and_the_package(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.setattr(booklet_fonts, "font_folders", list)

    with pytest.warns(OutputWarning, match=r"ก \(U\+0E01\).*a Thai font such as Noto Sans Thai.*fonts-noto-core"):
        BookletWriter().write(_thrf14(), RenderOptions())
