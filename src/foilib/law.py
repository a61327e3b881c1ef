"""Each regime's law as data: periods, the Commissioner, the working-day definition.

``law(Regime.FOIA)`` returns the :class:`RegimeLaw` the engines read; each value cites its
provision.
"""

from __future__ import annotations

from ._private.law import (
    Commissioner as Commissioner,
    DayUnit as DayUnit,
    Period as Period,
    RegimeLaw as RegimeLaw,
    WorkingDayDefinition as WorkingDayDefinition,
    law as law,
)

from ._private._exports import export as _export

__all__ = _export(__name__, __file__)
