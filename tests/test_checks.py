"""Checks: pinned findings for every shared letter, and a table of constructed
responses, one or more rows per check code, each citing the provision it tests."""

from __future__ import annotations

import datetime as dt
from pathlib import Path
from typing import Any

import attrs
import pytest
from hypothesis import given, settings

import foilib
import foilib.strategies
from foilib import (
    CHECKS,
    Answer,
    Authority,
    Citation,
    CitedProvision,
    Disposition,
    ExemptionClaim,
    LetterKind,
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
from foilib._private import checks as checks_module
from foilib._private.law import law

LETTERS = Path(__file__).parent / "data" / "letters"
_BY_CODE = {c.code: c for c in CHECKS}
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
#: The same particulars for a Scottish letter: its Commissioner is the Scottish one
#: (FOISA s.47(1); EISR reg 17); "the Information Commissioner" alone is the UK one.
SCOTTISH_RIGHTS = Rights(
    internal_review="If you are unhappy, ask for a review.",
    commissioner="You may apply to the Scottish Information Commissioner.",
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
        "rights": SCOTTISH_RIGHTS if regime in (Regime.FOISA, Regime.EISR) else RIGHTS,
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
        # FOIA s.50(1): the Information Commissioner; the Scottish one hears FOISA cases
        "FOIA s.17(7)(b): the rights point to the Scottish Information Commissioner",
        {
            "rights": Rights(
                internal_review="You may ask for an internal review.",
                commissioner="You may apply to the Scottish Information Commissioner.",
            )
        },
        {("commissioner-wrong", "error", "$.rights.commissioner")},
    ),
    (
        "FOIA s.17(7)(b): the letter denies the right to complain",
        {
            "rights": Rights(
                internal_review="You may ask for an internal review.",
                commissioner="You have no right to complain to the Information Commissioner.",
            )
        },
        {("commissioner-wrong", "error", "$.rights.commissioner")},
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
        # an EIR exception specifies no FOIA exemption: s.17(1)(b) is unmet too (the
        # letter should rely on s.39)
        {
            ("environmental-under-foia", "warning", "$.exemption_claims[0].citation"),
            ("foia-s17-1b", "error", "$.exemption_claims"),
        },
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
            # EIR reg 9(1): a refusal on cost with no advice on narrowing the request.
            ("eir-reg9-advice", "warning", "$.refusal_notice.advice_and_assistance"),
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
        # FOISA s.47(1): the Scottish Information Commissioner, not the ICO at Wycliffe House
        "FOISA s.19(b): the rights point to the ICO",
        {
            "exemption_claims": (FOISA_CLAIM,),
            "rights": Rights(
                internal_review="You may ask us to review our decision within 40 working days.",
                commissioner="You may then apply to the ICO, Wycliffe House, Water Lane.",
            ),
        },
        {("commissioner-wrong", "error", "$.rights.commissioner")},
    ),
    (
        # FOISA s.16(4): a s.12(1) refusal needs a notice that the authority so claims
        # (subsection letter UNVERIFIED against the text)
        "FOISA s.16(4): a cost refusal with no notice",
        {
            "answers": (Answer(("1",), Disposition.REFUSED_COST, "Too costly."),),
            "exemption_claims": (),
            "refusal_notice": RefusalNotice(
                advice_and_assistance="Narrow it to one year.",
            ),
        },
        {("foisa-s16-4", "error", "$.refusal_notice")},
    ),
    (
        # the same refusal whose statement cites s.12 in its own words: the notice is given
        "FOISA s.16(4): a cost notice citing s.12 in its statement",
        {
            "answers": (Answer(("1",), Disposition.REFUSED_COST, "Too costly."),),
            "exemption_claims": (),
            "refusal_notice": RefusalNotice(
                statement="We refuse your request under section 12: the cost would exceed "
                "the prescribed amount.",
                advice_and_assistance="Narrow it to one year.",
            ),
        },
        set(),
    ),
    (
        # FOISA s.16(5): a s.14 refusal needs a notice that the authority so claims
        "FOISA s.16(5): a vexatious refusal with no notice",
        {
            "answers": (Answer(("1",), Disposition.REFUSED_VEXATIOUS, "Vexatious."),),
            "exemption_claims": (),
            "refusal_notice": None,
        },
        {("foisa-s16-5", "error", "$.refusal_notice")},
    ),
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


def test_bad_arguments() -> None:
    with pytest.raises(foilib.ArgumentTypeError):
        check("not a response")  # type: ignore[arg-type]
    with pytest.raises(foilib.ArgumentTypeError):
        check(response(), case="nope")  # type: ignore[arg-type]


# --- EISR: its own rules (EISR reg 13), never EIR or FOISA provisions ---------------------

EISR_CLAIM = ExemptionClaim(
    "regulation 10(5)(e)",
    Citation(Regime.EISR, "10", ("5", "e")),
    reasons=("Confidential.",),
    public_interest=PI,
)
EISR_ROWS: list[tuple[str, dict[str, Any], set[tuple[str, str, str]]]] = [
    ("EISR reg 13: compliant", {"exemption_claims": (EISR_CLAIM,)}, set()),
    (
        "EISR reg 13(b): no exception specified",
        {"exemption_claims": ()},
        {("eisr-reg13b", "error", "$.exemption_claims")},
    ),
    (
        "EISR reg 13(b): no public interest",
        {"exemption_claims": (attrs.evolve(EISR_CLAIM, public_interest=None),)},
        {("eisr-reg13b", "error", "$.exemption_claims[0].public_interest")},
    ),
    (
        "EISR reg 13(c): no reasons (warning: only where not apparent)",
        {"exemption_claims": (attrs.evolve(EISR_CLAIM, reasons=()),)},
        {("eisr-reg13c", "warning", "$.exemption_claims[0].reasons")},
    ),
    (
        "EISR reg 13(e): no review or enforcement particulars",
        {"exemption_claims": (EISR_CLAIM,), "rights": None},
        {
            ("eisr-reg13e", "error", "$.rights.internal_review"),
            ("eisr-reg13e", "error", "$.rights.commissioner"),
        },
    ),
    (
        # issue 10: this raised UnknownProvisionError("EISR reg.13(3)").
        "EISR reg 13(b): a public interest test with no conclusion",
        {
            "exemption_claims": (
                attrs.evolve(EISR_CLAIM, public_interest=PublicInterest(text=("We weighed.",))),
            )
        },
        {("pi-test-incomplete", "warning", "$.exemption_claims[0].public_interest")},
    ),
    (
        "EISR reg 10(4)(b), not FOISA s.12; reg 9 advice",
        {
            "answers": (Answer(("1",), Disposition.REFUSED_COST, "Too costly."),),
            "exemption_claims": (),
            "refusal_notice": RefusalNotice(
                statement="We refuse.",
                provisions=(CitedProvision("section 12", Citation(Regime.FOISA, "12")),),
            ),
        },
        {
            ("eisr-foisa-grounds", "error", "$.refusal_notice.provisions[0].citation"),
            ("eisr-reg13b", "error", "$.exemption_claims"),
            ("eisr-reg9-advice", "warning", "$.refusal_notice.advice_and_assistance"),
        },
    ),
]


@pytest.mark.parametrize(("title", "changes", "expected"), EISR_ROWS, ids=[r[0] for r in EISR_ROWS])
def test_eisr_checks(
    title: str, changes: dict[str, Any], expected: set[tuple[str, str, str]]
) -> None:
    assert findings(response(Regime.EISR, **changes)) == expected


@pytest.mark.parametrize(("title", "changes", "expected"), EISR_ROWS, ids=[r[0] for r in EISR_ROWS])
def test_eisr_findings_cite_only_eisr(
    title: str, changes: dict[str, Any], expected: set[tuple[str, str, str]]
) -> None:
    # issue 10: EISR findings cited "EIR reg.14(3)(b)" and "FOISA s.19(a)". The only other
    # regime an EISR letter may be sent to is FOISA's own s.39(2) (none of these rows).
    for f in check(response(Regime.EISR, **changes)):
        assert f.citation.regime is Regime.EISR, (f.code, str(f.citation))


def test_foisa_s19b_message_names_only_s20_and_s47() -> None:
    # FOISA s.19(b): particulars of the rights under s.20(1) and s.47(1); not s.56.
    found = check(response(Regime.FOISA, exemption_claims=(FOISA_CLAIM,), rights=None))
    s19b = next(f for f in found if f.code == "foisa-s19b")
    assert "FOISA s.20(1)" in s19b.message and "FOISA s.47(1)" in s19b.message
    assert "56" not in s19b.message
    assert str(s19b.citation) == "FOISA s.19(b)"


# --- part by part (FOIA s.1(1), s.17(1)(b)) ----------------------------------------------

THREE = Request(
    parts=(
        RequestPart("1", "How many?"),
        RequestPart("2", "Which?"),
        RequestPart("3", "Send the report."),
    )
)


def test_issue_example_three_parts() -> None:
    # Part 1 provided with a s.21 claim, part 2 not answered, part 3 withheld with no
    # exemption: three findings, each naming its part (before: none at all).
    r = response(
        request=THREE,
        answers=(
            Answer(("1",), Disposition.PROVIDED, "12."),
            Answer(("3",), Disposition.WITHHELD, "Withheld."),
        ),
        exemption_claims=(ExemptionClaim("section 21", S21, parts=("1",), reasons=("x",)),),
    )
    got = {(f.code, f.severity.value, f.path, f.parts) for f in check(r)}
    assert got == {
        ("part-unanswered", "error", "$.request.parts[1]", ("2",)),
        ("foia-s17-1b", "error", "$.answers[1]", ("3",)),
        ("claim-for-provided-part", "note", "$.exemption_claims[0].parts", ("1",)),
    }
    assert check(r)[0].to_dict()["parts"] in (["2"], ["3"])


PART_ROWS: list[tuple[str, dict[str, Any], set[tuple[str, str, str]]]] = [
    (
        "one answer covering several parts (Qs 4-6) answers them all",
        {
            "request": THREE,
            "answers": (Answer(("1", "2", "3"), Disposition.NOT_HELD, "None."),),
            "exemption_claims": (),
            "refusal_notice": None,
        },
        set(),
    ),
    (
        "an answer with no parts answers the whole request",
        {
            "request": THREE,
            "answers": (Answer((), Disposition.PROVIDED, "Attached."),),
            "exemption_claims": (),
            "refusal_notice": None,
            "rights": None,
        },
        set(),
    ),
    (
        "sub-parts: the parent answered covers them",
        {
            "request": Request(
                parts=(RequestPart("1", "", (RequestPart("a", "x"), RequestPart("b", "y"))),)
            ),
            "answers": (Answer(("1/a",), Disposition.PROVIDED, "x."),),
            "exemption_claims": (),
            "refusal_notice": None,
        },
        {("part-unanswered", "error", "$.request.parts[0].parts[1]")},
    ),
    (
        "a claim for a part provided in full",
        {
            "answers": (Answer(("1",), Disposition.PROVIDED, "Attached."),),
            "exemption_claims": (ExemptionClaim("section 21", S21, parts=("1",), reasons=("x",)),),
        },
        {("claim-for-provided-part", "note", "$.exemption_claims[0].parts")},
    ),
    (
        "FOIA s.1(1)(a): provided and not held for one part",
        {
            "answers": (
                Answer(("1",), Disposition.PROVIDED, "Attached."),
                Answer(("1",), Disposition.NOT_HELD, "Not held."),
            ),
            "exemption_claims": (),
            "refusal_notice": None,
        },
        {("part-contradictory", "warning", "$.answers[1]")},
    ),
]


@pytest.mark.parametrize(("title", "changes", "expected"), PART_ROWS, ids=[r[0] for r in PART_ROWS])
def test_part_checks(
    title: str, changes: dict[str, Any], expected: set[tuple[str, str, str]]
) -> None:
    assert findings(response(**changes)) == expected


def test_parts_in_json_form_and_str() -> None:
    r = response(request=THREE, answers=(Answer(("1", "3"), Disposition.PROVIDED, "x"),))
    (f,) = [f for f in check(r) if f.code == "part-unanswered"]
    assert f.parts == ("2",)
    assert f.to_dict()["parts"] == ["2"]
    assert "(part 2)" in str(f)


# --- claims read as written, in the letter's regime --------------------------------------

CLAIM_ROWS: list[tuple[str, Regime, dict[str, Any], set[tuple[str, str, str]]]] = [
    (
        # issue 13 s.2: a false s.17(1)(b) hid the real defect (no PI test).
        "a claim with no citation is read from its words",
        Regime.FOIA,
        {"exemption_claims": (ExemptionClaim("section 43(2)", reasons=("Harm.",)),)},
        {("pi-test-missing", "error", "$.exemption_claims[0].public_interest")},
    ),
    (
        "FOISA letter: 'Section 33 (1)(b)' is FOISA s.33(1)(b)",
        Regime.FOISA,
        {
            "exemption_claims": (
                ExemptionClaim("Section 33 (1)(b)", reasons=("x",), public_interest=PI),
            )
        },
        set(),
    ),
    (
        "police 'Section 31 (1)(a)(b)' is s.31(1)(a) and (b): no false finding",
        Regime.FOIA,
        {
            "exemption_claims": (
                ExemptionClaim("Section 31 (1)(a)(b)", reasons=("x",), public_interest=PI),
            )
        },
        set(),
    ),
    (
        "a FOIA exemption in a FOISA letter",
        Regime.FOISA,
        {"exemption_claims": (ExemptionClaim("s.43(2)", S43, reasons=("x",), public_interest=PI),)},
        # a FOIA exemption specifies no FOISA exemption (s.16(1)(c)): an error too
        {
            ("claim-other-regime", "warning", "$.exemption_claims[0].citation"),
            ("foisa-s16", "error", "$.exemption_claims"),
        },
    ),
    (
        "s.40(2) stated to be absolute (first condition): no PI test needed",
        Regime.FOIA,
        {
            "exemption_claims": (
                ExemptionClaim(
                    "section 40(2)",
                    S40,
                    reasons=("Personal data.",),
                    absolute_statement="Section 40(2) is absolute where the first condition "
                    "is met, so no public interest test is needed.",
                ),
            )
        },
        set(),
    ),
    (
        "s.43(2) stated to be absolute: it is not",
        Regime.FOIA,
        {
            "exemption_claims": (
                ExemptionClaim("s.43(2)", S43, reasons=("x",), absolute_statement="Absolute."),
            )
        },
        {("pi-test-missing", "error", "$.exemption_claims[0].public_interest")},
    ),
    (
        "FOIA s.17(3): a conclusion with no reasons for maintaining the exemption",
        Regime.FOIA,
        {
            "exemption_claims": (
                ExemptionClaim(
                    "s.43(2)",
                    S43,
                    reasons=("x",),
                    public_interest=PublicInterest(
                        for_disclosure=("Openness.",), conclusion="We withhold."
                    ),
                ),
            )
        },
        {("foia-s17-3", "warning", "$.exemption_claims[0].public_interest.against_disclosure")},
    ),
    (
        "FOISA s.15: cost refusal with no advice",
        Regime.FOISA,
        {
            "answers": (Answer(("1",), Disposition.REFUSED_COST, "Too costly."),),
            "exemption_claims": (),
            "refusal_notice": RefusalNotice(
                statement="We refuse.",
                provisions=(CitedProvision("section 12", Citation(Regime.FOISA, "12")),),
            ),
        },
        {("foisa-s15-advice", "warning", "$.refusal_notice.advice_and_assistance")},
    ),
    (
        "EIR reg 12(4)(b) manifestly unreasonable, with advice: compliant",
        Regime.EIR,
        {
            "answers": (
                Answer(("1",), Disposition.REFUSED_MANIFESTLY_UNREASONABLE, "Too costly."),
            ),
            "exemption_claims": (
                ExemptionClaim(
                    "regulation 12(4)(b)",
                    Citation(Regime.EIR, "12", ("4", "b")),
                    reasons=("Over 18 hours.",),
                    public_interest=PI,
                ),
            ),
        },
        set(),
    ),
    (
        "an unreadable claim is unresolved, not an exemption",
        Regime.FOIA,
        {"exemption_claims": (ExemptionClaim("the exemption", reasons=("x",)),)},
        {
            ("citation-unresolved", "warning", "$.exemption_claims[0].citation"),
            ("foia-s17-1b", "error", "$.exemption_claims"),
        },
    ),
]


@pytest.mark.parametrize(
    ("title", "regime", "changes", "expected"), CLAIM_ROWS, ids=[r[0] for r in CLAIM_ROWS]
)
def test_claim_checks(
    title: str, regime: Regime, changes: dict[str, Any], expected: set[tuple[str, str, str]]
) -> None:
    assert findings(response(regime, **changes)) == expected


# --- every kind of letter against its own duties --------------------------------------------

KIND_ROWS: list[tuple[str, Regime, dict[str, Any], set[tuple[str, str, str]]]] = [
    (
        "FOIA s.17(2): extension notice with no estimate",
        Regime.FOIA,
        {
            "kind": LetterKind.EXTENSION_NOTICE,
            "answers": (Answer(("1",), Disposition.HELD_DECISION_PENDING, "We hold it."),),
            "exemption_claims": (ExemptionClaim("s.43(2)", S43, reasons=("x",)),),
        },
        {("extension-no-estimate", "error", "$.refusal_notice.public_interest_estimate")},
    ),
    (
        "FOIA s.17(2): extension notice with estimate, exemption and rights: compliant",
        Regime.FOIA,
        {
            "kind": LetterKind.EXTENSION_NOTICE,
            "answers": (Answer(("1",), Disposition.HELD_DECISION_PENDING, "We hold it."),),
            "exemption_claims": (ExemptionClaim("s.43(2)", S43, reasons=("x",)),),
            "refusal_notice": RefusalNotice(
                statement="We rely on s.43(2).", public_interest_estimate=dt.date(2027, 1, 22)
            ),
        },
        set(),
    ),
    (
        "FOIA s.17(2), s.17(7): an extension notice is a s.17(1) notice",
        Regime.FOIA,
        {
            "kind": LetterKind.EXTENSION_NOTICE,
            "answers": (Answer(("1",), Disposition.HELD_DECISION_PENDING, "We hold it."),),
            "exemption_claims": (),
            "rights": None,
            "refusal_notice": RefusalNotice(public_interest_estimate=dt.date(2027, 1, 22)),
        },
        {
            ("foia-s17-1a", "error", "$.refusal_notice.statement"),
            ("foia-s17-1b", "error", "$.exemption_claims"),
            ("foia-s17-7a", "error", "$.rights.internal_review"),
            ("foia-s17-7b", "error", "$.rights.commissioner"),
        },
    ),
    (
        # Received Mon 2 Nov 2026. Working days (EIR reg 2(1) = FOIA s.10(6)): 3-6 Nov (4),
        # 9-13 (9), 16-20 (14), 23-27 (19); Mon 30 Nov is St Andrew's Day, a Scottish bank
        # holiday and so not a working day; Tue 1 Dec is the 20th (EIR reg 5(2), reg 7(3)).
        "EIR reg 7: notice after the 20th working day",
        Regime.EIR,
        {
            "kind": LetterKind.EXTENSION_NOTICE,
            "request": Request(received_on=dt.date(2026, 11, 2), parts=(RequestPart("1", "x"),)),
            "sent_on": dt.date(2026, 12, 2),
            "answers": (),
            "exemption_claims": (),
            "refusal_notice": None,
        },
        {("extension-notice-late", "error", "$.sent_on")},
    ),
    (
        "EIR reg 7: notice on the 20th working day is in time",
        Regime.EIR,
        {
            "kind": LetterKind.EXTENSION_NOTICE,
            "request": Request(received_on=dt.date(2026, 11, 2), parts=(RequestPart("1", "x"),)),
            "sent_on": dt.date(2026, 12, 1),
            "answers": (),
            "exemption_claims": (),
            "refusal_notice": None,
        },
        set(),
    ),
    (
        "FOISA: no public-interest extension",
        Regime.FOISA,
        {
            "kind": LetterKind.EXTENSION_NOTICE,
            "answers": (),
            "exemption_claims": (),
            "refusal_notice": None,
        },
        {("extension-not-available", "warning", "$.kind")},
    ),
    (
        "FOIA s.1(3), s.16: clarification request that says nothing of what is needed",
        Regime.FOIA,
        {
            "kind": LetterKind.CLARIFICATION_REQUEST,
            "answers": (),
            "exemption_claims": (),
            "refusal_notice": None,
            "rights": None,
        },
        {("clarification-no-advice", "warning", "$.answers")},
    ),
    (
        "FOIA s.1(3): clarification request saying what is needed",
        Regime.FOIA,
        {
            "kind": LetterKind.CLARIFICATION_REQUEST,
            "answers": (
                Answer(("1",), Disposition.AWAITING_CLARIFICATION, "Which contract, and when?"),
            ),
            "exemption_claims": (),
            "refusal_notice": None,
            "rights": None,
        },
        set(),
    ),
    (
        "FOIA s.50: review outcome with no Commissioner",
        Regime.FOIA,
        {"kind": LetterKind.INTERNAL_REVIEW_OUTCOME, "rights": Rights(internal_review="Done.")},
        {("review-no-commissioner", "error", "$.rights.commissioner")},
    ),
    (
        "EIR reg 18: review outcome with no Commissioner",
        Regime.EIR,
        {
            "kind": LetterKind.INTERNAL_REVIEW_OUTCOME,
            "exemption_claims": (EIR_CLAIM,),
            "rights": None,
        },
        {("review-no-commissioner", "error", "$.rights.commissioner")},
    ),
    (
        "FOIA s.9(1): fees notice with no fee",
        Regime.FOIA,
        {"kind": LetterKind.FEES_NOTICE, "answers": (), "exemption_claims": ()},
        {("fees-notice-no-amount", "error", "$.fee")},
    ),
    (
        "FOIA s.9: fees notice with the fee but no time to pay",
        Regime.FOIA,
        {"kind": LetterKind.FEES_NOTICE, "fee": foilib.Fee("£45.00")},
        {("fees-notice-no-period", "warning", "$.fee.pay_within")},
    ),
    (
        "FOISA s.9: fees notice with fee and period",
        Regime.FOISA,
        {"kind": LetterKind.FEES_NOTICE, "fee": foilib.Fee("£12.50", "within three months")},
        set(),
    ),
    (
        "an acknowledgement needs nothing",
        Regime.FOIA,
        {"kind": LetterKind.ACKNOWLEDGEMENT, "rights": None, "refusal_notice": None},
        set(),
    ),
]


@pytest.mark.parametrize(
    ("title", "regime", "changes", "expected"), KIND_ROWS, ids=[r[0] for r in KIND_ROWS]
)
def test_letter_kinds(
    title: str, regime: Regime, changes: dict[str, Any], expected: set[tuple[str, str, str]]
) -> None:
    assert findings(response(regime, **changes)) == expected


def test_review_outcome_cites_the_regimes_commissioner_right() -> None:
    r = response(
        Regime.EIR,
        kind=LetterKind.INTERNAL_REVIEW_OUTCOME,
        exemption_claims=(EIR_CLAIM,),
        rights=None,
    )
    (f,) = check(r)
    assert str(f.citation) == "EIR reg.18"
    assert "Information Commissioner" in f.message


# --- the registry ----------------------------------------------------------------------------


def _every_example() -> list[Response]:
    out = [load(name) for name in PINNED]
    out += [response(**c) for _, c, _ in ROWS + PART_ROWS + ROWS_ON_THE_DAY]
    out += [response(Regime.EIR, **c) for _, c, _ in EIR_ROWS]
    out += [response(Regime.FOISA, **c) for _, c, _ in FOISA_ROWS]
    out += [response(Regime.EISR, **c) for _, c, _ in EISR_ROWS]
    out += [response(g, **c) for _, g, c, _ in CLAIM_ROWS + KIND_ROWS]
    return out


_TIMELINESS = {"response-late", "pi-extension-too-long", "pi-extension-no-estimate"}


def test_every_registered_code_is_emitted_by_its_own_rule() -> None:
    # Each rule function is run alone on every example; a code it emits must name it as
    # its rule, and every registered code must come out of some example (the timeliness
    # codes come from the case tests above, run by test_late_response_with_a_case and
    # test_public_interest_extension_checks).
    rules = {name for c in CHECKS for name in c.rules}
    emitted: set[str] = set()
    for example in _every_example():
        ctx = checks_module._Context(example)
        for rule in checks_module._rules_for(example.regime, example.kind):
            for f in rule(ctx):
                assert rule.__name__ in _BY_CODE[f.code].rules, (f.code, rule.__name__)
                emitted.add(f.code)
    assert emitted | _TIMELINESS == {c.code for c in CHECKS}
    for name in rules:
        assert callable(getattr(checks_module, name)), name


def test_every_code_is_documented_and_cited() -> None:
    docs = (Path(__file__).parents[1] / "docs" / "checks.md").read_text("utf-8")
    codes = [c.code for c in CHECKS]
    assert len(codes) == len(set(codes))
    for c in CHECKS:
        assert isinstance(c.citation, Citation)
        assert f"| `{c.code}` | {c.severity.value} | {c.citation} |" in docs, c.code
        foilib.provision(c.citation)


@given(foilib.strategies.responses())
@settings(max_examples=60, deadline=None)
def test_every_emitted_code_is_registered_and_resolves(r: Response) -> None:
    for f in check(r):
        assert f.code in _BY_CODE
        assert f.provision is foilib.provision(f.citation)
        assert f.citation.regime in (r.regime, law(r.regime).letters.other_regime.regime) or (
            f.code == "review-no-commissioner"
        )


# --- the law as it stood on the day (issue 13 s.4) ---------------------------------------

S22A = Citation(Regime.FOIA, "22A")


def _s40(sent_on: dt.date | None) -> Response:
    return response(
        sent_on=sent_on,
        answers=(Answer(("1",), Disposition.WITHHELD, "Withheld."),),
        exemption_claims=(ExemptionClaim("section 40(2)", S40, reasons=("Personal data.",)),),
    )


def test_a_2015_s40_refusal_is_read_against_the_1998_first_condition() -> None:
    # DPA 2018 Sch 19 paras 56, 58 inserted s.40(3A) and s.2(3)(fa) from 25 May 2018: a
    # letter of 2 March 2015 is checked against s.40 as it then stood.
    (old,) = check(_s40(dt.date(2015, 3, 2)))
    assert old.code == "pi-test-missing" and old.severity is N
    assert "3A" not in old.message and "(fa)" not in old.message
    assert "Data Protection Act 1998" in old.message
    assert (old.law_on, old.law_from) == (dt.date(2015, 3, 2), "sent_on")
    (new,) = check(_s40(dt.date(2019, 3, 4)))
    assert "s.40(3A)" in new.message and "s.2(3)(fa)" in new.message
    (today,) = check(_s40(None))
    assert (today.law_on, today.law_from, today.message) == (None, "today", new.message)
    assert old.to_dict()["law_on"] == "2015-03-02"


def test_receipt_date_is_used_when_the_letter_is_undated() -> None:
    r = response(
        request=Request(received_on=dt.date(2014, 9, 30), parts=(RequestPart("1", "x"),)),
        exemption_claims=(ExemptionClaim("section 22A", S22A, reasons=("x",), public_interest=PI),),
    )
    found = check(r)
    assert [(f.code, f.law_from) for f in found] == [("provision-not-in-force", "received_on")]
    assert "2014-10-01" in found[0].message


ROWS_ON_THE_DAY: list[tuple[str, dict[str, Any], set[tuple[str, str, str]]]] = [
    (
        # Intellectual Property Act 2014 s.20, in force 1 October 2014 (SI 2014/2330).
        "s.22A relied on in 2013, before it came into force",
        {
            "sent_on": dt.date(2013, 5, 1),
            "exemption_claims": (
                ExemptionClaim("section 22A", S22A, reasons=("x",), public_interest=PI),
            ),
        },
        {("provision-not-in-force", "warning", "$.exemption_claims[0].citation")},
    ),
    (
        "s.22A relied on on 1 October 2014",
        {
            "sent_on": dt.date(2014, 10, 1),
            "exemption_claims": (
                ExemptionClaim("section 22A", S22A, reasons=("x",), public_interest=PI),
            ),
        },
        set(),
    ),
]


@pytest.mark.parametrize(
    ("title", "changes", "expected"), ROWS_ON_THE_DAY, ids=[r[0] for r in ROWS_ON_THE_DAY]
)
def test_checks_on_the_day(
    title: str, changes: dict[str, Any], expected: set[tuple[str, str, str]]
) -> None:
    assert findings(response(**changes)) == expected


def test_cli_check_names_the_parts(tmp_path: Path, capsys: pytest.CaptureFixture[str]) -> None:
    from foilib._private.cli import main

    r = response(request=THREE, answers=(Answer(("1", "3"), Disposition.PROVIDED, "x"),))
    path = tmp_path / "letter.json"
    path.write_text(foilib.to_json(r), "utf-8")
    assert main(["check", str(path)]) == 1
    out = capsys.readouterr().out
    assert "part-unanswered" in out and "$.request.parts[1]  part 2" in out
    assert main(["check", str(path), "--json"]) == 1
    assert '"parts": [\n      "2"\n    ]' in capsys.readouterr().out


# --- which code each regime's checks emit lives in the law data (issue 10) -----------------


def _letter_checks(regime: Regime) -> dict[str, Any]:
    """Each LetterChecks field of ``regime`` that the regime defines (not None)."""
    checks = law(regime).letters.checks
    found = {f.name: getattr(checks, f.name) for f in attrs.fields(type(checks))}
    return {name: entry for name, entry in found.items() if entry is not None}


@pytest.mark.parametrize("regime", list(Regime))
def test_letter_checks_are_registered_cited_and_sourced(regime: Regime) -> None:
    # Every entry names a registered code, cites a provision of the regime's own law that
    # the catalogue resolves, and gives its source.
    for name, entry in _letter_checks(regime).items():
        assert entry.code in _BY_CODE, (regime, name, entry.code)
        assert entry.citation.regime is regime, (name, str(entry.citation))
        assert foilib.provision(entry.citation) is not None
        assert entry.source.strip(), (regime, name)
        row = _BY_CODE[entry.code]
        if row.citation.regime is regime:  # a code of this regime cites its own row's basis,
            # or the whole of it (FOISA s.16 covers s.16(1)(c) and (d); EIR reg 14(3) and (3)(b))
            assert row.citation.contains(entry.citation) or entry.citation.contains(row.citation), (
                name,
                str(row.citation),
                str(entry.citation),
            )


@pytest.mark.parametrize(
    ("regime", "field", "code", "cited"),
    [
        # FOIA s.17(1)(b); EIR reg 14(3)(a); FOISA s.16(1)(c); EISR reg 13(b).
        (Regime.FOIA, "specify_exemption", "foia-s17-1b", "FOIA s.17(1)(b)"),
        (Regime.EIR, "specify_exemption", "eir-reg14-3a", "EIR reg.14(3)(a)"),
        (Regime.FOISA, "specify_exemption", "foisa-s16", "FOISA s.16(1)(c)"),
        (Regime.EISR, "specify_exemption", "eisr-reg13b", "EISR reg.13(b)"),
        # the duty to advise and assist: FOIA s.16(1), EIR reg 9(1), FOISA s.15(1), EISR reg 9(1)
        (Regime.FOIA, "advice_and_assistance", "foia-s16-advice", "FOIA s.16(1)"),
        (Regime.EIR, "advice_and_assistance", "eir-reg9-advice", "EIR reg.9(1)"),
        (Regime.FOISA, "advice_and_assistance", "foisa-s15-advice", "FOISA s.15(1)"),
        (Regime.EISR, "advice_and_assistance", "eisr-reg9-advice", "EISR reg.9(1)"),
        # reasons: FOIA s.17(1)(c); EIR reg 14(3); FOISA s.16(1)(d); EISR reg 13(c)
        (Regime.FOIA, "reasons", "foia-s17-1c", "FOIA s.17(1)(c)"),
        (Regime.EIR, "reasons", "eir-reg14-3b", "EIR reg.14(3)"),
        (Regime.FOISA, "reasons", "foisa-s16", "FOISA s.16(1)(d)"),
        (Regime.EISR, "reasons", "eisr-reg13c", "EISR reg.13(c)"),
        # no public interest test: FOIA s.2(2)(b); EIR reg 14(3)(b); FOISA s.2(1)(b); EISR 13(b)
        (Regime.FOIA, "public_interest_test", "pi-test-missing", "FOIA s.2(2)(b)"),
        (Regime.EIR, "public_interest_test", "eir-reg14-3b", "EIR reg.14(3)(b)"),
        (Regime.FOISA, "public_interest_test", "pi-test-missing", "FOISA s.2(1)(b)"),
        (Regime.EISR, "public_interest_test", "eisr-reg13b", "EISR reg.13(b)"),
        # review and Commissioner particulars: FOIA s.17(7); EIR reg 14(5); FOISA s.19; EISR 13(e)
        (Regime.EIR, "review_particulars", "eir-reg14-5a", "EIR reg.14(5)(a)"),
        (Regime.EISR, "review_particulars", "eisr-reg13e", "EISR reg.13(e)"),
        (Regime.EIR, "commissioner_particulars", "eir-reg14-5b", "EIR reg.14(5)(b)"),
        (Regime.EISR, "commissioner_particulars", "eisr-reg13e", "EISR reg.13(e)"),
        (Regime.FOISA, "commissioner_particulars", "foisa-s19b", "FOISA s.19(b)"),
        # the partner's cost ground: EIR reg 12(4)(b), EISR reg 10(4)(b) (manifestly unreasonable)
        (Regime.EIR, "partner_grounds", "eir-foia-grounds", "EIR reg.12(4)(b)"),
        (Regime.EISR, "partner_grounds", "eisr-foisa-grounds", "EISR reg.10(4)(b)"),
        # FOIA s.39 sends environmental information to the EIR
        (Regime.FOIA, "environmental_exception", "environmental-under-foia", "FOIA s.39"),
        (Regime.FOISA, "not_held_notice", "foisa-s17-notice", "FOISA s.17(1)"),
    ],
)
def test_letter_check_rows(regime: Regime, field: str, code: str, cited: str) -> None:
    entry = getattr(law(regime).letters.checks, field)
    assert (entry.code, str(entry.citation)) == (code, cited)


@pytest.mark.parametrize(
    ("regime", "absent"),
    [
        # FOIA-only requirements: s.17(1)(a) statement, s.17(3) reasons, s.17(5) notice,
        # s.17(2) estimate; EIR/EISR reg 7 notice in time; FOISA has no extension at all.
        (Regime.EIR, ("refusal_statement", "ground_notice", "extension_estimate")),
        (Regime.EISR, ("refusal_statement", "ground_notice", "extension_estimate")),
        (Regime.FOISA, ("extension_estimate", "extension_late", "partner_grounds")),
        (Regime.FOIA, ("partner_grounds", "not_held_notice", "vexatious_notice")),
    ],
)
def test_letter_checks_a_regime_lacks(regime: Regime, absent: tuple[str, ...]) -> None:
    checks = law(regime).letters.checks
    assert all(getattr(checks, name) is None for name in absent)


def _checks_tree() -> Any:
    import ast

    return ast.parse(Path(checks_module.__file__).read_text(encoding="utf-8"))


def _regime_keyed_law(tree: Any) -> list[int]:
    """Lines of dict literals keyed by ``Regime.X`` whose values are data (strings, numbers,
    tuples of them, citations), and of ``"a" if ... Regime.X ... else "b"`` choices."""
    import ast

    def is_regime(node: ast.AST) -> bool:
        return any(
            isinstance(n, ast.Attribute)
            and isinstance(n.value, ast.Name)
            and n.value.id == "Regime"
            for n in ast.walk(node)
        )

    def is_data(node: ast.AST) -> bool:
        if isinstance(node, ast.Constant):
            return True
        if isinstance(node, ast.Tuple):
            return any(is_data(e) for e in node.elts)
        return isinstance(node, ast.Call) and getattr(node.func, "id", "") == "Citation"

    lines = []
    for node in ast.walk(tree):
        if isinstance(node, ast.Dict):
            keyed = any(k is not None and is_regime(k) for k in node.keys)
            if keyed and any(is_data(v) for v in node.values):
                lines.append(node.lineno)
        elif isinstance(node, ast.IfExp):
            data = is_data(node.body) or is_data(node.orelse)
            if data and is_regime(node.test):
                lines.append(node.lineno)
    return lines


def test_checks_engine_holds_no_regime_keyed_law() -> None:
    # The code a check emits under each regime, and the provision it cites, come from
    # law(regime).letters.checks: checks.py keeps no per-regime table of its own.
    assert _regime_keyed_law(_checks_tree()) == []


def test_checks_engine_writes_no_regime_specific_code() -> None:
    # A code that one regime's LetterChecks names is read from there, never written in.
    import ast

    data_codes = {e.code for r in Regime for e in _letter_checks(r).values()}
    written = {
        (node.lineno, node.value)
        for node in ast.walk(_checks_tree())
        if isinstance(node, ast.Constant) and node.value in data_codes
    }
    assert written == set()


def test_the_regime_keyed_scan_would_catch_a_table() -> None:
    import ast

    table = ast.parse('_ADVICE = {Regime.FOIA: "foia-s16-advice", Regime.EIR: "eir-reg9-advice"}')
    choice = ast.parse('code = "eir-reg14-5a" if ctx.regime is Regime.EIR else "eisr-reg13e"')
    wiring = ast.parse("RULES = {Regime.FOIA: (_a, _b)}")
    assert _regime_keyed_law(table) == [1]
    assert _regime_keyed_law(choice) == [1]
    assert _regime_keyed_law(wiring) == []
