"""Freedom of Information (Scotland) Act 2002 (asp 13): Part 2 exemptions, refusal grounds, duties.

Rows only. Absolute exemptions are those of s.2(2); prejudice-based exemptions
use the "prejudice substantially" test. Neither-confirm-nor-deny is centralised
in s.18(1), available for ss.28 to 35, 38, 39(1) and 41 (s.38 added by the
Freedom of Information (Amendment) (Scotland) Act 2013 s.2). Historical records:
15 years in general, 30 for s.36 (s.57 as amended by SSI 2013/365). Source of
every row: https://www.legislation.gov.uk/asp/2002/13 (each row's ``source``
is the section's own address).
"""

from __future__ import annotations

from datetime import date
from functools import partial

from ..regimes import Regime
from ._model import (
    ABS,
    CLASS,
    DUTY,
    EX,
    MIXED,
    NA,
    NCND,
    NONE,
    PART,
    PROC,
    QUAL,
    RG,
    SUB,
    HarmTest,
    Provision,
    row,
)

__all__ = ["LAW_AS_AT", "PROVISIONS"]

#: The date the rows were last checked against the revised text.
LAW_AS_AT = date(2026, 11, 25)

_r = partial(row, Regime.FOISA)

_S18 = ("18(1)",)
_AMEND_2013 = (
    "Freedom of Information (Amendment) (Scotland) Act 2013 s.2 (s.38 added to s.18(1)) "
    "https://www.legislation.gov.uk/asp/2013/2/section/2"
)
_PERIODS_2013 = (
    "Freedom of Information (Scotland) Act 2002 (Historical Periods) Order 2013, "
    "SSI 2013/365 https://www.legislation.gov.uk/ssi/2013/365"
)
_HIST15 = (
    "once the record is a historical record: 15 years from the end of the year it was "
    "created (s.57(1), s.58(1))"
)
_HUNDRED = "100 years from the end of the year the record was created (s.58(2))"

PROVISIONS: tuple[Provision, ...] = (
    # --- Part 1: access, duties, notices, review --------------------------------
    _r(
        "1",
        "General entitlement",
        DUTY,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
    ),
    _r(
        "2",
        "Effect of exemptions",
        PROC,
        NA,
        NONE,
        covers=(
            "(1)",
            "(1)(a)",
            "(1)(b)",
            "(2)",
            "(2)(a)",
            "(2)(b)",
            "(2)(c)",
            "(2)(d)",
            "(2)(e)",
            "(2)(e)(i)",
            "(2)(e)(ii)",
        ),
    ),
    _r("9", "Fees", PROC, NA, NONE, covers=("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)")),
    _r("10", "Time for compliance", DUTY, NA, NONE, covers=("(1)", "(2)", "(3)", "(4)")),
    _r(
        "12",
        "Excessive cost of compliance",
        RG,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
        authorities=(
            "Freedom of Information (Fees for Required Disclosure) (Scotland) "
            "Regulations 2004, SSI 2004/467 (prescribed amount £600, staff time "
            "at no more than £15 an hour) https://www.legislation.gov.uk/ssi/2004/467",
        ),
        note="Prescribed amount £600; staff time counted at no more than £15 an hour.",
    ),
    _r("14", "Vexatious or repeated requests", RG, NA, NONE),
    _r("14(1)", "Vexatious requests", RG, NA, NONE),
    _r("14(2)", "Repeated requests", RG, NA, NONE, covers=("(a)", "(b)")),
    _r("15", "Duty to provide advice and assistance", DUTY, NA, NONE, covers=("(1)", "(2)")),
    _r(
        "16",
        "Refusal of request",
        DUTY,
        NA,
        NONE,
        covers=("(1)", "(1)(a)", "(1)(b)", "(1)(c)", "(1)(d)", "(2)", "(3)", "(4)", "(5)", "(6)"),
    ),
    _r(
        "17",
        "Notice that information is not held",
        DUTY,
        NA,
        NONE,
        covers=("(1)", "(1)(a)", "(1)(b)", "(2)", "(3)"),
    ),
    _r(
        "18",
        "Further provision as respects responses to request (neither confirm nor deny)",
        NCND,
        QUAL,
        NONE,
        covers=("(1)", "(2)"),
        authorities=(_AMEND_2013,),
        note="Available only for ss.28 to 35, 38, 39(1) and 41, and only where revealing "
        "whether the information exists or is held would be contrary to the public "
        "interest.",
    ),
    _r("19", "Content of certain notices", DUTY, NA, NONE, covers=("(a)", "(b)")),
    _r(
        "20",
        "Requirement for review of refusal etc.",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)"),
    ),
    _r(
        "21",
        "Review by Scottish public authority",
        DUTY,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)", "(9)", "(10)"),
    ),
    # --- Part 2: exemptions ---------------------------------------------------------
    _r(
        "25",
        "Information otherwise accessible",
        EX,
        ABS,
        CLASS,
        covers=("(1)", "(2)", "(2)(a)", "(2)(b)", "(3)"),
    ),
    _r("26", "Prohibitions on disclosure", EX, ABS, CLASS, covers=("(a)", "(b)", "(c)")),
    _r("27", "Information intended for future publication", EX, QUAL, MIXED, covers=("(3)",)),
    _r(
        "27(1)",
        "Information intended for publication within twelve weeks",
        EX,
        QUAL,
        CLASS,
        covers=("(a)", "(b)", "(c)"),
    ),
    _r(
        "27(2)",
        "Research: information from a continuing programme of research",
        EX,
        QUAL,
        SUB,
        covers=("(a)", "(b)"),
    ),
    _r(
        "28",
        "Relations within the United Kingdom",
        EX,
        QUAL,
        SUB,
        ncnd=_S18,
        covers=("(1)", "(2)"),
        falls_away=_HIST15,
        falls_away_years=15,
        authorities=(_PERIODS_2013,),
    ),
    _r(
        "29",
        "Formulation of Scottish Administration policy etc.",
        EX,
        QUAL,
        CLASS,
        ncnd=_S18,
        covers=("(1)", "(1)(a)", "(1)(b)", "(1)(c)", "(1)(d)", "(2)", "(3)", "(4)"),
        falls_away=_HIST15,
        falls_away_years=15,
        authorities=(_PERIODS_2013,),
    ),
    _r(
        "30",
        "Prejudice to effective conduct of public affairs",
        EX,
        QUAL,
        SUB,
        ncnd=_S18,
        covers=("(a)", "(b)", "(b)(i)", "(b)(ii)", "(c)"),
        falls_away=_HIST15,
        falls_away_years=15,
        authorities=(_PERIODS_2013,),
    ),
    _r(
        "31",
        "National security and defence",
        EX,
        QUAL,
        MIXED,
        ncnd=_S18,
        covers=("(2)", "(3)", "(5)"),
    ),
    _r("31(1)", "National security", EX, QUAL, HarmTest.NATIONAL_SECURITY, ncnd=_S18),
    _r(
        "31(4)",
        "Defence: defence of the British Islands or capability of the armed forces",
        EX,
        QUAL,
        SUB,
        ncnd=_S18,
        covers=("(a)", "(b)"),
    ),
    _r("32", "International relations", EX, QUAL, MIXED, ncnd=_S18, covers=("(1)", "(2)", "(3)")),
    _r(
        "32(1)(a)",
        "International relations: substantial prejudice",
        EX,
        QUAL,
        SUB,
        ncnd=_S18,
        covers=("(i)", "(ii)", "(iii)", "(iv)"),
    ),
    _r(
        "32(1)(b)",
        "Confidential information obtained from a State, international "
        "organisation or international court",
        EX,
        QUAL,
        CLASS,
        ncnd=_S18,
    ),
    _r("33", "Commercial interests and the economy", EX, QUAL, MIXED, ncnd=_S18, covers=("(1)",)),
    _r(
        "33(1)(a)",
        "Trade secrets",
        EX,
        QUAL,
        CLASS,
        ncnd=_S18,
        falls_away=_HIST15,
        falls_away_years=15,
        authorities=(_PERIODS_2013,),
    ),
    _r(
        "33(1)(b)",
        "Substantial prejudice to commercial interests",
        EX,
        QUAL,
        SUB,
        ncnd=_S18,
        falls_away=_HIST15,
        falls_away_years=15,
        authorities=(_PERIODS_2013,),
    ),
    _r(
        "33(2)",
        "The economy: UK economic interests or an administration's financial interests",
        EX,
        QUAL,
        SUB,
        ncnd=_S18,
        covers=("(a)", "(b)"),
    ),
    _r(
        "34",
        "Investigations by Scottish public authorities and proceedings arising out of "
        "such investigations",
        EX,
        QUAL,
        CLASS,
        ncnd=_S18,
        covers=("(1)", "(1)(a)", "(1)(b)", "(1)(c)", "(2)", "(2)(a)", "(2)(b)", "(3)", "(4)"),
        falls_away="s.34(2)(b) only: " + _HUNDRED,
        falls_away_years=None,
    ),
    _r(
        "35",
        "Law enforcement",
        EX,
        QUAL,
        SUB,
        ncnd=_S18,
        covers=(
            "(1)",
            *(f"(1)({x})" for x in "abcdefgh"),
            "(2)",
            *(f"(2)({x})" for x in "abcdefghij"),
        ),
        falls_away=_HUNDRED,
        falls_away_years=100,
    ),
    _r(
        "36",
        "Confidentiality",
        EX,
        PART,
        CLASS,
        absolute_part="s.36(2), actionable breach of confidence (s.2(2)(c))",
        falls_away="once the record is a historical record: 30 years for records containing "
        "s.36 information (s.57 as amended by SSI 2013/365, s.58(1))",
        falls_away_years=30,
        authorities=(_PERIODS_2013,),
    ),
    _r(
        "36(1)",
        "Confidentiality of communications in legal proceedings (legal privilege)",
        EX,
        QUAL,
        CLASS,
        falls_away_years=30,
        falls_away="30 years (s.57 as amended by SSI 2013/365, s.58(1))",
        authorities=(_PERIODS_2013,),
    ),
    _r(
        "36(2)",
        "Information obtained from another person whose disclosure would be an "
        "actionable breach of confidence",
        EX,
        ABS,
        CLASS,
        covers=("(a)", "(b)"),
        falls_away_years=30,
        falls_away="30 years (s.57 as amended by SSI 2013/365, s.58(1))",
        authorities=(_PERIODS_2013,),
    ),
    _r(
        "37",
        "Court records, etc.",
        EX,
        ABS,
        CLASS,
        covers=("(1)", "(1)(a)", "(1)(b)", "(2)", "(3)"),
        falls_away=_HIST15,
        falls_away_years=15,
        authorities=(_PERIODS_2013,),
    ),
    _r(
        "38",
        "Personal information",
        EX,
        PART,
        CLASS,
        ncnd=_S18,
        absolute_part="s.38(1)(a), (c) and (d), and s.38(1)(b) where the first condition is "
        "met (s.2(2)(e))",
        covers=("(1)", "(2A)", "(2A)(a)", "(2A)(b)", "(3A)", "(4A)", "(5)", "(5A)"),
        authorities=(
            _AMEND_2013,
            "Data Protection Act 2018 Sch 19 Part 1 "
            "https://www.legislation.gov.uk/ukpga/2018/12/schedule/19",
        ),
    ),
    _r(
        "38(1)(a)",
        "Personal data of which the applicant is the data subject",
        EX,
        ABS,
        CLASS,
        ncnd=_S18,
    ),
    _r(
        "38(1)(b)",
        "Personal data of which the applicant is not the data subject",
        EX,
        PART,
        CLASS,
        ncnd=_S18,
        absolute_part="where the first condition (s.38(2A)) is met (s.2(2)(e)(ii))",
    ),
    _r(
        "38(1)(c)",
        "Personal census information",
        EX,
        ABS,
        CLASS,
        ncnd=_S18,
        falls_away=_HUNDRED,
        falls_away_years=100,
    ),
    _r(
        "38(1)(d)",
        "A deceased person's health record",
        EX,
        ABS,
        CLASS,
        ncnd=_S18,
        falls_away=_HUNDRED,
        falls_away_years=100,
    ),
    _r(
        "39",
        "Health, safety and the environment",
        EX,
        QUAL,
        MIXED,
        ncnd=_S18,
        covers=("(3)",),
        note="The s.18 exclusion is available for s.39(1) only.",
    ),
    _r("39(1)", "Health and safety: endangerment", EX, QUAL, HarmTest.ENDANGERMENT, ncnd=_S18),
    _r(
        "39(2)",
        "Environmental information (to be dealt with under the EISR)",
        EX,
        QUAL,
        CLASS,
        covers=("(a)", "(b)"),
    ),
    _r(
        "40",
        "Audit functions",
        EX,
        QUAL,
        SUB,
        covers=("(a)", "(b)"),
        falls_away=_HIST15,
        falls_away_years=15,
        authorities=(_PERIODS_2013,),
    ),
    _r("41", "Communications with His Majesty etc. and honours", EX, QUAL, CLASS, ncnd=_S18),
    _r(
        "41(a)",
        "Communications with the Sovereign, the Royal Family or the Royal Household",
        EX,
        QUAL,
        CLASS,
        ncnd=_S18,
        falls_away="the later of 20 years from the record's creation and 5 years after the "
        "relevant death (s.57 as amended by SSI 2013/365)",
        authorities=(_PERIODS_2013,),
    ),
    _r(
        "41(b)",
        "The exercise by His Majesty of the prerogative of honour",
        EX,
        QUAL,
        CLASS,
        ncnd=_S18,
        falls_away="60 years from the end of the year the record was created (s.58(2))",
        falls_away_years=60,
    ),
    # --- Parts 4 and 5: enforcement, appeal, historical records -----------------------
    _r(
        "47",
        "Application for decision by Commissioner",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
    ),
    _r(
        "56",
        "Appeal against decision etc. of Commissioner (point of law, Court of Session)",
        PROC,
        NA,
        NONE,
        covers=("(a)", "(b)"),
    ),
    _r(
        "57",
        'The expression "historical record"',
        PROC,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)"),
        authorities=(_PERIODS_2013,),
    ),
    _r(
        "58",
        "Falling away of exemptions with time",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(2)", "(2)(a)", "(2)(b)"),
    ),
    _r(
        "73",
        'Interpretation (including "working day": not a Saturday, Sunday, Christmas Day '
        "or a bank holiday in Scotland under the Banking and Financial Dealings Act 1971)",
        PROC,
        NA,
        NONE,
    ),
)
