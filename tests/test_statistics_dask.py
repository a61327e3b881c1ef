"""The documented recipe for a partitioned corpus, run with Dask's local scheduler (the
``dask`` extra): per-partition tallies folded together equal the single pass."""

from __future__ import annotations

import functools

from statistics_cases import D, ac1

from foilib.statistics import (
    CabinetOfficeReturn,
    Period,
    Tally,
    cabinet_office,
    cabinet_office_tally,
)

Q1 = Period.calendar_quarter(2025, 1)
AS_OF = D(2025, 5, 16)


def test_dask_bag_reduction_equals_single_pass() -> None:
    import dask.bag as db

    bag = db.from_sequence(ac1(), npartitions=5)
    tally = bag.reduction(
        lambda part: cabinet_office_tally(list(part), period=Q1, as_of=AS_OF),
        lambda tallies: functools.reduce(Tally.merge, tallies),
    ).compute(scheduler="threads")
    merged = CabinetOfficeReturn.from_tally(tally, period=Q1, as_of=AS_OF)
    single = cabinet_office(ac1(), period=Q1, as_of=AS_OF)
    assert merged.to_json() == single.to_json()
    assert merged.explain("Late response (i.e. 20-day deadline missed)").refs == ("C11", "C3", "C5")
