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

__all__ = [
    "DISPUTED",
    "LAST_OFFICIAL_YEAR",
    "OFFICIAL_LIST",
    "PROCLAMATIONS",
    "Disputed",
    "Proclamation",
]

#: The last year for which the GOV.UK bank-holidays data (the official list, copy of
#: 2026-02-25 in tests/data) publishes dates. Holidays in later years are computed from the
#: rules alone and flagged ``provisional``.
LAST_OFFICIAL_YEAR = 2028
#: The newest official list foilib's data was checked against (see tests/data).
OFFICIAL_LIST = "GOV.UK bank-holidays.json, copy of 2026-02-25 (2012-2028)"

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
        f"{_PROC}(3) (Queen's Golden Jubilee; Gazette notice not reached: the BBC report of the "
        "Prime Minister's announcement of 2000 is linked)",
        "http://news.bbc.co.uk/2/hi/uk_news/1038809.stm",
    ),
    Proclamation(
        D(2002, 6, 4),
        "Spring bank holiday",
        _ALL,
        f"{_PROC}(2) (Spring bank holiday moved from Monday 27 May 2002 for the Golden Jubilee; "
        "Gazette notice not reached: the BBC report of the announcement is linked)",
        "http://news.bbc.co.uk/2/hi/uk_news/1038809.stm",
        moves="spring",
    ),
    Proclamation(
        D(2011, 4, 29),
        "Royal wedding bank holiday",
        _ALL,
        f"{_PROC}(3) (wedding of Prince William and Catherine Middleton; Scotland followed; "
        "Gazette notice not reached: a secondary listing is linked, unverified)",
        "https://www.officeholidays.com/countries/united_kingdom/royal_wedding_2010.php",
    ),
    Proclamation(
        D(2012, 6, 4),
        "Spring bank holiday",
        _ALL,
        f"{_PROC}(2) (Spring bank holiday moved from Monday 28 May 2012 for the Diamond Jubilee; "
        "Gazette notice not reached: the GOV.UK list is linked)",
        "https://www.gov.uk/bank-holidays",
        moves="spring",
    ),
    Proclamation(
        D(2012, 6, 5),
        "Queen's Diamond Jubilee",
        _ALL,
        f"{_PROC}(3) (Queen's Diamond Jubilee; Gazette notice not reached: the GOV.UK list "
        "is linked)",
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
        f"{_PROC}(2) (Spring bank holiday moved from Monday 30 May 2022 for the Platinum Jubilee; "
        "Gazette notice not reached: the GOV.UK list is linked)",
        "https://www.gov.uk/bank-holidays",
        moves="spring",
    ),
    Proclamation(
        D(2022, 6, 3),
        "Platinum Jubilee bank holiday",
        _ALL,
        f"{_PROC}(3) (Queen's Platinum Jubilee; Gazette notice not reached: the GOV.UK list "
        "is linked)",
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
        f"{_PROC}(3) (coronation of King Charles III; whole UK; Gazette notice not reached: the "
        "Prime Minister's announcement of 8 November 2022 is linked)",
        "https://www.wired-gov.net/wg/news.nsf/articles/bank+holiday+proclaimed+in+honour+of+the+coronation+of+his+majesty+king+charles+iii+08112022092000?open",
    ),
    Proclamation(
        D(2026, 6, 15),
        "World Cup bank holiday",
        _S,
        f"{_PROC}(3) made Wednesday 4 February 2026 on the First Minister's advice (Scotland "
        "men's team at the FIFA World Cup; Scotland only); announced by the Scottish Government "
        "on Thursday 5 February 2026 (the release linked here); the Edinburgh Gazette notice "
        "was not reached (unverified)",
        "https://www.wired-gov.net/wg/news.nsf/articles/world+cup+bank+holiday+confirmed+05022026150500?open",
    ),
)

#: Evidence for the date the 2026 Scottish proclamation was made: the Scottish Government's
#: release of Thursday 5 February 2026 says the King "has approved" it; The Independent of
#: 5 February 2026 quotes the proclamation's words as issued by Buckingham Palace "on
#: Wednesday", i.e. 4 February 2026. foilib cites 4 February 2026 (made) and 5 February 2026
#: (announced).
WORLD_CUP_2026_EVIDENCE = (
    "https://www.wired-gov.net/wg/news.nsf/articles/world+cup+bank+holiday+confirmed+05022026150500?open",
    "https://www.independent.co.uk/news/uk/home-news/scotland-bank-holiday-june-world-cup-b2914436.html",
)


@attrs.frozen(slots=True)
class Disputed:
    """A day whose status as a bank holiday is disputed, with foilib's decision and evidence.

    ``holiday`` is foilib's decision: ``True`` if foilib counts ``date`` as a bank holiday in
    ``division``, ``False`` if not. ``claimed_by`` names the list that shows it as a bank
    holiday, ``evidence`` the sources behind the decision (each a URL or a citation).
    ``instead`` is the day that stays the bank holiday when the substitute was never made
    (a Saturday or Sunday, so it costs no working day). A deadline whose count crosses a
    disputed day says so (:func:`foilib.data_status`).
    """

    date: dt.date
    division: Division
    holiday: bool
    instead: dt.date | None
    reason: str
    claimed_by: str
    evidence: tuple[str, ...]


_SCH1_S2 = "Banking and Financial Dealings Act 1971 Sch 1 para 2"
_DRACOS = "https://dracos.co.uk/wrote/bad-bank-holidays"
#: The list that shows the disputed days (a copy is kept for the tests in
#: tests/data/holidays-crosscheck-2000-2011.json; user-facing text names the list only).
_GOVUK_2011 = "the GOV.UK bank holidays list of 2011"

#: Days foilib has decided against a published list. Decision (best evidence reached):
#: the Scottish Government's confirmation (via the Privy Council, the Crown Office and the
#: Edinburgh Gazette, reported by Matthew Somerville of mySociety on 21 January 2014) that no
#: royal proclamation appointed these days outweighs GOV.UK's 2011 list, which shows them but
#: cites nothing. A bank holiday exists only by Sch 1 or a proclamation (BFDA 1971 s.1), and
#: neither made these days; the Saturday stayed the holiday. The 2004 Scottish proclamation
#: (for 2005) shows the pattern that was not repeated. No Edinburgh Gazette notice appointing
#: either day was found.
DISPUTED: tuple[Disputed, ...] = (
    Disputed(
        D(2010, 1, 4),
        Division.SCOTLAND,
        False,
        D(2010, 1, 2),
        f"2 January 2010 was a Saturday; {_SCH1_S2} moves 2 January only from a Sunday, so a "
        "Monday substitute needed a proclamation under s.1(3), and none was made",
        _GOVUK_2011,
        (_DRACOS, "https://www.legislation.gov.uk/ukpga/1971/80/schedule/1"),
    ),
    Disputed(
        D(2011, 1, 4),
        Division.SCOTLAND,
        False,
        D(2011, 1, 1),
        f"1 January 2011 was a Saturday (2 January, a Sunday, went to Monday 3 January by "
        f"{_SCH1_S2}); a Tuesday substitute for New Year's Day needed a proclamation under "
        "s.1(3), and none was made",
        _GOVUK_2011,
        (_DRACOS, "https://www.legislation.gov.uk/ukpga/1971/80/schedule/1"),
    ),
)
