"""Freedom of Information Act 2000 (c. 36): Part II exemptions, refusal grounds and duties.

Rows only. Absolute exemptions are those listed in s.2(3) as substituted and
amended (Constitutional Reform and Governance Act 2010 Sch 7 para 2; Data
Protection Act 2018 Sch 19 para 56). Neither-confirm-nor-deny clauses are the
Act's own, one per Part II section except s.21. Source of every row:
https://www.legislation.gov.uk/ukpga/2000/36 (the section's own address is in
each row's ``source``).
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
    PREJ,
    PROC,
    QUAL,
    RG,
    HarmTest,
    Provision,
    row,
)

__all__ = ["LAW_AS_AT", "PROVISIONS"]

#: The date the rows were last checked against the revised text.
LAW_AS_AT = date(2026, 11, 25)

_r = partial(row, Regime.FOIA)

_CRAG = "Constitutional Reform and Governance Act 2010 s.46 and Sch 7 https://www.legislation.gov.uk/ukpga/2010/25/schedule/7"
_DPA = "Data Protection Act 2018 Sch 19 paras 56 and 58 https://www.legislation.gov.uk/ukpga/2018/12/schedule/19"
_HIST = (
    "once the record is a historical record: 20 years from the end of the year it was "
    "created (s.62(1), s.63(1); 30 years before the CRAG 2010 phased reduction)"
)
_HIST_NCND = _HIST + "; the confirm-or-deny exclusion falls away too (s.63(2))"
_CRAG_63 = (
    "Constitutional Reform and Governance Act 2010 Sch 7 para 5 (s.28, s.43 and the "
    "Northern Ireland limbs of s.36 taken out of the 20-year list in s.63(1)-(2) and given "
    "a 30-year period) https://www.legislation.gov.uk/ukpga/2010/25/schedule/7"
)
_HIST30 = (
    "30 years from the end of the year the record was created, not the 20-year "
    "historical-record rule: CRAG 2010 Sch 7 para 5(2) and (3) took this section out of "
    "s.63(1) and its confirm-or-deny exclusion out of s.63(2), and para 5 put a separate "
    "30-year period for it into s.63 (subsection letter not re-read; the 30 years is "
    "confirmed by secondary sources only)"
)
_HIST36 = (
    "once the record is a historical record: 20 years from the end of the year it was "
    "created, the confirm-or-deny exclusion too (s.62(1), s.63(2A), (2B)), except a case "
    "under s.36(2)(a)(ii), or under s.36(2)(c) where the prejudice relates to the "
    "effective conduct of public affairs in Northern Ireland: those keep 30 years "
    "(CRAG 2010 Sch 7 para 5)"
)
_PRO = (
    "cannot apply to a historical record in The National Archives or the Public "
    "Record Office of Northern Ireland (s.64(1))"
)

PROVISIONS: tuple[Provision, ...] = (
    # --- Part I: the right and the duties -------------------------------------
    _r(
        "1",
        "General right of access to information held by public authorities",
        DUTY,
        NA,
        NONE,
        covers=("(1)", "(2)", "(4)", "(5)", "(6)"),
    ),
    _r("1(1)(a)", "Duty to confirm or deny whether the information is held", DUTY, NA, NONE),
    _r("1(1)(b)", "Duty to communicate the information", DUTY, NA, NONE),
    _r(
        "1(3)",
        "Further information reasonably required to identify and locate the information",
        PROC,
        NA,
        NONE,
        covers=("(a)", "(b)"),
    ),
    _r(
        "2",
        "Effect of the exemptions in Part II",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(1)(a)", "(1)(b)", "(2)", "(2)(a)", "(2)(b)", "(3)"),
        authorities=(_CRAG, _DPA),
    ),
    _r(
        "8",
        "Request for information",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(1)(a)", "(1)(b)", "(1)(c)", "(2)"),
    ),
    _r("9", "Fees", PROC, NA, NONE, covers=("(1)", "(2)", "(3)", "(4)", "(5)")),
    _r("10", "Time for compliance with request", DUTY, NA, NONE, covers=("(2)", "(4)", "(5)")),
    _r(
        "10(1)",
        "Comply promptly and by the twentieth working day following receipt",
        DUTY,
        NA,
        NONE,
    ),
    _r(
        "10(3)",
        "Extension for public interest decisions: such time as is reasonable",
        DUTY,
        NA,
        NONE,
        covers=("(a)", "(b)"),
    ),
    _r("10(6)", "Date of receipt and working day defined", PROC, NA, NONE, covers=("(a)", "(b)")),
    _r(
        "11",
        "Means by which communication to be made",
        DUTY,
        NA,
        NONE,
        covers=("(1)", "(1)(a)", "(1)(b)", "(1)(c)", "(1A)", "(2)", "(3)", "(4)"),
        authorities=(
            "Protection of Freedoms Act 2012 s.102 (datasets, s.11(1A)) "
            "https://www.legislation.gov.uk/ukpga/2012/9/section/102",
        ),
    ),
    _r(
        "12",
        "Exemption where cost of compliance exceeds appropriate limit",
        RG,
        NA,
        NONE,
        ncnd=("12(2)",),
        covers=("(1)", "(3)", "(4)", "(4)(a)", "(4)(b)", "(5)"),
        authorities=(
            "Freedom of Information and Data Protection (Appropriate Limit and Fees) "
            "Regulations 2004, SI 2004/3244, reg 3 (£600 for authorities in Sch 1 Part I, "
            "£450 for others) and reg 4(4) (£25 an hour) "
            "https://www.legislation.gov.uk/uksi/2004/3244/regulation/3",
        ),
        note="Appropriate limit £600 (central government, Sch 1 Part I) or £450 (others), "
        "staff time at £25 an hour (SI 2004/3244 regs 3 and 4).",
    ),
    _r(
        "12(2)",
        "No duty to confirm or deny where the cost of that alone exceeds the limit",
        NCND,
        NA,
        NONE,
    ),
    _r("14", "Vexatious or repeated requests", RG, NA, NONE),
    _r("14(1)", "Vexatious requests", RG, NA, NONE),
    _r("14(2)", "Repeated requests", RG, NA, NONE),
    _r("16", "Duty to provide advice and assistance", DUTY, NA, NONE, covers=("(1)", "(2)")),
    _r("17", "Refusal of request", DUTY, NA, NONE),
    _r(
        "17(1)",
        "Refusal notice: state, specify and explain the exemption",
        DUTY,
        NA,
        NONE,
        covers=("(a)", "(b)", "(c)"),
    ),
    _r(
        "17(2)",
        "Refusal notice: public interest decision not yet reached, with estimated date",
        DUTY,
        NA,
        NONE,
        covers=("(a)", "(b)"),
    ),
    _r(
        "17(3)",
        "Refusal notice: reasons for the public interest decision",
        DUTY,
        NA,
        NONE,
        covers=("(a)", "(b)"),
    ),
    _r(
        "17(4)",
        "Reasons need not be given where they would disclose exempt information",
        DUTY,
        NA,
        NONE,
    ),
    _r(
        "17(5)",
        "Refusal notice for cost (s.12) or vexatious or repeated (s.14) requests",
        DUTY,
        NA,
        NONE,
    ),
    _r(
        "17(6)",
        "No notice needed for further vexatious requests already refused",
        DUTY,
        NA,
        NONE,
        covers=("(a)", "(b)", "(c)"),
    ),
    _r(
        "17(7)",
        "Refusal notice: complaints procedure and right to apply under s.50",
        DUTY,
        NA,
        NONE,
        covers=("(a)", "(b)"),
    ),
    # --- Part II: exemptions ---------------------------------------------------
    _r(
        "21",
        "Information accessible to applicant by other means",
        EX,
        ABS,
        CLASS,
        covers=("(1)", "(2)", "(2)(a)", "(2)(b)", "(3)"),
        falls_away=_PRO,
        note="The only Part II section with no exclusion of the duty to confirm or deny.",
    ),
    _r(
        "22",
        "Information intended for future publication",
        EX,
        QUAL,
        CLASS,
        ncnd=("22(2)",),
        covers=("(1)", "(1)(a)", "(1)(b)", "(1)(c)", "(2)"),
        falls_away=_PRO,
    ),
    _r(
        "22A",
        "Research",
        EX,
        QUAL,
        PREJ,
        ncnd=("22A(2)",),
        covers=("(1)", "(1)(a)", "(1)(b)", "(2)"),
        falls_away="only while the research programme continues with a view to publishing a "
        "report of it (s.22A(1)(a))",
        authorities=(
            "Intellectual Property Act 2014 s.20, in force 1 October 2014 "
            "https://www.legislation.gov.uk/ukpga/2014/18/section/20",
        ),
    ),
    _r(
        "23",
        "Information supplied by, or relating to, bodies dealing with security matters",
        EX,
        ABS,
        CLASS,
        ncnd=("23(5)",),
        covers=("(1)", "(2)", "(3)", "(4)", "(5)"),
        falls_away="treated as qualified for historical records in The National Archives or "
        "the Public Record Office of Northern Ireland (s.64(2))",
    ),
    _r(
        "24",
        "National security",
        EX,
        QUAL,
        HarmTest.NATIONAL_SECURITY,
        ncnd=("24(2)",),
        covers=("(1)", "(2)", "(3)", "(4)"),
    ),
    _r(
        "25",
        "Certificates under ss.23 and 24: supplementary provisions",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)"),
    ),
    _r(
        "26",
        "Defence",
        EX,
        QUAL,
        PREJ,
        ncnd=("26(3)",),
        covers=("(1)", "(1)(a)", "(1)(b)", "(2)", "(3)"),
    ),
    _r(
        "27",
        "International relations",
        EX,
        QUAL,
        MIXED,
        ncnd=("27(4)",),
        covers=("(3)", "(4)", "(5)"),
    ),
    _r(
        "27(1)",
        "International relations: prejudice to relations, interests or their promotion",
        EX,
        QUAL,
        PREJ,
        ncnd=("27(4)",),
        covers=("(a)", "(b)", "(c)", "(d)"),
    ),
    _r(
        "27(2)",
        "Confidential information obtained from a State, international organisation "
        "or international court",
        EX,
        QUAL,
        CLASS,
        ncnd=("27(4)",),
    ),
    _r(
        "28",
        "Relations within the United Kingdom",
        EX,
        QUAL,
        PREJ,
        ncnd=("28(3)",),
        covers=("(1)", "(2)", "(3)"),
        falls_away=_HIST30,
        falls_away_years=30,
        authorities=(_CRAG_63,),
    ),
    _r(
        "29",
        "The economy",
        EX,
        QUAL,
        PREJ,
        ncnd=("29(2)",),
        covers=("(1)", "(1)(a)", "(1)(b)", "(2)"),
    ),
    _r(
        "30",
        "Investigations and proceedings conducted by public authorities",
        EX,
        QUAL,
        CLASS,
        ncnd=("30(3)",),
        covers=("(3)", "(4)", "(5)"),
    ),
    _r(
        "30(1)",
        "Investigations and criminal proceedings",
        EX,
        QUAL,
        CLASS,
        ncnd=("30(3)",),
        covers=("(a)", "(a)(i)", "(a)(ii)", "(b)", "(c)"),
        falls_away=_HIST,
        falls_away_years=20,
        authorities=(_CRAG,),
    ),
    _r(
        "30(2)",
        "Information relating to confidential sources",
        EX,
        QUAL,
        CLASS,
        ncnd=("30(3)",),
        covers=("(a)", "(b)"),
    ),
    _r(
        "31",
        "Law enforcement",
        EX,
        QUAL,
        PREJ,
        ncnd=("31(3)",),
        covers=(
            "(1)",
            *(f"(1)({x})" for x in "abcdefghi"),
            "(2)",
            *(f"(2)({x})" for x in "abcdefghij"),
            "(3)",
        ),
        falls_away="100 years from the end of the year the record was created; the "
        "confirm-or-deny exclusion likewise (s.63(4)-(5))",
        falls_away_years=100,
    ),
    _r(
        "32",
        "Court records, etc.",
        EX,
        ABS,
        CLASS,
        ncnd=("32(3)",),
        covers=("(1)", "(1)(a)", "(1)(b)", "(1)(c)", "(2)", "(2)(a)", "(2)(b)", "(3)", "(4)"),
        falls_away=_HIST,
        falls_away_years=20,
        authorities=(_CRAG,),
    ),
    _r(
        "33",
        "Audit functions",
        EX,
        QUAL,
        PREJ,
        ncnd=("33(3)",),
        covers=("(1)", "(1)(a)", "(1)(b)", "(2)", "(3)"),
        falls_away=_HIST_NCND,
        falls_away_years=20,
        authorities=(_CRAG,),
    ),
    _r(
        "34",
        "Parliamentary privilege",
        EX,
        ABS,
        CLASS,
        ncnd=("34(2)",),
        covers=("(1)", "(2)", "(3)", "(4)"),
    ),
    _r(
        "35",
        "Formulation of government policy, etc.",
        EX,
        QUAL,
        CLASS,
        ncnd=("35(3)",),
        covers=("(1)", "(1)(a)", "(1)(b)", "(1)(c)", "(1)(d)", "(2)", "(3)", "(4)", "(5)"),
        falls_away=_HIST,
        falls_away_years=20,
        authorities=(_CRAG,),
    ),
    _r(
        "36",
        "Prejudice to effective conduct of public affairs",
        EX,
        PART,
        PREJ,
        ncnd=("36(3)",),
        absolute_part="so far as relating to information held by the House of Commons or "
        "the House of Lords (s.2(3)(e))",
        covers=(
            "(1)",
            "(1)(a)",
            "(1)(b)",
            "(2)",
            "(2)(a)",
            "(2)(a)(i)",
            "(2)(a)(ii)",
            "(2)(a)(iii)",
            "(2)(b)",
            "(2)(b)(i)",
            "(2)(b)(ii)",
            "(2)(c)",
            "(3)",
            "(4)",
            "(5)",
            "(6)",
            "(7)",
        ),
        falls_away=_HIST36,
        falls_away_years=None,
        authorities=(_CRAG_63,),
        note="Engaged only on the reasonable opinion of a qualified person (s.36(2), s.36(5)). "
        "No single falling-away period: 20 years generally, 30 years for the Northern "
        "Ireland limbs (s.63(2A), (2B)).",
    ),
    _r(
        "37",
        "Communications with the Sovereign, the Royal Family and the Royal Household, and honours",
        EX,
        PART,
        CLASS,
        ncnd=("37(2)",),
        absolute_part="s.37(1)(a), (aa) and (ab), and s.37(2) so far as relating to them "
        "(s.2(3)(ea))",
        authorities=(_CRAG,),
    ),
    _r(
        "37(1)",
        "Communications with the Sovereign, the Royal Family and the Royal Household, and honours",
        EX,
        PART,
        CLASS,
        ncnd=("37(2)",),
        absolute_part="paragraphs (a), (aa) and (ab) (s.2(3)(ea))",
        authorities=(_CRAG,),
    ),
    _r(
        "37(1)(a)",
        "Communications with the Sovereign",
        EX,
        ABS,
        CLASS,
        ncnd=("37(2)",),
        falls_away="the later of 20 years from the record's creation and 5 years after the "
        "relevant death (s.63 as amended by CRAG 2010 Sch 7)",
        authorities=(_CRAG,),
    ),
    _r(
        "37(1)(aa)",
        "Communications with the heir to, or second in line of succession to, the Throne",
        EX,
        ABS,
        CLASS,
        ncnd=("37(2)",),
        falls_away="the later of 20 years from the record's creation and 5 years after the "
        "relevant death (s.63 as amended by CRAG 2010 Sch 7)",
        authorities=(_CRAG,),
    ),
    _r(
        "37(1)(ab)",
        "Communications with a person who has since become the Sovereign, heir or second in line",
        EX,
        ABS,
        CLASS,
        ncnd=("37(2)",),
        falls_away="the later of 20 years from the record's creation and 5 years after the "
        "relevant death (s.63 as amended by CRAG 2010 Sch 7)",
        authorities=(_CRAG,),
    ),
    _r(
        "37(1)(ac)",
        "Communications with other members of the Royal Family",
        EX,
        QUAL,
        CLASS,
        ncnd=("37(2)",),
        falls_away="the later of 20 years from the record's creation and 5 years after the "
        "relevant death (s.63 as amended by CRAG 2010 Sch 7)",
        authorities=(_CRAG,),
    ),
    _r(
        "37(1)(ad)",
        "Communications with the Royal Household",
        EX,
        QUAL,
        CLASS,
        ncnd=("37(2)",),
        falls_away="the later of 20 years from the record's creation and 5 years after the "
        "relevant death (s.63 as amended by CRAG 2010 Sch 7)",
        authorities=(_CRAG,),
    ),
    _r(
        "37(1)(b)",
        "The conferring by the Crown of any honour or dignity",
        EX,
        QUAL,
        CLASS,
        ncnd=("37(2)",),
        falls_away="60 years from the end of the year the record was created (s.63(3))",
        falls_away_years=60,
    ),
    _r(
        "37(2)",
        "No duty to confirm or deny for information exempt under s.37(1)",
        NCND,
        PART,
        CLASS,
        absolute_part="so far as relating to s.37(1)(a), (aa) and (ab) (s.2(3)(ea))",
        authorities=(_CRAG,),
    ),
    _r(
        "38",
        "Health and safety",
        EX,
        QUAL,
        HarmTest.ENDANGERMENT,
        ncnd=("38(2)",),
        covers=("(1)", "(1)(a)", "(1)(b)", "(2)"),
    ),
    _r(
        "39",
        "Environmental information",
        EX,
        QUAL,
        CLASS,
        ncnd=("39(2)",),
        covers=("(1)", "(1)(a)", "(1)(b)", "(2)", "(3)"),
    ),
    _r(
        "40",
        "Personal information",
        EX,
        PART,
        CLASS,
        ncnd=("40(5A)", "40(5B)"),
        absolute_part="s.40(1), and s.40(2) where the first condition (s.40(3A)) is met "
        "(s.2(3)(f), (fa))",
        covers=("(7)",),
        authorities=(_DPA,),
    ),
    _r(
        "40(1)",
        "Personal data of which the applicant is the data subject",
        EX,
        ABS,
        CLASS,
        ncnd=("40(5A)",),
        authorities=(_DPA,),
    ),
    _r(
        "40(2)",
        "Personal data of which the applicant is not the data subject",
        EX,
        PART,
        CLASS,
        ncnd=("40(5B)",),
        covers=("(a)", "(b)"),
        absolute_part="where the first condition (s.40(3A)) is met (s.2(3)(fa))",
        authorities=(_DPA,),
    ),
    _r(
        "40(3A)",
        "First condition: disclosure would contravene the data protection principles",
        EX,
        ABS,
        CLASS,
        ncnd=("40(5B)",),
        covers=("(a)", "(b)"),
        authorities=(_DPA,),
    ),
    _r(
        "40(3B)",
        "Second condition: disclosure would contravene an objection under Article 21 UK GDPR",
        EX,
        QUAL,
        CLASS,
        ncnd=("40(5B)",),
        authorities=(_DPA,),
    ),
    _r(
        "40(4A)",
        "Third condition: the data subject could not get the information by a "
        "subject access request",
        EX,
        QUAL,
        CLASS,
        ncnd=("40(5B)",),
        covers=("(a)", "(b)"),
        authorities=(_DPA,),
    ),
    _r(
        "40(5A)",
        "No duty to confirm or deny the applicant's own personal data",
        NCND,
        ABS,
        CLASS,
        authorities=(_DPA,),
        note="Not itself listed in s.2(3); treated as absolute by the ICO because it "
        "follows s.40(1). Classification followed: ICO section 40 guidance.",
    ),
    _r(
        "40(5B)",
        "No duty to confirm or deny other personal data",
        NCND,
        PART,
        CLASS,
        covers=("(a)", "(a)(i)", "(a)(ii)", "(b)", "(c)", "(d)"),
        absolute_part="paragraph (a), the first-condition limb (ICO guidance)",
        authorities=(_DPA,),
        note="Not itself listed in s.2(3); the ICO treats the (a) limb as absolute and the "
        "other limbs as subject to the public interest test.",
    ),
    _r(
        "41",
        "Information provided in confidence",
        EX,
        ABS,
        CLASS,
        ncnd=("41(2)",),
        covers=("(1)", "(1)(a)", "(1)(b)", "(2)"),
    ),
    _r(
        "42",
        "Legal professional privilege",
        EX,
        QUAL,
        CLASS,
        ncnd=("42(2)",),
        covers=("(1)", "(2)"),
        falls_away=_HIST_NCND,
        falls_away_years=20,
        authorities=(_CRAG,),
    ),
    _r(
        "43",
        "Commercial interests",
        EX,
        QUAL,
        MIXED,
        ncnd=("43(3)",),
        covers=("(3)",),
        falls_away=_HIST30,
        falls_away_years=30,
        authorities=(_CRAG_63,),
    ),
    _r(
        "43(1)",
        "Trade secrets",
        EX,
        QUAL,
        CLASS,
        ncnd=("43(3)",),
        falls_away=_HIST30,
        falls_away_years=30,
        authorities=(_CRAG_63,),
        note="s.43(3) excludes the duty to confirm or deny only where confirming or "
        "denying would, or would be likely to, prejudice the commercial interests in "
        "s.43(2); there is no class-based exclusion for trade secrets as such.",
    ),
    _r(
        "43(2)",
        "Prejudice to commercial interests",
        EX,
        QUAL,
        PREJ,
        ncnd=("43(3)",),
        falls_away=_HIST30,
        falls_away_years=30,
        authorities=(_CRAG_63,),
    ),
    _r(
        "44",
        "Prohibitions on disclosure",
        EX,
        ABS,
        CLASS,
        ncnd=("44(2)",),
        covers=("(1)", "(1)(a)", "(1)(b)", "(1)(c)", "(2)"),
    ),
    # --- Parts III to VI: codes, enforcement, appeals, historical records ---------
    _r(
        "45",
        "Issue of code of practice",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(4)", "(5)"),
        authorities=(
            "Freedom of Information Code of Practice (Cabinet Office, July 2018) "
            "https://www.gov.uk/government/publications/freedom-of-information-code-of-practice",
        ),
    ),
    _r(
        "50",
        "Application for decision by Commissioner",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)"),
    ),
    _r(
        "57",
        "Appeal against notices served under Part IV",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)"),
        authorities=(
            "Transfer of Tribunal Functions Order 2010, SI 2010/22 (appeals to the "
            "First-tier Tribunal) https://www.legislation.gov.uk/uksi/2010/22",
        ),
    ),
    _r(
        "62",
        "Interpretation of Part VI (historical record)",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)"),
        authorities=(_CRAG,),
    ),
    _r(
        "63",
        "Removal of exemptions: historical records generally",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(4)", "(5)"),
        authorities=(_CRAG,),
    ),
    _r(
        "64",
        "Removal of exemptions: historical records in public record offices",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(2)"),
    ),
)
