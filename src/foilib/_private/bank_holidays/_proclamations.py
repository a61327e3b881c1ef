"""One-off and moved UK bank holidays since 2000, as a dated list with citations.

Each row was made by royal proclamation under the Banking and Financial Dealings Act 1971
s.1(3) (an extra day) or s.1(2) (a Schedule 1 day displaced to another date); Scottish days
since 1999 on the First Minister's advice (powers executively devolved by the Scotland Act
1998). Rows with ``moves`` replace that recurring rule's date (see :mod:`._rules`) in that year
and division; other rows add a day.

Verified against the GOV.UK bank-holidays data (2012 onwards; tests/data) and the sources
cited on each row. Days before 2012 rest on the cited sources only.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..regimes import Division

__all__ = ["LAST_OFFICIAL_YEAR", "PROCLAMATIONS", "Proclamation"]

#: The last year for which the GOV.UK bank-holidays data (the official list, copy of
#: 2026-02-25 in tests/data) publishes dates. Holidays in later years are computed from the
#: rules alone and flagged ``provisional``.
LAST_OFFICIAL_YEAR = 2028

_ALL = (Division.ENGLAND_AND_WALES, Division.SCOTLAND, Division.NORTHERN_IRELAND)
_EWNI = (Division.ENGLAND_AND_WALES, Division.NORTHERN_IRELAND)
_S = (Division.SCOTLAND,)
_PROC = "Royal proclamation under Banking and Financial Dealings Act 1971 s.1"


@attrs.frozen(slots=True)
class Proclamation:
    """A bank holiday appointed by royal proclamation for one date, with its citation.

    ``moves`` names the recurring rule (e.g. ``"spring"``) whose date this row replaces in the
    same year and divisions; ``None`` for an extra day.
    """

    date: dt.date
    name: str
    divisions: tuple[Division, ...]
    source: str
    source_url: str
    moves: str | None = None


D = dt.date

#: Every one-off or moved bank holiday in the supported range, in date order.
PROCLAMATIONS: tuple[Proclamation, ...] = (
    Proclamation(
        D(2002, 6, 3),
        "Golden Jubilee bank holiday",
        _ALL,
        f"{_PROC}(3) (Queen's Golden Jubilee; announced by the Prime Minister, 2000)",
        "http://news.bbc.co.uk/2/hi/uk_news/1038809.stm",
    ),
    Proclamation(
        D(2002, 6, 4),
        "Spring bank holiday",
        _ALL,
        f"{_PROC}(2) (Spring bank holiday moved from Monday 27 May 2002 for the Golden Jubilee)",
        "http://news.bbc.co.uk/2/hi/uk_news/1038809.stm",
        moves="spring",
    ),
    Proclamation(
        D(2011, 4, 29),
        "Royal wedding bank holiday",
        _ALL,
        f"{_PROC}(3) (wedding of Prince William and Catherine Middleton; Scotland followed)",
        "https://www.officeholidays.com/countries/united_kingdom/royal_wedding_2010.php",
    ),
    Proclamation(
        D(2012, 6, 4),
        "Spring bank holiday",
        _ALL,
        f"{_PROC}(2) (Spring bank holiday moved from Monday 28 May 2012 for the Diamond Jubilee)",
        "https://www.gov.uk/bank-holidays",
        moves="spring",
    ),
    Proclamation(
        D(2012, 6, 5),
        "Queen's Diamond Jubilee",
        _ALL,
        f"{_PROC}(3) (Queen's Diamond Jubilee)",
        "https://www.gov.uk/bank-holidays",
    ),
    Proclamation(
        D(2020, 5, 8),
        "Early May bank holiday (VE day)",
        _ALL,
        f"{_PROC}(2)-(3) (Early May bank holiday moved from Monday 4 May 2020 for the 75th "
        "anniversary of VE Day; London Gazette notice 3326938 for England, Wales and Northern "
        "Ireland; Scotland by separate proclamation)",
        "https://www.thegazette.co.uk/notice/3326938",
        moves="early-may",
    ),
    Proclamation(
        D(2022, 6, 2),
        "Spring bank holiday",
        _ALL,
        f"{_PROC}(2) (Spring bank holiday moved from Monday 30 May 2022 for the Platinum Jubilee)",
        "https://www.gov.uk/bank-holidays",
        moves="spring",
    ),
    Proclamation(
        D(2022, 6, 3),
        "Platinum Jubilee bank holiday",
        _ALL,
        f"{_PROC}(3) (Queen's Platinum Jubilee)",
        "https://www.gov.uk/bank-holidays",
    ),
    Proclamation(
        D(2022, 9, 19),
        "Bank Holiday for the State Funeral of Queen Elizabeth II",
        _ALL,
        f"{_PROC}(3) (State Funeral of Queen Elizabeth II; London Gazette notice 4158896 for "
        "England, Wales and Northern Ireland; Scotland by separate proclamation)",
        "https://www.thegazette.co.uk/notice/4158896",
    ),
    Proclamation(
        D(2023, 5, 8),
        "Bank holiday for the coronation of King Charles III",
        _ALL,
        f"{_PROC}(3) (coronation of King Charles III; whole UK)",
        "https://www.gov.uk/bank-holidays",
    ),
    Proclamation(
        D(2026, 6, 15),
        "World Cup bank holiday",
        _S,
        f"{_PROC}(3) (Scotland men's team at the FIFA World Cup; proclamation approved "
        "5 February 2026 on the First Minister's proposal; Scotland only)",
        "https://www.wired-gov.net/wg/news.nsf/articles/world+cup+bank+holiday+confirmed+05022026150500?open",
    ),
)
