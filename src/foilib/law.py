"""Each regime's law as data: periods, the Commissioner, the working-day definition.

``law(Regime.FOIA)`` returns the :class:`RegimeLaw` the engines read; each value cites its
provision.
"""

from __future__ import annotations

from ._private._exports import export as _export
from ._private.law import (
    Commissioner as Commissioner,
)
from ._private.law import (
    DayUnit as DayUnit,
)
from ._private.law import (
    Period as Period,
)
from ._private.law import (
    RegimeLaw as RegimeLaw,
)
from ._private.law import (
    WorkingDayDefinition as WorkingDayDefinition,
)
from ._private.law import (
    law as law,
)

__all__ = _export(__name__, __file__)
