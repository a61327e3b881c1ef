"""The command line, run as a subprocess: answers on stdout, documented JSON, and
one-line errors with exit 2 for every kind of bad input."""

from __future__ import annotations

import json
import re
import subprocess
import sys
from pathlib import Path

import pytest

DATA = Path(__file__).parent / "data"
LETTERS = DATA / "letters"
LEICESTER = LETTERS / "leicester-childrens-analytics.json"
CASE = DATA / "cases" / "foia-answered-late.json"


def run(*args: str) -> subprocess.CompletedProcess[str]:
    return subprocess.run(
        [sys.executable, "-m", "foilib", *args],
        capture_output=True,
        text=True,
        encoding="utf-8",
        check=False,
    )


def ok(*args: str) -> str:
    result = run(*args)
    assert result.returncode == 0, result.stderr
    assert result.stderr == ""
    return result.stdout


# --- due -------------------------------------------------------------------------------


def test_due_answers_the_founding_question() -> None:
    # FOIA s.10(1), s.10(6): St Andrew's Day (Scotland) pushes the date to 24 Dec 2026.
    assert ok("due", "2026-11-25").startswith("Thu 24 Dec 2026")


def test_due_explain_names_the_skipped_days_and_provisions() -> None:
    out = ok("due", "2026-11-25", "--explain")
    assert "Mon 30 Nov 2026" in out
    assert "St Andrew's Day, bank holiday in Scotland" in out
    assert "FOIA s.10(1)" in out
    assert "FOIA s.10(6)" in out
    assert "St Andrew's Day Bank Holiday (Scotland) Act 2007" in out


def test_due_json_is_stable() -> None:
    data = json.loads(ok("due", "2026-11-25", "--json"))
    assert data["due"] == "2026-12-24"
    assert data["regime"] == "foia"
    assert data["provision"] == "FOIA s.10(1)"
    assert set(data) == {
        "provisional",
        "disputed",
        "data_notes",
        "received",
        "regime",
        "working_days",
        "due",
        "provision",
        "working_day_definition",
        "skipped",
    }
    st_andrew = [s for s in data["skipped"] if s["date"] == "2026-11-30"]
    assert st_andrew
    assert "FOIA s.10(6)" in st_andrew[0]["reasons"][0]["citation"]


@pytest.mark.parametrize(
    ("regime", "expected"),
    [
        ("foia", "2026-04-16"),
        ("eir", "2026-04-16"),
        ("foisa", "2026-04-14"),
        ("eisr", "2026-04-14"),
    ],
)
def test_due_by_regime(regime: str, expected: str) -> None:
    # DOMAIN.md T2: St Patrick's Day and Easter Monday are not Scottish holidays (FOISA s.73).
    assert json.loads(ok("due", "2026-03-16", "--regime", regime, "--json"))["due"] == expected


def test_working_days_and_holidays() -> None:
    assert ok("working-days", "2026-11-25", "2026-12-24").strip() == "20"
    assert ok("working-days", "2026-11-25", "2026-12-24", "--regime", "foisa").strip() == "20"
    out = ok("holidays", "2027", "--division", "scotland")
    assert "St Andrew's Day" in out
    assert "Easter Monday" not in out
    rows = json.loads(ok("holidays", "2026", "--json"))
    assert {"date": "2026-06-15", "division": "scotland"}.items() <= next(
        r for r in rows if r["date"] == "2026-06-15"
    ).items()


def test_provision_lookup() -> None:
    out = ok("provision", "s.43(2)")
    assert "Prejudice to commercial interests" in out
    assert "qualified" in out
    assert "https://www.legislation.gov.uk/ukpga/2000/36/section/43" in out
    data = json.loads(ok("provision", "s.40(1)", "--json"))
    assert data["absolute"] is True
    assert data["citation"] == "FOIA s.40(1)"


# --- documents --------------------------------------------------------------------------


def test_timeline_human_json_and_ics(tmp_path: Path) -> None:
    out = ok("timeline", str(CASE), "--today", "2027-01-21")
    assert "answered late" in out
    data = json.loads(ok("timeline", str(CASE), "--today", "2027-01-21", "--json"))
    assert data["status"] == "answered_late"
    assert data["working_days_late"] == 4
    kinds = [d["kind"] for d in data["deadlines"]]
    assert kinds[0] == "response_due"
    assert data["deadlines"][0]["reasons"][0]["citation"] == "FOIA s.10(1)"
    ics = tmp_path / "case.ics"
    ok("timeline", str(CASE), "--today", "2027-01-21", "--ics", str(ics))
    text = ics.read_text("utf-8")
    assert "BEGIN:VCALENDAR" in text
    assert "DTSTART;VALUE=DATE:20261224" in text


def test_check_exits_1_on_errors_and_0_otherwise(tmp_path: Path) -> None:
    result = run("check", str(LEICESTER))
    assert result.returncode == 0  # a warning and a note, no error
    assert "foia-s17-7b" in result.stdout
    findings = json.loads(ok("check", str(LEICESTER), "--json"))
    assert [f["code"] for f in findings] == ["foia-s17-7b", "not-held-is-not-an-exemption"]
    assert set(findings[0]) == {
        "code",
        "severity",
        "message",
        "path",
        "parts",
        "provision",
        "provision_title",
        "law_on",
        "law_from",
    }
    doc = json.loads(LEICESTER.read_text("utf-8"))
    doc["request"]["received_on"] = "2026-11-25"
    doc["sent_on"] = "2027-01-05"
    late = tmp_path / "late.json"
    late.write_text(json.dumps(doc), encoding="utf-8")
    case = tmp_path / "case.json"
    case.write_text(
        json.dumps(
            {
                "format_version": 1,
                "request": {"received_on": "2026-11-25"},
                "regime": "foia",
                "events": [{"kind": "received", "on": "2026-11-25"}],
            }
        ),
        encoding="utf-8",
    )
    result = run("check", str(late), "--case", str(case))
    assert result.returncode == 1
    assert "response-late" in result.stdout


def test_render_markdown() -> None:
    out = ok("render", str(LEICESTER), "--format", "markdown")
    assert "Leicester City Council" in out
    assert "None in respect of Qs. 4-6." in out


def test_show_and_schema() -> None:
    assert "Leicester City Council" in ok("show", str(LEICESTER))
    assert json.loads(ok("show", "--json", str(LEICESTER))) == json.loads(
        LEICESTER.read_text("utf-8")
    )
    assert json.loads(ok("schema", "Response"))["title"] == "Response"
    assert json.loads(ok("schema", "Case"))["title"] == "Case"


def test_help_for_every_command() -> None:
    for command in (
        "due",
        "working-days",
        "holidays",
        "provision",
        "provisions",
        "timeline",
        "check",
        "render",
        "show",
        "schema",
    ):
        assert "usage: foilib " + command in ok(command, "--help")


# --- bad input: one line on stderr, exit 2 ------------------------------------------------

BAD = [
    (("due", "2026-02-30"), "not a real calendar date"),
    (("due", "25/11/2026"), "expected a date as YYYY-MM-DD"),
    (("due", "2026-11-25", "--regime", "gdpr"), "unknown regime 'gdpr'"),
    (("due", "2126-11-25"), "DATE: expected a date from 2000-01-01 to 2099-12-31"),
    (("due", "2099-12-20"), "--days: expected a number of working days whose result"),
    (("working-days", "2026-11-25", "2100-01-04"), "END: expected a date from 2000-01-01"),
    (("holidays", "2100"), "YEAR: expected a year from 2000 to 2099"),
    (("provisions", "--regime", "gdpr"), "unknown regime 'gdpr'"),
    (("due", "2026-11-25", "--days", "-3"), "whole number of working days"),
    (("working-days", "2026-11-25"), "the following arguments are required: END"),
    (("holidays", "1999"), "2000"),
    (("holidays", "2027", "--division", "wessex"), "unknown division 'wessex'"),
    (("provision", "section banana"), "cannot read citation"),
    (("provision", "s.99"), "not in foilib's statute catalogue"),
    (("show", "no-such-file.json"), "no such file"),
    (("show", str(LETTERS)), "is a directory"),
    (("show", str(LETTERS / "leicester-childrens-analytics.txt")), "well-formed JSON"),
    (("check", str(CASE)), "$.events: no such field"),
    (("timeline", str(LEICESTER)), "no such field"),
    (("timeline", str(CASE), "--today", "2026-12-01"), "after today"),
    (("schema", "Banana"), "unknown type 'Banana'"),
    (("render", str(LEICESTER), "--format", "pdf"), "invalid choice: 'pdf'"),
    (("frobnicate",), "invalid choice: 'frobnicate'"),
    ((), "the following arguments are required: COMMAND"),
]


@pytest.mark.parametrize(("args", "words"), BAD, ids=[" ".join(a) or "(none)" for a, _ in BAD])
def test_bad_input_is_one_line_and_exit_2(args: tuple[str, ...], words: str) -> None:
    result = run(*args)
    assert result.returncode == 2
    assert result.stdout == ""
    lines = result.stderr.strip().splitlines()
    assert len(lines) == 1, result.stderr
    assert lines[0].startswith("foilib")
    assert "error: " in lines[0]
    assert words in lines[0]
    assert "Traceback" not in result.stderr
    # Never the library's parameter names (d, n, a, b) or Python reprs of dates.
    assert not re.search(r"(^|\s)[dnab]: ", lines[0]), lines[0]
    assert "datetime.date(" not in lines[0]


def test_invalid_document_names_the_path(tmp_path: Path) -> None:
    doc = json.loads(LEICESTER.read_text("utf-8"))
    doc["answers"][0]["disposition"] = "maybe"
    bad = tmp_path / "bad.json"
    bad.write_text(json.dumps(doc), encoding="utf-8")
    result = run("check", str(bad))
    assert result.returncode == 2
    assert "$.answers[0].disposition" in result.stderr


# --- ordinals, provisions, deep nesting ----------------------------------------------------


@pytest.mark.parametrize(
    ("days", "ordinal"),
    [
        (1, "1st"),
        (2, "2nd"),
        (3, "3rd"),
        (4, "4th"),
        (11, "11th"),
        (12, "12th"),
        (13, "13th"),
        (20, "20th"),
        (21, "21st"),
        (22, "22nd"),
        (23, "23rd"),
        (40, "40th"),
        (111, "111th"),
    ],
)
def test_ordinals(days: int, ordinal: str) -> None:
    from foilib._private.dates import ordinal as _ordinal

    assert _ordinal(days) == ordinal


def test_due_explain_says_21st_not_21th() -> None:
    out = ok("due", "2026-11-25", "--days", "21", "--explain")
    assert "the 21st working day following" in out
    assert "the 22nd working day" in ok("due", "2026-11-25", "--days", "22", "--explain")


def test_provisions_lists_and_searches_the_catalogue() -> None:
    import foilib

    everything = ok("provisions").splitlines()
    assert len(everything) == sum(len(list(foilib.provisions(r))) for r in foilib.Regime)
    eir = ok("provisions", "--regime", "eir").splitlines()
    assert eir and all(line.startswith("EIR reg.") for line in eir)
    found = ok("provisions", "--regime", "eir", "--search", "commercial").splitlines()
    assert len(found) == 1 and found[0].startswith("EIR reg.12(5)(e)")
    both = ok("provisions", "--search", "PERSONAL", "data").splitlines()
    assert {line.split()[0] for line in both} >= {"FOIA", "FOISA"}
    assert all("personal data" in line.casefold() for line in both)


def test_provisions_json_uses_the_converter() -> None:
    rows = json.loads(ok("provisions", "--regime", "foia", "--search", "commercial", "--json"))
    by_citation = {r["citation"]: r for r in rows}
    assert "FOIA s.43(2)" in by_citation
    assert by_citation["FOIA s.43(2)"]["absoluteness"] == "qualified"
    assert by_citation["FOIA s.43(2)"]["public_interest_test"] is True
    assert all("commercial" in (r["title"] + " " + r["note"]).casefold() for r in rows)


def test_provisions_without_a_match_exits_1() -> None:
    result = run("provisions", "--search", "zzzqqq")
    assert result.returncode == 1
    assert result.stdout == ""
    assert result.stderr.strip() == "no provisions match"


def test_deeply_nested_json_is_one_line_and_exit_2(tmp_path: Path) -> None:
    deep = tmp_path / "deep.json"
    deep.write_text("[" * 100_000 + "]" * 100_000, encoding="utf-8")
    for command in ("show", "check", "render", "timeline"):
        result = run(command, str(deep))
        assert result.returncode == 2, (command, result.stderr[-300:])
        lines = result.stderr.strip().splitlines()
        assert len(lines) == 1 and lines[0].startswith("foilib: error: "), result.stderr[-300:]


# --- one serialisation path (issue 10) ----------------------------------------------------


def _dumps(data: object) -> str:
    return json.dumps(data, ensure_ascii=False, indent=2) + "\n"


def test_timeline_json_is_the_public_converter_form() -> None:
    import datetime as dt

    import foilib

    case = foilib.from_json(CASE.read_text("utf-8"), foilib.Case)
    timeline = case.timeline(dt.date(2027, 1, 21))
    out = ok("timeline", str(CASE), "--today", "2027-01-21", "--json")
    assert out == _dumps(foilib.make_converter().unstructure(timeline))
    # the key order the CLI has always printed (docs/cli.md)
    assert list(json.loads(out)) == [
        "today",
        "status",
        "working_days_late",
        "calendar_days_late",
        "response_due_on",
        "warnings",
        "deadlines",
        "pauses",
    ]
    deadline = json.loads(out)["deadlines"][0]
    assert list(deadline) == ["kind", "date", "basis", "state", "met_on", "reasons"]
    assert deadline["met_on"] == "2027-01-05"  # FOIA s.10(1): answered 5 Jan 2027, late


def test_check_json_is_finding_to_dict_is_the_converter_form() -> None:
    import foilib

    response = foilib.from_json(LEICESTER.read_text("utf-8"), foilib.Response)
    findings = foilib.check(response)
    conv = foilib.make_converter()
    assert [f.to_dict() for f in findings] == [conv.unstructure(f) for f in findings]
    out = ok("check", str(LEICESTER), "--json")
    assert out == _dumps([f.to_dict() for f in findings])
    first = json.loads(out)[0]
    assert list(first) == [
        "code",
        "severity",
        "message",
        "path",
        "parts",
        "provision",
        "provision_title",
        "law_on",
        "law_from",
    ]
    assert (first["provision"], first["severity"]) == ("FOIA s.17(7)(b)", "warning")


def test_a_users_converter_writes_a_timeline_as_json() -> None:
    # configure_converter on the user's own converter: a timeline nested in the user's
    # attrs class comes out JSON-ready (before, the deadline's reasons leaked as objects).
    import datetime as dt

    import attrs
    import cattrs

    import foilib

    report = attrs.make_class(
        "Report", {"name": attrs.field(type=str), "timeline": attrs.field(type=foilib.Timeline)}
    )
    conv = cattrs.Converter()
    foilib.configure_converter(conv)
    case = foilib.from_json(CASE.read_text("utf-8"), foilib.Case)
    data = conv.unstructure(report("late", case.timeline(dt.date(2027, 1, 21))))
    assert json.loads(json.dumps(data)) == data
    assert data["timeline"]["deadlines"][0]["reasons"][0]["citation"] == "FOIA s.10(1)"


def test_holidays_json_values_come_from_the_converter() -> None:
    import foilib
    from foilib.holidays import bank_holidays

    conv = foilib.make_converter(omit_if_default=False)
    rows = json.loads(ok("holidays", "2026", "--division", "scotland", "--json"))
    # Scotland 2026 (BFDA 1971 Sch 1 para 2; St Andrew's Day Act 2007): 9 recurring days (1 and
    # 2 Jan, Good Friday, 4 May, 25 May, 3 Aug, 30 Nov, 25 Dec, 28 Dec substitute) + the
    # proclaimed 15 Jun 2026 = 10
    expected = [conv.unstructure(h) for h in bank_holidays(2026, foilib.Division.SCOTLAND)]
    assert len(rows) == len(expected) == 10
    for row, full in zip(rows, expected, strict=True):
        assert list(row) == [
            "date",
            "name",
            "division",
            "divisions",
            "substitute",
            "provisional",
            "source",
            "source_url",
        ]
        assert row == {key: full[key] for key in row}
