"""Time the title/author split of paper listings on ever longer lines, against a floor.

Run from the project root:  python bench/bench_title_split.py [--runs N]

A listing line glues a title to its authors ("…for GPUsJane Doe, Li Wei"); the split
looks at every capital glued to the character before it. It used to take time in the
square of the line's length (a 256 KB line: minutes). For each length this prints the
median of N runs (default 5) of the split, of the floor (one pass of the glue pattern over
the line, which any split pays), their ratio, and the growth from the previous length:
about 2x for 2x the length is linear.
"""

from __future__ import annotations

import argparse

from bench_sample import median_seconds  # run as a script: bench/ is on the path

from program.readers.title_authors import listing_evidence, split_title_authors

UNIT = "Learning FastKernels for GPUs and TinyLMs with AdamW "
"""Title words with inner capitals: every capital is a glue to look at (one title, no commas)."""
AUTHORS = "Jane Doe, Li Wei, JoAnne Smith"
SIZES = (16_000, 32_000, 64_000, 128_000, 256_000)


def line_of(size: int) -> str:
    """A title of about `size` characters glued to three authors."""
    return (UNIT * (size // len(UNIT) + 1))[:size].rstrip(" ,") + AUTHORS


def main() -> None:
    """Measure and print the table."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--runs", type=int, default=5)
    runs = parser.parse_args().runs
    evidence = listing_evidence([], [])
    from program.readers.title_authors import _GLUE  # noqa: PLC0415 - the floor is the glue pattern itself

    print(f"{'line':>8}  {'split (s)':>10}  {'floor (s)':>10}  {'ratio':>6}  {'growth':>6}")
    previous = None
    for size in SIZES:
        line = line_of(size)
        split = split_title_authors(line, evidence)
        assert split is not None and split.authors == tuple(AUTHORS.split(", ")), split
        seconds = median_seconds(lambda line=line: split_title_authors(line, evidence), runs)
        floor = median_seconds(lambda line=line: sum(1 for _ in _GLUE.finditer(line)), runs)
        growth = f"{seconds / previous:.1f}x" if previous else ""
        print(f"{size:>8}  {seconds:>10.4f}  {floor:>10.4f}  {seconds / floor:>5.1f}x  {growth:>6}")
        previous = seconds


if __name__ == "__main__":
    main()
