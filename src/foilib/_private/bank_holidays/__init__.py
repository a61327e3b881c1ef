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
import os
from collections.abc import Callable, Iterable, Mapping
from typing import Any

import attrs
from dateutil.easter import easter

from ..errors import ArgumentError, ArgumentTypeError, CalendarRangeError, FoilibError
from ..regimes import Division
from ._proclamations import (
    DISPUTED,
    LAST_OFFICIAL_YEAR,
    OFFICIAL_LIST,
    PROCLAMATIONS,
    Disputed,
    Proclamation,
)
from ._rules import ANNUAL_PROCLAMATION, RULES, Kind, Rule, annual_proclamation

__all__ = [
    "DISPUTED",
    "FIRST_YEAR",
    "LAST_OFFICIAL_YEAR",
    "LAST_YEAR",
    "DataSource",
    "Disputed",
    "Holiday",
    "HolidayDataError",
    "LoadReport",
    "add_proclamation",
    "bank_holidays",
    "confirmed_through",
    "data_source",
    "data_version",
    "is_bank_holiday",
    "load_holidays",
    "reset_holidays",
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
    years after the newest official list (:func:`confirmed_through`): a rule-based forecast.

    ``source`` is the citation of the one instrument that makes this day a holiday (Sch 1 of
    the 1971 Act, the St Andrew's Day Act, a proclamation, or "common-law holiday");
    ``source_url`` is the text of that same instrument (the Gazette notice of a proclamation
    where foilib has it, else the enabling power BFDA 1971 s.1), or ``None`` for a common-law
    holiday, which no instrument makes. A day loaded at run time (:func:`load_holidays`) cites
    where it was loaded from. ``divisions`` lists every division that keeps a holiday of this
    name on this date (``division`` is the one this row is for).
    """

    date: dt.date
    name: str
    division: Division
    substitute: bool
    provisional: bool
    source: str
    source_url: str | None
    substitute_for: dt.date | None = None
    moved_from: dt.date | None = None
    divisions: tuple[Division, ...] = attrs.field(
        default=attrs.Factory(lambda self: (self.division,), takes_self=True)
    )

    def __str__(self) -> str:
        flags = " (substitute day)" if self.substitute else ""
        flags += " (provisional)" if self.provisional else ""
        where = ", ".join(d.title for d in self.divisions)
        return f"{self.date.isoformat()} {self.name}{flags} [{where}]"


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


#: The names a division may be given by, in Python and on the command line alike (any case):
#: the GOV.UK keys, and "england", "wales" (both the England and Wales division) and "ni".
DIVISION_ALIASES: dict[str, Division] = {d.value: d for d in Division} | {
    "england": Division.ENGLAND_AND_WALES,
    "wales": Division.ENGLAND_AND_WALES,
    "ni": Division.NORTHERN_IRELAND,
}


def _check_division(division: object) -> Division:
    if isinstance(division, Division):
        return division
    if isinstance(division, str) and division.lower() in DIVISION_ALIASES:
        return DIVISION_ALIASES[division.lower()]
    raise ArgumentTypeError(
        "division",
        division,
        "a foilib.Division (or one of 'england-and-wales', 'scotland', 'northern-ireland', "
        "'england', 'wales', 'ni')",
    )


def bank_holidays(year: int, division: Division | str | None = None) -> tuple[Holiday, ...]:
    """The bank holidays of ``year`` in ``division`` (every division when ``None``).

    Returns a tuple of :class:`Holiday` in date order (then England and Wales, Scotland,
    Northern Ireland); each row is one division's holiday and ``Holiday.divisions`` says which
    divisions keep a holiday of that name on that date. Includes Christmas Day and Good Friday
    in every division, as GOV.UK does (common-law holidays in England, Wales and Northern
    Ireland, bank holidays under BFDA 1971 Sch 1 para 2 in Scotland), and any day loaded at run
    time (:func:`load_holidays`, :func:`add_proclamation`).

    Raises :class:`~foilib.CalendarRangeError` outside 2000-2099 and
    :class:`~foilib.ArgumentTypeError` for a ``division`` that is not a :class:`Division` or
    its value string.

    >>> import foilib
    >>> for h in foilib.bank_holidays(2026, foilib.Division.SCOTLAND)[-3:]:
    ...     print(h)
    2026-11-30 St Andrew's Day [Scotland]
    2026-12-25 Christmas Day [England and Wales, Scotland, Northern Ireland]
    2026-12-28 Boxing Day (substitute day) [England and Wales, Scotland, Northern Ireland]
    """
    year = _check_year(year)
    if division is None:
        return _year_table(year)[None]
    return _year_table(year)[_check_division(division)]


def is_bank_holiday(d: dt.date, division: Division | str | None = None) -> bool:
    """True if ``d`` is a bank holiday in ``division`` (in any part of the UK when ``None``).

    Substitute days count on the day they are kept; the common-law Christmas Day and Good
    Friday count as GOV.UK lists them. Raises :class:`~foilib.ArgumentTypeError` for a
    ``d`` that is not a ``datetime.date`` and :class:`~foilib.CalendarRangeError` outside
    2000-2099.

    >>> import datetime as dt, foilib
    >>> foilib.is_bank_holiday(dt.date(2026, 3, 17))  # St Patrick's Day, Northern Ireland
    True
    >>> foilib.is_bank_holiday(dt.date(2026, 3, 17), "scotland")
    False
    """
    d = _check_date("d", d)
    rows = bank_holidays(d.year, division)
    return any(h.date == d for h in rows)


def _check_date(argument: str, value: object) -> dt.date:
    if isinstance(value, dt.datetime) or not isinstance(value, dt.date):
        raise ArgumentTypeError(argument, value, "a datetime.date")
    if not FIRST_YEAR <= value.year <= LAST_YEAR:
        raise CalendarRangeError(argument, value, _RANGE_TEXT.replace("a year", "a date in a year"))
    return value


# --- building a year --------------------------------------------------------------------


def _resolve(source: str, url: str | None, year: int, division: Division) -> tuple[str, str | None]:
    """Resolve the annual-proclamation marker to the year's notice (or the enabling power)."""
    if url != ANNUAL_PROCLAMATION:
        return source, url
    suffix, resolved = annual_proclamation(year, division)
    return source + suffix, resolved


_DISPUTED_NOT_HELD = {(d.date, d.division) for d in DISPUTED if not d.holiday}


def _build(year: int, division: Division) -> list[Holiday]:
    provisional = year > _STATE.confirmed_year
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
                moved.source_url or None,
                moved_from=nominal,
            )
        else:
            source, url = _resolve(rule.source, rule.source_url, year, division)
            holiday = Holiday(nominal, rule.name, division, False, provisional, source, url)
        days.append((holiday, rule))
    # a weekday foilib already has is not added twice; a weekend date is (the recurring day
    # on it moves to its substitute, so the date is otherwise free)
    known = {h.date for h, _ in days if h.date.weekday() < 5}
    for p in extras:
        if p.date in known:
            continue
        known.add(p.date)
        holiday = Holiday(
            p.date, p.name, division, False, provisional, p.source, p.source_url or None
        )
        days.append((holiday, None))
    days.sort(key=lambda pair: pair[0].date)
    # Weekend rule (see _rules): Sch 1's own Sunday days first where the rule says so, then
    # the next weekday not already a holiday, days taken in date order.
    taken = {h.date for h, _ in days if h.date.weekday() < 5}
    statutory: dict[int, dt.date] = {}
    for i, (h, named) in enumerate(days):
        if (
            named is not None
            and named.statutory_first
            and named.statutory_substitute is not None
            and h.date.weekday() == 6
        ):
            sub = dt.date(year, *named.statutory_substitute)
            if sub not in taken:
                taken.add(sub)
                statutory[i] = sub
    result: list[Holiday] = []
    for i, (h, weekend_rule) in enumerate(days):
        if h.date.weekday() < 5:
            result.append(h)
            continue
        if weekend_rule is None:  # a loaded or proclaimed day on a weekend stays as given
            result.append(h)
            continue
        if not weekend_rule.weekend_source:  # pragma: no cover - a data error
            raise AssertionError(f"no weekend rule for {h}")
        if i in statutory:
            sub = statutory[i]
        else:
            sub = h.date + dt.timedelta(days=1)
            while sub.weekday() >= 5 or sub in taken:
                sub += dt.timedelta(days=1)
        if (sub, division) in _DISPUTED_NOT_HELD:
            result.append(h)  # no substitute was made: the weekend day stays the holiday
            continue
        taken.add(sub)
        source, url = weekend_rule.weekend_source, weekend_rule.weekend_source_url
        if weekend_rule.statutory_substitute is not None and (sub.month, sub.day) != (
            weekend_rule.statutory_substitute
        ):
            source, url = weekend_rule.saturday_source, weekend_rule.saturday_source_url
        source, url = _resolve(source, url, year, division)
        result.append(
            Holiday(sub, h.name, division, True, h.provisional, source, url, h.date, h.moved_from)
        )
    # Days loaded at run time are only ADDED, after the built-in days are settled: a loaded
    # day never moves, renames or drops another (a loaded Monday must not push a weekend
    # day's substitute on to Tuesday). A loaded day on a date foilib already has is kept
    # as foilib has it (the load report names any disagreement).
    have = {h.date for h in result}
    for p in _STATE.loaded_by_year.get(year, ()):
        if division in p.divisions and p.date not in have:
            have.add(p.date)
            result.append(
                Holiday(
                    p.date, p.name, division, False, provisional, p.source, p.source_url or None
                )
            )
    result.sort(key=operator.attrgetter("date"))
    return result


@functools.cache
def _year_table(year: int) -> dict[Division | None, tuple[Holiday, ...]]:
    per = {d: _build(year, d) for d in Division}
    keepers: dict[tuple[dt.date, str], list[Division]] = {}
    for d, rows in per.items():
        for h in rows:
            keepers.setdefault((h.date, h.name), []).append(d)
    table: dict[Division | None, tuple[Holiday, ...]] = {}
    for d, rows in per.items():
        for h in rows:  # fresh instances, not yet shared: set the field in place
            object.__setattr__(h, "divisions", tuple(keepers[(h.date, h.name)]))
        table[d] = tuple(rows)
    order = list(Division)
    table[None] = tuple(
        sorted(
            (h for d in Division for h in table[d]),
            key=lambda h: (h.date, order.index(h.division)),
        )
    )
    return table


def _bank_holidays(year: int, division: Division) -> tuple[Holiday, ...]:
    """``bank_holidays`` without argument checks (for the working-day tables)."""
    return _year_table(year)[division]


_PROCLAMATIONS_BY_YEAR: dict[int, tuple[Proclamation, ...]] = {}
for _p in PROCLAMATIONS:
    _PROCLAMATIONS_BY_YEAR[_p.date.year] = (*_PROCLAMATIONS_BY_YEAR.get(_p.date.year, ()), _p)
del _p


# --- run-time data ------------------------------------------------------------------------


class HolidayDataError(FoilibError, ValueError):
    """Holiday data given at run time could not be read.

    ``origin`` names the file (or ``"<dict>"``), ``problem`` says what is wrong and where.
    """

    def __init__(self, origin: str, problem: str) -> None:
        self.origin = origin
        self.problem = problem
        super().__init__(f"{origin}: {problem}")

    def __reduce__(self) -> tuple[object, ...]:
        return (type(self), (self.origin, self.problem))


@attrs.frozen(slots=True)
class LoadReport:
    """What one run-time load did, and every day where it and foilib disagree.

    ``added`` are the holidays the load added (days foilib did not have); ``only_foilib``
    the holidays foilib keeps that the loaded list lacks, in the years and divisions it covers
    (kept, never dropped); ``renamed`` pairs a foilib holiday with the loaded title for the
    same date and division where the names differ (foilib's name is kept). ``years`` are the
    years the load covers; ``confirms_through`` the last year it confirms (a GOV.UK file
    covering every division), else ``None``.
    """

    origin: str
    added: tuple[Holiday, ...]
    only_foilib: tuple[Holiday, ...]
    renamed: tuple[tuple[Holiday, str], ...]
    years: tuple[int, ...]
    confirms_through: int | None = None

    @property
    def agrees(self) -> bool:
        """True if the load and foilib's data agree on every day and name."""
        return not (self.added or self.only_foilib or self.renamed)

    def disagreements(self) -> tuple[str, ...]:
        """One line per day where the load and foilib's data disagree."""
        lines = [
            f"{h.date.isoformat()} {h.division.value}: added {h.name!r} ("
            + (
                "foilib had decided this disputed day was not a bank holiday: the load settles it"
                if (h.date, h.division) in _DISPUTED_NOT_HELD
                else "not in foilib's data"
            )
            + ")"
            for h in self.added
        ]
        lines += [
            f"{h.date.isoformat()} {h.division.value}: foilib has {h.name!r}, {self.origin} "
            "does not (kept)"
            for h in self.only_foilib
        ]
        lines += [
            f"{h.date.isoformat()} {h.division.value}: foilib calls it {h.name!r}, "
            f"{self.origin} {title!r} (foilib's name kept)"
            for h, title in self.renamed
        ]
        return tuple(lines)

    def __str__(self) -> str:
        head = f"{self.origin}: {len(self.added)} day(s) added"
        lines = self.disagreements()
        return head + ("".join(f"\n  {line}" for line in lines) if lines else ", no disagreement")


@attrs.define
class _State:
    version: int = 0
    confirmed_year: int = LAST_OFFICIAL_YEAR
    loaded_by_year: dict[int, tuple[Proclamation, ...]] = attrs.Factory(dict)
    reports: list[LoadReport] = attrs.Factory(list)
    listeners: list[Callable[[], None]] = attrs.Factory(list)


_STATE = _State()


def data_version() -> int:
    """A number that changes whenever holiday data is loaded or reset at run time.

    Caches built from the holidays (the working-day tables) key on it.
    """
    return _STATE.version


def on_data_change(callback: Callable[[], None]) -> None:
    """Call ``callback()`` whenever holiday data changes at run time (for caches)."""
    _STATE.listeners.append(callback)


def confirmed_through() -> int:
    """The last year whose holidays are confirmed by an official list.

    :data:`LAST_OFFICIAL_YEAR` for the built-in data, later if a GOV.UK file loaded at run
    time covers later years. Holidays of later years are ``provisional``.
    """
    return _STATE.confirmed_year


def _changed() -> None:
    _STATE.version += 1
    _year_table.cache_clear()
    for callback in _STATE.listeners:
        callback()


def reset_holidays() -> None:
    """Forget every day loaded at run time: back to foilib's built-in data."""
    _STATE.loaded_by_year.clear()
    _STATE.reports.clear()
    _STATE.confirmed_year = LAST_OFFICIAL_YEAR
    _changed()


def _read_source(source: object) -> tuple[str, Any]:
    import json  # here, not at the top: `foilib due` never reads a file (start-up, issue 14)
    from pathlib import Path

    if isinstance(source, Mapping):
        return "<dict>", source
    if isinstance(source, (str, os.PathLike)):
        origin = os.fspath(source)
        try:
            text = Path(origin).read_text(encoding="utf-8-sig")
        except FileNotFoundError:
            raise HolidayDataError(origin, "no such file") from None
        except IsADirectoryError:
            raise HolidayDataError(origin, "is a directory, expected a JSON file") from None
        except UnicodeDecodeError:
            raise HolidayDataError(origin, "not UTF-8 text, expected a JSON file") from None
        except OSError as exc:
            raise HolidayDataError(origin, f"cannot read ({exc.strerror})") from None
        try:
            return origin, json.loads(text)
        except (json.JSONDecodeError, RecursionError) as exc:
            where = f" at line {exc.lineno}" if isinstance(exc, json.JSONDecodeError) else ""
            raise HolidayDataError(origin, f"not valid JSON{where}") from None
    raise ArgumentTypeError(
        "source", source, "a path to a GOV.UK bank-holidays.json file, or its dict"
    )


def _parse_govuk(origin: str, data: object) -> dict[Division, list[tuple[dt.date, str]]]:
    """The days of a GOV.UK ``bank-holidays.json`` document, checked."""
    if not isinstance(data, Mapping) or not data:
        raise HolidayDataError(
            origin, "expected a JSON object keyed by division ('england-and-wales', ...)"
        )
    names = ", ".join(d.value for d in Division)
    out: dict[Division, list[tuple[dt.date, str]]] = {}
    for key, value in data.items():
        try:
            division = Division(key)
        except ValueError:
            raise HolidayDataError(
                origin, f"$.{key}: unknown division; expected one of {names}"
            ) from None
        events = value.get("events") if isinstance(value, Mapping) else None
        if not isinstance(events, list):
            raise HolidayDataError(origin, f"$.{key}.events: expected a list of events")
        days: list[tuple[dt.date, str]] = []
        for i, event in enumerate(events):
            path = f"$.{key}.events[{i}]"
            if not isinstance(event, Mapping):
                raise HolidayDataError(origin, f"{path}: expected an object with date and title")
            title, text = event.get("title"), event.get("date")
            if not isinstance(title, str) or not title.strip():
                raise HolidayDataError(origin, f"{path}.title: expected a non-empty string")
            try:
                if not isinstance(text, str) or len(text) != 10:
                    raise ValueError
                day = dt.date.fromisoformat(text)
            except ValueError:
                raise HolidayDataError(
                    origin, f"{path}.date: expected a date as YYYY-MM-DD, got {text!r}"
                ) from None
            if not FIRST_YEAR <= day.year <= LAST_YEAR:
                raise HolidayDataError(
                    origin, f"{path}.date: {text} is outside {FIRST_YEAR}-{LAST_YEAR}"
                )
            days.append((day, " ".join(title.replace("\u2019", "'").split())))
        out[division] = days
    return out


def load_holidays(source: str | os.PathLike[str] | Mapping[str, Any]) -> LoadReport:
    """Add the days of a GOV.UK ``bank-holidays.json`` file (or its dict) to foilib's data.

    ``source`` is a path, or the parsed document: ``{"england-and-wales": {"events":
    [{"title": ..., "date": "YYYY-MM-DD", ...}, ...]}, ...}`` (any subset of the three
    divisions). Days foilib lacks are added (as bank holidays made "under the 1971 Act", so
    they stop the clock); nothing foilib has is dropped. Where the file and foilib disagree,
    the returned :class:`LoadReport` says exactly which days. A file covering every division
    confirms its years: holidays up to its last year stop being ``provisional``.

    Returns the :class:`LoadReport`. Raises :class:`HolidayDataError` for a file that cannot
    be read or is not a GOV.UK bank-holidays document (naming the file and the JSON path),
    :class:`~foilib.ArgumentTypeError` for a ``source`` of another type.
    """
    origin, data = _read_source(source)
    parsed = _parse_govuk(origin, data)
    label = f"loaded at run time from {origin} (a GOV.UK bank-holidays list)"
    new: list[Proclamation] = []
    renamed: list[tuple[Holiday, str]] = []
    only_foilib: list[Holiday] = []
    years: set[int] = set()
    for division, days in parsed.items():
        by_year: dict[int, dict[dt.date, str]] = {}
        for day, title in days:
            by_year.setdefault(day.year, {})[day] = title
        for year, listed in sorted(by_year.items()):
            years.add(year)
            ours = {h.date: h for h in _year_table(year)[division]}
            for day, title in sorted(listed.items()):
                have = ours.get(day)
                if have is None:
                    new.append(Proclamation(day, title, (division,), label, ""))
                elif _norm(have.name) != _norm(title):
                    renamed.append((have, title))
            only_foilib += [h for d, h in sorted(ours.items()) if d not in listed]
    confirms: int | None = None
    if set(parsed) == set(Division) and years:
        common = set.intersection(*({d.year for d, _ in v} for v in parsed.values()))
        confirms = max(common) if common else None
    return _apply(origin, new, only_foilib, renamed, sorted(years), confirms)


def _norm(name: str) -> str:
    return " ".join(name.replace("\u2019", "'").casefold().split())


def add_proclamation(
    date: dt.date,
    divisions: Iterable[Division | str],
    name: str,
    source: str,
    source_url: str | None = None,
) -> LoadReport:
    """Add one proclaimed bank holiday (BFDA 1971 s.1(3)) that foilib does not know yet.

    ``divisions`` are the parts of the UK it applies to (:class:`Division` or value strings),
    ``name`` its title, ``source`` the citation of the proclamation (e.g. its Gazette notice)
    and ``source_url`` that instrument's text. A day foilib already has in a division is
    reported in ``LoadReport.only_foilib`` and left as it is.

    Returns the :class:`LoadReport`. Raises :class:`~foilib.ArgumentTypeError` /
    :class:`~foilib.ArgumentError` naming the bad argument, and
    :class:`~foilib.CalendarRangeError` for a date outside 2000-2099.
    """
    date = _check_date("date", date)
    if isinstance(divisions, (str, Division)):
        divisions = (divisions,)
    checked = tuple(dict.fromkeys(_check_division(d) for d in divisions))
    if not checked:
        raise ArgumentError("divisions", divisions, "at least one division")
    for argument, value in (("name", name), ("source", source)):
        if not isinstance(value, str) or not value.strip():
            raise ArgumentTypeError(argument, value, "a non-empty string")
    if source_url is not None and (not isinstance(source_url, str) or not source_url.strip()):
        raise ArgumentTypeError("source_url", source_url, "a non-empty string or None")
    table = _year_table(date.year)
    present = tuple(h for d in checked for h in table[d] if h.date == date)
    fresh = tuple(d for d in checked if not any(h.division is d for h in present))
    new = [Proclamation(date, name, fresh, source, source_url or "")] if fresh else []
    return _apply(f"proclamation of {date.isoformat()}", new, list(present), [], [date.year], None)


def _apply(
    origin: str,
    new: list[Proclamation],
    only_foilib: list[Holiday],
    renamed: list[tuple[Holiday, str]],
    years: list[int],
    confirms: int | None,
) -> LoadReport:
    for p in new:
        year = p.date.year
        _STATE.loaded_by_year[year] = (*_STATE.loaded_by_year.get(year, ()), p)
    if confirms is not None and confirms > _STATE.confirmed_year:
        _STATE.confirmed_year = confirms
    _changed()
    added = tuple(
        h
        for p in new
        for d in p.divisions
        for h in _year_table(p.date.year)[d]
        if h.date == p.date and h.source == p.source
    )
    report = LoadReport(origin, added, tuple(only_foilib), tuple(renamed), tuple(years), confirms)
    _STATE.reports.append(report)
    return report


# --- vintage ----------------------------------------------------------------------------------


@attrs.frozen(slots=True)
class DataSource:
    """The vintage of the holiday data in use.

    ``official_list`` is the newest official list foilib's built-in data was checked against;
    ``last_official_year`` its last year; ``confirmed_through`` the last confirmed year now
    (later if a loaded file confirms more); ``first_provisional_year`` the first year whose
    holidays are rule-based forecasts; ``proclamations`` the one-off and moved days built in;
    ``disputed`` the days foilib decided against a published list; ``loaded`` every run-time
    load since start-up (or the last :func:`reset_holidays`).
    """

    official_list: str
    last_official_year: int
    confirmed_through: int
    first_provisional_year: int
    proclamations: tuple[Proclamation, ...]
    disputed: tuple[Disputed, ...]
    loaded: tuple[LoadReport, ...]
    version: int

    def __str__(self) -> str:
        lines = [
            f"official list checked against: {self.official_list}",
            f"confirmed through: {self.confirmed_through}; provisional (rule-based) from "
            f"{self.first_provisional_year}",
            "proclamations built in:",
        ]
        for p in self.proclamations:
            where = ", ".join(d.title for d in p.divisions)
            lines.append(f"  {p.date.isoformat()} {p.name} [{where}]")
        lines.append("disputed days (foilib's decision):")
        for d in self.disputed:
            verdict = "a bank holiday" if d.holiday else "not a bank holiday"
            lines.append(f"  {d.date.isoformat()} {d.division.title}: {verdict}")
        if self.loaded:
            lines.append("loaded at run time:")
            for r in self.loaded:
                lines.extend("  " + line for line in str(r).splitlines())
        else:
            lines.append("loaded at run time: nothing")
        return "\n".join(lines)


def data_source() -> DataSource:
    """The vintage of the holiday data in use (see :class:`DataSource`)."""
    return DataSource(
        official_list=OFFICIAL_LIST,
        last_official_year=LAST_OFFICIAL_YEAR,
        confirmed_through=_STATE.confirmed_year,
        first_provisional_year=_STATE.confirmed_year + 1,
        proclamations=PROCLAMATIONS,
        disputed=DISPUTED,
        loaded=tuple(_STATE.reports),
        version=_STATE.version,
    )
