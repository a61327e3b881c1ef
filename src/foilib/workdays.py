"""The statutory working day of each regime and deadline arithmetic over it.

FOIA s.10(6) and EIR reg 2(1): not a Saturday, Sunday, Christmas Day, Good Friday or a bank
holiday in any part of the UK; FOISA s.73 and EISR reg 2(1): not a Saturday, Sunday,
Christmas Day or a bank holiday in Scotland. See docs/calendar.md.
"""

from __future__ import annotations

from ._private._exports import export as _export
from ._private.convenience import (
    due_date as due_date,
)
from ._private.convenience import (
    is_working_day as is_working_day,
)
from ._private.workdays import (
    NonWorkingReason as NonWorkingReason,
)
from ._private.workdays import (
    SkippedDay as SkippedDay,
)
from ._private.workdays import (
    WorkingDayCalendar as WorkingDayCalendar,
)
from ._private.workdays import (
    add_working_days as add_working_days,
)
from ._private.workdays import (
    add_working_days_many as add_working_days_many,
)
from ._private.workdays import (
    working_day_calendar as working_day_calendar,
)
from ._private.workdays import (
    working_days as working_days,
)
from ._private.workdays import (
    working_days_between as working_days_between,
)

__all__ = _export(__name__, __file__)
