"""Benchmark: response-due dates and status of 1,000,000 single-receipt cases.

Run: ``.venv/bin/python benchmarks/bench_bulk.py [--count N]``. The shape of a disclosure-log
analysis: one row per request, received between 2005 and 2030, two thirds answered 0-40
days later, the rest open, judged on one ``today``. Measures ``foilib.due_dates`` (the batch
path) in cases per second and its peak memory (tracemalloc), beside ``Case(...).timeline()``
on a sample of the same rows (the per-case path, whose answers it must equal: checked here
on the sample, and by a hypothesis property in tests/test_workdays.py). Target (issue 14):
at least 200,000 cases/s.
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent))

from _common import peak_memory, table, verdict

import foilib
from foilib import Case, Event, EventKind, Regime, Request


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--count", type=int, default=1_000_000)
    parser.add_argument("--sample", type=int, default=2_000)
    parser.add_argument("--seed", type=int, default=20261125)
    args = parser.parse_args()
    rng = random.Random(args.seed)
    lo, hi = dt.date(2005, 1, 1).toordinal(), dt.date(2030, 12, 31).toordinal()
    received = [dt.date.fromordinal(rng.randint(lo, hi)) for _ in range(args.count)]
    responded = [
        None if rng.random() < 1 / 3 else d + dt.timedelta(days=rng.randint(0, 40))
        for d in received
    ]
    today = dt.date(2031, 6, 30)
    foilib.due_dates(received[:10], responded[:10], today=today)  # build the shared tables

    t0 = time.process_time()
    result = foilib.due_dates(received, responded, regime=Regime.FOIA, today=today)
    seconds = time.process_time() - t0
    rate = args.count / seconds
    _, peak = peak_memory(lambda: foilib.due_dates(received, responded, today=today))

    sample = range(args.sample)
    t0 = time.process_time()
    timelines = []
    for i in sample:
        events = [Event(EventKind.RECEIVED, received[i])]
        if responded[i] is not None:
            events.append(Event(EventKind.RESPONSE_SENT, responded[i]))  # type: ignore[arg-type]
        timelines.append(Case(Request(), Regime.FOIA, tuple(events)).timeline(today))
    per_case = (time.process_time() - t0) / args.sample
    same = all(
        (t.get(foilib.DeadlineKind.RESPONSE_DUE).date, t.status, t.working_days_late)  # type: ignore[union-attr]
        == (result.due[i], result.status[i], result.working_days_late[i])
        for i, t in zip(sample, timelines, strict=True)
    )
    from foilib._private import workdays

    tables = sum(t.nbytes() for t in workdays._DAY_TABLES.values())
    rows = [
        (
            "due_dates >= 200,000 cases/s",
            f"{args.count:,} cases in {seconds:.2f} s",
            f"{rate:,.0f} cases/s",
            verdict(rate >= 200_000),
        ),
        (
            "peak memory of due_dates",
            f"{peak / 1e6:.0f} MB for {args.count:,} cases",
            f"{peak / args.count:.0f} B/case",
            "info",
        ),
        (
            "Case(...).timeline(), same rows",
            f"{per_case * 1e6:.0f} us/case ({args.sample:,} sampled)",
            f"{per_case * rate:,.0f}x slower",
            "info",
        ),
        ("equal on the sample", str(same), "-", verdict(same)),
        ("FOIA/EIR day table incl. batch index", f"{tables / 1e6:.1f} MB", "-", "info"),
    ]
    table(rows)
    print(f"\nCPU time (time.process_time); seed {args.seed}; today {today}")
    return 0 if same and rate >= 200_000 else 1


if __name__ == "__main__":
    raise SystemExit(main())
