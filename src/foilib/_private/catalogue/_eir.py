"""Environmental Information Regulations 2004 (SI 2004/3391): exceptions and duties.

Rows only. Every reg 12 exception is subject to the public interest test
(reg 12(1)(b)) with a presumption in favour of disclosure (reg 12(2)); reg 13
(personal data, as substituted by the Data Protection Act 2018 Sch 19) has no
public interest test where its first condition is met. Source of every row:
https://www.legislation.gov.uk/uksi/2004/3391 (each row's ``source`` is the
regulation's own address).
"""

from __future__ import annotations

from datetime import date
from functools import partial

from ..regimes import Regime
from ._model import (
    ABS,
    ADV,
    CLASS,
    DUTY,
    EXC,
    NA,
    NCND,
    NONE,
    PART,
    PROC,
    QUAL,
    HarmTest,
    Provision,
    row,
)

__all__ = ["LAW_AS_AT", "PROVISIONS"]

#: The date the rows were last checked against the revised text.
LAW_AS_AT = date(2026, 11, 25)

_r = partial(row, Regime.EIR)

_DPA = (
    "Data Protection Act 2018 Sch 19 Part 2 (reg 13 substituted) "
    "https://www.legislation.gov.uk/ukpga/2018/12/schedule/19"
)
_EMISSIONS = "Not available for information on emissions (reg 12(9))."

PROVISIONS: tuple[Provision, ...] = (
    _r("2", "Interpretation", PROC, NA, NONE, covers=("(1)", "(2)", "(3)", "(4)", "(5)")),
    _r(
        "5",
        "Duty to make available environmental information on request",
        DUTY,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(4)", "(5)", "(6)"),
    ),
    _r(
        "6",
        "Form and format of information",
        DUTY,
        NA,
        NONE,
        covers=("(1)", "(1)(a)", "(1)(b)", "(2)"),
    ),
    _r("7", "Extension of time", DUTY, NA, NONE, covers=("(1)", "(2)", "(3)")),
    _r(
        "8",
        "Charging",
        PROC,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(4)", "(5)", "(6)", "(7)", "(8)"),
    ),
    _r("9", "Advice and assistance", DUTY, NA, NONE, covers=("(1)", "(2)", "(3)", "(4)")),
    _r("10", "Transfer of a request", PROC, NA, NONE, covers=("(1)", "(2)")),
    _r(
        "11",
        "Representations and reconsideration",
        DUTY,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(4)", "(5)"),
    ),
    _r(
        "12",
        "Exceptions to the duty to disclose environmental information",
        EXC,
        QUAL,
        HarmTest.MIXED,
        ncnd=("12(6)",),
        covers=("(1)", "(1)(a)", "(1)(b)", "(2)", "(3)", "(7)", "(8)", "(9)", "(10)", "(11)"),
    ),
    _r("12(4)", "Exceptions for the information or the request itself", EXC, QUAL, CLASS),
    _r(
        "12(4)(a)",
        "Information not held when the request was received",
        EXC,
        QUAL,
        CLASS,
        note="Subject to the public interest test by reg 12(1)(b), though the ICO regards "
        "the test as having no practical application to information not held.",
    ),
    _r("12(4)(b)", "Manifestly unreasonable request", EXC, QUAL, CLASS),
    _r(
        "12(4)(c)",
        "Request formulated in too general a manner (after advice under reg 9)",
        EXC,
        QUAL,
        CLASS,
    ),
    _r(
        "12(4)(d)",
        "Material in the course of completion, unfinished documents or incomplete data",
        EXC,
        QUAL,
        CLASS,
    ),
    _r(
        "12(4)(e)",
        "Internal communications",
        EXC,
        QUAL,
        CLASS,
        note="Includes communications between government departments (reg 12(8)).",
    ),
    _r(
        "12(5)",
        "Exceptions where disclosure would adversely affect specified interests",
        EXC,
        QUAL,
        ADV,
    ),
    _r(
        "12(5)(a)",
        "International relations, defence, national security or public safety",
        EXC,
        QUAL,
        ADV,
        ncnd=("12(6)",),
    ),
    _r(
        "12(5)(b)",
        "The course of justice, fair trial, or criminal or disciplinary inquiries",
        EXC,
        QUAL,
        ADV,
    ),
    _r("12(5)(c)", "Intellectual property rights", EXC, QUAL, ADV),
    _r(
        "12(5)(d)",
        "Confidentiality of public authority proceedings provided by law",
        EXC,
        QUAL,
        ADV,
        note=_EMISSIONS,
    ),
    _r(
        "12(5)(e)",
        "Confidentiality of commercial or industrial information provided by law "
        "to protect a legitimate economic interest",
        EXC,
        QUAL,
        ADV,
        note=_EMISSIONS,
    ),
    _r(
        "12(5)(f)",
        "Interests of the person who provided the information voluntarily",
        EXC,
        QUAL,
        ADV,
        covers=("(i)", "(ii)", "(iii)"),
        note=_EMISSIONS,
    ),
    _r(
        "12(5)(g)",
        "Protection of the environment to which the information relates",
        EXC,
        QUAL,
        ADV,
        note=_EMISSIONS,
    ),
    _r(
        "12(6)",
        "Neither confirm nor deny where that would adversely affect reg 12(5)(a) interests",
        NCND,
        QUAL,
        ADV,
    ),
    _r(
        "13",
        "Personal data",
        EXC,
        PART,
        CLASS,
        ncnd=("13(5A)",),
        absolute_part="where the first condition (reg 13(2A)) is met (reg 13(1)(a))",
        covers=("(1)", "(1)(a)", "(1)(b)", "(5B)", "(6)"),
        authorities=(_DPA,),
    ),
    _r(
        "13(2A)",
        "First condition: disclosure would contravene the data protection principles",
        EXC,
        ABS,
        CLASS,
        ncnd=("13(5A)",),
        covers=("(a)", "(b)"),
        authorities=(_DPA,),
    ),
    _r(
        "13(2B)",
        "Second condition: disclosure would contravene an objection under Article 21 UK GDPR",
        EXC,
        QUAL,
        CLASS,
        ncnd=("13(5A)",),
        authorities=(_DPA,),
    ),
    _r(
        "13(3A)",
        "Third condition: the data subject could not get the information by a "
        "subject access request",
        EXC,
        QUAL,
        CLASS,
        ncnd=("13(5A)",),
        authorities=(_DPA,),
    ),
    _r(
        "13(5A)",
        "Neither confirm nor deny whether personal data are held",
        NCND,
        PART,
        CLASS,
        covers=("(a)", "(b)"),
        absolute_part="where the first-condition limb (reg 13(5B)(a)) is met",
        authorities=(_DPA,),
    ),
    _r(
        "14",
        "Refusal to disclose information",
        DUTY,
        NA,
        NONE,
        covers=("(1)", "(2)", "(3)", "(3)(a)", "(3)(b)", "(4)", "(5)", "(5)(a)", "(5)(b)"),
    ),
    _r("18", "Enforcement and appeal provisions", PROC, NA, NONE),
)
