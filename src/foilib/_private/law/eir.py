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
from ._types import Basis, Commissioner, DayUnit, Period, WorkingDayDefinition

REGIME = Regime.EIR
IN_FORCE = dt.date(2005, 1, 1)


def _c(regulation: str, *path: str) -> Citation:
    return Citation(REGIME, regulation, path)


# --- the Commissioner and the working day ------------------------------------------

#: EIR reg 18 applies the enforcement and appeal provisions of FOIA (s.50 onwards).
COMMISSIONER = Commissioner(
    name=foia.COMMISSIONER.name,
    address=foia.COMMISSIONER.address,
    website=foia.COMMISSIONER.website,
    right_to_apply=foia.COMMISSIONER.right_to_apply,
    applied_by=_c("18"),
)

#: EIR reg 2(1): "working day" has the same meaning as in FOIA s.10(6).
WORKING_DAY = WorkingDayDefinition(
    citation=_c("2", "1"),
    named_days=foia.WORKING_DAY.named_days,
    divisions=foia.WORKING_DAY.divisions,
    borrowed_from=foia.WORKING_DAY.citation,
    source="EIR reg 2(1): working day has the same meaning as in FOIA s.10(6)",
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
    clarification=_c("9", "4"),
    fees_pause=NoRule("advance-payment charges under EIR reg 8 are not modelled by this release"),
    fee_window=NoRule("advance-payment charges under EIR reg 8 are not modelled"),
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
    pi_extension=NoRule("the EIR have no public-interest extension; reg 7 is the only one"),
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
    review_limit=NoRule("EIR reg 11(4) sets one limit of 40 working days"),
    complaint=foia.CLOCK.complaint,
    complaint_roll=foia.CLOCK.complaint_roll,
    appeal=attrs.evolve(
        foia.CLOCK.appeal, source=f"{foia.CLOCK.appeal.source}; applied by EIR reg 18"
    ),
    appeal_roll=foia.CLOCK.appeal_roll,
)

# --- letters: what notices must contain (checks, render) -------------------------------
