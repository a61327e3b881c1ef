"""Recurring UK bank holidays as data: one row per day and division, each with its citation.

The Banking and Financial Dealings Act 1971 (c. 80), Schedule 1, lists the recurring bank
holidays of each part of the UK (para 1 England and Wales, para 2 Scotland, para 3 Northern
Ireland), with its own rule for a day that falls on a Sunday. The other recurring days (1 January
and the first Monday in May in England, Wales and Northern Ireland; the last Monday in May and
26 December in Scotland; 12 July in Northern Ireland) and every Saturday substitute are appointed
each year by royal proclamation under s.1(3) of the Act. Christmas Day and Good Friday are
common-law holidays in England, Wales and Northern Ireland, not bank holidays under the Act; they
are listed because GOV.UK lists them and FOIA s.10(6) names them expressly.

Weekend rule (every fixed-date row): a day that falls on a Saturday or Sunday is replaced by the
next weekday that is not already a bank holiday in that division, taking days in date order. This
reproduces Sch 1's Sunday rules (e.g. 27 December when 25 or 26 December is a Sunday), the St
Andrew's Day rule ("the following Monday") and the annual proclamations' Saturday substitutes.

One-off and moved days live in :mod:`._proclamations`, not here.
"""

from __future__ import annotations

import enum

import attrs

from ..regimes import Division

__all__ = ["RULES", "Kind", "Rule"]

E = Division.ENGLAND_AND_WALES
S = Division.SCOTLAND
N = Division.NORTHERN_IRELAND

BFDA_SCH1 = "https://www.legislation.gov.uk/ukpga/1971/80/schedule/1"
BFDA_S1 = "https://www.legislation.gov.uk/ukpga/1971/80/section/1"
ST_ANDREW_2007 = "https://www.legislation.gov.uk/asp/2007/2/section/1"
#: A representative annual proclamation under BFDA s.1(3) (London Gazette, 1998: 1 January and
#: first Monday in May for England, Wales and Northern Ireland; last Monday in May for Scotland;
#: Saturday substitutes). Later years follow the same pattern in the Gazette.
ANNUAL_PROCLAMATION = "https://www.thegazette.co.uk/notice/L-55182-5SI"
COMMON_LAW = "https://www.legislation.gov.uk/ukpga/2000/36/section/10"

_SCH1_EW = "Banking and Financial Dealings Act 1971 Sch 1 para 1"
_SCH1_S = "Banking and Financial Dealings Act 1971 Sch 1 para 2"
_SCH1_NI = "Banking and Financial Dealings Act 1971 Sch 1 para 3"
_PROC = "annual royal proclamation under Banking and Financial Dealings Act 1971 s.1(3)"
_CL = "common-law holiday (not in BFDA 1971 Sch 1 for this division; named in FOIA s.10(6))"
_SAT = f"substitute weekday by {_PROC}"


class Kind(enum.Enum):
    """How a recurring day's date is found in a given year."""

    FIXED = "fixed"  # month/day
    EASTER = "easter"  # Easter Sunday + offset days (dateutil.easter, Western)
    FIRST_MONDAY = "first-monday"  # first Monday of month
    LAST_MONDAY = "last-monday"  # last Monday of month


@attrs.frozen(slots=True)
class Rule:
    """One recurring bank holiday in one division, with its legal source.

    ``weekend_source`` cites what substitutes the day when it falls on a weekend (fixed-date
    rows only). Where Sch 1 itself names the replacement day (``statutory_substitute``,
    e.g. 27 December), ``weekend_source`` cites Sch 1 and applies only when the substitute
    falls on that day; any other substitute comes by proclamation (``saturday_source``).
    ``first_year``/``last_year`` bound the years the rule applies to.
    """

    key: str
    name: str
    division: Division
    kind: Kind
    source: str
    source_url: str
    month: int = 0
    day: int = 0
    easter_offset: int = 0
    weekend_source: str = ""
    saturday_source: str = ""
    statutory_substitute: tuple[int, int] | None = None  # (month, day) named by Sch 1
    first_year: int = 1974
    last_year: int = 9999


def _fixed(
    key: str,
    name: str,
    division: Division,
    month: int,
    day: int,
    source: str,
    url: str,
    weekend: str | tuple[str, str],
    first_year: int = 1974,
    statutory: tuple[int, int] | None = None,
) -> Rule:
    sunday, saturday = weekend if isinstance(weekend, tuple) else (weekend, "")
    return Rule(
        key,
        name,
        division,
        Kind.FIXED,
        source,
        url,
        month=month,
        day=day,
        weekend_source=sunday,
        saturday_source=saturday,
        statutory_substitute=statutory,
        first_year=first_year,
    )


def _easter(key: str, name: str, division: Division, offset: int, source: str, url: str) -> Rule:
    return Rule(key, name, division, Kind.EASTER, source, url, easter_offset=offset)


def _monday(
    key: str, name: str, division: Division, kind: Kind, month: int, source: str, url: str
) -> Rule:
    return Rule(key, name, division, kind, source, url, month=month)


#: Every recurring bank holiday, one row per division. Citations beside every row.
RULES: tuple[Rule, ...] = (
    # --- England and Wales (BFDA Sch 1 para 1 + annual proclamations) ---------------------
    _fixed(
        "new-year",
        "New Year's Day",
        E,
        1,
        1,
        _PROC,
        ANNUAL_PROCLAMATION,
        f"substitute weekday by {_PROC}",
    ),
    _easter("good-friday", "Good Friday", E, -2, _CL, COMMON_LAW),
    _easter("easter-monday", "Easter Monday", E, 1, _SCH1_EW, BFDA_SCH1),
    _monday(
        "early-may", "Early May bank holiday", E, Kind.FIRST_MONDAY, 5, _PROC, ANNUAL_PROCLAMATION
    ),
    _monday("spring", "Spring bank holiday", E, Kind.LAST_MONDAY, 5, _SCH1_EW, BFDA_SCH1),
    _monday("summer", "Summer bank holiday", E, Kind.LAST_MONDAY, 8, _SCH1_EW, BFDA_SCH1),
    _fixed(
        "christmas",
        "Christmas Day",
        E,
        12,
        25,
        _CL,
        COMMON_LAW,
        (f"{_SCH1_EW} (27 December when 25 or 26 December is a Sunday)", _SAT),
        statutory=(12, 27),
    ),
    _fixed(
        "boxing-day",
        "Boxing Day",
        E,
        12,
        26,
        _SCH1_EW,
        BFDA_SCH1,
        (f"{_SCH1_EW} (27 December when 26 December is a Sunday)", _SAT),
        statutory=(12, 27),
    ),
    # --- Scotland (BFDA Sch 1 para 2, as amended in 2007, + annual proclamations) ----------
    _fixed(
        "new-year",
        "New Year's Day",
        S,
        1,
        1,
        _SCH1_S,
        BFDA_SCH1,
        (f"{_SCH1_S} (3 January if a Sunday)", _SAT),
        statutory=(1, 3),
    ),
    _fixed(
        "2-january",
        "2nd January",
        S,
        1,
        2,
        _SCH1_S,
        BFDA_SCH1,
        (f"{_SCH1_S} (3 January if a Sunday)", _SAT),
        statutory=(1, 3),
    ),
    _easter("good-friday", "Good Friday", S, -2, _SCH1_S, BFDA_SCH1),
    _monday("early-may", "Early May bank holiday", S, Kind.FIRST_MONDAY, 5, _SCH1_S, BFDA_SCH1),
    _monday("spring", "Spring bank holiday", S, Kind.LAST_MONDAY, 5, _PROC, ANNUAL_PROCLAMATION),
    _monday("summer", "Summer bank holiday", S, Kind.FIRST_MONDAY, 8, _SCH1_S, BFDA_SCH1),
    _fixed(
        "st-andrew",
        "St Andrew's Day",
        S,
        11,
        30,
        f"{_SCH1_S}, as amended by the St Andrew's Day Bank Holiday (Scotland) Act 2007 s.1",
        ST_ANDREW_2007,
        "St Andrew's Day Bank Holiday (Scotland) Act 2007 s.1 (the following Monday if 30 "
        "November is a Saturday or Sunday)",
        first_year=2007,
    ),
    _fixed(
        "christmas",
        "Christmas Day",
        S,
        12,
        25,
        _SCH1_S,
        BFDA_SCH1,
        (f"{_SCH1_S} (26 December if a Sunday)", _SAT),
        statutory=(12, 26),
    ),
    _fixed(
        "boxing-day",
        "Boxing Day",
        S,
        12,
        26,
        _PROC,
        ANNUAL_PROCLAMATION,
        f"substitute weekday by {_PROC}",
    ),
    # --- Northern Ireland (BFDA Sch 1 para 3 + annual proclamations) -----------------------
    _fixed(
        "new-year",
        "New Year's Day",
        N,
        1,
        1,
        _PROC,
        ANNUAL_PROCLAMATION,
        f"substitute weekday by {_PROC}",
    ),
    _fixed(
        "st-patrick",
        "St Patrick's Day",
        N,
        3,
        17,
        _SCH1_NI,
        BFDA_SCH1,
        (f"{_SCH1_NI} (18 March if a Sunday)", _SAT),
        statutory=(3, 18),
    ),
    _easter("good-friday", "Good Friday", N, -2, _CL, COMMON_LAW),
    _easter("easter-monday", "Easter Monday", N, 1, _SCH1_NI, BFDA_SCH1),
    _monday(
        "early-may", "Early May bank holiday", N, Kind.FIRST_MONDAY, 5, _PROC, ANNUAL_PROCLAMATION
    ),
    _monday("spring", "Spring bank holiday", N, Kind.LAST_MONDAY, 5, _SCH1_NI, BFDA_SCH1),
    _fixed(
        "boyne",
        "Battle of the Boyne (Orangemen's Day)",
        N,
        7,
        12,
        _PROC,
        ANNUAL_PROCLAMATION,
        f"substitute Monday by {_PROC}",
    ),
    _monday("summer", "Summer bank holiday", N, Kind.LAST_MONDAY, 8, _SCH1_NI, BFDA_SCH1),
    _fixed(
        "christmas",
        "Christmas Day",
        N,
        12,
        25,
        _CL,
        COMMON_LAW,
        (f"{_SCH1_NI} (27 December when 25 or 26 December is a Sunday)", _SAT),
        statutory=(12, 27),
    ),
    _fixed(
        "boxing-day",
        "Boxing Day",
        N,
        12,
        26,
        _SCH1_NI,
        BFDA_SCH1,
        (f"{_SCH1_NI} (27 December when 26 December is a Sunday)", _SAT),
        statutory=(12, 27),
    ),
)
