"""foilib.read_letter on the kinds of letter a fresh user found it misread (wave 2).

Each letter in tests/data/reader/ named below was written for these tests in a form found in
public FOI, EIR and FOISA responses (question and answer on consecutive lines, a lead-in
before numbered answers, "1(a)" sub-part answers, a police NCND decision listing several
provisions, a FOISA cost refusal with advice, a FOISA s.17 notice, an EIR letter mentioning
the reg 12(2) presumption); their text is invented.
"""

from __future__ import annotations

import datetime as dt
import importlib
import importlib.util
import subprocess
import sys
from pathlib import Path
from typing import Any

import pytest

import foilib
from foilib import Disposition, LetterKind, Regime

FORMS = Path(__file__).parent / "data" / "reader"
D = Disposition


def _summary(name: str) -> dict[str, Any]:
    reading = foilib.read_letter(FORMS / name)
    r = reading.response
    notice = r.refusal_notice
    return {
        "kind": r.kind,
        "regime": r.regime,
        "authority": r.authority.name,
        "parts": tuple(r.request.part_refs),
        "answers": tuple((a.parts, a.disposition) for a in r.answers),
        "claims": tuple((str(c.citation), c.parts) for c in r.exemption_claims),
        "pi conclusion": tuple(
            c.public_interest is not None and c.public_interest.conclusion is not None
            for c in r.exemption_claims
        ),
        "absolute": tuple(c.absolute_statement is not None for c in r.exemption_claims),
        "statement": notice is not None and notice.statement is not None,
        "grounds": () if notice is None else notice.grounds,
        "advice": notice is not None and notice.advice_and_assistance is not None,
        "review": r.rights is not None and r.rights.internal_review is not None,
        "commissioner": r.rights is not None and r.rights.commissioner is not None,
        "unread": reading.unread,
        "codes": {f.code for f in foilib.check(r)},
    }


ROWS: list[tuple[str, dict[str, Any]]] = [
    (
        # 2: "Question 1: ...\nResponse: 312.", "Q3.\nA3.", "Request 4:\nAnswer:";
        # 7: an inline reason ("because") and PI conclusion; 1: the rights sentence about
        # "the outcome of the internal review" does not make it a review outcome
        "foia-question-response-lines.txt",
        {
            "kind": LetterKind.RESPONSE,
            "authority": "Northfield District Council",
            "parts": ("1", "2", "3", "4"),
            "answers": (
                (("1",), D.PROVIDED),
                (("2",), D.NOT_HELD),
                (("3",), D.PROVIDED),
                (("4",), D.WITHHELD),
            ),
            "claims": (("FOIA s.43(2)", ("4",)),),
            "pi conclusion": (True,),
            "statement": True,
            "grounds": (D.WITHHELD,),  # 9: no NOT_HELD ground the letter never refused on
            "review": True,
            "commissioner": True,
            "unread": (),
        },
    ),
    (
        # 3: a lead-in sentence before the numbered answers
        "foia-lead-in-answers.txt",
        {
            "parts": ("1", "2", "3"),
            "answers": ((("1",), D.PROVIDED), (("2",), D.PROVIDED), (("3",), D.NOT_HELD)),
            "unread": (),
        },
    ),
    (
        # 4: "1(a)", "1(b)" answer labels for listed sub-parts (a), (b)
        "foia-sub-part-answers.txt",
        {
            "answers": ((("1/a",), D.PROVIDED), (("1/b",), D.NOT_HELD), (("2",), D.PROVIDED)),
            "unread": (),
        },
    ),
    (
        # 6: a DECISION heading over an NCND statement and "s.23(5), 24(2), 30(3) and 31(3)";
        # 7: "absolute exemptions" and an inline PI conclusion; 9: the heading "Your right
        # to request a review" is a heading, and one sentence gives both rights
        "foia-ncnd-decision-list.txt",
        {
            "authority": "Metroshire Police Service",
            "answers": ((("1", "2"), D.NEITHER_CONFIRMED_NOR_DENIED),),
            "claims": (
                ("FOIA s.23(5)", ("1", "2")),
                ("FOIA s.24(2)", ("1", "2")),
                ("FOIA s.30(3)", ("1", "2")),
                ("FOIA s.31(3)", ("1", "2")),
            ),
            "absolute": (True, True, False, False),
            "pi conclusion": (False, False, True, True),
            "statement": True,
            "review": True,
            "commissioner": True,
            "unread": (),
        },
    ),
    (
        # 6: an unnumbered request, a DECISION heading, and the provisions one per line
        # ("Section 23(5) - Information supplied by ..."); "REASONS FOR DECISION" is
        # reasoning, not a public interest conclusion
        "foia-ncnd-provision-lines.txt",
        {
            "authority": "Capital Police Service",
            "answers": (((), D.NEITHER_CONFIRMED_NOR_DENIED),),
            "claims": (
                ("FOIA s.23(5)", ()),
                ("FOIA s.24(2)", ()),
                ("FOIA s.30(3)", ()),
                ("FOIA s.31(3)", ()),
            ),
            "pi conclusion": (False, False, False, False),
            "statement": True,
            "unread": (),
        },
    ),
    (
        # 8: a FOISA s.12 refusal worded "prescribed amount"; advice under a heading
        "foisa-cost-advice.txt",
        {
            "regime": Regime.FOISA,
            "answers": (((), D.REFUSED_COST),),
            "statement": True,
            "advice": True,
            "review": True,
            "commissioner": True,
            "codes": set(),
            "unread": (),
        },
    ),
    (
        # 8: "this letter serves as notice that the information is not held" (FOISA s.17)
        "foisa-not-held-notice.txt",
        {
            "regime": Regime.FOISA,
            "answers": (((), D.NOT_HELD),),
            "statement": True,
            "review": True,  # 9: "the right to request a review and to apply to the SIC"
            "commissioner": True,
            "codes": set(),
            "unread": (),
        },
    ),
    (
        # 6: "the presumption in favour of disclosure in regulation 12(2)" is no claim; the
        # paragraph after the answers is the claim's reasoning, not more of answer 2
        "eir-presumption-reasoning.txt",
        {
            "regime": Regime.EIR,
            "answers": ((("1",), D.PROVIDED), (("2",), D.WITHHELD)),
            "claims": (("EIR reg.12(4)(d)", ("2",)),),
            "pi conclusion": (True,),
            "unread": (),
        },
    ),
]


@pytest.mark.parametrize(("name", "want"), ROWS, ids=[r[0] for r in ROWS])
def test_letter_forms(name: str, want: dict[str, Any]) -> None:
    got = _summary(name)
    assert {k: got[k] for k in want} == want


def test_reasoning_after_answers_is_the_claims() -> None:
    r = foilib.read_letter(FORMS / "eir-presumption-reasoning.txt").response
    assert r.exemption_claims[0].reasons[-1].startswith("The draft is still being revised")
    assert "still being revised" not in r.answers[1].text


def test_review_outcome_kind_comes_from_what_the_letter_is() -> None:
    rights = (
        "If you are not content with the outcome of the internal review, you may apply "
        "directly to the Information Commissioner."
    )
    response = "1. How many?\n\nWe do not hold this information.\n\n" + rights + "\n"
    assert foilib.read_letter(response).response.kind is LetterKind.RESPONSE
    review = "I have now completed the internal review you asked for.\n\n" + response
    assert foilib.read_letter(review).response.kind is LetterKind.INTERNAL_REVIEW_OUTCOME


@pytest.mark.parametrize(
    "name",
    [
        "University of Leeds",
        "Home Office",
        "Cabinet Office",
        "Police Scotland",
        "Department for Transport",
        "Transport for London",
        "NHS England",
        "The City of Edinburgh Council",
    ],
)
def test_authority_names_of_every_form(name: str) -> None:
    text = (
        f"Freedom of Information Team, {name}\n\nDear Requester\n\n"
        "1. How many?\n\nWe do not hold this information.\n\nYours sincerely\n\n"
        f"A Officer\n{name}\n"
    )
    reading = foilib.read_letter(text)
    assert reading.response.authority.name == name
    assert "authority.name" not in reading.guesses


def test_no_authority_is_a_guess_with_no_span() -> None:
    reading = foilib.read_letter("1. How many?\n\nWe do not hold this information.\n")
    assert "authority.name" in reading.guesses
    assert "authority.name" not in reading.spans


@pytest.mark.parametrize("eol", ["\r", "\r\n", "\n"])
def test_line_endings_keep_offsets(eol: str) -> None:
    lines = ["Freedom of Information Act 2000", "", "1. How many beds?", "", "1,204.", ""]
    lines += ["2. How many closed?", "", "We do not hold this information.", ""]
    text = eol.join(lines)
    reading = foilib.read_letter(text)
    r = reading.response
    assert r.request.part_refs == ("1", "2")
    assert [a.disposition for a in r.answers] == [D.PROVIDED, D.NOT_HELD]
    assert reading.text == text
    a, b = reading.spans["answers[1].text"]
    assert text[a:b] == "We do not hold this information."


@pytest.mark.skipif(importlib.util.find_spec("docx") is None, reason="read extra")
def test_word_table_after_the_sign_off_keeps_its_place(tmp_path: Path) -> None:
    docx = importlib.import_module("docx")
    document = docx.Document()
    document.add_paragraph("Freedom of Information Act 2000")
    document.add_paragraph("Dear Requester")
    document.add_paragraph("Yours sincerely")
    document.add_paragraph("Information Team")
    table = document.add_table(rows=2, cols=3)
    rows = [("1", "How many beds?", "1,204"), ("2", "How many closed?", "12")]
    for row, cells in zip(table.rows, rows, strict=True):
        for cell, value in zip(row.cells, cells, strict=True):
            cell.text = value
    document.add_paragraph("Annex A")
    path = tmp_path / "late-table.docx"
    document.save(str(path))
    reading = foilib.read_letter(path)
    text = reading.text
    assert text.index("How many beds?") < text.index("Annex A")
    covered = [reading.text[a:b] for a, b in [*reading.spans.values(), *reading.unread]]
    assert any("How many beds?" in c or "1,204" in c for c in covered)


@pytest.mark.skipif(importlib.util.find_spec("pypdf") is None, reason="read extra")
def test_bad_pdf_gives_one_line_and_no_library_noise(tmp_path: Path) -> None:
    fake = tmp_path / "fake.pdf"
    fake.write_bytes(
        b"%PDF-1.4\n1 0 obj\n<< /Type /Catalog >>\nendobj\nxref\n0 1\n0000000000 65535 f \n"
        b"trailer\n<< /Root 1 0 R >>\nstartxref\n9999\n%%EOF\n"
    )  # a wrong startxref: pypdf logs "incorrect startxref pointer"
    run = subprocess.run(
        [sys.executable, "-m", "foilib", "read", str(fake)],
        capture_output=True,
        text=True,
        check=False,
    )
    lines = [line for line in run.stderr.splitlines() if line.strip()]
    assert run.returncode == 2, run.stderr
    assert len(lines) == 1 and "fake.pdf" in lines[0], run.stderr


def test_fill_never_confirms_holding_for_ncnd() -> None:
    r = foilib.read_letter(FORMS / "foia-ncnd-decision-list.txt").response
    filled = foilib.fill_particulars(r)
    notice = filled.refusal_notice
    assert notice is not None
    for text in (notice.statement or "", filled.rights.commissioner if filled.rights else ""):
        assert "is withheld" not in (text or "")


def test_dates_still_read() -> None:
    r = foilib.read_letter(FORMS / "foisa-cost-advice.txt").response
    assert r.sent_on == dt.date(2025, 2, 10)


def test_absolute_statement_and_refusal_inside_a_labelled_answer() -> None:
    # 7, 8: "Section 40(2) is an absolute exemption, so no public interest test applies."
    got = _summary("foia-absolute-inline.txt")
    assert got["claims"] == (("FOIA s.40(2)", ("1",)),)
    assert got["absolute"] == (True,)
    assert got["statement"] is True
    assert "pi-test-missing" not in got["codes"] and "foia-s17-1a" not in got["codes"]


def test_advice_inside_a_cost_refusal() -> None:
    # 8: "You may wish to narrow your request ..." in the refusing paragraph (FOIA s.16)
    got = _summary("foia-cost-inline-advice.txt")
    assert got["answers"] == (((), D.REFUSED_COST),)
    assert got["statement"] is True and got["advice"] is True
    assert "foia-s16-advice" not in got["codes"] and "foia-s17-5" not in got["codes"]
