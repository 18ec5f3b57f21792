"""Fonts for the booklet: Typst's own, a system font for a script or emoji when the text needs one.

Typst brings Libertinus Serif, New Computer Modern and DejaVu Sans Mono. Names in Chinese,
Japanese or Korean, in Thai, Arabic, Hebrew or Devanagari, and emoji need a font of the
system (THRF14 2020's Thai programme printed as boxes); this module finds one by its file
(no fontconfig needed) and, for whatever no font at hand can show, says which font to
install. Typst itself prints a missing glyph as an empty box without a word, so the
characters are checked by typesetting them once, small, and reading which ones the PDF
maps to a glyph.
"""

from __future__ import annotations

import os
import re
import sys
import unicodedata
import zlib
from collections.abc import Iterable, Sequence
from functools import lru_cache
from pathlib import Path

import attrs
import orjson

from program.errors import OutputWarning

BODY_FONT = "Libertinus Serif"
"""Typst's bundled serif: Latin, Greek, Cyrillic and most punctuation and symbols."""

CJK_FONTS = (
    # (file name pattern, family), best first: a serif to match the body text, then sans.
    ("NotoSerifCJK-Regular.ttc", "Noto Serif CJK SC"),
    ("NotoSerifCJK-Bold.ttc", "Noto Serif CJK SC"),
    ("NotoSansCJK-Regular.ttc", "Noto Sans CJK SC"),
    ("NotoSansCJK-Bold.ttc", "Noto Sans CJK SC"),
    ("NotoSansCJKsc-Regular.otf", "Noto Sans CJK SC"),
    ("NotoSansCJKsc-Bold.otf", "Noto Sans CJK SC"),
    ("SourceHanSerif-Regular.ttc", "Source Han Serif"),
    ("SourceHanSans-Regular.ttc", "Source Han Sans"),
    ("wqy-zenhei.ttc", "WenQuanYi Zen Hei"),
    ("wqy-microhei.ttc", "WenQuanYi Micro Hei"),
    ("PingFang.ttc", "PingFang SC"),
    ("Hiragino Sans GB.ttc", "Hiragino Sans GB"),
    ("msyh.ttc", "Microsoft YaHei"),
)
EMOJI_FONTS = (
    ("NotoColorEmoji.ttf", "Noto Color Emoji"),
    ("Apple Color Emoji.ttc", "Apple Color Emoji"),
    ("seguiemj.ttf", "Segoe UI Emoji"),
    ("TwemojiMozilla.ttf", "Twemoji Mozilla"),
)
CJK_PACKAGE = "a CJK font such as Noto Sans CJK (Debian/Ubuntu: apt-get install fonts-noto-cjk)"


@attrs.frozen
class ScriptFonts:
    """A script Libertinus Serif lacks: its characters, its fonts by file (best first) and what to install."""

    characters: re.Pattern[str]
    fonts: tuple[tuple[str, str], ...]
    package: str


def _noto(script: str, *families: str) -> tuple[tuple[str, str], ...]:
    """The regular and bold files of Noto families (`Serif Thai` is NotoSerifThai-Regular.ttf, "Noto Serif Thai")."""
    return tuple(
        (f"Noto{family.replace(' ', '')}-{weight}.ttf", f"Noto {family}")
        for family in families
        for weight in ("Regular", "Bold")
    )


_CORE = "Debian/Ubuntu: apt-get install fonts-noto-core"
SCRIPT_FONTS = (
    ScriptFonts(
        re.compile("[\u0e00-\u0e7f]"),
        _noto("Thai", "Serif Thai", "Sans Thai", "Looped Thai"),
        f"a Thai font such as Noto Sans Thai ({_CORE})",
    ),
    ScriptFonts(
        re.compile("[\u0600-\u06ff\u0750-\u077f\ufb50-\ufdff\ufe70-\ufeff]"),
        _noto("Arabic", "Naskh Arabic", "Sans Arabic"),
        f"an Arabic font such as Noto Naskh Arabic ({_CORE})",
    ),
    ScriptFonts(
        re.compile("[\u0590-\u05ff]"),
        _noto("Hebrew", "Serif Hebrew", "Sans Hebrew"),
        f"a Hebrew font such as Noto Serif Hebrew ({_CORE})",
    ),
    ScriptFonts(
        re.compile("[\u0900-\u097f]"),
        _noto("Devanagari", "Serif Devanagari", "Sans Devanagari"),
        f"a Devanagari font such as Noto Serif Devanagari ({_CORE})",
    ),
)
"""Scripts a schedule may be written in that need a font of their own, found among the system's files."""
EMOJI_PACKAGE = "an emoji font such as Noto Color Emoji (Debian/Ubuntu: apt-get install fonts-noto-color-emoji)"

_CJK = re.compile(
    "[\u1100-\u11ff\u2e80-\u2fdf\u3000-\u30ff\u3100-\u31ff\u3200-\u9fff\ua960-\ua97f\uac00-\ud7ff"
    "\uf900-\ufaff\ufe30-\ufe4f\uff00-\uffef\U00020000-\U0003134f]"
)
_EMOJI = re.compile("[\u2600-\u27bf\u2b00-\u2bff\U0001f000-\U0001faff]")
_SAFE = re.compile("[\u0000-\u024f\u0370-\u03ff\u0400-\u04ff\u2000-\u206f\u20a0-\u20bf\u2190-\u21ff]")
"""Characters Libertinus Serif has, so they need no check."""
_SHOWN_CATEGORIES = ("L", "N", "P", "S")
_STREAM = re.compile(rb"stream\r?\n(.*?)\r?\nendstream", re.DOTALL)
_BFCHAR = re.compile(rb"<([0-9A-Fa-f]+)>\s*<([0-9A-Fa-f]+)>")


@attrs.frozen
class FontChoice:
    """The font files to give Typst, and the families in preference order."""

    files: tuple[Path, ...]
    families: tuple[str, ...]


def font_folders() -> list[Path]:
    """The folders where systems keep fonts (Linux, macOS, Windows)."""
    home = Path.home()
    folders = [
        Path("/usr/share/fonts"),
        Path("/usr/local/share/fonts"),
        home / ".local/share/fonts",
        home / ".fonts",
        Path("/Library/Fonts"),
        Path("/System/Library/Fonts"),
        home / "Library/Fonts",
    ]
    if sys.platform == "win32":
        folders.append(Path(os.environ.get("WINDIR", r"C:\Windows")) / "Fonts")
    extra = os.environ.get("PROGRAM_FONT_PATH")
    if extra:
        folders[:0] = [Path(part) for part in extra.split(os.pathsep) if part]
    return [folder for folder in folders if folder.is_dir()]


@lru_cache(maxsize=4)
def _installed(table: tuple[tuple[str, str], ...], folders: tuple[Path, ...]) -> tuple[tuple[Path, str], ...]:
    """The (file, family) of `table` found under `folders`, in the table's order."""
    wanted = {name.casefold(): family for name, family in table}
    found: dict[str, Path] = {}
    for folder in folders:
        for root, _dirs, files in os.walk(folder):
            for name in files:
                if name.casefold() in wanted and name.casefold() not in found:
                    found[name.casefold()] = Path(root) / name
    return tuple((found[name.casefold()], family) for name, family in table if name.casefold() in found)


def needs_cjk(text: str) -> bool:
    """Whether `text` has Chinese, Japanese or Korean characters."""
    return _CJK.search(text) is not None


def needs_emoji(text: str) -> bool:
    """Whether `text` has emoji or pictographic symbols."""
    return _EMOJI.search(text) is not None


def font_files(text: str, folders: Sequence[Path] | None = None) -> FontChoice:
    """Choose the system fonts `text` needs: a CJK font, a font of each other script, an emoji font."""
    where = tuple(font_folders() if folders is None else folders)
    files: list[Path] = []
    families: list[str] = [BODY_FONT]
    scripts = [(script.characters.search(text) is not None, script.fonts) for script in SCRIPT_FONTS]
    for needed, table in ((needs_cjk(text), CJK_FONTS), *scripts, (needs_emoji(text), EMOJI_FONTS)):
        found = _installed(table, where) if needed else ()
        if found:
            first_family = found[0][1]
            files.extend(file for file, family in found if family == first_family)
            families.append(first_family)
    return FontChoice(tuple(dict.fromkeys(files)), tuple(families))


def characters_to_check(text: str) -> list[str]:
    """The characters of `text` whose glyphs must be checked: shown ones not known to be in the body font."""
    return [
        char
        for char in sorted({char for char in text if not _SAFE.match(char)})
        if unicodedata.category(char).startswith(_SHOWN_CATEGORIES)
    ]


_PROBE = """
#let data = json(bytes(sys.inputs.probe))
#set page(width: 200mm, height: auto, margin: 2mm)
#set text(font: data.fonts, size: 6pt)
#for weight in ("regular", "bold") [
  #text(weight: weight, data.chars.join(" ")) \\
]
"""


def missing_characters(text: str, choice: FontChoice, folder: Path | None) -> list[str]:
    """Typeset the characters of `text` that may lack a glyph once, and return those that have none."""
    chars = characters_to_check(text)
    if not chars:
        return []
    import typst  # noqa: PLC0415 (optional: only when a PDF is asked for)

    probe = orjson.dumps({"fonts": list(choice.families), "chars": chars}).decode()
    compiler = typst.Compiler(font_paths=[str(folder)] if folder else [], ignore_system_fonts=True)
    pdf = compiler.compile(input=_PROBE.encode(), format="pdf", sys_inputs={"probe": probe}, timestamp=0)
    shown = mapped_characters(pdf if isinstance(pdf, bytes) else b"")
    return [char for char in chars if char not in shown]


def missing_glyph_warnings(text: str, choice: FontChoice, folder: Path | None) -> list[str]:
    """Typeset the characters that may lack a glyph once, and name those that still have none."""
    missing = missing_characters(text, choice, folder)
    if not missing:
        return []
    groups = [(_CJK, CJK_PACKAGE), *((script.characters, script.package) for script in SCRIPT_FONTS)]
    groups.append((_EMOJI, EMOJI_PACKAGE))
    notes = []
    for pattern, package in groups:
        group = [char for char in missing if pattern.match(char)]
        if group:
            notes.append(f"program.pdf: {_listed(group)} print as empty boxes: no font has them; install {package}")
    other = [char for char in missing if not any(pattern.match(char) for pattern, _ in groups)]
    if other:
        notes.append(
            f"program.pdf: {_listed(other)} print as empty boxes: no font has them; "
            "install a font that covers them (e.g. a Noto font for that script)"
        )
    return notes


def _listed(chars: Sequence[str], count: int = 8) -> str:
    shown = ", ".join(f"{char} (U+{ord(char):04X})" for char in chars[:count])
    more = f" and {len(chars) - count} more" if len(chars) > count else ""
    return f"{len(chars)} character(s), {shown}{more},"


def mapped_characters(pdf: bytes) -> set[str]:
    """The characters a PDF's fonts map a glyph to (their ToUnicode tables); a missing glyph maps to none."""
    found: set[str] = set()
    for match in _STREAM.finditer(pdf):
        try:
            data = zlib.decompress(match.group(1))
        except zlib.error:
            continue
        if b"begincmap" not in data:
            continue
        for block in re.findall(rb"beginbf(?:char|range)(.*?)endbf(?:char|range)", data, re.DOTALL):
            for _glyph, target in _bfchar_pairs(block):
                found.update(_utf16(target))
    return found


def _bfchar_pairs(block: bytes) -> Iterable[tuple[bytes, bytes]]:
    """(glyph, text) hex pairs of a bfchar block; in a bfrange block, the first text of each range."""
    for line in block.splitlines():
        hexes = re.findall(rb"<([0-9A-Fa-f]+)>", line)
        if len(hexes) >= 2:
            yield hexes[0], hexes[-1]


def _utf16(hex_text: bytes) -> str:
    try:
        return bytes.fromhex(hex_text.decode()).decode("utf-16-be")
    except ValueError:
        return ""


__all__ = ["SCRIPT_FONTS", "FontChoice", "OutputWarning", "font_files", "mapped_characters", "missing_glyph_warnings"]
