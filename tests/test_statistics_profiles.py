"""R004 (with its quirks as switches), the SIC return, the s.45 Code list and the ICO
timeliness calculator, on AC-1's cases (fact sheet §8) and small hand-counted cases."""

from __future__ import annotations

import pytest
from statistics_cases import D, K, P, ac1, record

from foilib import ArgumentError, Event, Regime
from foilib.statistics import (
    CountBasis,
    Period,
    StatisticsError,
    case_facts,
    code_of_practice,
    ico_timeliness,
    r004,
    sic,
)

Q1 = Period.calendar_quarter(2025, 1)
AS_OF = D(2025, 5, 16)

# AC-1, R004 on the same cases (run on 16 May 2025), from the fact sheet
R004_AC1 = {
    "1.A": 11,
    "1.Ai": "N/A",
    "1.B": 2,  # C10, C11
    "1.Bi": 0,
    "1.Bii": 0,
    "1.Biii": 1,  # C11 (C10's clock is stopped)
    "1.C": 9,
    "1.Ci": 6,
    "1.Cii": 2,  # C4 and the late C5 (the R004 quirk)
    "1.Ciii": 1,  # C3 only
    "2.A": 9,
    "2.B": 2,
    "2.C": 1,  # C12, advice only (switch advice_line)
    "2.D": 1,
    "2.E": 1,
    "2.F": 0,
    "2.G": 1,
    "2.H": 1,
    "2.I": 2,  # C5, C8
    "3.A": 3,
    "3.S35": 1,
    "3.S40": 1,
    "3.S42": 1,
    "3.S43": 1,
    "3.S22": 0,
    "4.A": 1,
    "4.B": 1,
    "4.C": 0,
}


@pytest.mark.parametrize(("line", "expected"), sorted(R004_AC1.items()))
def test_ac1_r004(line: str, expected: object) -> None:
    report = r004(ac1(), period=Q1, as_of=AS_OF)
    assert report.lines[line] == expected


def test_r004_has_no_s39_and_explains() -> None:
    report = r004(ac1(), period=Q1, as_of=AS_OF)
    assert "3.S39" not in report.lines and "3.S21" not in report.lines
    assert report.explain("1.Cii").refs == ("C4", "C5")
    assert report.explain("2.I").refs == ("C5", "C8")


def test_r004_switches() -> None:
    report = r004(
        ac1(),
        period=Q1,
        as_of=AS_OF,
        pit_late_as_extension=False,
        exclude_s21_only=False,
        advice_line="2.B",
    )
    # C5 moves to 1.Ciii; C9 joins 1.A, 1.C, 1.Ci and 2.I; C12 joins 2.B
    assert report.lines["1.Cii"] == 1 and report.lines["1.Ciii"] == 2
    assert report.lines["1.A"] == 12 and report.lines["1.C"] == 10 and report.lines["1.Ci"] == 7
    assert report.lines["2.I"] == 3 and report.lines["2.B"] == 3 and report.lines["2.C"] == 0
    assert report.lines["4.A"] == 1
    with pytest.raises(ArgumentError):
        r004(ac1(), period=Q1, as_of=AS_OF, advice_line="2.Z")


def test_co_and_r004_differ_as_the_fact_sheet_says() -> None:
    from foilib.statistics import cabinet_office

    co = cabinet_office(ac1(), period=Q1, as_of=AS_OF)
    report = r004(ac1(), period=Q1, as_of=AS_OF)
    assert co.row["Late response (i.e. 20-day deadline missed)"] == 3  # C3, C5, C11
    assert report.lines["1.Ciii"] == 1  # C3 only
    assert co.row["Permitted extension to 20-day deadline"] == 1
    assert report.lines["1.Cii"] == 2


# --- SIC ---------------------------------------------------------------------------


def test_sic_uses_the_scottish_calendar() -> None:
    # received Mon 24 Feb 2025: due Mon 24 Mar under FOISA (Tue 25 Mar under FOIA,
    # 17 Mar being a Northern Ireland holiday); answered 25 Mar
    foisa = record(
        "S1", D(2025, 2, 24), sent=D(2025, 3, 25), parts=(P.PROVIDED,), regime=Regime.FOISA
    )
    foia = record("E1", D(2025, 2, 24), sent=D(2025, 3, 25), parts=(P.PROVIDED,))
    q = Period.financial_quarter(2024, 4)  # Jan-Mar 2025
    r = sic([foisa, foia], period=q, as_of=D(2025, 5, 9))
    assert r.lines["Response late"] == 1 and r.lines["Response within timescale"] == 0
    assert r.warnings == (("E1", "FOIA case: not in this FOISA return"),)
    assert r.basis is CountBasis.FLOW
    assert r.figures["Responses within timescale"].percent == 0.0


def test_sic_rollup_and_no_response() -> None:
    recs = [
        record(
            "S1",
            D(2025, 4, 1),
            sent=D(2025, 4, 10),
            parts=(P.PROVIDED, P.NOT_HELD),
            regime=Regime.FOISA,
        ),
        record("S2", D(2025, 4, 2), regime=Regime.FOISA),  # due 30 Apr, never answered
        record(
            "S3",
            D(2025, 4, 3),
            sent=D(2025, 4, 4),
            parts=(P.ADVICE_AND_ASSISTANCE,),
            regime=Regime.FOISA,
        ),
    ]
    r = sic(recs, period=Period.financial_quarter(2025, 1), as_of=D(2025, 8, 8))
    assert r.lines["Partial"] == 1  # some not held is partial for the SIC
    assert r.lines["No response"] == 1 and r.explain("No response").refs == ("S2",)
    assert r.lines["Requests received"] == 3
    assert [w[0] for w in r.warnings] == ["S3"]  # advice only: no SIC line
    with pytest.raises(ArgumentError):
        sic(recs, period=Q1, as_of=AS_OF, regime=Regime.FOIA)


# --- Code of practice and ICO -------------------------------------------------------------


def test_code_of_practice_on_ac1() -> None:
    r = code_of_practice(ac1(), period=Q1, as_of=AS_OF)
    # received 12; not yet processed C10, C11; within deadline C1 C2 C6 C7 C8 C9 C12;
    # with extension C4; beyond C3, C5
    assert r.lines["Received"] == 12
    assert r.lines["Not yet processed"] == 2
    assert r.lines["Processed within deadline"] == 7
    assert r.lines["Processed with extension"] == 1
    assert r.lines["Processed beyond deadline"] == 2
    assert r.lines["Refused in full"] == 6  # C3 C5 C6 C7 C8 C9
    assert r.figures["Processed in time"].percent == 80.0
    assert r.warnings == (("C12", "no outcome line for advice_and_assistance"),)


def test_ico_timeliness_is_a_flow() -> None:
    r = ico_timeliness(ac1(), period=Q1, as_of=AS_OF)
    # at 31 Mar: open C5 (extended), C9 (answered 3 Apr), C10 (on hold), C11
    assert r.explain("Open at the end of the period").refs == ("C10", "C11", "C5", "C9")
    assert r.lines["Closed in the period"] == 8  # C1-C4, C6-C8, C12
    assert r.lines["Closed within statutory time"] == 7  # all but C3
    assert r.figures["In time"].band("ico") == "unsatisfactory"  # 87.5%
    # an older request answered in the period counts (flow): received Dec 2024
    old = record("O1", D(2024, 12, 2), sent=D(2025, 1, 6), parts=(P.PROVIDED,))
    r2 = ico_timeliness([*ac1(), old], period=Q1, as_of=AS_OF)
    assert r2.lines["Closed in the period"] == 9
    with pytest.raises(ArgumentError):
        ico_timeliness(ac1(), period=Q1, as_of=D(2025, 3, 1))


def test_reports_are_deterministic() -> None:
    assert sic([], period=Q1, as_of=AS_OF).to_json() == sic([], period=Q1, as_of=AS_OF).to_json()
    a = r004(ac1(), period=Q1, as_of=AS_OF).to_json()
    assert a == r004(list(reversed(ac1())), period=Q1, as_of=AS_OF).to_json()


def test_withdrawn_and_lapsed_cases() -> None:
    w = record("W1", D(2025, 2, 3), Event(K.WITHDRAWN, D(2025, 2, 5)))
    r = code_of_practice([w], period=Q1, as_of=AS_OF)
    assert r.lines["Received"] == 1 and r.warnings[0][0] == "W1"
    assert r004([w], period=Q1, as_of=AS_OF).warnings[0][0] == "W1"
    with pytest.raises(StatisticsError, match="after as_of"):
        case_facts(w[0], None, D(2025, 1, 1))
