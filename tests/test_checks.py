"""Checks: pinned findings for every shared letter, and a table of constructed
responses, one or more rows per check code, each citing the provision it tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import attrs
import pytest

import foilib
from foilib import (
    CHECKS,
    Answer,
    Authority,
    Citation,
    CitedProvision,
    Disposition,
    ExemptionClaim,
    PublicInterest,
    RefusalNotice,
    Regime,
    Request,
    RequestPart,
    Response,
    Rights,
    Severity,
    check,
)

LETTERS = Path(__file__).parent / "data" / "letters"
E, W, N = Severity.ERROR, Severity.WARNING, Severity.NOTE


def findings(response: Response, case: foilib.Case | None = None) -> set[tuple[str, str, str]]:
    return {(f.code, f.severity.value, f.path) for f in check(response, case)}


PINNED: dict[str, set[tuple[str, str, str]]] = {
    # Complete letter: calls itself a s.17(1) refusal notice, gives a review address but
    # never mentions the Information Commissioner; "not held" framed as a refusal.
    "leicester-childrens-analytics": {
        ("foia-s17-7b", "warning", "$.rights.commissioner"),
        ("not-held-is-not-an-exemption", "note", "$.refusal_notice"),
    },
    # Internal review acknowledgement: not a response, nothing to check.
    "metropolitan-police-internal-review-acknowledgement": set(),
    # Truncated copies: absences are only notes.
    "south-wales-police-theft-data-cost-limit": {
        ("foia-s17-7a", "note", "$.rights.internal_review"),
        ("foia-s17-7b", "note", "$.rights.commissioner"),
        ("foia-s16-advice", "note", "$.refusal_notice.advice_and_assistance"),
    },
    "national-archives-infanticide-paper-s40": {
        ("foia-s17-7a", "note", "$.rights.internal_review"),
        ("foia-s17-7b", "note", "$.rights.commissioner"),
        ("pi-test-missing", "note", "$.exemption_claims[0].public_interest"),
    },
    "uhb-friends-family-test-s43-commercial": {
        ("foia-s17-7a", "note", "$.rights.internal_review"),
        ("foia-s17-7b", "note", "$.rights.commissioner"),
        ("pi-test-incomplete", "note", "$.exemption_claims[0].public_interest"),
    },
    "northumbria-university-research-funding": {
        ("foia-s17-7a", "note", "$.rights.internal_review"),
        ("foia-s17-7b", "note", "$.rights.commissioner"),
    },
    "devon-county-council-foi-statistics": {
        ("foia-s17-7a", "note", "$.rights.internal_review"),
        ("foia-s17-7b", "note", "$.rights.commissioner"),
    },
}


def load(name: str) -> Response:
    return foilib.from_json((LETTERS / f"{name}.json").read_text("utf-8"), Response)


def test_every_letter_is_pinned() -> None:
    assert sorted(PINNED) == sorted(p.stem for p in LETTERS.glob("*.json"))


@pytest.mark.parametrize("name", sorted(PINNED))
def test_pinned_findings_for_shared_letters(name: str) -> None:
    assert findings(load(name)) == PINNED[name]


def test_leicester_findings_explain_themselves() -> None:
    by_code = {f.code: f for f in check(load("leicester-childrens-analytics"))}
    s17 = by_code["foia-s17-7b"]
    assert str(s17.citation) == "FOIA s.17(7)(b)"
    assert s17.provision.citation.contains(s17.citation)
    assert "Information Commissioner" in s17.message
    assert "s.45 code" in s17.message
    assert "not an exemption" in by_code["not-held-is-not-an-exemption"].message


# --- constructed responses -----------------------------------------------------------

COUNCIL = Authority("A Council", tuple(Regime))
RIGHTS = Rights(
    internal_review="If you are unhappy, ask for an internal review.",
    commissioner="You may complain to the Information Commissioner.",
)
S40 = Citation(Regime.FOIA, "40", ("2",))
S43 = Citation(Regime.FOIA, "43", ("2",))
S21 = Citation(Regime.FOIA, "21")
S12 = Citation(Regime.FOIA, "12")
PI = PublicInterest(
    for_disclosure=("Transparency.",),
    against_disclosure=("Harm.",),
    conclusion="The balance favours withholding.",
)


def response(regime: Regime = Regime.FOIA, **kw: Any) -> Response:
    fields: dict[str, Any] = {
        "authority": COUNCIL,
        "regime": regime,
        "request": Request(parts=(RequestPart("1", "Please send the contract."),)),
        "answers": (Answer(("1",), Disposition.WITHHELD, "Withheld."),),
        "exemption_claims": (
            ExemptionClaim(
                "section 43(2)", S43, reasons=("It would prejudice.",), public_interest=PI
            ),
        ),
        "refusal_notice": RefusalNotice(
            statement="We refuse part 1.", grounds=(Disposition.WITHHELD,)
        ),
        "rights": RIGHTS,
    }
    fields.update(kw)
    return Response(**fields)


def test_a_compliant_refusal_has_no_findings() -> None:
    # FOIA s.17(1), (3), (7): statement, exemption, reasons, PI reasons, rights.
    assert check(response()) == ()


def test_a_full_disclosure_has_no_findings() -> None:
    r = response(
        answers=(Answer(("1",), Disposition.PROVIDED, "Attached."),),
        exemption_claims=(),
        refusal_notice=None,
        rights=None,
    )
    assert check(r) == ()


ROWS: list[tuple[str, dict[str, Any], set[tuple[str, str, str]]]] = [
    (
        "FOIA s.17(1)(a): no refusal statement",
        {"refusal_notice": None},
        {("foia-s17-1a", "error", "$.refusal_notice.statement")},
    ),
    (
        "FOIA s.17(1)(b): withheld, nothing cited",
        {"exemption_claims": ()},
        {("foia-s17-1b", "error", "$.exemption_claims")},
    ),
    (
        "FOIA s.17(1)(c): no reasons (warning: only where not apparent)",
        {"exemption_claims": (ExemptionClaim("s.43(2)", S43, public_interest=PI),)},
        {("foia-s17-1c", "warning", "$.exemption_claims[0].reasons")},
    ),
    (
        "FOIA s.2(2)(b), s.17(3): qualified exemption, no PI test",
        {"exemption_claims": (ExemptionClaim("s.43(2)", S43, reasons=("Harm.",)),)},
        {("pi-test-missing", "error", "$.exemption_claims[0].public_interest")},
    ),
    (
        "FOIA s.17(3): PI test with no conclusion",
        {
            "exemption_claims": (
                ExemptionClaim(
                    "s.43(2)",
                    S43,
                    reasons=("Harm.",),
                    public_interest=PublicInterest(text=("We weighed.",)),
                ),
            )
        },
        {("pi-test-incomplete", "warning", "$.exemption_claims[0].public_interest")},
    ),
    (
        "FOIA s.17(2): PI decision pending, so no PI reasons yet",
        {
            "exemption_claims": (ExemptionClaim("s.43(2)", S43, reasons=("Harm.",)),),
            "refusal_notice": RefusalNotice(
                statement="We refuse.",
                grounds=(Disposition.WITHHELD,),
                public_interest_estimate=dt.date(2027, 3, 1),
            ),
        },
        set(),
    ),
    (
        "FOIA s.2(3): PI test for an absolute exemption is not needed",
        {
            "answers": (Answer(("1",), Disposition.ACCESSIBLE_ELSEWHERE, "See our website."),),
            "exemption_claims": (
                ExemptionClaim("section 21", S21, reasons=("Published.",), public_interest=PI),
            ),
        },
        {("pi-test-for-absolute", "note", "$.exemption_claims[0].public_interest")},
    ),
    (
        "FOIA s.21 has no NCND clause",
        {
            "answers": (Answer(("1",), Disposition.NEITHER_CONFIRMED_NOR_DENIED, "NCND."),),
            "exemption_claims": (ExemptionClaim("section 21", S21, ncnd=True, reasons=("x",)),),
        },
        {("ncnd-without-clause", "error", "$.exemption_claims[0].ncnd")},
    ),
    (
        "FOIA s.40(5B) exists: NCND under s.40(2) is fine",
        {
            "answers": (Answer(("1",), Disposition.NEITHER_CONFIRMED_NOR_DENIED, "NCND."),),
            "exemption_claims": (ExemptionClaim("section 40(2)", S40, ncnd=True, reasons=("x",)),),
        },
        {("pi-test-missing", "note", "$.exemption_claims[0].public_interest")},
    ),
    (
        "FOIA s.17(7)(a): refusal with no review particulars",
        {"rights": Rights(commissioner="Complain to the ICO.")},
        {("foia-s17-7a", "error", "$.rights.internal_review")},
    ),
    (
        "FOIA s.17(7)(b): refusal with no Commissioner particulars",
        {"rights": Rights(internal_review="Ask for a review.")},
        {("foia-s17-7b", "error", "$.rights.commissioner")},
    ),
    (
        "FOIA s.17(5), s.16: cost refusal with no notice and no advice",
        {
            "answers": (Answer(("1",), Disposition.REFUSED_COST, "Too costly."),),
            "exemption_claims": (),
            "refusal_notice": None,
        },
        {
            ("foia-s17-5", "error", "$.refusal_notice"),
            ("foia-s16-advice", "warning", "$.refusal_notice.advice_and_assistance"),
        },
    ),
    (
        "FOIA s.17(5): cost refusal citing s.12 with advice is fine",
        {
            "answers": (Answer(("1",), Disposition.REFUSED_COST, "Too costly."),),
            "exemption_claims": (),
            "refusal_notice": RefusalNotice(
                statement="We refuse.",
                grounds=(Disposition.REFUSED_COST,),
                provisions=(CitedProvision("section 12", S12),),
                advice_and_assistance="Narrow it to one year.",
            ),
        },
        set(),
    ),
    (
        "FOIA s.1(1)(a): not held framed as a refusal",
        {
            "answers": (Answer(("1",), Disposition.NOT_HELD, "Not held."),),
            "exemption_claims": (),
            "refusal_notice": RefusalNotice(
                statement="This is a refusal notice.", grounds=(Disposition.NOT_HELD,)
            ),
        },
        {("not-held-is-not-an-exemption", "note", "$.refusal_notice")},
    ),
    (
        "s.45 code: not held with no rights is a warning",
        {
            "answers": (Answer(("1",), Disposition.NOT_HELD, "Not held."),),
            "exemption_claims": (),
            "refusal_notice": None,
            "rights": None,
        },
        {
            ("foia-s17-7a", "warning", "$.rights.internal_review"),
            ("foia-s17-7b", "warning", "$.rights.commissioner"),
        },
    ),
    (
        "FOIA s.39: an EIR exception in a FOIA response",
        {
            "exemption_claims": (
                ExemptionClaim(
                    "regulation 12(5)(e)",
                    Citation(Regime.EIR, "12", ("5", "e")),
                    reasons=("x",),
                    public_interest=PI,
                ),
            )
        },
        {("environmental-under-foia", "warning", "$.exemption_claims[0].citation")},
    ),
    (
        "FOIA s.39: environmental parts answered under the EIR in the same letter",
        {
            "answers": (Answer(("1",), Disposition.WITHHELD, "Withheld.", regime=Regime.EIR),),
            "exemption_claims": (
                ExemptionClaim(
                    "regulation 12(5)(e)",
                    Citation(Regime.EIR, "12", ("5", "e")),
                    reasons=("x",),
                    public_interest=PI,
                ),
            ),
        },
        set(),
    ),
    (
        "Unresolvable citation",
        {
            "exemption_claims": (
                ExemptionClaim("section 99", Citation(Regime.FOIA, "99"), reasons=("x",)),
            )
        },
        {
            ("citation-unresolved", "warning", "$.exemption_claims[0].citation"),
            ("foia-s17-1b", "error", "$.exemption_claims"),
        },
    ),
]


@pytest.mark.parametrize(("title", "changes", "expected"), ROWS, ids=[r[0] for r in ROWS])
def test_foia_checks(
    title: str, changes: dict[str, Any], expected: set[tuple[str, str, str]]
) -> None:
    assert findings(response(**changes)) == expected


EIR_CLAIM = ExemptionClaim(
    "regulation 12(5)(e)",
    Citation(Regime.EIR, "12", ("5", "e")),
    reasons=("Confidential.",),
    public_interest=PI,
)
EIR_ROWS: list[tuple[str, dict[str, Any], set[tuple[str, str, str]]]] = [
    ("EIR reg 14: compliant", {"exemption_claims": (EIR_CLAIM,)}, set()),
    (
        "EIR reg 14(3)(a): no exception specified",
        {"exemption_claims": ()},
        {("eir-reg14-3a", "error", "$.exemption_claims")},
    ),
    (
        "EIR reg 14(3)(b): no PI matters",
        {
            "exemption_claims": (
                ExemptionClaim(
                    "regulation 12(5)(e)", Citation(Regime.EIR, "12", ("5", "e")), reasons=("x",)
                ),
            )
        },
        {("eir-reg14-3b", "error", "$.exemption_claims[0].public_interest")},
    ),
    (
        "EIR reg 14(5)(a)/(b): no representations or enforcement particulars",
        {"exemption_claims": (EIR_CLAIM,), "rights": None},
        {
            ("eir-reg14-5a", "error", "$.rights.internal_review"),
            ("eir-reg14-5b", "error", "$.rights.commissioner"),
        },
    ),
    (
        "EIR reg 12(4)(b), not FOIA s.12",
        {
            "answers": (Answer(("1",), Disposition.REFUSED_COST, "Too costly."),),
            "exemption_claims": (),
            "refusal_notice": RefusalNotice(
                statement="We refuse.", provisions=(CitedProvision("section 12", S12),)
            ),
        },
        {
            ("eir-foia-grounds", "error", "$.refusal_notice.provisions[0].citation"),
            ("eir-reg14-3a", "error", "$.exemption_claims"),
        },
    ),
    (
        "EIR reg 12(4)(a): not held needs a reg 14 notice with rights",
        {
            "answers": (Answer(("1",), Disposition.NOT_HELD, "Not held."),),
            "exemption_claims": (),
            "refusal_notice": None,
            "rights": None,
        },
        {
            ("eir-reg14-5a", "error", "$.rights.internal_review"),
            ("eir-reg14-5b", "error", "$.rights.commissioner"),
        },
    ),
]


@pytest.mark.parametrize(("title", "changes", "expected"), EIR_ROWS, ids=[r[0] for r in EIR_ROWS])
def test_eir_checks(
    title: str, changes: dict[str, Any], expected: set[tuple[str, str, str]]
) -> None:
    assert findings(response(Regime.EIR, **changes)) == expected


FOISA_CLAIM = ExemptionClaim(
    "section 33(1)(b)",
    Citation(Regime.FOISA, "33", ("1", "b")),
    reasons=("Substantial prejudice.",),
    public_interest=PI,
)
FOISA_ROWS: list[tuple[str, dict[str, Any], set[tuple[str, str, str]]]] = [
    ("FOISA s.16, s.19: compliant", {"exemption_claims": (FOISA_CLAIM,)}, set()),
    (
        "FOISA s.16(1): no exemption specified",
        {"exemption_claims": ()},
        {("foisa-s16", "error", "$.exemption_claims")},
    ),
    (
        "FOISA s.17(1), s.19: not held with no notice or rights",
        {
            "answers": (Answer(("1",), Disposition.NOT_HELD, "Not held."),),
            "exemption_claims": (),
            "refusal_notice": None,
            "rights": None,
        },
        {
            ("foisa-s17-notice", "error", "$.refusal_notice"),
            ("foisa-s19a", "error", "$.rights.internal_review"),
            ("foisa-s19b", "error", "$.rights.commissioner"),
        },
    ),
]


@pytest.mark.parametrize(
    ("title", "changes", "expected"), FOISA_ROWS, ids=[r[0] for r in FOISA_ROWS]
)
def test_foisa_checks(
    title: str, changes: dict[str, Any], expected: set[tuple[str, str, str]]
) -> None:
    assert findings(response(Regime.FOISA, **changes)) == expected


def test_late_response_with_a_case() -> None:
    # FOIA s.10(1): received 25 Nov 2026, due 24 Dec; sent 5 Jan 2027 is 4 working days late.
    received = dt.date(2026, 11, 25)
    r = response(
        request=Request(
            received_on=received, parts=(RequestPart("1", "Please send the contract."),)
        ),
        sent_on=dt.date(2027, 1, 5),
    )
    case = foilib.Case(r.request, Regime.FOIA, (foilib.Event(foilib.EventKind.RECEIVED, received),))
    found = check(r, case)
    assert [(f.code, f.severity) for f in found] == [("response-late", E)]
    assert "4 working days" in found[0].message
    on_time = response(sent_on=dt.date(2026, 12, 24))
    assert check(on_time, case) == ()


def test_public_interest_extension_checks() -> None:
    received = dt.date(2026, 11, 25)
    events = (
        foilib.Event(foilib.EventKind.RECEIVED, received),
        foilib.Event(
            foilib.EventKind.PUBLIC_INTEREST_EXTENSION,
            dt.date(2026, 12, 29),
            estimate=dt.date(2027, 3, 1),
        ),
    )
    case = foilib.Case(Request(), Regime.FOIA, events)
    codes = {f.code for f in check(response(sent_on=dt.date(2027, 3, 1)), case)}
    # The s.17 notice came after the 20th working day (Thu 24 Dec 2026): it does not
    # extend the time (issue 11), so the reply is late rather than a long extension.
    assert codes == {"response-late", "pi-extension-no-estimate"}
    in_time = attrs.evolve(events[1], on=dt.date(2026, 12, 22))
    case = foilib.Case(Request(), Regime.FOIA, (events[0], in_time))
    codes = {f.code for f in check(response(sent_on=dt.date(2027, 3, 1)), case)}
    assert codes == {"pi-extension-too-long"}
    no_estimate = attrs.evolve(in_time, estimate=None)
    case = foilib.Case(Request(), Regime.FOIA, (events[0], no_estimate))
    codes = {f.code for f in check(response(sent_on=dt.date(2027, 1, 20)), case)}
    assert codes == {"pi-extension-no-estimate"}


def test_every_code_is_documented_and_cited() -> None:
    docs = (Path(__file__).parents[1] / "docs" / "checks.md").read_text("utf-8")
    codes = [c.code for c in CHECKS]
    assert len(codes) == len(set(codes))
    for c in CHECKS:
        assert f"`{c.code}`" in docs, c.code
        foilib.provision(c.basis)


def test_bad_arguments() -> None:
    with pytest.raises(foilib.ArgumentTypeError):
        check("not a response")  # type: ignore[arg-type]
    with pytest.raises(foilib.ArgumentTypeError):
        check(response(), case="nope")  # type: ignore[arg-type]
