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
#: Marker URL for "this year's annual royal proclamation under BFDA s.1(3)": resolved per year
#: and division by :func:`annual_proclamation` to the year's Gazette notice where foilib has it,
#: else to the enabling power (BFDA s.1), since each year's proclamation is a different notice.
ANNUAL_PROCLAMATION = "annual-proclamation:"

#: The London Gazette notice of each year's annual proclamation for England, Wales and
#: Northern Ireland (1 January, the first Monday in May, 12 July in Northern Ireland), where
#: reached. Each notice's title names the days it appoints.
ANNUAL_NOTICES_EWNI: dict[int, str] = {
    2020: "https://www.thegazette.co.uk/notice/3326938",
    2023: "https://www.thegazette.co.uk/notice/4115743",
    2024: "https://www.thegazette.co.uk/notice/4388378",
    2025: "https://www.thegazette.co.uk/notice/4631404",
}

_SCH1_EW = "Banking and Financial Dealings Act 1971 Sch 1 para 1"
_SCH1_S = "Banking and Financial Dealings Act 1971 Sch 1 para 2"
_SCH1_NI = "Banking and Financial Dealings Act 1971 Sch 1 para 3"
_PROC = "annual royal proclamation under Banking and Financial Dealings Act 1971 s.1(3)"
#: Christmas Day and Good Friday in England, Wales and Northern Ireland: no instrument makes
#: them holidays, so their ``source_url`` is ``None``.
_CL = "common-law holiday (not in BFDA 1971 Sch 1 for this division; named in FOIA s.10(6))"
_SAT = (f"substitute weekday by {_PROC}", ANNUAL_PROCLAMATION)


def annual_proclamation(year: int, division: Division) -> tuple[str, str]:
    """(source suffix, URL) of ``year``'s annual proclamation in ``division``.

    The London Gazette notice where :data:`ANNUAL_NOTICES_EWNI` has it; otherwise the
    enabling power, BFDA 1971 s.1, and the suffix says the notice was not reached.
    """
    notice = ANNUAL_NOTICES_EWNI.get(year) if division is not S else None
    if notice is not None:
        return f" (London Gazette notice {notice.rsplit('/', 1)[1]})", notice
    return " (the year's Gazette notice not reached; the enabling power is linked)", BFDA_S1


class Kind(enum.Enum):
    """How a recurring day's date is found in a given year."""

    FIXED = "fixed"  # month/day
    EASTER = "easter"  # Easter Sunday + offset days (dateutil.easter, Western)
    FIRST_MONDAY = "first-monday"  # first Monday of month
    LAST_MONDAY = "last-monday"  # last Monday of month


@attrs.frozen(slots=True)
class Rule:
    """One recurring bank holiday in one division, with its legal source.

    ``source_url`` is the text of the instrument ``source`` cites (``None`` for a common-law
    holiday); ``weekend_source`` cites what substitutes the day when it falls on a weekend
    (fixed-date rows only), ``weekend_source_url`` its text. Where Sch 1 itself names the
    replacement day (``statutory_substitute``, e.g. 27 December), ``weekend_source`` cites
    Sch 1 and applies only when the substitute falls on that day; any other substitute comes
    by proclamation (``saturday_source``, its text ``saturday_source_url``).
    ``first_year``/``last_year`` bound the years the rule applies to.
    """

    key: str
    name: str
    division: Division
    kind: Kind
    source: str
    source_url: str | None
    month: int = 0
    day: int = 0
    easter_offset: int = 0
    weekend_source: str = ""
    weekend_source_url: str | None = None
    saturday_source: str = ""
    saturday_source_url: str | None = None
    statutory_substitute: tuple[int, int] | None = None  # (month, day) named by Sch 1
    #: Sch 1 says "X, or if it be a Sunday, <statutory_substitute>": that day is taken first,
    #: before any proclaimed substitute of an earlier day claims it (Scotland, January).
    statutory_first: bool = False
    first_year: int = 1974
    last_year: int = 9999


def _fixed(
    key: str,
    name: str,
    division: Division,
    month: int,
    day: int,
    source: str,
    url: str | None,
    sunday: tuple[str, str],
    saturday: tuple[str, str] | None = None,
    first_year: int = 1974,
    statutory: tuple[int, int] | None = None,
    statutory_first: bool = False,
) -> Rule:
    sat_text, sat_url = saturday if saturday else ("", None)
    return Rule(
        key,
        name,
        division,
        Kind.FIXED,
        source,
        url,
        month=month,
        day=day,
        weekend_source=sunday[0],
        weekend_source_url=sunday[1],
        saturday_source=sat_text,
        saturday_source_url=sat_url,
        statutory_substitute=statutory,
        statutory_first=statutory_first,
        first_year=first_year,
    )


def _easter(
    key: str, name: str, division: Division, offset: int, source: str, url: str | None
) -> Rule:
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
        _SAT,
    ),
    _easter("good-friday", "Good Friday", E, -2, _CL, None),
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
        None,
        (f"{_SCH1_EW} (27 December when 25 or 26 December is a Sunday)", BFDA_SCH1),
        _SAT,
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
        (f"{_SCH1_EW} (27 December when 26 December is a Sunday)", BFDA_SCH1),
        _SAT,
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
        (f"{_SCH1_S} (3 January if a Sunday)", BFDA_SCH1),
        _SAT,
        statutory=(1, 3),
        statutory_first=True,
    ),
    _fixed(
        "2-january",
        "2nd January",
        S,
        1,
        2,
        _SCH1_S,
        BFDA_SCH1,
        (f"{_SCH1_S} (3 January if a Sunday)", BFDA_SCH1),
        _SAT,
        statutory=(1, 3),
        statutory_first=True,
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
        (
            "St Andrew's Day Bank Holiday (Scotland) Act 2007 s.1 (the following Monday if 30 "
            "November is a Saturday or Sunday)",
            ST_ANDREW_2007,
        ),
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
        (f"{_SCH1_S} (26 December if a Sunday)", BFDA_SCH1),
        _SAT,
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
        _SAT,
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
        _SAT,
    ),
    _fixed(
        "st-patrick",
        "St Patrick's Day",
        N,
        3,
        17,
        _SCH1_NI,
        BFDA_SCH1,
        (f"{_SCH1_NI} (18 March if a Sunday)", BFDA_SCH1),
        _SAT,
        statutory=(3, 18),
    ),
    _easter("good-friday", "Good Friday", N, -2, _CL, None),
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
        (f"substitute Monday by {_PROC}", ANNUAL_PROCLAMATION),
    ),
    _monday("summer", "Summer bank holiday", N, Kind.LAST_MONDAY, 8, _SCH1_NI, BFDA_SCH1),
    _fixed(
        "christmas",
        "Christmas Day",
        N,
        12,
        25,
        _CL,
        None,
        (f"{_SCH1_NI} (27 December when 25 or 26 December is a Sunday)", BFDA_SCH1),
        _SAT,
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
        (f"{_SCH1_NI} (27 December when 26 December is a Sunday)", BFDA_SCH1),
        _SAT,
        statutory=(12, 27),
    ),
)
