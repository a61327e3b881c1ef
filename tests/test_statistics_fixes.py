"""Fresh-user faults in foilib.statistics (statsfix): each kind has a test here."""

from __future__ import annotations

from statistics_cases import D, record

from foilib import Disposition
from foilib.statistics import CO_ROLLUP, SIC_ROLLUP, Outcome, Period, cabinet_office, rollup

Q1 = Period.calendar_quarter(2025, 1)
AS_OF = D(2025, 5, 16)


def test_empty_dispositions_match_no_rollup_row() -> None:
    # An empty set is a subset of every set: before the fix the s.21-only row matched.
    assert rollup([]).outcome is Outcome.UNMAPPED
    assert rollup([], SIC_ROLLUP).outcome is Outcome.UNMAPPED
    for row in (*CO_ROLLUP, *SIC_ROLLUP):
        assert not row.matches(frozenset())
    assert rollup([Disposition.ACCESSIBLE_ELSEWHERE]).outcome is Outcome.S21_ONLY


def test_letter_without_parts_is_warned_not_invented() -> None:
    # One FOIA case received 3 Mar 2025, answered 10 Mar with a letter of no part answers.
    recs = [record("E1", D(2025, 3, 3), sent=D(2025, 3, 10), parts=())]
    r = cabinet_office(recs, period=Q1, as_of=AS_OF)
    assert [w[0] for w in r.warnings] == ["E1"]
    assert "no part answers" in r.warnings[0][1]
    assert r.row["S21 Fully Exempt"] == 0


def test_empty_letter_r004_and_sic_lines_stay_zero() -> None:
    from foilib import Regime
    from foilib.statistics import r004, sic

    recs = [record("E1", D(2025, 3, 3), sent=D(2025, 3, 10), parts=())]
    rep = r004(recs, period=Q1, as_of=AS_OF)
    assert rep.lines["4.A"] == 0
    assert [w[0] for w in rep.warnings] == ["E1"]
    srecs = [record("E2", D(2025, 3, 3), sent=D(2025, 3, 10), parts=(), regime=Regime.FOISA)]
    srep = sic(srecs, period=Q1, as_of=AS_OF)
    assert srep.lines["All information not held"] == 0
    assert [w[0] for w in srep.warnings] == ["E2"]


def _mismatched() -> list[tuple[object, object]]:
    case, _ = record("F1", D(2025, 3, 3))
    _, other = record("OTHER", D(2024, 5, 1), sent=D(2024, 5, 20), parts=(Disposition.PROVIDED,))
    return [(case, other)]


def test_mismatched_pair_is_warned_and_not_counted() -> None:
    import pytest

    from foilib.statistics import StatisticsError, r004, sic

    recs = _mismatched()
    r = cabinet_office(recs, period=Q1, as_of=AS_OF)  # type: ignore[arg-type]
    assert r.row["Total requests received"] == 0
    assert r.warnings[0][0] == "F1" and "'OTHER'" in r.warnings[0][1]
    assert r004(recs, period=Q1, as_of=AS_OF).warnings[0][0] == "F1"  # type: ignore[arg-type]
    assert sic(recs, period=Q1, as_of=AS_OF).warnings[0][0] == "F1"  # type: ignore[arg-type]
    with pytest.raises(StatisticsError, match="mismatched"):
        cabinet_office(recs, period=Q1, as_of=AS_OF, strict=True)  # type: ignore[arg-type]


def test_mismatch_rules() -> None:
    from foilib._private.statistics._core import pair_mismatch

    case, resp = record("F1", D(2025, 3, 3), sent=D(2025, 3, 10), parts=(Disposition.PROVIDED,))
    assert resp is not None and pair_mismatch(case, resp) is None
    # same reference, another received date
    _, r2 = record("F1", D(2025, 3, 4), sent=D(2025, 3, 10), parts=(Disposition.PROVIDED,))
    assert r2 is not None and "received" in (pair_mismatch(case, r2) or "")
    # a letter for request F1 (no received date on it) sent before the case was received
    import attrs

    from foilib import Request

    early = attrs.evolve(resp, request=Request(reference="F1"), sent_on=D(2025, 3, 1))
    assert "before the request was received" in (pair_mismatch(case, early) or "")


def test_wdtk_answered_states_invent_no_timeliness() -> None:
    import pytest

    from foilib import ArgumentTypeError
    from foilib.statistics import read_wdtk_batch_csv

    head = "request_url,authority_name,number_of_replies,request_status"
    states = ["successful", "partially_successful", "rejected", "not_held", "Refused"]
    rows = read_wdtk_batch_csv(
        [head, *(f"https://x/request/r{i},A,1,{s}" for i, s in enumerate(states))]
    )
    assert [r.status for r in rows] == [None] * 5
    assert all(r.answered for r in rows)
    waiting = read_wdtk_batch_csv([head, "https://x/request/w,A,0,waiting_response"])[0]
    assert waiting.status is not None and not waiting.answered
    with pytest.raises(ArgumentTypeError, match="lines"):
        read_wdtk_batch_csv(head + "\n")


def test_explain_refs_of_derived_columns_are_the_cases_counted() -> None:
    from statistics_cases import ac1

    from foilib._private.statistics._cabinet_office import _DERIVED

    r = cabinet_office(ac1(), period=Q1, as_of=AS_OF)
    assert _DERIVED  # a derived column exists, so the loop below checks something
    for header in _DERIVED:
        e = r.explain(header)
        assert len(e.cases) == e.value, header  # one line per case (per use) counted
    e = r.explain("Total requests received (excluding on-hold and lapsed)")
    assert len(e.refs) == e.value == 10  # AC-1: 11 received less the one on hold or lapsed
    assert " - " in e.rule  # the rule keeps its minus terms
    res = r.explain('Total "resolvable" requests')
    assert len(res.refs) == res.value


def test_campaign_classes_validate_at_construction() -> None:
    import pytest

    from foilib import ArgumentTypeError, FieldTypeError, Regime, ValidationError
    from foilib.statistics import Campaign, Key, KeyKind, Target, TargetRecord

    # value strings and lists are accepted, as elsewhere in foilib
    assert Target("a", "A", "foisa").regime is Regime.FOISA  # type: ignore[arg-type]
    assert Key("c", "number").kind is KeyKind.NUMBER  # type: ignore[arg-type]
    camp = Campaign("t", targets=[Target("a", "A")], pilot=["a"])  # type: ignore[arg-type]
    assert camp.targets == (Target("a", "A"),) and camp.pilot == frozenset({"a"})
    bad: list[tuple[type[Exception], object]] = [
        (ValidationError, lambda: Target("a", "A", "nosuch")),  # type: ignore[arg-type]
        (ValidationError, lambda: Target("", "")),
        (FieldTypeError, lambda: Target(5, "A")),  # type: ignore[arg-type]
        (ValidationError, lambda: Key("c", "numeric")),  # type: ignore[arg-type]
        (FieldTypeError, lambda: Campaign("t", targets=["a"])),  # type: ignore[arg-type]
        (FieldTypeError, lambda: TargetRecord("a", values=[1])),  # type: ignore[arg-type]
        (FieldTypeError, lambda: TargetRecord("a", case="F1")),  # type: ignore[arg-type]
        (ValidationError, lambda: Key("n", KeyKind.NUMBER).check(float("nan"))),
        (ArgumentTypeError, lambda: camp.wide([], as_of="2025-04-15")),  # type: ignore[arg-type]
        (ArgumentTypeError, lambda: camp.wide([record("a", D(2025, 1, 6))], as_of=AS_OF)),  # type: ignore[list-item]
        (ArgumentTypeError, lambda: Period.calendar_quarter("2025", 1)),  # type: ignore[arg-type]
    ]
    for kind, make in bad:
        with pytest.raises(kind):
            make()  # type: ignore[operator]


def test_csv_exporter_errors_and_numbers() -> None:
    import io
    from decimal import Decimal
    from fractions import Fraction

    import pytest

    from foilib import ArgumentTypeError
    from foilib.statistics import csv_cell, write_csv

    # numbers are never escaped, whatever their type
    assert csv_cell(Decimal("-1")) == "-1" and csv_cell(Fraction(-1, 2)) == "-1/2"
    assert csv_cell("-1") == "'-1"  # text still is
    with pytest.raises(ArgumentTypeError, match=r"rows\[0\]"):
        write_csv(["notamapping"], io.StringIO(), columns=["a"])  # type: ignore[list-item]
    with pytest.raises(ArgumentTypeError, match="out"):
        write_csv([], io.BytesIO(), columns=["a"])  # type: ignore[arg-type]


def test_xlsx_sheet_names_and_cells_never_changed_silently(tmp_path: object) -> None:
    import pytest

    pytest.importorskip("openpyxl")
    from pathlib import Path

    from foilib.statistics import StatisticsError, write_xlsx

    path = Path(str(tmp_path)) / "out.xlsx"
    for sheets, message in [
        ({"Q1/2025": (["a"], [])}, "forbids"),
        ({"x" * 32: (["a"], [])}, "32 characters"),
        ({"": (["a"], [])}, "empty"),
        ({"Facts": (["a"], []), "facts": (["a"], [])}, "repeats"),
        ({"ok": (["a"], [{"a": "x\x00y"}])}, "row 2 column 'a'"),
    ]:
        with pytest.raises(StatisticsError, match=message):
            write_xlsx(path, sheets)  # type: ignore[arg-type]
    assert write_xlsx(path, {"x" * 31: (["a"], [{"a": "=1"}])}) == {"x" * 31: 1}


def test_parquet_rejects_unknown_partition_and_names_bad_values(tmp_path: object) -> None:
    import pytest

    pytest.importorskip("pyarrow")
    from pathlib import Path

    from foilib.statistics import StatisticsError, write_parquet

    kw = {"profile": "p", "profile_version": "1", "as_of": AS_OF}
    out = Path(str(tmp_path))
    with pytest.raises(StatisticsError, match="not a date column"):
        write_parquet(out / "p", "fact_request", [], partition_by_quarter="nosuch", **kw)  # type: ignore[arg-type]
    rows = [{"received_on": D(2025, 1, 6)}, {"received_on": D(2025, 1, 6), "due": "2025-02-03"}]
    with pytest.raises(StatisticsError, match="row 1 column 'due'"):
        write_parquet(out / "f.parquet", "fact_request", rows, **kw)  # type: ignore[arg-type]


def test_cli_stats_errors_are_one_line_exit_2(tmp_path: object, capsys: object) -> None:
    from pathlib import Path

    import pytest

    from foilib.cli import main

    cap: pytest.CaptureFixture[str] = capsys  # type: ignore[assignment]
    bad = Path(str(tmp_path)) / "latin1.jsonl"
    bad.write_bytes(b'\xff\xfe{"case": 1}\n')
    base = ["stats", "cabinet-office", str(bad)]
    assert main([*base, "--period", "2025-Q1", "--as-of", "2025-05-01"]) == 2
    err = cap.readouterr().err
    assert err.count("\n") == 1 and "not UTF-8" in err and "Traceback" not in err
    with pytest.raises(SystemExit) as stop:
        main([*base, "--period", "2025-03-31..2025-01-01", "--as-of", "2025-05-01"])
    assert stop.value.code == 2
    err = cap.readouterr().err
    assert "2025-03-31..2025-01-01" in err and "invalid parse_period" not in err
    assert "end:" not in err.lower()
    assert main([*base, "--period", "2025-Q1", "--as-of", "2024-12-01"]) == 2
    assert "before the period" in cap.readouterr().err


def test_cabinet_office_csv_appends_to_the_published_file() -> None:
    import csv
    import io

    from foilib.statistics import CO_HEADERS, CO_PUBLISHED_HEADER, read_cabinet_office_csv

    dup = "Total requests received (excluding on-hold and lapsed)"
    assert CO_PUBLISHED_HEADER.count(dup) == 2 and not any(
        h.endswith(".1") for h in CO_PUBLISHED_HEADER
    )
    assert len(CO_PUBLISHED_HEADER) == len(CO_HEADERS)
    r = cabinet_office([record("A1", D(2025, 1, 6))], period=Q1, as_of=AS_OF)
    out = io.StringIO(newline="")
    from foilib.statistics import write_csv

    write_csv([r.row], out, columns=CO_HEADERS, header=CO_PUBLISHED_HEADER)
    text = out.getvalue()
    assert next(csv.reader(io.StringIO(text))) == list(CO_PUBLISHED_HEADER)
    back = list(read_cabinet_office_csv(io.StringIO(text)))  # reads back as published
    assert back[0]["Total requests received"] == 1


def test_whole_number_percentages_are_rounding_not_failures() -> None:
    from foilib.statistics import check_cabinet_office_row

    # 2014-style row: 46 of 47 met the deadline = 97.87%, published as 98 (a whole number).
    pct = "Percentage of requests meeting 20-day deadline"
    from foilib._private.statistics._rules import CO_PERCENTAGES

    spec = next(p for p in CO_PERCENTAGES if p[0] == pct)
    row = dict.fromkeys(spec[1], 0) | {spec[2]: 47}
    row[spec[1][0]] = 46
    assert [f for f in check_cabinet_office_row({**row, pct: 98}) if f.header == pct] == []
    assert [f for f in check_cabinet_office_row({**row, pct: 97.87}) if f.header == pct] == []
    assert [f.header for f in check_cabinet_office_row({**row, pct: 97})] == [pct]  # off by 0.87
    assert [f.header for f in check_cabinet_office_row({**row, pct: 97.8})] == [pct]


def test_campaign_rows_are_public_and_empty_letters_unmapped() -> None:
    from foilib.statistics import Campaign, CampaignRow, Target, TargetRecord

    camp = Campaign("t", targets=(Target("a", "A"),))
    case, resp = record("a", D(2025, 3, 3), sent=D(2025, 3, 10), parts=())
    rows = camp.rows([TargetRecord("a", case, resp)], as_of=AS_OF)
    assert isinstance(rows[0], CampaignRow)
    assert rows[0].outcome == "unmapped"  # not "s21_only"


def test_sic_counts_a_response_without_letter_in_timeliness() -> None:
    from foilib import Case, Event, EventKind, Regime
    from foilib.statistics import sic

    fq = Period.financial_year(2024)
    case, _ = record("S1", D(2025, 3, 3), regime=Regime.FOISA)
    # response sent 10 Mar 2025 (5 working days after receipt), no letter given
    sent = Case(
        case.request, case.regime, (*case.events, Event(EventKind.RESPONSE_SENT, D(2025, 3, 10)))
    )
    rep = sic([(sent, None)], period=fq, as_of=AS_OF)
    assert rep.lines["Response within timescale"] == 1
    assert rep.lines["Response late"] == 0
    assert [w[0] for w in rep.warnings] == ["S1"]  # outcome unknown: warned, not invented


def test_ico_and_code_of_practice_time_a_response_without_letter_by_dates() -> None:
    from foilib import Case, Event, EventKind
    from foilib.statistics import code_of_practice, ico_timeliness

    case, _ = record("N1", D(2025, 3, 3))
    # sent 10 Mar 2025: 5 working days after receipt, well inside 20 (FOIA s.10(1))
    sent = Case(
        case.request, case.regime, (*case.events, Event(EventKind.RESPONSE_SENT, D(2025, 3, 10)))
    )
    ico = ico_timeliness([(sent, None)], period=Q1, as_of=AS_OF)
    assert ico.lines["Closed in the period"] == 1
    assert ico.lines["Closed within statutory time"] == 1  # not invented as late
    cop = code_of_practice([(sent, None)], period=Q1, as_of=AS_OF)
    assert cop.lines["Processed within deadline"] == 1
    assert [w[0] for w in cop.warnings] == ["N1"]
