"""foilib.statistics exports (AC-6, CSV part) and the ``foilib stats`` command."""

from __future__ import annotations

import csv
import io
import json
from pathlib import Path

import pytest
from statistics_cases import ac1

from foilib import ArgumentError, FoilibError, to_dict
from foilib.cli import main
from foilib.statistics import CO_HEADERS, CO_PUBLISHED_HEADER, csv_cell, parse_period, write_csv

AS_OF = "2025-05-16"

# --- AC-6: CSV for Excel ---------------------------------------------------------------

ESCAPES = [
    # (value, escaped, not escaped)
    ('=HYPERLINK("http://x","y")', '\'=HYPERLINK("http://x","y")', '=HYPERLINK("http://x","y")'),
    ("+44 20 7946 0000", "'+44 20 7946 0000", "+44 20 7946 0000"),
    ("-5", "'-5", "-5"),  # text, not a number
    ("@x", "'@x", "@x"),
    ("\tx", "'\tx", "\tx"),
    ("\rx", "'\rx", "\rx"),
    ("plain", "plain", "plain"),
    ("-", "-", "-"),  # the published not-applicable marker
    (0, "0", "0"),  # numbers are never escaped
    (-5, "-5", "-5"),
    (-2.5, "-2.5", "-2.5"),
    (None, "", ""),
]


@pytest.mark.parametrize(("value", "on", "off"), ESCAPES)
def test_ac6_formula_escaping(value: object, on: str, off: str) -> None:
    assert csv_cell(value) == on
    assert csv_cell(value, escape_formulas=False) == off


def _csv(excel: bool) -> bytes:
    import datetime as dt

    out = io.StringIO(newline="")
    write_csv(
        [{"title": "=1+1", "received_on": dt.date(2025, 2, 3), "n": -5}],
        out,
        columns=("title", "received_on", "n"),
        excel=excel,
    )
    return out.getvalue().encode("utf-8")


def test_ac6_bom_and_iso_dates() -> None:
    with_bom, without = _csv(True), _csv(False)
    assert with_bom.startswith(b"\xef\xbb\xbf")
    assert not without.startswith(b"\xef\xbb\xbf")
    assert without == b"title,received_on,n\r\n'=1+1,2025-02-03,-5\r\n"


def test_csv_never_drops_a_column() -> None:
    with pytest.raises(ArgumentError, match="keys among the columns"):
        write_csv([{"a": 1, "b": 2}], io.StringIO(), columns=("a",))


# --- the command ---------------------------------------------------------------------


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "ac1.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for case, response in ac1():
            doc = {"case": to_dict(case), "response": to_dict(response) if response else None}
            fh.write(json.dumps(doc) + "\n\n")
    return path


def test_cli_json(jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["stats", "cabinet-office", str(jsonl), "--period", "2025-Q1", "--as-of", AS_OF]
    assert main([*args, "--format", "json"]) == 0
    first = capsys.readouterr().out
    doc = json.loads(first)
    assert doc["row"]["Late response (i.e. 20-day deadline missed)"] == 3
    assert doc["profile"] == "cabinet_office" and doc["as_of"] == AS_OF
    assert main([*args, "--format", "json"]) == 0
    assert capsys.readouterr().out == first  # byte-identical


def test_cli_csv_row_appends_to_the_published_dataset(
    jsonl: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["stats", "cabinet-office", str(jsonl), "--period", "2025-Q1", "--as-of", AS_OF]
    assert main([*args, "--format", "csv", "--body", "=Dept"]) == 0
    rows = list(csv.reader(io.StringIO(capsys.readouterr().out)))
    assert tuple(rows[0]) == CO_PUBLISHED_HEADER  # the duplicate header as published
    assert rows[1][:3] == ["Q1 2025", "'=Dept", "11"]
    assert rows[1][CO_HEADERS.index("IR percentage upheld in full")] == "-"


def test_cli_explain(jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["stats", "cabinet-office", str(jsonl), "--period", "2025-Q1", "--as-of", AS_OF]
    assert main([*args, "--explain", "Requests on-hold or lapsed"]) == 0
    out = capsys.readouterr().out
    assert out.startswith("Requests on-hold or lapsed = 1:")
    assert "C10: on_hold" in out


def test_cli_bad_period_is_a_usage_error(jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["stats", "cabinet-office", str(jsonl), "--as-of", AS_OF, "--period", "2025-Q5"])
    assert exc.value.code == 2
    err = capsys.readouterr().err
    assert "--period: expected YYYY" in err and "Traceback" not in err


def test_cli_unknown_column_is_one_line(jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["stats", "cabinet-office", str(jsonl), "--period", "2025-Q1", "--as-of", AS_OF]
    assert main([*args, "--explain", "Nope"]) == 2
    assert capsys.readouterr().err == "foilib: error: --explain: no column 'Nope'\n"


def test_cli_bad_line_names_it(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    bad = tmp_path / "bad.jsonl"
    bad.write_text('{"case": {"regime": "foia"}}\n', encoding="utf-8")
    code = main(["stats", "cabinet-office", str(bad), "--period", "2025", "--as-of", AS_OF])
    assert code == 2
    err = capsys.readouterr().err
    assert err.startswith("foilib: error: line 1:")
    assert len(err.strip().splitlines()) == 1


def test_cli_progress_on_request(jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    args = ["stats", "cabinet-office", str(jsonl), "--period", "2025-Q1", "--as-of", AS_OF]
    assert main([*args, "--progress", "--format", "json"]) == 0
    assert capsys.readouterr().err == "\n"  # 24 lines: no 10,000-line tick, then a newline


@pytest.mark.parametrize(
    ("text", "label"),
    [
        ("2025-Q1", "Q1 2025"),
        ("fy2025-q4", "2025/26 Q4"),
        ("FY2024", "2024/25"),
        ("2024", "2024"),
        ("2025-01-01..2025-01-31", "2025-01-01 to 2025-01-31"),
    ],
)
def test_parse_period(text: str, label: str) -> None:
    assert parse_period(text).label == label


# Only ASCII digits are a year: Python's \d and int() also take other scripts' digits
# (Arabic-Indic, full-width), which foilib refuses everywhere as it does in dates.
@pytest.mark.parametrize(
    "text",
    ["\u0662\u0660\u0662\u0665", "\uff12\uff10\uff12\uff15-Q1", "FY\u0662\u0660\u0662\u0664"],
)
def test_parse_period_refuses_non_ascii_digits(text: str) -> None:
    with pytest.raises(FoilibError):
        parse_period(text)


@pytest.mark.parametrize(
    ("profile", "field", "value"),
    [
        ("r004", "1.Ciii", 1),
        ("code-of-practice", "Received", 12),
        ("ico-timeliness", "Closed in the period", 8),
        ("sic", "Requests received", 0),
    ],
)
def test_cli_other_profiles(
    jsonl: Path, capsys: pytest.CaptureFixture[str], profile: str, field: str, value: int
) -> None:
    args = [profile, str(jsonl), "--period", "2025-Q1", "--as-of", AS_OF, "--format", "json"]
    assert main(["stats", *args]) == 0
    captured = capsys.readouterr()
    assert json.loads(captured.out)["lines"][field] == value
    if profile == "sic":  # the twelve FOIA cases are warned about
        assert captured.err.count("warning:") == 12
    else:
        assert "more warnings" not in captured.err


def test_cli_sic_regime_is_scottish(jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit):
        main(["stats", "sic", str(jsonl), "--period", "2025", "--as-of", AS_OF, "--regime", "foia"])
    assert "expected foisa or eisr" in capsys.readouterr().err


def test_cli_caps_warnings(jsonl: Path, capsys: pytest.CaptureFixture[str]) -> None:
    double = jsonl.with_name("double.jsonl")
    double.write_text(jsonl.read_text(encoding="utf-8") * 2, encoding="utf-8")
    assert main(["stats", "sic", str(double), "--period", "2025", "--as-of", AS_OF]) == 0
    err = capsys.readouterr().err
    # 24 FOIA records and 12 repeated references (the file twice): 20 shown, 16 counted
    assert err.count("warning:") == 20
    assert err.endswith("foilib stats: ... and 16 more warnings\n")


# --- AC-6: XLSX (the excel extra) ---------------------------------------------------------


def _xlsx_rows(path: Path, sheet: str) -> list[tuple[object, ...]]:
    import openpyxl

    wb = openpyxl.load_workbook(path)
    return list(wb[sheet].iter_rows(values_only=True))


def test_ac6_xlsx_typed_dates_text_and_truncation(tmp_path: Path) -> None:
    import datetime as dt

    from foilib.statistics import MAX_CELL_CHARS, write_xlsx

    path = tmp_path / "facts.xlsx"
    letter = "x" * 40_000
    rows: list[dict[str, object]] = [
        {"ref": "A1", "received_on": dt.date(2025, 2, 3), "title": "=1+1", "letter": letter},
        {"ref": "A2", "received_on": None, "title": "plain", "letter": "short", "n": 0},
    ]
    written = write_xlsx(
        path,
        {"facts": (("ref", "received_on", "title", "letter", "n"), rows)},
        definitions={"ref": "the request's reference"},
        sources={"ref": "the authority's log"},
    )
    assert written == {"facts": 2}
    got = _xlsx_rows(path, "facts")
    assert got[0] == ("ref", "received_on", "title", "letter", "n", "truncated")
    assert got[1][1] == dt.datetime(2025, 2, 3)  # a typed date, not text
    assert got[1][2] == "=1+1"  # text, never run as a formula
    assert len(str(got[1][3])) == MAX_CELL_CHARS and got[1][5] == "letter"
    assert got[2][4] == 0 and got[2][5] is None
    assert _xlsx_rows(path, "definitions")[1] == ("ref", "the request's reference")
    assert _xlsx_rows(path, "sources")[1] == ("ref", "the authority's log")


def test_ac6_xlsx_row_limit_splits_or_raises(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    from foilib._private.statistics import _xlsx
    from foilib.statistics import StatisticsError, write_xlsx

    # Excel's 1,048,576 rows, scaled down: 4 rows per sheet (header + 3 data rows)
    monkeypatch.setattr(_xlsx, "MAX_ROWS", 4)
    rows = [{"i": i} for i in range(7)]
    path = tmp_path / "big.xlsx"
    assert write_xlsx(path, {"facts": (("i",), rows)}) == {"facts": 7}
    sheets = [[r[0] for r in _xlsx_rows(path, s)[1:]] for s in ("facts", "facts (2)", "facts (3)")]
    assert sheets == [[0, 1, 2], [3, 4, 5], [6]]  # nothing dropped
    with pytest.raises(StatisticsError, match="more than 3 rows"):
        write_xlsx(tmp_path / "no.xlsx", {"facts": (("i",), rows)}, split=False)
    with pytest.raises(StatisticsError, match="not columns"):
        write_xlsx(tmp_path / "no.xlsx", {"facts": (("i",), [{"j": 1}])})


# --- AC-6: star schema and data-package sidecar ---------------------------------------------


def test_ac6_star_schema_and_datapackage(tmp_path: Path) -> None:
    import datetime as dt
    import hashlib

    from foilib.statistics import TABLES, write_star_schema

    counts = write_star_schema(ac1(), tmp_path, as_of=dt.date(2025, 5, 16))
    # 12 requests; 12 part answers (C10, C11 have no letter; C2 and C4 have two);
    # claims C4 s.43, C5 s.35 and s.42, C8 s.40, C9 s.21
    assert counts["fact_request"] == 12
    assert counts["fact_part_answer"] == 12
    assert counts["fact_exemption_claim"] == 5
    assert counts["dim_provision"] == 5
    assert counts["dim_authority"] == 1
    package = json.loads((tmp_path / "datapackage.json").read_text(encoding="utf-8"))
    for resource in package["resources"]:
        table = resource["name"]
        fields = [(f["name"], f["type"]) for f in resource["schema"]["fields"]]
        assert fields == [(c, t) for c, t, _ in TABLES[table]]
        assert all(f["description"] for f in resource["schema"]["fields"])
        data = (tmp_path / resource["path"]).read_bytes()
        assert resource["rows"] == counts[table] == len(data.splitlines()) - 1
        assert resource["hash"] == "sha256:" + hashlib.sha256(data).hexdigest()
    with (tmp_path / "fact_request.csv").open(encoding="utf-8", newline="") as fh:
        c5 = next(r for r in csv.DictReader(fh) if r["request_ref"] == "C5")
    assert c5["received_on"] == "2025-02-10" and c5["timeliness"] == "extended_late"
    assert c5["extended_due"] == "2025-04-08" and c5["working_days_beyond_due"] == "28"


# --- AC-6: Parquet (the parquet extra) -----------------------------------------------------


def test_ac6_parquet_dates_enums_metadata(tmp_path: Path) -> None:
    import datetime as dt

    import pyarrow.parquet as pq

    import foilib
    from foilib.statistics import fact_rows, write_parquet

    as_of = dt.date(2025, 5, 16)
    requests = [row for table, row in fact_rows(ac1(), as_of=as_of) if table == "fact_request"]
    path = tmp_path / "facts.parquet"
    n = write_parquet(
        path,
        "fact_request",
        requests,
        profile="cabinet_office",
        profile_version="2024.1",
        as_of=as_of,
    )
    assert n == 12
    parquet_schema = pq.ParquetFile(path).schema
    assert str(parquet_schema.column(3).logical_type) == "Date"  # received_on
    table = pq.read_table(path)
    assert table.num_rows == len(requests)
    assert min(table.column("received_on").to_pylist()) == min(r["received_on"] for r in requests)
    assert (
        str(table.schema.field("timeliness").type)
        == "dictionary<values=string, indices=int32, ordered=0>"
    )
    assert table.column("timeliness").to_pylist() == [r["timeliness"] for r in requests]
    meta = {k.decode(): v.decode() for k, v in (table.schema.metadata or {}).items()}
    assert meta["foilib.profile"] == "cabinet_office"
    assert meta["foilib.profile_version"] == "2024.1"
    assert meta["foilib.as_of"] == "2025-05-16"
    assert meta["foilib.version"] == foilib.__version__


def test_parquet_partitioned_by_quarter(tmp_path: Path) -> None:
    import datetime as dt

    import pyarrow.parquet as pq

    from foilib.statistics import StatisticsError, fact_rows, write_parquet

    as_of = dt.date(2025, 5, 16)
    requests = [row for table, row in fact_rows(ac1(), as_of=as_of) if table == "fact_request"]
    late = {**requests[0], "request_ref": "Q2", "received_on": dt.date(2025, 4, 2)}
    write_parquet(
        tmp_path / "out",
        "fact_request",
        [*requests, late],
        profile="p",
        profile_version="1",
        as_of=as_of,
        partition_by_quarter="received_on",
    )
    parts = sorted(p.parent.name for p in (tmp_path / "out").rglob("*.parquet"))
    assert parts == ["quarter=2025-Q1", "quarter=2025-Q2"]
    assert pq.read_table(tmp_path / "out" / "quarter=2025-Q2" / "part-0.parquet").num_rows == 1
    with pytest.raises(StatisticsError, match="unknown table"):
        write_parquet(tmp_path / "x", "facts", [], profile="p", profile_version="1", as_of=as_of)
