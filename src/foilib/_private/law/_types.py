"""The shapes of the law data: periods, the Commissioner, the working-day definition.

Engines (calendar, clock, checks, render, CLI) read these values from the regime modules
(:mod:`.foia`, :mod:`.eir`, :mod:`.foisa`, :mod:`.eisr`) through :func:`foilib.law.law`; they
hold no statutory number or citation of their own.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs

from ..citation import Citation
from ..regimes import Division

__all__ = ["Basis", "Commissioner", "DayUnit", "Period", "WorkingDayDefinition"]


class Basis(enum.Enum):
    """Where a rule (and so a deadline) comes from."""

    STATUTE = "statute"
    CODE_OF_PRACTICE = "code_of_practice"
    REGULATOR_POLICY = "regulator_policy"


class DayUnit(enum.Enum):
    """How a period is counted."""

    #: Working days as the regime defines them (FOIA s.10(6), FOISA s.73, ...).
    WORKING_DAYS = "working_days"
    #: Calendar days (every day counts).
    CALENDAR_DAYS = "calendar_days"
    #: Calendar weeks.
    WEEKS = "weeks"
    #: Calendar months (dateutil relativedelta arithmetic).
    MONTHS = "months"
    #: School days (SI 2004/3364 reg 3(3)).
    SCHOOL_DAYS = "school_days"


@attrs.frozen(slots=True)
class Period:
    """A period of time the law (or a code, or a regulator) allows for one step.

    ``length`` counted in ``unit``; ``citation`` is the catalogue provision that sets it
    (``None`` when no provision of the four regimes does, e.g. a tribunal rule), ``source``
    names any other instrument or document; ``since`` is the day the rule took effect.
    """

    name: str
    length: int
    unit: DayUnit
    basis: Basis
    citation: Citation | None
    source: str | None = None
    since: dt.date | None = None
    note: str | None = None


@attrs.frozen(slots=True)
class Commissioner:
    """The regulator a requester may apply to, and the provision that gives the right."""

    name: str
    address: tuple[str, ...]
    website: str
    #: The provision giving the requester the right to apply (FOIA s.50(1), FOISA s.47(1)).
    right_to_apply: Citation
    #: For regulations that borrow the right from an Act (EIR reg 18, EISR reg 17).
    applied_by: Citation | None = None


@attrs.frozen(slots=True)
class WorkingDayDefinition:
    """What a working day is under one regime.

    A working day is any day other than a Saturday, a Sunday, a day in ``named_days``
    (``"christmas_day"``, ``"good_friday"``) or a bank holiday under the Banking and
    Financial Dealings Act 1971 in one of ``divisions``.
    """

    citation: Citation
    named_days: tuple[str, ...]
    divisions: tuple[Division, ...]
    #: For regulations that borrow the definition (EIR reg 2(1) borrows FOIA s.10(6)).
    borrowed_from: Citation | None = None
    source: str | None = None
