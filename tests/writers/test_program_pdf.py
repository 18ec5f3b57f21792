"""program.pdf: opened as a reader would: pages, searchable titles, embedded fonts, no tofu."""

from __future__ import annotations

import io
import re
from typing import Any

import pytest
from pypdf import PdfReader

from program.pipeline import Loaded
from program.writers import RenderOptions
from program.writers.clean_text import title_text
from program.writers.program_pdf import ProgramPdfWriter, pdf_available

from conftest import LoadText
from helpers import entry

pytestmark = pytest.mark.skipif(not pdf_available(), reason="WeasyPrint (the pdf extra) is not installed")


def _reader(data: bytes) -> PdfReader:
    return PdfReader(io.BytesIO(data))


def _squeezed(text: str) -> str:
    """Text without white space or hyphenation breaks, so wrapped titles still match."""
    return re.sub(r"[\s\u00ad]+", "", text)


@pytest.fixture(scope="module")
def sample_pdf(sample: Loaded) -> bytes:
    return ProgramPdfWriter().write(sample.program, RenderOptions())


def _fonts(reader: PdfReader) -> dict[str, bool]:
    """Base font name -> whether its font program is embedded."""
    found: dict[str, bool] = {}
    for page in reader.pages:
        resources: Any = page["/Resources"]
        for reference in resources["/Font"].values():
            font = reference.get_object()
            descriptor = font.get("/FontDescriptor") or font["/DescendantFonts"][0].get_object()["/FontDescriptor"]
            descriptor = descriptor.get_object()
            found[str(font["/BaseFont"])] = any(key in descriptor for key in ("/FontFile", "/FontFile2", "/FontFile3"))
    return found


def test_sample_prints_to_two_to_four_a4_pages(sample: Loaded, sample_pdf: bytes) -> None:
    reader = _reader(sample_pdf)
    short = _reader(ProgramPdfWriter().write(sample.program, RenderOptions(abstracts=False)))

    assert 2 <= len(reader.pages) <= 4
    assert 1 <= len(short.pages) <= 2
    assert [round(float(value)) for value in reader.pages[0].mediabox[2:]] == [595, 842]


def test_letter_paper(sample: Loaded) -> None:
    reader = _reader(ProgramPdfWriter().write(sample.program, RenderOptions(paper="letter")))

    assert [round(float(value)) for value in reader.pages[0].mediabox[2:]] == [612, 792]


def test_every_title_is_searchable_text(sample: Loaded, sample_pdf: bytes) -> None:
    text = _squeezed("".join(page.extract_text() for page in _reader(sample_pdf).pages))

    missing = [item.title for item in sample.program.items if _squeezed(title_text(item)) not in text]
    assert missing == []


def test_fonts_are_embedded(sample_pdf: bytes) -> None:
    fonts = _fonts(_reader(sample_pdf))

    assert fonts
    assert all(fonts.values())


def test_chinese_names_use_a_cjk_font_not_tofu(load_text: LoadText) -> None:
    program = load_text(
        entry("Sat 9:00 a.m. - 10:00 a.m.", "Compilers", "(Oral)", people="张伟 · Ada Lovelace")
    ).program

    reader = _reader(ProgramPdfWriter().write(program, RenderOptions()))

    assert "张伟" in "".join(page.extract_text() for page in reader.pages)
    assert any("CJK" in name for name in _fonts(reader))


def test_pdf_is_the_same_bytes_twice(sample: Loaded, sample_pdf: bytes) -> None:
    assert ProgramPdfWriter().write(sample.program, RenderOptions()) == sample_pdf
