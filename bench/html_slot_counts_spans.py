"""Slot counts of saved pages whose slots are spans or marked paragraphs, counted with lxml alone.

See html_page_fidelity.py. Kept apart from html_slot_counts.py, which is near the module length limit.
"""

from __future__ import annotations

import re

import lxml.html

Root = lxml.html.HtmlElement


def spans_beside_time_spans(root: Root) -> int:
    """Spans after a list item's `<span class="time">`, one a talk (SQL Server 2012 Lansmanı: one or two a row)."""
    return sum(
        len(spans) - 1
        for item in root.iter("li")
        if (spans := [child for child in item if child.tag == "span"]) and "time" in spans[0].classes
    )


def class_a_paragraphs(root: Root) -> int:
    """Paragraphs of the class `a` (TVU 2023's red time paragraphs, one a slot, typos and all)."""
    return sum(1 for paragraph in root.iter("p") if "a" in paragraph.classes)


def times_and_untimed_chapters(root: Root) -> int:
    """KOITA 2016's rows: lists with a `program_time` element, and untimed lists' `chapter` rows.

    A break's time is left in a comment; the track headings `Innovation and Change I/II` are no slots.
    """
    lists = [element for element in root.iter("ul") if any("program_time" in item.classes for item in element)]
    untimed = [
        item
        for element in root.iter("ul")
        if element not in lists
        for item in element
        if "chapter" in item.classes and not item.text_content().strip().startswith("Innovation")
    ]
    return len(lists) + len(untimed)


def first_programme_rows_and_talks(root: Root) -> int:
    """The first `table-striped` table's rows and the talks its cells list (`<li><strong>Title</strong>…`).

    The Moscow child-safety conference 2013 writes the same rows again in English in a second such table: a
    translation, no more slots.
    """
    table = next(element for element in root.iter("table") if "table-striped" in element.classes)
    rows = [row for row in table.iter("tr") if row.find("td") is not None]
    talks = [item for item in table.iter("li") if len(item) and item[0].tag == "strong"]
    return len(rows) + len(talks)


def time_paragraphs_and_talk_titles(root: Root) -> int:
    """Check4facts 2022's time-led paragraphs, its talks' Greek titles and the titles written only in English.

    A bold text opening with `«` is a talk's Greek title; a paragraph in English quotes (`“…”`) is its English one,
    or, after another English title with no Greek one between, a talk given only in English (the page's footnote
    says so: "Presentations whose titles are written only in English, will be conducted in English"). A keynote's
    title, in the paragraph under its time, is its slot's.
    """
    times = [p for p in root.iter("p") if re.match(r"\d\d\.\d\d-\d\d\.\d\d:", p.text_content().strip())]
    sessions = [p.sourceline for p in times if "συνεδρία" in p.text_content()]
    quoted: list[tuple[int, str]] = [
        (strong.sourceline, "el")
        for strong in root.iter("strong")
        if strong.text_content().strip().startswith("«") and strong.getparent().tag != "strong"
    ]
    quoted += [(p.sourceline, "en") for p in root.iter("p") if p.text_content().strip().startswith("“")]
    quoted.sort()
    only_english = sum(
        1
        for (line, language), (before, earlier) in zip(quoted[1:], quoted, strict=False)
        if language == earlier == "en"
        and sessions
        and line > sessions[0]
        and not any(before < time.sourceline < line for time in times)  # a keynote's title, then the next slot's
    )
    return len(times) + sum(1 for _, language in quoted if language == "el") + only_english
