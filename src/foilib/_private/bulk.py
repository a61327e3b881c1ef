"""Response-due dates and status for many single-receipt cases at once (disclosure logs).

A disclosure log has one row per request: the date received and, once answered, the date of
the response. :func:`due_dates` gives each row what ``Case(...).timeline(today)`` gives a
case with just those two events (a general authority, no clarification, fees or extension):
the date the response is due, the status and the working days late. It reads the response
period from the law data and counts on the shared working-day table, a few list look-ups a
row.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterable, Sequence

import attrs

from .clock import CaseStatus
from .errors import ArgumentError, ArgumentTypeError, CalendarRangeError
from .law import DayUnit, law
from .regimes import Regime
from .workdays import _DATE_RANGE, _check_date, _check_regime, working_day_calendar

__all__ = ["DueDates", "due_dates"]


@attrs.frozen(slots=True, repr=False)
class DueDates:
    """Columns of :func:`due_dates`' answer, one item a case, in the input order.

    ``due`` is the date the response is due (the statutory period's last working day),
    ``status`` a :class:`foilib.CaseStatus` (``OPEN_ON_TIME``, ``OPEN_OVERDUE``,
    ``ANSWERED_ON_TIME`` or ``ANSWERED_LATE``) and ``working_days_late`` the working days
    after ``due`` up to the response (or ``today`` while open), 0 when not late. Late means
    after the due date whatever kind of day it is, so a status can say late with 0 working
    days (a reply on the Saturday after a Friday deadline), as ``Case.timeline`` does.
    """

    regime: Regime
    today: dt.date
    due: list[dt.date]
    status: list[CaseStatus]
    working_days_late: list[int]

    def __len__(self) -> int:
        return len(self.due)

    def __repr__(self) -> str:
        return f"<DueDates {self.regime.name} {len(self.due)} cases on {self.today}>"


def due_dates(
    received: Iterable[dt.date],
    responded: Iterable[dt.date | None] | None = None,
    *,
    regime: Regime = Regime.FOIA,
    today: dt.date | None = None,
) -> DueDates:
    """The response due date, status and lateness of many single-receipt cases.

    ``received[i]`` is the date case ``i`` was received, ``responded[i]`` the date of its
    response or ``None`` while open (``responded`` itself ``None``: every case open).
    ``today`` (default: the system's today) decides whether an open case is overdue. Each
    row equals ``Case(Request(), regime, (received, response_sent)).timeline(today)`` for a
    general authority: the statutory period of ``regime`` in working days (FOIA s.10(1),
    EIR reg 5(2), FOISA s.10(1), EISR reg 5(2)) after receipt.

    Returns a :class:`DueDates` of equally long lists.

    Raises :class:`~foilib.ArgumentTypeError` or :class:`~foilib.CalendarRangeError` naming
    ``received[i]`` / ``responded[i]`` for a value that is not an in-range date,
    :class:`~foilib.ArgumentError` for a response before its receipt or after ``today``, or
    lists of different lengths.

    >>> import datetime as dt, foilib
    >>> r = foilib.due_dates([dt.date(2026, 11, 25), dt.date(2026, 11, 2)],
    ...                      [None, dt.date(2026, 12, 3)], today=dt.date(2026, 12, 29))
    >>> r.due
    [datetime.date(2026, 12, 24), datetime.date(2026, 12, 1)]
    >>> [s.value for s in r.status], r.working_days_late
    (['open_overdue', 'answered_late'], [1, 2])
    """
    regime = _check_regime(regime)
    if today is None:
        today = dt.date.today()
    today = _check_date("today", today)
    period = law(regime).response
    if period.unit is not DayUnit.WORKING_DAYS:  # pragma: no cover - every regime's is
        raise NotImplementedError(f"a response period in {period.unit.value}")
    n = period.length
    cal = working_day_calendar(regime)
    table = cal._table
    index, wdates = table.index, table.working_dates
    got: Sequence[dt.date] = received if isinstance(received, list | tuple) else list(received)
    try:
        t = index[today]
    except (KeyError, TypeError):
        raise CalendarRangeError("today", today, _DATE_RANGE) from None

    try:
        starts = list(map(index.__getitem__, got))
    except (KeyError, TypeError):
        for i, value in enumerate(got):
            if type(value) is not dt.date or value not in index:
                _named(f"received[{i}]", value)
        raise  # pragma: no cover - the loop raised
    if starts and max(starts) + n >= len(wdates):
        i = max(range(len(starts)), key=starts.__getitem__)
        raise CalendarRangeError(
            f"received[{i}]", got[i], f"a date whose response is due on or before {cal.last}"
        )
    ends = [s + n for s in starts]
    due = list(map(wdates.__getitem__, ends))
    for i, d in enumerate(got):
        if d > today:
            raise ArgumentError(f"received[{i}]", d, f"a date on or before today ({today})")

    on_time, overdue = CaseStatus.OPEN_ON_TIME, CaseStatus.OPEN_OVERDUE
    # Late means after the due date, whatever kind of day today (or the reply) is: a case due
    # on a Friday is overdue on the Saturday, 0 working days late (as Case.timeline says).
    if responded is None:
        late = [t - e if t > e else 0 for e in ends]
        status = [overdue if today > d else on_time for d in due]
        return DueDates(regime, today, due, status, late)

    answers = responded if isinstance(responded, list | tuple) else list(responded)
    if len(answers) != len(got):
        raise ArgumentError(
            "responded", f"{len(answers)} dates", f"as many dates as received ({len(got)})"
        )
    answered, answered_late = CaseStatus.ANSWERED_ON_TIME, CaseStatus.ANSWERED_LATE
    late = []
    status = []
    get = index.get
    for i, r in enumerate(answers):
        if r is None:
            late.append(max(0, t - ends[i]))
            status.append(overdue if today > due[i] else on_time)
            continue
        b = get(r)
        if b is None or type(r) is not dt.date:
            _named(f"responded[{i}]", r)
            continue  # pragma: no cover - _named raised
        if not got[i] <= r <= today:
            raise ArgumentError(
                f"responded[{i}]", r, f"a date from the receipt ({got[i]}) to today ({today})"
            )
        late.append(max(0, b - ends[i]))
        status.append(answered_late if r > due[i] else answered)
    return DueDates(regime, today, due, status, late)


def _named(argument: str, value: object) -> None:
    """Raise the scalar error for a bad date, naming ``argument``."""
    d = _check_date(argument, value)
    if not isinstance(d, dt.date):  # pragma: no cover - _check_date raised
        raise ArgumentTypeError(argument, value, "a datetime.date")
    raise CalendarRangeError(argument, value, _DATE_RANGE)
