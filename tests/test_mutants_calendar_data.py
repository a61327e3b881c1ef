"""Every bank-holiday row pinned whole: its date rule and the exact instrument it cites.

Written to kill the mutants of the module-level holiday data (docs/mutation.md): a citation
swapped, a URL altered, a month or first year shifted by one. Each row is the law it cites:
the Banking and Financial Dealings Act 1971 (BFDA) Sch 1 para 1 (England and Wales), para 2
(Scotland), para 3 (Northern Ireland); the St Andrew's Day Bank Holiday (Scotland) Act 2007
s.1; royal proclamations under BFDA s.1(2)-(3); common-law Christmas Day and Good Friday
(named in FOIA s.10(6)). Sources: legislation.gov.uk (revised text), the London Gazette
notices and the GOV.UK bank-holidays list cited on each row (DOMAIN.md section 2).
"""

from __future__ import annotations

import datetime as dt

import pytest

import foilib
from foilib import Division
from foilib._private.bank_holidays import (
    DISPUTED,
    FIRST_YEAR,
    LAST_OFFICIAL_YEAR,
    LAST_YEAR,
    _proclamations,
    _rules,
)
from foilib._private.bank_holidays._proclamations import PROCLAMATIONS
from foilib._private.bank_holidays._rules import RULES, Kind

D = dt.date
EW, SC, NI = Division.ENGLAND_AND_WALES, Division.SCOTLAND, Division.NORTHERN_IRELAND
ALL = (EW, SC, NI)

BFDA = "Banking and Financial Dealings Act 1971"
SCH1_URL = "https://www.legislation.gov.uk/ukpga/1971/80/schedule/1"
S1_URL = "https://www.legislation.gov.uk/ukpga/1971/80/section/1"
SAD_URL = "https://www.legislation.gov.uk/asp/2007/2/section/1"
ANNUAL = "annual-proclamation:"
PROC = f"annual royal proclamation under {BFDA} s.1(3)"
SAT = f"substitute weekday by {PROC}"
CL = "common-law holiday (not in BFDA 1971 Sch 1 for this division; named in FOIA s.10(6))"
P1, P2, P3 = (f"{BFDA} Sch 1 para {n}" for n in (1, 2, 3))
SAD = f"{P2}, as amended by the St Andrew's Day Bank Holiday (Scotland) Act 2007 s.1"
SAD_WEEKEND = (
    "St Andrew's Day Bank Holiday (Scotland) Act 2007 s.1 (the following Monday if 30 "
    "November is a Saturday or Sunday)"
)
#: No weekend rule and no Saturday rule (an Easter or Monday day never falls on a weekend).
PLAIN = ("", None, "", None)
F, E, M1, ML = Kind.FIXED, Kind.EASTER, Kind.FIRST_MONDAY, Kind.LAST_MONDAY

#: (division, key, name, kind, (month, day, Easter offset), first year, Sch 1's own substitute
#: (month, day) and whether it is taken first, source, URL, weekend source, its URL, Saturday
#: source, its URL). Sch 1 para 1-3 as in force (BFDA 1971, revised text); 1974 is the year
#: the recurring days of the Schedule begin to apply in foilib's rules.
RULE_ROWS = [
    (
        EW,
        "new-year",
        "New Year's Day",
        F,
        (1, 1, 0),
        1974,
        None,
        False,
        PROC,
        ANNUAL,
        SAT,
        ANNUAL,
        "",
        None,
    ),
    (EW, "good-friday", "Good Friday", E, (0, 0, -2), 1974, None, False, CL, None, *PLAIN),
    (EW, "easter-monday", "Easter Monday", E, (0, 0, 1), 1974, None, False, P1, SCH1_URL, *PLAIN),
    (
        EW,
        "early-may",
        "Early May bank holiday",
        M1,
        (5, 0, 0),
        1974,
        None,
        False,
        PROC,
        ANNUAL,
        *PLAIN,
    ),
    (EW, "spring", "Spring bank holiday", ML, (5, 0, 0), 1974, None, False, P1, SCH1_URL, *PLAIN),
    (EW, "summer", "Summer bank holiday", ML, (8, 0, 0), 1974, None, False, P1, SCH1_URL, *PLAIN),
    (
        EW,
        "christmas",
        "Christmas Day",
        F,
        (12, 25, 0),
        1974,
        (12, 27),
        False,
        CL,
        None,
        f"{P1} (27 December when 25 or 26 December is a Sunday)",
        SCH1_URL,
        SAT,
        ANNUAL,
    ),
    (
        EW,
        "boxing-day",
        "Boxing Day",
        F,
        (12, 26, 0),
        1974,
        (12, 27),
        False,
        P1,
        SCH1_URL,
        f"{P1} (27 December when 26 December is a Sunday)",
        SCH1_URL,
        SAT,
        ANNUAL,
    ),
    (
        SC,
        "new-year",
        "New Year's Day",
        F,
        (1, 1, 0),
        1974,
        (1, 3),
        True,
        P2,
        SCH1_URL,
        f"{P2} (3 January if a Sunday)",
        SCH1_URL,
        SAT,
        ANNUAL,
    ),
    (
        SC,
        "2-january",
        "2nd January",
        F,
        (1, 2, 0),
        1974,
        (1, 3),
        True,
        P2,
        SCH1_URL,
        f"{P2} (3 January if a Sunday)",
        SCH1_URL,
        SAT,
        ANNUAL,
    ),
    (SC, "good-friday", "Good Friday", E, (0, 0, -2), 1974, None, False, P2, SCH1_URL, *PLAIN),
    (
        SC,
        "early-may",
        "Early May bank holiday",
        M1,
        (5, 0, 0),
        1974,
        None,
        False,
        P2,
        SCH1_URL,
        *PLAIN,
    ),
    (SC, "spring", "Spring bank holiday", ML, (5, 0, 0), 1974, None, False, PROC, ANNUAL, *PLAIN),
    (SC, "summer", "Summer bank holiday", M1, (8, 0, 0), 1974, None, False, P2, SCH1_URL, *PLAIN),
    (
        SC,
        "st-andrew",
        "St Andrew's Day",
        F,
        (11, 30, 0),
        2007,
        None,
        False,
        SAD,
        SAD_URL,
        SAD_WEEKEND,
        SAD_URL,
        "",
        None,
    ),
    (
        SC,
        "christmas",
        "Christmas Day",
        F,
        (12, 25, 0),
        1974,
        (12, 26),
        False,
        P2,
        SCH1_URL,
        f"{P2} (26 December if a Sunday)",
        SCH1_URL,
        SAT,
        ANNUAL,
    ),
    (
        SC,
        "boxing-day",
        "Boxing Day",
        F,
        (12, 26, 0),
        1974,
        None,
        False,
        PROC,
        ANNUAL,
        SAT,
        ANNUAL,
        "",
        None,
    ),
    (
        NI,
        "new-year",
        "New Year's Day",
        F,
        (1, 1, 0),
        1974,
        None,
        False,
        PROC,
        ANNUAL,
        SAT,
        ANNUAL,
        "",
        None,
    ),
    (
        NI,
        "st-patrick",
        "St Patrick's Day",
        F,
        (3, 17, 0),
        1974,
        (3, 18),
        False,
        P3,
        SCH1_URL,
        f"{P3} (18 March if a Sunday)",
        SCH1_URL,
        SAT,
        ANNUAL,
    ),
    (NI, "good-friday", "Good Friday", E, (0, 0, -2), 1974, None, False, CL, None, *PLAIN),
    (NI, "easter-monday", "Easter Monday", E, (0, 0, 1), 1974, None, False, P3, SCH1_URL, *PLAIN),
    (
        NI,
        "early-may",
        "Early May bank holiday",
        M1,
        (5, 0, 0),
        1974,
        None,
        False,
        PROC,
        ANNUAL,
        *PLAIN,
    ),
    (NI, "spring", "Spring bank holiday", ML, (5, 0, 0), 1974, None, False, P3, SCH1_URL, *PLAIN),
    (
        NI,
        "boyne",
        "Battle of the Boyne (Orangemen's Day)",
        F,
        (7, 12, 0),
        1974,
        None,
        False,
        PROC,
        ANNUAL,
        f"substitute Monday by {PROC}",
        ANNUAL,
        "",
        None,
    ),
    (NI, "summer", "Summer bank holiday", ML, (8, 0, 0), 1974, None, False, P3, SCH1_URL, *PLAIN),
    (
        NI,
        "christmas",
        "Christmas Day",
        F,
        (12, 25, 0),
        1974,
        (12, 27),
        False,
        CL,
        None,
        f"{P3} (27 December when 25 or 26 December is a Sunday)",
        SCH1_URL,
        SAT,
        ANNUAL,
    ),
    (
        NI,
        "boxing-day",
        "Boxing Day",
        F,
        (12, 26, 0),
        1974,
        (12, 27),
        False,
        P3,
        SCH1_URL,
        f"{P3} (27 December when 26 December is a Sunday)",
        SCH1_URL,
        SAT,
        ANNUAL,
    ),
]


def test_rules_are_exactly_these_rows_in_this_order() -> None:
    assert [(r.division, r.key) for r in RULES] == [(row[0], row[1]) for row in RULE_ROWS]


@pytest.mark.parametrize("row", RULE_ROWS, ids=lambda row: f"{row[0].value}-{row[1]}")
def test_rule_row(row: tuple[object, ...]) -> None:
    division, key, *rest = row
    (rule,) = [r for r in RULES if r.division is division and r.key == key]
    got = (
        rule.name,
        rule.kind,
        (rule.month, rule.day, rule.easter_offset),
        rule.first_year,
        rule.statutory_substitute,
        rule.statutory_first,
        rule.source,
        rule.source_url,
        rule.weekend_source,
        rule.weekend_source_url,
        rule.saturday_source,
        rule.saturday_source_url,
    )
    assert got == tuple(rest)
    assert rule.last_year == 9999  # no recurring day has been abolished


# --- the annual proclamation, resolved per year and division ---------------------------------

#: The London Gazette notice of each year's annual proclamation for England, Wales and
#: Northern Ireland that foilib has reached (each notice's title names the days it appoints).
NOTICES = {
    2020: "https://www.thegazette.co.uk/notice/3326938",
    2023: "https://www.thegazette.co.uk/notice/4115743",
    2024: "https://www.thegazette.co.uk/notice/4388378",
    2025: "https://www.thegazette.co.uk/notice/4631404",
}
NOT_REACHED = " (the year's Gazette notice not reached; the enabling power is linked)"

#: (date, division, holiday, source, URL): the day as foilib cites it.
RESOLVED = [
    # Wed 1 Jan 2020: New Year's Day by the 2020 proclamation (notice 3326938)
    (D(2020, 1, 1), EW, "New Year's Day", PROC + " (London Gazette notice 3326938)", NOTICES[2020]),
    (D(2020, 7, 13), NI, "Battle of the Boyne (Orangemen's Day)",
     f"substitute Monday by {PROC} (London Gazette notice 3326938)", NOTICES[2020]),
    # 2021: no notice reached; the enabling power BFDA s.1 is linked
    (D(2021, 1, 1), EW, "New Year's Day", PROC + NOT_REACHED, S1_URL),
    (D(2021, 1, 1), NI, "New Year's Day", PROC + NOT_REACHED, S1_URL),
    # Scotland: the EWNI notice is never used (Scottish proclamations are separate)
    (D(2020, 5, 25), SC, "Spring bank holiday", PROC + NOT_REACHED, S1_URL),
    (D(2023, 12, 26), SC, "Boxing Day", PROC + NOT_REACHED, S1_URL),
    (D(2023, 5, 1), EW, "Early May bank holiday", PROC + " (London Gazette notice 4115743)",
     NOTICES[2023]),
    (D(2024, 5, 6), NI, "Early May bank holiday", PROC + " (London Gazette notice 4388378)",
     NOTICES[2024]),
    (D(2025, 1, 1), NI, "New Year's Day", PROC + " (London Gazette notice 4631404)",
     NOTICES[2025]),
    # Sat 25 Dec 2027 -> Mon 27 Dec: 27 December is Sch 1's own day (para 1)
    (D(2027, 12, 27), EW, "Christmas Day", f"{P1} (27 December when 25 or 26 December is a Sunday)",
     SCH1_URL),
    # Sun 26 Dec 2027 -> Tue 28 Dec: named by no Schedule, so by proclamation (not reached)
    (D(2027, 12, 28), EW, "Boxing Day", SAT + NOT_REACHED, S1_URL),
    # Sat 30 Nov 2024 -> Mon 2 Dec: the 2007 Act's own rule
    (D(2024, 12, 2), SC, "St Andrew's Day", SAD_WEEKEND, SAD_URL),
    # Good Friday: common law in England and Wales (no instrument, no URL); Sch 1 in Scotland
    (D(2026, 4, 3), EW, "Good Friday", CL, None),
    (D(2026, 4, 3), SC, "Good Friday", P2, SCH1_URL),
]  # fmt: skip


def test_annual_notices_are_exactly_these() -> None:
    assert NOTICES == _rules.ANNUAL_NOTICES_EWNI


@pytest.mark.parametrize(("day", "division", "name", "source", "url"), RESOLVED, ids=str)
def test_resolved_citation(day: D, division: Division, name: str, source: str, url: str) -> None:
    (h,) = [h for h in foilib.bank_holidays(day.year, division) if h.date == day]
    assert (h.name, h.source, h.source_url) == (name, source, url)


# --- one-off and moved days: every proclamation row whole ------------------------------------

_ROYAL = f"Royal proclamation under {BFDA} s.1"
_BBC = "http://news.bbc.co.uk/2/hi/uk_news/1038809.stm"
_GOVUK = "https://www.gov.uk/bank-holidays"

#: (date, name, divisions, source, URL, the recurring rule it moves). DOMAIN.md section 2.4.
PROCLAMATION_ROWS = [
    (D(2002, 6, 3), "Golden Jubilee bank holiday", ALL,
     f"{_ROYAL}(3) (Queen's Golden Jubilee; Gazette notice not reached: the BBC report of the "
     "Prime Minister's announcement of 2000 is linked)", _BBC, None),
    (D(2002, 6, 4), "Spring bank holiday", ALL,
     f"{_ROYAL}(2) (Spring bank holiday moved from Monday 27 May 2002 for the Golden Jubilee; "
     "Gazette notice not reached: the BBC report of the announcement is linked)", _BBC, "spring"),
    (D(2011, 4, 29), "Royal wedding bank holiday", ALL,
     f"{_ROYAL}(3) (wedding of Prince William and Catherine Middleton; Scotland followed; "
     "Gazette notice not reached: a secondary listing is linked, unverified)",
     "https://www.officeholidays.com/countries/united_kingdom/royal_wedding_2010.php", None),
    (D(2012, 6, 4), "Spring bank holiday", ALL,
     f"{_ROYAL}(2) (Spring bank holiday moved from Monday 28 May 2012 for the Diamond Jubilee; "
     "Gazette notice not reached: the GOV.UK list is linked)", _GOVUK, "spring"),
    (D(2012, 6, 5), "Queen's Diamond Jubilee", ALL,
     f"{_ROYAL}(3) (Queen's Diamond Jubilee; Gazette notice not reached: the GOV.UK list is "
     "linked)", _GOVUK, None),
    (D(2020, 5, 8), "Early May bank holiday (VE day)", ALL,
     f"{_ROYAL}(2)-(3) (Early May bank holiday moved from Monday 4 May 2020 for the 75th "
     "anniversary of VE Day; London Gazette notice 3326938 for England, Wales and Northern "
     "Ireland; Scotland by separate proclamation)",
     "https://www.thegazette.co.uk/notice/3326938", "early-may"),
    (D(2022, 6, 2), "Spring bank holiday", ALL,
     f"{_ROYAL}(2) (Spring bank holiday moved from Monday 30 May 2022 for the Platinum Jubilee; "
     "Gazette notice not reached: the GOV.UK list is linked)", _GOVUK, "spring"),
    (D(2022, 6, 3), "Platinum Jubilee bank holiday", ALL,
     f"{_ROYAL}(3) (Queen's Platinum Jubilee; Gazette notice not reached: the GOV.UK list is "
     "linked)", _GOVUK, None),
    (D(2022, 9, 19), "Bank Holiday for the State Funeral of Queen Elizabeth II", ALL,
     f"{_ROYAL}(3) (State Funeral of Queen Elizabeth II; London Gazette notice 4158896 for "
     "England, Wales and Northern Ireland; Scotland by separate proclamation)",
     "https://www.thegazette.co.uk/notice/4158896", None),
    (D(2023, 5, 8), "Bank holiday for the coronation of King Charles III", ALL,
     f"{_ROYAL}(3) (coronation of King Charles III; whole UK; Gazette notice not reached: the "
     "Prime Minister's announcement of 8 November 2022 is linked)",
     "https://www.wired-gov.net/wg/news.nsf/articles/bank+holiday+proclaimed+in+honour+of+the"
     "+coronation+of+his+majesty+king+charles+iii+08112022092000?open", None),
    (D(2026, 6, 15), "World Cup bank holiday", (SC,),
     f"{_ROYAL}(3) made Wednesday 4 February 2026 on the First Minister's advice (Scotland "
     "men's team at the FIFA World Cup; Scotland only); announced by the Scottish Government "
     "on Thursday 5 February 2026 (the release linked here); the Edinburgh Gazette notice "
     "was not reached (unverified)",
     "https://www.wired-gov.net/wg/news.nsf/articles/world+cup+bank+holiday+confirmed"
     "+05022026150500?open", None),
]  # fmt: skip


def test_proclamations_are_exactly_these_rows() -> None:
    got = [(p.date, p.name, p.divisions, p.source, p.source_url, p.moves) for p in PROCLAMATIONS]
    assert got == PROCLAMATION_ROWS


@pytest.mark.parametrize("row", PROCLAMATION_ROWS, ids=lambda row: str(row[0]))
def test_every_division_keeps_the_proclaimed_day_as_cited(row: tuple[object, ...]) -> None:
    day, name, divisions, source, url, moves = row
    assert isinstance(day, D) and isinstance(divisions, tuple)
    for division in Division:
        found = [h for h in foilib.bank_holidays(day.year, division) if h.date == day]
        if division not in divisions:
            assert not any(h.source == source for h in found)
            continue
        (h,) = found
        assert (h.name, h.source, h.source_url) == (name, source, url)
        assert (h.moved_from is not None) == (moves is not None)


def test_evidence_and_vintage() -> None:
    assert _proclamations.WORLD_CUP_2026_EVIDENCE == (
        "https://www.wired-gov.net/wg/news.nsf/articles/world+cup+bank+holiday+confirmed"
        "+05022026150500?open",
        "https://www.independent.co.uk/news/uk/home-news/scotland-bank-holiday-june-world-cup"
        "-b2914436.html",
    )
    # GOV.UK bank-holidays.json, copy of 2026-02-25 in tests/data: its last year is 2028
    assert LAST_OFFICIAL_YEAR == 2028
    assert _proclamations.OFFICIAL_LIST == (
        "GOV.UK bank-holidays.json, copy of 2026-02-25 (2012-2028)"
    )
    assert (FIRST_YEAR, LAST_YEAR) == (2000, 2099)
    source = foilib.data_source()
    assert source.official_list == _proclamations.OFFICIAL_LIST
    assert (source.last_official_year, source.first_provisional_year) == (2028, 2029)


#: The two Scottish days foilib decided against GOV.UK's 2011 list (no proclamation made them:
#: BFDA Sch 1 para 2 moves 2 January only from a Sunday; dracos.co.uk, 21 January 2014).
DISPUTED_ROWS = [
    (D(2010, 1, 4), SC, False, D(2010, 1, 2),
     f"2 January 2010 was a Saturday; {P2} moves 2 January only from a Sunday, so a Monday "
     "substitute needed a proclamation under s.1(3), and none was made"),
    (D(2011, 1, 4), SC, False, D(2011, 1, 1),
     f"1 January 2011 was a Saturday (2 January, a Sunday, went to Monday 3 January by {P2}); a "
     "Tuesday substitute for New Year's Day needed a proclamation under s.1(3), and none was "
     "made"),
]  # fmt: skip


def test_disputed_rows() -> None:
    got = [(d.date, d.division, d.holiday, d.instead, d.reason) for d in DISPUTED]
    assert got == DISPUTED_ROWS
    for d in DISPUTED:
        assert d.claimed_by == "the GOV.UK bank holidays list of 2011"
        assert d.evidence == ("https://dracos.co.uk/wrote/bad-bank-holidays", SCH1_URL)
        # foilib's decision holds: the Monday/Tuesday is not a Scottish bank holiday
        assert not foilib.is_bank_holiday(d.date, SC)
        assert d.instead is not None and foilib.is_bank_holiday(d.instead, SC)


def test_rule_kinds() -> None:
    """How a recurring day's date is found (calendar arithmetic, named in Sch 1's own words)."""
    assert [(k.name, k.value) for k in Kind] == [
        ("FIXED", "fixed"),
        ("EASTER", "easter"),
        ("FIRST_MONDAY", "first-monday"),
        ("LAST_MONDAY", "last-monday"),
    ]


def test_rows_are_frozen_slotted_values() -> None:
    """The data rows are immutable attrs values without a per-row ``__dict__``."""
    from foilib._private.bank_holidays import Holiday
    from foilib._private.bank_holidays._proclamations import Disputed, Proclamation
    from foilib._private.bank_holidays._rules import Rule

    for row in (RULES[0], PROCLAMATIONS[0], DISPUTED[0], foilib.bank_holidays(2026, EW)[0]):
        assert type(row) in (Rule, Proclamation, Disputed, Holiday)
        assert not hasattr(row, "__dict__"), type(row)
        with pytest.raises(AttributeError):
            row.date = row.date  # type: ignore[misc, union-attr]
