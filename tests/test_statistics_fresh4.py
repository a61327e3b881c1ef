"""Fresh-user faults, fourth try-out (fixstats): one test per KIND of fault.

1. number cells read by different parsers (campaign reader vs Cabinet Office reader);
2. clipped periods keeping the whole quarter's/month's name;
3. ``check_cabinet_office_csv`` skipping cells it cannot read without a word;
4. the API accepting an ``as_of`` before the period that the CLI refuses;
5. the ``foilib stats`` JSON Lines reader (paths, repeated keys, repeated cases);
6. the chart's format, warnings, errors and axis.
"""

from __future__ import annotations

import csv
import datetime as dt
import functools
import importlib.util
import io
import json
import warnings
from collections.abc import Callable
from pathlib import Path
from typing import Any

import pytest
from hypothesis import given
from hypothesis import strategies as st
from statistics_cases import D, ac1

from foilib import ArgumentError, to_dict
from foilib.cli import main
from foilib.statistics import (
    CO_PUBLISHED_HEADER,
    Key,
    KeyKind,
    Period,
    StatisticsError,
    cabinet_office,
    cabinet_office_by_period,
    cabinet_office_tally,
    check_cabinet_office_csv,
    code_of_practice,
    ico_timeliness,
    r004,
    read_alaveteli_project_csv,
    read_cabinet_office_csv,
    read_jsonl,
    read_wdtk_batch_csv,
    sic,
    sub_periods,
)

Q1 = Period.calendar_quarter(2025, 1)
AS_OF = D(2025, 5, 16)

# --- 1. one number parser for every reader -------------------------------------------

NUMBER_CELLS = [
    # (cell, value, or None when it must be refused)
    ("1,234", 1234),
    ("1,234,567", 1234567),
    ("12", 12),
    (" 7 ", 7),
    ("-3", -3),
    ("2.5", 2.5),
    ("1,000.5", 1000.5),
    ("33.3%", 33.3),
    ("1,5", None),  # was 15: a comma that is no thousands separator
    (",5", None),  # was 5
    ("1,2,3", None),  # was 123
    ("12,34,567", None),  # was 1234567 (Indian grouping is not read as UK grouping)
    ("1,2345", None),
    ("1234,567", None),
    ("1 104", None),  # a space (or a non-breaking space) inside
    ("1\u00a0104", None),
    ("-", None),  # was "invalid literal for int() with base 10: '-'"
    ("n/a", None),
    ("..", None),
    ("(3)", None),
    ("\u2013", None),  # an en dash
    ("1e3", None),
    ("nan", None),
    ("inf", None),
    ("1_000", None),
]


def _alaveteli(cell: str) -> list[tuple[str, str, dict[str, object]]]:
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(["request_url", "public_body", "cost"])
    w.writerow(["https://x/request/a", "Body A", cell])
    return read_alaveteli_project_csv(out.getvalue().splitlines(), [Key("cost", KeyKind.NUMBER)])


@functools.cache
def _co_row() -> dict[str, object]:
    return dict(cabinet_office(ac1(), period=Q1, as_of=AS_OF, body="B").row)


def _co_csv(change: Callable[[dict[str, object]], None] | None = None, tail: str = "") -> str:
    """The CSV of AC-1's Q1 return, one row (``change`` edits the row's cells first)."""
    row = dict(_co_row())
    if change is not None:
        change(row)
    out = io.StringIO()
    w = csv.writer(out)
    w.writerow(CO_PUBLISHED_HEADER)
    w.writerow(["" if v is None else v for v in row.values()])
    return out.getvalue() + tail


_COUNT = "Requests Processed"


@pytest.mark.parametrize(("cell", "value"), NUMBER_CELLS)
def test_both_readers_read_a_number_cell_alike(cell: str, value: float | None) -> None:
    def put(row: dict[str, object]) -> None:
        row[_COUNT] = cell

    co_row = next(read_cabinet_office_csv(io.StringIO(_co_csv(put))))
    if value is None:
        with pytest.raises(StatisticsError) as err:
            _alaveteli(cell)
        msg = str(err.value)
        assert "line 2" in msg and "'cost'" in msg and repr(cell) in msg
        if cell != "-":  # "-" is the CO file's not-applicable marker
            assert co_row[_COUNT] == cell.strip()  # kept as text: unreadable, reported
    else:
        assert _alaveteli(cell)[0][2] == {"cost": value}
        assert co_row[_COUNT] == value
        assert type(co_row[_COUNT]) is type(value)


@given(st.integers(min_value=-(10**12), max_value=10**12))
def test_grouped_integers_read_back(n: int) -> None:
    grouped = f"{n:,}"
    assert _alaveteli(grouped)[0][2] == {"cost": n}


@given(st.text(alphabet="0123456789,", min_size=1, max_size=12))
def test_a_comma_is_read_only_between_groups_of_three(text: str) -> None:
    # digits and commas read iff the commas sit between whole groups of three digits
    groups = text.split(",")
    digits = text.replace(",", "")
    valid = all(groups) and (
        len(groups) == 1 or (len(groups[0]) <= 3 and all(len(g) == 3 for g in groups[1:]))
    )
    if valid:
        assert _alaveteli(text)[0][2] == {"cost": int(digits)}
    else:
        with pytest.raises(StatisticsError, match="'cost'"):
            _alaveteli(text)


@given(st.text(alphabet="0123456789,.%-+ n/a()\u00a0\u2013e", max_size=10))
def test_the_two_readers_never_disagree(text: str) -> None:
    # Property: any cell the campaign reader reads as a number, the CO reader reads as the
    # same number; any cell it refuses, the CO reader leaves as text (or "-" / blank).
    cell = text.replace("\n", "")

    def put(row: dict[str, object]) -> None:
        row[_COUNT] = cell

    co = next(read_cabinet_office_csv(io.StringIO(_co_csv(put))))[_COUNT]
    if not cell.strip():
        assert co is None and _alaveteli(cell)[0][2] == {}
        return
    try:
        value = _alaveteli(cell)[0][2]["cost"]
    except StatisticsError:
        assert co == cell.strip()
    else:
        assert co == value and type(co) is type(value)


@pytest.mark.parametrize("cell", ["3", "0", " 4 "])
def test_wdtk_replies_read_by_the_same_parser(cell: str) -> None:
    text = f"request_url,authority_name,number_of_replies,request_status\nu,A,{cell},successful"
    assert read_wdtk_batch_csv(text.splitlines())[0].number_of_replies == int(cell)


@pytest.mark.parametrize("cell", ["-", "1.5", "-1", "3_0", "x", '"1,5"'])
def test_wdtk_bad_replies_name_column_line_and_cell(cell: str) -> None:
    text = f"request_url,authority_name,number_of_replies,request_status\nu,A,{cell},successful"
    with pytest.raises(StatisticsError, match=r"line 2: column 'number_of_replies'"):
        read_wdtk_batch_csv(text.splitlines())


# --- 2. a clipped piece carries the label of its real span ---------------------------

CLIPPED = [
    # (period, labels of its pieces)
    (
        Period.between(D(2025, 2, 10), D(2025, 5, 10)),
        ["2025-02-10 to 2025-03-31", "2025-04-01 to 2025-05-10"],
    ),
    (Period.between(D(2025, 1, 15), D(2025, 1, 15)), ["2025-01-15 to 2025-01-15"]),
    (
        Period.between(D(2025, 1, 15), D(2025, 3, 31)),
        ["2025-01-15 to 2025-01-31", "Feb 2025", "Mar 2025"],
    ),
    (Period.between(D(2025, 1, 1), D(2025, 6, 30)), ["Q1 2025", "Q2 2025"]),
    (Period.financial_year(2025), ["2025/26 Q1", "2025/26 Q2", "2025/26 Q3", "2025/26 Q4"]),
]


@pytest.mark.parametrize(("period", "labels"), CLIPPED)
def test_clipped_pieces_are_labelled_with_their_span(period: Period, labels: list[str]) -> None:
    pieces = sub_periods(period)
    assert [p.label for p in pieces] == labels
    for p in pieces:  # a piece's label is its own: rebuilding it from the label agrees
        assert Period(p.start, p.end, p.label) == p


def test_a_co_row_for_a_clipped_quarter_names_its_span() -> None:
    piece = sub_periods(Period.between(D(2025, 2, 10), D(2025, 5, 10)))[0]
    row = cabinet_office(ac1(), period=piece, as_of=AS_OF).row
    assert row["Quarter"] == "2025-02-10 to 2025-03-31"
    assert row["Quarter"] == Period.between(D(2025, 2, 10), D(2025, 3, 31)).label


MISLABELLED = [
    # (start, end, label): a name of a whole period on other days
    (D(2025, 2, 10), D(2025, 3, 31), "Q1 2025"),
    (D(2025, 1, 1), D(2025, 3, 30), "Q1 2025"),
    (D(2025, 4, 1), D(2025, 6, 29), "2025/26 Q1"),
    (D(2025, 1, 15), D(2025, 1, 15), "Jan 2025"),
    (D(2025, 1, 1), D(2025, 12, 30), "2025"),
    (D(2025, 4, 2), D(2026, 3, 31), "2025/26"),
]


@pytest.mark.parametrize(("start", "end", "label"), MISLABELLED)
def test_a_period_may_not_carry_the_name_of_other_days(
    start: dt.date, end: dt.date, label: str
) -> None:
    with pytest.raises(ArgumentError, match="real span"):
        Period(start, end, label)


@pytest.mark.parametrize(
    "period",
    [
        Period.calendar_quarter(2025, 4),
        Period.financial_quarter(2025, 4),
        Period.calendar_year(2024),
        Period.financial_year(2024),
        Period(D(2024, 2, 1), D(2024, 2, 29), "Feb 2024"),
        Period(D(2025, 2, 10), D(2025, 3, 31), "spring term"),  # any other label is free
    ],
)
def test_rightly_named_periods_still_build(period: Period) -> None:
    assert Period(period.start, period.end, period.label) == period


# --- 3. check_cabinet_office_csv: every cell it cannot read is reported --------------

_PCT = "Percentage of requests meeting 20-day deadline"
_SIC = "Requests where information not held"


@pytest.mark.parametrize("cell", ["n/a", "..", "(3)", "\u2013", "1\u00a0104", "1 104", "x"])
def test_unreadable_cells_are_reported_and_not_checked(cell: str) -> None:
    def put(row: dict[str, object]) -> None:
        row[_SIC] = cell

    report = check_cabinet_office_csv(io.StringIO(_co_csv(put)))
    assert [(u.line, u.body, u.period, u.column, u.value) for u in report.unreadable] == [
        (2, "B", "Q1 2025", _SIC, cell.strip())
    ]
    hit = [c for c in report if c.not_checked]
    assert hit  # the identities that read the column count the row as not checked
    for c in hit:
        assert _SIC in c.identity and c.holding == 0 and not c.breaking
        assert c.not_checked_rows == 1 and "1 not checked" in str(c)
    baseline = check_cabinet_office_csv(io.StringIO(_co_csv()))
    assert not baseline.unreadable and all(not c.not_checked for c in baseline)
    for before, after in zip(baseline, report, strict=True):  # the others are unchanged
        if not after.not_checked:
            assert (after.holding, after.breaking) == (before.holding, before.breaking)


def test_a_percentage_with_a_percent_sign_is_read() -> None:
    def put(row: dict[str, object]) -> None:
        value = row[_PCT]
        assert isinstance(value, float)
        row[_PCT] = f"{value:.1f}%"

    report = check_cabinet_office_csv(io.StringIO(_co_csv(put)))
    assert not report.unreadable
    assert all(not c.breaking and not c.not_checked for c in report)
    assert [c.holding for c in report if c.identity.startswith(_PCT)] == [1]


@pytest.mark.parametrize("tail", ["\r\n", "\n\n", "\r\n\r\n\r\n", "\n"])
def test_trailing_blank_lines_are_ignored(tail: str) -> None:
    report = check_cabinet_office_csv(io.StringIO(_co_csv(tail=tail), newline=""))
    assert report[0].holding == 1 and not report.unreadable


def test_a_header_repeated_by_joining_two_files_is_skipped() -> None:
    # Two published CSVs joined one after another (Excel users do this): the second header
    # is not a row of figures, and the second file's row is read like the first.
    one = _co_csv()
    report = check_cabinet_office_csv(io.StringIO(one + one, newline=""))
    assert not report.unreadable
    assert report[0].holding == 2


def test_a_short_line_is_still_fatal() -> None:
    with pytest.raises(StatisticsError, match="line 3: 3 cells"):
        check_cabinet_office_csv(io.StringIO(_co_csv(tail="a,b,c\n")))


# --- 4. one as_of check for the API and the CLI --------------------------------------

EARLY = D(2024, 12, 31)  # the day before Q1 2025 starts

PROFILES: list[Callable[[], object]] = [
    lambda: cabinet_office(ac1(), period=Q1, as_of=EARLY),
    lambda: cabinet_office_tally(ac1(), period=Q1, as_of=EARLY),
    lambda: cabinet_office_by_period(ac1(), periods=sub_periods(Q1), as_of=EARLY),
    lambda: r004(ac1(), period=Q1, as_of=EARLY),
    lambda: sic(ac1(), period=Q1, as_of=EARLY),
    lambda: code_of_practice(ac1(), period=Q1, as_of=EARLY),
    lambda: ico_timeliness(ac1(), period=Q1, as_of=EARLY),
]


@pytest.mark.parametrize("run", PROFILES)
def test_every_profile_refuses_as_of_before_the_period(run: Callable[[], object]) -> None:
    with pytest.raises(StatisticsError, match=r"before the period .* starts"):
        run()


def test_by_period_reads_a_generator_of_periods_once() -> None:
    # the periods' checks must not use up a one-shot iterable (Jan 1, Feb 0, Mar 1 of Q1)
    once = (p for p in sub_periods(Q1))
    parts = cabinet_office_by_period(ac1()[:3], periods=once, as_of=AS_OF)  # type: ignore[arg-type]
    assert [p.period.label for p in parts] == ["Jan 2025", "Feb 2025", "Mar 2025"]


def test_as_of_on_the_first_day_is_accepted() -> None:
    # AC-1's first cases: C12 received 2 January 2025, C1 on 6 January
    assert cabinet_office(ac1(), period=Q1, as_of=Q1.start).row["Total requests received"] == 0
    assert cabinet_office(ac1(), period=Q1, as_of=D(2025, 1, 6)).row["Total requests received"] == 2


# --- 5. the JSON Lines reader -------------------------------------------------------


def _lines(*docs: str) -> io.StringIO:
    return io.StringIO("\n".join(docs) + "\n")


def _doc(i: int) -> dict[str, Any]:
    case, response = ac1()[i]
    return {"case": to_dict(case), "response": to_dict(response) if response else None}


BAD_LINES = [
    # (line, the path and words the error must name)
    ('{"case": 1, "response": null}', "line 1: $.case: an object (Case), got 1"),
    ('{"case": {}, "response": 1}', "line 1: $.case"),
    ('{"case": 1, "case": 2}', "line 1: $: the key 'case' is repeated"),
    ('{"case": {"a": 1, "a": 2}}', "line 1: $.case: the key 'a' is repeated"),
    ('{"case": {"x": [{"k": 1, "k": 1}]}}', "line 1: $.case.x[0]: the key 'k' is repeated"),
    ("[1]", 'line 1: $: expected an object {"case"'),
]


@pytest.mark.parametrize(("line", "message"), BAD_LINES)
def test_bad_lines_name_the_path(line: str, message: str) -> None:
    with pytest.raises(StatisticsError) as err:
        list(read_jsonl(_lines(line)))
    assert str(err.value).startswith(message)


def test_a_bad_response_names_its_path() -> None:
    doc = _doc(0)
    doc["response"] = 1
    with pytest.raises(StatisticsError, match=r"line 1: \$\.response: an object \(Response\)"):
        list(read_jsonl(_lines(json.dumps(doc))))


def test_a_repeated_case_key_is_refused_not_last_wins() -> None:
    good = json.dumps(_doc(0))
    twice = '{"case": ' + json.dumps(_doc(1)["case"]) + ", " + good[1:]
    with pytest.raises(StatisticsError, match=r"\$: the key 'case' is repeated"):
        list(read_jsonl(_lines(twice)))


def test_a_repeated_case_reference_is_warned(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    seen: list[tuple[str, str]] = []
    docs = [json.dumps(_doc(0)), json.dumps(_doc(1)), json.dumps(_doc(0))]
    pairs = list(read_jsonl(_lines(*docs), warn=lambda ref, msg: seen.append((ref, msg))))
    assert len(pairs) == 3  # still counted: the warning says so
    assert seen == [("C1", "line 3: the same case reference as line 1, counted again")]
    path = tmp_path / "r.jsonl"
    path.write_text("\n".join(docs) + "\n", encoding="utf-8")
    args = ["stats", "cabinet-office", str(path), "--period", "2025-Q1", "--as-of", "2025-05-16"]
    assert main([*args, "--format", "json"]) == 0
    captured = capsys.readouterr()
    assert "warning: C1: line 3: the same case reference as line 1" in captured.err
    assert ["C1", "line 3: the same case reference as line 1, counted again"] in json.loads(
        captured.out
    )["warnings"]


# --- 6. the chart ------------------------------------------------------------------

needs_mpl = pytest.mark.skipif(
    importlib.util.find_spec("matplotlib") is None, reason="the plot extra (matplotlib)"
)

MAGIC = [(".png", b"\x89PNG"), (".svg", b"<?xml"), (".pdf", b"%PDF"), (".PNG", b"\x89PNG")]


@needs_mpl
@pytest.mark.parametrize(("suffix", "magic"), MAGIC)
def test_the_format_follows_the_suffix(tmp_path: Path, suffix: str, magic: bytes) -> None:
    from foilib.statistics import plot_timeliness

    path = tmp_path / f"t{suffix}"
    parts = cabinet_office_by_period(ac1(), periods=sub_periods(Q1), as_of=AS_OF)
    plot_timeliness(parts, path)
    assert path.read_bytes().startswith(magic)


@needs_mpl
@pytest.mark.parametrize("name", ["t.xyz", "t", "t.docx"])
def test_an_unknown_suffix_is_one_clear_error(tmp_path: Path, name: str) -> None:
    from foilib.statistics import plot_timeliness

    parts = cabinet_office_by_period(ac1(), periods=sub_periods(Q1), as_of=AS_OF)
    with pytest.raises(StatisticsError, match=r"cannot choose an image format .* \.png"):
        plot_timeliness(parts, tmp_path / name)
    assert not (tmp_path / name).exists()


@needs_mpl
def test_cli_refuses_an_unknown_suffix_before_reading(
    tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["stats", "cabinet-office", str(tmp_path / "absent.jsonl"), "--period", "2025"]
    assert main([*args, "--as-of", "2025-05-16", "--plot", str(tmp_path / "t.xyz")]) == 2
    err = capsys.readouterr().err
    assert "cannot choose an image format" in err and err.count("\n") == 1


@needs_mpl
def test_a_missing_directory_is_a_statistics_error(tmp_path: Path) -> None:
    from foilib.statistics import plot_timeliness

    parts = cabinet_office_by_period(ac1(), periods=sub_periods(Q1), as_of=AS_OF)
    with pytest.raises(StatisticsError, match="cannot write"):
        plot_timeliness(parts, tmp_path / "no" / "such" / "t.png")


@needs_mpl
def test_an_empty_chart_warns_nothing_and_spans_0_to_100(tmp_path: Path) -> None:
    from matplotlib.figure import Figure

    from foilib.statistics import plot_timeliness

    parts = cabinet_office_by_period([], periods=sub_periods(Q1), as_of=AS_OF)
    limits: list[tuple[float, float]] = []
    original = Figure.savefig

    def spy(fig: Figure, *a: Any, **k: Any) -> None:
        limits.append(fig.axes[0].get_ylim())
        original(fig, *a, **k)

    with warnings.catch_warnings():
        warnings.simplefilter("error")
        Figure.savefig = spy  # type: ignore[method-assign,assignment]
        try:
            plot_timeliness(parts, tmp_path / "empty.png")
            plot_timeliness(
                cabinet_office_by_period(ac1(), periods=sub_periods(Q1), as_of=AS_OF),
                tmp_path / "full.png",
            )
        finally:
            Figure.savefig = original  # type: ignore[method-assign]
    assert [lo for lo, _ in limits] == [0.0, 0.0]
    assert all(hi >= 100 for _, hi in limits)
