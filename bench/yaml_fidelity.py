"""How much of each real static-site YAML schedule the yaml-site reader keeps, field by field.

Run from the project root:  python bench/yaml_fidelity.py

Each file's entries are listed with PyYAML directly (BaseLoader, the file's own shape written
out below, not the reader's detection); the title (HTML tags and link texts removed), the
start's clock time and the people are taken from the keys that file uses. The reader's items
are compared with them in order (an entry with a date and no time: the item has no start).
Prints a markdown table.
"""

from __future__ import annotations

import sys
from collections.abc import Callable
from datetime import date, datetime
from pathlib import Path
from zoneinfo import ZoneInfo

ROOT = Path(__file__).resolve().parent.parent
DATA = ROOT / "tests" / "data" / "yaml_site"
sys.path.insert(0, str(ROOT / "src"))

from json_site_sources import agnbeach2026, clin35, devrelcon2021, hkoscon2019, icrs2026  # noqa: E402
from yaml_sources import (  # noqa: E402
    DATED,
    Entry,
    acm,
    agile_basque,
    ai4facd2025,
    bmvc,
    bsides,
    bsides_aarhus,
    bytebay,
    canton,
    chomps,
    climate2023,
    cpaior,
    devfest,
    discan,
    enlsp,
    fosd,
    isorc,
    ledgerfest,
    pgbh,
    srccon,
    strl,
    sure,
    threedv,
    wbci2022,
)
from yaml_sources_trial13 import DATED13, iseud2025, jfpc2021  # noqa: E402
from yaml_sources_trial16 import DATED16, aiucd2025, datensummit2017, semef2021  # noqa: E402
from yaml_sources_trial20 import DATED20, eneem2019  # noqa: E402
from yaml_sources_trial21 import DATED21, mlinpl2023  # noqa: E402
from yaml_sources_trial22 import DATED22, devfestcordoba2015, mk2017  # noqa: E402
from yaml_sources_trial23 import DATED23, dd4w2026, eradse2025  # noqa: E402
from yaml_sources_trial24 import DATED24, clinicalnlp2022, ethicsbydesign2020  # noqa: E402
from yaml_sources_trial25 import DATED25, asianchi2020  # noqa: E402
from yaml_sources_trial26 import DATED26, devfestbh2017, rubyconfpt2014  # noqa: E402
from yaml_sources_trial29 import DATED29, boum2019  # noqa: E402
from yaml_sources_trial30 import DATED30, wepgcomp2024  # noqa: E402
from yaml_sources_trial31 import DATED31, nluug2023, soivre2026  # noqa: E402
from yaml_sources_trial32 import DATED32, aahd2026, hm2020  # noqa: E402
from yaml_sources_trial37 import DATED37, codingdavinci2015, simonyi2018  # noqa: E402
from yaml_sources_trial41 import DATED41, horizons2024  # noqa: E402
from yaml_sources_trial43 import DATED43, pyconth2019  # noqa: E402

from program.readers import ReadContext  # noqa: E402
from program.readers.yaml_site import YamlSiteReader  # noqa: E402

FILES: dict[str, tuple[Callable[[], list[Entry]], tuple[tuple[str, str], ...], str]] = {
    "bmvc2021-schedule.yml": (bmvc, (), "Europe/London"),
    "devfest-porto-schedule.yml": (
        devfest,
        (("sessions_file", "devfest-porto-sessions.yml"), ("speakers_file", "devfest-porto-speakers.yml")),
        "Europe/Lisbon",
    ),
    "chomps2025-schedule.yml": (chomps, (), "Asia/Kolkata"),
    "acm-cre-schedule.yml": (acm, (), "Asia/Kolkata"),
    "3dv-schedule.yml": (threedv, (), "UTC"),  # its dates carry +0000: shown in UTC they keep their clock
    "fosd2018-schedule.yml": (fosd, (), "Europe/Stockholm"),
    "cantonlinux-schedule.yml": (canton, (), "America/New_York"),
    "enlsp2022-schedule.yml": (enlsp, (), "America/Chicago"),
    "bytebay-schedule.yml": (bytebay, (("sessions_file", "bytebay-sessions.yml"),), "Europe/Warsaw"),
    "discan18-schedule.yml": (discan, (), "Europe/Stockholm"),
    "srccon-work-schedule.yaml": (srccon, (), "America/New_York"),
    "pgbh2025-program.yml": (pgbh, (), "Europe/Rome"),
    "ledgerfest2019-schedule.yml": (
        ledgerfest,
        (("sessions_file", "ledgerfest2019-sessions.yml"), ("speakers_file", "ledgerfest2019-speakers.yml")),
        "America/New_York",
    ),
    "isorc2026-program.yml": (isorc, (), "America/Toronto"),
    "agnbeach2023-program.yml": (lambda: isorc("agnbeach2023-program.yml"), (), "Europe/Rome"),
    "bsidesoslo2024-program.yml": (bsides, (("talks_file", "bsidesoslo2024-talks.yml"),), "Europe/Oslo"),
    "sure2025-program.yml": (sure, (), "Asia/Taipei"),
    "agilepaysbasque2025-schedule.yaml": (
        agile_basque,
        (("talks_file", "agilepaysbasque2025-talks.json"),),
        "Europe/Paris",
    ),
    "cpaior2025-program.yml": (cpaior, (), "Australia/Melbourne"),
    "bsidesaarhus2026-schedule.yaml": (bsides_aarhus, (), "Europe/Copenhagen"),
    "strl2026-schedule.yaml": (strl, (), "Europe/Berlin"),
    "clin35-programme-excerpt.json": (clin35, (), "Europe/Brussels"),
    "agnbeach2026-programme.json": (agnbeach2026, (), "Africa/Nairobi"),
    "icrs2026-programme-excerpt.json": (icrs2026, (), "Pacific/Auckland"),
    "wbci2022-schedule.yml": (wbci2022, (), "America/Sao_Paulo"),
    "hkoscon2019-timetable.json": (hkoscon2019, (), "Asia/Hong_Kong"),
    "climate2023-schedule.yml": (climate2023, (), "Africa/Kigali"),
    "iseud2025-program.yml": (iseud2025, (), "Europe/Berlin"),
    "jfpc2021-programme.yml": (jfpc2021, (), "Europe/Paris"),
    "ai4facd2025-program.yml": (ai4facd2025, (), "Asia/Tokyo"),
    "devrelcontokyo2021-schedule-excerpt.json": (devrelcon2021, (), "UTC"),  # its `_utc` times: shown in UTC
    "aiucd2025-program.yaml": (aiucd2025, (), "Europe/Rome"),
    "datensummit2017-programm.yml": (datensummit2017, (), "Europe/Berlin"),
    "semef2021-programa.yml": (semef2021, (), "America/Sao_Paulo"),
    "eneem2019-agenda.yml": (eneem2019, (), "Europe/Lisbon"),
    "mlinpl2023-agenda.yml": (mlinpl2023, (), "Europe/Warsaw"),
    "mk2017-schedule.yml": (mk2017, (), "Europe/Bratislava"),
    "devfestcordoba2015-schedule.yml": (
        devfestcordoba2015,
        (("sessions_file", "devfestcordoba2015-sessions.yml"), ("speakers_file", "devfestcordoba2015-speakers.yml")),
        "Europe/Madrid",
    ),
    "dd4w2026-cdmx.yaml": (dd4w2026, (), "America/Mexico_City"),
    "eradse2025-program.yml": (eradse2025, (("sessions_file", "eradse2025-accepted.yml"),), "America/Sao_Paulo"),
    "clinicalnlp2022-program.yml": (
        clinicalnlp2022,
        (("sessions_file", "clinicalnlp2022-papers.yml"),),
        "America/Los_Angeles",
    ),
    "ethicsbydesign2020-programme.md": (ethicsbydesign2020, (), "Europe/Paris"),
    "asianchi2020-accepted.yml": (asianchi2020, (), "Asia/Tokyo"),
    "rubyconfpt2014-agenda.yml": (rubyconfpt2014, (), "Europe/Lisbon"),
    "devfestbh2017-agenda.yml": (devfestbh2017, (), "America/Sao_Paulo"),
    "boum2019-schedule.yml": (boum2019, (), "Europe/Paris"),
    "wepgcomp2024-index.md": (wepgcomp2024, (), "America/Bahia"),
    "nluug-najaars2023-index.md": (nluug2023, (), "Europe/Amsterdam"),
    "soivre2026-agenda.json": (soivre2026, (), "Europe/Madrid"),
    "hm-studieninfotag2020-programm.yml": (hm2020, (), "Europe/Berlin"),
    "aahd2026-programa.json": (aahd2026, (), "America/Argentina/Buenos_Aires"),
    "codingdavinci2015-program.yml": (codingdavinci2015, (), "Europe/Berlin"),
    "simonyi2018-presentations.yaml": (simonyi2018, (), "Europe/Budapest"),  # `…T13:30Z`: Budapest's 13:30
    "codingdavinci-ost2018-program.yml": (
        lambda: codingdavinci2015("codingdavinci-ost2018-program.yml"),
        (),
        "Europe/Berlin",
    ),
    "pyconth2019-talks-excerpt.yaml": (pyconth2019, (), "Asia/Bangkok"),
    "horizonsphilologie2024-schedule.it.md": (horizons2024, (), "Europe/Rome"),  # trial 41: days of timed rows
}


def main() -> None:
    """Print the table."""
    print("| file | entries in source | items read | titles exact | starts exact | people exact |")
    print("| --- | ---: | ---: | ---: | ---: | ---: |")
    for name, (expected_of, columns, zone) in FILES.items():
        expected = expected_of()
        dated = {
            **DATED,
            **DATED13,
            **DATED16,
            **DATED20,
            **DATED21,
            **DATED22,
            **DATED23,
            **DATED24,
            **DATED25,
            **DATED26,
            **DATED29,
            **DATED30,
            **DATED31,
            **DATED32,
            **DATED37,
            **DATED43,
            **DATED41,
        }
        first = dated.get(name, date(2021, 11, 22))
        context = ReadContext(first_date=first, timezone=ZoneInfo(zone), columns=columns)
        program = YamlSiteReader().read(
            (DATA / name).read_text(encoding="utf-8"), source=str(DATA / name), context=context
        )
        pairs = list(zip(expected, program.items, strict=False))
        titles = sum(title == item.title for (title, _, _), item in pairs)
        starts = sum(
            item.start is None
            if at is None
            else item.start is not None and at == _minutes(item.start, first if name in dated else None)
            for (_, at, _), item in pairs
        )
        people = sum(who == item.people for (_, _, who), item in pairs)
        total = len(expected)
        print(f"| {name} | {total} | {len(program.items)} | {titles}/{total} | {starts}/{total} | {people}/{total} |")


def _minutes(start: datetime, first: date | None) -> int:
    """A start in minutes after midnight, of the first day when the file's days are checked too."""
    days = (start.date() - first).days if first is not None else 0
    return days * 1440 + start.hour * 60 + start.minute


if __name__ == "__main__":
    main()
