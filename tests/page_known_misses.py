"""What the schedule-page reader gets wrong on the real pages of tests/data/pages, as it reads it.

The known misses and unread slots of `tests/readers/test_page_lines.py`, kept apart for its length:
each entry is a line of a page whose expectation (written from the source) the reader does not meet.
"""

from __future__ import annotations

import json
from pathlib import Path

PAGES = Path(__file__).parent / "data" / "pages"
_OTHER: dict[str, object] = {"kind": "other"}
ITP_SPEAKERS = {
    **{5: "Cesar Bardomiano Martinez", 8: "Matthias Hutzler", 11: "Sven Dziadek", 16: "Florrie Verity"},
    **{19: "Nima Rasekh", 22: "Cosimo P. Brogi", 27: "David Martínez-Carpena", 30: "Jakob Rath"},
    **{33: "Simon Guilloud", 38: "Matthias Uschold", 41: "Nico Beck", 44: "Jonas Frey"},
}
_ENT = {
    entry["line"]: entry["title"]
    for entry in json.loads((PAGES / "expected" / "ent2019-program.md.json").read_text(encoding="utf-8"))
}
KNOWN_MISSES: dict[tuple[str, int], dict[str, object]] = {
    # Trial 40, the Korean hackathons: "행사 소개" (the event's introduction), "참석자 뒷풀이" (the attendees'
    # after-party), "해커톤 오프닝"/"해커톤 클로징" are read as other (only a whole head names a kind)
    ("transparency2015-hackathon.md", 39): {"kind": "other"},
    ("transparency2015-hackathon.md", 64): {"kind": "other"},
    ("devart2014-fest.md", 35): {"kind": "other"},
    ("devart2014-fest.md", 40): {"kind": "other"},
    # CBW INR 2023: Tuesday's "Class Photo + Lunch (1h)" is read as other (only a whole head names a kind; the
    # Monday cell of its row, "Module 1 … (continued)", is other in the source too)
    ("inr2023-schedule.md", 20): {"kind": "other"},
    # IICCSSS 2023: Monday's "Intro" after Registration is read as other (only "Welcome", "Opening" … name the
    # opening); the other cells of its row are other in the source too
    ("iiccsss2023-program.md", 17): {"kind": "other"},
    # Trial 29, DVCS 2021: "Begrüßung durch das Organisationsteam" (welcome by the organisers) is read as other (only
    # a whole head names a kind)
    ("dvcs2021-programm.md", 27): {"kind": "other"},
    # JURIX 2023: the demos under "*coffee break* + **demos**" are read as other
    **{("jurix2023-program.md", line): {"kind": "other"} for line in range(90, 95)},
    # EDI 2019: "Welcome talk" is read as other (only "Welcome" names the opening); "The Anh Han" opens with "The".
    ("edi2019-programme.md", 13): {"kind": "other"},
    ("edi2019-programme.md", 18): {"people": [], "kind": "other"},
    # Trial 16: "ポスターセッション奇数（60分）" (odd-numbered posters): only a whole head names a kind.
    ("biomol51-program.md", 80): {"kind": "other"},
    ("biomol51-program.md", 81): {"kind": "other"},
    # Session 11 (unseen pages). ICCSW 2017: "Keynote: [**Name**](…) Title" keeps its label in the title (as on
    # other pages), "Social Event **1700 - 2130**. Mystery social event and dinner..." its sentence.
    ("iccsw-2017-programme.md", 25): {
        "title": "Keynote: Optimizing the unoptimizable - A whirlwind tour of the V8 Javascript engine"
    },
    ("iccsw-2017-programme.md", 51): {"title": "Keynote: How to write a great paper"},
    ("iccsw-2017-programme.md", 32): {"title": "Social Event. Mystery social event and dinner"},
    # Monash 2025: "Morning break and poster session" a poster session; "Networking and drinks" social.
    **{("monash-microbiome-2025.md", line): {"kind": "poster-session"} for line in (30, 64)},
    ("monash-microbiome-2025.md", 70): {"kind": "social"},
    ("imputation-workshop-2021-readme.md", 27): _OTHER,  # "Questions and final discussion"
    # Trial 44, COMPAS 2026: Tuesday's tutorials under "### Amphi" / "### Salle 124-125" (a room heading over time-led
    # bullets) get no room
    **{("compas2026-programme.md", line): {"room": None} for line in (46, 47, 51)},
    ("compas2026-programme.md", 170): _OTHER,  # "Repas du CP" (the programme committee's dinner): a whole head only
    ("archeofoss2025-programme.md", 313): _OTHER,  # Trial 21: "Final discussion and conclusion"
    # UC Davis 2023: "… talk by Dr. Hong Qiu from the DNATech Core" (the speaker read, the title kept whole, as
    # "… by Name" is); titles ending with "talk" ("Sponsor Talk") no kind row names.
    ("ucdavis-scrna-2023-schedule.md", 10): {
        "title": "Single Cell library prep talk by Dr. Hong Qiu from the DNATech Core",
        "kind": "other",
    },
    **{("ucdavis-scrna-2023-schedule.md", line): _OTHER for line in (23, 33)},
    # DMAIL 2025: "[Keynote Speech](…) - Title" keeps its label, "(25 mintues)" (misspelt) is no length, the
    # papers are given no room (their sessions' "Location").
    ("dmail2025-program.md", 46): {
        "title": "Keynote Speech - How Can AI Strengthen Indigent Defense? Evidence from Qualitative Interviews "
        "and a Collaboration with a Public Defender's Office"
    },
    ("dmail2025-program.md", 53): {
        "title": "Automatic Coherence-driven Inference on Arguments (25 mintues)",
        "room": None,
    },
    **{("dmail2025-program.md", line): {"room": None} for line in (48, 49, 52, 54)},
    # Build a Binder: "Welcome, admin, safety, CoC, goal of the day" and "Wrap up, where to next?" (in a sentence).
    **{("build-a-binder-timeline.md", line): _OTHER for line in (14, 63)},
    # Alchemistry: the kind is in a span's class (`<span class="invited-name">`) that the page's legend
    # names ("Keynote Speaker", "Invited Speaker"); "FLASH POSTER PRESENTATIONS"; "Guided City Tour".
    **{("alchemistry-2025.md", line): _OTHER for line in (62, 63, 74, 75, 83, 84, 85, 95, 98, 124)},
    **{("alchemistry-2025.md", line): _OTHER for line in (133, 134, 135, 145, 161, 162, 163, 172, 173, 174, 175)},
    # Openings and closings said in a sentence: "Opening welcome speech: introducing …", "Final
    # discussion/concluding remarks", "Registration & Welcome talk" ("… and closing remarks" is read).
    ("eghouti.md", 9): _OTHER,
    ("icra-2025-wild.md", 26): _OTHER,
    ("italean-2025.md", 6): _OTHER,
    ("lahore-2023.md", 55): {"title": "open ended: excursion to WAPDA station"},  # "**12:00 - open ended**:"
    ("lahore-2023.md", 70): {"title": "Practicals. Hydrological projections with OGGM."},
    ("paleohack-2022.md", 42): {"people": []},  # "JEG + DK": initials
    # An award talk and "🍽_Excursion & Social Dinner": the kind not read. (The invited talks of lines 17
    # and 41, "Invited Speaker (joint with LOPSTR)", are read since "Invited Speaker" is a kind's label.)
    **{("ppdp-2025-program.md", line): _OTHER for line in (22, 34)},
    ("ppdp-2025-program.md", 50): {"title": "Formalizing Weighted Pushdown Systems in Isabelle/HOL."},
    # ITP school 2023: "oral" said only by the section heading ("## Contributed presentations ##").
    **{("itp-school-2023-contributed.md", line): _OTHER for line in ITP_SPEAKERS},
    # TopoInVis 2024: "Poster Presentations" (a kind before a longer word), so the
    # posters listed inside it are talks ("Keynote Presentation" is a kind-table row since trial 5).
    ("topoinvis2024-program.md", 103): _OTHER,
    **{("topoinvis2024-program.md", line): {"kind": "talk"} for line in (109, 114)},
    # Kinds said inside longer words: "Welcome speech from Organizers", "Paper talk", "Ending & Poster Session"
    # (closing, read as the poster session), "Contributed Research Oral Talks I", "Best Paper Award Ceremony &
    # Final Remarks".
    ("want-neurips-2023.md", 57): _OTHER,
    ("agentir-sigir-2025.md", 28): _OTHER,
    ("agentir-sigir-2025.md", 29): {"kind": "poster-session"},
    **{("kdd-scisoc-llm-2025.md", line): _OTHER for line in (20, 23, 24)},
    # CCDL 2020: "Welcome, Introductions, and Getting Started": the opening's word before a comma.
    ("ccdl-2020-july-schedule.md", 14): _OTHER,
    ("reneuir-2023.md", 12): _OTHER,  # "Paper Presentations": no label of the kind table names talks so
    # EDTM 2025: the excerpt is cut after W-1-2-2 (9:45am), the last paper it lists of the 9:25am–10:50am block:
    # read to the block's end; the whole programme's next paper in its room starts at 10:05am (W-1-2-3).
    ("edtm2025-program-excerpt.csv", 15): {"end": "2025-03-12T10:50:00+08:00"},
    # EMBC 2025: "**Opening Talk**: *Title* – [Prof. Haiping Lu](…)": "Opening Talk" names no kind of the table.
    ("embc2025-mmai-schedule.md", 12): {"kind": "other"},
    # AAAI-25 DC: "Mentors: A (Org); B (Org)" under a slot not read; "…, Bridge Program." read as a person after a
    # comma; "Group Dinner" (dinner not the first word).
    **{("aaaidc2025-schedule.md", line): {"people": []} for line in (19, 38)},
    ("aaaidc2025-schedule.md", 29): {"title": "Social and attend Tutorial and Lab Forum", "people": ["Bridge Program"]},
    ("aaaidc2025-schedule.md", 30): _OTHER,
    # IROS 2026: "Round-table discussion with invited speakers": a discussion's words, not first in the title.
    ("iros2026-haptics-schedule.md", 165): {"kind": "other"},
    # Trial 14, BBS Springschool 2022: a lab tour's untimed entries with a speaker are read as its talks.
    **{("bbs2022-schedule.md", line): {"kind": "talk"} for line in (56, 57, 58)},
    # Trial 15, A3Net 2024: "excursion & Dinner!" is a social event no kind row names.
    ("a3net2024-readme.md", 22): _OTHER,
    # Trial 17, JNIC 2022 (Spanish): "Registro y recogida de documentación." and the round table's title lose
    # their full stop (a paper's title over its authors' line loses it by policy: the expectation says so);
    # "Navegando Bilbao" (a boat trip) names its kind in no word; the text after a bold title ("a las 18:45", a
    # link's "Mapa") is kept in it. Its opening, poster sessions, posters and dinner: read since session 13.
    ("jnic2022-programa27.md", 29): {"title": "Registro y recogida de documentación"},
    ("jnic2022-programa27.md", 165): {
        "title": "Mesa Redonda: La Investigación Aplicada: Cómo recorrer el camino desde la Investigación a la "
        "Transferencia Tecnológica"
    },
    ("jnic2022-programa27.md", 195): {"title": "Navegando Bilbao. Punto de encuentro a las 18:45", **_OTHER},
    ("jnic2022-programa27.md", 201): {"title": "Cena en el Restaurante El Txoko Berria. Mapa"},
    # Trial 17, WND 2025 (Dutch): "Keuzelezingen:" loses its colon; "Plenaire lezing door Sjamadriaan: debunking
    # influencers" (its head not the lecture's words alone) and "Afsluitende lezing" (closing lecture) are kinds no
    # row names.
    **{("wnd2025-programma.md", line): {"title": "Keuzelezingen"} for line in (16, 42)},
    **{("wnd2025-programma.md", line): _OTHER for line in (36, 55)},
    # Trial 21, Cartagena 2020: the 9:50 visit of 29 January is listed after that day's 18:00 workshop; a start
    # alone ends at the next start below it on its day, so it has no end (the 18:00 is above it).
    ("cartagena2020-programa.md", 71): {"end": None},
    # Trial 28, Kyiv 2019: titles ending with a full stop lose it ("Огляд майбутніх операцій."); "Закриття, вручення
    # сертифікатів." (the closing, then handing out certificates) names its kind before a comma, which no row reads.
    **{("ent2019-program.md", line): {"title": _ENT[line].removesuffix(".")} for line in (19, 27, 40, 50, 78, 88, 102)},
    ("ent2019-program.md", 110): {"title": "Закриття, вручення сертифікатів", **_OTHER},
    # Trial 31, Forth-Tagung 2023: "Informelles Treffen ohne besonderes Programm" (an informal meeting) and
    # "Gemeinsames Abendessen/VD-International & Kosten bemurmeln" (a dinner, its head not set apart by spaced
    # slash) are social, "Offizielles Ende, Offener Chat" the closing: no row names their heads.
    **{("forthtagung2023-program.md", line): _OTHER for line in (12, 62, 64)},
    # DevOpsDagar 2023 (trial 38's site, another year): a title's closing full stop is dropped (`entry._TRAILING`), here
    # an abbreviation's ("Workshops forts.": continued) and an ellipsis'.
    ("devopsdagar2023-program.md", 45): {"title": "Korleis kommunikasjon bidreg til store og små ulykker"},
    ("devopsdagar2023-program.md", 75): {"title": "Workshops forts"},
    # Trial 43, FLISoL Sucre 2019: "Bienvenidos a las comunidades" (welcome to the communities) names no kind a row
    # reads (a whole "Bienvenida" does); the talk's closing full stop is dropped; "Participantes- Comunidades" (the
    # participants and communities) is nobody once the program is assembled, the reader alone keeps it.
    ("flisol-sucre2019.md", 29): _OTHER,
    ("flisol-sucre2019.md", 47): {"title": "Charla: Administración de Servicios e Infraestructura TI en la Nube"},
    **{("flisol-sucre2019.md", line): {"people": ["Participantes- Comunidades"]} for line in (48, 49)},
    # Trial 43, SciPy LA 2018: "Diversos" (various) beside the open spaces is nobody once the program is assembled
    # (`model.text.is_placeholder_name`); the reader alone keeps it.
    **{("scipyla2018-agenda.pt.md", line): {"people": ["Diversos"]} for line in (16, 19)},
}
"""What the reader gets wrong, as it reads it: kinds said by a class or a sentence, a title's full stop
after a capital, a link's text, an end written "open ended", people given by their initials."""
KNOWN_CELL_MISSES: dict[tuple[str, int, str], dict[str, object]] = {
    # IICCSSS 2023: "City rallye" (after 19:00 on Monday) is read as other; Wednesday's "Dinner" on its row is social
    ("iiccsss2023-program.md", 24, "City rallye"): {"kind": "other"},
}
"""Misses of one entry of a row that holds several (days as columns), by page, line and title."""
KNOWN_UNREAD: frozenset[tuple[str, int]] = frozenset(
    # Atelier: "| | Lunch |" (no time) and "| 15-?? | | Hacking session |" (a start without minutes and
    # an unknown end): listed as not placed, not read.
    {("atelier-lean-2023.md", line) for line in (12, 13, 26, 27)}
    # EDTM 2025: "**6:15pm Shuttle bus will be arranged …", its bold opened and never closed.
    | {("edtm2025-program-excerpt.csv", 1)}
    # SciPy LA 2018: Saturday's "Sprints", a line with no time (the labs listed below it): not placed.
    | {("scipyla2018-agenda.pt.md", 69)}
)
"""Slots of the hand-written expectations the reader does not read."""
