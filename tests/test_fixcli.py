"""Faults a fresh user found in the command line, fixed by kind (not only the input found):

1. numbers: every numeric argument reads ASCII digits 0-9 only, through one reader
   (``foilib._private.quick.whole_number``) shared by the quick path and the full parser;
2. ``due --days 0`` (or less) is no response period: refused on the command line, while the
   Python API keeps ``add_working_days(d, 0) == d``;
3. one citation style (the :class:`foilib.Citation` ``str()`` form) in every explanation line;
4. report types (Timeline, Deadline, Pause, Reason, Finding) are write-only: reading one back
   is a foilib error that names no private field;
5. other user input that reached Python built-ins unchecked (empty or blank file names, a NUL
   in a name, a directory as a template, a blank ``--search``, numbers of any size).

Commands run in this process (``foilib.cli.main``), as the quick-path tests do.
"""

from __future__ import annotations

import datetime as dt
import inspect
import json
import re
from pathlib import Path
from typing import Any

import cattrs
import pytest
from hypothesis import HealthCheck, assume, given, settings
from hypothesis import strategies as st

import foilib
import foilib.strategies as fs
from foilib._private import cli, quick
from foilib._private.law import law
from foilib.cli import main

DATA = Path(__file__).parent / "data"
LETTERS = DATA / "letters"
LEICESTER = LETTERS / "leicester-childrens-analytics.json"
CASE = DATA / "cases" / "foia-answered-late.json"
TODAY = "2027-06-01"  # after every event of CASE


def run(capsys: pytest.CaptureFixture[str], *argv: str) -> tuple[object, str, str]:
    """(exit status, stdout, stderr) of ``foilib ARGV`` run in this process."""
    try:
        status: object = main(list(argv))
    except SystemExit as exc:  # argparse's errors
        status = exc.code
    out = capsys.readouterr()
    return status, out.out, out.err


def refused(capsys: pytest.CaptureFixture[str], *argv: str) -> str:
    """The one line on stderr of a command that must exit 2 with nothing on stdout."""
    status, out, err = run(capsys, *argv)
    assert status == 2, (argv, status, out, err)
    assert out == ""
    lines = err.strip().splitlines()
    assert len(lines) == 1, err
    assert lines[0].startswith("foilib") and "error: " in lines[0], lines[0]
    assert "Traceback" not in err
    return lines[0]


# --- 1. numbers: ASCII digits only, one reader -----------------------------------------------

#: Text Python's int() reads (or str.isdigit() passes) that is not ASCII digits 0-9.
NOT_ASCII_DIGITS = [
    "\u0663",  # ARABIC-INDIC DIGIT THREE: int() reads 3
    "\u0969",  # DEVANAGARI DIGIT THREE
    "\uff13",  # FULLWIDTH DIGIT THREE
    "\U0001d7d1",  # MATHEMATICAL BOLD DIGIT THREE
    "\u00b2",  # SUPERSCRIPT TWO: isdigit() is True, int() raises
    " 3",
    "3 ",
    "+3",
    "3_0",
    "1e3",
    "0x1",
    "",
]

#: Every numeric argument of every subcommand this module owns: (argv before the number,
#: argv after it, the words of the refusal). ``stats`` (statistics/_cli.py) is tested apart.
NUMERIC = [
    (("due", "2026-11-25", "--days"), (), "--days"),
    (("due", "2026-11-25", "--regime", "eir", "--days"), ("--explain",), "--days"),
    (("holidays",), (), "YEAR"),
    (("holidays",), ("--json",), "YEAR"),
]


@pytest.mark.parametrize("text", NOT_ASCII_DIGITS, ids=[ascii(t) for t in NOT_ASCII_DIGITS])
@pytest.mark.parametrize(
    ("before", "after", "name"), NUMERIC, ids=[" ".join(r[0]) for r in NUMERIC]
)
def test_numeric_arguments_take_ascii_digits_only(
    capsys: pytest.CaptureFixture[str],
    before: tuple[str, ...],
    after: tuple[str, ...],
    name: str,
    text: str,
) -> None:
    # A year of other digits: four characters, as "2027" is.
    value = text * 4 if name == "YEAR" and len(text) == 1 else text
    line = refused(capsys, *before, value, *after)
    assert name in line
    assert "digits 0-9" in line


@pytest.mark.parametrize("text", ["\u0663", "\uff13", "+3", " 3", "0", "-1", "00"])
def test_quick_path_defers_every_refused_number_to_the_full_parser(text: str) -> None:
    # The quick path answers only what the full parser accepts; the rest it hands on, so
    # the message and exit status are the full parser's.
    assert quick._options(["due", "2026-11-25", "--days", text]) is None
    assert quick._options(["due", "2026-11-25", f"--days={text}"]) is None


def test_quick_and_full_paths_agree_on_digits(capsys: pytest.CaptureFixture[str]) -> None:
    # Issue: `foilib due 2026-11-25 --days ٣` answered as --days 3.
    line = refused(capsys, "due", "2026-11-25", "--days", "\u0663")
    assert "'\u0663'" in line
    assert run(capsys, "due", "2026-11-25", "--days", "3")[:2] == (
        0,
        "Tue 1 Dec 2026  (2026-12-01)\n",  # 26, 27, (28, 29 weekend), (30 St Andrew's), 1
    )


@settings(max_examples=200, deadline=None)
@given(st.text(max_size=8))
def test_whole_number_reads_ascii_digits_and_nothing_else(text: str) -> None:
    ascii_digits = text != "" and all("0" <= c <= "9" for c in text)
    found = quick.whole_number(text)
    assert (found is not None) == ascii_digits
    if found is not None:
        assert found == int(text)


@settings(max_examples=100, deadline=None)
@given(st.integers(min_value=-(10**12), max_value=10**12), st.sampled_from(["", "+"]))
def test_whole_number_signed(n: int, plus: str) -> None:
    text = str(n) if n < 0 else plus + str(n)
    assert quick.whole_number(text, signed=True) == n
    assert quick.whole_number(text) == (None if text[0] in "+-" else n)


def test_whole_number_has_a_digit_limit() -> None:
    assert quick.whole_number("9" * quick.MAX_DIGITS) == int("9" * quick.MAX_DIGITS)
    assert quick.whole_number("9" * (quick.MAX_DIGITS + 1)) is None
    assert quick.whole_number("9" * 5000) is None  # int() would raise: 4300-digit limit
    assert quick.whole_number("-") is None
    assert quick.whole_number("-", signed=True) is None


def test_no_numeric_argument_bypasses_the_shared_reader() -> None:
    # Every int the command line makes comes from quick.whole_number: no type=int, and
    # int() only inside whole_number.
    for module in (cli, quick):
        source = inspect.getsource(module)
        assert "type=int" not in source
        calls = [m.start() for m in re.finditer(r"\bint\(", source)]
        body = inspect.getsource(quick.whole_number)
        inside = source.index(body) if module is quick else -1
        for at in calls:
            assert inside <= at < inside + len(body), (module.__name__, source[at - 60 : at])
    assert "whole_number(" in inspect.getsource(cli._whole)


# --- 2. --days 0 -----------------------------------------------------------------------------


@pytest.mark.parametrize("days", ["0", "00", "-1", "-20"])
@pytest.mark.parametrize("form", ["split", "joined"])
def test_due_refuses_a_period_of_no_working_days(
    capsys: pytest.CaptureFixture[str], days: str, form: str
) -> None:
    # Issue: --days 0 printed "the 0th working day following".
    args = ("--days", days) if form == "split" else (f"--days={days}",)
    for extra in ((), ("--explain",), ("--json",)):
        line = refused(capsys, "due", "2026-11-25", *args, *extra)
        assert "--days" in line
        assert "0th" not in line


def test_python_api_keeps_zero_as_the_same_day() -> None:
    # Decision: add_working_days documents ArgumentError for a *negative* n only; 0 is the
    # day itself and stays so in Python. Only the CLI, whose words are about a response
    # period, refuses it.
    d = dt.date(2026, 11, 28)  # a Saturday: 0 working days after it is itself
    assert foilib.add_working_days(d, 0) == d
    with pytest.raises(foilib.ArgumentError):
        foilib.add_working_days(d, -1)


def test_one_working_day_is_still_a_period(capsys: pytest.CaptureFixture[str]) -> None:
    status, out, _ = run(capsys, "due", "2026-11-27", "--days", "1", "--explain")
    assert status == 0
    # Fri 27 Nov 2026; Sat 28, Sun 29 weekend, Mon 30 St Andrew's Day (FOIA counts Scotland)
    assert out.startswith("Tue 1 Dec 2026  (2026-12-01)")
    assert "the 1st working day following" in out


# --- 3. one citation style in explanations -----------------------------------------------------

#: A citation of a provision in any style: "s.10(1)", "s 10", "reg.5(2)", "reg 2(1)",
#: "section 10", "regulation 5", "art.6".
CITATION = re.compile(
    r"\b(?P<kind>s|reg|art|section|regulation|article)(?P<sep>\.|\s+)(?P<num>\d+[A-Z]*)"
    r"(?:\(\w+\))*"
)


def _styles(text: str) -> set[str]:
    """The forms of citation in ``text``: "s." and "reg." (the Citation form) or others."""
    return {
        f"{m.group('kind')}{'.' if m.group('sep') == '.' else ' '}" for m in CITATION.finditer(text)
    }


@pytest.mark.parametrize("regime", [r.value for r in foilib.Regime])
@pytest.mark.parametrize("days", [None, "30", "37", "40", "60"])
def test_due_explain_uses_one_citation_style(
    capsys: pytest.CaptureFixture[str], regime: str, days: str | None
) -> None:
    # Issue: "EIR reg.5(2)" (Citation str) beside "EIR reg 2(1)" (the calendar's own
    # spelling) in one line. Every citation of the four regimes is now its str() form.
    extra = ("--days", days) if days else ()
    status, out, err = run(capsys, "due", "2026-11-25", "--regime", regime, "--explain", *extra)
    assert status == 0, err
    for line in out.splitlines():
        # The holiday instruments (Banking and Financial Dealings Act 1971 Sch 1 para 2, ...
        # 2007 s.1) are other Acts' text, but they too write "s.".
        assert _styles(line) <= {"s.", "reg."}, line
    assert _styles(out) & {"s.", "reg."}


@pytest.mark.parametrize("regime", list(foilib.Regime))
def test_due_json_citations_are_citation_str(
    capsys: pytest.CaptureFixture[str], regime: foilib.Regime
) -> None:
    status, out, _ = run(capsys, "due", "2026-11-25", "--regime", regime.value, "--json")
    assert status == 0
    data = json.loads(out)
    definition = law(regime).working_day
    expected = str(definition.citation) + (
        f" ({definition.borrowed_from})" if definition.borrowed_from else ""
    )
    assert data["working_day_definition"] == expected
    assert data["provision"] == str(law(regime).response.citation)
    for skipped in data["skipped"]:
        for reason in skipped["reasons"]:
            assert reason["citation"].startswith(expected)
            assert _styles(reason["description"]) <= {"s.", "reg."}


@pytest.mark.parametrize("regime", list(foilib.Regime))
def test_working_day_reasons_use_citation_str(regime: foilib.Regime) -> None:
    cal = foilib.working_day_calendar(regime)
    assert cal.provision.startswith(str(law(regime).working_day.citation))
    saturday = cal.non_working_reasons(dt.date(2026, 11, 28))[0]
    assert saturday.provision == cal.provision
    assert _styles(str(saturday)) <= {"s.", "reg."}


def test_timeline_explanation_uses_one_citation_style(capsys: pytest.CaptureFixture[str]) -> None:
    case = json.loads(CASE.read_text(encoding="utf-8"))
    for regime in foilib.Regime:
        case["regime"] = regime.value
        status, out, err = run_case(capsys, case)
        assert status == 0, err
        for line in out.splitlines():
            assert _styles(line) <= {"s.", "reg."}, line


@settings(max_examples=80, deadline=None, suppress_health_check=list(HealthCheck))
@given(fs.cases())
def test_every_timeline_line_uses_one_citation_style(case: foilib.Case) -> None:
    # The clock's lines join a Citation (str form) with the law data's source and note
    # texts ("SI 2004/3364 reg.4", "applied by EISR reg.17"): one style in every line, for
    # every regime and every rule a case can reach (school, transferred records, ...).
    try:
        timeline = case.timeline(dt.date(2099, 1, 1))
    except foilib.FoilibError:
        assume(False)
        raise
    for line in str(timeline).splitlines():
        assert _styles(line) <= {"s.", "reg."}, line


def run_case(capsys: pytest.CaptureFixture[str], case: dict[str, Any]) -> tuple[object, str, str]:
    import tempfile

    with tempfile.TemporaryDirectory() as tmp:
        path = Path(tmp) / "case.json"
        path.write_text(json.dumps(case), encoding="utf-8")
        return run(capsys, "timeline", str(path), "--today", TODAY)


# --- 4. report types are write-only ------------------------------------------------------------


def _timeline_json(capsys: pytest.CaptureFixture[str]) -> dict[str, Any]:
    status, out, err = run(capsys, "timeline", str(CASE), "--today", TODAY, "--json")
    assert status == 0, err
    data: dict[str, Any] = json.loads(out)
    return data


def _converters() -> list[cattrs.Converter]:
    own = cattrs.Converter()
    foilib.configure_converter(own)
    return [foilib.make_converter(), foilib.make_converter(omit_if_default=False), own]


def test_reading_back_a_timeline_is_a_clear_foilib_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    # Issue: "no such field in Deadline (expected one of ['_reasons', ...])".
    data = _timeline_json(capsys)
    pieces: list[tuple[Any, type[Any]]] = [
        (data, foilib.Timeline),
        (data["deadlines"][0], foilib.Deadline),
        (data["deadlines"][0]["reasons"][0], foilib.Reason),
        (
            {"kind": "clarification", "start": "2026-11-25", "end": None, "reason": "x"},
            foilib.Pause,
        ),
    ]
    for conv in _converters():
        for value, cls in pieces:
            with pytest.raises(foilib.DeserializationError) as info:
                conv.structure(value, cls)
            message = str(info.value)
            assert f"a {cls.__name__} is a report" in message
            assert "cannot be read back" in message
            assert "'_" not in message and "._" not in message, message


def test_reading_back_a_finding_is_a_clear_foilib_error(
    capsys: pytest.CaptureFixture[str],
) -> None:
    _, out, _ = run(capsys, "check", str(LEICESTER), "--json")
    findings = json.loads(out)
    assert findings, "the Leicester letter has findings"
    for conv in _converters():
        with pytest.raises(foilib.DeserializationError, match="a Finding is a report"):
            conv.structure(findings[0], foilib.Finding)


def test_reports_are_still_written(capsys: pytest.CaptureFixture[str]) -> None:
    data = _timeline_json(capsys)
    assert set(data["deadlines"][0]) == {"kind", "date", "basis", "state", "met_on", "reasons"}


def test_documents_still_read_back() -> None:
    case = foilib.make_converter().structure(
        {
            k: v
            for k, v in json.loads(CASE.read_text(encoding="utf-8")).items()
            if k != "format_version"
        },
        foilib.Case,
    )
    assert isinstance(case, foilib.Case)


# --- 5. other input that reached Python built-ins ---------------------------------------------

#: (argv, words of the one-line refusal). Hand-checked: each was a wrong message, a silent
#: default or a traceback before.
BAD = [
    # empty / blank file names: Path("") is the current directory ("is a directory")
    (("timeline", ""), "expected a file name, got ''"),
    (("timeline", "  "), "expected a file name"),
    (("timeline", str(CASE), "--today", TODAY, "--ics", ""), "expected a file name"),
    (("check", ""), "expected a file name"),
    (("check", str(LEICESTER), "--case", ""), "expected a file name"),
    (("show", ""), "expected a file name"),
    (("render", ""), "expected a file name"),
    (("render", str(LEICESTER), "--template", ""), "expected a file name"),  # was exit 0
    (("read", ""), "expected a file name"),  # was "got '.'"
    (("read", str(LEICESTER), "--jsonl", ""), "expected a file name"),
    (("due", "2026-11-25", "--holidays", ""), "expected a file name"),
    (("working-days", "2026-11-25", "2026-12-24", "--holidays", " "), "expected a file name"),
    # a NUL in a name: ValueError("embedded null byte") from the operating system call
    (("timeline", "case\0.json"), "NUL"),
    (("show", "a\0b"), "NUL"),
    (("read", "a\0b.txt"), "NUL"),
    (("timeline", str(CASE), "--today", TODAY, "--ics", "x\0.ics"), "NUL"),
    (("render", str(LEICESTER), "--template", "t\0"), "NUL"),
    (("due", "2026-11-25", "--holidays", "h\0.json"), "NUL"),
    # a directory where a template is due: was "expected a JSON file"
    (("render", str(LEICESTER), "--template", str(LETTERS)), "is a directory, expected a template"),
    (("timeline", str(CASE), "--today", TODAY, "--ics", str(LETTERS)), "cannot write"),
    (("read", str(LEICESTER), "--jsonl", str(LETTERS)), "cannot write"),
    # a name the operating system refuses: an OSError traceback from read_letter before
    (("read", "a" * 300 + ".txt"), "cannot read (File name too long)"),
    (("show", "a" * 300 + ".json"), "cannot read (File name too long)"),
    (("due", "2026-11-25", "--holidays", "a" * 300 + ".json"), "cannot read"),
    # a directory named like a letter: was "no such file"
    (("read", str(LETTERS)), "is a directory, expected a letter file"),
    # a blank search: every provision listed before
    (("provisions", "--search", ""), "--search needs a WORD"),
    (("provisions", "--search", " ", "  "), "--search needs a WORD"),
    # numbers of any size
    (("due", "2026-11-25", "--days", "99999999999999999999"), "on or before 2099-12-31"),
    (("due", "2026-11-25", "--days", "9" * 31), "more than 30 digits"),
    (("due", "2026-11-25", "--days", "9" * 5000), "more than 30 digits"),
    (("holidays", "9" * 5000), "YEAR"),
    (("holidays", "0000"), "YEAR: expected a year from 2000 to 2099"),
    (("holidays", "20270"), "YEAR"),
    (("holidays", "-2027"), "YEAR"),
]


@pytest.mark.parametrize(("argv", "words"), BAD, ids=[repr(" ".join(a))[:60] for a, _ in BAD])
def test_bad_input_is_one_line_and_exit_2(
    capsys: pytest.CaptureFixture[str], argv: tuple[str, ...], words: str
) -> None:
    line = refused(capsys, *argv)
    assert words in line, line


def test_read_refuses_a_directory_named_like_a_letter(
    capsys: pytest.CaptureFixture[str], tmp_path: Path
) -> None:
    # Was "dir.txt: no such file" (the reader's is_file() test).
    folder = tmp_path / "letter.txt"
    folder.mkdir()
    line = refused(capsys, "read", str(folder))
    assert line.endswith("letter.txt: is a directory, expected a letter file")
    # Many letters: each bad one is a line on stderr, the rest are read, exit 2.
    out = tmp_path / "out.jsonl"
    good = LETTERS / "leicester-childrens-analytics.txt"
    long_name = str(tmp_path / ("a" * 300 + ".txt"))
    status, stdout, err = run(
        capsys, "read", str(folder), long_name, str(good), "--jsonl", str(out)
    )
    assert status == 2 and stdout == ""
    lines = err.strip().splitlines()
    assert len(lines) == 2, err
    assert "is a directory" in lines[0] and "File name too long" in lines[1]
    assert "Traceback" not in err
    rows = [json.loads(r) for r in out.read_text(encoding="utf-8").splitlines()]
    assert [r["source"] for r in rows] == [str(good)]


# --- reports through foilib.to_dict / from_dict / from_json (the same form as the converter) --


def test_reports_through_to_dict_are_the_converter_form_and_never_read_back() -> None:
    import datetime as dt
    import json as _json

    case = foilib.load(Path(__file__).parent.parent / "examples" / "case.json", foilib.Case)
    timeline = case.timeline(dt.date(2027, 1, 21))
    data = foilib.to_dict(timeline)
    # the converter's report form, with format_version first; no private "_reasons" key
    assert data == {"format_version": 1, **foilib.make_converter().unstructure(timeline)}
    assert "_reasons" not in _json.dumps(data)
    with pytest.raises(foilib.DeserializationError, match="cannot be read back"):
        foilib.from_dict(data, foilib.Timeline)
    with pytest.raises(foilib.DeserializationError, match="cannot be read back"):
        foilib.from_json(foilib.to_json(timeline), foilib.Timeline)
