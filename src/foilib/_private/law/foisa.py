"""Freedom of Information (Scotland) Act 2002 (asp 13): the law the engines read, as data.

Source: https://www.legislation.gov.uk/asp/2002/13 (revised text); the right of access in
force 1 January 2005.
"""

from __future__ import annotations

import datetime as dt

from ..citation import Citation
from ..regimes import Division, Regime
from ._types import Basis, Commissioner, DayUnit, Period, WorkingDayDefinition

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
