"""UK bank holidays 2000-2099 per division (Banking and Financial Dealings Act 1971).

:func:`bank_holidays` gives a year's holidays; :data:`PROCLAMATIONS` the one-off and moved
days appointed by royal proclamation; years after :data:`LAST_OFFICIAL_YEAR` (the last year
GOV.UK publishes) are ``provisional``. See docs/calendar.md.

(This module is ``foilib.holidays``, not ``foilib.bank_holidays``, so that the function
``foilib.bank_holidays`` is never shadowed by a submodule of the same name.)
"""

from __future__ import annotations

from ._private._exports import export as _export
from ._private.bank_holidays import (
    FIRST_YEAR as FIRST_YEAR,
)
from ._private.bank_holidays import (
    LAST_OFFICIAL_YEAR as LAST_OFFICIAL_YEAR,
)
from ._private.bank_holidays import (
    LAST_YEAR as LAST_YEAR,
)
from ._private.bank_holidays import (
    Holiday as Holiday,
)
from ._private.bank_holidays import (
    bank_holidays as bank_holidays,
)
from ._private.bank_holidays._proclamations import (
    PROCLAMATIONS as PROCLAMATIONS,
)
from ._private.bank_holidays._proclamations import (
    Proclamation as Proclamation,
)
from ._private.regimes import Division as Division

__all__ = _export(__name__, __file__)
