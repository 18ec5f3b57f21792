"""Fuzz every reader with hostile cases (bench/hostile_cases.py): tens of thousands a reader.

Run from the project root:

    python bench/fuzz_readers.py                      # 50,000 cases a reader, every reader
    python bench/fuzz_readers.py --cases 2000 --readers csv ics --jobs 2
    python bench/fuzz_readers.py --replay csv 1234    # one case again, its traceback shown
    python bench/fuzz_readers.py --readers cmt --start 20000 --cases 10000   # cases 20000..29999

A reader must turn every case into a Program or one of our errors (ParseError, InputError,
UsageError); anything else is a traceback found, counted by its type and the line it came
from, with the first case's number (replay it with --replay). A case still running
after --case-seconds (10) is a hang, counted the same way: a reader's cases run in a child
process, killed on a hang and started again past that case. Case N of a reader is made
from the seed "<reader>-N", so every run finds the same. Prints one row a reader: cases,
tracebacks, milliseconds a case, and stops a reader early at --max-minutes (the row says so).

--start N runs cases N..N+cases-1, so a long run can be completed in parts (on a busy
machine, 50,000 cases as five runs of 10,000: --start 0, 10000, ... 40000); the parts
together are the whole run, each case being its seed whichever run makes it. The row
names the first and last case run.
"""

from __future__ import annotations

import argparse
import multiprocessing
import random
import sys
import time
import traceback
from collections import Counter
from collections.abc import Sequence
from concurrent.futures import ThreadPoolExecutor
from multiprocessing.process import BaseProcess
from multiprocessing.queues import Queue
from multiprocessing.sharedctypes import Synchronized

import hostile_cases  # run as a script: bench/ is on the path

from program.readers import READERS


def fuzz_part(name: str, first: int, last: int, reached: Synchronized, findings: Queue) -> None:
    """In a child: run cases first..last of reader `name`, each case's number put in `reached` before it runs."""
    for number in range(first, last + 1):
        reached.value = number
        try:
            hostile_cases.read_case(name, random.Random(f"{name}-{number}"))
        except hostile_cases.OUR_ERRORS:
            pass
        except BaseException as error:  # what we count, whatever it is (a Rust panic in calamine is no Exception)
            if isinstance(error, (KeyboardInterrupt, SystemExit)):
                raise
            frame = traceback.extract_tb(error.__traceback__)[-1]
            findings.put((f"{type(error).__name__} at {frame.filename.rpartition('/')[2]}:{frame.lineno}", number))
    reached.value = last + 1


def fuzz(
    name: str, cases: int, max_minutes: float, start: int = 0, case_seconds: float = 10.0
) -> tuple[str, int, dict[str, tuple[int, int]], float]:
    """Run cases start..start+cases-1 of reader `name`: it, cases run, tracebacks by place (count, first), seconds.

    The cases run in a child process watched from here: a case still running after `case_seconds`
    is a hang (a reader that never returns is a denial of service), counted like a traceback; the
    child is killed and a new one goes on from the next case; so after a case the process dies in
    (a crash in native code). Without this a hang showed only as
    a run that never ended (session 7: calamine on a damaged .ods, case 26,981, over an hour).
    """
    found: Counter[str] = Counter()
    first: dict[str, int] = {}
    started = time.perf_counter()
    deadline = started + max_minutes * 60
    last = start + cases - 1
    context = multiprocessing.get_context("fork")
    findings: Queue = context.Queue()
    reached = context.Value("q", start)
    number = start
    while number <= last and time.perf_counter() <= deadline:
        child = context.Process(target=fuzz_part, args=(name, number, last, reached, findings), daemon=True)
        child.start()
        number = watch(child, reached, case_seconds, deadline)
        if child.is_alive():  # a hang, or the deadline
            child.kill()
            child.join()
            if time.perf_counter() <= deadline:
                place = f"over {case_seconds:g} s, killed"  # a hang, or a case so large it takes that long
                found[place] += 1
                first.setdefault(place, number)
                print(f"{name}: {place} at case {number}", file=sys.stderr, flush=True)  # each: replay them all
            number += 1
        elif child.exitcode and number <= last:  # the process died in a case (a native crash): a finding too
            place = f"crash (exit code {child.exitcode})"
            found[place] += 1
            first.setdefault(place, number)
            print(f"{name}: {place} at case {number}", file=sys.stderr, flush=True)
            number += 1
        while not findings.empty():
            place, case = findings.get()
            found[place] += 1
            first.setdefault(place, case)
    run = min(number, last + 1) - start
    return name, run, {place: (count, first[place]) for place, count in found.items()}, time.perf_counter() - started


def watch(child: BaseProcess, reached: Synchronized, case_seconds: float, deadline: float) -> int:
    """Wait for `child` to end, or for one case of it to outlast `case_seconds`: the case it is on."""
    case, since = reached.value, time.perf_counter()
    while child.is_alive():
        child.join(timeout=0.2)
        now = time.perf_counter()
        if reached.value != case:
            case, since = reached.value, now
        elif now - since > case_seconds or now > deadline:
            return case
    return reached.value


def main(argv: Sequence[str] | None = None) -> None:
    """Fuzz the readers and print the table, or replay one case."""
    parser = argparse.ArgumentParser(description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter)
    parser.add_argument("--cases", type=int, default=50_000)
    parser.add_argument("--start", type=int, default=0, help="The first case's number (run a long fuzz in parts).")
    parser.add_argument("--readers", nargs="+", choices=sorted(READERS), default=list(READERS))
    parser.add_argument("--jobs", type=int, default=1, help="Readers fuzzed at once (one process each).")
    parser.add_argument("--max-minutes", type=float, default=float("inf"), help="Stop a reader after this long.")
    parser.add_argument(
        "--case-seconds",
        type=float,
        default=10.0,
        help="A case running longer is a hang (a finding).",
    )
    parser.add_argument("--replay", nargs=2, metavar=("READER", "CASE"), help="Run one case and show its traceback.")
    arguments = parser.parse_args(argv)
    if arguments.replay:
        name, number = arguments.replay
        if name != "workbook":  # a workbook case is bytes, not text to show
            print(hostile_cases.case(name, random.Random(f"{name}-{number}"))[:2000])
        started = time.perf_counter()
        try:
            hostile_cases.read_case(name, random.Random(f"{name}-{number}"))
        finally:
            print(f"case {number} of {name}: {time.perf_counter() - started:.2f} s", file=sys.stderr)
        return
    print(f"{'reader':<16} {'cases':>7} {'tracebacks':>10} {'ms/case':>8}  found", flush=True)
    total = 0
    with ThreadPoolExecutor(arguments.jobs) as pool:  # each thread watches one reader's child process
        runs = [
            pool.submit(fuzz, name, arguments.cases, arguments.max_minutes, arguments.start, arguments.case_seconds)
            for name in arguments.readers
        ]
        for done in runs:
            name, run, found, seconds = done.result()
            tracebacks = sum(count for count, _ in found.values())
            total += tracebacks
            stopped = "" if run == arguments.cases else f" (stopped at {arguments.max_minutes:g} min)"
            stopped += f" (cases {arguments.start}..{arguments.start + run - 1})" if arguments.start else ""
            places = "; ".join(f"{place} x{count} (case {case})" for place, (count, case) in sorted(found.items()))
            print(
                f"{name:<16} {run:>7} {tracebacks:>10} {seconds / max(run, 1) * 1000:>8.2f}  {places}{stopped}",
                flush=True,
            )
    print(f"tracebacks found: {total}")


if __name__ == "__main__":
    main()
