"""The statutory "working day" of each regime, with O(1) deadline arithmetic.

FOIA s.10(6) (and EIR reg 2(1), which borrows it): a working day is any day other than a
Saturday, a Sunday, Christmas Day, Good Friday or a day that is a bank holiday under the
Banking and Financial Dealings Act 1971 **in any part of the United Kingdom**. FOISA s.73 (and
EISR reg 2(1)): any day other than a Saturday, a Sunday, Christmas Day or a bank holiday in
**Scotland** under that Act.

A day appointed by royal proclamation under BFDA 1971 s.1(2)-(3) (a jubilee, a state funeral,
12 July in Northern Ireland) counts as a bank holiday "under the 1971 Act": the proclamation is
made in pursuance of the Act, and the Scottish Information Commissioner says the same of FOISA.

Each regime's calendar is built once, lazily, on first use: a table of cumulative working-day
counts and of working-day positions over 2000-01-01 to 2099-12-31, so that ``add`` and
``count`` are look-ups, not walks.
"""

from __future__ import annotations

import datetime as dt
import operator
from array import array
from collections.abc import Iterable

import attrs
from dateutil.easter import easter

from .bank_holidays import FIRST_YEAR, LAST_YEAR, Holiday, _bank_holidays, on_data_change
from .convenience import coerce_enum
from .errors import ArgumentError, ArgumentTypeError, CalendarRangeError
from .regimes import Division, Regime

__all__ = [
    "NonWorkingReason",
    "SkippedDay",
    "WorkingDayCalendar",
    "add_working_days",
    "add_working_days_many",
    "working_days",
    "working_days_between",
]

_FIRST = dt.date(FIRST_YEAR, 1, 1)
_LAST = dt.date(LAST_YEAR, 12, 31)
_BASE = _FIRST.toordinal()
_SIZE = _LAST.toordinal() - _BASE + 1
_DATE_RANGE = (
    f"a date from {_FIRST.isoformat()} to {_LAST.isoformat()} (the range foilib's "
    "bank-holiday data covers)"
)

#: The provision defining "working day" for each regime.
PROVISIONS: dict[Regime, str] = {
    Regime.FOIA: "FOIA s.10(6)",
    Regime.EIR: "EIR reg 2(1) (FOIA s.10(6))",
    Regime.FOISA: "FOISA s.73",
    Regime.EISR: "EISR reg 2(1) (FOISA s.73)",
}
#: The divisions whose bank holidays are non-working days under each regime.
DIVISIONS: dict[Regime, tuple[Division, ...]] = {
    Regime.FOIA: tuple(Division),
    Regime.EIR: tuple(Division),
    Regime.FOISA: (Division.SCOTLAND,),
    Regime.EISR: (Division.SCOTLAND,),
}
#: Scalar ``add`` calls with one n before that n gets a look-up table (about 7 ms to build).
_TABLE_AFTER = 256
#: Look-up tables kept per calendar (each about 2.5 MB).
_MAX_TABLES = 8
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")


@attrs.frozen(slots=True)
class NonWorkingReason:
    """Why a day is not a working day under a regime.

    ``description`` names the day ("Saturday", "Christmas Day", "St Andrew's Day");
    ``holidays`` are the bank holidays on that date in the divisions the regime counts
    (empty for a weekend, or for Christmas Day/Good Friday named by the provision itself),
    ``divisions`` their divisions and ``provision`` the statutory definition applied.
    """

    description: str
    provision: str
    divisions: tuple[Division, ...] = ()
    holidays: tuple[Holiday, ...] = ()

    @property
    def citation(self) -> str:
        """The legal source(s): the provision, then each holiday's instrument."""
        sources = dict.fromkeys(h.source for h in self.holidays)
        return "; ".join((self.provision, *sources))

    @property
    def provisional(self) -> bool:
        """True if any holiday behind this reason is provisional (a year without official dates)."""
        return any(h.provisional for h in self.holidays)

    def __str__(self) -> str:
        if not self.divisions:
            return f"{self.description} ({self.provision})"
        names = [d.title for d in self.divisions]
        where = names[0] if len(names) == 1 else ", ".join(names[:-1]) + " and " + names[-1]
        return f"{self.description}, bank holiday in {where} ({self.provision})"


@attrs.frozen(slots=True)
class SkippedDay:
    """A day that did not count as a working day, with every reason why."""

    date: dt.date
    reasons: tuple[NonWorkingReason, ...]

    def __str__(self) -> str:
        day = _WEEKDAY_NAMES[self.date.weekday()][:3]
        return f"{day} {self.date.isoformat()}: " + "; ".join(str(r) for r in self.reasons)


def _check_date(argument: str, value: object) -> dt.date:
    if type(value) is dt.date:
        return value
    if isinstance(value, dt.datetime):
        raise ArgumentTypeError(argument, value, "a datetime.date, not a datetime (use .date())")
    if isinstance(value, dt.date):
        return value
    raise ArgumentTypeError(argument, value, "a datetime.date")


def _check_n(value: object) -> int:
    if type(value) is int and value >= 0:
        return value
    if isinstance(value, bool):
        raise ArgumentTypeError("n", value, "a non-negative int number of working days, not bool")
    try:
        n = operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise ArgumentTypeError("n", value, "a non-negative int number of working days") from None
    if n < 0:
        raise ArgumentError("n", value, "a non-negative int number of working days")
    return n


def _check_regime(regime: object) -> Regime:
    if isinstance(regime, Regime):
        return regime
    if isinstance(regime, str):  # the exact value string ("foisa"), as everywhere
        return coerce_enum(Regime, "regime", regime)
    raise ArgumentTypeError("regime", regime, "a foilib.Regime (FOIA, EIR, FOISA or EISR)")


class WorkingDayCalendar:
    """Working days under one regime, over 2000-01-01 to 2099-12-31.

    Get one with :func:`working_days`. ``add(d, n)`` is the n-th working day following ``d``
    (``d`` itself never counts, working day or not): FOIA s.10(1), FOISA s.10(1), EIR reg 5(2)
    and EISR reg 5(2) run from the day after receipt.

    >>> import datetime as dt, foilib
    >>> foia = foilib.working_days(foilib.Regime.FOIA)
    >>> foia.add(dt.date(2026, 11, 25), 20)
    datetime.date(2026, 12, 24)
    >>> foisa = foilib.working_days(foilib.Regime.FOISA)
    >>> foisa.add(dt.date(2026, 3, 16), 20)  # Easter Monday works in Scotland
    datetime.date(2026, 4, 14)
    >>> foia.add(dt.date(2026, 3, 16), 20)  # 17 March (NI) and Easter Monday do not
    datetime.date(2026, 4, 16)
    """

    __slots__ = ("_cum", "_dates", "_holidays", "_maps", "_uses", "_work", "_working", "regime")

    def __init__(self, regime: Regime) -> None:
        self.regime = _check_regime(regime)
        divisions = DIVISIONS[self.regime]
        holidays: dict[dt.date, list[Holiday]] = {}
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            for division in divisions:
                for h in _bank_holidays(year, division):
                    holidays.setdefault(h.date, []).append(h)
        self._holidays = holidays
        first_weekday = _FIRST.weekday()
        nonworking = bytearray((first_weekday + i) % 7 >= 5 for i in range(_SIZE))
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            nonworking[dt.date(year, 12, 25).toordinal() - _BASE] = 1
            if not self.regime.is_scottish:  # Good Friday, named in FOIA s.10(6)
                nonworking[(easter(year) - dt.timedelta(days=2)).toordinal() - _BASE] = 1
        for d in holidays:
            nonworking[d.toordinal() - _BASE] = 1
        working = bytes(1 - x for x in nonworking)
        cum = array("l", [0]) * (_SIZE + 1)
        work = array("l")
        total = 0
        for i, w in enumerate(working):
            if w:
                work.append(i)
                total += 1
            cum[i + 1] = total
        self._working = working
        #: cum[i] = working days among offsets 0..i-1
        self._cum = cum
        #: work[k] = offset of the (k+1)-th working day of the range
        self._work = work
        self._dates = [dt.date.fromordinal(_BASE + i) for i in range(_SIZE)]
        #: n -> {date: add(date, n)} for every date whose result is in range (built lazily)
        self._maps: dict[int, dict[dt.date, dt.date]] = {}
        self._uses: dict[int, int] = {}

    def __repr__(self) -> str:
        return f"<WorkingDayCalendar {self.regime.name} {_FIRST} to {_LAST}>"

    @property
    def provision(self) -> str:
        """The provision defining "working day" for this regime."""
        return PROVISIONS[self.regime]

    @property
    def first(self) -> dt.date:
        """The first date this calendar covers."""
        return _FIRST

    @property
    def last(self) -> dt.date:
        """The last date this calendar covers."""
        return _LAST

    def _offset(self, argument: str, d: object) -> int:
        i = _check_date(argument, d).toordinal() - _BASE
        if not 0 <= i < _SIZE:
            raise CalendarRangeError(argument, d, _DATE_RANGE)
        return i

    def is_working_day(self, d: dt.date) -> bool:
        """True if ``d`` is a working day under this regime."""
        return bool(self._working[self._offset("d", d)])

    def non_working_reasons(self, d: dt.date) -> tuple[NonWorkingReason, ...]:
        """Every reason ``d`` is not a working day (empty for a working day)."""
        self._offset("d", d)
        provision = self.provision
        reasons: list[NonWorkingReason] = []
        if d.weekday() >= 5:
            reasons.append(NonWorkingReason(_WEEKDAY_NAMES[d.weekday()], provision))
        holidays = self._holidays.get(d, [])
        named = d.month == 12 and d.day == 25
        good_friday = not self.regime.is_scottish and d == easter(d.year) - dt.timedelta(days=2)
        if named or good_friday:
            reasons.append(NonWorkingReason("Christmas Day" if named else "Good Friday", provision))
        by_name: dict[str, list[Holiday]] = {}
        for h in holidays:
            if (named and h.name == "Christmas Day" and not h.substitute) or (
                good_friday and h.name == "Good Friday"
            ):
                continue  # already named by the provision itself
            by_name.setdefault(h.name + (" (substitute day)" if h.substitute else ""), []).append(h)
        for name, hs in by_name.items():
            reasons.append(
                NonWorkingReason(name, provision, tuple(h.division for h in hs), tuple(hs))
            )
        return tuple(reasons)

    def add(self, d: dt.date, n: int) -> dt.date:
        """The ``n``-th working day following ``d``; ``d`` itself never counts.

        ``add(d, 0)`` is ``d``.

        Raises :class:`~foilib.CalendarRangeError` if ``d`` or the result is outside
        2000-01-01 to 2099-12-31.
        """
        if type(d) is _date and type(n) is int:
            try:
                return self._maps[n][d]
            except KeyError:
                pass
        return self._add(d, n)

    def _add(self, d: object, n: object) -> dt.date:
        """``add`` without the look-up table: validates, then two array look-ups."""
        d = _check_date("d", d)
        n = _check_n(n)
        i = d.toordinal() - _BASE
        if not 0 <= i < _SIZE:
            raise CalendarRangeError("d", d, _DATE_RANGE)
        if n == 0:
            return d
        k = self._cum[i + 1] + n - 1
        if k >= len(self._work):
            raise CalendarRangeError(
                "n", n, f"a number of working days whose result is on or before {_LAST}"
            )
        # Scalar calls that keep asking for the same n get its look-up table after a while.
        uses = self._uses[n] = self._uses.get(n, 0) + 1
        if uses == _TABLE_AFTER:
            self._build_map(n)
        return self._dates[self._work[k]]

    def subtract(self, d: dt.date, n: int) -> dt.date:
        """The ``n``-th working day before ``d`` (``d`` itself never counts).

        On a working day ``w``, ``subtract(add(w, n), n) == w``.
        """
        i = self._offset("d", d)
        n = _check_n(n)
        if n == 0:
            return d
        k = self._cum[i] - n
        if k < 0:
            raise CalendarRangeError(
                "n", n, f"a number of working days whose result is on or after {_FIRST}"
            )
        return self._dates[self._work[k]]

    def count(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end``.

        Negative (minus ``count(end, start)``) when ``end`` is before ``start``.
        """
        i = self._offset("start", start)
        j = self._offset("end", end)
        return self._cum[j + 1] - self._cum[i + 1]

    def explain(self, d: dt.date, n: int) -> tuple[SkippedDay, ...]:
        """Every day after ``d`` and before ``add(d, n)`` that was skipped, with its reasons."""
        end = self.add(d, n)
        i = d.toordinal() - _BASE
        j = end.toordinal() - _BASE
        return tuple(
            SkippedDay(self._dates[k], self.non_working_reasons(self._dates[k]))
            for k in range(i + 1, j)
            if not self._working[k]
        )

    def add_many(self, dates: Iterable[dt.date], n: int) -> list[dt.date]:
        """``[self.add(d, n) for d in dates]``, by one dictionary look-up per date."""
        n = _check_n(n)
        table = self._maps.get(n)
        if table is None:
            table = self._build_map(n)
        if not isinstance(dates, list | tuple):
            dates = list(dates)
        try:
            return list(map(table.__getitem__, dates))
        except (KeyError, TypeError):
            pass
        # Some date was not a plain in-range date: find it and raise the precise error.
        for index, value in enumerate(dates):
            try:
                self.add(value, n)
            except ArgumentError as exc:
                if exc.argument != "d":
                    raise
                raise type(exc)(f"dates[{index}]", value, exc.expected) from None
        return [self.add(value, n) for value in dates]  # pragma: no cover - date subclasses

    def _build_map(self, n: int) -> dict[dt.date, dt.date]:
        dates, work, cum = self._dates, self._work, self._cum
        if n == 0:
            table = {x: x for x in dates}
        else:
            limit = len(work)
            table = {}
            for i, x in enumerate(dates):
                k = cum[i + 1] + n - 1
                if k >= limit:
                    break
                table[x] = dates[work[k]]
        if len(self._maps) >= _MAX_TABLES:
            self._maps.clear()
        self._maps[n] = table
        return table


_CALENDARS: dict[Regime, WorkingDayCalendar] = {}
#: regime -> the shared calendar's look-up tables (n -> {date: result}), for the hot path.
_TABLES: dict[Regime, dict[int, dict[dt.date, dt.date]]] = {}
_date = dt.date


def _forget_calendars() -> None:
    """Drop the shared calendars when holiday data is loaded at run time (bank_holidays)."""
    _CALENDARS.clear()
    _TABLES.clear()


on_data_change(_forget_calendars)


def working_days(regime: Regime) -> WorkingDayCalendar:
    """The working-day calendar of ``regime``, built on first use and then shared."""
    try:
        return _CALENDARS[regime]
    except (KeyError, TypeError):
        cal = WorkingDayCalendar(_check_regime(regime))
        _CALENDARS[cal.regime] = cal
        _TABLES[cal.regime] = cal._maps
        return cal


def add_working_days(d: dt.date, n: int, regime: Regime = Regime.FOIA) -> dt.date:
    """The ``n``-th working day following ``d`` under ``regime`` (``d`` itself never counts).

    >>> import datetime as dt, foilib
    >>> foilib.add_working_days(dt.date(2026, 11, 25), 20)
    datetime.date(2026, 12, 24)
    """
    if type(d) is _date and type(n) is int:
        try:  # the hot path: the shared calendar's look-up table for n
            return _TABLES[regime][n][d]
        except (KeyError, TypeError):
            pass
    return working_days(regime)._add(d, n)


def working_days_between(a: dt.date, b: dt.date, regime: Regime = Regime.FOIA) -> int:
    """Working days after ``a`` up to and including ``b`` under ``regime`` (negative if b < a)."""
    return working_days(regime).count(a, b)


def add_working_days_many(
    dates: Iterable[dt.date], n: int, regime: Regime = Regime.FOIA
) -> list[dt.date]:
    """``add_working_days`` for many dates at once: list in, list out, same order."""
    return working_days(regime).add_many(dates, n)
