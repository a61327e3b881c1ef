"""Freedom of Information (Scotland) Act 2002 (asp 13): the law the engines read, as data.

Source: https://www.legislation.gov.uk/asp/2002/13 (revised text); the right of access in
force 1 January 2005.
"""

from __future__ import annotations

import datetime as dt

from ..citation import Citation
from ..regimes import Division, Regime
from ._types import Basis, Commissioner, DayUnit, Letters, Period, WorkingDayDefinition

REGIME = Regime.FOISA
IN_FORCE = dt.date(2005, 1, 1)


def _c(section: str, *path: str) -> Citation:
    return Citation(REGIME, section, path)


# --- the Commissioner and the working day ------------------------------------------

COMMISSIONER = Commissioner(
    name="Scottish Information Commissioner",
    address=(
        "Scottish Information Commissioner",
        "Kinburn Castle",
        "Doubledykes Road",
        "St Andrews",
        "Fife",
        "KY16 9DS",
    ),
    website="https://www.foi.scot/appeal",
    right_to_apply=_c("47", "1"),
)

WORKING_DAY = WorkingDayDefinition(
    citation=_c("73"),
    named_days=("christmas_day",),
    divisions=(Division.SCOTLAND,),
    source="FOISA s.73: any day other than a Saturday, a Sunday, Christmas Day or a day which, "
    "under the Banking and Financial Dealings Act 1971, is a bank holiday in Scotland",
)

# --- the clock: periods ---------------------------------------------------------------

RESPONSE = Period(
    name="response",
    length=20,
    unit=DayUnit.WORKING_DAYS,
    basis=Basis.STATUTE,
    citation=_c("10", "1"),
    since=IN_FORCE,
)

# --- letters: what notices must contain (checks, render) -------------------------------

LETTERS = Letters(
    duty_to_answer=_c("1", "1"),
    refusal_statement=_c("16", "1", "b"),
    specify_exemption=_c("16", "1", "c"),
    reasons=_c("16", "1", "d"),
    public_interest_test=_c("2", "1", "b"),
    public_interest_reasons=_c("16", "2"),
    absolute_exemptions=_c("2", "2"),
    ground_notice=_c("16", "4"),  # s.16(4) for s.12; s.16(5) for s.14 (UNVERIFIED numbering)
    cost_ground=_c("12", "1"),
    vexatious_ground=_c("14", "1"),
    repeated_ground=_c("14", "2"),
    not_held=_c("17", "1"),
    not_held_notice=_c("17", "1"),
    ncnd=_c("18"),
    review_particulars=_c("19", "a"),
    commissioner_particulars=_c("19", "b"),
    review_right=_c("20", "1"),
    advice_and_assistance=_c("15", "1"),
    clarification=_c("1", "3"),
    fees_notice=_c("9", "1"),
    extension_notice=None,  # FOISA has no public-interest extension (DOMAIN.md 3.4)
    extension=None,
    other_regime=_c("39", "2"),
    cost_wording="refused: the cost of compliance would exceed the prescribed amount",
    review_wording="If you are dissatisfied with the way we have dealt with your request, "
    "you may require us to review our decision (section 20(1)). Your requirement must be in "
    "writing and reach us within 40 working days; we will reply within 20 working days.",
    commissioner_wording="If you remain dissatisfied after the review, you may apply to the "
    "Scottish Information Commissioner for a decision (section 47(1)), generally within six "
    "months of receiving our review response.",
    ground_words="excessive cost (s.12) or a vexatious or repeated request (s.14)",
    source="FOISA ss.15-20 (https://www.legislation.gov.uk/asp/2002/13), s.2; SIC summary of "
    "notice content (DOMAIN.md 4.3); s.19(b) requires particulars of the rights under s.20(1) "
    "and s.47(1) only",
)
