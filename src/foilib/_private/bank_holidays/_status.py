"""How far a count of working days rests on provisional or disputed holiday data.

:func:`data_status` looks at the days a count passes over (after ``start`` up to and including
``end``) under one regime's working-day rule and says whether any of them is a provisional
holiday (a rule-based forecast for a year after the newest official list), whether the span
runs past the confirmed data, and whether it crosses a disputed day
(:data:`~foilib._private.bank_holidays.DISPUTED`). :func:`due_date_info` is a due date with
that status attached.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..errors import ArgumentError, ArgumentTypeError
from ..regimes import Regime
from . import DISPUTED, Disputed, Holiday, _check_date, bank_holidays, confirmed_through

__all__ = ["DataStatus", "DueDateInfo", "data_status", "due_date_info"]


@attrs.frozen(slots=True)
class DataStatus:
    """Whether a span of days rests on provisional or disputed holiday data.

    ``provisional_days`` are the provisional holidays in the span (in the divisions the
    regime counts); ``beyond_confirmed`` is true if the span runs past ``confirmed_through``
    (31 December of the last year an official list confirms); ``disputed_days`` the disputed
    days in the span, whatever foilib decided about them.
    """

    start: dt.date
    end: dt.date
    regime: Regime
    confirmed_through: dt.date
    provisional_days: tuple[Holiday, ...]
    beyond_confirmed: bool
    disputed_days: tuple[Disputed, ...]
    #: disputed days in the span that data loaded at run time settles (foilib decided
    #: "not a bank holiday" and a loaded list or proclamation makes it one): not disputed
    resolved_days: tuple[Disputed, ...] = ()

    @property
    def provisional(self) -> bool:
        """True if the span crosses a provisional holiday or runs past the confirmed data."""
        return self.beyond_confirmed or bool(self.provisional_days)

    @property
    def disputed(self) -> bool:
        """True if the span crosses a day whose status as a bank holiday is disputed."""
        return bool(self.disputed_days)

    def notes(self) -> tuple[str, ...]:
        """One sentence per doubt, for an explanation (empty when there is none)."""
        out: list[str] = []
        if self.beyond_confirmed:
            out.append(
                f"provisional: the count runs past {self.confirmed_through.isoformat()}, the end "
                "of the official bank-holiday data; later holidays are rule-based forecasts "
                "and a proclamation could still move or add a day"
            )
        elif self.provisional_days:
            days = ", ".join(sorted({h.date.isoformat() for h in self.provisional_days}))
            out.append(f"provisional: the count crosses forecast bank holidays ({days})")
        for d in self.disputed_days:
            verdict = "counted as a bank holiday" if d.holiday else "counted as a working day"
            out.append(
                f"disputed: {d.date.isoformat()} ({d.division.title}) is {verdict}; "
                f"{d.claimed_by} shows it otherwise ({d.reason})"
            )
        for d in self.resolved_days:
            out.append(
                f"resolved: {d.date.isoformat()} ({d.division.title}) is counted as a bank "
                "holiday: a day loaded at run time settles foilib's disputed decision"
            )
        return tuple(out)


def _divisions(regime: Regime) -> tuple[object, ...]:
    from ..law import law

    return tuple(law(regime).working_day.divisions)


def data_status(start: dt.date, end: dt.date, regime: Regime = Regime.FOIA) -> DataStatus:
    """Whether counting working days from ``start`` to ``end`` rests on uncertain data.

    The days looked at are those a count of working days passes over: after ``start`` up to
    and including ``end`` (the regime's working-day rule: FOIA s.10(6) counts every division,
    FOISA s.73 Scotland only). Returns a :class:`DataStatus`. Raises
    :class:`~foilib.ArgumentTypeError` for a non-date or a regime that is not a
    :class:`~foilib.Regime`, :class:`~foilib.ArgumentError` if ``end`` is before ``start``
    and :class:`~foilib.CalendarRangeError` outside 2000-2099.

    >>> import datetime as dt, foilib
    >>> foilib.data_status(dt.date(2028, 12, 1), dt.date(2029, 1, 5)).provisional
    True
    >>> foilib.data_status(dt.date(2026, 1, 5), dt.date(2026, 2, 2)).provisional
    False
    """
    start = _check_date("start", start)
    end = _check_date("end", end)
    if not isinstance(regime, Regime):
        raise ArgumentTypeError("regime", regime, "a foilib.Regime (FOIA, EIR, FOISA or EISR)")
    if end < start:
        raise ArgumentError("end", end, f"a date on or after start ({start.isoformat()})")
    divisions = _divisions(regime)
    last = dt.date(confirmed_through(), 12, 31)
    provisional: list[Holiday] = []
    if end > last:
        for year in range(max(start.year, last.year + 1), end.year + 1):
            provisional += [
                h
                for h in bank_holidays(year)
                if h.provisional and h.division in divisions and start < h.date <= end
            ]
    disputed: list[Disputed] = []
    resolved: list[Disputed] = []
    for d in DISPUTED:
        if d.division in divisions and start < d.date <= end:
            settled = not d.holiday and any(
                h.date == d.date for h in bank_holidays(d.date.year, d.division)
            )
            (resolved if settled else disputed).append(d)
    return DataStatus(
        start, end, regime, last, tuple(provisional), end > last, tuple(disputed), tuple(resolved)
    )


@attrs.frozen(slots=True)
class DueDateInfo:
    """A due date with how far it rests on provisional or disputed holiday data.

    ``due`` is the ``working_days``-th working day after ``received`` under ``regime``;
    ``status`` the :class:`DataStatus` of the days counted.
    """

    received: dt.date
    regime: Regime
    working_days: int
    due: dt.date
    status: DataStatus

    @property
    def provisional(self) -> bool:
        """True if the count crosses a provisional holiday or runs past the confirmed data."""
        return self.status.provisional

    @property
    def disputed(self) -> bool:
        """True if the count crosses a disputed day."""
        return self.status.disputed


def due_date_info(
    received: dt.date, regime: Regime = Regime.FOIA, days: int | None = None
) -> DueDateInfo:
    """The due date of a request received on ``received``, with its data status.

    ``days`` working days (the regime's statutory response period when ``None``: 20 working
    days under FOIA s.10(1), EIR reg 5(2), FOISA s.10(1), EISR reg 5(2), read from the law
    data). Returns a :class:`DueDateInfo`; ``.provisional`` and ``.disputed`` say whether the
    count crosses a forecast holiday (or runs past the official data) or a disputed day.
    Raises the errors of :func:`foilib.add_working_days`.

    >>> import datetime as dt, foilib
    >>> info = foilib.due_date_info(dt.date(2028, 12, 1))
    >>> info.due, info.provisional, info.disputed
    (datetime.date(2029, 1, 4), True, False)
    """
    from ..workdays import working_day_calendar

    if days is None:
        from ..law import law

        days = law(regime).response.length if isinstance(regime, Regime) else 0
    due = working_day_calendar(regime).add(received, days)
    return DueDateInfo(received, regime, days, due, data_status(received, due, regime))
