"""Benchmark: the Cabinet Office profile over generated cases (records/second, peak memory).

Run: ``.venv/bin/python benchmarks/bench_statistics.py [--count N] [--seed S] [--repeat R]``.

Generates a deterministic mix of FOIA/EIR cases received in 2025 (answered on time, late,
under a PIT extension, refused on cost, withheld, not held, open, awaiting clarification,
some with an internal review) and runs, over the same generated stream:
(a) the baseline: ``Case.timeline(as_of)`` on every case (the clock's own cost);
(b0) ``foilib.statistics.cabinet_office(..., keep_refs=False)`` as it ran before the
per-signature plans and the clock's simple path: case by case, every step of the clock;
(b) ``foilib.statistics.cabinet_office(..., keep_refs=False)`` (bounded memory);
(c) the same with ``keep_refs=True`` (drill-down kept).
Records are generated lazily, so peak memory (tracemalloc) is what the profile keeps,
not the input. Reports records/second (best of ``--repeat`` runs, by the wall clock and
by the process's own CPU time: on a shared machine the CPU figure is the one that does not
count other people's work), the ratio (b)/(a) of time per record, peak memory and the
load average; the issue's target is >= 50,000 records/s for (b).
"""

from __future__ import annotations

import argparse
import datetime as dt
import os
import random
import time
import tracemalloc
from collections.abc import Callable, Iterator

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
from foilib._private import clock
from foilib._private.statistics import _cabinet_office, _core
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
        # a review in one case in ten, decided in 20 or 40 working days (day counts the mix
        # already uses: the calendar keeps a look-up table per count)
        asked = add_working_days(sent, 10)
        if rng.random() < 0.1 and asked <= AS_OF:
            events.append(Event(EventKind.INTERNAL_REVIEW_REQUESTED, asked))
            decided = add_working_days(asked, rng.choice((20, 40)))
            if decided <= AS_OF:
                events.append(Event(EventKind.INTERNAL_REVIEW_DECIDED, decided))
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


def best(run: Callable[[], object], repeat: int) -> tuple[float, float]:
    """(wall seconds, CPU seconds) of one call: the minimum of each over ``repeat`` calls."""
    walls, cpus = [], []
    for _ in range(repeat):
        w, c = time.perf_counter(), time.process_time()
        run()
        cpus.append(time.process_time() - c)
        walls.append(time.perf_counter() - w)
    return min(walls), min(cpus)


def main() -> int:
    parser = argparse.ArgumentParser(description=(__doc__ or "").splitlines()[0])
    parser.add_argument("--count", type=int, default=5_000)
    parser.add_argument("--seed", type=int, default=20250516)
    parser.add_argument("--repeat", type=int, default=3)
    args = parser.parse_args()
    n = args.count
    load_before = os.getloadavg()

    records = list(generate(n, args.seed))  # built once, outside every timing
    for case, _ in records:  # warm the calendars' look-up tables, as a long run would
        case.timeline(AS_OF)

    def timelines() -> None:
        for case, _ in records:
            case.timeline(AS_OF)

    def case_by_case() -> None:
        _cabinet_office.FAST_PATH = False
        _core._dates_and_status = clock._full_dates_and_status
        try:
            cabinet_office(records, period=PERIOD, as_of=AS_OF, keep_refs=False)
        finally:
            _cabinet_office.FAST_PATH = True
            _core._dates_and_status = clock._dates_and_status

    base = best(timelines, args.repeat)
    before = best(case_by_case, args.repeat)
    bounded = best(
        lambda: cabinet_office(records, period=PERIOD, as_of=AS_OF, keep_refs=False),
        args.repeat,
    )
    kept = best(
        lambda: cabinet_office(records, period=PERIOD, as_of=AS_OF, keep_refs=True), args.repeat
    )
    result = cabinet_office(records, period=PERIOD, as_of=AS_OF, keep_refs=False)
    records.clear()  # the peak-memory runs below stream their input

    def peak(count: int, keep_refs: bool | None) -> int:
        """Peak traced memory of the profile over a streamed input (``keep_refs=None``:
        of consuming the generator alone, whose calendar look-ups build tables lazily)."""
        tracemalloc.start()
        if keep_refs is None:
            for _ in generate(count, args.seed):
                pass
        else:
            cabinet_office(
                generate(count, args.seed), period=PERIOD, as_of=AS_OF, keep_refs=keep_refs
            )
        _, top = tracemalloc.get_traced_memory()
        tracemalloc.stop()
        return top

    peak(n, False)  # warm every cache (calendars, maps) outside the measurement
    peak_bounded, small, peak_kept = peak(n, False), peak(n // 4, False), peak(n, True)
    peak_input = peak(n, None)
    load_after = os.getloadavg()

    print(f"records: {n:,}; total received {result.row['Total requests received']:,}")
    print(
        f"load average (1/5/15 min) {load_before[0]:.2f}/{load_before[1]:.2f}/"
        f"{load_before[2]:.2f} before, {load_after[0]:.2f}/{load_after[1]:.2f}/"
        f"{load_after[2]:.2f} after; {os.cpu_count()} CPUs"
    )
    print(f"{'':31}{'wall':>12}{'CPU':>12}  (records/s, best of {args.repeat})")
    for label, (wall, cpu) in (
        ("(a) Case.timeline baseline", base),
        ("(b0) bounded, before (steps)", before),
        ("(b) cabinet_office bounded", bounded),
        ("(c) cabinet_office + refs", kept),
    ):
        print(f"{label:<31}{n / wall:>12,.0f}{n / cpu:>12,.0f}")
    print(
        f"ratios of time per record (CPU): b0/a {before[1] / base[1]:.2f}, "
        f"b/a {bounded[1] / base[1]:.2f}, c/a {kept[1] / base[1]:.2f}; "
        f"speed-up b0/b {before[1] / bounded[1]:.2f}x"
    )
    print(
        f"peak memory, streamed input: bounded {small / 1e6:.2f} MB at {n // 4:,} records, "
        f"{peak_bounded / 1e6:.2f} MB at {n:,}; with refs {peak_kept / 1e6:.2f} MB at {n:,}; "
        f"the generator alone {peak_input / 1e6:.2f} MB (calendar tables it builds)"
    )
    target = 50_000
    wall_rate, cpu_rate = n / bounded[0], n / bounded[1]
    print(
        f"target >= {target:,} records/s for (b): "
        f"{'met' if wall_rate >= target else 'not met'} by the wall clock ({wall_rate:,.0f}), "
        f"{'met' if cpu_rate >= target else 'not met'} by CPU time ({cpu_rate:,.0f})"
    )
    return 0


if __name__ == "__main__":
    raise SystemExit(main())
