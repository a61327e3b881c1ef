"""Freedom of Information Act 2000 (c. 36): the law the engines read, as data.

Source: https://www.legislation.gov.uk/ukpga/2000/36 (revised text). Each value cites its
provision; ``since`` is the day the rule took effect (FOIA's right of access: 1 January 2005).
"""

from __future__ import annotations

import datetime as dt

from ..citation import Citation
from ..regimes import Division, Regime
from ._types import Basis, Commissioner, DayUnit, Period, WorkingDayDefinition

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
