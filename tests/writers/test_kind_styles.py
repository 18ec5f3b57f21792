"""One style of each kind: the site, program.html, the booklet and the calendars read model.kinds.KIND_STYLES."""

from __future__ import annotations

import re

import icalendar

from program.loading import Loaded
from program.model import Kind
from program.model.kinds import KIND_STYLES
from program.writers import RenderOptions
from program.writers.booklet import booklet_data
from program.writers.ics import IcsWriter
from program.writers.program_html import ProgramHtmlWriter
from program.writers.site import SiteWriter
from program.writers.template_folder import shipped_templates


def test_invited_talks_have_one_colour_in_the_site_program_html_and_the_booklet(sample: Loaded) -> None:
    site = SiteWriter().write(sample.program, RenderOptions())
    printable = ProgramHtmlWriter().write(sample.program, RenderOptions())
    booklet = booklet_data(sample.program, RenderOptions())
    used = {item.kind for item in sample.program.items}
    assert Kind.INVITED_TALK in used

    site_colours = dict(re.findall(r"\.k-([a-z-]+)\{--kc:(#[0-9a-f]{6})\}", site))
    printed_colours = dict(
        re.findall(r"\.k-([a-z-]+) \{ background-color: color-mix\(in srgb, (#[0-9a-f]{6})", printable)
    )
    booklet_colours = {kind: style["colour"] for kind, style in booklet["kinds"].items()}

    table = {kind.value: style.colour for kind, style in KIND_STYLES.items()}
    assert site_colours == {kind.value: table[kind.value] for kind in Kind if kind in used}
    assert printed_colours == table
    assert booklet_colours == table


def test_no_output_keeps_a_colour_of_its_own_for_a_kind() -> None:
    """The stylesheet and the booklet's template take kinds' colours only from the table."""
    css = (shipped_templates() / "site" / "site.css").read_text()
    typst = (shipped_templates() / "booklet.typ").read_text()

    assert re.findall(r"\.k-[a-z-]+[^{]*\{[^}]*(?:#[0-9a-f]{3,6}|rgb\()", css) == []
    assert re.findall(r'"[a-z-]+": (?:rgb|luma)\(', typst) == []


def test_calendar_categories_are_the_tables_labels(sample: Loaded) -> None:
    calendar = icalendar.Calendar.from_ical(IcsWriter().write(sample.program, RenderOptions()))
    by_uid = {item.id: item for item in sample.program.items}

    labels = {event.categories[0] for event in calendar.walk("VEVENT") if isinstance(event, icalendar.Event)}

    assert labels == {KIND_STYLES[item.kind].label for item in by_uid.values() if item.start}


def test_every_output_shows_a_kind_with_the_tables_icon(sample: Loaded) -> None:
    site = SiteWriter().write(sample.program, RenderOptions())
    printable = ProgramHtmlWriter().write(sample.program, RenderOptions())
    booklet = booklet_data(sample.program, RenderOptions())
    icon = KIND_STYLES[Kind.INVITED_TALK].icon

    assert f'.k-invited-talk>.m .k::before{{content:"{icon} "/""}}' in site
    assert f'<span class="kind"><span aria-hidden="true">{icon} </span>Invited talk</span>' in printable
    assert booklet["kinds"]["invited-talk"]["icon"] == icon
