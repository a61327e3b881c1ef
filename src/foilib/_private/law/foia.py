"""Freedom of Information Act 2000 (c. 36): the law the engines read, as data.

Source: https://www.legislation.gov.uk/ukpga/2000/36 (revised text). Each value cites its
provision; ``since`` is the day the rule took effect (FOIA's right of access: 1 January 2005).
"""

from __future__ import annotations

import datetime as dt

from ..citation import Citation
from ..regimes import Division, Regime
from ._types import Basis, Commissioner, DayUnit, Letters, Period, WorkingDayDefinition

REGIME = Regime.FOIA
IN_FORCE = dt.date(2005, 1, 1)


def _c(section: str, *path: str) -> Citation:
    return Citation(REGIME, section, path)


# --- the Commissioner and the working day ------------------------------------------

COMMISSIONER = Commissioner(
    name="Information Commissioner",
    address=(
        "Information Commissioner's Office",
        "Wycliffe House",
        "Water Lane",
        "Wilmslow",
        "Cheshire",
        "SK9 5AF",
    ),
    website="https://ico.org.uk/make-a-complaint/",
    right_to_apply=_c("50", "1"),
)

WORKING_DAY = WorkingDayDefinition(
    citation=_c("10", "6"),
    named_days=("christmas_day", "good_friday"),
    divisions=tuple(Division),
    source="FOIA s.10(6): any day other than a Saturday, a Sunday, Christmas Day, Good Friday "
    "or a bank holiday under the Banking and Financial Dealings Act 1971 in any part of the UK",
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
    refusal_statement=_c("17", "1", "a"),
    specify_exemption=_c("17", "1", "b"),
    reasons=_c("17", "1", "c"),
    public_interest_test=_c("2", "2", "b"),
    public_interest_reasons=_c("17", "3"),
    absolute_exemptions=_c("2", "3"),
    ground_notice=_c("17", "5"),
    cost_ground=_c("12", "1"),
    vexatious_ground=_c("14", "1"),
    repeated_ground=_c("14", "2"),
    not_held=_c("1", "1", "a"),
    not_held_notice=None,  # "not held" answers s.1(1)(a); it engages no s.17 notice
    ncnd=_c("1", "1", "a"),
    review_particulars=_c("17", "7", "a"),
    commissioner_particulars=_c("17", "7", "b"),
    review_right=_c("45"),  # no statutory review: the s.45 code of practice provides it
    advice_and_assistance=_c("16", "1"),
    clarification=_c("1", "3"),
    fees_notice=_c("9", "1"),
    extension_notice=_c("17", "2"),
    extension=_c("10", "3"),
    other_regime=_c("39"),
    cost_wording="refused: the cost of compliance would exceed the limit",
    review_wording="If you are dissatisfied with the handling of your request, you may ask "
    "for an internal review. Please write to us within 40 working days of the date of this "
    "letter; we aim to reply within 20 working days (the code of practice under section 45).",
    commissioner_wording="If you remain dissatisfied after the internal review, you have the "
    "right under section 50 to apply to the Information Commissioner for a decision on "
    "whether your request has been dealt with in accordance with the Act. The Commissioner "
    "usually expects complaints within six weeks of the review outcome.",
    ground_words="the cost limit (s.12) or a vexatious or repeated request (s.14)",
    source="FOIA s.17 (https://www.legislation.gov.uk/ukpga/2000/36/section/17), s.2, s.12, "
    "s.14, s.16, s.1(3), s.9, s.10(3), s.39, s.45; DOMAIN.md 4.1",
)
