"""UK bank holidays 2000-2099 per division (Banking and Financial Dealings Act 1971).

:func:`bank_holidays` gives a year's holidays; :data:`PROCLAMATIONS` the one-off and moved
days appointed by royal proclamation; years after :data:`LAST_OFFICIAL_YEAR` (the last year
GOV.UK publishes) are ``provisional``. See docs/calendar.md.

(This module is ``foilib.holidays``, not ``foilib.bank_holidays``, so that the function
``foilib.bank_holidays`` is never shadowed by a submodule of the same name.)
"""

from __future__ import annotations

from ._private.bank_holidays import (
    FIRST_YEAR as FIRST_YEAR,
    LAST_OFFICIAL_YEAR as LAST_OFFICIAL_YEAR,
    LAST_YEAR as LAST_YEAR,
    Holiday as Holiday,
    bank_holidays as bank_holidays,
)
from ._private.bank_holidays._proclamations import (
    PROCLAMATIONS as PROCLAMATIONS,
    Proclamation as Proclamation,
)
from ._private.regimes import Division as Division

from ._private._exports import export as _export

__all__ = _export(__name__, __file__)
