"""Benchmark: the statutory clock against plain calendar look-ups, as ratios in one run.

Run: ``.venv/bin/python benchmarks/bench_clock.py [--repeat R]``.

Targets (issue 14), each a ratio measured side by side in this run (min of repeats):

* ``Case.timeline()`` of a 5-event case (received, response, review requested, review
  decided, decision notice) within 40x the time of computing the same four working-day
  dates by ``add_working_days`` look-ups. Reasons are built lazily, so a second row also
  reports the cost when every reason is read (not a target: the text is the expensive part).
* ``Case(...)`` construction linear in the number of events: 10x the events (4,000 against
  400) costs at most 15x the time.

Also reported (not targets): the clock's dates-only path (``_dates_and_status``, what
:mod:`foilib.statistics` reads: status and response dates, no deadline objects or
reasons), building the 5-event case, and a typical received-and-answered case. Timings
are the best of ``--repeat`` runs; the load average is printed beside them (the machine
may be shared).

The script exits with status 1 if a target is missed.
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import sys
import timeit

import foilib
from foilib import Case, Event, EventKind, Regime, Request
from foilib._private.clock import _dates_and_status

K = EventKind
RECEIVED = dt.date(2026, 11, 25)


FIVE_EVENTS = (
    Event(K.RECEIVED, RECEIVED),
    Event(K.RESPONSE_SENT, dt.date(2027, 1, 5)),
    Event(K.INTERNAL_REVIEW_REQUESTED, dt.date(2027, 1, 20)),
    Event(K.INTERNAL_REVIEW_DECIDED, dt.date(2027, 2, 10)),
    Event(K.DECISION_NOTICE, dt.date(2027, 6, 1)),
)


def five_event_case() -> Case:
    return Case(Request(), Regime.FOIA, FIVE_EVENTS)


def answered_case() -> Case:
    """The commonest shape: received, answered (on Tue 15 Dec 2026, in time)."""
    return Case(
        Request(),
        Regime.FOIA,
        (Event(K.RECEIVED, RECEIVED), Event(K.RESPONSE_SENT, dt.date(2026, 12, 15))),
    )


def lookups() -> tuple[dt.date, ...]:
    """The same four working-day dates the timeline computes, by plain look-ups."""
    add = foilib.add_working_days
    return (
        add(RECEIVED, 20),
        add(dt.date(2027, 1, 5), 40),
        add(dt.date(2027, 1, 20), 20),
        add(dt.date(2027, 1, 20), 40),
    )


def many_events(n: int) -> tuple[Event, ...]:
    """A receipt, then ``n - 1`` acknowledgements and partial responses, one a day."""
    events = [Event(K.RECEIVED, dt.date(2000, 1, 3))]
    day = dt.date(2000, 1, 3)
    for i in range(n - 1):
        day += dt.timedelta(days=1 if i % 3 == 0 else 0)
        kind = K.ACKNOWLEDGEMENT_SENT if i % 2 else K.PARTIAL_RESPONSE_SENT
        events.append(Event(kind, day))
    return tuple(events)


def best(stmt: object, number: int, repeat: int) -> float:
    """Seconds per call: the minimum over ``repeat`` runs of ``number`` calls."""
    return min(timeit.repeat(stmt, number=number, repeat=repeat)) / number  # type: ignore[arg-type]


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--repeat", type=int, default=7)
    args = parser.parse_args(argv)
    case = five_event_case()
    today = dt.date(2027, 6, 2)
    timeline = case.timeline(today)
    dates = lookups()
    got = tuple(
        d.date
        for d in timeline.deadlines
        if d.kind
        in (
            foilib.DeadlineKind.RESPONSE_DUE,
            foilib.DeadlineKind.REVIEW_REQUEST_WINDOW,
            foilib.DeadlineKind.REVIEW_RESPONSE_DUE,
            foilib.DeadlineKind.REVIEW_RESPONSE_LIMIT,
        )
    )
    assert sorted(got) == sorted(dates), (got, dates)
    for _ in range(1000):  # warm the calendar's look-up tables, as a long-running user would
        lookups()
        case.timeline(today)

    load_before = os.getloadavg()
    base = best(lookups, 2000, args.repeat)
    clock = best(lambda: case.timeline(today), 2000, args.repeat)
    full = best(lambda: [d.reasons for d in case.timeline(today).deadlines], 200, args.repeat)
    fast = best(lambda: _dates_and_status(case, today), 2000, args.repeat)
    build5 = best(five_event_case, 2000, args.repeat)
    simple = answered_case()
    simple_timeline = best(lambda: simple.timeline(today), 2000, args.repeat)
    simple_fast = best(lambda: _dates_and_status(simple, today), 2000, args.repeat)
    one_lookup = best(lambda: foilib.add_working_days(RECEIVED, 20), 20000, args.repeat)

    small, large = many_events(400), many_events(4000)
    build_small = best(lambda: Case(Request(), Regime.FOIA, small), 20, args.repeat)
    build_large = best(lambda: Case(Request(), Regime.FOIA, large), 2, args.repeat)

    rows = [
        ("4 dates by add_working_days look-ups", base * 1e6, "us", "baseline", ""),
        (
            "Case.timeline(), 5 events",
            clock * 1e6,
            "us",
            f"{clock / base:.1f}x look-ups",
            "target <= 40x",
        ),
        (
            "Case.timeline() + every reason read",
            full * 1e6,
            "us",
            f"{full / base:.1f}x look-ups",
            "(not a target)",
        ),
        (
            "dates-only path (statistics), 5 events",
            fast * 1e6,
            "us",
            f"{fast / base:.1f}x look-ups",
            "(not a target)",
        ),
        ("Case(...), the 5 events", build5 * 1e6, "us", f"{build5 / base:.1f}x look-ups", ""),
        ("1 date by add_working_days", one_lookup * 1e6, "us", "baseline", ""),
        (
            "Case.timeline(), received + answered",
            simple_timeline * 1e6,
            "us",
            f"{simple_timeline / one_lookup:.1f}x one look-up",
            "",
        ),
        (
            "dates-only path, received + answered",
            simple_fast * 1e6,
            "us",
            f"{simple_fast / one_lookup:.1f}x one look-up",
            "",
        ),
        ("Case(...) with 400 events", build_small * 1e3, "ms", "baseline", ""),
        (
            "Case(...) with 4,000 events",
            build_large * 1e3,
            "ms",
            f"{build_large / build_small:.1f}x for 10x events",
            "target <= 15x",
        ),
    ]
    load_after = os.getloadavg()
    print(
        f"load average (1/5/15 min) {load_before[0]:.2f}/{load_before[1]:.2f}/"
        f"{load_before[2]:.2f} before, {load_after[0]:.2f}/{load_after[1]:.2f}/"
        f"{load_after[2]:.2f} after; {os.cpu_count()} CPUs; best of {args.repeat}"
    )
    width = max(len(r[0]) for r in rows)
    for name, value, unit, ratio, target in rows:
        print(f"{name:<{width}}  {value:10.2f} {unit}  {ratio:<24} {target}")
    ok = clock / base <= 40 and build_large / build_small <= 15
    print("targets met" if ok else "TARGET MISSED")
    return 0 if ok else 1


if __name__ == "__main__":
    sys.exit(main())
