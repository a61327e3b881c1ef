"""The numpy and pandas recipes of docs/recipes.md, run for real where numpy/pandas exist
(skipped cleanly otherwise): their business-day arithmetic agrees with foilib's."""

from __future__ import annotations

import datetime as dt

import pytest

import foilib

FIRST, LAST = dt.date(2025, 1, 1), dt.date(2028, 12, 31)


def non_working_weekdays(regime: str, first: dt.date, last: dt.date) -> list[dt.date]:
    cal = foilib.working_day_calendar(regime)  # type: ignore[arg-type]
    days = (first + dt.timedelta(n) for n in range((last - first).days + 1))
    return [d for d in days if d.weekday() < 5 and not cal.is_working_day(d)]


# Receipt dates: a weekday, a Saturday, a bank holiday (St Andrew's Day), Christmas week,
# Good Friday, Easter Monday (a working day in Scotland only), 17 March.
RECEIVED = [
    dt.date(2026, 11, 25),
    dt.date(2026, 11, 28),
    dt.date(2026, 11, 30),
    dt.date(2026, 12, 24),
    dt.date(2026, 4, 3),
    dt.date(2026, 4, 6),
    dt.date(2026, 3, 17),
    dt.date(2027, 12, 25),
]


@pytest.mark.parametrize("regime", ["foia", "foisa"])
@pytest.mark.parametrize("n", [1, 20, 40])
def test_numpy_busday_offset_matches_foilib(regime: str, n: int) -> None:
    np = pytest.importorskip("numpy")
    cal = np.busdaycalendar(weekmask="1111100", holidays=non_working_weekdays(regime, FIRST, LAST))
    for received in RECEIVED:
        got = np.busday_offset(np.datetime64(received), n, roll="backward", busdaycal=cal)
        assert got.astype(dt.date) == foilib.due_date(received, regime, n), received
        end = foilib.due_date(received, regime, n)
        count = np.busday_count(
            np.datetime64(received + dt.timedelta(1)),
            np.datetime64(end + dt.timedelta(1)),
            busdaycal=cal,
        )
        assert count == foilib.working_days_between(received, end, regime) == n  # type: ignore[arg-type]


@pytest.mark.parametrize("regime", ["foia", "foisa"])
def test_pandas_custom_business_day_matches_foilib(regime: str) -> None:
    pd = pytest.importorskip("pandas")
    day = pd.offsets.CustomBusinessDay(holidays=non_working_weekdays(regime, FIRST, LAST))
    for received in RECEIVED:
        got = (pd.Timestamp(received) + 20 * day).date()
        assert got == foilib.due_date(received, regime), received


def test_pandas_column_with_missing_dates() -> None:
    pd = pytest.importorskip("pandas")
    df = pd.DataFrame({"received": pd.to_datetime(["2026-11-25", None, "2026-03-16"])})
    known = df["received"].notna()
    due = foilib.add_working_days_many(df.loc[known, "received"].dt.date.tolist(), 20)
    df["due"] = pd.NaT
    df.loc[known, "due"] = pd.to_datetime(due)
    assert df["due"].isna().tolist() == [False, True, False]
    assert df["due"][0].date() == dt.date(2026, 12, 24)
    assert df["due"][2].date() == dt.date(2026, 4, 16)
