"""A speaker's honorific ("Professor Peter Bubenik", "Dr. Ada Lovelace") and a title's "Title:" lead-in, left out.

A page writes a keynote's speaker with the honorific its bio gives ("_Professor Peter Bubenik,
University of Florida_", TopoInVis 2024) and its talk as "**Title: Topological Data Analysis…**":
the person is Peter Bubenik (as the people index, the calendars and the other pages name him),
and the title is what follows the lead-in.
"""

from __future__ import annotations

import re

_HONORIFICS = (
    r"^(?:(?:assoc(?:iate)?\.?|asst\.?|assistant|full|distinguished|emeritus)\s+|a/\s*)?"  # Monash's "A/Prof."
    # "Avv.", "Senator …"; a plural before two names ("Drs. Lihua Julie Zhu, Qiangfeng Zhang", BiocAsia 2020)
    r"(?:(?:(?:prof(?:essor)?s?|drs?|mr|mrs|ms|mx|senator|deputad[oa]|msc)\.?|engr?\.|avv\.|dott\.)\s+"
    # Slovak and Czech academic titles, the full stop sometimes glued to the name (MK 2017: "doc.Pavel Hošek")
    r"|(?:mgr|ing|bc|doc|th|ph|rn|mu|ju|paed)?dr\.\s*|(?:mgr|ing|bc|doc)\.\s*"
    # Spanish ones, and a master's degree before the name (CEC 2024: "Dra. Gabriela Montenegro", "M. A. Roberto …")
    r"|(?:dra|lic|licda|licdo|inga|sra|srta)\.\s+|m\.\s?(?:a|sc)\.\s+|dra?:\s*"  # Inmunología 2016: "Dr: David Male"
    # an ambassador's "Su Excelencia" or "His/Her Excellency" before a courtesy title (Joyce in Latin America 2021:
    # "S. E. Sra. Maeve von Heynitz")
    r"|(?:s|h)\.\s?e\.\s+(?=(?:sra?|srta|dra?|mrs?|ms|prof)\.?\s)"
    # a master's and a doctorate in Peru (CONEISC 2014: "Mg. Alfred Kobayashi", "Mg.Michael Arias", "Phd. Augusto …")
    r"|(?:mg|phd)\.\s*"
    # a Dutch engineer's (Congres TBK 2016: "ir. Thjeu Houben"; "drs." is "dr" above)
    r"|ir\.\s+"
    # Portuguese ones, a woman's with "ª" (I ENPEB 2012: "Profª. Ms. Marie Gorett Dantas", "Profª Esp. Conceição Saúde")
    r"|(?:prof|dr)ª\.?\s+|(?:profa|esp)\.\s+"
    # Polish academic titles (O tym się nie mówi 2016: "prof. dr hab. Kazimiera KRAKOWIAK", "mgr Monika TRĘTKO",
    # "inż. Alicja NOWOGRODZKA"; "prof." and "dr" above)
    r"|(?:hab|inż|mgr)\.?\s+"
    # German school and office titles, in their case only (WHG 2019: "StD" Studiendirektor, "OStD", "MdB" a member of
    # the Bundestag, "StR" Studienrat, "MdL" of a Land's parliament)
    r"|(?-i:O?St[DR]|MdB|MdL|MdEP)\.?\s+"
    # Vietnamese academic titles, in their case (TVU 2023: "PGS.TS. GS.TS Đỗ Đức Tôn", professors and a doctor)
    r"|(?-i:P?GS|TS|ThS)(?:\.\s*|\s+)"
    # Malay "Prof. Madya" (an associate professor: JKR 2025's "Prof. Madya Dr. Mohd Murtadha Mohamad")
    r"|madya\s+"
    r"|(?:δρ|καθ)\.\s+)"  # Greek (Check4facts 2022: "Δρ. Αχιλλέας Καραδημητρίου", a doctor; "Καθ." a professor
)
_HONORIFIC = re.compile(_HONORIFICS + r"(?=\S+\s+\S)", re.IGNORECASE)
_BEFORE_SURNAME = re.compile(_HONORIFICS + r"(?=\S)", re.IGNORECASE)
"""An honorific before a name that may be one word: a German programme names its guests by title and surname."""
_TITLE_LEAD = re.compile(r"^\s*title\s*:\s*(?=\S)", re.IGNORECASE)


def without_honorific(name: str) -> str:
    """The name without a leading honorific, when two words or more are left.

    >>> without_honorific("Professor Peter Bubenik"), without_honorific("Dr. Ada Lovelace")
    ('Peter Bubenik', 'Ada Lovelace')
    >>> without_honorific("Senator Marsha Blackburn"), without_honorifics("Prof. Msc Tiago Medeiros")
    ('Marsha Blackburn', 'Tiago Medeiros')
    >>> without_honorific("Assoc. Prof. Tran Thi Lan"), without_honorific("Dr. Who"), without_honorific("Drew Smith")
    ('Tran Thi Lan', 'Dr. Who', 'Drew Smith')
    >>> without_honorific("Eng. Jorge Cavaleiro"), without_honorific("Eng Wei Ming")  # ENEEM 2019: Engenheiro
    ('Jorge Cavaleiro', 'Eng Wei Ming')
    >>> without_honorifics("doc. ThDr. Pavel Hanes"), without_honorific("doc.Pavel Hošek")  # MK 2017
    ('Pavel Hanes', 'Pavel Hošek')
    >>> without_honorific("Dra. Gabriela Montenegro"), without_honorific("M. A. Roberto Moreno Godoy")  # CEC 2024
    ('Gabriela Montenegro', 'Roberto Moreno Godoy')
    >>> without_honorific("Dr: David Male"), without_honorific("Dra: Manuela Verástegui")
    ('David Male', 'Manuela Verástegui')
    >>> without_honorifics("Profª. Ms. Marie Gorett Dantas"), without_honorifics("Profª Esp. Conceição Saúde")
    ('Marie Gorett Dantas', 'Conceição Saúde')
    >>> without_honorifics("S. E. Sra. Maeve von Heynitz"), without_honorific("S. E. Jones")
    ('Maeve von Heynitz', 'S. E. Jones')
    """
    return _HONORIFIC.sub("", name, count=1)


def without_honorifics(name: str) -> str:
    """The name without every honorific before it, when two words or more are left.

    >>> without_honorifics("Prof. Dr. Andreas Zeller"), without_honorifics("Dr. Who")
    ('Andreas Zeller', 'Dr. Who')
    >>> without_honorifics("Drs. Drs. Pol Castellano-Escuder")  # a plural before two names, written twice
    'Pol Castellano-Escuder'
    """
    while (shorter := without_honorific(name)) != name:
        name = shorter
    return name


def without_title_lead(title: str) -> str:
    """The title without a "Title:" lead-in ("Title: On Engines" → "On Engines").

    >>> without_title_lead("Title: On Engines"), without_title_lead("Subtitle: A Study")
    ('On Engines', 'Subtitle: A Study')
    """
    return _TITLE_LEAD.sub("", title, count=1)


def titled_surname(name: str) -> str | None:
    """What follows the honorifics a name opens with, one word or more; None when it opens with none.

    >>> titled_surname("OStD Dornblüth"), titled_surname("Prof. Dr. Thissen"), titled_surname("Jacob")
    ('Dornblüth', 'Thissen', None)
    >>> titled_surname("MdB Katzmarek"), titled_surname("Standard Model")
    ('Katzmarek', None)
    """
    bare = name
    while (shorter := _BEFORE_SURNAME.sub("", bare, count=1)) != bare:
        bare = shorter
    return bare if bare != name else None
