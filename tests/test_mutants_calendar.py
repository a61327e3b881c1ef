"""Tests written to kill surviving mutants of the calendar and the law data (docs/mutation.md).

Each row cites its source and shows the hand count; properties state invariants. The
"structural" tests replace the slow or checked path with one that fails, then call the fast
path with good input: a mutant that breaks a fast path so that it silently falls back to the
slow one (same answer, many times slower) fails here, without any timing.
"""

from __future__ import annotations

import datetime as dt
from typing import Any, NoReturn

import pytest
from hypothesis import given
from hypothesis import strategies as st

import foilib
from foilib import Division, Regime
from foilib._private import workdays
from foilib._private.workdays import NonWorkingReason, SkippedDay

D = dt.date
FOIA, EIR, FOISA, EISR = Regime.FOIA, Regime.EIR, Regime.FOISA, Regime.EISR
EW, SC, NI = Division.ENGLAND_AND_WALES, Division.SCOTLAND, Division.NORTHERN_IRELAND

regimes = st.sampled_from(list(Regime))
# the latest day from which 70 working days still end by 2099-12-31 (the calendar's range)
dates = st.dates(D(2000, 1, 1), D(2099, 8, 31))


def _boom(*args: object, **kwargs: object) -> NoReturn:
    raise AssertionError("the fast path fell back to the slow path")


# --- fast paths stay fast (structural, not timed) -------------------------------------------


@pytest.mark.parametrize("regime", list(Regime), ids=str)
def test_add_answers_without_the_checked_path(
    regime: Regime, monkeypatch: pytest.MonkeyPatch
) -> None:
    # FOIA s.10(1): 20 working days after Wed 25 Nov 2026 is Thu 24 Dec 2026 (docs example;
    # FOISA: 30 Nov St Andrew's Day skipped, so the same date by hand: 26-27 Nov, 1-4 Dec,
    # 7-11, 14-18, 21-24 Dec = 2 + 4 + 5 + 5 + 4 = 20, and 30 Nov replaced by 1 Dec).
    cal = foilib.working_day_calendar(regime)
    expected = cal.add(D(2026, 11, 25), 20)
    monkeypatch.setattr(workdays.WorkingDayCalendar, "_add", _boom)
    assert cal.add(D(2026, 11, 25), 20) == expected
    assert cal.add(D(2000, 1, 1), 1) == D(2000, 1, 5)  # offset 0: first day of the range
    assert cal.add(D(2099, 12, 30), 1) == D(2099, 12, 31)  # last working day of the range


def test_add_working_days_hot_path_does_not_rebuild(monkeypatch: pytest.MonkeyPatch) -> None:
    warm = {r: foilib.add_working_days(D(2026, 11, 25), 20, r) for r in Regime}
    assert warm[FOIA] == D(2026, 12, 24)
    monkeypatch.setattr(workdays, "working_days", _boom)
    for r in Regime:  # each regime's lists are kept, not only the last one used
        assert foilib.add_working_days(D(2026, 11, 25), 20, r) == warm[r]
    assert foilib.add_working_days(D(2026, 11, 25), 20, FOIA) == warm[FOIA]


def test_hot_path_follows_a_data_change() -> None:
    """A proclamation loaded at run time moves the answer of the hot path too."""
    before = foilib.add_working_days(D(2027, 6, 1), 1)  # Tue 1 Jun 2027 -> Wed 2 Jun
    assert before == D(2027, 6, 2)
    try:
        foilib.add_proclamation(D(2027, 6, 2), [EW], "test day", "test proclamation")
        assert foilib.add_working_days(D(2027, 6, 1), 1) == D(2027, 6, 3)
    finally:
        foilib.reset_holidays()
    assert foilib.add_working_days(D(2027, 6, 1), 1) == before


@pytest.mark.parametrize("size", [3, workdays._BATCH_TABLE_AFTER], ids=["small", "large"])
def test_add_many_fast_paths(size: int, monkeypatch: pytest.MonkeyPatch) -> None:
    cal = foilib.working_day_calendar(FOISA)
    days = [D(2010, 1, 1) + dt.timedelta(days=k % 30_000) for k in range(size)]
    expected = [cal.add(d, 7) for d in days]
    monkeypatch.setattr(workdays.WorkingDayCalendar, "_add_many_slow", _boom)
    assert cal.add_many(days, 7) == expected
    assert cal.add_many(tuple(days), 7) == expected
    assert cal.add_many(iter(days), 7) == expected
    assert cal.add_many(days, 0) == days
    assert cal.add_many([], 7) == []


def test_large_batches_use_one_table_per_n() -> None:
    cal = foilib.WorkingDayCalendar(FOIA)  # a fresh table: no results cached yet
    days = [D(2000, 1, 1) + dt.timedelta(days=k) for k in range(workdays._BATCH_TABLE_AFTER)]
    for n in (1, 20, 1):
        assert cal.add_many(days, n) == [cal.add(d, n) for d in days]
        assert cal._table._results is not None
        assert cal._table._results[0] == n
    # the table holds exactly the dates whose answer is in range (to 2099-12-31)
    table = cal._table.results(20)
    last = max(table)
    assert table[last] == D(2099, 12, 31)
    with pytest.raises(foilib.CalendarRangeError):  # the next day's answer is out of range
        cal.add(last + dt.timedelta(days=1), 20)
    assert len(table) == cal._table.base.index(len(cal._wdates) - 20)
    # a large batch with one date out of range still raises the precise error
    with pytest.raises(foilib.CalendarRangeError) as info:
        cal.add_many([*days, D(2099, 12, 31)], 1)
    assert info.value.argument == "n"


def test_count_many_fast_path(monkeypatch: pytest.MonkeyPatch) -> None:
    cal = foilib.working_day_calendar(FOIA)
    # FOIA: Wed 25 Nov 2026 -> Thu 24 Dec 2026 is 20 working days (docs); reversed, -20.
    a, b = D(2026, 11, 25), D(2026, 12, 24)
    monkeypatch.setattr(workdays, "_offset", _boom)
    assert cal.count_many([a, b], [b, a]) == [20, -20]
    assert cal.count_many((a,), (b,)) == [20]
    assert cal.count_many(iter([a]), iter([b])) == [20]


# --- errors name the argument, the value and what was expected ------------------------------

_RANGE = "a date from 2000-01-01 to 2099-12-31 (the range foilib's bank-holiday data covers)"
_N = "a non-negative int number of working days"
_BEFORE = "a number of working days whose result is on or before 2099-12-31"
_AFTER = "a number of working days whose result is on or after 2000-01-01"


_working_days: Any = foilib.working_day_calendar


def _cal() -> Any:  # Any: the rows pass wrong types on purpose
    return foilib.working_day_calendar(FOIA)


#: (id, call, error type, argument named, value carried, text in the expectation)
ERRORS: list[tuple[str, Any, type[Exception], str, object, str]] = [
    ("add d", lambda: _cal().add(D(1999, 12, 31), 1), foilib.CalendarRangeError, "d",
     D(1999, 12, 31), _RANGE),
    ("add n past the end", lambda: _cal().add(D(2099, 12, 31), 1), foilib.CalendarRangeError,
     "n", 1, _BEFORE),
    ("add n bool", lambda: _cal().add(D(2020, 1, 1), True), foilib.ArgumentTypeError, "n",
     True, _N + ", not bool"),
    ("add n str", lambda: _cal().add(D(2020, 1, 1), "3"), foilib.ArgumentTypeError, "n", "3",
     _N),
    ("add n negative", lambda: _cal().add(D(2020, 1, 1), -2), foilib.ArgumentError, "n", -2,
     _N),
    ("add datetime", lambda: _cal().add(dt.datetime(2020, 1, 1), 1), foilib.ArgumentTypeError,
     "d", dt.datetime(2020, 1, 1), "a datetime.date, not a datetime (use .date())"),
    ("add str", lambda: _cal().add("2020-01-01", 1), foilib.ArgumentTypeError, "d",
     "2020-01-01", "a datetime.date"),
    ("subtract d", lambda: _cal().subtract(D(2100, 1, 1), 1), foilib.CalendarRangeError, "d",
     D(2100, 1, 1), _RANGE),
    # hand count: Sat 1 - Tue 4 Jan 2000 work in no regime, so nothing is before Wed 5 Jan
    ("subtract n before the start", lambda: _cal().subtract(D(2000, 1, 5), 1),
     foilib.CalendarRangeError, "n", 1, _AFTER),
    ("subtract n negative", lambda: _cal().subtract(D(2020, 1, 1), -1), foilib.ArgumentError,
     "n", -1, _N),
    ("count start", lambda: _cal().count(D(1999, 1, 1), D(2020, 1, 1)),
     foilib.CalendarRangeError, "start", D(1999, 1, 1), _RANGE),
    ("count end", lambda: _cal().count(D(2020, 1, 1), D(2100, 1, 1)),
     foilib.CalendarRangeError, "end", D(2100, 1, 1), _RANGE),
    ("is_working_day", lambda: _cal().is_working_day(D(2100, 1, 1)), foilib.CalendarRangeError,
     "d", D(2100, 1, 1), _RANGE),
    ("non_working_reasons", lambda: _cal().non_working_reasons(D(1999, 12, 31)),
     foilib.CalendarRangeError, "d", D(1999, 12, 31), _RANGE),
    ("count_many lengths", lambda: _cal().count_many([D(2020, 1, 1)], []),
     foilib.ArgumentError, "ends", "0 dates", "as many dates as starts (1)"),
    ("count_many start", lambda: _cal().count_many([D(2020, 1, 1), 5], [D(2020, 1, 2)] * 2),
     foilib.ArgumentTypeError, "starts[1]", 5, "a datetime.date"),
    ("count_many end", lambda: _cal().count_many([D(2020, 1, 1)], [D(2100, 1, 1)]),
     foilib.CalendarRangeError, "ends[0]", D(2100, 1, 1), _RANGE),
    ("add_many date", lambda: _cal().add_many([D(2020, 1, 1), D(2100, 1, 1)], 1),
     foilib.CalendarRangeError, "dates[1]", D(2100, 1, 1), _RANGE),
    ("add_many n past the end", lambda: _cal().add_many([D(2099, 12, 31)], 1),
     foilib.CalendarRangeError, "n", 1, _BEFORE),
    ("add_many n", lambda: _cal().add_many([D(2020, 1, 1)], -1), foilib.ArgumentError, "n", -1,
     _N),
    ("regime", lambda: _working_days(5), foilib.ArgumentTypeError, "regime", 5,
     "a foilib.Regime (FOIA, EIR, FOISA or EISR)"),
]  # fmt: skip


@pytest.mark.parametrize(
    ("call", "error", "argument", "value", "expected"),
    [row[1:] for row in ERRORS],
    ids=[row[0] for row in ERRORS],
)
def test_errors_name_argument_value_and_expectation(
    call: Any, error: type[Exception], argument: str, value: object, expected: str
) -> None:
    with pytest.raises(error) as info:
        call()
    exc = info.value
    assert isinstance(exc, foilib.ArgumentError)
    assert type(exc) is error
    assert (exc.argument, exc.value) == (argument, value)
    assert type(exc.value) is type(value)
    assert exc.expected == expected


class _Index:
    """An int-like count (``operator.index`` accepts it), as numpy integers are."""

    def __init__(self, n: int) -> None:
        self.n = n

    def __index__(self) -> int:
        return self.n


def test_int_like_counts() -> None:
    cal = foilib.working_day_calendar(FOIA)
    n: Any = _Index
    # FOIA s.10(1): Wed 25 Nov 2026 + 20 working days = Thu 24 Dec 2026 (docs example)
    assert cal.add(D(2026, 11, 25), n(20)) == D(2026, 12, 24)
    assert cal.add(D(2026, 11, 25), n(0)) == D(2026, 11, 25)
    assert cal.subtract(D(2026, 12, 24), n(0)) == D(2026, 12, 24)
    assert cal.subtract(D(2026, 12, 24), n(20)) == D(2026, 11, 25)
    with pytest.raises(foilib.ArgumentError) as info:
        cal.add(D(2026, 11, 25), n(-1))
    assert (info.value.argument, info.value.expected) == ("n", _N)


def test_regime_by_value_and_date_subclass() -> None:
    class MyDate(dt.date):
        pass

    assert foilib.working_day_calendar("foisa") is foilib.working_day_calendar(FOISA)  # type: ignore[arg-type]
    cal = foilib.working_day_calendar(FOIA)
    assert cal.subtract(MyDate(2026, 12, 24), 20) == D(2026, 11, 25)
    assert cal.count(MyDate(2026, 11, 25), MyDate(2026, 12, 24)) == 20
    assert cal.add(MyDate(2026, 11, 25), 20) == D(2026, 12, 24)
    assert cal.add(D(2026, 11, 25), 0) == D(2026, 11, 25)
    assert cal.subtract(D(2026, 11, 28), 0) == D(2026, 11, 28)  # a Saturday, n = 0


# --- the range: 2000-01-01 to 2099-12-31, both ends reachable ------------------------------


@pytest.mark.parametrize("regime", list(Regime), ids=str)
def test_both_ends_of_the_range(regime: Regime) -> None:
    cal = foilib.working_day_calendar(regime)
    assert (cal.first, cal.last) == (D(2000, 1, 1), D(2099, 12, 31))
    assert repr(cal) == f"<WorkingDayCalendar {regime.name} 2000-01-01 to 2099-12-31>"
    # Hand count: Thu 31 Dec 2099 and Wed 30 Dec 2099 are working days (Christmas Day Fri 25,
    # Boxing Day Sat 26 -> Mon 28 substitute); 24 Dec 2099 is a Thursday.
    assert cal.is_working_day(D(2099, 12, 31))
    assert cal.add(D(2099, 12, 24), 3) == D(2099, 12, 31)  # skips 25-28 Dec; 29, 30, 31
    assert cal.subtract(D(2099, 12, 31), 3) == D(2099, 12, 24)
    assert cal.count(D(2099, 12, 24), D(2099, 12, 31)) == 3
    assert not cal.is_working_day(D(2000, 1, 1))  # a Saturday
    assert (
        cal.count(D(2000, 1, 1), D(2099, 12, 31)) == cal.count(D(2000, 1, 1), D(2099, 12, 30)) + 1
    )
    assert len(cal._wdates) == cal._base[-1] + 1


def test_bank_holidays_cover_2099_not_2100() -> None:
    # BFDA Sch 1 para 1: Boxing Day 2099 is a Saturday, so Monday 28 December (hand count).
    days = [h.date for h in foilib.bank_holidays(2099, EW)]
    assert D(2099, 12, 28) in days
    with pytest.raises(foilib.CalendarRangeError):
        foilib.bank_holidays(2100, EW)
    with pytest.raises(foilib.CalendarRangeError):
        foilib.bank_holidays(1999, EW)


# --- the walk used by `foilib due` without a table --------------------------------------------


@given(regimes, dates, st.integers(1, 70))
def test_walk_add_equals_the_table(regime: Regime, d: D, n: int) -> None:
    expected = foilib.working_day_calendar(regime).add(d, n)
    saved = dict(workdays._DAY_TABLES)
    workdays._DAY_TABLES.clear()  # no table: walk_add walks
    try:
        assert workdays.walk_add(regime, d, n) == expected
    finally:
        workdays._DAY_TABLES.update(saved)
    assert workdays.walk_add(regime, d, n) == expected  # the table, when built


@pytest.mark.parametrize("tables", [True, False], ids=["table", "walk"])
def test_walk_add_refuses_what_it_cannot_answer(tables: bool) -> None:
    foilib.working_day_calendar(FOIA)
    saved = dict(workdays._DAY_TABLES)
    if not tables:
        workdays._DAY_TABLES.clear()
    try:
        assert workdays.walk_add(FOIA, D(2099, 12, 31), 1) is None
        assert workdays.walk_add(FOIA, D(2099, 12, 24), 4) is None  # 29, 30, 31 Dec: 3 left
        assert workdays.walk_add(FOIA, D(2099, 12, 24), 3) == D(2099, 12, 31)
        assert workdays.walk_add(FOIA, D(2026, 11, 25), 0) is None
        assert workdays.walk_add(FOIA, D(2026, 11, 25), True) is None
        assert workdays.walk_add(FOIA, dt.datetime(2026, 11, 25), 1) is None
        assert workdays.walk_add(FOIA, D(1999, 12, 31), 1) is None
        assert workdays.walk_add(FOIA, D(2100, 1, 1), 1) is None
        # FOIA s.10(6) names Christmas Day and Good Friday: Thu 24 Dec 2026 -> Tue 29 Dec
        # (25 Christmas, 26-27 weekend, 28 Boxing Day substitute); Thu 2 Apr 2026 -> Tue 7
        # Apr (3 Good Friday, 4-5 weekend, 6 Easter Monday).
        assert workdays.walk_add(FOIA, D(2026, 12, 24), 1) == D(2026, 12, 29)
        assert workdays.walk_add(FOIA, D(2026, 4, 2), 1) == D(2026, 4, 7)
        # FOISA s.73: Easter Monday works in Scotland: Thu 2 Apr 2026 -> Mon 6 Apr
        assert workdays.walk_add(FOISA, D(2026, 4, 2), 1) == D(2026, 4, 6)
    finally:
        workdays._DAY_TABLES.update(saved)


def test_unknown_named_day_is_a_data_error(monkeypatch: pytest.MonkeyPatch) -> None:
    import attrs

    from foilib._private import law as law_module

    definition = attrs.evolve(law_module.law(FOIA).working_day, named_days=("boxing_day",))
    with pytest.raises(ValueError, match="unknown named day 'boxing_day' in the law data"):
        workdays.DayTable(definition.named_days, definition.divisions)
    monkeypatch.setattr(workdays, "_definition", lambda regime: definition)
    monkeypatch.setattr(workdays, "_DAY_TABLES", {})
    with pytest.raises(ValueError, match="unknown named day 'boxing_day' in the law data"):
        workdays.walk_add(FOIA, D(2026, 1, 1), 1)


# --- the day table and the explainer -----------------------------------------------------------


def test_day_table_rows() -> None:
    table = workdays.day_table(foilib.working_day_calendar(FOIA).definition)
    assert table.key == (("christmas_day", "good_friday"), (EW, SC, NI))
    # offset 0 is Sat 1 Jan 2000: 1-4 Jan do not work, Wed 5 Jan is working day 0
    assert list(table.working[:7]) == [0, 0, 0, 0, 1, 1, 1]
    assert table.base[:7] == [-1, -1, -1, -1, 0, 1, 2]
    assert table.working_dates[0] == D(2000, 1, 5)
    assert table.named[D(2026, 12, 25)] == ("Christmas Day",)
    assert table.named[D(2026, 4, 3)] == ("Good Friday",)
    assert [h.division for h in table.holidays[D(2026, 3, 17)]] == [NI]
    assert table.index[D(2000, 1, 5)] == 0
    assert len(table.index) == len(table.working) == (D(2099, 12, 31) - D(2000, 1, 1)).days + 1
    assert table.nbytes() > len(table.working) + 8 * len(table.base)


def test_tables_are_shared_and_replaced_with_the_data() -> None:
    foilib.working_day_calendar(FOIA)
    foilib.working_day_calendar(FOISA)
    definition = foilib.working_day_calendar(FOIA).definition
    assert workdays.day_table(definition) is workdays.day_table(definition)
    assert workdays.day_table(foilib.working_day_calendar(EIR).definition) is workdays.day_table(
        definition
    )
    try:
        foilib.add_proclamation(D(2030, 6, 3), [SC], "test day", "test proclamation")
        fresh = workdays.day_table(definition)
        versions = {key[2] for key in workdays._DAY_TABLES}
        assert versions == {foilib.data_source().version}  # old tables dropped
        assert fresh is workdays.day_table(definition)
    finally:
        foilib.reset_holidays()


def _reason(*divisions: Division) -> NonWorkingReason:
    return NonWorkingReason("Test Day", "FOIA s.10(6)", divisions)


def test_reason_and_skipped_day_text() -> None:
    assert str(_reason()) == "Test Day (FOIA s.10(6))"
    assert str(_reason(NI)) == "Test Day, bank holiday in Northern Ireland (FOIA s.10(6))"
    assert str(_reason(EW, NI)) == (
        "Test Day, bank holiday in England and Wales and Northern Ireland (FOIA s.10(6))"
    )
    assert str(_reason(EW, SC, NI)) == (
        "Test Day, bank holiday in England and Wales, Scotland and Northern Ireland (FOIA s.10(6))"
    )
    skipped = SkippedDay(D(2026, 12, 26), (_reason(), _reason(NI)))
    assert str(skipped) == (
        "Sat 2026-12-26: Test Day (FOIA s.10(6)); "
        "Test Day, bank holiday in Northern Ireland (FOIA s.10(6))"
    )


def test_reasons_rows() -> None:
    foia = foilib.working_day_calendar(FOIA)
    # Sat 26 Dec 2026: Boxing Day falls on the Saturday (its substitute is Mon 28 Dec).
    sat = foia.non_working_reasons(D(2026, 12, 26))
    assert [(r.description, r.divisions, r.holidays) for r in sat[:1]] == [("Saturday", (), ())]
    assert sat[0].provision_citation == foilib.Citation(FOIA, "10", ("6",))
    (sub,) = foia.non_working_reasons(D(2026, 12, 28))
    assert sub.description == "Boxing Day (substitute day)"
    assert sub.divisions == (EW, SC, NI)
    assert all(h.substitute for h in sub.holidays)
    # Christmas Day 2026 (Fri) is named by FOIA s.10(6) and is a bank holiday in Scotland;
    # the named day is given once, not again as the Scottish holiday of the same name.
    (xmas,) = foia.non_working_reasons(D(2026, 12, 25))
    assert xmas.description == "Christmas Day"
    assert xmas.holidays == ()
    # Good Friday 2026 (3 Apr): named by FOIA s.10(6); FOISA counts it as a Scottish bank holiday
    (gf,) = foilib.working_day_calendar(FOISA).non_working_reasons(D(2026, 4, 3))
    assert (gf.description, gf.divisions) == ("Good Friday", (SC,))
    assert foia.non_working_reasons(D(2026, 12, 28)) is foia.non_working_reasons(D(2026, 12, 28))
    # A named day after a holiday of the same name that is a substitute is still listed:
    # Mon 27 Dec 2027 (Christmas substitute, Christmas on a Saturday)
    (sub27,) = foia.non_working_reasons(D(2027, 12, 27))
    assert sub27.description == "Christmas Day (substitute day)"


def test_provision_text() -> None:
    assert workdays.provision_text(workdays._definition(FOIA)) == "FOIA s.10(6)"
    assert workdays.provision_text(workdays._definition(EIR)) == "EIR reg.2(1) (FOIA s.10(6))"
    assert workdays.provision_text(workdays._definition(FOISA)) == "FOISA s.73"
    assert workdays.provision_text(workdays._definition(EISR)).startswith("EISR reg.2(1) (")
    assert foilib.working_day_calendar(EIR).provision == "EIR reg.2(1) (FOIA s.10(6))"
    assert foilib.working_day_calendar(EIR).provision_citation == foilib.Citation(EIR, "2", ("1",))


def test_explain_at_the_edges() -> None:
    cal = foilib.working_day_calendar(FOIA)
    # Hand count: after Sat 1 Jan 2000, skipped Sun 2, Mon 3 and Tue 4 Jan (1 Jan is d).
    assert [s.date for s in cal.explain(D(2000, 1, 1), 1)] == [
        D(2000, 1, 2),
        D(2000, 1, 3),
        D(2000, 1, 4),
    ]
    assert cal.explain(D(2026, 11, 24), 1) == ()  # Tue -> Wed 25 Nov, nothing skipped
    assert cal.explain(D(2026, 11, 25), 0) == ()
    # after Thu 24 Dec 2099: 25, 26, 27, 28 Dec skipped before Tue 29 Dec (the 1st working day)
    assert [s.date.day for s in cal.explain(D(2099, 12, 24), 1)] == [25, 26, 27, 28]


# --- the holiday table's run-time paths: status, errors, loading --------------------------------


def test_data_status_rows() -> None:
    # FOIA s.10(1): received Fri 1 Dec 2028, due Thu 4 Jan 2029 (docs example), which runs past
    # the official list (2028) and crosses the forecast 1 January 2029.
    info = foilib.due_date_info(D(2028, 12, 1))
    assert (info.received, info.regime, info.working_days, info.due) == (
        D(2028, 12, 1),
        FOIA,
        20,
        D(2029, 1, 4),
    )
    status = info.status
    assert (status.start, status.end, status.regime) == (D(2028, 12, 1), D(2029, 1, 4), FOIA)
    assert status.confirmed_through == D(2028, 12, 31)
    # 1 January in E&W, Scotland and NI, and 2 January (Scotland, BFDA Sch 1 para 2)
    assert [h.date for h in status.provisional_days] == [D(2029, 1, 1)] * 3 + [D(2029, 1, 2)]
    assert status.beyond_confirmed and info.provisional and not info.disputed
    scottish = foilib.data_status(D(2028, 12, 1), D(2029, 1, 5), FOISA)
    assert scottish.regime is FOISA
    assert [h.date for h in scottish.provisional_days] == [D(2029, 1, 1), D(2029, 1, 2)]


def test_notes_of_a_hand_built_status() -> None:
    from foilib._private.bank_holidays._status import DataStatus

    (h,) = foilib.bank_holidays(2031, NI)[:1]  # New Year's Day 2031, a forecast
    status = DataStatus(D(2030, 12, 1), D(2031, 1, 10), FOIA, D(2031, 12, 31), (h, h), False, ())
    assert status.provisional and not status.disputed
    assert status.notes() == ("provisional: the count crosses forecast bank holidays (2031-01-01)",)
    resolved = DataStatus(
        D(2010, 1, 1), D(2010, 1, 8), FOISA, D(2028, 12, 31), (), False, (), (DISPUTED0,)
    )
    assert resolved.notes() == (
        "resolved: 2010-01-04 (Scotland) is counted as a bank holiday: a day loaded at run "
        "time settles foilib's disputed decision",
    )


DISPUTED0 = foilib.data_source().disputed[0]  # Mon 4 Jan 2010, Scotland


#: bank_holidays / is_bank_holiday errors: (id, call, type, argument, value, expectation)
HOLIDAY_ERRORS: list[tuple[str, Any, type[Exception], str, object, str]] = [
    ("not a date", lambda: _is_bank_holiday("2026-01-01"), foilib.ArgumentTypeError, "d",
     "2026-01-01", "a datetime.date"),
    ("datetime", lambda: _is_bank_holiday(dt.datetime(2026, 1, 1)), foilib.ArgumentTypeError,
     "d", dt.datetime(2026, 1, 1), "a datetime.date"),
    ("out of range", lambda: _is_bank_holiday(D(2100, 1, 1)), foilib.CalendarRangeError, "d",
     D(2100, 1, 1),
     "a date in a year from 2000 to 2099 (the range foilib's bank-holiday data covers)"),
    ("year", lambda: foilib.bank_holidays(2100), foilib.CalendarRangeError, "year", 2100,
     "a year from 2000 to 2099 (the range foilib's bank-holiday data covers)"),
]  # fmt: skip
_is_bank_holiday: Any = foilib.is_bank_holiday


@pytest.mark.parametrize(
    ("call", "error", "argument", "value", "expected"),
    [row[1:] for row in HOLIDAY_ERRORS],
    ids=[row[0] for row in HOLIDAY_ERRORS],
)
def test_holiday_errors(
    call: Any, error: type[Exception], argument: str, value: object, expected: str
) -> None:
    with pytest.raises(error) as info:
        call()
    exc = info.value
    assert isinstance(exc, foilib.ArgumentError)
    assert (type(exc), exc.argument, exc.value, exc.expected) == (error, argument, value, expected)


def test_loading_a_file_with_a_byte_order_mark(tmp_path: Any) -> None:
    import json

    path = tmp_path / "bank-holidays.json"
    document = {"scotland": {"events": [{"title": "Test day", "date": "2031-06-02"}]}}
    path.write_bytes(b"\xef\xbb\xbf" + json.dumps(document).encode())  # Excel-style UTF-8 BOM
    bad = tmp_path / "latin1.json"
    bad.write_bytes(b"\xff\xfe\x00")
    try:
        report = foilib.load_holidays(str(path))
        assert [h.date for h in report.added] == [D(2031, 6, 2)]
        assert str(report).startswith(f"{path}: 1 day(s) added\n  2031-06-02 scotland: added")
        with pytest.raises(foilib.HolidayDataError) as info:
            foilib.load_holidays(str(bad))
        assert info.value.problem == "not UTF-8 text, expected a JSON file"
    finally:
        foilib.reset_holidays()
