"""The statutory "working day" of each regime, with O(1) deadline arithmetic.

What a working day is comes from the law data (:func:`foilib._private.law.law`, the
``working_day`` of each regime): any day other than a Saturday, a Sunday, the days the
provision names itself (``named_days``: Christmas Day, and for FOIA and the EIR Good Friday)
or a bank holiday under the Banking and Financial Dealings Act 1971 in one of the
definition's ``divisions`` (every part of the UK for FOIA and the EIR, Scotland for FOISA
and the EISR). This module holds no statutory citation of its own.

A day appointed by royal proclamation under BFDA 1971 s.1(2)-(3) (a jubilee, a state funeral,
12 July in Northern Ireland) counts as a bank holiday "under the 1971 Act": the proclamation is
made in pursuance of the Act, and the Scottish Information Commissioner says the same of FOISA.

The pieces:

- :class:`DayTable`: one working-day definition over 2000-01-01 to 2099-12-31, built from
  arithmetic (a repeated week, the holiday list and two C-level prefix sums), shared by the
  regimes with the same definition (FOIA and the EIR; FOISA and the EISR) and built once
  under a lock, per bank-holiday data version.
- :class:`Explainer`: why a day is not a working day (cached per date).
- :class:`WorkingDayCalendar`: the public face, answering ``add``/``subtract``/``count`` by
  two list look-ups whatever ``n`` is (no per-``n`` state, so no cliffs), plus the batch forms.
"""

from __future__ import annotations

import bisect
import datetime as dt
import itertools
import operator
import threading
import warnings
from collections.abc import Callable, Iterable, Sequence
from itertools import accumulate, compress
from typing import TYPE_CHECKING, Any, overload

import attrs
from dateutil.easter import easter

from . import bank_holidays as _bank_holidays_module
from .bank_holidays import FIRST_YEAR, LAST_YEAR, Holiday, _bank_holidays
from .citation import Citation
from .convenience import coerce_enum
from .errors import ArgumentError, ArgumentTypeError, CalendarRangeError
from .regimes import Division, Regime

if TYPE_CHECKING:
    from .law import WorkingDayDefinition

__all__ = [
    "DayTable",
    "Explainer",
    "NonWorkingReason",
    "SkippedDay",
    "WorkingDayCalendar",
    "add_working_days",
    "add_working_days_many",
    "working_day_calendar",
    "working_days",
    "working_days_between",
    "working_days_between_many",
]

_FIRST = dt.date(FIRST_YEAR, 1, 1)
_LAST = dt.date(LAST_YEAR, 12, 31)
_BASE = _FIRST.toordinal()
_SIZE = _LAST.toordinal() - _BASE + 1
#: Batches at least this long use (and if need be build) the look-up dict of their n.
_BATCH_TABLE_AFTER = 20_000
_DATE_RANGE = (
    f"a date from {_FIRST.isoformat()} to {_LAST.isoformat()} (the range foilib's "
    "bank-holiday data covers)"
)
_WEEKDAY_NAMES = ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday")
_date = dt.date

#: How to find, in a year, each day a working-day definition can name (calendar
#: arithmetic, not law: *which* days a regime names is in the law data's ``named_days``).
NAMED_DAYS: dict[str, tuple[str, Callable[[int], dt.date]]] = {
    "christmas_day": ("Christmas Day", lambda year: dt.date(year, 12, 25)),
    "good_friday": ("Good Friday", lambda year: easter(year) - dt.timedelta(days=2)),
}

#: The calendar team's data version (bumped whenever holidays are loaded at run time);
#: 0 until that function exists.
_data_version: Callable[[], int] = _bank_holidays_module.data_version


def _definition(regime: Regime) -> WorkingDayDefinition:
    from .law import law

    return law(regime).working_day


def provision_text(definition: WorkingDayDefinition) -> str:
    """The definition's provision as text (``"EIR reg.2(1) (FOIA s.10(6))"``): each
    citation in its own ``str()`` form, as every other foilib explanation writes it."""
    text = str(definition.citation)
    if definition.borrowed_from is not None:
        text += f" ({definition.borrowed_from})"
    return text


@attrs.frozen(slots=True)
class NonWorkingReason:
    """Why a day is not a working day under a regime.

    ``description`` names the day ("Saturday", "Christmas Day", "St Andrew's Day");
    ``holidays`` are the bank holidays on that date in the divisions the regime counts
    (empty for a weekend, or for Christmas Day/Good Friday named by the provision itself),
    ``divisions`` their divisions and ``provision`` the statutory definition applied, as text.
    ``provision_citation`` is the same provision as a structured :class:`foilib.Citation`
    (``None`` only for reasons built by hand without it). :attr:`sources` are the holidays'
    instruments as text (a statute, an order or a proclamation, which are not provisions of
    the four regimes, so no :class:`~foilib.Citation` can hold them); :attr:`citation_text`
    joins the provision and the sources into one line.
    """

    description: str
    provision: str
    divisions: tuple[Division, ...] = ()
    holidays: tuple[Holiday, ...] = ()
    provision_citation: Citation | None = None

    @property
    def sources(self) -> tuple[str, ...]:
        """Each distinct holiday's instrument, in order (empty for a weekend or named day)."""
        return tuple(dict.fromkeys(h.source for h in self.holidays))

    @property
    def citation_text(self) -> str:
        """The legal source(s) as one text: the provision, then each holiday's instrument.

        Returns:
            ``"FOIA s.10(6); Banking and Financial Dealings Act 1971 Sch 1 para 2, ..."``;
            for the structured form use :attr:`provision_citation` and :attr:`sources`.
        """
        return "; ".join((self.provision, *self.sources))

    @property
    def citation(self) -> str:
        """Deprecated alias of :attr:`citation_text` (a str, where every other ``citation``
        in foilib is a :class:`~foilib.Citation`).

        Returns:
            :attr:`citation_text`.

        Warns:
            DeprecationWarning: always (the old name is deprecated).
        """
        warnings.warn(
            "NonWorkingReason.citation is deprecated: use NonWorkingReason.citation_text (the "
            "same text), or provision_citation and sources for the structured form",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.citation_text

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


def _check_n(value: object, argument: str = "n") -> int:
    if type(value) is int and value >= 0:
        return value
    if isinstance(value, bool):
        raise ArgumentTypeError(
            argument, value, "a non-negative int number of working days, not bool"
        )
    try:
        n = operator.index(value)  # type: ignore[arg-type]
    except TypeError:
        raise ArgumentTypeError(
            argument, value, "a non-negative int number of working days"
        ) from None
    if n < 0:
        raise ArgumentError(argument, value, "a non-negative int number of working days")
    return n


def _check_regime(regime: object) -> Regime:
    if isinstance(regime, Regime):
        return regime
    if isinstance(regime, str):  # the exact value string ("foisa"), as everywhere
        return coerce_enum(Regime, "regime", regime)
    raise ArgumentTypeError("regime", regime, "a foilib.Regime (FOIA, EIR, FOISA or EISR)")


def _offset(argument: str, d: object) -> int:
    i = _check_date(argument, d).toordinal() - _BASE
    if not 0 <= i < _SIZE:
        raise CalendarRangeError(argument, d, _DATE_RANGE)
    return i


# --- the day table ---------------------------------------------------------------------------

#: Offset 0 (2000-01-01) is a Saturday: one week of "working" flags from that weekday on.
_WEEK = bytes((_FIRST.weekday() + i) % 7 < 5 for i in range(7))
_FLIP = bytes.maketrans(b"\x00\x01", b"\x01\x00")


class DayTable:
    """One working-day definition over 2000-01-01 to 2099-12-31, as look-up lists.

    ``working[i]`` is 1 when the day at offset ``i`` (days after 2000-01-01) is a working
    day; ``base[i]`` is the index in ``working_dates`` of the last working day on or before
    that day (-1 before the first), so the ``n``-th working day after offset ``i`` is
    ``working_dates[base[i] + n]`` and ``base[j] - base[i]`` counts the working days after
    ``i`` up to and including ``j``. Built from arithmetic: a repeated week, the named days
    and the bank holidays set in a bytearray, and C-level prefix sums (no per-day Python
    loop). About 1 MB for each definition.
    """

    __slots__ = (
        "_index",
        "_results",
        "base",
        "holidays",
        "key",
        "named",
        "working",
        "working_dates",
    )

    def __init__(self, named_days: tuple[str, ...], divisions: tuple[Division, ...]) -> None:
        self.key = (named_days, divisions)
        holidays: dict[dt.date, list[Holiday]] = {}
        for year in range(FIRST_YEAR, LAST_YEAR + 1):
            for division in divisions:
                for h in _bank_holidays(year, division):
                    holidays.setdefault(h.date, []).append(h)
        #: date -> the bank holidays on it in the definition's divisions.
        self.holidays = holidays
        named: dict[dt.date, tuple[str, ...]] = {}
        for key in named_days:
            try:
                description, on = NAMED_DAYS[key]
            except KeyError:
                raise ValueError(f"unknown named day {key!r} in the law data") from None
            for year in range(FIRST_YEAR, LAST_YEAR + 1):
                day = on(year)
                named[day] = (*named.get(day, ()), description)
        #: date -> the descriptions of the days the provision names that fall on it.
        self.named = named
        flags = bytearray((_WEEK * (_SIZE // 7 + 1))[:_SIZE])
        for day in (*holidays, *named):
            flags[day.toordinal() - _BASE] = 0
        working = bytes(flags)
        self.working = working
        self.base: list[int] = list(accumulate(working, initial=-1))[1:]
        self.working_dates: list[dt.date] = list(
            map(dt.date.fromordinal, compress(range(_BASE, _BASE + _SIZE), working))
        )
        self._index: dict[dt.date, int] | None = None
        self._results: tuple[int, dict[dt.date, dt.date]] | None = None

    @property
    def index(self) -> dict[dt.date, int]:
        """date -> ``base`` of that date, for the batch paths (built on first use)."""
        index = self._index
        if index is None:
            index = dict(
                zip(map(dt.date.fromordinal, range(_BASE, _BASE + _SIZE)), self.base, strict=True)
            )
            self._index = index
        return index

    def results(self, n: int) -> dict[dt.date, dt.date]:
        """date -> its ``n``-th working day, for every date whose result is in range.

        Only the most recent ``n`` is kept (about 2.6 MB): large batches with one ``n`` cost
        one dictionary look-up a date, and memory stays bounded whatever ``n`` callers use.
        """
        results = self._results
        if results is not None and results[0] == n:
            return results[1]
        index, wdates = self.index, self.working_dates
        stop = bisect.bisect_left(self.base, len(wdates) - n)  # first offset out of range
        table = dict(
            zip(
                itertools.islice(index, stop),
                map(wdates.__getitem__, map(n.__add__, itertools.islice(self.base, stop))),
                strict=True,
            )
        )
        self._results = (n, table)
        return table

    def nbytes(self) -> int:
        """An estimate of the memory this table holds, in bytes (lists, items and dicts)."""
        import sys

        total = sys.getsizeof(self.working) + sys.getsizeof(self.base)
        total += sum(sys.getsizeof(x) for x in set(self.base) if not -5 <= x <= 256)
        total += sys.getsizeof(self.working_dates) + len(self.working_dates) * 32
        total += sys.getsizeof(self.holidays) + sys.getsizeof(self.named)
        if self._index is not None:
            total += sys.getsizeof(self._index) + len(self._index) * 32
        if self._results is not None:
            total += sys.getsizeof(self._results[1])
        return total


_LOCK = threading.Lock()
#: (named days, divisions, data version) -> the shared table.
_DAY_TABLES: dict[tuple[tuple[str, ...], tuple[Division, ...], int], DayTable] = {}
#: How many tables have been built (the 8-thread test checks each is built once).
_BUILDS = [0]


def day_table(definition: WorkingDayDefinition) -> DayTable:
    """The shared :class:`DayTable` of a definition for the current holiday data (locked build)."""
    key = (definition.named_days, definition.divisions, _data_version())
    table = _DAY_TABLES.get(key)
    if table is None:
        with _LOCK:
            table = _DAY_TABLES.get(key)
            if table is None:
                table = DayTable(definition.named_days, definition.divisions)
                _BUILDS[0] += 1
                for old in [k for k in _DAY_TABLES if k[2] != key[2]]:
                    del _DAY_TABLES[old]  # tables of replaced holiday data
                _DAY_TABLES[key] = table
    return table


def walk_add(regime: Regime, d: dt.date, n: int) -> dt.date | None:
    """The ``n``-th working day after ``d`` (``n >= 1``) without building a :class:`DayTable`.

    For a one-off answer in a fresh process (``foilib due``): it reads the holidays of only
    the years it walks through, where a table reads all 100 years. The days are the table's
    (the same law data, ``NAMED_DAYS`` and bank holidays), so the answer is
    ``working_day_calendar(regime).add(d, n)``; a table already built for the current
    holiday data is used instead. ``None`` when ``d`` or the answer is outside the
    calendar's range (the caller words the error) or for ``n < 1``.
    """
    if type(d) is not _date or type(n) is not int or n < 1 or not _FIRST <= d <= _LAST:
        return None
    definition = _definition(regime)
    built = _DAY_TABLES.get((definition.named_days, definition.divisions, _data_version()))
    if built is not None:
        k = built.base[d.toordinal() - _BASE] + n
        return built.working_dates[k] if k < len(built.working_dates) else None
    closed: set[dt.date] = set()
    year = 0
    day = d
    one = dt.timedelta(days=1)
    while n:
        day += one
        if day > _LAST:
            return None
        if day.year != year:
            year = day.year
            for division in definition.divisions:
                closed.update(h.date for h in _bank_holidays(year, division))
            for key in definition.named_days:
                try:
                    closed.add(NAMED_DAYS[key][1](year))
                except KeyError:
                    raise ValueError(f"unknown named day {key!r} in the law data") from None
        if day.weekday() < 5 and day not in closed:
            n -= 1
    return day


# --- the explainer ---------------------------------------------------------------------------


class Explainer:
    """Why days are not working days under one regime (each date's answer cached)."""

    __slots__ = ("_cache", "citation", "provision", "table")

    def __init__(self, table: DayTable, provision: str, citation: Citation) -> None:
        self.table = table
        self.provision = provision
        self.citation = citation
        self._cache: dict[dt.date, tuple[NonWorkingReason, ...]] = {}

    def reasons(self, d: dt.date) -> tuple[NonWorkingReason, ...]:
        """Every reason the in-range date ``d`` is not a working day (empty for a working day)."""
        try:
            return self._cache[d]
        except KeyError:
            pass
        provision, citation = self.provision, self.citation
        reasons: list[NonWorkingReason] = []
        if d.weekday() >= 5:
            reasons.append(
                NonWorkingReason(_WEEKDAY_NAMES[d.weekday()], provision, (), (), citation)
            )
        named = self.table.named.get(d, ())
        reasons.extend(NonWorkingReason(n, provision, (), (), citation) for n in named)
        by_name: dict[str, list[Holiday]] = {}
        for h in self.table.holidays.get(d, ()):
            if not h.substitute and h.name in named:
                continue  # already named by the provision itself
            by_name.setdefault(h.name + (" (substitute day)" if h.substitute else ""), []).append(h)
        for name, hs in by_name.items():
            reasons.append(
                NonWorkingReason(
                    name, provision, tuple(h.division for h in hs), tuple(hs), citation
                )
            )
        result = tuple(reasons)
        self._cache[d] = result
        return result


# --- the calendar ----------------------------------------------------------------------------


class WorkingDayCalendar:
    """Working days under one regime, over 2000-01-01 to 2099-12-31.

    Get one with :func:`working_day_calendar`. ``add(d, n)`` is the n-th working day following ``d``
    (``d`` itself never counts, working day or not): FOIA s.10(1), FOISA s.10(1), EIR reg 5(2)
    and EISR reg 5(2) run from the day after receipt. Every answer is two list look-ups,
    whatever ``n`` is.

    >>> import datetime as dt, foilib
    >>> foia = foilib.working_day_calendar(foilib.Regime.FOIA)
    >>> foia.add(dt.date(2026, 11, 25), 20)
    datetime.date(2026, 12, 24)
    >>> foisa = foilib.working_day_calendar(foilib.Regime.FOISA)
    >>> foisa.add(dt.date(2026, 3, 16), 20)  # Easter Monday works in Scotland
    datetime.date(2026, 4, 14)
    >>> foia.add(dt.date(2026, 3, 16), 20)  # 17 March (NI) and Easter Monday do not
    datetime.date(2026, 4, 16)
    """

    __slots__ = ("_base", "_explainer", "_table", "_version", "_wdates", "definition", "regime")

    def __init__(self, regime: Regime) -> None:
        self.regime = _check_regime(regime)
        #: The law's definition of a working day for this regime.
        self.definition = _definition(self.regime)
        self._version = _data_version()
        table = day_table(self.definition)
        self._table = table
        self._base = table.base
        self._wdates = table.working_dates
        self._explainer = Explainer(
            table, provision_text(self.definition), self.definition.citation
        )

    def __repr__(self) -> str:
        return f"<WorkingDayCalendar {self.regime.name} {_FIRST} to {_LAST}>"

    @property
    def provision(self) -> str:
        """The provision defining "working day" for this regime, as text."""
        return self._explainer.provision

    @property
    def provision_citation(self) -> Citation:
        """The provision defining "working day" for this regime (a :class:`foilib.Citation`)."""
        return self.definition.citation

    @property
    def first(self) -> dt.date:
        """The first date this calendar covers."""
        return _FIRST

    @property
    def last(self) -> dt.date:
        """The last date this calendar covers."""
        return _LAST

    def is_working_day(self, d: dt.date) -> bool:
        """True if ``d`` is a working day under this regime."""
        return bool(self._table.working[_offset("d", d)])

    def non_working_reasons(self, d: dt.date) -> tuple[NonWorkingReason, ...]:
        """Every reason ``d`` is not a working day (empty for a working day)."""
        _offset("d", d)
        return self._explainer.reasons(d)

    def add(self, d: dt.date, n: int) -> dt.date:
        """The ``n``-th working day following ``d``; ``d`` itself never counts.

        ``add(d, 0)`` is ``d``.

        Raises :class:`~foilib.CalendarRangeError` if ``d`` or the result is outside
        2000-01-01 to 2099-12-31.
        """
        if type(d) is _date and type(n) is int and n > 0:
            i = d.toordinal() - _BASE
            if 0 <= i < _SIZE:
                k = self._base[i] + n
                if k < len(self._wdates):
                    return self._wdates[k]
        return self._add(d, n)

    def _add(self, d: object, n: object) -> dt.date:
        """``add`` with every check and the precise error."""
        i = _offset("d", d)
        n = _check_n(n)
        if n == 0:
            return d  # type: ignore[return-value]  # checked by _offset
        k = self._base[i] + n
        if k >= len(self._wdates):
            raise CalendarRangeError(
                "n", n, f"a number of working days whose result is on or before {_LAST}"
            )
        return self._wdates[k]

    def subtract(self, d: dt.date, n: int) -> dt.date:
        """The ``n``-th working day before ``d`` (``d`` itself never counts).

        On a working day ``w``, ``subtract(add(w, n), n) == w``; the result is always
        before ``d`` (or ``d`` itself when ``n`` is 0).

        Raises :class:`~foilib.CalendarRangeError` if ``d`` or the result is outside
        2000-01-01 to 2099-12-31.
        """
        i = _offset("d", d)
        n = _check_n(n)
        if n == 0:
            return d
        # working days strictly before offset i: base[i] + 1, less one if i itself works
        k = self._base[i] + 1 - self._table.working[i] - n
        if k < 0:
            raise CalendarRangeError(
                "n", n, f"a number of working days whose result is on or after {_FIRST}"
            )
        return self._wdates[k]

    def count(self, start: dt.date, end: dt.date) -> int:
        """Working days after ``start`` up to and including ``end``.

        Negative (minus ``count(end, start)``) when ``end`` is before ``start``.
        """
        i = _offset("start", start)
        j = _offset("end", end)
        return self._base[j] - self._base[i]

    def explain(self, d: dt.date, n: int) -> tuple[SkippedDay, ...]:
        """Every day after ``d`` and before ``add(d, n)`` that was skipped, with its reasons."""
        end = self.add(d, n)
        i = d.toordinal() - _BASE
        j = end.toordinal() - _BASE
        working, reasons = self._table.working, self._explainer.reasons
        out: list[SkippedDay] = []
        k = working.find(0, i + 1, j)
        while k != -1:
            day = dt.date.fromordinal(_BASE + k)
            out.append(SkippedDay(day, reasons(day)))
            k = working.find(0, k + 1, j)
        return tuple(out)

    @overload
    def add_many(self, dates: Iterable[dt.date], n: int) -> list[dt.date]: ...
    @overload
    def add_many(self, dates: Iterable[dt.date | None], n: int) -> list[Any]: ...
    def add_many(self, dates: Iterable[dt.date | None], n: int) -> list[Any]:
        """``[self.add(d, n) for d in dates]``, list in, list out, same order.

        Missing in, missing out: a ``None`` date gives ``None`` at the same index (a
        disclosure log's blank cell). Anything else that is not an in-range date raises the
        scalar call's error with the argument named ``dates[<index>]``.
        """
        n = _check_n(n)
        if not isinstance(dates, list | tuple):
            dates = list(dates)
        if n and len(dates) >= _BATCH_TABLE_AFTER:
            try:  # one dict look-up a date; a missing key is a bad or out-of-range date
                return list(map(self._table.results(n).__getitem__, dates))
            except (KeyError, TypeError):
                return self._add_many_slow(dates, n)
        index = self._table.index
        try:
            bases = list(map(index.__getitem__, dates))
        except (KeyError, TypeError):
            return self._add_many_slow(dates, n)
        if not bases:
            return []
        if n == 0:
            return list(dates)
        if max(bases) + n >= len(self._wdates):
            return self._add_many_slow(dates, n)
        return list(map(self._wdates.__getitem__, map(n.__add__, bases)))

    def _add_many_slow(self, dates: Sequence[dt.date | None], n: int) -> list[dt.date | None]:
        out: list[dt.date | None] = []
        for index, value in enumerate(dates):
            if value is None:
                out.append(None)
                continue
            try:
                out.append(self._add(value, n))
            except ArgumentError as exc:
                if exc.argument != "d":
                    raise
                raise type(exc)(f"dates[{index}]", value, exc.expected) from None
        return out

    def count_many(
        self, starts: Iterable[dt.date | None], ends: Iterable[dt.date | None]
    ) -> list[int | None]:
        """``[self.count(a, b) for a, b in zip(starts, ends)]`` for two equally long sequences.

        Missing in, missing out: ``None`` in either gives ``None`` at that index. A bad value
        raises the scalar call's error naming ``starts[<index>]`` or ``ends[<index>]``;
        sequences of different lengths raise :class:`~foilib.ArgumentError`.
        """
        a = starts if isinstance(starts, list | tuple) else list(starts)
        b = ends if isinstance(ends, list | tuple) else list(ends)
        if len(a) != len(b):
            raise ArgumentError("ends", f"{len(b)} dates", f"as many dates as starts ({len(a)})")
        index = self._table.index
        try:
            return list(map(operator.sub, map(index.__getitem__, b), map(index.__getitem__, a)))
        except (KeyError, TypeError):
            pass
        out: list[int | None] = []
        for k, (x, y) in enumerate(zip(a, b, strict=True)):
            if x is None or y is None:
                out.append(None)
                continue
            for name, value in (("starts", x), ("ends", y)):
                try:
                    _offset("d", value)
                except ArgumentError as exc:
                    raise type(exc)(f"{name}[{k}]", value, exc.expected) from None
            out.append(index[y] - index[x])
        return out


_CALENDARS: dict[Regime, WorkingDayCalendar] = {}
#: regime -> (data version, base, working dates): the scalar hot path's lists.
_HOT: dict[Regime, tuple[dict[dt.date, int], list[dt.date], int]] = {}
#: [regime, its _HOT entry] of the last scalar call: an identity test instead of hashing an
#: Enum member (a Python-level __hash__) on every call.
#: One tuple, read and replaced whole, so threads never see one regime with another's lists.
_LAST_HOT: list[tuple[Any, Any]] = [(None, None)]


def _reset() -> None:
    """Forget every shared table and calendar (tests and benchmarks only)."""
    with _LOCK:
        _DAY_TABLES.clear()
        _CALENDARS.clear()
        _HOT.clear()
        _LAST_HOT[0] = (None, None)


def working_day_calendar(regime: Regime) -> WorkingDayCalendar:
    """The working-day calendar of ``regime``, built on first use and then shared.

    Rebuilt when the bank-holiday data changes (its data version), so holidays loaded at
    run time take effect. Threads asking together build each table once. Working days as
    the regime defines them (FOIA s.10(6), EIR reg 2(1), FOISA s.73, EISR reg 2(1)).

    Returns:
        the shared :class:`WorkingDayCalendar` of ``regime``.

    Raises:
        ArgumentTypeError: ``regime`` is not a :class:`foilib.Regime`.

    >>> import datetime as dt, foilib
    >>> foilib.working_day_calendar(foilib.Regime.FOISA).count(
    ...     dt.date(2026, 11, 25), dt.date(2026, 12, 24)
    ... )
    20
    """
    try:
        cal = _CALENDARS[regime]
    except (KeyError, TypeError):
        cal = None
    if cal is None or cal._version != _data_version():
        cal = WorkingDayCalendar(_check_regime(regime))
        _CALENDARS[cal.regime] = cal
        _HOT.pop(cal.regime, None)
        if _LAST_HOT[0][0] is cal.regime:
            _LAST_HOT[0] = (None, None)
    return cal


def working_days(regime: Regime) -> WorkingDayCalendar:
    """Deprecated: the old name of :func:`working_day_calendar` (it returns a calendar, not
    a number of days; :func:`working_days_between` counts them).

    Returns:
        :func:`working_day_calendar` of ``regime``.

    Raises:
        ArgumentTypeError: ``regime`` is not a :class:`foilib.Regime`.

    Warns:
        DeprecationWarning: always (foilib itself calls :func:`working_day_calendar`; the
        suite fails on any warning, so no caller inside foilib can slip back to this name).
    """
    warnings.warn(
        "foilib.working_days() is deprecated: use foilib.working_day_calendar() (it "
        "returns the calendar; working_days_between() counts working days)",
        DeprecationWarning,
        stacklevel=2,
    )
    return working_day_calendar(regime)


def add_working_days(d: dt.date, n: int, regime: Regime = Regime.FOIA) -> dt.date:
    """The ``n``-th working day following ``d`` under ``regime`` (``d`` itself never counts).

    Returns a ``datetime.date``. Raises :class:`~foilib.ArgumentTypeError` for a ``d`` that is
    not a date or an ``n`` that is not an int, :class:`~foilib.ArgumentError` for a negative
    ``n`` and :class:`~foilib.CalendarRangeError` when ``d`` or the result is outside
    2000-01-01 to 2099-12-31. Working days as the regime defines them (FOIA s.10(6), ...).

    >>> import datetime as dt, foilib
    >>> foilib.add_working_days(dt.date(2026, 11, 25), 20)
    datetime.date(2026, 12, 24)
    """
    try:  # the hot path: one dict and one list look-up (a datetime is not a key)
        last_regime, last_hot = _LAST_HOT[0]
        index, wdates, version = last_hot if regime is last_regime else _HOT[regime]
        if type(n) is int and n > 0 and version == _data_version():
            return wdates[index[d] + n]
    except (KeyError, IndexError, TypeError):
        pass
    cal = working_day_calendar(regime)
    hot = _HOT[cal.regime] = (cal._table.index, cal._wdates, cal._version)
    _LAST_HOT[0] = (cal.regime, hot)
    return cal._add(d, n)


def working_days_between(a: dt.date, b: dt.date, regime: Regime = Regime.FOIA) -> int:
    """Working days after ``a`` up to and including ``b`` under ``regime`` (negative if b < a).

    Raises :class:`~foilib.ArgumentTypeError` or :class:`~foilib.CalendarRangeError` for a
    date that is not a ``datetime.date`` in 2000-01-01 to 2099-12-31.
    """
    return working_day_calendar(regime).count(a, b)


def working_days_between_many(
    starts: Iterable[dt.date | None],
    ends: Iterable[dt.date | None],
    regime: Regime = Regime.FOIA,
) -> list[int | None]:
    """``working_days_between`` for many pairs at once: lists in, list out, same order.

    Missing in, missing out: a ``None`` start or end gives ``None`` at that index.

    >>> import datetime as dt, foilib
    >>> foilib.working_days_between_many(
    ...     [dt.date(2026, 11, 25), None], [dt.date(2026, 12, 24), dt.date(2026, 12, 1)])
    [20, None]
    """
    return working_day_calendar(regime).count_many(starts, ends)


@overload
def add_working_days_many(
    dates: Iterable[dt.date], n: int, regime: Regime = ...
) -> list[dt.date]: ...
@overload
def add_working_days_many(
    dates: Iterable[dt.date | None], n: int, regime: Regime = ...
) -> list[dt.date | None]: ...
def add_working_days_many(
    dates: Iterable[dt.date | None], n: int, regime: Regime = Regime.FOIA
) -> list[Any]:
    """``add_working_days`` for many dates at once: list in, list out, same order.

    Missing in, missing out: ``None`` gives ``None`` at the same index (a blank cell of a
    disclosure log); any other bad value raises the scalar error naming ``dates[<index>]``.

    >>> import datetime as dt, foilib
    >>> foilib.add_working_days_many([dt.date(2026, 11, 25), None], 20)
    [datetime.date(2026, 12, 24), None]
    """
    return working_day_calendar(regime).add_many(dates, n)
