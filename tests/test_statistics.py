"""foilib.statistics: the Cabinet Office profile, roll-up tables, percentages, merging.

Acceptance checks AC-1, AC-2, AC-4, AC-7 and AC-8 of the fact sheet
(/work/shared/STATISTICS.md §8) are here; hand counts are in the comments.
"""

from __future__ import annotations

import datetime as dt
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st
from statistics_cases import D, ac1, record

from foilib import ArgumentError, ArgumentTypeError, Disposition, Regime
from foilib.statistics import (
    CO_HEADERS,
    CO_ROLLUP,
    SIC_ROLLUP,
    Outcome,
    Period,
    Proportion,
    Value,
    band,
    cabinet_office,
    cabinet_office_tally,
    check_cabinet_office_row,
    read_cabinet_office_csv,
    rollup,
    wilson_interval,
)
from foilib.statistics import CabinetOfficeReturn as COR

Q1 = Period.calendar_quarter(2025, 1)
AS_OF = D(2025, 5, 16)
DATA = Path(__file__).parent / "data" / "statistics"
LATE = "Late response (i.e. 20-day deadline missed)"

# --- AC-1 -------------------------------------------------------------------------

AC1_ROWS = [
    # (column, expected, hand count from the fact sheet's AC-1 table)
    ("Quarter", "Q1 2025", "calendar Q1"),
    ("Total requests received", 11, "all but C9 (s.21 only)"),
    ("Requests Processed", 9, "C1-C8, C12"),
    ("Requests on-hold or lapsed", 1, "C10 (clarification sought)"),
    ("Requests still being processed", 1, "C11"),
    ("Requests handled under EIRs", 0, ""),
    ("Total requests received (excluding on-hold and lapsed)", 10, "11 - 1"),
    ("Total requests received (excluding on-hold and lapsed).1", 10, "repeated column"),
    ("20-day deadline met", 6, "C1 C2 C6 C7 C8 C12"),
    ("Permitted extension to 20-day deadline", 1, "C4"),
    (LATE, 3, "C3, C5 (beyond its extension), C11 (open past deadline)"),
    ("Percentage of requests meeting 20-day deadline", 60.0, "6/10"),
    (
        'Percentage of requests "in time" (i.e. meeting deadline or with permitted extension)',
        70.0,
        "7/10",
    ),
    ("Requests where advice and assistance provided", 1, "C12"),
    ("Requests where information not held", 1, "C3"),
    ('Total "resolvable" requests', 8, "10 - 1 - 1"),
    ("Initial Outcome Granted in full", 2, "C1, C2 (MoJ rule)"),
    ("Initial Outcome  Partially withheld", 1, "C4"),
    ("Initial Outcome  Fully withheld", 4, "C5 C6 C7 C8"),
    ("Initial Outcome Response not yet provided", 1, "C11"),
    ("Percentage of resolvable requests granted in full", 25.0, "2/8"),
    ("Percentage of resolvable requests withheld in full", 50.0, "4/8"),
    ("Fully refused - vexatious", 1, "C7"),
    ("Fully refused - repeated", 0, ""),
    ("Fully refused - cost limit", 1, "C6"),
    ("Fully refused - exemption", 2, "C5, C8"),
    ("S(35) - Formulation of Government policy, etc", 1, "C5"),
    ("S(40) - Personal information", 1, "C8"),
    ("S(42) - Legal professional privilege", 1, "C5"),
    ("S(43) - Commercial interests", 1, "C4"),
    ("Total exemptions and exceptions applied", 4, "1+1+1+1"),
    ("Number of requests where an exemption was claimed", 3, "PW 1 + FW-exemption 2"),
    ("Total Section 21 exemptions used", 1, "C9"),
    ("S21 Partly Exempt", 0, ""),
    ("S21 Fully Exempt", 1, "C9"),
    ("S21 20-day deadline met", 1, "C9, 13 WD"),
    ("S21 Late response (i.e. 20-day deadline missed)", 0, ""),
    ("PIT Total Requests Extended", 2, "C4 C5"),
    ("PIT Number Completed", 2, "C4 C5"),
    ("PIT 16 to 20", 1, "C4: 18 WD past 3 Mar"),
    ("PIT 21 to 30", 1, "C5: 28 WD past 10 Mar"),
    ("PIT 5 or Less", 0, ""),
    ("IR percentage upheld in full", "-", "outcome of reviews not in the case model"),
]


@pytest.fixture(scope="module")
def ac1_return() -> COR:
    return cabinet_office(ac1(), period=Q1, as_of=AS_OF, body="Department for Examples")


@pytest.mark.parametrize(("column", "expected", "hand"), AC1_ROWS)
def test_ac1_cabinet_office_row(ac1_return: COR, column: str, expected: object, hand: str) -> None:
    assert ac1_return.row[column] == expected, hand


def test_ac1_row_has_exactly_the_published_headers(ac1_return: COR) -> None:
    assert tuple(ac1_return.row) == CO_HEADERS
    assert len(CO_HEADERS) == 122
    header = (DATA / "cabinet_office_2024_rows.csv").read_text(encoding="utf-8").splitlines()[0]
    assert next(iter(__import__("csv").reader([header]))) == list(CO_HEADERS)


def test_ac1_identities_hold_and_days_taken(ac1_return: COR) -> None:
    assert check_cabinet_office_row(ac1_return.row) == []
    # answered in the main block: 10,12,15,15,19,20,21,38,48 working days
    assert ac1_return.days_taken == (19.0, 22.0)
    assert ac1_return.warnings == ()


def test_ac1_with_s21_only_included() -> None:
    r = cabinet_office(ac1(), period=Q1, as_of=AS_OF, include_s21_only=True)
    got = {
        h: r.row[h]
        for h in (
            "Total requests received",
            "Requests Processed",
            "20-day deadline met",
            'Total "resolvable" requests',
            "Fully refused - exemption",
            "Number of requests where an exemption was claimed",
            "Total Section 21 exemptions used",
        )
    }
    # fact sheet: 12 / 10 / 7 / 9 / 3 (C9 withheld under s.21); requests with an
    # exemption = PW 1 + FW-exemption 3 = 4; the s.21 block still counts C9.
    assert got == {
        "Total requests received": 12,
        "Requests Processed": 10,
        "20-day deadline met": 7,
        'Total "resolvable" requests': 9,
        "Fully refused - exemption": 3,
        "Number of requests where an exemption was claimed": 4,
        "Total Section 21 exemptions used": 1,
    }
    assert check_cabinet_office_row(r.row) == []


# --- AC-8 -------------------------------------------------------------------------


def test_ac8_drill_down_and_snapshot(ac1_return: COR) -> None:
    late = ac1_return.explain(LATE)
    assert set(late.refs) == {"C3", "C5", "C11"}
    assert late.value == 3
    assert "open past its deadline" in dict(late.cases)["C11"]
    earlier = cabinet_office(ac1(), period=Q1, as_of=D(2025, 4, 30))
    # C11's deadline is 30 Apr: open and not yet due on that day
    assert set(earlier.explain(LATE).refs) == {"C3", "C5"}
    assert "open_not_due" in dict(earlier.explain("20-day deadline met").cases)["C11"]


def test_ac8_byte_identical_output() -> None:
    a = cabinet_office(ac1(), period=Q1, as_of=AS_OF).to_json()
    b = cabinet_office(list(reversed(ac1())), period=Q1, as_of=AS_OF).to_json()
    assert a == b
    assert '"as_of":"2025-05-16"' in a


def test_explain_derived_and_percentage(ac1_return: COR) -> None:
    total = ac1_return.explain("Total requests received")
    assert len(total.refs) == 11 and "C9" not in total.refs
    pct = ac1_return.explain("Percentage of requests meeting 20-day deadline")
    assert set(pct.refs) == {"C1", "C2", "C6", "C7", "C8", "C12"}
    assert ac1_return.figures["Percentage of requests meeting 20-day deadline"] == Proportion(6, 10)
    with pytest.raises(KeyError):
        ac1_return.explain("Not a column")


def test_events_after_as_of_are_not_seen() -> None:
    # at 1 Apr C4 is still open under its PIT extension (estimate 31 Mar passed? no:
    # 31 Mar < 1 Apr, so open and overdue); C5 open under its extension (8 Apr)
    r = cabinet_office(ac1(), period=Q1, as_of=D(2025, 4, 1))
    still = set(r.explain("Requests still being processed").refs)
    assert {"C5", "C11"} <= still
    assert "C4" not in still  # answered 28 Mar


# --- AC-2 -------------------------------------------------------------------------


def _published() -> list[dict[str, Value]]:
    with (DATA / "cabinet_office_2024_rows.csv").open(encoding="utf-8") as fh:
        return list(read_cabinet_office_csv(fh))


def test_ac2_published_rows_satisfy_every_identity() -> None:
    rows = _published()
    assert [(r["Quarter"], r["Government body"]) for r in rows][2:4] == [
        ("2024", "Cabinet Office"),
        ("2024", "National Archives"),
    ]
    for row in rows:
        assert check_cabinet_office_row(row) == [], row["Government body"]


def test_ac2_recomputed_derived_columns() -> None:
    co, tna = _published()[2:4]
    # Cabinet Office 2024: 2,121 = 2,022 + 0 + 99; 1,651 + 338 + 132 = 2,121
    assert co["Total requests received"] == 2022 + 0 + 99 == 1651 + 338 + 132
    assert Proportion(1651 + 338, 2121).percent == pytest.approx(
        co['Percentage of requests "in time" (i.e. meeting deadline or with permitted extension)']
    )  # 93.7765%
    assert co['Total "resolvable" requests'] == 2121 - 1 - 654 == 363 + 274 + 730 + 99
    assert co["Initial Outcome  Fully withheld"] == 41 + 28 + 278 + 383
    assert co["Number of requests where an exemption was claimed"] == 274 + 383
    assert Proportion(363, 1466).percent == pytest.approx(24.76125512)
    assert Proportion(730, 1466).percent == pytest.approx(49.79536153)
    # The National Archives 2024: open past deadline sits inside "late"
    assert tna["Total requests received"] == 18206 + 1652 + 12717
    assert tna[LATE] == 14485 and tna["Requests still being processed"] == 12717
    assert Proportion(15479 + 959, 30923).percent == pytest.approx(53.15784368)
    assert tna['Total "resolvable" requests'] == 30923 - 10618 - 2155


def test_ac2_a_broken_row_is_reported_by_header() -> None:
    row = _published()[2]
    row["Requests Processed"] = 2021
    row["Percentage of resolvable requests granted in full"] = 25.0
    failures = check_cabinet_office_row(row)
    assert [f.header for f in failures] == [
        "Total requests received",
        "Percentage of resolvable requests granted in full",
    ]
    assert "Requests Processed" in str(failures[0])


def test_ac2_dashes_blanks_and_zero_rows() -> None:
    beis, q4 = _published()[1], _published()[4]
    assert beis["Percentage of requests meeting 20-day deadline"] is None  # 0/0: blank
    assert q4["Total Internal Reviews"] == "-"
    assert check_cabinet_office_row(beis) == []


def test_reader_rejects_another_file() -> None:
    from foilib.statistics import StatisticsError

    with pytest.raises(StatisticsError, match="missing columns"):
        list(read_cabinet_office_csv(["a,b", "1,2"]))


# --- AC-4 -------------------------------------------------------------------------

P = Disposition
AC4_ROWS = [
    # (part dispositions, CO outcome, SIC outcome): fact sheet AC-4
    ((P.PROVIDED, P.PROVIDED), Outcome.GRANTED, Outcome.GRANTED),
    ((P.PROVIDED, P.NOT_HELD), Outcome.GRANTED, Outcome.PARTIALLY_WITHHELD),  # MoJ vs SIC
    ((P.NOT_HELD,), Outcome.NOT_HELD, Outcome.NOT_HELD),
    ((P.PROVIDED, P.WITHHELD), Outcome.PARTIALLY_WITHHELD, Outcome.PARTIALLY_WITHHELD),
    ((P.WITHHELD,), Outcome.WITHHELD_EXEMPTION, Outcome.WITHHELD_EXEMPTION),
    ((P.PROVIDED, P.REFUSED_COST), Outcome.REFUSED_COST, Outcome.REFUSED_COST),
    ((P.ADVICE_AND_ASSISTANCE, P.REFUSED_COST), Outcome.REFUSED_COST, Outcome.REFUSED_COST),
    ((P.REFUSED_VEXATIOUS,), Outcome.REFUSED_VEXATIOUS, Outcome.REFUSED_VEXATIOUS),
    ((P.NEITHER_CONFIRMED_NOR_DENIED,), Outcome.WITHHELD_EXEMPTION, Outcome.NCND),
    ((P.ACCESSIBLE_ELSEWHERE,), Outcome.S21_ONLY, Outcome.WITHHELD_EXEMPTION),  # FOISA 25(1)
    ((P.ADVICE_AND_ASSISTANCE,), Outcome.ADVICE_AND_ASSISTANCE, Outcome.UNMAPPED),
    ((P.TRANSFERRED,), Outcome.UNMAPPED, Outcome.UNMAPPED),
]


@pytest.mark.parametrize(("parts", "co", "sic"), AC4_ROWS)
def test_ac4_rollup(parts: tuple[Disposition, ...], co: Outcome, sic: Outcome) -> None:
    assert rollup(parts).outcome is co
    assert rollup(parts, SIC_ROLLUP).outcome is sic


def test_ac4_every_row_has_a_source() -> None:
    for row in (*CO_ROLLUP, *SIC_ROLLUP):
        assert row.source.strip()
        assert row.source in row.rule


def test_ac4_transferred_is_listed_in_warnings() -> None:
    recs = [*ac1(), record("C13", D(2025, 2, 3), sent=D(2025, 2, 5), parts=(P.TRANSFERRED,))]
    r = cabinet_office(recs, period=Q1, as_of=AS_OF)
    assert r.warnings == (
        ("C13", "outcome unmapped: transferred requests have no CO line (fact sheet AC-4)"),
    )
    assert r.row["Total requests received"] == 11


def test_ac4_a_changed_row_changes_ac1(monkeypatch: pytest.MonkeyPatch) -> None:
    from foilib._private.statistics import _cabinet_office, _rules

    sic_like = tuple(
        _rules.RollupRule(
            Outcome.PARTIALLY_WITHHELD,
            "test: some not held is partial",
            any_of=frozenset({P.PROVIDED}),
            also_any=frozenset({P.NOT_HELD}),
        )
        if i == 0
        else r
        for i, r in enumerate((CO_ROLLUP[0], *CO_ROLLUP))
    )
    monkeypatch.setattr(_cabinet_office, "CO_ROLLUP", sic_like)
    monkeypatch.setattr(_cabinet_office.rollup, "__defaults__", (sic_like,))
    r = cabinet_office(ac1(), period=Q1, as_of=AS_OF)
    assert r.row["Initial Outcome Granted in full"] == 1  # C1 only
    assert r.row["Initial Outcome  Partially withheld"] == 2  # C2, C4
    assert check_cabinet_office_row(r.row) == []


# --- AC-7 -------------------------------------------------------------------------

AC7_ROWS = [
    # (successes, n, percent, interval, below minimum n 100)
    (30, 120, 25.0, (18.1, 33.4), False),
    (6, 10, 60.0, (31.3, 83.2), True),
    (7, 10, 70.0, (39.7, 89.2), True),  # AC-1's in-time rate
]


@pytest.mark.parametrize(("k", "n", "pct", "ci", "small"), AC7_ROWS)
def test_ac7_wilson(k: int, n: int, pct: float, ci: tuple[float, float], small: bool) -> None:
    p = Proportion(k, n)
    assert p.rounded == pct
    assert p.interval == ci
    assert p.below_minimum_n is small


def test_ac7_thresholds() -> None:
    assert band(92.48, "ico") == "adequate"  # Southend 123/133
    assert Proportion(123, 133).band("ico") == "adequate"
    assert band(95.0, "ico") == "good"
    assert band(84.9, "moj_rag") == "red"
    assert band(89.9, "moj_rag") == "amber"
    assert band(90.0, "moj_rag") == "green"
    assert band(84.99, "ico_monitoring") == "monitoring trigger"
    with pytest.raises(ArgumentError):
        band(50.0, "nope")


def test_zero_denominator_is_none() -> None:
    p = Proportion(0, 0)
    assert p.percent is None and p.rounded is None and p.interval is None
    assert p.band("ico") is None
    assert wilson_interval(0, 0) is None
    assert str(p) == "0/0 = n/a"


# --- periods -------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("period", "start", "end", "label"),
    [
        (Period.calendar_quarter(2025, 1), D(2025, 1, 1), D(2025, 3, 31), "Q1 2025"),
        (Period.calendar_quarter(2024, 4), D(2024, 10, 1), D(2024, 12, 31), "Q4 2024"),
        (Period.financial_quarter(2025, 1), D(2025, 4, 1), D(2025, 6, 30), "2025/26 Q1"),
        (Period.financial_quarter(2025, 4), D(2026, 1, 1), D(2026, 3, 31), "2025/26 Q4"),
        (Period.calendar_year(2024), D(2024, 1, 1), D(2024, 12, 31), "2024"),
        (Period.financial_year(2099), D(2099, 4, 1), D(2100, 3, 31), "2099/00"),
        (
            Period.between(D(2025, 2, 1), D(2025, 2, 1)),
            D(2025, 2, 1),
            D(2025, 2, 1),
            "2025-02-01 to 2025-02-01",
        ),
    ],
)
def test_periods(period: Period, start: dt.date, end: dt.date, label: str) -> None:
    assert (period.start, period.end, period.label) == (start, end, label)


def test_bad_arguments() -> None:
    with pytest.raises(ArgumentError):
        Period.calendar_quarter(2025, 5)
    with pytest.raises(ArgumentError):
        Period.between(D(2025, 2, 2), D(2025, 2, 1))
    with pytest.raises(ArgumentTypeError):
        cabinet_office(ac1(), period=Q1, as_of=dt.datetime(2025, 5, 16))
    with pytest.raises(ArgumentTypeError, match=r"records\[0\]"):
        cabinet_office([("not", "a pair")], period=Q1, as_of=AS_OF)  # type: ignore[list-item]


def test_other_regimes_are_warned_not_counted() -> None:
    recs = [
        record("S1", D(2025, 2, 3), sent=D(2025, 2, 10), parts=(P.PROVIDED,), regime=Regime.FOISA)
    ]
    r = cabinet_office(recs, period=Q1, as_of=AS_OF)
    assert r.row["Total requests received"] == 0
    assert r.warnings[0][0] == "S1"


# --- mergeable aggregates ---------------------------------------------------------------


@settings(max_examples=25, deadline=None)
@given(st.lists(st.integers(min_value=0, max_value=3), min_size=12, max_size=12))
def test_partitions_merge_to_the_single_pass(assignment: list[int]) -> None:
    records = ac1()
    whole = cabinet_office_tally(records, period=Q1, as_of=AS_OF)
    parts = [
        cabinet_office_tally(
            [r for r, a in zip(records, assignment, strict=True) if a == k],
            period=Q1,
            as_of=AS_OF,
        )
        for k in range(4)
    ]
    merged = parts[0].merge(parts[1]).merge(parts[2].merge(parts[3]))
    assert merged.canonical() == whole.canonical()
    one = COR.from_tally(whole, period=Q1, as_of=AS_OF)
    two = COR.from_tally(merged, period=Q1, as_of=AS_OF)
    assert one.to_json() == two.to_json()
    assert one.explain(LATE) == two.explain(LATE)


def test_bounded_mode_keeps_no_refs() -> None:
    r = cabinet_office(ac1(), period=Q1, as_of=AS_OF, keep_refs=False)
    assert r.row[LATE] == 3
    assert r.explain(LATE).cases == ()
    assert r.tally.refs == {}


def test_eir_extension_is_permitted_but_not_pit() -> None:
    from statistics_cases import K

    from foilib import Event

    # EIR, received Mon 3 Feb 2025 (20th WD 3 Mar, 40th WD 31 Mar); reg 7 extension
    # notified 24 Feb; answered 20 Mar: within the extension
    rec = record(
        "E1",
        D(2025, 2, 3),
        Event(K.ENVIRONMENTAL_EXTENSION, D(2025, 2, 24)),
        sent=D(2025, 3, 20),
        parts=(P.PROVIDED,),
        regime=Regime.EIR,
    )
    r = cabinet_office([rec], period=Q1, as_of=AS_OF)
    assert r.row["Permitted extension to 20-day deadline"] == 1
    assert r.row["Requests handled under EIRs"] == 1
    assert r.row["PIT Total Requests Extended"] == 0


def test_bounded_tally_keeps_the_first_warnings_and_counts_all(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    from foilib._private.statistics import _core

    monkeypatch.setattr(_core, "WARNINGS_KEPT", 2)
    recs = [
        record(
            f"S{i}", D(2025, 2, 3), sent=D(2025, 2, 10), parts=(P.PROVIDED,), regime=Regime.FOISA
        )
        for i in range(9)
    ]
    bounded = cabinet_office(recs, period=Q1, as_of=AS_OF, keep_refs=False)
    assert [ref for ref, _ in bounded.warnings] == ["S0", "S1"]
    assert bounded.tally.counts["warnings"] == 9
    halves = [
        cabinet_office_tally(part, period=Q1, as_of=AS_OF, keep_refs=False)
        for part in (recs[5:], recs[:5])
    ]
    merged = halves[0].merge(halves[1])
    assert merged.canonical() == bounded.tally.canonical()
