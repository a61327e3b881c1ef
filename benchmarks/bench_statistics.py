"""Benchmark: the Cabinet Office profile over generated cases (records/second, peak memory).

Run: ``.venv/bin/python benchmarks/bench_statistics.py [--count N] [--seed S]``.

Generates a deterministic mix of FOIA/EIR cases received in 2025 (answered on time, late,
under a PIT extension, refused on cost, withheld, not held, open, awaiting clarification)
and runs, over the same generated stream:
(a) the baseline: ``Case.timeline(as_of)`` on every case (the clock's own cost);
(b) ``foilib.statistics.cabinet_office(..., keep_refs=False)`` (bounded memory);
(c) the same with ``keep_refs=True`` (drill-down kept).
Records are generated lazily, so peak memory (tracemalloc) is what the profile keeps,
not the input. Reports records/second, the ratio (b)/(a) of time per record, and peak
memory; the issue's target is >= 50,000 records/s for (b).
"""

from __future__ import annotations

import argparse
import datetime as dt
import random
import time
import tracemalloc
from collections.abc import Iterator

from foilib import (
    Answer,
    Authority,
    Case,
    Citation,
    Disposition,
    Event,
    EventKind,
    ExemptionClaim,
    Regime,
    Request,
    Response,
    add_working_days,
)
from foilib.statistics import Period, cabinet_office

AS_OF = dt.date(2026, 3, 31)
PERIOD = Period.calendar_year(2025)
AUTH = Authority("Generated Department", (Regime.FOIA, Regime.EIR))
P = Disposition
MIXES: tuple[tuple[Disposition, ...], ...] = (
    (P.PROVIDED,),
    (P.PROVIDED, P.NOT_HELD),
    (P.NOT_HELD,),
    (P.PROVIDED, P.WITHHELD),
    (P.WITHHELD,),
    (P.REFUSED_COST,),
    (P.REFUSED_VEXATIOUS,),
    (P.NEITHER_CONFIRMED_NOR_DENIED,),
    (P.ACCESSIBLE_ELSEWHERE,),
    (P.ADVICE_AND_ASSISTANCE,),
)
SECTIONS = ("40", "43", "35", "31", "42", "21")


def generate(count: int, seed: int) -> Iterator[tuple[Case, Response | None]]:
    rng = random.Random(seed)
    start = dt.date(2025, 1, 1).toordinal()
    for i in range(count):
        received = dt.date.fromordinal(start + rng.randrange(365))
        regime = Regime.EIR if rng.random() < 0.1 else Regime.FOIA
        request = Request(reference=f"R{i:07d}", received_on=received)
        events = [Event(EventKind.RECEIVED, received)]
        roll = rng.random()
        if roll < 0.03:
            events.append(Event(EventKind.CLARIFICATION_SOUGHT, received + dt.timedelta(days=2)))
            yield Case(request, regime, tuple(events)), None
            continue
        if roll < 0.06:
            yield Case(request, regime, tuple(events)), None
            continue
        days = rng.choice((5, 10, 15, 19, 20, 21, 25, 35))
        if regime is Regime.FOIA and roll < 0.12:
            notice = add_working_days(received, 18)
            events.append(
                Event(
                    EventKind.PUBLIC_INTEREST_EXTENSION,
                    notice,
                    estimate=add_working_days(received, 40),
                )
            )
            days = rng.choice((30, 38, 45))
        sent = add_working_days(received, days)
        events.append(Event(EventKind.RESPONSE_SENT, sent))
        parts = rng.choice(MIXES)
        claims: tuple[ExemptionClaim, ...] = ()
        if regime is Regime.FOIA and (
            P.WITHHELD in parts or P.NEITHER_CONFIRMED_NOR_DENIED in parts
        ):
            claims = (ExemptionClaim("s", Citation(Regime.FOIA, rng.choice(SECTIONS), ("2",))),)
        response = Response(
            AUTH,
            regime,
            request,
            sent_on=sent,
            answers=tuple(Answer((), d, "x") for d in parts),
            exemption_claims=claims,
        )
        yield Case(request, regime, tuple(events)), response


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=20250516)
    args = parser.parse_args()
    n = args.count

    records = list(generate(n, args.seed))  # built once, outside every timing
    t0 = time.perf_counter()
    for case, _ in records:
        case.timeline(AS_OF)
    base = time.perf_counter() - t0

    t0 = time.perf_counter()
    result = cabinet_office(records, period=PERIOD, as_of=AS_OF, keep_refs=False)
    bounded = time.perf_counter() - t0

    t0 = time.perf_counter()
    cabinet_office(records, period=PERIOD, as_of=AS_OF, keep_refs=True)
    kept = time.perf_counter() - t0
    del records

    def peak(count: int, keep_refs: bool) -> int:
        tracemalloc.start()
        cabinet_office(generate(count, args.seed), period=PERIOD, as_of=AS_OF, keep_refs=keep_refs)
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    peak(n // 4, False)  # warm every cache (calendars, maps) outside the measurement
    small, peak_bounded, peak_kept = peak(n // 4, False), peak(n, False), peak(n, True)

    print(f"records: {n:,}; total received {result.row['Total requests received']:,}")
    print(f"(a) Case.timeline baseline : {n / base:>10,.0f} records/s")
    print(f"(b) cabinet_office bounded : {n / bounded:>10,.0f} records/s  b/a {bounded / base:.2f}")
    print(f"(c) cabinet_office + refs  : {n / kept:>10,.0f} records/s  c/a {kept / base:.2f}")
    print(
        f"peak memory, streamed input: bounded {small / 1e6:.2f} MB at {n // 4:,} records, "
        f"{peak_bounded / 1e6:.2f} MB at {n:,}; with refs {peak_kept / 1e6:.2f} MB at {n:,}"
    )
    own = bounded - base
    if own > 0:
        print(f"statistics layer alone, (b) - (a): {n / own:>10,.0f} records/s")
    target = 50_000
    print(
        f"target >= {target:,} records/s for (b): {'met' if n / bounded >= target else 'not met'}"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
