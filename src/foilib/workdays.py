"""The statutory working day of each regime and deadline arithmetic over it.

FOIA s.10(6) and EIR reg 2(1): not a Saturday, Sunday, Christmas Day, Good Friday or a bank
holiday in any part of the UK; FOISA s.73 and EISR reg 2(1): not a Saturday, Sunday,
Christmas Day or a bank holiday in Scotland. See docs/calendar.md.
"""

from __future__ import annotations

from ._private.convenience import (
    due_date as due_date,
    is_working_day as is_working_day,
)
from ._private.workdays import (
    NonWorkingReason as NonWorkingReason,
    SkippedDay as SkippedDay,
    WorkingDayCalendar as WorkingDayCalendar,
    add_working_days as add_working_days,
    add_working_days_many as add_working_days_many,
    working_days as working_days,
    working_days_between as working_days_between,
)

from ._private._exports import export as _export

__all__ = _export(__name__, __file__)
