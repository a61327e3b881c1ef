"""Faults a fresh user got past ``foilib.check`` (tryout 5), one kind per section.

1. A rule implemented for one regime only: the regime x defect matrix below builds each
   defect under FOIA, EIR, FOISA and EISR; where a regime has no such duty the row says so
   with its citation.
2. FOISA cost and vexatious refusals need a notice (s.16(4), s.16(5)).
3. "Information Commissioner" not preceded by "Scottish" is the UK Commissioner.
4. Procedural grounds (cost, vexatious) are not exemptions, and a notice's statement that
   cites them ("under section 12") is a notice relying on them.
5. A claim under another regime's provision specifies none of this regime's.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

import pytest

from foilib import (
    Answer,
    Authority,
    Case,
    Disposition,
    Event,
    EventKind,
    ExemptionClaim,
    LetterKind,
    RefusalNotice,
    Regime,
    Request,
    Response,
    Rights,
    check,
    fill_particulars,
)

D = dt.date
SCOTTISH = (Regime.FOISA, Regime.EISR)


def rights(regime: Regime, commissioner: str | None = None) -> Rights:
    """Review and Commissioner particulars that satisfy ``regime``."""
    if commissioner is None:
        commissioner = (
            "You may apply to the Scottish Information Commissioner."
            if regime in SCOTTISH
            else "You may complain to the Information Commissioner."
        )
    return Rights(internal_review="You may ask us for a review.", commissioner=commissioner)


def letter(regime: Regime, **kw: Any) -> Response:
    fields: dict[str, Any] = {
        "authority": Authority("A Council", (regime,)),
        "regime": regime,
        "request": Request(),
        "rights": rights(regime),
    }
    fields.update(kw)
    return Response(**fields)


def codes(response: Response, case: Case | None = None) -> set[str]:
    return {f.code for f in check(response, case)}


# --- 1. the regime x defect matrix ---------------------------------------------------------

# Late extension notice: received Wed 2 Dec 2026. Hand count of working days after it:
# Dec 3-4 (2), 7-11 (7), 14-18 (12), 21-24 (16); Fri 25 Dec and Mon 28 Dec (Boxing Day
# substitute) are holidays; 29-31 (19); Fri 1 Jan 2027 a holiday; Mon 4 Jan is the 20th in
# England (in Scotland 4 Jan is the 2 Jan substitute, so Tue 5 Jan). The notice of Mon
# 11 Jan 2027 is after it under every regime.
_LATE_EXTENSION = {"sent_on": D(2027, 1, 11), "kind": LetterKind.EXTENSION_NOTICE}


def _late_extension(regime: Regime) -> set[str]:
    statement = (
        "Under regulation 7(1) we are extending the time to 40 working days."
        if regime.is_environmental
        else "We need more time to consider the public interest under section 43(2)."
    )
    r = letter(regime, refusal_notice=RefusalNotice(statement=statement), **_LATE_EXTENSION)
    return codes(r, Case(r.request, regime, (Event(EventKind.RECEIVED, D(2026, 12, 2)),)))


def _refusal(regime: Regime, ground: Disposition, notice: RefusalNotice | None) -> set[str]:
    return codes(letter(regime, answers=(Answer((), ground, "Refused."),), refusal_notice=notice))


_ADVICE = RefusalNotice(advice_and_assistance="You could narrow it to one year.")

#: (defect, regime, finding expected, or None with the reason no such duty exists)
MATRIX: list[tuple[str, Regime, str | None, str]] = [
    # a notice of extension given after the time for compliance
    ("late extension", Regime.FOIA, "extension-notice-late", "FOIA s.17(1): within the time"),
    ("late extension", Regime.EIR, "extension-notice-late", "EIR reg 7: within 20 days"),
    ("late extension", Regime.EISR, "extension-notice-late", "EISR reg 7: within 20 days"),
    ("late extension", Regime.FOISA, "extension-not-available", "FOISA has no extension"),
    # a cost refusal with no notice relying on the ground
    ("cost, no notice", Regime.FOIA, "foia-s17-5", "FOIA s.17(5)"),
    ("cost, no notice", Regime.FOISA, "foisa-s16-4", "FOISA s.16(4)"),
    ("cost, no notice", Regime.EIR, "eir-reg14-3a", "EIR reg 14(3)(a): reg 12(4)(b)"),
    ("cost, no notice", Regime.EISR, "eisr-reg13b", "EISR reg 13: reg 10(4)(b)"),
    # a vexatious refusal with no notice relying on the ground
    ("vexatious, no notice", Regime.FOIA, "foia-s17-5", "FOIA s.17(5)"),
    ("vexatious, no notice", Regime.FOISA, "foisa-s16-5", "FOISA s.16(5)"),
    ("vexatious, no notice", Regime.EIR, "eir-reg14-3a", "EIR reg 14(3)(a): reg 12(4)(b)"),
    ("vexatious, no notice", Regime.EISR, "eisr-reg13b", "EISR reg 13: reg 10(4)(b)"),
    # an extension notice with no estimate: only FOIA s.17(2) asks for one
    ("extension, no estimate", Regime.FOIA, "extension-no-estimate", "FOIA s.17(2)"),
    ("extension, no estimate", Regime.EIR, None, "EIR reg 7(3) asks no estimate"),
    ("extension, no estimate", Regime.EISR, None, "EISR reg 7 asks no estimate"),
    ("extension, no estimate", Regime.FOISA, "extension-not-available", "no extension"),
]


def _build(defect: str, regime: Regime) -> set[str]:
    if defect == "late extension":
        return _late_extension(regime)
    if defect == "cost, no notice":
        return _refusal(regime, Disposition.REFUSED_COST, _ADVICE)
    if defect == "vexatious, no notice":
        return _refusal(regime, Disposition.REFUSED_VEXATIOUS, None)
    assert defect == "extension, no estimate"
    statement = "Under regulation 7(1) we are extending the time."
    return codes(
        letter(
            regime,
            kind=LetterKind.EXTENSION_NOTICE,
            refusal_notice=RefusalNotice(statement=statement),
        )
    )


def test_the_matrix_covers_every_regime_for_every_defect() -> None:
    defects = {d for d, *_ in MATRIX}
    assert {(d, g) for d, g, *_ in MATRIX} == {(d, g) for d in defects for g in Regime}


@pytest.mark.parametrize(("defect", "regime", "code", "law"), MATRIX)
def test_regime_defect_matrix(defect: str, regime: Regime, code: str | None, law: str) -> None:
    found = _build(defect, regime)
    if code is None:
        assert not found & {"extension-no-estimate", "extension-notice-late"}, law
    else:
        assert code in found, law


def test_a_late_eir_extension_from_json_letter_and_case() -> None:
    # tryout 5: eir_ext_letter.json with eir_ext_case.json (received 2 Dec, notice 11 Jan)
    r = letter(
        Regime.EIR,
        refusal_notice=RefusalNotice(statement="Under regulation 7(1) we are extending."),
        **_LATE_EXTENSION,
    )
    case = Case(
        r.request,
        Regime.EIR,
        (
            Event(EventKind.RECEIVED, D(2026, 12, 2)),
            Event(EventKind.ENVIRONMENTAL_EXTENSION, D(2027, 1, 11)),
        ),
    )
    assert [(f.code, str(f.citation)) for f in check(r, case)] == [
        ("extension-notice-late", "EIR reg.7(3)")
    ]
    assert codes(r) == set()  # without a date of receipt nothing can be said


def test_an_extension_in_time_is_not_late() -> None:
    # received 2 Dec 2026, notice 16 Dec: the 10th working day
    r = letter(
        Regime.EISR,
        kind=LetterKind.EXTENSION_NOTICE,
        sent_on=D(2026, 12, 16),
        refusal_notice=RefusalNotice(statement="Under regulation 7(1) we are extending."),
    )
    assert (
        codes(r, Case(r.request, Regime.EISR, (Event(EventKind.RECEIVED, D(2026, 12, 2)),)))
        == set()
    )


# --- 3. the Commissioner's name ------------------------------------------------------------

#: (regime, the Commissioner particulars, wrong?) FOIA s.50(1), EIR reg 18 (the Information
#: Commissioner); FOISA s.47(1), EISR reg 17 (the Scottish Information Commissioner).
COMMISSIONER_ROWS = [
    (Regime.FOISA, "You may complain to the Information Commissioner.", True),
    (Regime.EISR, "You may complain to the Information Commissioner.", True),
    (Regime.FOISA, "Complain to the Information Commissioner's Office.", True),
    (Regime.FOISA, "You may apply to the Scottish Information Commissioner.", False),
    (Regime.EISR, "You may apply to the Scottish Information Commissioner.", False),
    (Regime.FOIA, "You may apply to the Scottish Information Commissioner.", True),
    (Regime.EIR, "You may apply to the Scottish Information Commissioner.", True),
    (Regime.FOIA, "You may complain to the Information Commissioner.", False),
    (Regime.EIR, "You may complain to the Information Commissioner.", False),
]


@pytest.mark.parametrize(("regime", "said", "wrong"), COMMISSIONER_ROWS)
def test_the_commissioner_named_by_title(regime: Regime, said: str, wrong: bool) -> None:
    r = letter(regime, rights=rights(regime, said))
    assert ("commissioner-wrong" in codes(r)) is wrong


# --- 4. procedural grounds -----------------------------------------------------------------

_COST_STATEMENT = (
    "We are refusing your request under section 12 as the cost of compliance would exceed "
    "the appropriate limit."
)


@pytest.mark.parametrize("regime", [Regime.FOIA, Regime.FOISA])
def test_a_cost_notice_citing_section_12_in_its_statement(regime: Regime) -> None:
    # FOIA s.17(5) / FOISA s.16(4): the statement relies on s.12 in its own words
    notice = RefusalNotice(
        statement=_COST_STATEMENT,
        grounds=(Disposition.REFUSED_COST,),
        advice_and_assistance="You could narrow it to one year.",
    )
    r = letter(regime, answers=(Answer((), Disposition.REFUSED_COST, "Too costly."),))
    r = letter(regime, answers=r.answers, refusal_notice=notice)
    assert codes(r) == set()
    filled = fill_particulars(r).refusal_notice
    assert filled is not None
    assert [str(p.citation) for p in filled.provisions] == [f"{regime.name} s.12"]
    assert "provisions" in filled.added


@pytest.mark.parametrize(
    ("regime", "as_written", "ground"),
    [
        (Regime.FOIA, "section 12", Disposition.REFUSED_COST),
        (Regime.FOISA, "section 12", Disposition.REFUSED_COST),
        (Regime.FOIA, "section 14(1)", Disposition.REFUSED_VEXATIOUS),
        (Regime.FOISA, "section 14(1)", Disposition.REFUSED_VEXATIOUS),
    ],
)
def test_a_ground_claimed_is_not_an_exemption(
    regime: Regime, as_written: str, ground: Disposition
) -> None:
    r = letter(
        regime,
        answers=(Answer((), ground, "Refused."),),
        exemption_claims=(ExemptionClaim(as_written, reasons=("It would cost too much.",)),),
        refusal_notice=_ADVICE,
    )
    assert not codes(r) & {"foia-s17-1b", "foisa-s16", "foia-s17-5", "foisa-s16-4"}


def test_an_eir_statement_naming_the_exception_specifies_it() -> None:
    notice = RefusalNotice(
        statement="We refuse it under regulation 12(4)(b): it is manifestly unreasonable.",
        advice_and_assistance="Narrow it.",
    )
    r = letter(
        Regime.EIR,
        answers=(Answer((), Disposition.REFUSED_COST, "Too costly."),),
        refusal_notice=notice,
    )
    assert "eir-reg14-3a" not in codes(r)


# --- 5. another regime's provision ---------------------------------------------------------


@pytest.mark.parametrize(
    ("regime", "as_written", "code"),
    [
        (Regime.EIR, "section 43(2) of the Freedom of Information Act", "eir-reg14-3a"),
        (
            Regime.EISR,
            "regulation 12(5)(e) of the Environmental Information Regulations 2004",
            "eisr-reg13b",
        ),
        (Regime.FOISA, "section 43(2) of the Freedom of Information Act 2000", "foisa-s16"),
        (Regime.FOIA, "s.38(1)(b) FOISA", "foia-s17-1b"),
    ],
)
def test_another_regimes_claim_specifies_nothing(
    regime: Regime, as_written: str, code: str
) -> None:
    claim = ExemptionClaim(as_written, reasons=("It would prejudice.",))
    r = letter(
        regime,
        answers=(Answer((), Disposition.WITHHELD, "Withheld."),),
        exemption_claims=(claim,),
        refusal_notice=RefusalNotice(statement="We withhold it."),
    )
    found = check(r)
    assert code in {f.code for f in found}
    # no message describes the other Act's provision as subject to this regime's test
    assert not any("subject to the public interest test" in f.message for f in found)
