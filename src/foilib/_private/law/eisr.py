"""Environmental Information (Scotland) Regulations 2004 (SSI 2004/520): the law the
engines read, as data.

Source: https://www.legislation.gov.uk/ssi/2004/520 (revised text); in force 1 January 2005.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..citation import Citation
from ..regimes import Regime
from . import foisa
from ._clock import ClockLaw, NoRule
from ._types import (
    Basis,
    DayUnit,
    LetterCheck,
    LetterChecks,
    Letters,
    Period,
)

REGIME = Regime.EISR
IN_FORCE = dt.date(2005, 1, 1)


def _c(regulation: str, *path: str) -> Citation:
    return Citation(REGIME, regulation, path)


# --- the Commissioner and the working day ------------------------------------------

#: EISR reg 17 applies FOISA Part 4 (enforcement, s.47 onwards) and s.56 (appeal).
COMMISSIONER = attrs.evolve(foisa.COMMISSIONER, applied_by=_c("17"))

#: EISR reg 2(1): "working day" has the same meaning as in FOISA s.73.
WORKING_DAY = attrs.evolve(
    foisa.WORKING_DAY,
    citation=_c("2", "1"),
    borrowed_from=foisa.WORKING_DAY.citation,
    source="EISR reg.2(1): working day has the same meaning as in FOISA s.73",
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

_NOT_VARIED = "the EISR period is not varied by regulations under FOISA s.10(4)"

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
    fees_pause=NoRule("advance-payment charges under EISR reg.8 are not modelled"),
    fee_window=NoRule("advance-payment charges under EISR reg.8 are not modelled"),
    extension=Period(
        name="extension",
        length=40,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.STATUTE,
        citation=_c("7", "1"),
        note="the 40th working day following receipt, for complexity and volume",
        since=IN_FORCE,
    ),
    extension_notice=Period(
        name="extension_notice",
        length=20,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.STATUTE,
        citation=_c("7", "2"),
        note="the applicant must be told within 20 working days after receipt (reg.7(2); "
        "paragraph unverified); a later notice does not extend",
        since=IN_FORCE,
    ),
    pi_extension=NoRule("the EISR have no public-interest extension"),
    pi_notice=NoRule("the EISR have no public-interest extension"),
    pi_estimate=NoRule("the EISR have no public-interest extension"),
    pi_guidance=NoRule("the EISR have no public-interest extension"),
    transferred_records=NoRule(_NOT_VARIED),
    commissioner_day=NoRule(_NOT_VARIED),
    commissioner_application=NoRule(_NOT_VARIED),
    school=NoRule(_NOT_VARIED),
    variation_power=NoRule(_NOT_VARIED),
    non_working_receipt=foisa.CLOCK.non_working_receipt,
    review_window=Period(
        name="review_window",
        length=40,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.STATUTE,
        citation=_c("16", "2"),
        since=IN_FORCE,
    ),
    review_response=Period(
        name="review_response",
        length=20,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.STATUTE,
        citation=_c("16", "4"),
        since=IN_FORCE,
    ),
    review_limit=NoRule("EISR reg.16(4) sets one limit of 20 working days"),
    complaint=attrs.evolve(foisa.CLOCK.complaint, source=f"applied by {COMMISSIONER.applied_by}"),
    complaint_roll=foisa.CLOCK.complaint_roll,
    appeal=attrs.evolve(
        foisa.CLOCK.appeal,
        source=f"{foisa.CLOCK.appeal.source}; applied by {COMMISSIONER.applied_by}",
    ),
    appeal_roll=foisa.CLOCK.appeal_roll,
)

# --- letters: what notices must contain (checks, render) -------------------------------

#: Where the provisions the letter checks cite are published.
_REGS = "https://www.legislation.gov.uk/ssi/2004/520"
_R13 = f"{_REGS}/regulation/13 (paragraph letters UNVERIFIED)"

LETTERS = Letters(
    duty_to_answer=_c("5", "1"),
    refusal_statement=_c("13"),
    specify_exemption=_c("13", "b"),
    reasons=_c("13", "c"),
    public_interest_test=_c("10", "1", "b"),
    public_interest_reasons=_c("13", "b"),
    absolute_exemptions=_c("10", "1"),
    ground_notice=_c("13"),
    cost_ground=_c("10", "4", "b"),  # manifestly unreasonable covers cost (SIC 078/2016)
    vexatious_ground=_c("10", "4", "b"),
    repeated_ground=_c("10", "4", "b"),
    not_held=_c("10", "4", "a"),
    not_held_notice=_c("13"),
    ncnd=_c("10", "8"),
    review_particulars=_c("13", "e"),
    commissioner_particulars=_c("13", "e"),
    review_right=_c("16", "1"),
    advice_and_assistance=_c("9", "1"),
    clarification=_c("9", "2"),
    fees_notice=_c("8"),
    extension_notice=_c("7", "2"),  # UNVERIFIED paragraph number
    extension=_c("7", "1"),
    other_regime=foisa.LETTERS.other_regime,  # FOISA s.39(2) sends environmental info here
    cost_wording="refused as manifestly unreasonable (which covers the cost of compliance)",
    review_wording="If you are dissatisfied with the way we have dealt with your request, "
    "you may ask us to review our decision (regulation 16). Please write to us within 40 "
    "working days; we will reply within 20 working days.",
    commissioner_wording="If you remain dissatisfied after the review, the enforcement and "
    "appeal provisions of the Freedom of Information (Scotland) Act 2002 apply (regulation "
    "17): you may apply to the Scottish Information Commissioner for a decision (section "
    "47(1)), generally within six months of receiving our review response.",
    ground_words="manifestly unreasonable (reg 10(4)(b))",
    checks=LetterChecks(
        refusal_statement=None,  # reg 13 is checked through reg 13(b) (eisr-reg13b)
        specify_exemption=LetterCheck("eisr-reg13b", _c("13", "b"), _R13),
        reasons=LetterCheck("eisr-reg13c", _c("13", "c"), _R13),
        public_interest_test=LetterCheck("eisr-reg13b", _c("13", "b"), _R13),
        public_interest_reasons=None,  # reg 13(b): covered by eisr-reg13b
        ground_notice=None,  # a reg 10(4)(b) refusal is a reg 13 refusal: eisr-reg13b
        advice_and_assistance=LetterCheck(
            "eisr-reg9-advice", _c("9", "1"), f"{_REGS}/regulation/9"
        ),
        review_particulars=LetterCheck("eisr-reg13e", _c("13", "e"), _R13),
        commissioner_particulars=LetterCheck("eisr-reg13e", _c("13", "e"), _R13),
        not_held_notice=None,  # a reg 10(4)(a) refusal is a reg 13 refusal, checked as one
        partner_grounds=LetterCheck(
            "eisr-foisa-grounds",
            _c("10", "4", "b"),
            f"{_REGS}/regulation/10: manifestly unreasonable covers cost (SIC Decision "
            "078/2016); FOISA s.12 and s.14 do not apply (FOISA s.39(2))",
        ),
        environmental_exception=None,  # the EISR are the environmental regime
        extension_estimate=None,  # reg 7 asks for notice in time, not an estimate
        extension_late=LetterCheck(
            "extension-notice-late",
            _c("7", "2"),
            f"{_REGS}/regulation/7 (paragraph number UNVERIFIED)",
        ),
    ),
    source="EISR reg 13 (https://www.legislation.gov.uk/ssi/2004/520/regulation/13): (b) "
    "reasons, exceptions and the public interest, (c) basis, (e) review (reg 16) and "
    "enforcement (reg 17); paragraph letters from the revised text as recalled, UNVERIFIED "
    "against the stored copy; reg 10(4)(b) for cost per SIC Decision 078/2016",
)
