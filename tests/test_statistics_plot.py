"""Returns per period in one pass, and the timeliness chart (``foilib stats --plot``)."""

from __future__ import annotations

import datetime as dt
import importlib.util
import itertools
import json
import sys
from pathlib import Path

import pytest
from statistics_cases import ac1

from foilib import ArgumentError, to_dict
from foilib.cli import main
from foilib.statistics import (
    Period,
    StatisticsError,
    cabinet_office,
    cabinet_office_by_period,
    plot_timeliness,
    sub_periods,
)

AS_OF = dt.date(2025, 5, 16)
HAS_MPL = importlib.util.find_spec("matplotlib") is not None
needs_mpl = pytest.mark.skipif(not HAS_MPL, reason="the plot extra (matplotlib) is not installed")
PNG = b"\x89PNG\r\n\x1a\n"


@pytest.mark.parametrize(
    ("period", "labels", "first", "last"),
    [
        (
            Period.calendar_year(2025),
            ["Q1 2025", "Q2 2025", "Q3 2025", "Q4 2025"],
            "01-01",
            "12-31",
        ),
        (
            Period.financial_year(2025),
            ["2025/26 Q1", "2025/26 Q2", "2025/26 Q3", "2025/26 Q4"],
            "04-01",
            "03-31",
        ),
        (Period.calendar_quarter(2025, 1), ["Jan 2025", "Feb 2025", "Mar 2025"], "01-01", "03-31"),
        # a range is cut at quarter boundaries and clipped at both ends; a clipped piece
        # is labelled with its real span, a whole quarter with its name
        (
            Period.between(dt.date(2025, 2, 10), dt.date(2025, 7, 4)),
            ["2025-02-10 to 2025-03-31", "Q2 2025", "2025-07-01 to 2025-07-04"],
            "02-10",
            "07-04",
        ),
    ],
)
def test_sub_periods_cover_the_period_without_gaps(
    period: Period, labels: list[str], first: str, last: str
) -> None:
    parts = sub_periods(period)
    assert [p.label for p in parts] == labels
    assert parts[0].start.isoformat()[5:] == first and parts[-1].end.isoformat()[5:] == last
    for a, b in itertools.pairwise(parts):
        assert b.start == a.end + dt.timedelta(days=1)


def test_returns_per_period_equal_one_return_per_period_and_merge_to_the_whole() -> None:
    records = ac1()
    months = sub_periods(Period.calendar_quarter(2025, 1))
    parts = cabinet_office_by_period(records, periods=months, as_of=AS_OF)
    for part, month in zip(parts, months, strict=True):
        alone = cabinet_office(records, period=month, as_of=AS_OF)
        assert part.row == alone.row
        assert [part.explain(h) for h in part.row] == [alone.explain(h) for h in alone.row]
    # AC-1 hand counts by month received: Jan C1 C2 C3 C12, Feb C4 C5 C6, Mar C7 C8 C10 C11
    # (C9, s.21 only, is outside the main block)
    assert [p.row["Total requests received"] for p in parts] == [4, 3, 4]
    whole = cabinet_office(records, period=Period.calendar_quarter(2025, 1), as_of=AS_OF)
    merged = parts[0].tally.merge(parts[1].tally).merge(parts[2].tally)
    assert merged.canonical() == whole.tally.canonical()


def test_overlapping_or_no_periods_are_refused() -> None:
    q1 = Period.calendar_quarter(2025, 1)
    with pytest.raises(ArgumentError, match="do not overlap"):
        cabinet_office_by_period([], periods=[q1, Period.calendar_year(2025)], as_of=AS_OF)
    with pytest.raises(ArgumentError, match="one or more"):
        cabinet_office_by_period([], periods=[], as_of=AS_OF)


@needs_mpl
def test_plot_timeliness_writes_a_png(tmp_path: Path) -> None:
    from matplotlib.image import imread

    parts = cabinet_office_by_period(
        ac1(), periods=sub_periods(Period.calendar_quarter(2025, 1)), as_of=AS_OF
    )
    path = tmp_path / "timeliness.png"
    plot_timeliness(parts, path)
    assert path.read_bytes()[:8] == PNG
    height, width = imread(str(path)).shape[:2]
    assert width >= 700 and height >= 500


def test_plot_timeliness_of_nothing_is_an_error(tmp_path: Path) -> None:
    with pytest.raises(StatisticsError):
        plot_timeliness([], tmp_path / "x.png")


def test_without_matplotlib_the_call_says_which_extra(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setitem(sys.modules, "matplotlib", None)  # import raises ImportError
    monkeypatch.setitem(sys.modules, "matplotlib.figure", None)
    monkeypatch.setitem(sys.modules, "matplotlib.backends.backend_agg", None)
    part = cabinet_office([], period=Period.calendar_quarter(2025, 1), as_of=AS_OF)
    with pytest.raises(StatisticsError, match=r"foilib\[plot\]"):
        plot_timeliness([part], tmp_path / "x.png")


@pytest.fixture
def jsonl(tmp_path: Path) -> Path:
    path = tmp_path / "ac1.jsonl"
    with path.open("w", encoding="utf-8") as fh:
        for case, response in ac1():
            doc = {"case": to_dict(case), "response": to_dict(response) if response else None}
            fh.write(json.dumps(doc) + "\n")
    return path


@needs_mpl
def test_cli_plot_writes_the_chart_and_the_same_figures(
    jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["stats", "cabinet-office", str(jsonl), "--period", "2025-Q1", "--as-of", "2025-05-16"]
    assert main([*args, "--format", "json"]) == 0
    plain = capsys.readouterr().out
    png = tmp_path / "t.png"
    assert main([*args, "--format", "json", "--plot", str(png)]) == 0
    assert capsys.readouterr().out == plain  # the figures are those of the whole period
    assert png.read_bytes()[:8] == PNG


def test_cli_plot_without_matplotlib_is_one_line_exit_2(
    jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str], monkeypatch: pytest.MonkeyPatch
) -> None:
    real = importlib.util.find_spec
    monkeypatch.setattr(
        importlib.util,
        "find_spec",
        lambda name, *a: None if name == "matplotlib" else real(name, *a),
    )
    args = ["stats", "cabinet-office", str(jsonl), "--period", "2025-Q1", "--as-of", "2025-05-16"]
    assert main([*args, "--plot", str(tmp_path / "t.png")]) == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1 and "foilib[plot]" in err and "Traceback" not in err
    assert not (tmp_path / "t.png").exists()


def test_cli_plot_is_for_the_cabinet_office_profile(
    jsonl: Path, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    args = ["stats", "r004", str(jsonl), "--period", "2025-Q1", "--as-of", "2025-05-16"]
    assert main([*args, "--plot", str(tmp_path / "t.png")]) == 2
    assert "only the cabinet-office profile" in capsys.readouterr().err
