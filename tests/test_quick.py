"""The quick path of ``foilib due`` (start-up time, issue 14) answers exactly as the full CLI.

Every row is run through ``foilib.cli.main`` (which tries the quick path first) and
through the full parser ``foilib._private.cli.main``; stdout, stderr and the exit status
must agree. The rows marked quick must be answered by the quick path itself, so that a
quick path that always defers cannot pass.
"""

from __future__ import annotations

import datetime as dt
import subprocess
import sys

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import foilib
from foilib._private import quick
from foilib._private.cli import main as full_main
from foilib.cli import main

# (argv, answered by the quick path?)
ROWS = [
    (["due", "2026-11-25"], True),  # Thu 24 Dec 2026 (docs/cli.md)
    (["due", "2026-11-25", "--regime", "foisa"], True),  # the regime's own period (20)
    (["due", "2026-11-25", "--days", "20"], True),
    (["due", "2026-11-25", "--regime=EIR", "--days", "40"], True),
    (["due", "--days=1", "2026-12-24"], True),  # options before the date
    (["due", "2026-11-25", "--days", "5", "--days", "7"], True),  # the last one counts
    (["due", "2026-03-16", "--regime", "Eisr"], True),
    (["due", "2026-11-25", "--explain"], False),
    (["due", "2026-11-25", "--json"], False),
    (["due", "2026-11-25", "--reg", "foisa"], False),  # an abbreviation: argparse decides
    (["due", "2026-11-25", "--regime", "nope"], False),
    (["due", "2026-11-25", "--days", "0"], False),
    (["due", "2026-11-25", "--days", "-3"], False),
    (["due", "2026-11-25", "--days"], False),
    (["due", "2026-13-01"], False),
    (["due", "20261125"], False),
    (["due", "2026-11-25", "2026-11-26"], False),
    (["due", "2099-12-30"], False),  # the result is out of range: the full path's error
    (["due", "1999-12-30"], False),
    (["due"], False),
    (["due", "-h"], False),
    (["due", "--", "2026-11-25"], False),
    (["working-days", "2026-11-25", "2026-12-24"], False),
]


def _run(fn: object, argv: list[str], capsys: pytest.CaptureFixture[str]) -> tuple[object, ...]:
    try:
        status = fn(argv)  # type: ignore[operator]
    except SystemExit as exc:  # argparse's help and errors
        status = ("exit", exc.code)
    out = capsys.readouterr()
    return status, out.out, out.err


@pytest.mark.parametrize(("argv", "is_quick"), ROWS)
def test_quick_path_answers_as_the_full_cli(
    argv: list[str],
    is_quick: bool,
    capsys: pytest.CaptureFixture[str],
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("FOILIB_HOLIDAYS", raising=False)
    full = _run(full_main, argv, capsys)
    assert _run(main, argv, capsys) == full  # in this process: walked from the rules
    with pytest.MonkeyPatch.context() as mp:  # as in a fresh process: from the snapshot
        mp.delitem(sys.modules, "foilib._private.bank_holidays")
        answered = quick.due(argv)
    out = capsys.readouterr()
    assert (answered is not None) is is_quick
    if is_quick:
        assert (answered, out.out, out.err) == full
    else:
        assert (out.out, out.err) == ("", "")


def test_quick_path_defers_when_holiday_files_are_named(
    monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    monkeypatch.setenv("FOILIB_HOLIDAYS", "no-such-file.json")
    assert quick.due(["due", "2026-11-25"]) is None
    assert capsys.readouterr().out == ""


def test_quick_regimes_are_the_regime_values() -> None:
    assert tuple(r.value for r in foilib.Regime) == quick._REGIMES


@settings(max_examples=60, deadline=None)
@given(
    st.dates(dt.date(2000, 1, 1), dt.date(2099, 11, 1)),
    st.sampled_from(list(foilib.Regime)),
    st.integers(1, 60),
)
def test_quick_due_is_add_working_days(d: dt.date, regime: foilib.Regime, n: int) -> None:
    import contextlib
    import io

    buffer = io.StringIO()
    with contextlib.redirect_stdout(buffer):
        status = quick.due(["due", d.isoformat(), "--regime", regime.value, "--days", str(n)])
    try:
        expected = foilib.add_working_days(d, n, regime)
    except foilib.CalendarRangeError:
        # past 2099-12-31: the quick path defers to the full CLI, which gives the error
        assert status is None
        assert buffer.getvalue() == ""
        return
    assert status == 0
    assert buffer.getvalue().endswith(f"({expected.isoformat()})\n")


def test_plain_due_imports_neither_argparse_nor_the_clock() -> None:
    code = (
        "import sys\n"
        "from foilib.cli import main\n"
        "assert main(['due', '2026-11-25']) == 0\n"
        "heavy = {'argparse', 'foilib._private.clock', 'foilib._private.catalogue',\n"
        "         'foilib._private.model', 'foilib._private.statistics._cli', 'cattrs'}\n"
        "print(sorted(heavy & set(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    assert done.stdout.splitlines() == ["Thu 24 Dec 2026  (2026-12-24)", "[]"]


def test_plain_due_in_a_fresh_process_reads_the_snapshot_not_attrs() -> None:
    code = (
        "import sys\n"
        "from foilib.cli import main\n"
        "assert main(['due', '2026-03-16', '--regime', 'foisa']) == 0\n"
        "print(sorted({'attrs', 'foilib._private.workdays'} & set(sys.modules)))\n"
    )
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True)
    # FOISA: Easter Monday works in Scotland (see WorkingDayCalendar's doctest)
    assert done.stdout.splitlines() == ["Tue 14 Apr 2026  (2026-04-14)", "[]"]


def test_snapshot_is_fresh() -> None:
    from pathlib import Path

    text = (Path(quick.__file__).parent / "_quick_days.py").read_text("utf-8")
    assert text == quick.snapshot(), (
        "src/foilib/_private/_quick_days.py is stale: run .venv/bin/python tools/gen_quick_days.py"
    )


@settings(max_examples=200, deadline=None)
@given(
    st.dates(dt.date(2000, 1, 1), dt.date(2099, 12, 31)),
    st.sampled_from(list(foilib.Regime)),
    st.integers(1, 400),
)
def test_snapshot_answers_as_the_day_table(d: dt.date, regime: foilib.Regime, n: int) -> None:
    try:
        expected: dt.date | None = foilib.add_working_days(d, n, regime)
    except foilib.CalendarRangeError:
        expected = None
    with pytest.MonkeyPatch.context() as mp:  # as in a fresh process: no holiday data loaded
        mp.delitem(sys.modules, "foilib._private.bank_holidays")
        assert quick._from_snapshot(regime.value, d, n) == (expected,)


def test_snapshot_is_not_used_once_holiday_data_is_imported() -> None:
    import foilib._private.bank_holidays  # noqa: F401

    assert quick._from_snapshot("foia", dt.date(2026, 11, 25), 20) is None


def test_walk_answers_as_the_day_table() -> None:
    from foilib._private import workdays

    rows = [(dt.date(2026, 11, 25), 20), (dt.date(2026, 3, 16), 20), (dt.date(2099, 12, 1), 30)]
    for regime in foilib.Regime:
        for d, n in rows:
            try:
                expected: dt.date | None = foilib.add_working_days(d, n, regime)
            except foilib.CalendarRangeError:
                expected = None
            with pytest.MonkeyPatch.context() as mp:  # no table built: walk the days
                mp.setattr(workdays, "_DAY_TABLES", {})
                assert workdays.walk_add(regime, d, n) == expected
            assert workdays.walk_add(regime, d, n) == expected  # with the table
