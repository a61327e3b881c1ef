"""Statutory working days: cited deadline table, GOV.UK cross-check, properties, bad input."""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path

import pytest
from dateutil.easter import easter
from hypothesis import assume, given
from hypothesis import strategies as st

import foilib
from foilib import Regime

D = dt.date
FOIA, EIR, FOISA, EISR = Regime.FOIA, Regime.EIR, Regime.FOISA, Regime.EISR

# --- an independent naive calculator over the official GOV.UK data ------------------------
_FIXTURE = Path(__file__).parent / "data" / "govuk-bank-holidays.json"
with _FIXTURE.open(encoding="utf-8") as _f:
    _GOVUK = json.load(_f)
#: The one proclaimed day the cached GOV.UK copy lacks (see test_bank_holidays.EXPLAINED).
_WORLD_CUP = D(2026, 6, 15)
_ALL_UK = {D.fromisoformat(e["date"]) for v in _GOVUK.values() for e in v["events"]} | {_WORLD_CUP}
_SCOTLAND = {D.fromisoformat(e["date"]) for e in _GOVUK["scotland"]["events"]} | {_WORLD_CUP}


def _naive_non_working(d: D, regime: Regime) -> bool:
    """FOIA s.10(6) / FOISA s.73 read literally, over the GOV.UK days (2012-2028 only)."""
    if d.weekday() >= 5 or (d.month, d.day) == (12, 25):
        return True
    if regime.is_scottish:
        return d in _SCOTLAND
    return d == easter(d.year) - dt.timedelta(days=2) or d in _ALL_UK


def _naive_add(d: D, n: int, regime: Regime) -> D:
    while n:
        d += dt.timedelta(days=1)
        if not _naive_non_working(d, regime):
            n -= 1
    return d


# --- cited deadline table ------------------------------------------------------------------
#: (id, regime, received, working days, deadline, source). Each re-checked by _naive_add.
DEADLINES = [
    (
        "T1",
        FOIA,
        D(2026, 2, 7),
        20,
        D(2026, 3, 6),
        "DOMAIN §7 T1; ICO LTT47: Saturday receipt is day 0",
    ),
    (
        "T2",
        FOIA,
        D(2026, 3, 16),
        20,
        D(2026, 4, 16),
        "DOMAIN §7 T2: 17 Mar (NI), Good Friday, Easter Monday",
    ),
    ("T3", FOIA, D(2025, 12, 24), 20, D(2026, 1, 27), "DOMAIN §7 T3: 25, 26 Dec, 1, 2 Jan (Scot)"),
    (
        "T4",
        FOISA,
        D(2025, 12, 24),
        20,
        D(2026, 1, 27),
        "DOMAIN §7 T4: same four days, all Scottish",
    ),
    ("T5", FOIA, D(2026, 12, 10), 20, D(2027, 1, 13), "DOMAIN §7 T5: 28 Dec and 4 Jan substitutes"),
    (
        "T6",
        FOISA,
        D(2026, 4, 2),
        20,
        D(2026, 5, 1),
        "DOMAIN §7 T6: Easter Monday works in Scotland",
    ),
    ("T7", FOIA, D(2026, 4, 2), 20, D(2026, 5, 5), "DOMAIN §7 T7: Good Fri, Easter Mon, 4 May"),
    ("T8", FOIA, D(2022, 9, 12), 20, D(2022, 10, 11), "DOMAIN §7 T8: state funeral 19 Sep 2022"),
    ("T9", FOIA, D(2026, 7, 3), 20, D(2026, 8, 4), "DOMAIN §7 T9: 13 Jul (NI), 3 Aug (Scot)"),
    ("T10", FOIA, D(2026, 11, 16), 20, D(2026, 12, 15), "DOMAIN §7 T10: St Andrew's Day"),
    ("T11", EIR, D(2026, 11, 16), 40, D(2027, 1, 18), "DOMAIN §7 T11: EIR reg 7(1) 40 WD"),
    ("T12", FOISA, D(2026, 7, 24), 20, D(2026, 8, 24), "DOMAIN §7 T12: 3 Aug (Scot)"),
    ("T12-FOIA", FOIA, D(2026, 7, 24), 20, D(2026, 8, 24), "DOMAIN §7 T12: FOIA gives the same"),
    ("issue-5", FOIA, D(2026, 11, 25), 20, D(2026, 12, 24), "issue 5: 30 Nov 2026 St Andrew's Day"),
    ("issue-5-EIR", EIR, D(2026, 11, 25), 20, D(2026, 12, 24), "EIR reg 2(1) borrows FOIA s.10(6)"),
    (
        "issue-5-FOISA",
        FOISA,
        D(2026, 11, 25),
        20,
        D(2026, 12, 24),
        "FOISA s.73: a Scottish day too",
    ),
    (
        "funeral-FOISA",
        FOISA,
        D(2022, 9, 12),
        20,
        D(2022, 10, 11),
        "FOISA s.73; GOV.UK Scotland lists 19 Sep 2022",
    ),
    (
        "coronation",
        FOIA,
        D(2023, 4, 28),
        20,
        D(2023, 5, 31),
        "GOV.UK: 1 May, 8 May coronation, 29 May",
    ),
    (
        "coronation-EISR",
        EISR,
        D(2023, 4, 28),
        20,
        D(2023, 5, 31),
        "GOV.UK Scotland lists 8 May 2023 too",
    ),
    (
        "world-cup-FOISA",
        FOISA,
        D(2026, 6, 1),
        20,
        D(2026, 6, 30),
        "Scottish proclamation, 15 Jun 2026",
    ),
    (
        "world-cup-FOIA",
        FOIA,
        D(2026, 6, 1),
        20,
        D(2026, 6, 30),
        "FOIA counts Scottish bank holidays too",
    ),
    (
        "st-patrick-FOISA",
        FOISA,
        D(2026, 3, 16),
        20,
        D(2026, 4, 14),
        "FOISA s.73: 17 Mar and Easter Monday work",
    ),
]


@pytest.mark.parametrize(
    ("regime", "received", "n", "due", "source"),
    [row[1:] for row in DEADLINES],
    ids=[row[0] for row in DEADLINES],
)
def test_deadline_table(regime: Regime, received: D, n: int, due: D, source: str) -> None:
    assert source
    assert _naive_add(received, n, regime) == due  # re-checked independently over GOV.UK data
    assert foilib.add_working_days(received, n, regime) == due
    assert foilib.working_day_calendar(regime).add(received, n) == due
    assert foilib.working_days_between(received, due, regime) == n


def test_issue_example_explained() -> None:
    """Issue 5: 25 Nov 2026 + 20 FOIA working days is Thu 24 Dec, not Wed 23 Dec."""
    skipped = foilib.working_day_calendar(FOIA).explain(D(2026, 11, 25), 20)
    holidays = [s for s in skipped if s.date.weekday() < 5]
    assert [s.date for s in holidays] == [D(2026, 11, 30)]
    (reason,) = holidays[0].reasons
    assert reason.description == "St Andrew's Day"
    assert reason.divisions == (foilib.Division.SCOTLAND,)
    assert reason.provision == "FOIA s.10(6)"
    assert "St Andrew's Day Bank Holiday (Scotland) Act 2007" in reason.citation_text


def test_state_funeral_is_non_working_in_every_regime() -> None:
    """DOMAIN §2.4 caveat: the day is treated as non-working (proclaimed under BFDA s.1(3))."""
    for regime in Regime:
        assert not foilib.working_day_calendar(regime).is_working_day(D(2022, 9, 19))


# --- whole-range cross-check against the GOV.UK data ---------------------------------------
@pytest.mark.parametrize("regime", list(Regime), ids=str)
def test_every_day_2012_to_2028_matches_govuk(regime: Regime) -> None:
    cal = foilib.working_day_calendar(regime)
    d = D(2012, 1, 1)
    while d <= D(2028, 12, 31):
        assert cal.is_working_day(d) is not _naive_non_working(d, regime), d
        d += dt.timedelta(days=1)
    d = D(2012, 1, 1)
    while d <= D(2028, 11, 1):
        assert cal.add(d, 20) == _naive_add(d, 20, regime), d
        d += dt.timedelta(days=3)


def test_foia_counts_days_of_every_part_of_the_uk() -> None:
    foia, foisa = foilib.working_day_calendar(FOIA), foilib.working_day_calendar(FOISA)
    for day in (D(2026, 3, 17), D(2026, 7, 13), D(2026, 4, 6), D(2026, 8, 31)):
        assert not foia.is_working_day(day)
        assert foisa.is_working_day(day)  # NI or E&W/NI only
    for day in (D(2026, 1, 2), D(2026, 8, 3), D(2026, 11, 30), D(2026, 6, 15)):
        assert not foia.is_working_day(day)
        assert not foisa.is_working_day(day)


def test_reasons() -> None:
    foia, foisa = foilib.working_day_calendar(FOIA), foilib.working_day_calendar(FOISA)
    assert foia.non_working_reasons(D(2026, 11, 24)) == ()
    (sp,) = foia.non_working_reasons(D(2026, 3, 17))
    assert (sp.description, sp.divisions) == (
        "St Patrick's Day",
        (foilib.Division.NORTHERN_IRELAND,),
    )
    assert str(sp) == "St Patrick's Day, bank holiday in Northern Ireland (FOIA s.10(6))"
    (xmas,) = foia.non_working_reasons(D(2026, 12, 25))
    assert (xmas.description, xmas.holidays) == ("Christmas Day", ())
    (gf,) = foia.non_working_reasons(D(2026, 4, 3))
    assert (gf.description, gf.provision) == ("Good Friday", "FOIA s.10(6)")
    (gf_s,) = foisa.non_working_reasons(D(2026, 4, 3))  # a Scottish bank holiday (Sch 1 para 2)
    assert gf_s.divisions == (foilib.Division.SCOTLAND,)
    assert gf_s.provision == "FOISA s.73"
    sat = foia.non_working_reasons(D(2027, 12, 25))  # Christmas on a Saturday
    assert [r.description for r in sat] == ["Saturday", "Christmas Day"]
    assert (
        foilib.working_day_calendar(EISR)
        .non_working_reasons(D(2026, 1, 2))[0]
        .provision.startswith("EISR reg.2(1)")
    )
    future = foia.non_working_reasons(D(2031, 8, 4))  # Scottish summer holiday, provisional
    assert future[0].provisional
    assert not sp.provisional


def test_skipped_day_str() -> None:
    (s,) = [
        s
        for s in foilib.working_day_calendar(FOIA).explain(D(2026, 11, 25), 20)
        if s.date.day == 30
    ]
    assert str(s) == ("Mon 2026-11-30: St Andrew's Day, bank holiday in Scotland (FOIA s.10(6))")


def test_add_zero_and_count_sign() -> None:
    cal = foilib.working_day_calendar(FOIA)
    assert cal.add(D(2026, 11, 28), 0) == D(2026, 11, 28)
    assert cal.subtract(D(2026, 11, 28), 0) == D(2026, 11, 28)
    assert cal.count(D(2026, 12, 24), D(2026, 11, 25)) == -20
    assert cal.count(D(2026, 11, 25), D(2026, 11, 25)) == 0
    assert cal.subtract(D(2026, 12, 24), 20) == D(2026, 11, 25)
    assert cal.explain(D(2026, 11, 25), 0) == ()


def test_calendars_are_shared_and_eir_matches_foia() -> None:
    assert foilib.working_day_calendar(FOIA) is foilib.working_day_calendar(FOIA)
    foia, eir = foilib.working_day_calendar(FOIA), foilib.working_day_calendar(EIR)
    foisa, eisr = foilib.working_day_calendar(FOISA), foilib.working_day_calendar(EISR)
    d = D(2000, 1, 1)
    while d <= D(2099, 12, 31):
        assert foia.is_working_day(d) == eir.is_working_day(d)
        assert foisa.is_working_day(d) == eisr.is_working_day(d)
        d += dt.timedelta(days=1)
    assert repr(foia) == "<WorkingDayCalendar FOIA 2000-01-01 to 2099-12-31>"
    assert (foia.first, foia.last) == (D(2000, 1, 1), D(2099, 12, 31))


def test_batch_matches_scalar() -> None:
    dates = [D(2005, 1, 1) + dt.timedelta(days=7 * i + i % 5) for i in range(1300)]
    for regime in Regime:
        for n in (0, 1, 20, 40, 60):
            expected = [foilib.add_working_days(d, n, regime) for d in dates]
            assert foilib.add_working_days_many(dates, n, regime=regime) == expected
            assert foilib.add_working_days_many(iter(dates), n, regime=regime) == expected
    assert foilib.add_working_days_many([], 20) == []


# --- properties (issue §3), every regime, 2000-2099 ----------------------------------------
dates = st.dates(D(2000, 1, 1), D(2099, 9, 30))
counts = st.integers(1, 60)
regimes = st.sampled_from(list(Regime))


@given(regimes, dates, counts)
def test_count_inverts_add(regime: Regime, d: D, n: int) -> None:
    cal = foilib.working_day_calendar(regime)
    end = cal.add(d, n)
    assert cal.count(d, end) == n
    assert cal.is_working_day(end)
    assert end > d


@given(regimes, dates, dates, counts)
def test_add_monotonic_in_d(regime: Regime, a: D, b: D, n: int) -> None:
    cal = foilib.working_day_calendar(regime)
    a, b = min(a, b), max(a, b)
    assert cal.add(a, n) <= cal.add(b, n)


@given(regimes, dates, counts, counts)
def test_add_strictly_increasing_in_n(regime: Regime, d: D, m: int, n: int) -> None:
    assume(m != n)
    cal = foilib.working_day_calendar(regime)
    m, n = min(m, n), max(m, n)
    assert cal.add(d, m) < cal.add(d, n)


@given(regimes, dates, counts)
def test_subtract_inverts_add_on_working_days(regime: Regime, d: D, n: int) -> None:
    cal = foilib.working_day_calendar(regime)
    w = cal.add(d, 1)  # a working day
    assert cal.subtract(cal.add(w, n), n) == w
    if d >= D(2000, 6, 1):  # far enough from the start of the range to go back 61 days
        s = cal.subtract(cal.add(d, n), n)
        assert s <= d  # from a non-working day: back to the last working day before it
        assert cal.is_working_day(s)
        assert cal.is_working_day(cal.subtract(d, n))


@given(dates)
def test_foia_working_day_is_foisa_working_day(d: D) -> None:
    if foilib.working_day_calendar(FOIA).is_working_day(d):
        assert foilib.working_day_calendar(FOISA).is_working_day(d)
    if foilib.working_day_calendar(EIR).is_working_day(d):
        assert foilib.working_day_calendar(EISR).is_working_day(d)


@given(regimes, dates, counts)
def test_explain_lists_exactly_the_skipped_days(regime: Regime, d: D, n: int) -> None:
    cal = foilib.working_day_calendar(regime)
    end = cal.add(d, n)
    skipped = cal.explain(d, n)
    between = [d + dt.timedelta(days=k) for k in range(1, (end - d).days)]
    assert [s.date for s in skipped] == [x for x in between if not cal.is_working_day(x)]
    assert all(s.reasons for s in skipped)
    assert all(not cal.non_working_reasons(x) for x in between if cal.is_working_day(x))
    assert len(between) - len(skipped) == n - 1


@given(regimes, st.lists(dates, max_size=30), st.integers(0, 60))
def test_batch_property(regime: Regime, ds: list[D], n: int) -> None:
    assert foilib.add_working_days_many(ds, n, regime=regime) == [
        foilib.add_working_days(d, n, regime) for d in ds
    ]


# --- bad input (issue §5) ------------------------------------------------------------------
def test_datetime_rejected() -> None:
    when = dt.datetime(2026, 11, 25, 9, 30)
    with pytest.raises(foilib.ArgumentTypeError) as info:
        foilib.add_working_days(when, 20)
    assert (info.value.argument, info.value.value) == ("d", when)
    assert "datetime.date" in str(info.value)
    assert isinstance(info.value, TypeError)
    with pytest.raises(foilib.ArgumentTypeError):
        foilib.working_day_calendar(FOIA).is_working_day(when)
    with pytest.raises(foilib.ArgumentTypeError) as info:
        foilib.working_days_between(D(2026, 1, 1), when)
    assert info.value.argument == "end"
    with pytest.raises(foilib.ArgumentTypeError):
        foilib.add_working_days("2026-11-25", 20)  # type: ignore[arg-type]


@pytest.mark.parametrize("n", [True, False, 20.0, "20", None, 1.5])
def test_non_integer_n_rejected(n: object) -> None:
    with pytest.raises(foilib.ArgumentTypeError) as info:
        foilib.add_working_days(D(2026, 11, 25), n)  # type: ignore[arg-type]
    assert (info.value.argument, info.value.value) == ("n", n)
    assert "non-negative int" in str(info.value)


@pytest.mark.parametrize("n", [-1, -20])
def test_negative_n_rejected(n: int) -> None:
    for call in (
        lambda: foilib.add_working_days(D(2026, 11, 25), n),
        lambda: foilib.working_day_calendar(FOIA).subtract(D(2026, 11, 25), n),
        lambda: foilib.add_working_days_many([D(2026, 11, 25)], n),
    ):
        with pytest.raises(foilib.ArgumentError) as info:
            call()
        assert not isinstance(info.value, TypeError)
        assert (info.value.argument, info.value.value) == ("n", n)


@pytest.mark.parametrize("d", [D(1999, 12, 31), D(2100, 1, 1), D(1, 1, 1)])
def test_date_out_of_range(d: D) -> None:
    with pytest.raises(foilib.CalendarRangeError) as info:
        foilib.add_working_days(d, 20)
    assert (info.value.argument, info.value.value) == ("d", d)
    assert "2000-01-01 to 2099-12-31" in str(info.value)
    with pytest.raises(foilib.CalendarRangeError):
        foilib.working_day_calendar(FOISA).is_working_day(d)


def test_result_out_of_range() -> None:
    with pytest.raises(foilib.CalendarRangeError) as info:
        foilib.add_working_days(D(2099, 12, 20), 20)
    assert info.value.argument == "n"
    with pytest.raises(foilib.CalendarRangeError):
        foilib.working_day_calendar(FOIA).subtract(D(2000, 1, 10), 20)
    with pytest.raises(foilib.CalendarRangeError):
        foilib.add_working_days_many([D(2026, 1, 1), D(2099, 12, 20)], 20)


def test_batch_names_the_bad_index() -> None:
    when = dt.datetime(2026, 1, 5)
    with pytest.raises(foilib.ArgumentTypeError) as info:
        foilib.add_working_days_many([D(2026, 1, 1), when], 20)
    assert (info.value.argument, info.value.value) == ("dates[1]", when)
    with pytest.raises(foilib.CalendarRangeError) as info2:
        foilib.add_working_days_many([D(2026, 1, 1), D(1999, 1, 1)], 20)
    assert info2.value.argument == "dates[1]"
    with pytest.raises(foilib.ArgumentTypeError):
        foilib.add_working_days_many([[]], 20)  # type: ignore[list-item]


def test_bad_regime() -> None:
    with pytest.raises(foilib.ArgumentTypeError) as info:
        foilib.working_day_calendar(1)  # type: ignore[arg-type]
    assert info.value.argument == "regime"
    with pytest.raises(foilib.ArgumentTypeError):
        foilib.add_working_days(D(2026, 1, 1), 20, regime=1)  # type: ignore[arg-type]
    with pytest.raises(foilib.ArgumentError):  # only a regime's exact value string is read
        foilib.add_working_days(D(2026, 1, 1), 20, regime="FOIA")  # type: ignore[arg-type]


def test_scalar_table_path_agrees_with_array_path() -> None:
    """After enough scalar calls with one n, add() switches to a look-up table: same answers."""
    cal = foilib.WorkingDayCalendar(FOISA)  # a private calendar: no shared tables
    days = [D(2013, 1, 1) + dt.timedelta(days=k) for k in range(400)]
    first = [cal.add(d, 7) for d in days]  # table built after 256 calls
    again = [cal.add(d, 7) for d in days]
    assert first == again == [_naive_add(d, 7, FOISA) for d in days]
    with pytest.raises(foilib.CalendarRangeError):
        cal.add(D(2100, 1, 1), 7)
    with pytest.raises(foilib.ArgumentTypeError):
        cal.add(D(2010, 1, 1), True)


# --- performance work (issue 14) and law as data (issue 10) ----------------------------------
def test_add_at_the_upper_edge_is_a_range_error_not_index_error() -> None:
    with pytest.raises(foilib.CalendarRangeError) as info:
        foilib.add_working_days(D(2099, 12, 31), 1)
    assert info.value.argument == "n"
    with pytest.raises(foilib.CalendarRangeError):
        foilib.working_day_calendar(FOISA).add(D(2099, 12, 31), 1)
    # the last working day of the range is reachable: Thu 31 Dec 2099 (hand count: Wed 30
    # Dec is a working day, 31 Dec is a Thursday and no holiday)
    assert foilib.add_working_days(D(2099, 12, 30), 1) == D(2099, 12, 31)


@pytest.mark.parametrize("regime", list(Regime), ids=str)
def test_subtract_at_the_lower_edge(regime: Regime) -> None:
    """Near 2000-01-01 subtract is before its argument, the naive count, or a range error."""
    cal = foilib.working_day_calendar(regime)
    # Hand count: Sat 1, Sun 2, Mon 3 Jan 2000 (New Year's Day substitute) and Tue 4 Jan
    # (2 January substitute, Scotland) work in no regime; Wed 5 Jan is the first working day.
    assert cal.add(D(2000, 1, 1), 1) == D(2000, 1, 5)
    with pytest.raises(foilib.CalendarRangeError):
        cal.subtract(D(2000, 1, 5), 1)
    assert cal.subtract(D(2000, 1, 7), 2) == D(2000, 1, 5)
    for offset in range(40):
        d = D(2000, 1, 1) + dt.timedelta(days=offset)
        for n in range(1, 8):
            try:
                got = cal.subtract(d, n)
            except foilib.CalendarRangeError:
                assert cal.count(D(2000, 1, 1), d) - cal.is_working_day(d) < n
                continue
            assert got < d
            assert cal.is_working_day(got)
            assert cal.count(got, d) - cal.is_working_day(d) == n - 1


def test_named_days_come_from_the_law_data() -> None:
    from foilib._private.law import law

    for regime in Regime:
        definition = law(regime).working_day
        cal = foilib.working_day_calendar(regime)
        assert cal.definition is definition
        assert cal.provision_citation == definition.citation
        good_friday = D(2026, 4, 3)
        (gf,) = cal.non_working_reasons(good_friday)
        # FOIA s.10(6) names Good Friday; FOISA s.73 does not (a Scottish bank holiday)
        assert gf.description == "Good Friday"
        assert (gf.holidays == ()) is ("good_friday" in definition.named_days)
        (xmas,) = cal.non_working_reasons(D(2026, 12, 25))
        assert xmas.provision_citation == definition.citation
        assert xmas.holidays == ()


def test_a_definition_without_good_friday_works_it(monkeypatch: pytest.MonkeyPatch) -> None:
    """The engine reads named_days: drop Good Friday and (with no holidays) it is a working day."""
    from foilib._private import workdays

    table = workdays.DayTable(("christmas_day",), ())
    assert table.working[D(2026, 4, 3).toordinal() - D(2000, 1, 1).toordinal()] == 1
    assert table.working[D(2026, 12, 25).toordinal() - D(2000, 1, 1).toordinal()] == 0
    with pytest.raises(ValueError, match="unknown named day"):
        workdays.DayTable(("boxing_day",), ())


def test_reason_citation_text_and_structure() -> None:
    (reason,) = foilib.working_day_calendar(FOIA).non_working_reasons(D(2026, 11, 30))
    assert reason.provision_citation == foilib.Citation(FOIA, "10", ("6",))
    assert reason.sources == ("St Andrew's Day Bank Holiday (Scotland) Act 2007 s.1",) or all(
        "St Andrew" in s for s in reason.sources
    )
    assert reason.citation_text == "; ".join((reason.provision, *reason.sources))
    eir = foilib.working_day_calendar(EIR).non_working_reasons(D(2026, 11, 28))[0]
    assert eir.provision == "EIR reg.2(1) (FOIA s.10(6))"
    assert eir.provision_citation == foilib.Citation(EIR, "2", ("1",))


def test_tables_are_built_once_by_eight_threads() -> None:
    import threading

    from foilib._private import workdays

    workdays._reset()
    try:
        before = workdays._BUILDS[0]
        barrier = threading.Barrier(8)
        results: list[D] = []

        def run() -> None:
            barrier.wait()
            results.append(foilib.add_working_days(D(2026, 11, 25), 20))

        threads = [threading.Thread(target=run) for _ in range(8)]
        for t in threads:
            t.start()
        for t in threads:
            t.join()
        assert results == [D(2026, 12, 24)] * 8
        assert workdays._BUILDS[0] - before == 1  # FOIA's table, once
        foilib.working_day_calendar(EIR)  # the same definition: shares FOIA's table
        assert workdays._BUILDS[0] - before == 1
    finally:
        workdays._reset()


def test_tables_follow_the_holiday_data_version(monkeypatch: pytest.MonkeyPatch) -> None:
    from foilib._private import workdays

    cal = foilib.working_day_calendar(FOISA)
    monkeypatch.setattr(workdays, "_data_version", lambda: 12345)
    fresh = foilib.working_day_calendar(FOISA)
    assert fresh is not cal
    assert foilib.add_working_days(D(2026, 11, 25), 20, FOISA) == D(2026, 12, 24)
    assert all(k[2] == 12345 for k in workdays._DAY_TABLES)


@given(regimes, st.lists(dates, max_size=30), st.integers(1, 60), st.integers(0, 60))
def test_any_n_in_any_order_agrees(regime: Regime, ds: list[D], m: int, n: int) -> None:
    cal = foilib.working_day_calendar(regime)
    for d in ds:
        assert cal.add(d, m) == _naive_add_any(cal, d, m)
        assert foilib.add_working_days(d, n, regime) == _naive_add_any(cal, d, n)


def _naive_add_any(cal: foilib.WorkingDayCalendar, d: D, n: int) -> D:
    while n:
        d += dt.timedelta(days=1)
        if cal.is_working_day(d):
            n -= 1
    return d


def test_many_missing_in_missing_out() -> None:
    got = foilib.add_working_days_many([D(2026, 11, 25), None, D(2026, 3, 16)], 20)
    assert got == [D(2026, 12, 24), None, D(2026, 4, 16)]
    assert foilib.add_working_days_many([None], 0) == [None]
    with pytest.raises(foilib.ArgumentTypeError) as info:
        foilib.add_working_days_many([None, "2026-01-01"], 20)  # type: ignore[list-item]
    assert info.value.argument == "dates[1]"


def test_between_many() -> None:
    a = [D(2026, 11, 25), D(2026, 12, 24), None, D(2026, 1, 1)]
    b = [D(2026, 12, 24), D(2026, 11, 25), D(2026, 1, 1), None]
    assert foilib.working_days_between_many(a, b) == [20, -20, None, None]
    assert foilib.working_days_between_many(iter(a[:2]), iter(b[:2]), FOISA) == [20, -20]
    assert foilib.working_days_between_many([], []) == []
    with pytest.raises(foilib.ArgumentError):
        foilib.working_days_between_many(a, b[:2])
    with pytest.raises(foilib.CalendarRangeError) as info:
        foilib.working_days_between_many([D(2026, 1, 1)], [D(2100, 1, 1)])
    assert info.value.argument == "ends[0]"
    with pytest.raises(foilib.ArgumentTypeError) as info2:
        foilib.working_days_between_many([dt.datetime(2026, 1, 1)], [D(2026, 1, 2)])
    assert info2.value.argument == "starts[0]"


@given(regimes, st.lists(st.tuples(dates, dates), max_size=20))
def test_between_many_property(regime: Regime, pairs: list[tuple[D, D]]) -> None:
    a, b = [x for x, _ in pairs], [y for _, y in pairs]
    assert foilib.working_days_between_many(a, b, regime) == [
        foilib.working_days_between(x, y, regime) for x, y in pairs
    ]


def test_table_memory_is_small() -> None:
    from foilib._private import workdays

    for regime in Regime:
        foilib.working_day_calendar(regime)._table.index  # noqa: B018 - build the batch index too
    total = sum(t.nbytes() for t in workdays._DAY_TABLES.values())
    assert 0 < total < 20_000_000


# --- bulk: single-receipt cases at once ------------------------------------------------------
_TODAY = D(2031, 6, 30)
received_dates = st.dates(D(2001, 1, 1), D(2030, 12, 31))


@given(
    regimes,
    st.lists(
        st.tuples(received_dates, st.one_of(st.none(), st.integers(0, 90))),
        min_size=1,
        max_size=8,
    ),
    st.integers(0, 400),
)
def test_bulk_equals_case_timeline(
    regime: Regime, rows: list[tuple[D, int | None]], back: int
) -> None:
    from foilib._private.clock import Case, Event, EventKind
    from foilib._private.model import Request

    today = max(d for d, _ in rows) + dt.timedelta(days=back)
    received = [d for d, _ in rows]
    responded = [None if k is None else min(d + dt.timedelta(days=k), today) for d, k in rows]
    got = foilib.due_dates(received, responded, regime=regime, today=today)
    assert len(got) == len(rows)
    for i, (d, r) in enumerate(zip(received, responded, strict=True)):
        events = [Event(EventKind.RECEIVED, d)]
        if r is not None:
            events.append(Event(EventKind.RESPONSE_SENT, r))
        timeline = Case(Request(), regime, tuple(events)).timeline(today)
        due = timeline.get(foilib.DeadlineKind.RESPONSE_DUE)
        assert due is not None
        assert got.due[i] == due.date
        assert got.status[i] is timeline.status
        assert got.working_days_late[i] == timeline.working_days_late
    if all(r is None for r in responded):
        again = foilib.due_dates(received, regime=regime, today=today)
        assert (again.due, again.status, again.working_days_late) == (
            got.due,
            got.status,
            got.working_days_late,
        )


def test_bulk_bad_rows_are_named() -> None:
    today = D(2026, 12, 31)
    with pytest.raises(foilib.ArgumentTypeError) as info:
        foilib.due_dates([D(2026, 1, 5), None], today=today)  # type: ignore[list-item]
    assert info.value.argument == "received[1]"
    with pytest.raises(foilib.CalendarRangeError) as info2:
        foilib.due_dates([D(1999, 1, 5)], today=today)
    assert info2.value.argument == "received[0]"
    with pytest.raises(foilib.ArgumentError) as info3:
        foilib.due_dates([D(2026, 1, 5)], [D(2026, 1, 4)], today=today)
    assert info3.value.argument == "responded[0]"
    with pytest.raises(foilib.ArgumentError):
        foilib.due_dates([D(2026, 1, 5)], [None, None], today=today)
    with pytest.raises(foilib.ArgumentError) as info4:
        foilib.due_dates([D(2027, 1, 5)], today=today)
    assert info4.value.argument == "received[0]"
    assert repr(foilib.due_dates([], today=today)) == "<DueDates FOIA 0 cases on 2026-12-31>"
