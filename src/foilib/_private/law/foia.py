"""Freedom of Information Act 2000 (c. 36): the law the engines read, as data.

Source: https://www.legislation.gov.uk/ukpga/2000/36 (revised text). Each value cites its
provision; ``since`` is the day the rule took effect (FOIA's right of access: 1 January 2005).
"""

from __future__ import annotations

import datetime as dt

from ..citation import Citation
from ..regimes import Division, Regime
from ._clock import ClockLaw, NoRule, RollRule, SchoolRule
from ._types import (
    Basis,
    Commissioner,
    DayUnit,
    LetterCheck,
    LetterChecks,
    Letters,
    MonthRule,
    Period,
    WorkingDayDefinition,
)

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

# Instruments outside the Act that the clock cites.
SI_2004_3364 = (
    "Freedom of Information (Time for Compliance with Request) Regulations 2004 (SI 2004/3364)"
)
SI_2004_3364_URL = "https://www.legislation.gov.uk/uksi/2004/3364"
S45_CODE = (
    "s.45 Code of Practice (2018) on internal reviews; ICO guidance: ask within 40, answer "
    "within 20 (exceptionally 40) working days"
)
GRC_RULES = (
    "Tribunal Procedure (First-tier Tribunal) (General Regulatory Chamber) Rules 2009 "
    "(SI 2009/1976)"
)

#: SI 2004/3364 reg 4 (made under s.10(4)): requests for information in transferred public
#: records, received by an appropriate records authority or a place of deposit.
TRANSFERRED_RECORDS = Period(
    name="transferred_records",
    length=30,
    unit=DayUnit.WORKING_DAYS,
    basis=Basis.STATUTE,
    citation=_c("10", "4"),
    source=f"{SI_2004_3364} reg.4 ({SI_2004_3364_URL}/regulation/4); transferred public "
    "records as defined in FOIA s.15(4)-(5)",
    since=IN_FORCE,
    note="the 30th working day following receipt; text of reg.4 unverified (ICO s.10 "
    "guidance, Shepherd & Wedderburn)",
)
#: SI 2004/3364 regs 5 (armed forces operations) and 6 (information held outside the UK):
#: the Commissioner may specify a day no later than the 60th working day ...
COMMISSIONER_DAY = Period(
    name="commissioner_day",
    length=60,
    unit=DayUnit.WORKING_DAYS,
    basis=Basis.STATUTE,
    citation=_c("10", "4"),
    source=f"{SI_2004_3364} reg.5(2) and reg.6(2) (reg.5 text: legislation.gov.uk draft "
    "ukdsi/2004/0110501020; reg.6 unverified)",
    since=IN_FORCE,
)
#: ... if the authority applies within 20 working days following receipt (regs 5(3), 6(3)).
COMMISSIONER_APPLICATION = Period(
    name="commissioner_application",
    length=20,
    unit=DayUnit.WORKING_DAYS,
    basis=Basis.STATUTE,
    citation=_c("10", "4"),
    source=f"{SI_2004_3364} reg.5(3)(b) and reg.6(3)(b) (reg.6 unverified)",
    since=IN_FORCE,
)
SCHOOL = SchoolRule(
    school_days=Period(
        name="school_days",
        length=20,
        unit=DayUnit.SCHOOL_DAYS,
        basis=Basis.STATUTE,
        citation=_c("10", "4"),
        source=f"{SI_2004_3364} reg.3(2)(a)",
        since=IN_FORCE,
    ),
    cap=Period(
        name="school_cap",
        length=60,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.STATUTE,
        citation=_c("10", "4"),
        source=f"{SI_2004_3364} reg.3(2)(b)",
        since=IN_FORCE,
    ),
    sources=(
        ("maintained_school", f"{SI_2004_3364} reg.3(1)(a), 3(2)"),
        ("service_school", f"{SI_2004_3364} reg.3(1)(b), 3(2)"),
        (
            "academy",
            "Freedom of Information (Time for Compliance with Request) Regulations 2010 "
            "(SI 2010/2768)",
        ),
        (
            "northern_ireland_school",
            "Freedom of Information (Time for Compliance with Request) Regulations 2009 "
            "(SI 2009/1369) reg.2",
        ),
    ),
    day_definition=f"{SI_2004_3364} reg.3(3): a school day is a day on which the school "
    "has a session",
)

CLOCK = ClockLaw(
    clarification_limit=NoRule(
        "s.1(3) sets no time for seeking clarification; the regulator's guidance expects "
        "it promptly"
    ),
    clarification=_c("1", "3"),
    fees_pause=_c("10", "2"),
    fee_window=Period(
        name="fee_window",
        length=3,
        unit=DayUnit.MONTHS,
        basis=Basis.STATUTE,
        citation=_c("9", "2"),
        note="three months beginning with the day the fees notice is given",
        since=IN_FORCE,
        month_rule=MonthRule.BEGINNING_WITH,
    ),
    extension=NoRule("FOIA has no extension for complexity or volume; see s.10(3)"),
    extension_notice=NoRule("FOIA has no extension for complexity or volume"),
    pi_extension=_c("10", "3"),
    pi_notice=Period(
        name="pi_notice",
        length=20,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.STATUTE,
        citation=_c("17", "1"),
        note="the s.17(1) notice (with the s.17(2) estimate) is due within the time for "
        "compliance; a later notice does not extend it",
        since=IN_FORCE,
    ),
    pi_estimate=_c("17", "2"),
    pi_guidance=Period(
        name="pi_guidance",
        length=20,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.REGULATOR_POLICY,
        citation=_c("10", "3"),
        source="ICO guidance on FOIA s.10(3) time limits; s.45 Code of Practice (2018)",
        note="normally no more than a further 20 working days after the response was due "
        "(Code paragraph unverified)",
    ),
    transferred_records=TRANSFERRED_RECORDS,
    commissioner_day=COMMISSIONER_DAY,
    commissioner_application=COMMISSIONER_APPLICATION,
    school=SCHOOL,
    variation_power=_c("10", "4"),
    non_working_receipt="ICO guidance on time limits (date of receipt)",
    review_window=Period(
        name="review_window",
        length=40,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.CODE_OF_PRACTICE,
        citation=_c("45"),
        source=S45_CODE,
    ),
    review_response=Period(
        name="review_response",
        length=20,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.CODE_OF_PRACTICE,
        citation=_c("45"),
        source=S45_CODE,
    ),
    review_limit=Period(
        name="review_limit",
        length=40,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.CODE_OF_PRACTICE,
        citation=_c("45"),
        source=S45_CODE,
    ),
    complaint=Period(
        name="complaint",
        length=6,
        unit=DayUnit.WEEKS,
        basis=Basis.REGULATOR_POLICY,
        citation=_c("50"),
        source="ICO complaints guidance: within 6 weeks of the final response",
    ),
    complaint_roll=NoRule(
        "the ICO's six weeks are its own policy, with no rule moving a window that ends on "
        "a non-working day"
    ),
    appeal=Period(
        name="appeal",
        length=28,
        unit=DayUnit.CALENDAR_DAYS,
        basis=Basis.STATUTE,
        citation=_c("57"),
        source=f"{GRC_RULES} r.22(1)(b): received within 28 days of the date the decision "
        "notice was sent; holidays inside the 28 days count (Hughes v IC [2023] UKFTT 302 "
        "(GRC) para 3)",
        since=dt.date(2009, 9, 1),
    ),
    appeal_roll=RollRule(
        source=f"{GRC_RULES} r.12(2): an act due on a day that is not a working day is in "
        "time on the next working day (by 5pm, r.12(1))",
        definition=f"{GRC_RULES} r.1(3): any day except a Saturday or Sunday, Christmas Day, "
        "Good Friday or a bank holiday under s.1 of the Banking and Financial Dealings Act "
        "1971 (wording seen in the identical Upper Tribunal rules; GRC text unverified)",
        named_days=("christmas_day", "good_friday"),
        divisions=(Division.ENGLAND_AND_WALES,),
        note="r.1(3) names no part of the UK: foilib counts the bank holidays of England and "
        "Wales, where the Tribunal is administered (unverified)",
    ),
)

# --- letters: what notices must contain (checks, render) -------------------------------

#: Where the provisions the letter checks cite are published.
_ACT = "https://www.legislation.gov.uk/ukpga/2000/36"
_S17 = f"{_ACT}/section/17"

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
    checks=LetterChecks(
        refusal_statement=LetterCheck("foia-s17-1a", _c("17", "1", "a"), _S17),
        specify_exemption=LetterCheck("foia-s17-1b", _c("17", "1", "b"), _S17),
        reasons=LetterCheck("foia-s17-1c", _c("17", "1", "c"), _S17),
        public_interest_test=LetterCheck("pi-test-missing", _c("2", "2", "b"), f"{_ACT}/section/2"),
        public_interest_reasons=LetterCheck("foia-s17-3", _c("17", "3"), _S17),
        ground_notice=LetterCheck("foia-s17-5", _c("17", "5"), _S17),
        advice_and_assistance=LetterCheck(
            "foia-s16-advice", _c("16", "1"), f"{_ACT}/section/16; s.45 code of practice"
        ),
        review_particulars=LetterCheck("foia-s17-7a", _c("17", "7", "a"), _S17),
        commissioner_particulars=LetterCheck("foia-s17-7b", _c("17", "7", "b"), _S17),
        not_held_notice=None,  # "not held" answers s.1(1)(a): no notice is due
        partner_grounds=None,  # FOIA s.12, s.14 are its own; EIR letters are checked
        environmental_exception=LetterCheck(
            "environmental-under-foia",
            _c("39"),
            f"{_ACT}/section/39: environmental information is exempt and dealt with under the EIR",
        ),
        extension_estimate=LetterCheck("extension-no-estimate", _c("17", "2"), _S17),
        # the s.17(1) notice (of which the s.17(2) notice is part) is due "within the time
        # for complying with section 1(1)"
        extension_late=LetterCheck("extension-notice-late", _c("17", "1"), _S17),
    ),
    source="FOIA s.17 (https://www.legislation.gov.uk/ukpga/2000/36/section/17), s.2, s.12, "
    "s.14, s.16, s.1(3), s.9, s.10(3), s.39, s.45; DOMAIN.md 4.1",
)
