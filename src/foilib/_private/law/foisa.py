"""Freedom of Information (Scotland) Act 2002 (asp 13): the law the engines read, as data.

Source: https://www.legislation.gov.uk/asp/2002/13 (revised text); the right of access in
force 1 January 2005.
"""

from __future__ import annotations

import datetime as dt

from ..citation import Citation
from ..regimes import Division, Regime
from ._clock import ClockLaw, NoRule, SchoolRule, TemporaryPeriod
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

#: The Scottish special-schools regulations (made under FOISA s.10(4) and s.21(6)). The SSI
#: number could not be found in the stored sources: unverified.
SPECIAL_SCHOOLS_SSI = (
    "Freedom of Information (Scotland) Act 2002 (Time for Compliance) Regulations 2016 (SSI "
    "number unverified; Scottish Government consultation response, in force 1 Dec 2016 "
    "as announced)"
)
SPECIAL_SCHOOLS_SINCE = dt.date(2016, 12, 1)
RCS = "Rules of the Court of Session 1994"

CLOCK = ClockLaw(
    clarification_limit=NoRule(
        "s.1(3) sets no time for seeking clarification; the regulator's guidance expects "
        "it promptly"
    ),
    clarification=_c("1", "3"),
    fees_pause=_c("10", "3"),
    fee_window=Period(
        name="fee_window",
        length=3,
        unit=DayUnit.MONTHS,
        basis=Basis.STATUTE,
        citation=_c("9"),
        note="three months beginning with the day the fees notice is given",
        source="FOISA s.9(4) wording unverified (read as FOIA s.9(2): 'beginning with')",
        since=IN_FORCE,
        month_rule=MonthRule.BEGINNING_WITH,
    ),
    extension=NoRule("FOISA has no extension of the period for response"),
    extension_notice=NoRule("FOISA has no extension of the period for response"),
    pi_extension=NoRule("FOISA has no public-interest extension"),
    pi_notice=NoRule("FOISA has no public-interest extension"),
    pi_estimate=NoRule("FOISA has no public-interest extension"),
    pi_guidance=NoRule("FOISA has no public-interest extension"),
    transferred_records=Period(
        name="transferred_records",
        length=30,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.STATUTE,
        citation=_c("10", "2"),
        note="the Keeper of the Records of Scotland, for information in a transferred record "
        "(s.22): the 30th working day after receipt (explanatory notes paras 46-47)",
        since=IN_FORCE,
    ),
    commissioner_day=NoRule(
        "FOISA has no Commissioner-specified day (SI 2004/3364 reg.5 and reg.6 are made under FOIA)"
    ),
    commissioner_application=NoRule("FOISA has no Commissioner-specified day"),
    school=SchoolRule(
        school_days=Period(
            name="school_days",
            length=20,
            unit=DayUnit.SCHOOL_DAYS,
            basis=Basis.STATUTE,
            citation=_c("10", "4"),
            source=SPECIAL_SCHOOLS_SSI,
            since=SPECIAL_SCHOOLS_SINCE,
            note="20 working days disregarding any working day that is not a school day",
        ),
        cap=Period(
            name="school_cap",
            length=60,
            unit=DayUnit.WORKING_DAYS,
            basis=Basis.STATUTE,
            citation=_c("10", "4"),
            source=SPECIAL_SCHOOLS_SSI,
            since=SPECIAL_SCHOOLS_SINCE,
        ),
        sources=(
            ("grant_aided_school", SPECIAL_SCHOOLS_SSI),
            ("independent_special_school", SPECIAL_SCHOOLS_SSI),
        ),
        day_definition=f"{SPECIAL_SCHOOLS_SSI}: a school day is a day on which the school is "
        "ordinarily open to its pupils for their school education",
        reviews=True,
    ),
    variation_power=_c("10", "4"),
    non_working_receipt="SIC guidance on time limits (date of receipt); unverified",
    review_window=Period(
        name="review_window",
        length=40,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.STATUTE,
        citation=_c("20", "5"),
        source="National Records of Scotland FOI guide (nas.gov.uk/foi/foiBasicGuide8.asp): "
        "within 40 working days of the expiry of the period for responding, or of the "
        "response if it came after that; SIC guidance; text of s.20(5) unverified",
        since=IN_FORCE,
    ),
    review_response=Period(
        name="review_response",
        length=20,
        unit=DayUnit.WORKING_DAYS,
        basis=Basis.STATUTE,
        citation=_c("21", "1"),
        source="FOISA s.21(1), s.21(4)(c) (a review where no decision had been reached), "
        "verified: legislation.gov.uk/asp/2002/13/section/21/2005-01-01",
        since=IN_FORCE,
    ),
    review_limit=NoRule("FOISA s.21(1) sets one limit of 20 working days"),
    complaint=Period(
        name="complaint",
        length=6,
        unit=DayUnit.MONTHS,
        basis=Basis.STATUTE,
        citation=_c("47", "4"),
        note="six months after receipt of the review notice, or after the period for review "
        "expired when none came (wording of s.47(4) unverified)",
        since=IN_FORCE,
        month_rule=MonthRule.AFTER,
    ),
    complaint_roll=NoRule(
        "FOISA s.47(4) has no rule moving the end of the six months to a working day: the "
        "date stands even on a weekend or holiday (unverified: no such rule found)"
    ),
    appeal=Period(
        name="appeal",
        length=42,
        unit=DayUnit.CALENDAR_DAYS,
        basis=Basis.STATUTE,
        citation=_c("56"),
        source=f"{RCS} r.41.20(1)(b) (42 days after intimation)",
    ),
    appeal_roll=NoRule(
        f"foilib found no rule of the {RCS} moving a period that ends on a day the court "
        "offices are closed: the date stands (unverified; lodge before it)"
    ),
    review_from_period_end=True,
    # Coronavirus (Scotland) Act 2020 (asp 7) sch 6 pt 2: paras 3-4 made the periods for
    # response (s.10) and for review (s.21) 60 working days, para 5 let the Commissioner
    # allow a further extension; in force 7 April 2020 (Royal Assent 6 April 2020), with
    # effect for requests already running; paras 3-5 repealed by the Coronavirus (Scotland)
    # (No.2) Act 2020 (asp 10) sch 4 para 11 (Royal Assent 26 May 2020; legislation.gov.uk's
    # point-in-time text of asp 7 sch 6 pt 2 at 27 May 2020 shows them repealed:
    # https://www.legislation.gov.uk/asp/2020/7/schedule/6/part/2/2020-05-27). Para 6 (the
    # Commissioner may find no failure where lateness was
    # due to coronavirus) stayed. Not modelled as a longer period: the transitional effect
    # on requests running at repeal is not settled, so the clock warns. EISR: foilib found
    # no equivalent variation (unverified).
    temporary_periods=(
        TemporaryPeriod(
            dt.date(2020, 4, 7),
            dt.date(2020, 5, 26),
            60,
            "Coronavirus (Scotland) Act 2020 sch 6 paras 3-5, repealed by the Coronavirus "
            "(Scotland) (No.2) Act 2020 sch 4 para 11 from 27 May 2020; "
            "para 6 lets the Commissioner excuse lateness due to coronavirus",
            modelled=False,
            note="periods for response and review were 60 working days (not 20)",
        ),
    ),
)

# --- letters: what notices must contain (checks, render) -------------------------------

#: Where the provisions the letter checks cite are published.
_ACT = "https://www.legislation.gov.uk/asp/2002/13"
_S16 = f"{_ACT}/section/16"

LETTERS = Letters(
    duty_to_answer=_c("1", "1"),
    refusal_statement=_c("16", "1", "b"),
    specify_exemption=_c("16", "1", "c"),
    reasons=_c("16", "1", "d"),
    public_interest_test=_c("2", "1", "b"),
    public_interest_reasons=_c("16", "2"),
    absolute_exemptions=_c("2", "2"),
    ground_notice=_c("16", "4"),  # s.16(4) for s.12; s.16(5) for s.14 (checks.vexatious_notice)
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
    checks=LetterChecks(
        refusal_statement=None,  # s.16(1) is checked as one notice (foisa-s16)
        specify_exemption=LetterCheck("foisa-s16", _c("16", "1", "c"), _S16),
        reasons=LetterCheck("foisa-s16", _c("16", "1", "d"), _S16),
        public_interest_test=LetterCheck("pi-test-missing", _c("2", "1", "b"), f"{_ACT}/section/2"),
        public_interest_reasons=None,  # s.16(2) reasons: not checked apart (unverified need)
        # s.16(4): a notice that the authority claims s.12(1) applies; s.16(5): that s.14
        # applies (no further notice for a substantially similar request already noticed)
        ground_notice=LetterCheck(
            "foisa-s16-4",
            _c("16", "4"),
            f"{_S16}: subsections (4) (s.12(1)) and (5) (s.14) as recalled; UNVERIFIED against "
            "the text",
        ),
        vexatious_notice=LetterCheck(
            "foisa-s16-5",
            _c("16", "5"),
            f"{_S16}: subsection (5) (s.14) as recalled; UNVERIFIED against the text",
        ),
        advice_and_assistance=LetterCheck("foisa-s15-advice", _c("15", "1"), f"{_ACT}/section/15"),
        review_particulars=LetterCheck("foisa-s19a", _c("19", "a"), f"{_ACT}/section/19"),
        commissioner_particulars=LetterCheck("foisa-s19b", _c("19", "b"), f"{_ACT}/section/19"),
        not_held_notice=LetterCheck("foisa-s17-notice", _c("17", "1"), f"{_ACT}/section/17"),
        partner_grounds=None,  # FOISA has its own s.12 and s.14; EISR letters are checked
        environmental_exception=None,  # s.39(2) claims in FOISA letters: not checked
        extension_estimate=None,  # FOISA has no extension of time (DOMAIN.md 3.4)
        extension_late=None,
    ),
    source="FOISA ss.15-20 (https://www.legislation.gov.uk/asp/2002/13), s.2; SIC summary of "
    "notice content (DOMAIN.md 4.3); s.19(b) requires particulars of the rights under s.20(1) "
    "and s.47(1) only",
)
