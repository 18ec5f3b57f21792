"""Whether a text holds a schedule of time-led lines or table rows (the schedule-page reader's detection)."""

from __future__ import annotations

import re
from collections.abc import Sequence

from program.readers.base import Line
from program.readers.lines.dated import dated_title
from program.readers.lines.day_headings import day_heading
from program.readers.lines.duration_tables import gives_duration
from program.readers.lines.headings import timed_heading
from program.readers.lines.markup import clean, wholly_emphasised
from program.readers.lines.rows import Header, is_bare_pipe_table, row_cells, table_header
from program.readers.lines.shared_time import dated_series, has_shared_time
from program.readers.notation.leading import leading_span

_YAML_KEY = re.compile(r"^\s*(?:-\s+)?[\w-]+:(?:\s|$)")
_BULLET = re.compile(r"^\s*[-*+]\s+\d")
"""A list bullet opening with a time: no CSV row, even with a comma after the time ("* 09:00 - 9:01, Welcome")."""
_COMPONENT_BLOCK = re.compile(r"^<(script|style)\b[^>]*>", re.IGNORECASE)
"""A Markdown component page's leading block (mdsvex's `<script>` imports, VitePress's `<script setup>`)."""


def has_schedule_lines(lines: Sequence[str]) -> bool:
    """Whether a page has a schedule: two lines that open with a time range, or three with a time.

    A heading that ends with its time range in brackets counts as a line that opens with one.

    A bare pipe table (no Markdown around it), a line with tabs (unless it opens with "|": a
    pipe table padded with tabs) and a time followed by a comma or semicolon are a CSV's, for
    the csv reader; a list bullet is none ("* 09:00 - 9:01, Welcome remarks": AMTE 2024).
    """
    if _another_format(lines):
        return False
    ranges = starts = 0
    timed = False  # a line above opened with a time: the start of a table of durations below it
    durations = 0  # rows of a table of durations with no time above it
    columns: Header | None = None  # the header of the table being read: "| Start | End | …" makes its rows ranges
    dated = dated_tab_page(lines)
    for raw in lines:
        if "\t" in raw and not raw.lstrip().startswith("|") and not dated and not wholly_emphasised(raw):
            continue  # a TSV's row; a pipe table's row padded with tabs ("| 9:00 AM\t|") is ours
        line = clean(raw)
        if dated_title(line.text) is not None:  # a day page's "Title Fri 28 Jul 07:00 a.m."
            ranges += 1
            if ranges >= 2:
                return True
            continue
        cells = row_cells(line.text, raw)
        header = table_header(cells, 0) if cells else None
        if timed and header is not None and header.by_duration:
            return True  # "**2:30 PM, 16 July**" then "| Duration | Activity |" (EMBC 2025)
        columns = header or (columns if cells else None)
        if header is None and columns is not None and columns.by_duration and gives_duration(columns, cells or []):
            durations += 1  # CDAAI's "| Welcome and opening remarks | 10 minutes |", no time anywhere: --date's
            if durations >= 2:
                return True
        pair = _start_and_end(columns, cells or [])  # "| 09:00 | 09:30 | Opening |" under "| Start | End | …"
        for text in [pair] if pair else cells[:2] if cells else [line.text]:
            found = leading_span(text)
            if found is None and (heading := timed_heading(text)) is not None:
                found = heading.found  # "Model transformation reuse (Session #2: 11.00 - 12.30)"
            timed = timed or found is not None
            if found is None or (found.rest.startswith((",", ";")) and not _BULLET.match(raw)):
                continue
            ranges += found.span.end is not None
            starts += 1
            if ranges >= 2 or starts >= 3:
                return True
            break
    return False


def has_series_time(lines: Sequence[str]) -> bool:
    """Whether a page (no other format's) is a series of dated entries with one time for all (`shared_time`)."""
    return not _another_format(lines) and has_shared_time(lines)


def has_dated_series(lines: Sequence[str]) -> bool:
    """Whether a page is a series of dated entries, timed or not: read by `--format schedule-page`, or refused so."""
    return dated_series([Line(number, text) for number, text in enumerate(lines, start=1)]) is not None


def dated_tab_page(lines: Sequence[str]) -> bool:
    """Whether tab-separated rows sit under day headings ("Monday, March 2, 2026"): a page's tables, no TSV's rows.

    A TSV holds rows only; a page copied as text holds its day lines between its tables.
    """
    tabbed = [line for line in lines if "\t" in line.strip()]
    return bool(tabbed) and any("\t" not in line and day_heading(clean(line).text) for line in lines if line.strip())


def has_dated_titles(lines: Sequence[str]) -> bool:
    """Whether a line is a day page's event ("Workshop: Title Sat 23 Jul 08:30 a.m."): one is a schedule when named.

    Detection asks for two such lines (`has_schedule_lines`); a page read as a schedule page by
    `--format` is read line by line with one (an event copied alone from ICML 2022's day page).
    """
    return any(dated_title(clean(line).text) is not None for line in lines)


def _another_format(lines: Sequence[str]) -> bool:
    """Whether the text is XML, HTML, JSON, iCalendar, a bare pipe table (a CSV's) or YAML (comments may hold times)."""
    opening = _opening_past_blocks(lines)
    if opening[:1] in ("<", "{", "[") or opening.startswith("BEGIN:"):
        return True
    # a bare pipe table is a CSV's, with a header; one whose first row is already a time's has none (URC 2023)
    if is_bare_pipe_table(lines) and not _first_cell_is_time(opening):
        return True
    texts = [line for line in lines if line.strip()]
    # "Social: Surfing Sat 14 Jun 07:00 a.m." is a day page's event, its type before a colon: no YAML key
    keys = sum(1 for line in texts if _YAML_KEY.match(line) and dated_title(clean(line).text) is None)
    return keys * 2 >= len(texts)


def _opening_past_blocks(lines: Sequence[str]) -> str:
    """The text's first non-blank line, past any `<script>`/`<style>` blocks a Markdown component page opens with.

    An mdsvex page (`Programme.svelte.md`, Critique digitale 2021) opens with `<script>` importing its
    components, then is Markdown: its pipe tables are a schedule page's. A saved HTML page's next line
    after such a block is markup again (`<html>`, `<div>`), so it stays another format's; a block never
    closed leaves its opening as it is.
    """
    texts = [line.strip() for line in lines if line.strip()]
    at = 0
    while at < len(texts) and (block := _COMPONENT_BLOCK.match(texts[at])) is not None:
        closing = f"</{block.group(1).lower()}>"
        ends = next((index for index in range(at, len(texts)) if closing in texts[index].lower()), None)
        if ends is None:
            return texts[0]
        at = ends + 1
    return texts[at] if at < len(texts) else (texts[0] if texts else "")


def _first_cell_is_time(row: str) -> bool:
    cells = [cell.strip() for cell in row.strip().strip("|").split("|")]
    found = leading_span(cells[0]) if cells else None
    return found is not None and not found.rest


def _start_and_end(header: Header | None, cells: Sequence[str]) -> str | None:
    """A row's range written in its header's start and end columns ("09:00 - 09:30"), or None."""
    if header is None or not {"start", "end"} <= header.columns.keys():
        return None
    start, end = (header.cell(cells, field).strip() for field in ("start", "end"))
    found = [leading_span(text) for text in (start, end)]
    return f"{start} - {end}" if all(span is not None and not span.rest for span in found) else None
