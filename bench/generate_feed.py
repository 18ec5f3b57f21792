"""Generate a realistic schedule page (seed 002's format) with N items, for the benchmarks.

    python bench/generate_feed.py 10000 > /tmp/feed-10k.txt
    python bench/generate_feed.py --shape conference 10000 > /tmp/conference-10k.txt
    python bench/generate_feed.py --shape congress 10000 > /tmp/congress-10k.txt

Three shapes. `workshop` (the default) scales the sample up. The mix follows the sample:
about 42% timed items (an opening each day, invited talks, spotlights, two poster sessions
a day) and 58% untimed posters; every spotlight's paper is also a poster (the duplicated
spotlight/poster papers); authors are drawn so that one person is on 3 to 8 papers, as in
real workshops; abstracts are a few hundred characters. Seven days (the page names weekdays
only), 8 a.m. to 8 p.m.; talks run in parallel when there are more than a day can hold, as
in a conference with parallel rooms.

`conference` is a main conference, shaped unlike the sample: five days, each with an
opening, a keynote, four two-hour poster sessions (20 in all) and orals in parallel named
rooms that overlap the poster sessions; 8% of the items are orals (each paper also a
poster), the rest posters listed under their day, so that each is shown at the four
sessions of that day. About 0.85 people an item: most on one or two papers, while 5% of
the author slots go to 50 prolific people, who end up on 40 to 60 papers each.

`congress` is shaped unlike both: three days of contributed talks in many parallel named
rooms (70% of the items are timed: 7,000 of 10,000) and 30% posters, listed under their
day and shown at its two poster sessions, while talks go on; no prolific authors but very
many people (8,000+ at 10,000 items, one in four with a middle initial), each on one to three items,
one to three people an item.

The output depends only on N and the shape (a fixed random seed).
"""

from __future__ import annotations

import argparse
import random
import sys
from collections.abc import Iterator


def _split(words: str) -> tuple[str, ...]:
    return tuple(words.split())


WEEKDAYS = ("Sat", "Sun", "Mon", "Tue", "Wed", "Thu", "Fri")
FIRST_NAMES = _split(
    "Ada Alan Grace Edsger Barbara Donald Leslie Tony Frances Niklaus John Radia Shafi Silvio Judea Yoshua Geoffrey "
    "Yann Fei-Fei Andrew Daphne Michael Jeff Dawn Anima Wenda Olga Ryan Jiaqi Ben Jean Brucek David Zoë José Björn "
    "Łukasz Søren Nguyễn Mei Hiroshi Amara Chidi Ingrid Rafael Priya Arjun Leendert Clément"
)
FAMILY_NAMES = _split(
    "Lovelace Turing Hopper Dijkstra Liskov Knuth Lamport Hoare Allen Wirth McCarthy Perlman Goldwasser Micali Pearl "
    "Bengio Hinton LeCun Li Ng Koller Jordan Dean Song Anandkumar Zhou Solodova Adams Gu Keller Kossaifi Khailany Pan "
    "Müller García Østergaard Kowalski Nakamura Okafor Andersson Silva Sharma Patel Dupret Metz Wang Zhang Chen"
)
WORDS = _split(
    "learning neural compiler scheduling cache memory graph reinforcement optimization tensor hardware storage "
    "network congestion transformer inference kernel placement autotuning datacenter energy latency sparse "
    "quantization federated retrieval benchmark simulation policy accelerator database query index"
)


def _title(rng: random.Random, number: int) -> str:
    words = rng.sample(WORDS, rng.randint(4, 8))
    return f"{' '.join(words).capitalize()} ({number})"


def _abstract(rng: random.Random) -> str:
    return " ".join(rng.choice(WORDS) for _ in range(rng.randint(40, 90))).capitalize() + "."


def _clock(minutes: int) -> str:
    hour, minute = divmod(minutes, 60)
    meridiem = "a.m." if hour < 12 else "p.m."
    return f"{hour % 12 or 12}:{minute:02d} {meridiem}"


SYLLABLES = _split("ka ro lin de ma su ta ne vi go ra mi len do sa ki be tor han ul fe ri no za")


def _family_names(rng: random.Random, count: int) -> list[str]:
    """The real family names, then made-up ones ("Karolin") for a conference larger than them."""
    names = list(FAMILY_NAMES)
    seen = set(names)
    while len(names) < count:
        made_up = "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()
        if made_up not in seen:
            seen.add(made_up)
            names.append(made_up)
    return names


class _Authors:
    """Draws author lists so that each person is on 3 to 8 papers."""

    def __init__(self, rng: random.Random, papers: int) -> None:
        self.rng = rng
        people = max(papers * 4 // 5, 10)  # 4 authors a paper, 5 papers a person on average
        # About 20 people a family name, and enough pairs of names for everyone.
        families = _family_names(rng, max(people // 20, 2 * people // len(FIRST_NAMES), len(FAMILY_NAMES)))
        names: dict[str, None] = {}
        while len(names) < people:
            names.setdefault(f"{rng.choice(FIRST_NAMES)} {rng.choice(families)}")
        self.pool = list(names)

    def draw(self) -> list[str]:
        return self.rng.sample(self.pool, self.rng.randint(2, 6))


def _entry(when: str, title: str, label: str | None, abstract: str | None, people: list[str]) -> str:
    lines = [when, "|", title, *([f"({label})"] if label else [])]
    if abstract:
        lines.append(abstract)
    lines += ["|", *([" · ".join(people)] if people else []), "🔗", "|"]
    return "\n".join(lines) + "\n"


def generate(count: int) -> Iterator[str]:
    """Yield the page's entries: the timed ones day by day, then the posters."""
    rng = random.Random(count)
    timed = max(count * 42 // 100, 7 * 4)
    posters = count - timed
    authors = _Authors(rng, count)
    per_day = timed // 7
    spotlight_papers: list[tuple[str, str, list[str]]] = []
    number = 0
    for day_index, day in enumerate(WEEKDAYS):
        todays = per_day + (1 if day_index < timed % 7 else 0)
        lanes = max(1, -(-todays * 15 // 660))  # parallel rooms needed to fit the day
        for slot in range(todays):
            number += 1
            start = 8 * 60 + (slot // lanes) * 15
            when = f"{day} {_clock(start)} - {_clock(start + 15)}"
            if slot == 0:
                yield _entry(f"{day} {_clock(7 * 60 + 30)} - {_clock(7 * 60 + 40)}", "Opening Remarks", None, None, [])
            elif slot in (todays // 3, 2 * todays // 3):
                yield _entry(when, "Poster Session | Coffee Break", "Break", None, [])
            elif slot % 10 == 1:
                speaker = rng.choice(authors.pool)
                yield _entry(when, f"{speaker} - Invited Talk", "Talk", None, [speaker])
            else:
                title, people = _title(rng, number), authors.draw()
                abstract = _abstract(rng)
                spotlight_papers.append((title, abstract, people))
                yield _entry(when, title, "Spotlight", abstract, people)
    for index in range(posters):
        if index < len(spotlight_papers):
            title, abstract, people = spotlight_papers[index]
        else:
            number += 1
            title, abstract, people = _title(rng, number), _abstract(rng), authors.draw()
        yield _entry("-", title, "Poster", abstract, people)


CONFERENCE_DAYS = 5
POSTER_SESSIONS = (
    (9 * 60 + 30, 11 * 60 + 30),
    (11 * 60 + 30, 13 * 60 + 30),
    (14 * 60, 16 * 60),
    (16 * 60 + 30, 18 * 60 + 30),
)
ORAL_BLOCKS = ((10 * 60 + 30, 12 * 60), (15 * 60, 17 * 60))
"""Orals run in parallel rooms during part of the poster sessions, as at a main conference."""
PROLIFIC = 50
PROLIFIC_SHARE = 0.05


class _SkewedAuthors:
    """Draws author lists from a large pool in which a few people are on very many papers."""

    def __init__(self, rng: random.Random, items: int) -> None:
        self.rng = rng
        people = max(items * 85 // 100, PROLIFIC * 2)
        families = _family_names(rng, max(people // 10, 2 * people // len(FIRST_NAMES), len(FAMILY_NAMES)))
        names: dict[str, None] = {}
        while len(names) < people:
            names.setdefault(f"{rng.choice(FIRST_NAMES)} {rng.choice(families)}")
        self.pool = list(names)

    def draw(self) -> list[str]:
        count = self.rng.randint(3, 7)
        chosen: dict[str, None] = {}
        while len(chosen) < count:
            prolific = self.rng.random() < PROLIFIC_SHARE
            chosen.setdefault(self.pool[self.rng.randrange(PROLIFIC if prolific else len(self.pool))])
        return list(chosen)


def generate_conference(count: int) -> Iterator[str]:
    """Yield a main conference's page: per day its timed entries, then the posters shown that day."""
    rng = random.Random(f"conference-{count}")
    authors = _SkewedAuthors(rng, count)
    days = WEEKDAYS[:CONFERENCE_DAYS]
    fixed = len(days) * (2 + len(POSTER_SESSIONS))  # opening, keynote and the poster sessions of each day
    orals = count * 8 // 100
    posters = count - fixed - orals
    block_minutes = sum(end - start for start, end in ORAL_BLOCKS)
    rooms = max(1, -(-orals // (len(days) * block_minutes // 15)))
    number = 0
    for day_index, day in enumerate(days):
        todays_orals = orals // len(days) + (1 if day_index < orals % len(days) else 0)
        todays_posters = posters // len(days) + (1 if day_index < posters % len(days) else 0)
        yield _entry(f"{day} {_clock(8 * 60)} - {_clock(8 * 60 + 15)}", "Opening Remarks", None, None, [])
        speaker = authors.pool[rng.randrange(PROLIFIC)]
        when = f"{day} {_clock(8 * 60 + 15)} - {_clock(9 * 60 + 15)}"
        yield _entry(when, f"{speaker} - Invited Talk", "Talk", None, [speaker])
        slots = [start + minutes for start, end in ORAL_BLOCKS for minutes in range(0, end - start, 15)]
        timed: list[tuple[int, str]] = []
        papers: list[tuple[str, str, list[str]]] = []
        for index in range(todays_orals):
            start, room = slots[index // rooms % len(slots)], index % rooms + 1
            number += 1
            title, abstract, people = _latex_title(rng, number), _latex_abstract(rng, number), authors.draw()
            papers.append((title, abstract, people))
            when = f"{day} {_clock(start)} - {_clock(start + 15)}"
            timed.append((start, _entry(when, title, "Oral", f"Room {100 + room}\n{abstract}", people)))
        for session, (start, end) in enumerate(POSTER_SESSIONS, 1):
            when = f"{day} {_clock(start)} - {_clock(end)}"
            timed.append(
                (
                    start,
                    _entry(
                        when, f"Poster Session {day_index * len(POSTER_SESSIONS) + session}", "Poster Session", None, []
                    ),
                )
            )
        yield from (entry for _, entry in sorted(timed, key=lambda pair: pair[0]))
        for index in range(todays_posters):
            if index < len(papers):
                title, abstract, people = papers[index]
            else:
                number += 1
                title, abstract, people = _latex_title(rng, number), _latex_abstract(rng, number), authors.draw()
            yield _entry("-", title, "Poster", abstract, people)


def _latex_title(rng: random.Random, number: int) -> str:
    """A title, one in ten with a formula, as machine-learning titles have."""
    title = _title(rng, number)
    return f"{title} in $O(n^{{{number % 7 + 1}}})$" if number % 10 == 0 else title


def _latex_abstract(rng: random.Random, number: int) -> str:
    """An abstract, one in five with a figure in math mode and an accented name."""
    abstract = _abstract(rng)
    return f'{abstract} We reach $\\alpha = {number % 97}\\%$ after Nystr\\"om.' if number % 5 == 0 else abstract


CONGRESS_DAYS = 3
CONGRESS_TALK_BLOCKS = ((9 * 60 + 30, 12 * 60 + 30), (13 * 60 + 30, 18 * 60))
"""Contributed talks, 15 minutes each, in as many parallel rooms as the day needs."""
CONGRESS_POSTER_SESSIONS = ((10 * 60 + 30, 12 * 60 + 30), (16 * 60, 18 * 60))
"""Each day's two poster sessions, in Hall E while talks go on in the rooms."""


def _congress_people(rng: random.Random, author_lists: int) -> list[list[str]]:
    """Return `author_lists` lists of one to three people, drawn so that each person is on one to three of them."""
    sizes = [rng.choice((1, 1, 2, 2, 2, 3)) for _ in range(author_lists)]
    slots = sum(sizes)
    counts: list[int] = []
    while sum(counts) < slots:
        counts.append(min(rng.randint(1, 3), slots - sum(counts)))
    families = _family_names(rng, max(len(counts) // 10, len(FAMILY_NAMES)))
    names: dict[str, None] = {}
    while len(names) < len(counts):
        # One in four with a middle initial, as a large congress's authors write their names.
        middle = f" {rng.choice(SYLLABLES)[0].upper()}." if rng.random() < 0.25 else ""
        names.setdefault(f"{rng.choice(FIRST_NAMES)}{middle} {rng.choice(families)}")
    dealt = [name for name, count in zip(names, counts, strict=True) for _ in range(count)]
    rng.shuffle(dealt)
    lists: list[list[str]] = []
    for size in sizes:
        # A person dealt twice to one list is on it once (and on one item fewer): never on none.
        lists.append(list(dict.fromkeys(dealt[:size])))
        del dealt[:size]
    return lists


def generate_congress(count: int) -> Iterator[str]:
    """Yield a congress's page: per day its timed entries in start order, then the posters shown that day."""
    rng = random.Random(f"congress-{count}")
    days = WEEKDAYS[:CONGRESS_DAYS]
    timed = count * 7 // 10
    fixed = len(days) * (3 + len(CONGRESS_POSTER_SESSIONS))  # opening, keynote, lunch and the poster sessions
    talks = max(timed - fixed, 0)
    posters = count - fixed - talks
    people = iter(_congress_people(rng, talks + posters + len(days)))  # the keynotes' speakers too
    slots = [start + minutes for start, end in CONGRESS_TALK_BLOCKS for minutes in range(0, end - start, 15)]
    rooms = max(1, -(-talks // (len(days) * len(slots))))
    number = 0
    for day_index, day in enumerate(days):
        todays_talks = talks // len(days) + (1 if day_index < talks % len(days) else 0)
        todays_posters = posters // len(days) + (1 if day_index < posters % len(days) else 0)
        yield _entry(f"{day} {_clock(8 * 60 + 30)} - {_clock(8 * 60 + 45)}", "Opening Remarks", None, None, [])
        speaker = next(people)[0]
        when = f"{day} {_clock(8 * 60 + 45)} - {_clock(9 * 60 + 30)}"
        yield _entry(when, f"{speaker} - Keynote", "Keynote", None, [speaker])
        timed_entries = [
            (12 * 60 + 30, _entry(f"{day} {_clock(12 * 60 + 30)} - {_clock(13 * 60 + 30)}", "Lunch", "Break", None, []))
        ]
        for session, (start, end) in enumerate(CONGRESS_POSTER_SESSIONS, 1):
            title = f"Poster Session {day_index * len(CONGRESS_POSTER_SESSIONS) + session}"
            when = f"{day} {_clock(start)} - {_clock(end)}"
            timed_entries.append((start, _entry(when, title, "Poster Session", "Hall E", [])))
        for index in range(todays_talks):
            start, room = slots[index // rooms % len(slots)], index % rooms + 1
            number += 1
            when = f"{day} {_clock(start)} - {_clock(start + 15)}"
            abstract = f"Room {100 + room}\n{_abstract(rng)}"
            timed_entries.append((start, _entry(when, _title(rng, number), "Contributed Talk", abstract, next(people))))
        yield from (entry for _, entry in sorted(timed_entries, key=lambda pair: pair[0]))
        for _ in range(todays_posters):
            number += 1
            yield _entry("-", _title(rng, number), "Poster", _abstract(rng), next(people))


SHAPES = {"workshop": generate, "conference": generate_conference, "congress": generate_congress}


def main() -> None:
    """Write the page for the N given on the command line to standard output."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("items", type=int, help="how many items the page holds")
    parser.add_argument("--shape", choices=list(SHAPES), default="workshop")
    arguments = parser.parse_args()
    sys.stdout.writelines(SHAPES[arguments.shape](arguments.items))


if __name__ == "__main__":
    main()
