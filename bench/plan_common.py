"""What bench/bench_plan.py's cases share: the shape of the generated conference and how a run is summed up."""

from __future__ import annotations

import hashlib
from datetime import date, datetime, timedelta
from typing import Any
from zoneinfo import ZoneInfo

from program.planner.solver import Solved
from program.settings import Settings

ZONE = ZoneInfo("Europe/Berlin")
FIRST_DAY = date(2026, 6, 1)
CATEGORIES = ("LG", "CV", "CL", "AR", "DC", "IT", "NE", "AI")
TALKS_A_BLOCK = 6
TALK = timedelta(minutes=15)
GAP = timedelta(minutes=5)
BLOCK_STARTS = ((9, 0), (11, 0), (14, 0))
POSTER_TIMES = (((13, 0), (14, 0)), ((16, 0), (17, 30)))  # lunch and the end of the day: no talks then
MAX_DAYS = 5
POSTER_SESSIONS = (((10, 30), (12, 30)), ((16, 30), (18, 30)))  # two a day, three days: six, like NeurIPS
BENCH_SETTINGS = Settings(feeds=(), updated=datetime(2026, 5, 1, tzinfo=ZONE))


def outcome(built: float, solved: Solved) -> dict[str, Any]:
    """One run's figures: seconds to the model, the first plan and the end, how good, and the plan's digest."""
    plan = repr((sorted(solved.talks.items()), sorted(solved.posters.items()))).encode()
    return {
        "model": built,
        "first": built + solved.first_seconds,
        "best": built + solved.seconds,
        "optimal": float(solved.optimal),
        "gap": (solved.bound - solved.objective) / max(abs(solved.bound), 1.0),
        "origin": solved.origin,
        "deterministic": solved.deterministic,
        "plan": hashlib.sha256(plan).hexdigest(),
    }


def source(runs: list[dict[str, Any]]) -> str:
    """Where the runs' plans came from, whether the solver was deterministic, and whether the plans agree."""
    origins = ", ".join(sorted({run["origin"] for run in runs}))
    steady = "deterministic" if all(run["deterministic"] for run in runs) else "stopped by the clock"
    same = (
        ""
        if len(runs) == 1
        else ("; same plan every run" if len({run["plan"] for run in runs}) == 1 else "; plans differ")
    )
    return f"{origins}; {steady}{same}"
