"""UK bank holidays per division: Banking and Financial Dealings Act 1971 and proclamations.

:func:`bank_holidays` builds a year's holidays for one division from the recurring rules in
:mod:`._rules` and the one-off or moved days in :mod:`._proclamations`. Years after
:data:`LAST_OFFICIAL_YEAR` (the last year the GOV.UK list publishes) come from the rules alone
and every holiday in them is ``provisional``: a proclamation could still move or add a day.
"""

from __future__ import annotations

import datetime as dt
import functools
import operator

import attrs
from dateutil.easter import easter

from ..errors import ArgumentTypeError, CalendarRangeError
from ..regimes import Division
from ._proclamations import LAST_OFFICIAL_YEAR, PROCLAMATIONS, Proclamation
from ._rules import RULES, Kind, Rule

__all__ = [
    "FIRST_YEAR",
    "LAST_OFFICIAL_YEAR",
    "LAST_YEAR",
    "Holiday",
    "bank_holidays",
]

#: First and last years foilib knows the bank holidays of.
FIRST_YEAR = 2000
LAST_YEAR = 2099
_RANGE_TEXT = (
    f"a year from {FIRST_YEAR} to {LAST_YEAR} (the range foilib's bank-holiday data covers)"
)


@attrs.frozen(slots=True)
class Holiday:
    """One bank holiday (or common-law holiday) in one division of the UK.

    ``substitute`` is true for a weekday that replaces a day falling on a Saturday or Sunday
    (``substitute_for`` is then that weekend date); ``moved_from`` is the usual date of a
    recurring day that a proclamation moved (BFDA 1971 s.1(2)). ``provisional`` is true for
    years after the last year of published official dates. ``source`` cites the instrument.
    """

    date: dt.date
    name: str
    division: Division
    substitute: bool
    provisional: bool
    source: str
    source_url: str
    substitute_for: dt.date | None = None
    moved_from: dt.date | None = None

    def __str__(self) -> str:
        flags = " (substitute day)" if self.substitute else ""
        flags += " (provisional)" if self.provisional else ""
        return f"{self.date.isoformat()} {self.name}{flags} [{self.division}]"


def _nominal(rule: Rule, year: int) -> dt.date:
    if rule.kind is Kind.FIXED:
        return dt.date(year, rule.month, rule.day)
    if rule.kind is Kind.EASTER:
        return easter(year) + dt.timedelta(days=rule.easter_offset)
    if rule.kind is Kind.FIRST_MONDAY:
        first = dt.date(year, rule.month, 1)
        return first + dt.timedelta(days=(7 - first.weekday()) % 7)
    # LAST_MONDAY
    nxt = dt.date(year + (rule.month == 12), rule.month % 12 + 1, 1)
    last = nxt - dt.timedelta(days=1)
    return last - dt.timedelta(days=last.weekday())


def _check_year(year: object) -> int:
    if isinstance(year, bool) or not isinstance(year, int):
        raise ArgumentTypeError("year", year, "an int " + _RANGE_TEXT[2:])
    if not FIRST_YEAR <= year <= LAST_YEAR:
        raise CalendarRangeError("year", year, _RANGE_TEXT)
    return year


def _check_division(division: object) -> Division:
    if isinstance(division, Division):
        return division
    if isinstance(division, str):
        try:
            return Division(division)
        except ValueError:
            pass
    raise ArgumentTypeError(
        "division",
        division,
        "a foilib.Division (or one of 'england-and-wales', 'scotland', 'northern-ireland')",
    )


def bank_holidays(year: int, division: Division) -> tuple[Holiday, ...]:
    """The bank holidays of ``division`` in ``year``, in date order.

    Includes Christmas Day and Good Friday in every division, as GOV.UK does (they are
    common-law holidays in England, Wales and Northern Ireland, bank holidays under BFDA 1971
    Sch 1 para 2 in Scotland). Raises :class:`~foilib.CalendarRangeError` outside 2000-2099.

    >>> import foilib
    >>> for h in foilib.bank_holidays(2026, foilib.Division.SCOTLAND)[-3:]:
    ...     print(h)
    2026-11-30 St Andrew's Day [Scotland]
    2026-12-25 Christmas Day [Scotland]
    2026-12-28 Boxing Day (substitute day) [Scotland]
    """
    return _bank_holidays(_check_year(year), _check_division(division))


@functools.cache
def _bank_holidays(year: int, division: Division) -> tuple[Holiday, ...]:
    provisional = year > LAST_OFFICIAL_YEAR
    moves: dict[str, Proclamation] = {}
    extras: list[Proclamation] = []
    for p in _PROCLAMATIONS_BY_YEAR.get(year, ()):
        if division in p.divisions:
            if p.moves is None:
                extras.append(p)
            else:
                moves[p.moves] = p
    # Each day on its own (or proclaimed) date, with what substitutes it if that is a weekend.
    days: list[tuple[Holiday, Rule | None]] = []
    for rule in RULES:
        if rule.division is not division or not rule.first_year <= year <= rule.last_year:
            continue
        nominal = _nominal(rule, year)
        moved = moves.get(rule.key)
        if moved is not None:
            holiday = Holiday(
                moved.date,
                moved.name,
                division,
                False,
                provisional,
                moved.source,
                moved.source_url,
                moved_from=nominal,
            )
        else:
            holiday = Holiday(
                nominal, rule.name, division, False, provisional, rule.source, rule.source_url
            )
        days.append((holiday, rule))
    for p in extras:
        holiday = Holiday(p.date, p.name, division, False, provisional, p.source, p.source_url)
        days.append((holiday, None))
    days.sort(key=lambda pair: pair[0].date)
    # Weekend rule (see _rules): next weekday not already a holiday, days taken in date order.
    taken = {h.date for h, _ in days if h.date.weekday() < 5}
    result: list[Holiday] = []
    for h, weekend_rule in days:
        if h.date.weekday() < 5:
            result.append(h)
            continue
        if (
            weekend_rule is None or not weekend_rule.weekend_source
        ):  # pragma: no cover - a data error
            raise AssertionError(f"no weekend rule for {h}")
        sub = h.date + dt.timedelta(days=1)
        while sub.weekday() >= 5 or sub in taken:
            sub += dt.timedelta(days=1)
        taken.add(sub)
        weekend_source = weekend_rule.weekend_source
        if weekend_rule.statutory_substitute is not None and (sub.month, sub.day) != (
            weekend_rule.statutory_substitute
        ):
            weekend_source = weekend_rule.saturday_source
        result.append(
            attrs.evolve(h, date=sub, substitute=True, substitute_for=h.date, source=weekend_source)
        )
    result.sort(key=operator.attrgetter("date"))
    return tuple(result)


_PROCLAMATIONS_BY_YEAR: dict[int, tuple[Proclamation, ...]] = {}
for _p in PROCLAMATIONS:
    _PROCLAMATIONS_BY_YEAR[_p.date.year] = (*_PROCLAMATIONS_BY_YEAR.get(_p.date.year, ()), _p)
del _p
