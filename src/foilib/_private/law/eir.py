"""Environmental Information Regulations 2004 (SI 2004/3391): the law the engines read.

Source: https://www.legislation.gov.uk/uksi/2004/3391 (revised text); in force 1 January 2005.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..citation import Citation
from ..regimes import Regime
from . import foia
from ._clock import ClockLaw, NoRule
from ._types import (
    Basis,
    DayUnit,
    LetterCheck,
    LetterChecks,
    Letters,
    Period,
)

REGIME = Regime.EIR
IN_FORCE = dt.date(2005, 1, 1)


def _c(regulation: str, *path: str) -> Citation:
    return Citation(REGIME, regulation, path)


# --- the Commissioner and the working day ------------------------------------------

#: EIR reg 18 applies the enforcement and appeal provisions of FOIA (s.50 onwards).
COMMISSIONER = attrs.evolve(foia.COMMISSIONER, applied_by=_c("18"))

#: EIR reg 2(1): "working day" has the same meaning as in FOIA s.10(6).
WORKING_DAY = attrs.evolve(
    foia.WORKING_DAY,
    citation=_c("2", "1"),
    borrowed_from=foia.WORKING_DAY.citation,
    source="EIR reg.2(1): working day has the same meaning as in FOIA s.10(6)",
)

# --- the clock: periods ---------------------------------------------------------------

RESPONSE = Period(
    name="response",
    length=20,
    unit=DayUnit.WORKING_DAYS,
    basis=Basis.STATUTE,
    citation=_c("5", "2"),
    since=IN_FORCE,
)

_NOT_VARIED = (
    "the EIR period is not varied by regulations under FOIA s.10(4) (SI 2004/3364 and its "
    "companions are made under FOIA, not the EIR)"
)

CLOCK = ClockLaw(
    clarification_limit=Period(
        name="clarification_limit",
        length=20,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.STATUTE,
        citation=_c("9", "2"),
        note="particulars must be asked for as soon as possible and no later than 20 "
        "working days after receipt (reg.9(2)(a))",
    ),
    clarification=_c("9", "4"),
    fees_pause=NoRule("advance-payment charges under EIR reg.8 are not modelled by this release"),
    fee_window=NoRule("advance-payment charges under EIR reg.8 are not modelled"),
    extension=Period(
        name="extension",
        length=40,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.STATUTE,
        citation=_c("7", "1"),
        note="the 40th working day following receipt, where the complexity and volume of "
        "the information make 20 working days impracticable",
        since=IN_FORCE,
    ),
    extension_notice=Period(
        name="extension_notice",
        length=20,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.STATUTE,
        citation=_c("7", "3"),
        note="the applicant must be told as soon as possible and no later than 20 working "
        "days after receipt; a later notice does not extend",
        since=IN_FORCE,
    ),
    pi_extension=NoRule("the EIR have no public-interest extension; reg.7 is the only one"),
    pi_notice=NoRule("the EIR have no public-interest extension"),
    pi_estimate=NoRule("the EIR have no public-interest extension"),
    pi_guidance=NoRule("the EIR have no public-interest extension"),
    transferred_records=NoRule(_NOT_VARIED),
    commissioner_day=NoRule(_NOT_VARIED),
    commissioner_application=NoRule(_NOT_VARIED),
    school=NoRule(_NOT_VARIED),
    variation_power=NoRule(_NOT_VARIED),
    non_working_receipt="ICO guidance on time limits (date of receipt)",
    review_window=Period(
        name="review_window",
        length=40,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.STATUTE,
        citation=_c("11", "2"),
        note="representations within 40 working days after the date the applicant believes "
        "the authority failed to comply (a response, or the end of the period)",
        since=IN_FORCE,
    ),
    review_response=Period(
        name="review_response",
        length=40,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.STATUTE,
        citation=_c("11", "4"),
        since=IN_FORCE,
    ),
    review_limit=NoRule("EIR reg.11(4) sets one limit of 40 working days"),
    complaint=foia.CLOCK.complaint,
    complaint_roll=foia.CLOCK.complaint_roll,
    appeal=attrs.evolve(
        foia.CLOCK.appeal,
        source=f"{foia.CLOCK.appeal.source}; applied by {COMMISSIONER.applied_by}",
    ),
    appeal_roll=foia.CLOCK.appeal_roll,
)

# --- letters: what notices must contain (checks, render) -------------------------------

#: Where the provisions the letter checks cite are published.
_REGS = "https://www.legislation.gov.uk/uksi/2004/3391"
_R14 = f"{_REGS}/regulation/14"

LETTERS = Letters(
    duty_to_answer=_c("5", "1"),
    refusal_statement=_c("14", "1"),
    specify_exemption=_c("14", "3", "a"),
    reasons=_c("14", "3"),
    public_interest_test=_c("12", "1", "b"),
    public_interest_reasons=_c("14", "3", "b"),
    absolute_exemptions=_c("12", "1"),  # no EIR exception is absolute but parts of reg 13
    ground_notice=_c("14", "1"),
    cost_ground=_c("12", "4", "b"),  # no cost limit: manifestly unreasonable covers cost
    vexatious_ground=_c("12", "4", "b"),
    repeated_ground=_c("12", "4", "b"),
    not_held=_c("12", "4", "a"),  # an exception, so it needs a reg 14 refusal
    not_held_notice=_c("14", "1"),
    ncnd=_c("12", "6"),
    review_particulars=_c("14", "5", "a"),
    commissioner_particulars=_c("14", "5", "b"),
    review_right=_c("11", "1"),
    advice_and_assistance=_c("9", "1"),
    clarification=_c("9", "2"),
    fees_notice=_c("8"),
    extension_notice=_c("7", "3"),  # notice of a reg 7(1) extension within 20 working days
    extension=_c("7", "1"),
    other_regime=foia.LETTERS.other_regime,  # FOIA s.39 sends environmental information here
    cost_wording="refused as manifestly unreasonable (which covers the cost of compliance)",
    review_wording="If you consider that we have not complied with the Regulations, you may "
    "make representations to us (regulation 11). Please write to us within 40 working days "
    "of the date of this letter; we will reconsider and reply within 40 working days.",
    commissioner_wording="If you remain dissatisfied, the enforcement and appeal provisions "
    "of the Freedom of Information Act 2000 apply (regulation 18): you may apply to the "
    "Information Commissioner under section 50 for a decision. The Commissioner usually "
    "expects complaints within six weeks of the reconsideration outcome.",
    ground_words="manifestly unreasonable (reg 12(4)(b))",
    checks=LetterChecks(
        refusal_statement=None,  # reg 14(1) is checked through reg 14(3)(a) (eir-reg14-3a)
        specify_exemption=LetterCheck("eir-reg14-3a", _c("14", "3", "a"), _R14),
        reasons=LetterCheck("eir-reg14-3b", _c("14", "3"), _R14),
        public_interest_test=LetterCheck("eir-reg14-3b", _c("14", "3", "b"), _R14),
        public_interest_reasons=None,  # reg 14(3)(b): covered by eir-reg14-3b
        ground_notice=None,  # a reg 12(4)(b) refusal is a reg 14 refusal: eir-reg14-3a
        advice_and_assistance=LetterCheck("eir-reg9-advice", _c("9", "1"), f"{_REGS}/regulation/9"),
        review_particulars=LetterCheck("eir-reg14-5a", _c("14", "5", "a"), _R14),
        commissioner_particulars=LetterCheck("eir-reg14-5b", _c("14", "5", "b"), _R14),
        not_held_notice=None,  # a reg 12(4)(a) refusal is a reg 14 refusal, checked as one
        partner_grounds=LetterCheck(
            "eir-foia-grounds",
            _c("12", "4", "b"),
            f"{_REGS}/regulation/12: manifestly unreasonable covers cost and vexatious "
            "requests; FOIA s.12 and s.14 do not apply (FOIA s.39)",
        ),
        environmental_exception=None,  # the EIR are the environmental regime
        extension_estimate=None,  # reg 7 asks for notice in time, not an estimate
        extension_late=LetterCheck(
            "extension-notice-late",
            _c("7", "3"),
            f"{_REGS}/regulation/7 (paragraph number UNVERIFIED)",
        ),
    ),
    source="EIR reg 14 (made text http://www.legislation.gov.uk/uksi/2004/3391/regulation/14/"
    "made?view=plain), reg 12(1)(b), 12(4), 12(6), reg 7, 8, 9, 11; DOMAIN.md 4.2; reg 7(3) "
    "paragraph number UNVERIFIED",
)
