"""Run-time holiday data, provisional and disputed flags, all-division lists, iCalendar files."""

from __future__ import annotations

import datetime as dt
import json
import os
import subprocess
import sys
from collections.abc import Iterator
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import foilib
from foilib import Division, Regime
from foilib._private.bank_holidays import LAST_OFFICIAL_YEAR, data_version

D = dt.date
SC = Division.SCOTLAND
DATA = Path(__file__).parent / "data"
GOVUK = DATA / "govuk-bank-holidays.json"
CASE = DATA / "cases" / "foia-answered-late.json"


@pytest.fixture(autouse=True)
def _builtin_data() -> Iterator[None]:
    """Every test starts and ends with foilib's built-in data."""
    foilib.reset_holidays()
    yield
    foilib.reset_holidays()


def _file(tmp_path: Path, data: object, name: str = "extra.json") -> Path:
    path = tmp_path / name
    path.write_text(json.dumps(data), encoding="utf-8")
    return path


#: A proclaimed Scottish day foilib does not know: Monday 1 March 2027 (invented for the test).
EXTRA = {"scotland": {"events": [{"title": "Extra day", "date": "2027-03-01", "notes": ""}]}}


# --- loading moves a due date ----------------------------------------------------------------
def test_loaded_day_moves_a_due_date(tmp_path: Path) -> None:
    # FOISA from Mon 15 Feb 2027: 20 working days, 8 weekend days, no Scottish holiday
    # (hand count: 16-19 Feb = 4, 22-26 = 9, 1-5 Mar = 14, 8-12 = 19, 15 Mar = 20).
    before = foilib.add_working_days(D(2027, 2, 15), 20, Regime.FOISA)
    assert before == D(2027, 3, 15)
    version = data_version()
    report = foilib.load_holidays(_file(tmp_path, EXTRA))
    assert data_version() > version
    # With Mon 1 Mar a holiday, day 20 is Tue 16 Mar.
    assert foilib.add_working_days(D(2027, 2, 15), 20, Regime.FOISA) == D(2027, 3, 16)
    assert [(h.date, h.name, h.division) for h in report.added] == [
        (D(2027, 3, 1), "Extra day", SC)
    ]
    assert "loaded at run time" in report.added[0].source
    # nothing dropped: foilib's own 2027 Scottish days are reported, and kept
    assert {h.date for h in report.only_foilib} == {
        h.date for h in foilib.bank_holidays(2027, SC) if h.date != D(2027, 3, 1)
    }
    assert any("2027-01-04 scotland" in line for line in report.disagreements())
    foilib.reset_holidays()
    assert foilib.add_working_days(D(2027, 2, 15), 20, Regime.FOISA) == before


def test_loaded_dict_and_proclamation() -> None:
    report = foilib.add_proclamation(
        D(2027, 3, 1), ["scotland"], "Extra day", "royal proclamation (test)", None
    )
    assert [h.date for h in report.added] == [D(2027, 3, 1)]
    assert foilib.is_bank_holiday(D(2027, 3, 1), SC)
    assert not foilib.is_bank_holiday(D(2027, 3, 1), Division.ENGLAND_AND_WALES)
    # FOIA counts a holiday anywhere in the UK
    assert foilib.add_working_days(D(2027, 2, 26), 1) == D(2027, 3, 2)
    again = foilib.load_holidays(EXTRA)  # already there now: nothing added twice
    assert again.added == ()
    assert [h.date for h in foilib.bank_holidays(2027, SC)].count(D(2027, 3, 1)) == 1


def test_proclamation_on_a_known_day_is_reported_not_added() -> None:
    report = foilib.add_proclamation(D(2026, 12, 25), [SC], "Twice", "test")
    assert report.added == ()
    assert [h.name for h in report.only_foilib] == ["Christmas Day"]


def test_official_file_agrees_except_the_explained_days() -> None:
    report = foilib.load_holidays(GOVUK)
    assert report.added == ()
    # the cached GOV.UK copy predates the World Cup day; foilib keeps it
    assert [(h.date, h.division) for h in report.only_foilib] == [(D(2026, 6, 15), SC)]
    renamed = {(h.date, h.division) for h, _ in report.renamed}
    assert (D(2022, 1, 3), SC) in renamed  # Sch 1 para 2 label (test_bank_holidays EXPLAINED)
    assert report.confirms_through == LAST_OFFICIAL_YEAR


def test_a_file_covering_later_years_confirms_them() -> None:
    assert foilib.bank_holidays(2029, SC)[0].provisional
    later = {
        d.value: {"events": [{"title": "New Year's Day", "date": "2029-01-01"}]} for d in Division
    }
    report = foilib.load_holidays(later)
    assert report.confirms_through == 2029
    assert not foilib.bank_holidays(2029, SC)[0].provisional
    assert foilib.bank_holidays(2030, SC)[0].provisional
    assert foilib.data_source().first_provisional_year == 2030


@pytest.mark.parametrize(
    ("data", "words"),
    [
        ([], "JSON object keyed by division"),
        ({"wales": {"events": []}}, "$.wales: unknown division"),
        ({"scotland": {}}, "$.scotland.events: expected a list"),
        ({"scotland": {"events": [{"date": "2027-03-01"}]}}, "title"),
        ({"scotland": {"events": [{"title": "x", "date": "1/3/27"}]}}, "YYYY-MM-DD"),
        ({"scotland": {"events": [{"title": "x", "date": "2100-01-01"}]}}, "outside 2000-2099"),
    ],
)
def test_bad_data_is_a_clear_error(tmp_path: Path, data: object, words: str) -> None:
    with pytest.raises(foilib.HolidayDataError) as info:
        foilib.load_holidays(_file(tmp_path, data))
    assert words in str(info.value)
    assert str(tmp_path) in str(info.value)
    assert data_version() == 0 or foilib.data_source().loaded == ()


def test_unreadable_files(tmp_path: Path) -> None:
    bad = tmp_path / "bad.json"
    bad.write_text("{not json", encoding="utf-8")
    with pytest.raises(foilib.HolidayDataError, match="not valid JSON at line 1"):
        foilib.load_holidays(bad)
    with pytest.raises(foilib.HolidayDataError, match="no such file"):
        foilib.load_holidays(tmp_path / "missing.json")
    with pytest.raises(foilib.ArgumentTypeError):
        foilib.load_holidays(42)  # type: ignore[arg-type]


def test_add_proclamation_checks_its_arguments() -> None:
    with pytest.raises(foilib.ArgumentTypeError, match="division"):
        foilib.add_proclamation(D(2027, 3, 1), ["mars"], "x", "y")
    with pytest.raises(foilib.ArgumentError, match="divisions"):
        foilib.add_proclamation(D(2027, 3, 1), [], "x", "y")
    with pytest.raises(foilib.ArgumentTypeError, match="name"):
        foilib.add_proclamation(D(2027, 3, 1), [SC], " ", "y")
    with pytest.raises(foilib.CalendarRangeError):
        foilib.add_proclamation(D(2100, 3, 1), [SC], "x", "y")


# --- provisional and disputed ----------------------------------------------------------------
def test_due_date_info_flags() -> None:
    # FOIA from Fri 1 Dec 2028: day 20 is Thu 4 Jan 2029 (25, 26 Dec, 1 Jan, 2 Jan in
    # Scotland skipped), past the official data (2028): provisional.
    info = foilib.due_date_info(D(2028, 12, 1))
    assert (info.due, info.provisional, info.disputed) == (D(2029, 1, 4), True, False)
    assert info.status.beyond_confirmed
    # Wholly inside the official data: not provisional.
    assert not foilib.due_date_info(D(2026, 11, 25)).provisional
    # Across Mon 4 Jan 2010 in Scotland: disputed, counted as a working day. FOISA from
    # Sun 20 Dec 2009: 25, 28 Dec (Boxing Day sub), 1 Jan skipped; 4 Jan counts (decision).
    fs = foilib.due_date_info(D(2009, 12, 20), Regime.FOISA)
    assert fs.disputed
    assert [d.date for d in fs.status.disputed_days] == [D(2010, 1, 4)]
    assert "2010-01-04" in fs.status.notes()[0]
    assert foilib.working_day_calendar(Regime.FOISA).is_working_day(D(2010, 1, 4))
    assert foilib.working_day_calendar(Regime.FOIA).is_working_day(D(2011, 1, 4))


@settings(max_examples=60, deadline=None)
@given(
    start=st.dates(D(2000, 1, 1), D(2099, 6, 1)),
    n=st.integers(0, 60),
    regime=st.sampled_from(list(Regime)),
)
def test_provisional_iff_the_count_passes_the_official_data(
    start: D, n: int, regime: Regime
) -> None:
    due = foilib.add_working_days(start, n, regime)
    status = foilib.data_status(start, due, regime)
    assert status.provisional is (due.year > LAST_OFFICIAL_YEAR)
    assert all(h.provisional and start < h.date <= due for h in status.provisional_days)
    assert status.disputed is any(
        start < d.date <= due for d in foilib._private.bank_holidays.DISPUTED
    )


def test_data_status_errors() -> None:
    with pytest.raises(foilib.ArgumentError, match="end"):
        foilib.data_status(D(2026, 2, 1), D(2026, 1, 1))
    with pytest.raises(foilib.ArgumentTypeError, match="regime"):
        foilib.data_status(D(2026, 1, 1), D(2026, 2, 1), "foia")  # type: ignore[arg-type]


# --- every division at once ---------------------------------------------------------------
def test_all_divisions_say_who_keeps_each_day() -> None:
    rows = foilib.bank_holidays(2026)
    assert set(rows) == {h for d in Division for h in foilib.bank_holidays(2026, d)}
    for h in rows:
        assert h.division in h.divisions
        for other in h.divisions:
            assert any(
                o.date == h.date and o.name == h.name for o in foilib.bank_holidays(2026, other)
            )
    (patrick,) = [h for h in rows if h.name == "St Patrick's Day"]
    assert patrick.divisions == (Division.NORTHERN_IRELAND,)
    assert foilib.is_bank_holiday(D(2026, 3, 17))
    assert not foilib.is_bank_holiday(D(2026, 3, 18))
    assert foilib.is_bank_holiday(D(2026, 6, 15), "scotland")


# --- the command line --------------------------------------------------------------------------
def run(*args: str, env: dict[str, str] | None = None) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "foilib", *args],
        capture_output=True,
        text=True,
        env={**os.environ, **(env or {})},
        check=False,
    )


def test_cli_holidays_file_moves_the_due_date(tmp_path: Path) -> None:
    path = _file(tmp_path, EXTRA)
    plain = run("due", "2027-02-15", "--regime", "foisa", "--json")
    assert json.loads(plain.stdout)["due"] == "2027-03-15"
    loaded = run("due", "2027-02-15", "--regime", "foisa", "--json", "--holidays", str(path))
    assert loaded.returncode == 0
    assert json.loads(loaded.stdout)["due"] == "2027-03-16"
    assert "2027-03-01 scotland: added 'Extra day'" in loaded.stderr
    via_env = run("due", "2027-02-15", "--regime", "foisa", env={"FOILIB_HOLIDAYS": str(path)})
    assert "2027-03-16" in via_env.stdout


def test_cli_bad_holidays_file_is_one_line_exit_2(tmp_path: Path) -> None:
    result = run("due", "2027-02-15", "--holidays", str(_file(tmp_path, {"wales": {}})))
    assert result.returncode == 2
    assert result.stderr.count("\n") == 1
    assert "unknown division" in result.stderr
    assert "Traceback" not in result.stderr


def test_cli_due_json_and_explain_flags() -> None:
    data = json.loads(run("due", "2028-12-01", "--json").stdout)
    assert list(data)[:2] == ["provisional", "disputed"]
    assert (data["provisional"], data["disputed"]) == (True, False)
    data = json.loads(run("due", "2009-12-20", "--regime", "foisa", "--json").stdout)
    assert (data["provisional"], data["disputed"]) == (False, True)
    text = run("due", "2009-12-20", "--regime", "foisa", "--explain").stdout
    assert "disputed: 2010-01-04" in text
    assert "provisional" in run("due", "2028-12-01", "--explain").stdout


def test_cli_holidays_source(tmp_path: Path) -> None:
    text = run("holidays", "--source").stdout
    assert "GOV.UK bank-holidays.json" in text
    assert "provisional (rule-based) from 2029" in text
    assert "2026-06-15 World Cup bank holiday [Scotland]" in text
    assert "2010-01-04 Scotland: not a bank holiday" in text
    data = json.loads(
        run("holidays", "--source", "--json", "--holidays", str(_file(tmp_path, EXTRA))).stdout
    )
    assert data["first_provisional_year"] == 2029
    assert data["loaded"][0]["added"] == 1


# --- iCalendar ---------------------------------------------------------------------------------
icalendar = pytest.importorskip("icalendar")


def _case(reference: str | None, *events: tuple[str, str]) -> Any:
    doc = {
        "format_version": 1,
        "request": {"reference": reference} if reference else {},
        "regime": "foia",
        "events": [{"kind": k, "on": on} for k, on in events],
    }
    return foilib.from_json(json.dumps(doc), foilib.Case)


def _uids(ics: bytes) -> dict[str, str]:
    cal = icalendar.Calendar.from_ical(ics)
    return {str(e["summary"]).split(": ")[1]: str(e["uid"]) for e in cal.walk("VEVENT")}


NOW = dt.datetime(2027, 1, 21, 9, 30, tzinfo=dt.UTC)


def test_ics_uid_is_stable_when_the_deadline_moves() -> None:
    a = _case("FOI-1", ("received", "2026-11-25"))
    b = _case(
        "FOI-1",
        ("received", "2026-11-25"),
        ("clarification_sought", "2026-11-30"),
        ("clarification_received", "2026-12-07"),
    )
    due_a = a.timeline(D(2027, 1, 21)).deadlines[0]
    due_b = b.timeline(D(2027, 1, 21)).deadlines[0]
    assert due_a.kind == due_b.kind and due_a.date != due_b.date  # the deadline moved
    ua = _uids(foilib.timeline_ics(a, D(2027, 1, 21), now=NOW))
    ub = _uids(foilib.timeline_ics(b, D(2027, 1, 21), now=NOW))
    assert ua["response due"] == ub["response due"]
    assert "2026" not in ua["response due"]


def test_ics_uid_differs_between_cases_without_a_reference() -> None:
    a = _case(None, ("received", "2026-11-25"))
    b = foilib.from_json(
        json.dumps(
            {
                "format_version": 1,
                "request": {"parts": [{"label": "1", "text": "Another request"}]},
                "regime": "foia",
                "events": [{"kind": "received", "on": "2026-11-25"}],
            }
        ),
        foilib.Case,
    )
    ua = _uids(foilib.timeline_ics(a, D(2027, 1, 21), now=NOW))
    ub = _uids(foilib.timeline_ics(b, D(2027, 1, 21), now=NOW))
    assert ua["response due"] != ub["response due"]


def test_ics_dtstamp_is_the_generation_time() -> None:
    case = _case("FOI-1", ("received", "2026-11-25"))
    text = foilib.timeline_ics(case, D(2027, 1, 21), now=NOW).decode()
    assert "DTSTAMP:20270121T093000Z" in text
    before = dt.datetime.now(dt.UTC).replace(microsecond=0)
    cal = icalendar.Calendar.from_ical(foilib.timeline_ics(case, D(2027, 1, 21)))
    stamp = next(iter(cal.walk("VEVENT")))["dtstamp"].dt
    assert before <= stamp <= dt.datetime.now(dt.UTC)
    with pytest.raises(foilib.ArgumentTypeError, match="now"):
        foilib.timeline_ics(case, D(2027, 1, 21), now=dt.datetime(2027, 1, 1))


def test_ics_without_icalendar_names_the_extra(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(sys.modules, "icalendar", None)
    case = _case("FOI-1", ("received", "2026-11-25"))
    with pytest.raises(foilib.FoilibError, match=r"foilib\[ics\]"):
        foilib.timeline_ics(case, D(2027, 1, 21))


def test_cli_holidays_needs_a_year_or_source() -> None:
    result = run("holidays")
    assert result.returncode == 2
    assert result.stderr == "foilib: error: holidays: give a YEAR (or --source)\n"


@settings(max_examples=15, deadline=None)
@given(
    days=st.lists(
        st.one_of(
            # the Scottish New Year weekends (2010, 2011, 2022, 2028) where substitutes interact
            st.sampled_from([D(2010, 1, 4), D(2010, 1, 5), D(2011, 1, 4), D(2011, 1, 5)]),
            st.dates(D(2000, 1, 1), D(2099, 12, 31)),
        ),
        min_size=1,
        max_size=4,
    ),
    division=st.sampled_from(list(Division)),
)
def test_loading_adds_and_never_drops(days: list[D], division: Division) -> None:
    """Property: a load ADDS exactly the listed days foilib lacks; every built-in day keeps
    its date and name (nothing moved, renamed or dropped)."""
    foilib.reset_holidays()
    try:
        years = sorted({d.year for d in days})
        before = {h for y in years for h in foilib.bank_holidays(y, division)}
        events = [{"title": f"Day {i}", "date": d.isoformat()} for i, d in enumerate(days)]
        report = foilib.load_holidays({division.value: {"events": events}})
        after = {(h.date, h.name) for y in years for h in foilib.bank_holidays(y, division)}
        added = {(h.date, h.name) for h in report.added}
        assert after == {(h.date, h.name) for h in before} | added
        assert all(foilib.is_bank_holiday(d, division) for d in days)
        known = {h.date for h in before}
        assert {h.date for h in report.added} == set(days) - known
        assert {h.date for h in report.only_foilib} == known - set(days)
        for d in days:  # FOIA counts a holiday in any division
            if d.weekday() < 5:
                assert not foilib.working_day_calendar(Regime.FOIA).is_working_day(d)
    finally:
        foilib.reset_holidays()


def test_loaded_scottish_new_year_day_only_adds_itself() -> None:
    """Loading Mon 4 Jan 2010 (a day foilib decided against, DISPUTED) adds that day only:
    Sat 2 Jan stays the 2 January holiday, Tue 5 Jan stays a working day, and the count no
    longer reports the day as disputed (the load settles it)."""
    report = foilib.load_holidays(
        {"scotland": {"events": [{"title": "2nd January", "date": "2010-01-04"}]}}
    )
    assert "disputed day" in report.disagreements()[0]
    days = {h.date: h.name for h in foilib.bank_holidays(2010, SC) if h.date.month == 1}
    assert days == {D(2010, 1, 1): "New Year's Day", D(2010, 1, 2): "2nd January",
                    D(2010, 1, 4): "2nd January"}  # fmt: skip
    info = foilib.due_date_info(D(2009, 12, 20), Regime.FOISA)
    # FOISA s.10(1), s.73 (Scotland only); hand count from Sun 20 Dec 2009: 21 22 23 24 Dec
    # (4; Christmas Fri 25, Mon 28 substitute for Boxing Day), 29 30 31 Dec (7; Fri 1 Jan,
    # Sat 2 Jan, Mon 4 Jan loaded), 5-8 Jan (11), 11-15 Jan (16), 18-21 Jan (20) -> Thu 21 Jan
    assert info.due == D(2010, 1, 21)
    assert not info.disputed
    assert any(n.startswith("resolved: 2010-01-04") for n in info.status.notes())


def test_proclaimed_scottish_day_only_adds_itself() -> None:
    """add_proclamation(Tue 4 Jan 2011) adds that day; Wed 5 Jan 2011 is not created."""
    foilib.add_proclamation(D(2011, 1, 4), [SC], "New Year substitute", "test proclamation")
    days = {h.date for h in foilib.bank_holidays(2011, SC) if h.date.month == 1}
    assert days == {D(2011, 1, 1), D(2011, 1, 3), D(2011, 1, 4)}


def test_disputed_note_names_no_test_path() -> None:
    info = foilib.due_date_info(D(2009, 12, 20), Regime.FOISA)
    assert info.disputed
    assert not any("tests/" in n for n in info.status.notes())


def test_explain_names_a_day_once_when_two_divisions_keep_it() -> None:
    # Mon 3 Jan 2022: New Year's Day substitute (E&W, NI) and 2 January substitute (Scotland,
    # BFDA 1971 Sch 1 para 2): one "skipped" line for the date, both reasons under it.
    result = run("due", "2021-12-20", "--explain")
    assert result.returncode == 0
    assert result.stdout.count("Mon 3 Jan 2022") == 1
    assert "2nd January (substitute day)" in result.stdout


def test_cli_refuses_days_zero_python_keeps_it() -> None:
    # A response period of 0 working days is meaningless on the command line ("the 0th
    # working day following"): refused there (tests/test_fixcli.py), while Python's
    # add_working_days(d, 0) stays d itself.
    result = run("due", "2026-03-02", "--days", "0", "--json")
    assert result.returncode == 2 and result.stdout == ""
    assert "a response period is 1 working day or more" in result.stderr
    assert foilib.add_working_days(D(2026, 3, 2), 0) == D(2026, 3, 2)
    bad = run("due", "2026-03-02", "--days", "-1")
    assert bad.returncode == 2


@pytest.mark.parametrize("name", ["england", "Wales", "NI", "scotland", "Northern-Ireland"])
def test_division_aliases_agree_between_cli_and_python(name: str) -> None:
    """Every name the CLI accepts for --division, Python accepts too, with the same days."""
    result = run("holidays", "2026", "--division", name, "--json")
    assert result.returncode == 0, result.stderr
    days = [h["date"] for h in json.loads(result.stdout)]
    assert days == [h.date.isoformat() for h in foilib.bank_holidays(2026, name)]
