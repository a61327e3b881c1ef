"""Environmental Information Regulations 2004 (SI 2004/3391): the law the engines read.

Source: https://www.legislation.gov.uk/uksi/2004/3391 (revised text); in force 1 January 2005.
"""

from __future__ import annotations

import datetime as dt

from ..citation import Citation
from ..regimes import Regime
from . import foia
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

# --- letters: what notices must contain (checks, render) -------------------------------
