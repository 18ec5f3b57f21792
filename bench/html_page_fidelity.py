"""Saved-page (HTML) fidelity: per real page, slots in the source (counted with lxml), items read, fields exact.

A slot is a schedule entry as the page shows it, counted with lxml alone by a rule per page (below): a timed
table row, a filled cell of a day column, a time paragraph. The fields (day, title, start, end, people, kind,
room) are compared with the hand-written expectations in tests/data/html_pages/expected/<page>.json: an item is
matched to the expected slot of its day, start and room (in order when several share them), or misses all.

Run: python bench/html_page_fidelity.py  (prints a markdown table)
"""

from __future__ import annotations

import json
import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from zoneinfo import ZoneInfo

import html_slot_counts as slot_counts  # run as a script: bench/ is on the path
import html_slot_counts_session16 as slot_counts_s16
import html_slot_counts_spans as span_counts
import html_slot_counts_trial27 as slot_counts27
import html_slot_counts_trial31 as slot_counts31
import html_slot_counts_trial33 as slot_counts33
import html_slot_counts_trial34 as slot_counts34
import html_slot_counts_trial36 as slot_counts36
import html_slot_counts_trial38 as slot_counts38
import lxml.html
from page_fidelity import fields as page_fields

from program.model import Item, Program
from program.readers.base import ReadContext
from program.readers.html_page import HtmlPageReader

DATA = Path(__file__).resolve().parent.parent / "tests" / "data" / "html_pages"
Root = lxml.html.HtmlElement


@dataclass
class Case:
    """One real page, how to read it, and its slots counted without program."""

    name: str
    zone: str | None
    first: date | None
    slots: Callable[[Root], int]


CASES = [
    Case("frontiers4lcd-2023-schedule.html", None, None, slot_counts.timed_rows),
    Case("scsl-2025-schedule.html", "America/Denver", None, slot_counts.timed_rows),
    Case("rethinkmarl-2025-schedule.html", "Asia/Singapore", date(2025, 4, 27), slot_counts.timed_rows),
    Case("dragonpy-2020-schedule.html", "Europe/Ljubljana", None, slot_counts.track_cells),
    Case("onlyoffice-summit-2024-agenda.php", "Europe/Riga", None, slot_counts.hour_paragraphs),
    Case("user2015-conference-overview.php", "Europe/Copenhagen", date(2015, 6, 30), slot_counts.day_cells),
    Case("agile-open-northwest-2011-schedule.php", "America/Los_Angeles", date(2011, 2, 8), slot_counts.timed_rows),
    Case("pgdu-2018-schedule.html", "Australia/Melbourne", date(2018, 12, 7), slot_counts.start_times),
    Case("fullfrontal-2012-schedule.php", "Europe/London", None, slot_counts.start_times),
    # Unseen when their expectations were written (PROVENANCE.md); HTML in Markdown, html-page since issue 28 wave 4.
    Case("csama-2023-programme.md", "Europe/Rome", date(2023, 6, 11), slot_counts.timed_rows),
    Case("iiccsss-2023-program.md", "Europe/Berlin", date(2023, 9, 11), slot_counts.filled_cells),
    # Trial finds (issue 28, sixth wave): HTML tables inside Markdown whose cells are marked up.
    Case("aacl2023srw-schedule.md", None, None, slot_counts.timed_rows),
    Case("sechope23-program.md", "America/Los_Angeles", date(2023, 5, 25), slot_counts.timed_talks),
    # Unseen when their expectations were typed (issue 28, sixth wave).
    Case("perls-2021-schedule.md", "America/New_York", date(2021, 12, 13), slot_counts.timed_rows),
    Case("chi-workshop-template-schedule.php", "UTC", date(2020, 1, 1), slot_counts.timed_rows),
    # Trial 4 (issue 28): a generated day page, programme codes beside the times (an excerpt).
    Case("edtm2025-day1.html", "Asia/Hong_Kong", None, slot_counts.coded_papers),
    # Trial 5 (issue 28): days as columns under a room's header row, chairs' rows over their talks.
    Case("apm2025-program.md", "Europe/Lisbon", date(2025, 10, 1), slot_counts.day_cells),
    # Trial 5 (issue 28): session cells whose classes name the session, its chair and its papers.
    Case("iwsda2025-program.html", "Australia/Melbourne", None, slot_counts.rows_and_papers),
    # Trial 7 (issue 28): `<time datetime="START-END">` ranges in UTC (`Z`) beside the London clock shown.
    Case("bristoldataweek2025-index.html", "Europe/London", None, slot_counts.schedule_events),
    # Trial 7 (issue 28): days as columns, rowspan/colspan; sessions' topics and evenings' venues on a second line.
    Case("pvis2023-program.html", "Asia/Seoul", None, slot_counts.day_cells),
    # Trial 8 (issue 28): a table a day, session cells of a chair and a list of talks at their own times.
    Case("cilc2025-program.md", "Europe/Rome", None, slot_counts.rows_and_timed_items),
    # Trial 8 re-run (issue 28): days as columns of session cells in paragraphs: keynotes at their own time, papers.
    Case("spin2024-program.md", "Europe/Luxembourg", date(2024, 4, 10), slot_counts.day_paragraphs),
    # Trial 8 re-run (issue 28): a Tailwind CSS grid of spans, three a row (time, speaker, title).
    Case("prl-neutrino2025-schedule.html", "Asia/Kolkata", date(2025, 3, 19), slot_counts.time_spans),
    # Trial 9 (issue 28): a header-less table whose untimed rows under a timed row are its talks (boxes).
    Case("5gmemu2024-program.html", "America/Los_Angeles", None, slot_counts.rows_and_boxes),
    # Trial 9 (issue 28): a Bootstrap grid of time rows, two parallel papers in `col-md-5` columns, days as tabs.
    Case("3dgeoinfo2021-program.html", None, date(2021, 10, 11), slot_counts.bootstrap_columns),
    # Trial 9 (issue 28): HTML in Markdown, slots as time headings, parallel panels under a session's time.
    Case("keystonedh2023-schedule.md", "America/New_York", date(2023, 6, 16), slot_counts.headings_and_talks),
    # Trial 8 re-run (issue 28): a year-first heading a day, cells of title, 講者/引言人 lines and a bracketed
    # room; a rowspan cell beside two rows writing its own time (16:00~17:20).
    Case("wasn2018-agenda.html", "Asia/Taipei", None, slot_counts.clock_rows_and_cells),
    # Trial 10 (issue 28): a table a day under its heading, `9:00 am - 11:00 am PDT`, `After …`, `Until …`, `All Day`.
    Case("ndnhack11-program.html", None, None, slot_counts.first_cells),
    # Trial 10 (issue 28): one `<table>` per slot, the time spanning the title and a `KEYNOTE - Name, Org` row.
    Case("cmmca2024-agenda.html", "Africa/Casablanca", None, slot_counts.first_cells),
    # Trial 10 (issue 28): HTML in Markdown, a block of rows per room under a `Raum W1` row, starts only.
    Case("tuebix2016-programm-raumplan.md", "Europe/Berlin", date(2016, 6, 11), slot_counts.timed_rows),
    # Trial 10 (issue 28): starts only, a `12:30AM` lunch between 11:30AM and 1:30 PM, `<b>Invited Speaker: Name</b>`
    # over an italic affiliation, all of a cell inside one link.
    Case("mlsys2023-schedule.md", "America/Chicago", date(2023, 12, 16), slot_counts.timed_rows),
    # Trial 11: time headings over lists of talks at their own times (`<strong>09:50 - 10:02: Title</strong><br />
    # Authors`), a side table of deadlines, a deadline's "(UTC-0)" that is not the schedule's zone (Singapore).
    Case("blp2023-program.html", "Asia/Singapore", None, slot_counts.timed_headings_and_items),
    # Trial 11: a CSS-grid timetable, times only in class names (`start-1730 end-1800`), days only by column order.
    Case("dqml22-schedule.html", "Europe/Vienna", date(2022, 2, 1), slot_counts.class_timed_events),
    # Session 11: an HTML table in Markdown, `Invited Talk by <strong>Name</strong>` in its only column, day in prose.
    Case("tpm2024-program.md", "Europe/Madrid", None, slot_counts.timed_rows),
    # Session 11, unseen (issue 28): a table a day under `<h5>Day 1 (Tuesday, 11/5)</h5>` (US month/day, no year).
    Case("cyberscitech2024-overview.md", "Asia/Manila", date(2024, 11, 5), slot_counts.timed_rows),
    # Session 11: headings over a "Time: 14:00 - 15:30 Chair: Name" paragraph.
    Case("hipecasp2025-program.md", "Asia/Kolkata", date(2025, 4, 7), slot_counts.time_paragraphs),
    # Session 11: tables of cells holding Markdown (`markdown="span"`): `**Keynote**<br/>[Name -- Title](…)`.
    Case("bafa2017-program.md", "Europe/Amsterdam", date(2017, 10, 12), slot_counts.timed_rows),
    # Session 11: a built jekyll-conference page, a grid of 5-minute rows with a spacer column, items spanning rows.
    Case("kars2022-program.html", "America/Los_Angeles", date(2022, 9, 22), slot_counts.spanning_cells),
    # Session 11: a built Jekyll page of paragraphs led by a bold time range.
    Case("feast2021-program.html", "Europe/Madrid", date(2021, 9, 17), slot_counts.bold_time_paragraphs),
    # Session 11: days as columns, a second header row ("Time (EST) | Workshops | Main, Day 1") under the days.
    Case("mobihoc2023-program.md", None, date(2023, 10, 23), slot_counts.day_cells),
    # Session 11: a header-less table, invited talks written `Name: "Title"`.
    Case("mldpr2025-schedule.md", "Asia/Singapore", date(2025, 4, 27), slot_counts.timed_rows),
    # Session 11: a 960 grid of rows, the time a `grid_2` column, the title the next column's text alone.
    Case("frontendconf2011-saturday.php", "Europe/Zurich", date(2011, 9, 10), slot_counts.grid_time_columns),
    # Trial 14: a sheet saved from Excel whose Date column numbers the talks between its dates, map links as titles.
    Case("a3rona2024-program.htm", "Asia/Seoul", date(2024, 11, 1), slot_counts.second_cell_times),
    # Trial 14: `<b>Invited Talk #1</b> Name: Title` cells.
    Case("dmlw2022-schedule.html", None, None, slot_counts.timed_rows),
    # Trial 14: HTML in Markdown, ISO moments `2022-10-17T 13:00:00+09:00`, italic kind over bold title over names.
    Case("meec2022-program.md", None, None, slot_counts.timed_rows),
    # Trial 15: a heading over each room's list, six side by side; `Title - <a>Name</a> et <a>Name</a>` (an excerpt).
    Case("agilefrance2013-programme.html", "Europe/Paris", date(2013, 5, 23), slot_counts.timed_list_items),
    # Trial 15: header-less rows of a start, a label with a note, a linked title over `(Authors)`.
    Case("3dor2021-programme.html", None, None, slot_counts.timed_rows),
    # Trial 15: paragraphs that write the title before the time, `12:00 am` for noon.
    Case("eaae2023-programme.html", "Europe/Rome", None, slot_counts.lines_ending_in_times),
    # Trial 16 (unseen, not English): a table in Markdown whose day rows write `Czwartek, 1.12.2022 (Aula …)`,
    # times `8.00 – 10.00`, untimed sub-rows (Polish).
    Case("geoinformacja2022-program.md", "Europe/Warsaw", None, slot_counts.timed_rows),
    # Trial 16: slots as list items, parts named by class (`slot-time` of two `10h05` spans, `slot-title`,
    # `slot-speaker` "Name · Affiliation"), the day in the prose (French).
    Case("ese2026-planning.html", "Europe/Paris", None, slot_counts.class_named_times),
    # Trial 16: Windows-1252, a table a day under `<h2>Mittwoch, 11.03.2015</h2>`, `18:00 – open end`,
    # `Mittagsvorlesung von Prof. Dr. Name` (German).
    Case("gebf2015-tagungsprogramm.php", "Europe/Berlin", None, slot_counts.timed_rows),
    # Trial 17 (unseen, German): courses as headings, `<h4>Zeit: Mo. (23.9.), 09:00 Uhr bis Di. (24.9.), 12:30 Uhr`.
    Case("ess2013-programm.html", "Europe/Berlin", date(2013, 9, 23), slot_counts.time_label_headings),
    # Trial 17 (Spanish): `Lugar | Horario | Actividad`, two activities in a cell (`<br><br>`), `A partir de las 21:00`.
    Case("cica2017-programa.php", "America/Mexico_City", None, slot_counts.timed_rows_and_double_breaks),
    # Trial 18 (unseen): HTML in Markdown, days as columns under a row of `08/07/2024` dates, each row's time written
    # over three cells (`<b>9:00</b> | <b> - </b> | <b>10:30</b>`), cells marked by colour (`🟢 Paolo Arcaini`).
    Case("tarot2024-program.md", "Europe/Rome", None, slot_counts.cells_after_split_ranges),
    # Trial 18 (unseen, Spanish): a list of one small table a slot under `<ul id='dia1'>Día 1`, a session's talks
    # one linked cell each (`<a>Metodologias agiles, M. Noguera</a>`), untimed at the session.
    Case("ingcongreso2015-horarios.php", "Europe/Madrid", date(2015, 6, 1), slot_counts.timed_items_and_cells),
    # Trial 18 (unseen, German): a header naming only its time (`<th>Zeit</th><th></th><th></th><th></th>`), three
    # talks a row, each cell `Title <p><strong>Speaker</strong></p> <p>Raum: X</p>`; `Eröffnung durch Prof. Name`.
    Case("devday2016-sessions.php", "Europe/Berlin", date(2016, 4, 12), slot_counts.timed_row_cells),
    # Trial 18 (unseen, German): a FreeMarker page, a table a day under `<span>Mittwoch, den 22. Oktober 2014</span>`,
    # the time the second of four cells (`ab ca. 15.00 Uhr`, `16.30 – 18.00 Uhr`, `parallel`, `bis 12.00 Uhr`),
    # `<b>Title</b>` over `Moderation` and `<a><b>Name</b></a>, Office`, seven excursions as links under one title.
    Case("dtv2014-programm.ftl", "Europe/Berlin", None, slot_counts.spaced_time_rows_and_choices),
    # Trial 19 (Japanese): a grid a day, rooms as columns (`チーム医療<br>演習室`), rowspans, each slot a card of a kind
    # badge over its title and its own time (`08:50–09:00` in the 08:30 row).
    Case("jsp95-2026-program.html", "Asia/Tokyo", None, slot_counts.slot_cards),
    # Trial 19 (Chinese): Bootstrap divs, `<h2>10/27 議程表</h2>` a day, `<div class="time">` the room over the time
    # (`海景會議廳<br>10:00 ~ 10:50`), `name` (speakers) and `head` (title) divs, two rooms side by side.
    Case("mopcon2012-session.php", "Asia/Taipei", date(2012, 10, 27), slot_counts.time_divs),
    # Trial 20 (unseen, Portuguese): a table a day, a round table's speakers a line each after `<br>`, with
    # `Profa. Dra.` and where they work in brackets; `No aguardo dos aceites` (none yet).
    Case("eneimagem2013-programacao.php", "America/Sao_Paulo", None, slot_counts.timed_rows),
    # Trial 20 (Italian): an HTML table in a Jekyll section, speakers as `<span class="badge">` pills, two in a cell.
    Case("bbc2022-agenda.md", "Europe/Rome", None, slot_counts.timed_rows),
    # Trial 21 (unseen, Polish): a PHP partial of `<p>10:20 &ndash; Title<br><span>Name (Place)</span></p>`; the date
    # only in the site's footer.
    Case("ogrody2024-program-plan.php", "Europe/Warsaw", date(2024, 6, 15), slot_counts.time_led_paragraphs),
    # Trial 21 (Russian): HTML in Hugo Markdown, `Время | Зал 1 | Зал 2`, cells `<a>Speaker</a> — <a>Title</a>`.
    Case("devfestvl2019-schedule.ru.md", "Asia/Vladivostok", date(2019, 9, 28), slot_counts.timed_cell_lines),
    # Trial 21 (Chinese): a JSP page dated `会议时间：2018年5月18日`, `09:30~10:00` rows, a cell `①、…<br>②、…<br>③、…`.
    Case("cqjt2018-pageJumpAgenda.jsp", "Asia/Shanghai", None, slot_counts.timed_cell_lines),
    # Trial 23 (Portuguese): `<h4>08h - Credenciamento</h4>`, `09h30m`, round tables `<h4>&raquo; …</h4>` untimed.
    Case("enpeb2012-programacao.html", "America/Fortaleza", date(2012, 12, 13), slot_counts.h_marked_headings),
    # Trial 23 (Russian): `programm-item` blocks, `10:00 <span class="programm-time-color">11:00</span>`, the title
    # beside the time, the speaker a link followed by `, company, city`.
    Case("fronttalks2016-programm.html", "Asia/Yekaterinburg", date(2016, 9, 16), slot_counts.programm_items),
    # Trial 24 (Portuguese): two tracks, `<th>08:45</th>` start-only rows, a talk `<h5>Name</h5>` over `(Org)`,
    # the title and a `ver slide` link.
    Case("phpeste2019-programming.blade.php", "America/Recife", date(2019, 10, 19), slot_counts.th_timed_cells),
    # Trial 24 (Japanese): Markdown holding a table, `<td class="time">10:10 <p class="time-span">90分</p> 11:40</td>`,
    # then 講師 (speaker) and 内容 (title) cells; the opening's and ending's names in the speaker's cell.
    Case("osh2014-timetable.md", "Asia/Tokyo", date(2014, 2, 1), slot_counts.time_class_cells),
    # Trial 24 (German): a PHP preamble, then `<h2>14:00 - 14:15 | Einf&uuml;hrung</h2>` headings, people
    # `StD Kress SSL`.
    Case("whg2019-timeline.php", "Europe/Berlin", date(2019, 11, 21), slot_counts.timed_h2_headings),
    # Trial 25 (Spanish): a table a day, start-only rows, a `Mesa` cell a bold title over `<li>Name - Title</li>` talks.
    Case("caicu2023-programa.html", "America/Montevideo", date(2023, 9, 5), slot_counts.timed_rows_and_listed),
    # Trial 25 (Polish): a PHP page, two day columns under `<h2>Dzień 1 (piątek, 2013-03-15) - …</h2>`, a start-only
    # opening over `Name - Office` lines, talks `<b>09:30 - 10:15</b>` over `Title - <a>Name</a>`.
    Case("osconf2013-index.php", "Europe/Warsaw", None, slot_counts.timed_list_items),
    # Trial 25 (French): class-named blocks, `programme__event-titre` over `programme__event-date` (`8h30`, `9h`,
    # `12h - 13h`), a description beside them naming who gives the talk.
    Case("mmietapres2019-programme.php", "Europe/Paris", date(2019, 1, 17), slot_counts.class_named_times),
    # Trial 25 (Japanese): a table in Markdown, `<th>10:00 (5分)</th>` (a start and its length), `track-title` and
    # `track-speaker` paragraphs (the speaker a link), lightning talks `<li>Title | Name / affiliation</li>`.
    Case("hackerschamploo2018-program.md", "Asia/Tokyo", None, slot_counts27.th_timed_rows_and_piped_items),
    # Trial 27 (unseen, Spanish): a table a day inside an accordion's `<li>` under `<h2>Programa 28 de Setiembre del
    # 2016</h2>`, TURNO | SALA A | SALA B | SALA C, 12-hour ranges, colspan plenaries, `Sala A` label rows.
    Case("inmunologia2016-programa.php", "America/Lima", None, slot_counts27.room_cells_under_times),
    # Trial 27 (unseen): an SSI page, Time | Theme | Speaker | Title tables, `colspan="3"` breaks, `rowspan="4"` times.
    Case("sug2011-slurm_ug_agenda.shtml", "America/Phoenix", date(2011, 9, 22), slot_counts27.rows_under_times),
    # Trial 27 (unseen, Spanish): day columns of `<div class="block">Title <br><br> 09:00 - 10:00 hrs.</div>`, no year.
    Case("aimmgm2020-conferencias.php", "America/Mexico_City", date(2020, 5, 26), slot_counts27.block_divs),
    # Trial 27 (unseen, Portuguese): a sheet saved as HTML, `Segunda-feira (01/09)` day rows, `Dr. Name - Org` rows
    # under a talk with an empty time cell.
    Case("emabi2014-palestras.php", "America/Sao_Paulo", date(2014, 9, 1), slot_counts.timed_rows),
    # Trial 27 (unseen, Turkish): a Word-saved table, `10.45 | ARA`, a time row `11.00 | SALON I | SALON II` (or
    # `13.10 | Moderatör: … | Moderatör: …`) over Zoom and chair rows and untimed papers `<p>Title</p><p><b>Name</b>`.
    Case(
        "hisarli2021-youth-seminars-program.php",
        "Europe/Istanbul",
        None,  # the table's heading writes `19 MAYIS 2021`
        slot_counts27.papers_under_session_times,
    ),
    # Trial 28 (Turkish): a Jekyll post dated in its front matter four days before the event its text announces
    # (`11 Şubat 2012`), a table `Saat | Konu | Konuşmacı` (time, topic, speaker).
    Case("ceturk2012-post.md", "Europe/Istanbul", None, slot_counts.timed_rows),
    # Trial 28 (Indonesian): four day tables, `08.00-08.15` rows of one `colspan="4"` cell or four room cells; one
    # time typed `09-55-11.05`.
    Case("smite2020-schedules.php", "Asia/Jakarta", None, slot_counts.filled_cells),
    # Trial 28 (Romanian): a table of `14:15 - 14:30` | `Cuvânt de bun venit Dana Deac, Președinte, Fundația Orange`.
    Case("blindhub2020-conferinta.php", "Europe/Bucharest", None, slot_counts.timed_rows),
    # Trial 28 (Turkish): list rows of `<span class="time">` beside one or two `<strong>Title</strong> Name - Role`
    # spans, a header row naming the two rooms, a second list under `<h1>Dene Keşfet (Bern)</h1>`.
    Case("sql2012lansman-program.aspx", "Europe/Istanbul", date(2012, 5, 3), span_counts.spans_beside_time_spans),
    # Trial 28 (Vietnamese): `<p class="a">8:00-8:30</p>` time paragraphs over title and `Tác giả:` lines, a date
    # heading `Buổi 1, Thứ Bảy ngày 22 tháng 7 năm 2023`, two side-by-side rooms' runs; typos `9:00-9:50:`, `s13:00`.
    Case("tvu2023-hoithao.php", "Asia/Ho_Chi_Minh", None, span_counts.class_a_paragraphs),
    # Trial 28 (Korean): `program_time` + `chapter` rows, `[기조연설]` + `<strong class="name">` rows, two break rows
    # whose time is commented out.
    Case("koita2016-program.asp", "Asia/Seoul", date(2016, 10, 27), span_counts.times_and_untimed_chapters),
    # Trial 28 (Russian, then English): a table `Время | Мероприятие`, each cell a `<h3>` section over its hosts
    # (`Ведущий:` over `ul.speakers`) and its talks (`Доклады:` over `<li><strong>Title</strong>` + speakers); the
    # same rows again in English.
    Case("childsafety2013.php", "Europe/Moscow", None, span_counts.first_programme_rows_and_talks),
    # Trial 28 (Greek with English): a React TSX page, `<p><strong>11.45-12.15: Πρώτη κεντρική ομιλία/ </strong>
    # <strong>First </strong>…</p>`, greeters in an `<ol>`, moderators, speakers and `«…»` / `“…”` titles, each twice.
    Case("check4facts2022-seminar.tsx", "Europe/Athens", None, span_counts.time_paragraphs_and_talk_titles),
    # Trial 29 (Spanish): a Webflow page of three day columns (`program-date-number` 9, `program-date-month`
    # `Abril 2026`, a `program-date-location` the day's room) beside `agenda-item`s of `agenda-time` + `agenda-title`.
    Case("iyrp2026-programa.html", "Europe/Madrid", None, slot_counts.class_named_times),
    # Trial 31 (Spanish): a Jekyll page of two HTML tables, a dated corner over `Track 1 | Track 2` and `Workshops`,
    # `12:30 - 13:15 PM` (24-hour, a stray PM), rows shared by the tracks written again in the workshops' table.
    Case("bsidescdmx2018-agenda.md", "America/Mexico_City", None, slot_counts31.agenda_event_cells),
    # Trial 31 (Polish): a one-page site's CodyHouse timeline, cards of `<h2>` speaker, `<p>` title and
    # `<span class="cd-date">godz. 10:00 - 10:20</span>`; `9 Kwiecień, 2016` in a heading.
    Case("otymsieniemowi3-index.php", "Europe/Warsaw", None, slot_counts31.timeline_cards),
    # Trial 31 (German): a Jekyll page of two grids of `<th>` cells, the second's rooms (`Switch | PS4 | …`) under a
    # `Gamingroom` cell spanning them; a closing `22:00` row the evening's cells run into. The date is the site's.
    Case("kasaicon2022-programm.md", "Europe/Berlin", date(2022, 5, 28), slot_counts31.filled_cells_after_times),
    # Trial 31 (German): a PHP include, two tables of two workshop cells, each `<h3>` title (an `<h4>` subtitle) over
    # `Samstag von 11:00 Uhr bis 14:00 Uhr<br/> sowie von 17:00 Uhr bis 20:00 Uhr, …`.
    Case("zeitgeschehen2018-programm.php", "Europe/Berlin", date(2018, 5, 19), slot_counts31.prose_ranges_in_cells),
    # Trial 33 (Vietnam): a Word table (cut), `Day 02` rows beside a date wrapped over two lines, `Session N` rows over
    # their talks, `16:10 – 16:20 (10p)` times, ceremony and keynote cells of bold lines over their speakers.
    Case("comosa2025-programs.php", "Asia/Ho_Chi_Minh", None, slot_counts33.timed_rows_but_sessions),
    # Trial 33 (Thai): Bootstrap rows of a time heading `08.00 - 08.30 น.` beside a title heading, Thai day headings
    # in the Buddhist era (`วันพุธที่ 9 กันยายน 2563`), numbered parallel rooms under a block's time.
    Case("thrf14-program2.php", "Asia/Bangkok", None, slot_counts33.time_blocks_and_rooms),
    # Trial 34 (Spanish/English): a Drupal template, each day (`<h2><?php print t('Saturday'); ?></h2>`) twice: a
    # `mobile` table of one row a slot, then the grid (`Horario | Room 1 … Room 5`, rowspans, `9:30 to 10:30`).
    Case(
        "drupalcampes2015-session-schedule.tpl.php",
        "Europe/Madrid",
        date(2015, 5, 23),
        slot_counts34.grid_cells_not_mobile,
    ),
    # Trial 34 (Spanish): a PHP timeline, `<time>` of a range and a weekday (`10:30-12:30 Martes 19`) over up to six
    # parallel `<h2>` talks, each with `Ponente: Mg. …` or `Lugar: …` under it; no year or month on the page.
    Case("coneisc2014-cronograma.php", "America/Lima", date(2014, 8, 18), slot_counts33.timeline_headings),
    # Trial 34 (Chinese): a JSP page, `<h4>8月22日 星期六</h4>` day headings over `08:00-08:30 title` paragraphs, four
    # numbered sub-forums under `09:00-12:00 主题分论坛：` split by `</br>`; no year on the page.
    Case("clmf2015-meetSchedule.jsp", "Asia/Shanghai", date(2015, 8, 21), slot_counts33.paragraph_times_and_forums),
    # Trial 34 (Dutch): a Laravel Blade template (`@extends(…)` before its HTML), bold paragraphs led by a start
    # (`10.15 Opening Congres door Marc van Kempen,`) over lists of talks and panel members, `(45 minuten)`.
    Case("ctb2016-programma.blade.php", "Europe/Amsterdam", date(2016, 1, 20), slot_counts33.bold_starts),
    # Trial 35 (Turkish): a Laravel Blade page, a table a day headed `13 Ocak Cuma | Etkinlik` (the day over the
    # times, "Activity" over the titles: no room), `18.30 - 20.00` and two ends past midnight; no year on the page.
    # Trial 35 (Indonesian): a PHP page, its times only in `<li class="event" data-date="08:30 WIB - 09:15 WIB">`
    # (shown by CSS `content: attr(data-date)`), `<h3>Title (90 Menit)</h3>`, `<p>Lokasi: …</p>`, three items commented.
    Case("rakernas2023-rundown-day2.php", None, None, slot_counts33.data_date_events),
    Case(
        "kuzeydeyariyil2023-program.blade.php",
        "Europe/Istanbul",
        date(2023, 1, 13),
        slot_counts33.timed_rows_but_sessions,
    ),
    # Trial 36 (Vietnamese frame, English titles): a Laravel Blade page, one day's tab (`29-08-2019`) over three room
    # tabs (`Vòng I/II/III`) whose panes run side by side, each a Bootstrap accordion of cards `<p class="date">9:50 -
    # 10:30</p>` + `<h4>` title, the collapsed body's `<h4>Speakers:</h4><p>Name (Org), …</p>` and `Moderator:`.
    Case("gem2019-timeline.blade.php", "Asia/Ho_Chi_Minh", None, slot_counts36.date_paragraph_cards),
    # Trial 36 (Chinese): a Blade page, a table a day under `<div class="title">8月22日 周二</div>` (the second
    # `8月23 周三`, no 日), rows time | item | place, `8:30起` (from 8:30), place-only rows under a slot; no year.
    Case("victor2017-conference.blade.php", "Asia/Shanghai", date(2017, 8, 22), slot_counts36.rows_led_by_a_time),
    # Trial 38 (Norwegian): HTML inside a Docusaurus Markdown page, a caption and three slots across the tracks above
    # the header `FRA | TIL | SPEAKER - SPOR 1..3`, talk cells `Name <br /> "Title" (20 min)` with rowspans, a keynote
    # cell of `Name: <i>Title</i>` lines; the date only on another page of the site (--date 2022-05-31).
    Case("nitd2022-program.md", "Europe/Oslo", date(2022, 5, 31), slot_counts38.time_pair_cells),
    # Trial 38 (English, Philippines): a Yii PHP view, a table a day under `<h3>Day 1 | April 12, 2018 (Thursday)</h3>`,
    # time cells spanning two rows, the speaker's bold name and affiliation in a third column, a list cell.
    Case("psite7-2018-program.php", "Asia/Manila", None, slot_counts38.title_cells_and_entries),
    # Session 16 (COMSOC 2006): days as columns between two time columns (`Time | Wednesday | Thursday | Friday |
    # Time`), the right one Friday's own times where they differ; above it a table of `Label: Weekday 08:15` cells.
    Case("comsoc2006-old-programme.php", "Europe/Amsterdam", date(2006, 12, 6), slot_counts_s16.labels_and_day_cells),
    # Trial 40 (Japanese): a Jekyll page, `### 10月18日（金曜日）` over a table a day (時間 | 内容), the first day's
    # a table of one row (`21:00 - 23:00` 前夜祭), `19:00 -` a start alone; the year from the page's `2019年10月18日`.
    Case("spaceapps-kushimoto2019-schedule.md", "Asia/Tokyo", None, slot_counts.timed_rows),
    # Trial 41 (Spanish): a Jekyll page, `<h3>Jueves 10 de junio / Zona horaria … (GMT-5)</h3>` over each day's
    # header-less table; keynote cells `Label “Title” Dr. Name, Org`, a ceremony's dashed guests, `Name-Country` lines.
    Case("bloomsday-unam2021-programa_congreso.md", None, date(2021, 6, 10), slot_counts.timed_rows),
    # Trial 43: a Sphinx page of raw HTML tables, days headed by one-cell tables (`Day 2 - July 5, 2015`).
    Case("pyconph2015-schedule.rst", "Asia/Manila", None, slot_counts.timed_rows),
    # Trial 45: `Invited Talk by <strong>Name</strong><br><i>Title</i>` cells, `Contributed Spotlights` over a `<ul>`.
    Case("uncv2025-program.md", "America/Chicago", date(2025, 6, 11), slot_counts.timed_rows_and_listed),
]


FIELDS = ("day", "title", "start", "end", "people", "kind", "room")


def page_text(name: str) -> str:
    """A page's text: UTF-8 (a BOM dropped, as `program` reads it), else Windows-1252 (GEBF 2015's legacy page)."""
    data = (DATA / name).read_bytes()
    try:
        return data.decode("utf-8-sig")
    except UnicodeDecodeError:
        return data.decode("cp1252")


def read(case: Case) -> Program:
    """The page read with its case's --timezone and --date."""
    raw = page_text(case.name)
    context = ReadContext(first_date=case.first, timezone=ZoneInfo(case.zone) if case.zone else None)
    return HtmlPageReader().read(raw, source=case.name, context=context)


def expected(name: str) -> list[dict[str, object]]:
    """The hand-written expectation of a page."""
    return list(json.loads((DATA / "expected" / f"{name}.json").read_text(encoding="utf-8")))


def fields(item: Item) -> dict[str, object]:
    """The fields compared, as the expectations write them (those of the text pages but the line)."""
    return {field: value for field, value in page_fields(item).items() if field != "line"}


def matched(items: Sequence[Item], wanted: Sequence[dict[str, object]]) -> list[dict[str, object] | None]:
    """For each expected slot, the fields of the item read at its day, start and room (None: not read)."""
    pool: dict[tuple[object, ...], list[dict[str, object]]] = {}
    for item in items:
        found = fields(item)
        pool.setdefault((found["day"], found["start"], found["room"]), []).append(found)
    return [
        bucket.pop(0) if (bucket := pool.get((entry["day"], entry["start"], entry["room"]))) else None
        for entry in wanted
    ]


def exact_fields(items: Sequence[Item], wanted: Sequence[dict[str, object]]) -> int:
    """How many expected fields the items give exactly."""
    return sum(
        found is not None and found[field] == entry[field]
        for entry, found in zip(wanted, matched(items, wanted), strict=True)
        for field in FIELDS
    )


def main() -> None:
    """Print the table."""
    print("| page | slots in the source | slots expected | items read | fields exact | problems |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    totals = [0] * 5
    for case in CASES:
        raw = page_text(case.name)
        root = lxml.html.document_fromstring(re.sub(r"<\?.*?\?>", "", raw, flags=re.DOTALL))
        program = read(case)
        wanted = expected(case.name)
        exact = exact_fields(program.items, wanted)
        row = [case.slots(root), len(wanted), len(program.items), exact, len(program.problems)]
        totals = [total + value for total, value in zip(totals, row, strict=True)]
        cells = [*map(str, row[:3]), f"{exact}/{len(wanted) * len(FIELDS)}", str(row[4])]
        print(f"| {case.name} | " + " | ".join(cells) + " |")
    all_fields = f"**{totals[3]}/{totals[1] * len(FIELDS)}**"
    print(f"| **all** | **{totals[0]}** | **{totals[1]}** | **{totals[2]}** | {all_fields} | **{totals[4]}** |")


if __name__ == "__main__":
    main()
