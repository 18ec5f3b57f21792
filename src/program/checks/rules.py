"""The check rules: every problem code, its default level, and the levels a program file sets.

A program file's `[checks]` table changes a rule's level::

    [checks]
    overlap = "off"                # parallel sessions are meant to overlap
    speaker-conflict = "error"     # a double-booked speaker stops the build

Reading errors (a block, entry or event that could not be read) stay errors: the program
would silently lose what they hold.
"""

from __future__ import annotations

import enum
from collections.abc import Iterable, Mapping

import attrs

from program.model import Problem, Severity


class Level(enum.Enum):
    """What a rule's problems are: errors (exit 1, nothing written), warnings, or not reported."""

    ERROR = "error"
    WARNING = "warning"
    OFF = "off"


@attrs.frozen
class Rule:
    """One kind of problem.

    Attributes:
        code: the name problems carry ("overlap").
        level: its level unless the program file says otherwise.
        about: what it reports, in a line.
        fixed: whether the level cannot be changed (reading errors).
    """

    code: str
    level: Level
    about: str
    fixed: bool = False


RULES: dict[str, Rule] = {
    rule.code: rule
    for rule in (
        Rule("unreadable-block", Level.ERROR, "a schedule-page block that cannot be read", fixed=True),
        Rule("unreadable-entry", Level.ERROR, "a listing or abstract entry that cannot be read", fixed=True),
        Rule("unreadable-event", Level.ERROR, "a frab or iCalendar event that cannot be read", fixed=True),
        Rule("unreadable-contribution", Level.ERROR, "an Indico entry or contribution that cannot be read", fixed=True),
        Rule("unreadable-row", Level.ERROR, "a table row whose date, time or duration cannot be read", fixed=True),
        Rule("unreadable-page-day", Level.ERROR, "a saved page's day heading that writes no real date", fixed=True),
        Rule("undecided-paper", Level.WARNING, "a HotCRP paper left out: its decision says neither accept nor reject"),
        Rule(
            "skipped-row", Level.WARNING, "a JSON or YAML list's row left out (no title, or a heading in a timed list)"
        ),
        Rule(
            "unread-people",
            Level.WARNING,
            "a JSON or script list's key of people objects (`persons: [{#text: …}]`) under a name no people key is",
        ),
        Rule("skipped-sheet", Level.WARNING, "a workbook sheet with times that no header or grid we know reads"),
        Rule(
            "title-holds-names",
            Level.WARNING,
            "a table's title column of people's names beside an unread column of titles (a header a column off?)",
        ),
        Rule("empty-feed", Level.ERROR, "a feed that gives no items and no papers (<schedule/>)", fixed=True),
        Rule(
            "no-time-zone", Level.WARNING, "a frab export with UTC offsets but no time_zone_name: shown at the offset"
        ),
        Rule(
            "unscheduled-export",
            Level.ERROR,
            "a conference-app export in which no session has a time (taken before scheduling)",
            fixed=True,
        ),
        Rule("unscheduled-session", Level.WARNING, "a conference-app session without a time: read as untimed"),
        Rule(
            "unknown-reference", Level.WARNING, "a session naming a speaker, room or category its export does not list"
        ),
        Rule(
            "zone-offset-mismatch",
            Level.WARNING,
            "a frab export whose events carry offsets its named zone does not have, or a page naming its zone two"
            " ways that disagree: shown in the named zone; or UTC ('Z') dates at <start>'s clock: read in the given"
            " zone",
        ),
        Rule(
            "z-wall-clock",
            Level.WARNING,
            "a site's times all typed to the minute with 'Z' (a site formatting in UTC shows them as written): read as"
            " the given zone's wall clock; shown in UTC without one",
        ),
        Rule(
            "date-start-mismatch",
            Level.WARNING,
            "a frab export whose every <date> is off from its <start> by the same hours (OSEM before 2024): read at"
            " <start>",
        ),
        Rule(
            "placeholder-date",
            Level.WARNING,
            "a frab event dated 0001-01-01 beside its clock time: placed on the day that lists it",
        ),
        Rule(
            "day-outside-conference",
            Level.WARNING,
            "a frab day dated outside its conference's start and end: kept, or put in the conference's year when"
            " the title says it",
        ),
        Rule("no-duration", Level.WARNING, "a frab event whose duration is empty: shown with its start only"),
        Rule("untitled-event", Level.WARNING, "a frab event whose title is empty: titled by its people"),
        Rule("unscheduled-contribution", Level.WARNING, "an Indico contribution without a start: left out"),
        Rule("recurrence-cut", Level.WARNING, "a recurring calendar event read for its first year only"),
        Rule("ignored-property", Level.WARNING, "an iCalendar property outside the events that cannot be read"),
        Rule("raw-line-break", Level.WARNING, "a JSON export with line breaks inside strings (frab 2013), read"),
        Rule(
            "overlap",
            Level.WARNING,
            "timed items that share time in one room, or where a room is unknown (touching slots do not)",
        ),
        Rule("speaker-conflict", Level.WARNING, "one person on two overlapping items"),
        Rule("poster-during-own-talk", Level.WARNING, "a poster's session overlaps a talk of one of its authors"),
        Rule("empty-session", Level.WARNING, "a poster session that shows no posters"),
        Rule("long-item", Level.WARNING, "a timed item longer than 24 hours (an end a day or AM/PM off?)"),
        Rule("buffer", Level.WARNING, "a person's items closer than the template's buffer (check --template)"),
        Rule("unavailable", Level.ERROR, "a person placed in a window the template says they are away"),
        Rule("over-capacity", Level.ERROR, "a poster session with more posters than the template's boards"),
        Rule("prose-name", Level.WARNING, "people whose names read as sentences (a biography taken for the people)"),
        Rule("name-variant", Level.WARNING, "a title or item that spells one person two ways"),
        Rule("name-merged", Level.WARNING, "two spellings merged into one person, with the evidence"),
        Rule("id-reused", Level.WARNING, "one id or code of an export carries unrelated names: two people"),
        Rule("unknown-alias", Level.WARNING, "a program-file alias that names nobody"),
        Rule("paper-authors-differ", Level.WARNING, "two presentations of one paper list different authors"),
        Rule("paper-listed-twice", Level.WARNING, "one title listed twice with different details"),
        Rule("unknown-kind", Level.WARNING, "a schedule page's kind label that no row of the kind table knows"),
        Rule("uncertain-entry", Level.WARNING, "a schedule-page entry the reader had to guess about"),
        Rule("ambiguous-date", Level.WARNING, "a table's slashed dates that read as day or month first (07/04/2026)"),
        Rule(
            "date-not-used",
            Level.WARNING,
            "a feed that dates its items itself, none on the first day given (--date) or in the two weeks after it",
        ),
        Rule("weekday-mismatch", Level.WARNING, "a day named by its weekday whose date is another weekday"),
        Rule("uncertain-split", Level.WARNING, "a listing line whose title/author boundary no evidence settles"),
        Rule("count-mismatch", Level.WARNING, "an abstract list's total disagrees with its entries"),
        Rule("empty-abstract", Level.WARNING, "an abstract-list entry without text"),
        Rule(
            "end-before-start",
            Level.WARNING,
            "a YAML entry whose end is not after its start, or a page's '12:30 - 11:30' in 24-hour times, or a "
            "sheet's or JSON row's end dated its start's day and written before it, or an Open Event session's "
            "end before its start: start only",
        ),
        Rule(
            "legacy-encoding",
            Level.WARNING,
            "a feed that is not UTF-8, read as Windows-1252 (Latin-1), or as Mac Roman when its only such bytes are"
            " curly quotes or Windows-1252 does not read it and Mac Roman does",
        ),
        Rule(
            "unknown-id",
            Level.WARNING,
            "a YAML timeslot or session naming a session or speaker id its joined file lacks",
        ),
    )
}


def level_problem(rule: str, level: str) -> str | None:
    """Say what is wrong with setting `rule` to `level`, or return None when it is allowed."""
    if rule not in RULES:
        return f"unknown rule {rule!r}; the rules are {', '.join(RULES)}"
    if level not in {member.value for member in Level}:
        return f"{rule}: expected error, warning or off, found {level!r}"
    if RULES[rule].fixed and level != RULES[rule].level.value:
        return f"{rule} is always an error: the feed could not be read there"
    return None


def apply_levels(problems: Iterable[Problem], levels: Mapping[str, Level]) -> tuple[Problem, ...]:
    """Return the problems at the levels the program file set: some dropped, some raised or lowered."""
    result = []
    for problem in problems:
        level = levels.get(problem.code)
        if level is None:
            result.append(problem)
        elif level is not Level.OFF:
            result.append(attrs.evolve(problem, severity=Severity(level.value)))
    return tuple(result)
