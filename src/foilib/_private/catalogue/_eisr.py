"""Environmental Information (Scotland) Regulations 2004 (SSI 2004/520): exceptions and duties.

Rows only. Every reg 10 exception is subject to the public interest test
(reg 10(1)(b)) with a presumption in favour of disclosure (reg 10(2)); the
reg 10(5) exceptions use "prejudice substantially". Source of every row:
https://www.legislation.gov.uk/ssi/2004/520 (each row's ``source`` is the
regulation's own address).
"""

from __future__ import annotations

from datetime import date
from functools import partial

from ..regimes import Regime
from ._model import (
    CLASS,
    DUTY,
    EXC,
    NA,
    NCND,
    NONE,
    PART,
    PROC,
    QUAL,
    SUB,
    HarmTest,
    Provision,
    row,
)

__all__ = ["LAW_AS_AT", "PROVISIONS"]

#: The date the rows were last checked against the revised text.
LAW_AS_AT = date(2026, 11, 25)

_r = partial(row, Regime.EISR)

_EMISSIONS = "Not available for information on emissions (reg 10(6))."

PROVISIONS: tuple[Provision, ...] = (
    _r("2", "Interpretation", PROC, NA, NONE, covers=("(1)", "(2)", "(3)")),
    _r(
        "5",
        "Duty to make available environmental information on request",
        DUTY,
        NA,
        NONE,
        covers=("(1)", "(2)", "(2)(a)", "(2)(b)", "(3)", "(4)"),
    ),
    _r(
        "6",
        "Form and format of information",
        DUTY,
        NA,
        NONE,
        covers=("(1)", "(1)(a)", "(1)(b)", "(2)"),
    ),
    _r("7", "Extension of time", DUTY, NA, NONE, covers=("(1)", "(1)(a)", "(1)(b)", "(2)")),
    _r(
        "8",
        "Charging",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"),
    ),
    _r(
        "9",
        "Duty to provide advice and assistance",
        DUTY,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(4)"),
    ),
    _r(
        "10",
        "Exceptions from duty to make environmental information available",
        EXC,
        QUAL,
        HarmTest.MIXED,
        ncnd=("10(8)",),
        covers=("(1)", "(1)(a)", "(1)(b)", "(2)", "(2)(a)", "(2)(b)", "(3)", "(6)", "(7)"),
    ),
    _r("10(4)", "Exceptions for the information or the request itself", EXC, QUAL, CLASS),
    _r("10(4)(a)", "Information not held when the request was received", EXC, QUAL, CLASS),
    _r("10(4)(b)", "Manifestly unreasonable request", EXC, QUAL, CLASS),
    _r(
        "10(4)(c)",
        "Request formulated in too general a manner (after advice under reg 9)",
        EXC,
        QUAL,
        CLASS,
    ),
    _r(
        "10(4)(d)",
        "Material in the course of completion, unfinished documents or incomplete data",
        EXC,
        QUAL,
        CLASS,
    ),
    _r("10(4)(e)", "Internal communications", EXC, QUAL, CLASS),
    _r(
        "10(5)",
        "Exceptions where disclosure would prejudice substantially specified interests",
        EXC,
        QUAL,
        SUB,
    ),
    _r(
        "10(5)(a)",
        "International relations, defence, national security or public safety",
        EXC,
        QUAL,
        SUB,
        ncnd=("10(8)",),
    ),
    _r(
        "10(5)(b)",
        "The course of justice, fair trial, or criminal or disciplinary inquiries",
        EXC,
        QUAL,
        SUB,
    ),
    _r("10(5)(c)", "Intellectual property rights", EXC, QUAL, SUB),
    _r(
        "10(5)(d)",
        "Confidentiality of public authority proceedings provided by law",
        EXC,
        QUAL,
        SUB,
        note=_EMISSIONS,
    ),
    _r(
        "10(5)(e)",
        "Confidentiality of commercial or industrial information provided by law "
        "to protect a legitimate economic interest",
        EXC,
        QUAL,
        SUB,
        note=_EMISSIONS,
    ),
    _r(
        "10(5)(f)",
        "Interests of the person who provided the information voluntarily",
        EXC,
        QUAL,
        SUB,
        covers=("(i)", "(ii)", "(iii)"),
        note=_EMISSIONS,
    ),
    _r(
        "10(5)(g)",
        "Protection of the environment to which the information relates",
        EXC,
        QUAL,
        SUB,
        note=_EMISSIONS,
    ),
    _r(
        "10(8)",
        "Neither confirm nor deny where that would prejudice substantially reg 10(5)(a) interests",
        NCND,
        QUAL,
        SUB,
    ),
    _r(
        "11",
        "Personal data",
        EXC,
        PART,
        CLASS,
        ncnd=("11(6)",),
        absolute_part="the applicant's own personal data (reg 11(1)) and third-party data "
        "where the first condition is met (reg 11(2))",
        covers=("(1)", "(2)", "(3)", "(3A)", "(4)", "(4A)", "(5)", "(7)"),
        authorities=(
            "Data Protection Act 2018 Sch 19 Part 2 "
            "https://www.legislation.gov.uk/ukpga/2018/12/schedule/19",
        ),
    ),
    _r(
        "11(6)",
        "Neither confirm nor deny whether personal data are held",
        NCND,
        QUAL,
        CLASS,
        note="Classification UNVERIFIED against the revised text of reg 11(6).",
    ),
    _r(
        "13",
        "Refusal to make information available",
        DUTY,
        NA,
        NONE,
        covers=("(a)", "(b)", "(c)", "(d)", "(e)"),
    ),
    _r(
        "16",
        "Review by Scottish public authority",
        DUTY,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
    ),
    _r(
        "17",
        "Enforcement and appeal provisions",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(2)", "(2)(a)", "(2)(b)", "(3)"),
    ),
)
