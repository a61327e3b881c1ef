"""Benchmark: ``check(response, case)`` against ``check(response)`` (issue 14 target: 3x).

Run: ``.venv/bin/python benchmarks/bench_checks.py [--number N] [--repeat R]``.

Both are measured side by side in one run, on the same letter (Leicester, a FOIA
response with six parts) and a case of five events; the figure is the ratio of the
minimum CPU times per call (``time.process_time``: the machine is shared). The case path
adds the statutory clock (``Case.timeline``), computed once per call.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import time
import timeit
from pathlib import Path

import attrs

import foilib

ROOT = Path(__file__).resolve().parents[1]
LETTER = ROOT / "tests" / "data" / "letters" / "leicester-childrens-analytics.json"


def main() -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--number", type=int, default=2000)
    parser.add_argument("--repeat", type=int, default=5)
    args = parser.parse_args()

    response = foilib.from_json(LETTER.read_text("utf-8"), foilib.Response)
    received = dt.date(2026, 11, 25)
    response = attrs.evolve(
        response,
        request=attrs.evolve(response.request, received_on=received),
        sent_on=dt.date(2027, 1, 5),
    )
    E, K = foilib.Event, foilib.EventKind
    case = foilib.Case(
        response.request,
        foilib.Regime.FOIA,
        (
            E(K.RECEIVED, received),
            E(K.CLARIFICATION_SOUGHT, dt.date(2026, 11, 27)),
            E(K.CLARIFICATION_RECEIVED, dt.date(2026, 12, 1)),
            E(K.PUBLIC_INTEREST_EXTENSION, dt.date(2026, 12, 21), estimate=dt.date(2027, 1, 20)),
            E(K.RESPONSE_SENT, dt.date(2027, 1, 5)),
        ),
    )
    assert foilib.check(response, case)  # the case path is exercised (a late response)

    rows = []
    for name, fn in (
        ("check(response)", lambda: foilib.check(response)),
        ("check(response, case)", lambda: foilib.check(response, case)),
        ("case.timeline() alone", lambda: case.timeline(dt.date(2027, 1, 5))),
    ):
        timer = timeit.Timer(fn, timer=time.process_time)
        best = min(timer.repeat(number=args.number, repeat=args.repeat)) / args.number
        rows.append((name, best))
    base = rows[0][1]
    print(f"{'path':<24}{'us/call':>10}{'x check(r)':>12}")
    for name, t in rows:
        print(f"{name:<24}{t * 1e6:>10.1f}{t / base:>12.1f}")
    ratio = rows[1][1] / base
    target = 3.0
    print(
        f"\ncheck(r, case) / check(r) = {ratio:.1f}x (target <= {target:.0f}x): "
        f"{'met' if ratio <= target else 'NOT met'}"
    )
    print(f"CPU time, best of {args.repeat} x {args.number} calls; load {os.getloadavg()}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
