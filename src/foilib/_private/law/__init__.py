"""Each regime's law as data: one module per regime, read by every engine.

``law(Regime.FOIA)`` returns the :class:`RegimeLaw` for a regime. The values live in
:mod:`.foia`, :mod:`.eir`, :mod:`.foisa` and :mod:`.eisr`; the shapes in :mod:`._types`.
"""

from __future__ import annotations

import attrs

from ..regimes import Regime
from . import eir, eisr, foia, foisa
from ._clock import ClockLaw, NoRule, RollRule, SchoolRule, TemporaryPeriod
from ._types import (
    Basis,
    Commissioner,
    DayUnit,
    LetterCheck,
    LetterChecks,
    Letters,
    MonthRule,
    Period,
    WorkingDayDefinition,
)

__all__ = [
    "Basis",
    "ClockLaw",
    "Commissioner",
    "DayUnit",
    "LetterCheck",
    "LetterChecks",
    "Letters",
    "MonthRule",
    "NoRule",
    "Period",
    "RegimeLaw",
    "RollRule",
    "SchoolRule",
    "TemporaryPeriod",
    "WorkingDayDefinition",
    "law",
]


@attrs.frozen(slots=True)
class RegimeLaw:
    """Everything the engines ask of one regime's law."""

    regime: Regime
    commissioner: Commissioner
    working_day: WorkingDayDefinition
    #: The basic time for compliance with a request.
    response: Period
    #: Every other rule the statutory clock reads (clock: periods).
    clock: ClockLaw
    #: What notices and letters must contain, and the grounds they rely on (checks, render).
    letters: Letters


_LAWS = {
    m.REGIME: RegimeLaw(
        regime=m.REGIME,
        commissioner=m.COMMISSIONER,
        working_day=m.WORKING_DAY,
        response=m.RESPONSE,
        clock=m.CLOCK,
        letters=m.LETTERS,
    )
    for m in (foia, eir, foisa, eisr)
}


def law(regime: Regime) -> RegimeLaw:
    """The law of ``regime`` as data (periods, Commissioner, working day, ...)."""
    return _LAWS[regime]
