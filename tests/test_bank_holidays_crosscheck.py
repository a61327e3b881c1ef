"""Bank holidays outside the GOV.UK years: cross-checked against independent sources as data.

The GOV.UK fixture (tests/test_bank_holidays.py) covers 2012-2028 only. Here foilib's dates for
2000-2011 are compared, in every division, with two sources committed as data in
tests/data/holidays-crosscheck-2000-2011.json (see its .SOURCE.md):

* ``python-holidays``: the ``holidays`` package (0.109), ``holidays.UK`` subdivisions ENG, SCT
  and NIR, weekdays only, 2000-2011: an independent implementation with its own table of
  special days. Captured once; the package is not a dependency of foilib or of its tests.
* ``govuk-2011``: GOV.UK's own 2011 list, from the first version of the GOV.UK calendars app
  (alphagov/calendars, removed from it in January 2012): the official list for that year.

Every difference is a row in ``EXPLAINED`` with its reason and source. Years 2029-2099 are
spot-checked against ``holidays`` output captured below as literal data (``FUTURE``). Only
dates are compared: the sources name days differently (e.g. which of 26/27 December is the
"Christmas Day" substitute in 2011).
"""

from __future__ import annotations

import datetime as dt
import json
from pathlib import Path
from typing import Any

import attrs
import pytest

import foilib
from foilib import Division
from foilib._private.bank_holidays import DISPUTED, Disputed

D = dt.date
EW = Division.ENGLAND_AND_WALES
SC = Division.SCOTLAND
NI = Division.NORTHERN_IRELAND

FIXTURE = Path(__file__).parent / "data" / "holidays-crosscheck-2000-2011.json"
YEARS = range(2000, 2012)


def _load() -> dict[str, Any]:
    with FIXTURE.open(encoding="utf-8") as f:
        data: dict[str, Any] = json.load(f)
    return data


DATA = _load()


def _pyholidays(division: Division, year: int) -> set[D]:
    rows = DATA["python-holidays"]["divisions"][division.value][str(year)]
    return {D.fromisoformat(r[0]) for r in rows}


def _govuk_2011(division: Division) -> set[D]:
    return {D.fromisoformat(r[0]) for r in DATA["govuk-2011"]["divisions"][division.value]}


def _ours(division: Division, year: int) -> set[D]:
    """foilib's weekday holidays (the sources list weekdays only)."""
    return {h.date for h in foilib.bank_holidays(year, division) if h.date.weekday() < 5}


@attrs.frozen
class Discrepancy:
    """A date one source lists and the other does not, with why foilib is right."""

    source_name: str  # "python-holidays" or "govuk-2011"
    division: Division
    date: D
    in_foilib: bool
    reason: str
    source: str


ST_ANDREW_ACT = "https://www.legislation.gov.uk/asp/2007/2/contents"

#: Every difference between foilib and a cross-check source, explained.
EXPLAINED: tuple[Discrepancy, ...] = (
    Discrepancy(
        "python-holidays",
        SC,
        D(2006, 11, 30),
        False,
        "St Andrew's Day became a Scottish bank holiday only by the St Andrew's Day Bank "
        "Holiday (Scotland) Act 2007 (asp 2), passed 29 November 2006 but given Royal Assent "
        "on 15 January 2007; nothing made Thursday 30 November 2006 a bank holiday. "
        "`holidays` starts the day in 2006 (`if self._year >= 2006`); foilib in 2007",
        f"{ST_ANDREW_ACT} (Royal Assent 15 January 2007); GOV.UK 2011 list and later lists "
        "show it as a bank holiday only from 2007",
    ),
)

#: Days where `holidays` and GOV.UK's 2011 list show a bank holiday that foilib, on the best
#: evidence, decided was never made (foilib.bank_holidays DISPUTED: the Scottish Government
#: confirmed to mySociety in January 2014, via the Privy Council, the Crown Office and the
#: Edinburgh Gazette, that no proclamation appointed them).
EXPLAINED = (
    *EXPLAINED,
    *(
        Discrepancy(
            source,
            d.division,
            d.date,
            False,
            d.reason,
            "; ".join(d.evidence),
        )
        for d in DISPUTED
        for source in ("python-holidays", "govuk-2011")
        if source == "python-holidays" or d.date.year == 2011
    ),
)


def _explained(source_name: str, division: Division, year: int) -> tuple[set[D], set[D]]:
    """(dates only foilib has, dates only the source has), as explained."""
    rows = [
        d
        for d in EXPLAINED
        if d.source_name == source_name and d.division is division and d.date.year == year
    ]
    return {d.date for d in rows if d.in_foilib}, {d.date for d in rows if not d.in_foilib}


def test_fixture_shape() -> None:
    assert set(DATA) == {"python-holidays", "govuk-2011"}
    py = DATA["python-holidays"]["divisions"]
    assert set(py) == {d.value for d in Division}
    for division in Division:
        assert sorted(py[division.value]) == [str(y) for y in YEARS]
    assert set(DATA["govuk-2011"]["divisions"]) == {d.value for d in Division}


@pytest.mark.parametrize("division", list(Division), ids=str)
@pytest.mark.parametrize("year", list(YEARS))
def test_matches_python_holidays(year: int, division: Division) -> None:
    only_ours, only_theirs = _explained("python-holidays", division, year)
    assert _ours(division, year) - only_ours == _pyholidays(division, year) - only_theirs


@pytest.mark.parametrize("division", list(Division), ids=str)
def test_matches_govuk_2011(division: Division) -> None:
    only_ours, only_theirs = _explained("govuk-2011", division, 2011)
    assert _ours(division, 2011) - only_ours == _govuk_2011(division) - only_theirs


@pytest.mark.parametrize("d", EXPLAINED, ids=lambda d: f"{d.source_name}-{d.division}-{d.date}")
def test_each_explained_discrepancy_still_occurs(d: Discrepancy) -> None:
    assert d.reason
    assert d.source
    theirs = (
        _pyholidays(d.division, d.date.year)
        if d.source_name == "python-holidays"
        else _govuk_2011(d.division)
    )
    assert (d.date in _ours(d.division, d.date.year)) is d.in_foilib
    assert (d.date in theirs) is not d.in_foilib


@pytest.mark.parametrize("d", DISPUTED, ids=str)
def test_disputed_days_are_decided_with_evidence(d: Disputed) -> None:
    """Each disputed day: foilib's decision holds, the published lists still show the day."""
    assert d.reason and d.claimed_by and d.evidence
    assert "https://dracos.co.uk/wrote/bad-bank-holidays" in d.evidence
    assert foilib.is_bank_holiday(d.date, d.division) is d.holiday
    assert d.date in _pyholidays(d.division, d.date.year)
    if d.instead is not None:  # the weekend day stays the holiday
        assert d.instead.weekday() >= 5
        assert foilib.is_bank_holiday(d.instead, d.division)


# --- spot checks the brief names, each with the independent source that agrees --------------
SPOT = [
    # Millennium year: 1 Jan 2000 a Saturday (and 2 Jan a Sunday in Scotland).
    (D(2000, 1, 3), {EW, SC, NI}, "python-holidays"),
    (D(2000, 1, 4), {SC}, "python-holidays; 1998 proclamation pattern (Gazette L-55182-5SI)"),
    # Disputed (foilib.DISPUTED): no proclamation made, so not bank holidays.
    (D(2010, 1, 4), set(), "Scottish Government via mySociety, 21 January 2014"),
    (D(2011, 1, 4), set(), "Scottish Government via mySociety, 21 January 2014"),
    # Golden Jubilee: extra day 3 June and Spring bank holiday moved to 4 June, whole UK.
    (D(2002, 6, 3), {EW, SC, NI}, "python-holidays; BBC 24 Nov 2000 (PM's written answer)"),
    (D(2002, 6, 4), {EW, SC, NI}, "python-holidays; BBC 24 Nov 2000"),
    (D(2003, 7, 14), {NI}, "python-holidays (12 July a Saturday)"),
    (D(2004, 12, 27), {EW, SC, NI}, "python-holidays"),
    (D(2004, 12, 28), {EW, SC, NI}, "python-holidays"),
    (D(2005, 1, 4), {SC}, "python-holidays; Scottish proclamation of 2004 (dracos.co.uk)"),
    (D(2008, 7, 14), {NI}, "python-holidays (12 July a Saturday)"),
    (D(2008, 12, 1), {SC}, "python-holidays (St Andrew's Day on a Sunday; asp 2007/2 s.1)"),
    (D(2009, 7, 13), {NI}, "python-holidays (12 July a Sunday)"),
    (D(2010, 12, 27), {EW, SC, NI}, "python-holidays"),
    (D(2010, 12, 28), {EW, SC, NI}, "python-holidays"),
    (D(2011, 4, 29), {EW, SC, NI}, "python-holidays; GOV.UK 2011 list (all three divisions)"),
]


@pytest.mark.parametrize(("day", "divisions", "source"), SPOT, ids=str)
def test_spot_checks(day: D, divisions: set[Division], source: str) -> None:
    assert source
    for division in Division:
        assert (day in _ours(division, day.year)) is (division in divisions), division


def test_no_st_andrews_day_before_2007() -> None:
    for year in range(2000, 2007):
        assert all(h.name != "St Andrew's Day" for h in foilib.bank_holidays(year, SC))


# --- 2029-2099: `holidays` 0.109 output captured as literal data (weekdays, MM-DD) ------------
#: Years chosen for their weekend alignments: 2033 (1 Jan Sat, 25 Dec Sun), 2034 (1 Jan Sun),
#: 2035 (early Easter, 17 Mar Sat), 2038 and 2049 (2 Jan and 25 Dec Sat, late Easter),
#: 2044 (2 Jan Sat, 25 Dec Sun), 2062, 2077, 2099 (12 Jul Sun, 26 Dec Sat), and 2029.
FUTURE: dict[tuple[int, Division], tuple[str, ...]] = {
    (2029, EW): ("01-01", "03-30", "04-02", "05-07", "05-28", "08-27", "12-25", "12-26"),
    (2029, SC): ("01-01", "01-02", "03-30", "05-07", "05-28", "08-06", "11-30", "12-25", "12-26"),
    (2029, NI): (
        "01-01", "03-19", "03-30", "04-02", "05-07", "05-28", "07-12", "08-27", "12-25", "12-26",
    ),
    (2033, EW): ("01-03", "04-15", "04-18", "05-02", "05-30", "08-29", "12-26", "12-27"),
    (2033, SC): ("01-03", "01-04", "04-15", "05-02", "05-30", "08-01", "11-30", "12-26", "12-27"),
    (2033, NI): (
        "01-03", "03-17", "04-15", "04-18", "05-02", "05-30", "07-12", "08-29", "12-26", "12-27",
    ),
    (2034, EW): ("01-02", "04-07", "04-10", "05-01", "05-29", "08-28", "12-25", "12-26"),
    (2034, SC): ("01-02", "01-03", "04-07", "05-01", "05-29", "08-07", "11-30", "12-25", "12-26"),
    (2034, NI): (
        "01-02", "03-17", "04-07", "04-10", "05-01", "05-29", "07-12", "08-28", "12-25", "12-26",
    ),
    (2035, EW): ("01-01", "03-23", "03-26", "05-07", "05-28", "08-27", "12-25", "12-26"),
    (2035, SC): ("01-01", "01-02", "03-23", "05-07", "05-28", "08-06", "11-30", "12-25", "12-26"),
    (2035, NI): (
        "01-01", "03-19", "03-23", "03-26", "05-07", "05-28", "07-12", "08-27", "12-25", "12-26",
    ),
    (2038, EW): ("01-01", "04-23", "04-26", "05-03", "05-31", "08-30", "12-27", "12-28"),
    (2038, SC): ("01-01", "01-04", "04-23", "05-03", "05-31", "08-02", "11-30", "12-27", "12-28"),
    (2038, NI): (
        "01-01", "03-17", "04-23", "04-26", "05-03", "05-31", "07-12", "08-30", "12-27", "12-28",
    ),
    (2044, EW): ("01-01", "04-15", "04-18", "05-02", "05-30", "08-29", "12-26", "12-27"),
    (2044, SC): ("01-01", "01-04", "04-15", "05-02", "05-30", "08-01", "11-30", "12-26", "12-27"),
    (2044, NI): (
        "01-01", "03-17", "04-15", "04-18", "05-02", "05-30", "07-12", "08-29", "12-26", "12-27",
    ),
    (2049, EW): ("01-01", "04-16", "04-19", "05-03", "05-31", "08-30", "12-27", "12-28"),
    (2049, SC): ("01-01", "01-04", "04-16", "05-03", "05-31", "08-02", "11-30", "12-27", "12-28"),
    (2049, NI): (
        "01-01", "03-17", "04-16", "04-19", "05-03", "05-31", "07-12", "08-30", "12-27", "12-28",
    ),
    (2062, EW): ("01-02", "03-24", "03-27", "05-01", "05-29", "08-28", "12-25", "12-26"),
    (2062, SC): ("01-02", "01-03", "03-24", "05-01", "05-29", "08-07", "11-30", "12-25", "12-26"),
    (2062, NI): (
        "01-02", "03-17", "03-24", "03-27", "05-01", "05-29", "07-12", "08-28", "12-25", "12-26",
    ),
    (2077, EW): ("01-01", "04-09", "04-12", "05-03", "05-31", "08-30", "12-27", "12-28"),
    (2077, SC): ("01-01", "01-04", "04-09", "05-03", "05-31", "08-02", "11-30", "12-27", "12-28"),
    (2077, NI): (
        "01-01", "03-17", "04-09", "04-12", "05-03", "05-31", "07-12", "08-30", "12-27", "12-28",
    ),
    (2099, EW): ("01-01", "04-10", "04-13", "05-04", "05-25", "08-31", "12-25", "12-28"),
    (2099, SC): ("01-01", "01-02", "04-10", "05-04", "05-25", "08-03", "11-30", "12-25", "12-28"),
    (2099, NI): (
        "01-01", "03-17", "04-10", "04-13", "05-04", "05-25", "07-13", "08-31", "12-25", "12-28",
    ),
}  # fmt: skip


@pytest.mark.parametrize(("key", "expected"), FUTURE.items(), ids=lambda v: str(v))
def test_future_years_match_captured_holidays_output(
    key: tuple[int, Division], expected: tuple[str, ...]
) -> None:
    year, division = key
    ours = foilib.bank_holidays(year, division)
    assert tuple(h.date.strftime("%m-%d") for h in ours) == expected
    assert all(h.provisional for h in ours)
