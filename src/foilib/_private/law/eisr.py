"""Environmental Information (Scotland) Regulations 2004 (SSI 2004/520): the law the
engines read, as data.

Source: https://www.legislation.gov.uk/ssi/2004/520 (revised text); in force 1 January 2005.
"""

from __future__ import annotations

import datetime as dt

from ..citation import Citation
from ..regimes import Regime
from . import foisa
from ._types import Basis, Commissioner, DayUnit, Period, WorkingDayDefinition

REGIME = Regime.EISR
IN_FORCE = dt.date(2005, 1, 1)


def _c(regulation: str, *path: str) -> Citation:
    return Citation(REGIME, regulation, path)


# --- the Commissioner and the working day ------------------------------------------

#: EISR reg 17 applies FOISA Part 4 (enforcement, s.47 onwards) and s.56 (appeal).
COMMISSIONER = Commissioner(
    name=foisa.COMMISSIONER.name,
    address=foisa.COMMISSIONER.address,
    website=foisa.COMMISSIONER.website,
    right_to_apply=foisa.COMMISSIONER.right_to_apply,
    applied_by=_c("17"),
)

#: EISR reg 2(1): "working day" has the same meaning as in FOISA s.73.
WORKING_DAY = WorkingDayDefinition(
    citation=_c("2", "1"),
    named_days=foisa.WORKING_DAY.named_days,
    divisions=foisa.WORKING_DAY.divisions,
    borrowed_from=foisa.WORKING_DAY.citation,
    source="EISR reg 2(1): working day has the same meaning as in FOISA s.73",
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
