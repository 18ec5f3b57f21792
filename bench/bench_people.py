"""Time `program build` on a frab JSON feed whose one event has N people (issue 32).

Run from the project root:

    python bench/bench_people.py [--shape similar|distinct] [--sizes 1000 2000 8000] [--runs 3]
    python bench/bench_people.py --write 8000 > /tmp/people-8000.json   # the feed alone
    python bench/bench_people.py --one-id --sizes 1000 2000 4000 --baseline /tmp/old/src   # one id, many names
    python bench/bench_people.py --grouping --sizes 1000 2000 4000 --baseline /tmp/old/src  # that grouping alone

Two shapes, both one event (one paper) with N speakers, as a frab/pretalx JSON export
writes them (`public_name`, and with `--ids` a numeric `id` each):

- `similar`: names as alike as names get. Six family names and eight given names; most
  people are "Ada Kolin Wang" (a made-up middle name), one in ten has no middle name,
  one in ten is written with an initial ("A. Kolin Wang") and one in twenty with a
  nickname ("Bob"). Every pair of one family name is a candidate for one person, and
  many pairs have evidence (an initial, a nickname, a left-out middle name).
- `distinct`: N people of different made-up family names: nothing to match, only many
  authors on one paper (the speaker index lists each one's co-authors).

For each size it prints the median wall time of `program build --no-pdf` (every default
output), the largest peak memory (RSS of the build's largest process) and the bytes
written, medians of --runs. `--baseline SRC` runs another checkout's `src` the same way.
"""

from __future__ import annotations

import argparse
import json
import random
import subprocess
import sys
import tempfile
from collections.abc import Sequence
from pathlib import Path

from bench_scale import end_to_end  # run as a script: bench/ is on the path

GIVEN = ("Ada", "Alan", "Grace", "Jian", "Robert", "William", "Anna", "Jun")
NICKNAMES = ("Bob", "Bill", "Annie")
FAMILIES = ("Wang", "Zhang", "Lovelace", "Hopper", "Müller", "Chen")
SYLLABLES = ("ka", "ro", "lin", "de", "ma", "su", "ta", "ne", "vi", "go", "ra", "mi", "len", "do", "sa", "ki")


def _made_up(rng: random.Random) -> str:
    return "".join(rng.choice(SYLLABLES) for _ in range(rng.randint(2, 4))).capitalize()


def similar_names(count: int, rng: random.Random) -> list[str]:
    """`count` different names, as alike as names get (see the module's docstring)."""
    names: dict[str, None] = {}
    while len(names) < count:
        family, given, middle = rng.choice(FAMILIES), rng.choice(GIVEN), _made_up(rng)
        roll = rng.random()
        if roll < 0.1:
            name = f"{given} {family}"
        elif roll < 0.2:
            name = f"{given[0]}. {middle} {family}"
        elif roll < 0.25:
            name = f"{rng.choice(NICKNAMES)} {middle} {family}"
        else:
            name = f"{given} {middle} {family}"
        names.setdefault(name)
    return list(names)


def distinct_names(count: int, rng: random.Random) -> list[str]:
    """`count` people of different made-up family names."""
    names: dict[str, None] = {}
    while len(names) < count:
        names.setdefault(f"{rng.choice(GIVEN)} {_made_up(rng)}{_made_up(rng).lower()}")
    return list(names)


SHAPES = {"similar": similar_names, "distinct": distinct_names}


def feed(count: int, shape: str = "similar", *, ids: bool = False, one_id: bool = False) -> str:
    """A frab JSON export of one day with one event of `count` speakers, with or without their ids.

    `one_id`: every speaker has id 1 (an export that reuses one id for everybody): the names
    one id carries are then told apart into people (people/identity.py `_people_of`).
    """
    names = SHAPES[shape](count, random.Random(count))
    persons = [
        {"id": 1 if one_id else number, "public_name": name} if ids or one_id else {"public_name": name}
        for number, name in enumerate(names, start=1)
    ]
    event = {
        "guid": "10000000-0000-4000-8000-000000000001",
        "id": 1,
        "date": "2024-12-27T10:00:00+01:00",
        "start": "10:00",
        "duration": "01:00",
        "room": "A",
        "title": "One paper, many authors",
        "type": "Talk",
        "persons": persons,
    }
    day = {"index": 1, "date": "2024-12-27", "rooms": {"A": [event]}}
    conference = {"title": "C", "time_zone_name": "Europe/Berlin", "days": [day]}
    return json.dumps({"schedule": {"version": "1", "conference": conference}}, ensure_ascii=False, indent=1)


def _bytes_written(out: Path) -> int:
    return sum(path.lstat().st_size for path in out.rglob("*") if not path.is_dir())


def main(argv: Sequence[str] | None = None) -> None:
    """Measure and print the table, or write one feed."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--shape", choices=list(SHAPES), default="similar")
    parser.add_argument("--sizes", type=int, nargs="+", default=[1000, 2000, 8000])
    parser.add_argument("--runs", type=int, default=3)
    parser.add_argument("--ids", action="store_true", help="Give each person an id, as pretalx does.")
    parser.add_argument("--one-id", action="store_true", help="Give every person id 1 (one id, many names).")
    parser.add_argument(
        "--grouping", action="store_true", help="Time only the grouping of one id's names into people (CPU seconds)."
    )
    parser.add_argument("--write", type=int, metavar="N", help="Write the feed of N people to standard output.")
    parser.add_argument("--baseline", type=Path, metavar="SRC", help="Also time another checkout's src folder.")
    arguments = parser.parse_args(argv)
    if arguments.grouping:
        _grouping_table(arguments)
        return
    if arguments.write:
        sys.stdout.write(feed(arguments.write, arguments.shape, ids=arguments.ids, one_id=arguments.one_id))
        return
    print(f"{'people':>7}  {'feed':>8}  {'build (s)':>9}  {'peak MB':>8}  {'written MB':>10}  version")
    with tempfile.TemporaryDirectory() as work:
        for size in arguments.sizes:
            path = Path(work) / f"{arguments.shape}-{size}.json"
            path.write_text(feed(size, arguments.shape, ids=arguments.ids, one_id=arguments.one_id), encoding="utf-8")
            versions = [("this", ())]
            if arguments.baseline:
                versions.append(("baseline", _baseline_command(arguments.baseline)))
            for version, program in versions:
                out = Path(work) / f"out-{size}-{version}"
                seconds, peak, _ = end_to_end(path, out, arguments.runs, program)
                written = _bytes_written(out / ".program-publish" / "current") / 1e6
                kb = path.stat().st_size / 1e3
                row = f"{size:>7}  {kb:>6.0f}KB  {seconds:>9.2f}  {peak:>8.0f}  {written:>10.1f}  {version}"
                print(row, flush=True)


_GROUPING = """
import json, statistics, sys, time
sys.path.insert(0, sys.argv[1])
from program.model import SourceRef
from program.people.identity import _people_of
names = json.load(sys.stdin)
spellings = [(name, SourceRef("feed.json", number)) for number, name in enumerate(names, 1)]
seconds = []
for _ in range(int(sys.argv[2])):
    started = time.process_time()
    groups = _people_of(spellings)
    seconds.append(time.process_time() - started)
print(statistics.median(seconds), len(groups))
"""


def grouping_seconds(names: list[str], source: Path, runs: int) -> tuple[float, int]:
    """Median CPU seconds of `_people_of` (one id carrying `names`) in the checkout `source`, and its groups."""
    done = subprocess.run(
        [sys.executable, "-c", _GROUPING, str(source), str(runs)],
        input=json.dumps(names),
        capture_output=True,
        text=True,
        check=True,
    )
    seconds, groups = done.stdout.split()
    return float(seconds), int(groups)


def _grouping_table(arguments: argparse.Namespace) -> None:
    print(f"{'names':>7}  {'grouping (s)':>12}  {'people':>6}  version")
    for size in arguments.sizes:
        names = SHAPES[arguments.shape](size, random.Random(size))
        versions = [("this", Path(__file__).resolve().parent.parent / "src")]
        if arguments.baseline:
            versions.append(("baseline", arguments.baseline.resolve()))
        for version, source in versions:
            seconds, groups = grouping_seconds(names, source, arguments.runs)
            print(f"{size:>7}  {seconds:>12.3f}  {groups:>6}  {version}", flush=True)


def _baseline_command(source: Path) -> tuple[str, ...]:
    code = f"import sys; sys.path.insert(0, {str(source.resolve())!r}); from program.cli import run; run()"
    return (sys.executable, "-c", code)


if __name__ == "__main__":
    main()
