"""The reader records that its source may be cut short.

``read_letter(..., truncated=...)`` (and ``foilib read --truncated`` / ``--complete``)
lets a caller say the copy is incomplete (or complete); left alone, the reader marks a
copy whose text stops mid-sentence and gives the cue in ``guesses``. A cut-short copy
cannot prove an absence, so ``check`` lowers the missing s.17(7) particulars to notes
(docs/checks.md, "Letters whose copy is cut short").
"""

from __future__ import annotations

import ast
import json
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

import foilib
from foilib._private.reader._ending import cut_short
from foilib.cli import main

LETTERS = Path(__file__).parent / "data" / "letters"
KEY = "provenance.truncated"

#: Every shared letter: whether SOURCES.md marks its text truncated, and the cue the
#: reader should give (the last words of each file, read by hand).
SHARED = [
    # SOURCES.md: complete; ends on the review contact block ("Email: info.requests@...")
    ("leicester-childrens-analytics", None),
    # SOURCES.md: complete; ends "Yours sincerely / Data Office Triage Team / Official
    # Sensitive" (a sign-off, then a protective marking)
    ("metropolitan-police-internal-review-acknowledgement", None),
    # SOURCES.md: truncated, "stops mid-sentence in the cost estimate, 'in excess of 52'"
    ("south-wales-police-theft-data-cost-limit", "ends with a number ('52')"),
    # SOURCES.md: truncated, "stops in the public interest test paragraph" ("... li")
    ("uhb-friends-family-test-s43-commercial", "on 'li'"),
    # SOURCES.md: truncated, "stops in the s.40(2) annex" ("... Data Protection Re")
    ("national-archives-infanticide-paper-s40", "on 'Re'"),
    # SOURCES.md: truncated, "stops during Q3" ("(Tab 2 entitled Question 3 holds this dat")
    ("northumbria-university-research-funding", "open bracket"),
    # SOURCES.md: truncated, "stops during Q4" ("... the accuracy of some of the figur")
    ("devon-county-council-foi-statistics", "on 'figur'"),
]


def test_every_shared_letter_has_a_row() -> None:
    assert sorted(name for name, _ in SHARED) == sorted(p.stem for p in LETTERS.glob("*.txt"))


@pytest.mark.parametrize(("name", "cue"), SHARED)
def test_shared_letters_marked_as_sources_md_says(name: str, cue: str | None) -> None:
    reading = foilib.read_letter(LETTERS / f"{name}.txt")
    provenance = reading.response.provenance
    if cue is None:
        assert provenance is None
        assert KEY not in reading.guesses
    else:
        assert provenance is not None and provenance.truncated
        assert cue in reading.guesses[KEY]
        assert "may be cut short" in reading.guesses[KEY]


@pytest.mark.parametrize(("name", "cue"), SHARED)
def test_marking_agrees_with_the_hand_made_fixture(name: str, cue: str | None) -> None:
    fixture = foilib.from_json(
        (LETTERS / f"{name}.json").read_text(encoding="utf-8"), foilib.Response
    )
    by_hand = fixture.provenance is not None and fixture.provenance.truncated
    assert by_hand == (cue is not None)


FORMS = sorted((Path(__file__).parent / "data" / "reader").glob("*.txt"))


@pytest.mark.parametrize("path", FORMS, ids=lambda p: p.stem)
def test_no_reader_form_fixture_is_marked(path: Path) -> None:
    # tests/data/reader: whole letters written for the reader's forms tests
    reading = foilib.read_letter(path)
    assert reading.response.provenance is None and KEY not in reading.guesses


def _inline_letters() -> list[str]:
    """Every multi-line string literal in the reader's own tests (whole letters)."""
    out = []
    for test in sorted(Path(__file__).parent.glob("test_reader*.py")):
        for node in ast.walk(ast.parse(test.read_text(encoding="utf-8"))):
            value = node.value if isinstance(node, ast.Constant) else None
            if isinstance(value, str) and "\n" in value.strip():
                out.append(value)
    return out


def test_no_inline_reader_fixture_is_marked() -> None:
    letters = _inline_letters()
    assert len(letters) >= 10  # the scan finds the fixtures (17 when written)
    assert [text[-60:] for text in letters if cut_short(text) is not None] == []


# --- synthetic endings --------------------------------------------------------------

BODY = "Dear Applicant\n\nThank you for your request for information.\n\n"

#: (ending, cue or None). None: a letter may end this way, so it is never marked.
ENDINGS = [
    ("We do not hold the information you asked for.", None),
    ("Do you wish to narrow the request?", None),
    ("Please write to the address below:", None),
    ('We consider that "the information is not held."', None),
    ("The information is attached (see annex A).", None),
    ("We hope this helps!", None),
    ("Yours sincerely\n\nJane Smith\nInformation Governance Officer", None),
    ("Kind regards\nFOI Team", None),
    ("If you are unhappy please contact us\nYours faithfully\nThe FOI team", None),
    ("Internal Review\nInformation Governance & Risk\nEmail: foi@example.gov.uk", None),
    ("You can contact the Commissioner on the number below 0303 123 1113", None),
    ("Further details are on our website at https://example.gov.uk/foi", None),
    ("Information Governance Team\nExample Borough Council\nTown Hall\nAB1 2CD", None),
    ("Official Sensitive", None),
    ("Page 2 of 2", None),
    ("Freedom of Information Team", None),
    ("Information Rights Unit Metropolitan Police Service New Scotland Yard", None),
    ("| 2023 | 1,204 beds | 31 closed |", None),
    ("Year\tBeds\tClosed", None),
    ("Thank you", None),
    # cut short: a connective, a number, an open bracket or quote, a comma, a broken word
    ("We estimate that it would take more than 18 hours to locate and", "'and'"),
    ("The cost of compliance would exceed the appropriate limit of", "'of'"),
    ("We therefore estimate it would take in excess of 52", "number ('52')"),
    ("The information is attached (see the spreadsheet, tab 2 for the", "open bracket"),
    ('The guidance says that "a public authority should consider the', "open quote"),
    ("In reaching this decision we considered the public interest in openness,", "','"),
    ("The balance of the public interest lies in maintaining the exempti", "'exempti'"),
]


@pytest.mark.parametrize(("ending", "cue"), ENDINGS)
def test_endings(ending: str, cue: str | None) -> None:
    why = cut_short(BODY + ending + "\n")
    if cue is None:
        assert why is None
    else:
        assert why is not None and cue in why


@pytest.mark.parametrize(("ending", "cue"), ENDINGS)
def test_read_letter_marks_the_same_endings(ending: str, cue: str | None) -> None:
    reading = foilib.read_letter(BODY + ending + "\n")
    assert (reading.response.provenance is not None) == (cue is not None)
    assert (KEY in reading.guesses) == (cue is not None)


def test_a_wrapped_prose_line_ending_on_a_fragment_is_marked() -> None:
    # Northumbria's shape: a long unfinished line, then the broken word on its own line
    assert cut_short(BODY + "Please see the attachment which holds the figures for\nyea")


#: After a sign-off somewhere in the letter, only a strong cue marks it: an unpunctuated
#: disclaimer under the signature is a letter's own ending.
SIGNED = "Yours sincerely\n\nJane Smith\n\n"


@pytest.mark.parametrize(
    ("ending", "marked"),
    [
        ("This message and any attachments are confidential to the addressee", False),
        ("This message and any attachments are confidential and intended for", True),
        ("We estimate that the annex runs to more than 52", True),
    ],
)
def test_after_a_sign_off_only_strong_cues_mark(ending: str, marked: bool) -> None:
    assert (cut_short(BODY + SIGNED + ending) is not None) == marked
    # without the sign-off, each of them is marked
    assert cut_short(BODY + ending) is not None


def test_blank_and_empty_texts_are_not_marked() -> None:
    assert cut_short("") is None
    assert cut_short("\n\n  \n") is None


@settings(max_examples=60, deadline=None)
@given(st.text(max_size=200))
def test_a_letter_ending_with_a_full_stop_or_sign_off_is_never_marked(body: str) -> None:
    assert cut_short(body + "\nWe have now closed your request.\n") is None
    assert cut_short(body + "\n\nYours sincerely\nJane Smith\n") is None


# --- the caller says so ------------------------------------------------------------

LEICESTER = LETTERS / "leicester-childrens-analytics.txt"
SWP = LETTERS / "south-wales-police-theft-data-cost-limit.txt"


def test_truncated_true_marks_a_complete_letter_without_a_guess() -> None:
    reading = foilib.read_letter(LEICESTER, truncated=True)
    assert reading.response.provenance == foilib.Provenance(truncated=True)
    assert KEY not in reading.guesses  # the caller said so: not a guess


def test_truncated_false_overrides_detection() -> None:
    reading = foilib.read_letter(SWP, truncated=False)
    assert reading.response.provenance is None
    assert KEY not in reading.guesses


@pytest.mark.parametrize("bad", [1, "yes", 0])
def test_truncated_must_be_a_bool_or_none(bad: object) -> None:
    with pytest.raises(foilib.ArgumentTypeError, match="truncated"):
        foilib.read_letter(LEICESTER, truncated=bad)  # type: ignore[arg-type]


# --- what check makes of it ---------------------------------------------------------

#: The truncated letters that lack both s.17(7) particulars in the stored copy.
CUT = [
    "south-wales-police-theft-data-cost-limit",
    "uhb-friends-family-test-s43-commercial",
    "national-archives-infanticide-paper-s40",
]
PARTICULARS = {"foia-s17-7a", "foia-s17-7b"}


def _severities(response: foilib.Response) -> dict[str, str]:
    return {f.code: f.severity.value for f in foilib.check(response) if f.code in PARTICULARS}


@pytest.mark.parametrize("name", CUT)
def test_check_of_a_cut_short_reading_gives_notes(name: str) -> None:
    # docs/checks.md: a truncated copy lowers findings resting on an absence to notes
    path = LETTERS / f"{name}.txt"
    assert _severities(foilib.read_letter(path).response) == dict.fromkeys(PARTICULARS, "note")
    # the same letter read as complete: the absent particulars are errors (s.17(7))
    complete = foilib.read_letter(path, truncated=False).response
    assert _severities(complete) == dict.fromkeys(PARTICULARS, "error")


# --- foilib read --truncated / --complete --------------------------------------------


def test_cli_truncated_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", str(LEICESTER), "--json", "--truncated"]) == 0
    assert json.loads(capsys.readouterr().out)["provenance"] == {"truncated": True}


def test_cli_complete_flag(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", str(SWP), "--json", "--complete"]) == 0
    assert "provenance" not in json.loads(capsys.readouterr().out)
    assert main(["read", str(SWP), "--json"]) == 0
    assert json.loads(capsys.readouterr().out)["provenance"] == {"truncated": True}


def test_cli_text_output_lists_the_cue(capsys: pytest.CaptureFixture[str]) -> None:
    assert main(["read", str(SWP)]) == 0
    assert "Guessed provenance.truncated: the text ends with a number ('52')" in (
        capsys.readouterr().out
    )


def test_cli_truncated_and_complete_conflict(capsys: pytest.CaptureFixture[str]) -> None:
    with pytest.raises(SystemExit) as exc:
        main(["read", str(SWP), "--truncated", "--complete"])
    assert exc.value.code == 2
    assert "not allowed with" in capsys.readouterr().err


def test_an_answer_to_a_sub_part_the_request_does_not_hold_is_said_not_invented() -> None:
    # Found by test_reader_roundtrip's property: "(a)" read as a sub-part of part 2, whose
    # text the letter never restates, so the request as read has no part "2/a".
    text = (
        "1) How many?\nNone in respect of Qs. 1-2.\n1) How many?\n1) How many?\n"
        "(a) what?\n1) How many?\n"
    )
    reading = foilib.read_letter(text)
    refs = {r for a in reading.response.answers for r in a.parts}
    assert refs <= set(reading.response.request.part_refs)
    assert "2/a" in reading.guesses["answers[1].parts"]
