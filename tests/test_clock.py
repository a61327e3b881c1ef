"""The statutory clock of a case: table-driven cases for each rule, each row citing
its source, and properties (pauses never make a deadline earlier, extensions never
end before what they extend, JSON round trips keep the timeline)."""

from __future__ import annotations

import datetime as dt
from typing import Any

import attrs
import pytest
from hypothesis import given
from hypothesis import strategies as st

import foilib
from foilib import (
    AuthorityType,
    Basis,
    Case,
    CaseError,
    CaseStatus,
    DeadlineKind,
    Event,
    EventKind,
    Regime,
    Request,
    SchoolTerm,
    strategies,
)
from foilib._private.dates import day_text as foilib_day
from foilib._private.law import law as law_of

D = dt.date
K = EventKind
FOIA, EIR, FOISA, EISR = Regime.FOIA, Regime.EIR, Regime.FOISA, Regime.EISR
LATER = D(2099, 12, 31)


def case(regime: Regime, *events: tuple[EventKind, dt.date], **kw: Any) -> Case:
    return Case(Request(), regime, tuple(Event(k, d) for k, d in events), **kw)


def due(c: Case, kind: DeadlineKind = DeadlineKind.RESPONSE_DUE) -> dt.date:
    deadline = c.timeline(LATER).get(kind)
    assert deadline is not None
    return deadline.date


@attrs.frozen
class Row:
    regime: Regime
    events: tuple[tuple[EventKind, dt.date], ...]
    kind: DeadlineKind
    expected: dt.date
    source: str


RESPONSE_ROWS = [
    Row(
        FOIA,
        ((K.RECEIVED, D(2026, 11, 25)),),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 12, 24),
        "FOIA s.10(1), s.10(6): Mon 30 Nov 2026 St Andrew's Day (BFDA Sch 1 para 2) skipped",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2026, 2, 7)),),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 3, 6),
        "DOMAIN.md T1; ICO LTT47: Saturday receipt, Monday is day 1",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2026, 3, 16)),),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 4, 16),
        "DOMAIN.md T2: St Patrick's Day (NI), Good Friday, Easter Monday",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2025, 12, 24)),),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 1, 27),
        "DOMAIN.md T3: 25, 26 Dec, 1 Jan, 2 Jan (Scotland)",
    ),
    Row(
        FOISA,
        ((K.RECEIVED, D(2025, 12, 24)),),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 1, 27),
        "DOMAIN.md T4; FOISA s.10(1), s.73",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2026, 12, 10)),),
        DeadlineKind.RESPONSE_DUE,
        D(2027, 1, 13),
        "DOMAIN.md T5: Boxing Day and Scottish 2 January substitutes",
    ),
    Row(
        FOISA,
        ((K.RECEIVED, D(2026, 4, 2)),),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 5, 1),
        "DOMAIN.md T6: Easter Monday is a working day under FOISA s.73",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2026, 4, 2)),),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 5, 5),
        "DOMAIN.md T7: Good Friday, Easter Monday, Early May",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2022, 9, 12)),),
        DeadlineKind.RESPONSE_DUE,
        D(2022, 10, 11),
        "DOMAIN.md T8: Queen's state funeral 19 Sep 2022 (proclamation, BFDA s.1(3))",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2026, 7, 3)),),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 8, 4),
        "DOMAIN.md T9: Boyne substitute (NI) and first Monday of August (Scotland)",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2026, 11, 16)),),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 12, 15),
        "DOMAIN.md T10: St Andrew's Day",
    ),
    Row(
        FOISA,
        ((K.RECEIVED, D(2026, 7, 24)),),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 8, 24),
        "DOMAIN.md T12: Scottish August holiday",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2023, 4, 24)),),
        DeadlineKind.RESPONSE_DUE,
        D(2023, 5, 24),
        "FOIA s.10(6): Early May 1 May and coronation 8 May 2023 (proclamation)",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2022, 5, 24)),),
        DeadlineKind.RESPONSE_DUE,
        D(2022, 6, 23),
        "FOIA s.10(6): Spring holiday moved to 2 Jun and Platinum Jubilee 3 Jun 2022",
    ),
    Row(
        EIR,
        ((K.RECEIVED, D(2026, 11, 16)), (K.ENVIRONMENTAL_EXTENSION, D(2026, 11, 30))),
        DeadlineKind.EXTENDED_RESPONSE_DUE,
        D(2027, 1, 18),
        "DOMAIN.md T11; EIR reg 7(1): 40th working day",
    ),
    # Clarification restarts the clock (FOIA s.1(3), s.10(6)(b)): 20 working days after
    # Tue 10 Mar 2026, skipping 17 Mar (NI), Good Friday and Easter Monday.
    Row(
        FOIA,
        (
            (K.RECEIVED, D(2026, 3, 2)),
            (K.CLARIFICATION_SOUGHT, D(2026, 3, 4)),
            (K.CLARIFICATION_RECEIVED, D(2026, 3, 10)),
        ),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 4, 10),
        "FOIA s.1(3), s.10(6); ICO LTT47",
    ),
    # Fees (s.10(2)): notice on working day 8 (Thu 12 Mar 2026), fee on what would have been
    # day 18 (Fri 27 Mar): days 8-18 disregarded, 13 more needed after 27 Mar -> Fri 17 Apr
    # (DOMAIN.md section 7 worked example, re-computed by hand).
    Row(
        FOIA,
        (
            (K.RECEIVED, D(2026, 3, 2)),
            (K.FEES_NOTICE_ISSUED, D(2026, 3, 12)),
            (K.FEE_RECEIVED, D(2026, 3, 27)),
        ),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 4, 17),
        "FOIA s.10(2): both ends inclusive",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2026, 3, 2)),),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 3, 31),
        "FOIA s.10(1): the same request without the fees pause",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2026, 3, 2)), (K.FEES_NOTICE_ISSUED, D(2026, 3, 12))),
        DeadlineKind.FEE_PAYMENT_WINDOW,
        D(2026, 6, 11),
        "FOIA s.9(2): three months beginning with the day the notice is given",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2026, 11, 2)), (K.FEES_NOTICE_ISSUED, D(2026, 11, 30))),
        DeadlineKind.FEE_PAYMENT_WINDOW,
        # Feb 2027 has no 30th: "three months beginning with" 30 Nov ends on the last day
        # of February (Dodds v Walker corresponding-date rule), not the day before 28 Feb
        D(2027, 2, 28),
        "FOIA s.9(2): 30 Nov + 3 months has no corresponding date: the last day of Feb",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2026, 8, 20)), (K.FEES_NOTICE_ISSUED, D(2026, 8, 31))),
        DeadlineKind.FEE_PAYMENT_WINDOW,
        D(2026, 11, 30),  # 31 Aug + 3 months: no 31 Nov, so the last day of November
        "FOIA s.9(2): 31 Aug beginning-with 3 months ends 30 Nov",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2026, 3, 20)), (K.FEES_NOTICE_ISSUED, D(2026, 3, 31))),
        DeadlineKind.FEE_PAYMENT_WINDOW,
        D(2026, 6, 30),  # 31 Mar + 3 months: no 31 Jun, so 30 Jun
        "FOIA s.9(2): 31 Mar beginning-with 3 months ends 30 Jun",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2027, 11, 22)), (K.FEES_NOTICE_ISSUED, D(2027, 11, 30))),
        DeadlineKind.FEE_PAYMENT_WINDOW,
        D(2028, 2, 29),  # leap year: no 30 Feb 2028, so 29 Feb
        "FOIA s.9(2): 30 Nov 2027 beginning-with 3 months ends 29 Feb 2028",
    ),
    Row(
        FOIA,
        ((K.RECEIVED, D(2026, 11, 20)), (K.FEES_NOTICE_ISSUED, D(2026, 11, 28))),
        DeadlineKind.FEE_PAYMENT_WINDOW,
        D(2027, 2, 27),  # 28 Feb 2027 exists: the day before it
        "FOIA s.9(2): 28 Nov beginning-with 3 months ends 27 Feb (the day before 28 Feb)",
    ),
    Row(
        FOISA,
        ((K.RECEIVED, D(2026, 3, 2)),),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 3, 30),
        "FOISA s.10(1), s.73: 17 Mar (NI only) is a Scottish working day",
    ),
    Row(
        FOISA,
        (
            (K.RECEIVED, D(2026, 3, 2)),
            (K.CLARIFICATION_SOUGHT, D(2026, 3, 4)),
            (K.CLARIFICATION_RECEIVED, D(2026, 3, 10)),
        ),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 4, 8),
        "FOISA s.1(3), s.10(1)(b): 20 working days after the clarification; Easter Monday "
        "counts under s.73",
    ),
    Row(
        EIR,
        (
            (K.RECEIVED, D(2026, 3, 2)),
            (K.CLARIFICATION_SOUGHT, D(2026, 3, 4)),
            (K.CLARIFICATION_RECEIVED, D(2026, 3, 10)),
        ),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 4, 10),
        "EIR reg 9(4): the 20 working days run from receipt of the particulars (ICO)",
    ),
    Row(
        FOISA,
        (
            (K.RECEIVED, D(2026, 3, 2)),
            (K.FEES_NOTICE_ISSUED, D(2026, 3, 12)),
            (K.FEE_RECEIVED, D(2026, 3, 27)),
        ),
        DeadlineKind.RESPONSE_DUE,
        D(2026, 4, 16),
        "FOISA s.10(3): days from the fees notice to payment disregarded (both ends taken "
        "as inclusive, as FOIA s.10(2) says expressly)",
    ),
    Row(
        EISR,
        ((K.RECEIVED, D(2026, 11, 16)), (K.ENVIRONMENTAL_EXTENSION, D(2026, 11, 30))),
        DeadlineKind.EXTENDED_RESPONSE_DUE,
        D(2027, 1, 18),
        "EISR reg 7(1): 40th working day (Scottish days)",
    ),
]


@pytest.mark.parametrize("row", RESPONSE_ROWS, ids=lambda r: f"{r.regime.name}-{r.source[:40]}")
def test_response_deadlines(row: Row) -> None:
    assert due(case(row.regime, *row.events), row.kind) == row.expected


def test_plain_case_agrees_with_the_calendar() -> None:
    for regime in Regime:
        for start in (D(2024, 12, 20), D(2025, 4, 17), D(2026, 6, 12)):
            c = case(regime, (K.RECEIVED, start))
            assert due(c) == foilib.add_working_days(start, 20, regime)


AFTER_ROWS = [
    Row(
        FOIA,
        ((K.RECEIVED, D(2026, 11, 2)), (K.RESPONSE_SENT, D(2026, 11, 20))),
        DeadlineKind.REVIEW_REQUEST_WINDOW,
        D(2027, 1, 22),
        "s.45 Code (2018) / ICO: 40 working days to ask for a review (St Andrew's Day, "
        "Christmas, Boxing Day substitute, 1 Jan and 4 Jan 2027 skipped)",
    ),
    Row(
        FOIA,
        (
            (K.RECEIVED, D(2026, 11, 2)),
            (K.RESPONSE_SENT, D(2026, 11, 20)),
            (K.INTERNAL_REVIEW_REQUESTED, D(2026, 12, 1)),
        ),
        DeadlineKind.REVIEW_RESPONSE_DUE,
        D(2026, 12, 31),
        "ICO: review within 20 working days (25, 28 Dec skipped) -> Thu 31 Dec 2026",
    ),
    Row(
        EIR,
        (
            (K.RECEIVED, D(2026, 11, 2)),
            (K.RESPONSE_SENT, D(2026, 11, 20)),
            (K.INTERNAL_REVIEW_REQUESTED, D(2026, 12, 1)),
        ),
        DeadlineKind.REVIEW_RESPONSE_DUE,
        D(2027, 2, 1),
        "EIR reg 11(4): decision within 40 working days of the representations (25, 28 Dec, "
        "1 Jan and the Scottish 4 Jan 2027 skipped)",
    ),
    Row(
        FOISA,
        (
            (K.RECEIVED, D(2026, 11, 2)),
            (K.RESPONSE_SENT, D(2026, 11, 20)),
            (K.INTERNAL_REVIEW_REQUESTED, D(2026, 12, 1)),
        ),
        DeadlineKind.REVIEW_RESPONSE_DUE,
        D(2026, 12, 31),
        "FOISA s.21(1): 20th working day after receipt of the requirement (Scottish days: "
        "25 Dec and 28 Dec 2026 skipped; 26 Dec is Saturday)",
    ),
    Row(
        FOISA,
        (
            (K.RECEIVED, D(2026, 11, 2)),
            (K.RESPONSE_SENT, D(2026, 11, 20)),
            (K.INTERNAL_REVIEW_REQUESTED, D(2026, 12, 1)),
            (K.INTERNAL_REVIEW_DECIDED, D(2026, 12, 18)),
        ),
        DeadlineKind.COMMISSIONER_COMPLAINT_WINDOW,
        D(2027, 6, 18),
        "FOISA s.47(4)(a): six months after the review notice",
    ),
    Row(
        FOIA,
        (
            (K.RECEIVED, D(2026, 11, 2)),
            (K.RESPONSE_SENT, D(2026, 11, 20)),
            (K.INTERNAL_REVIEW_REQUESTED, D(2026, 12, 1)),
            (K.INTERNAL_REVIEW_DECIDED, D(2026, 12, 18)),
        ),
        DeadlineKind.COMMISSIONER_COMPLAINT_WINDOW,
        D(2027, 1, 29),
        "ICO complaints page: within six weeks of the final response",
    ),
    Row(
        FOIA,
        (
            (K.RECEIVED, D(2026, 11, 2)),
            (K.RESPONSE_SENT, D(2026, 11, 20)),
            (K.DECISION_NOTICE, D(2027, 6, 1)),
        ),
        DeadlineKind.APPEAL_WINDOW,
        D(2027, 6, 29),
        "SI 2009/1976 r.22(1)(b): 28 days of the date the notice was sent",
    ),
    Row(
        FOISA,
        (
            (K.RECEIVED, D(2026, 11, 2)),
            (K.RESPONSE_SENT, D(2026, 11, 20)),
            (K.DECISION_NOTICE, D(2027, 6, 1)),
        ),
        DeadlineKind.APPEAL_WINDOW,
        D(2027, 7, 13),
        "Rules of the Court of Session r.41.20(1)(b): 42 days after intimation",
    ),
    Row(
        FOISA,
        ((K.RECEIVED, D(2026, 11, 2)), (K.RESPONSE_SENT, D(2026, 11, 20))),
        DeadlineKind.REVIEW_REQUEST_WINDOW,
        D(2027, 2, 1),
        # A response in time: 40 working days after the period for response ended
        # (Tue 1 Dec 2026, St Andrew's Day skipped): Dec 2-4 = 3, 7-11 = 8, 14-18 = 13,
        # 21-24 = 17, 25 and 28 Dec skipped, 29-31 = 20, 1 and 4 Jan skipped, Jan 5-8 = 24,
        # 11-15 = 29, 18-22 = 34, 25-29 = 39, Mon 1 Feb 2027 = 40.
        "FOISA s.20(5)(a): requirement for review within 40 working days after the period "
        "for response ended (NRS guide)",
    ),
    Row(
        EIR,
        ((K.RECEIVED, D(2026, 11, 2)), (K.RESPONSE_SENT, D(2026, 11, 20))),
        DeadlineKind.REVIEW_REQUEST_WINDOW,
        D(2027, 1, 22),
        "EIR reg 11(2): representations within 40 working days",
    ),
    Row(
        EISR,
        (
            (K.RECEIVED, D(2026, 11, 2)),
            (K.RESPONSE_SENT, D(2026, 11, 20)),
            (K.INTERNAL_REVIEW_REQUESTED, D(2026, 12, 1)),
        ),
        DeadlineKind.REVIEW_RESPONSE_DUE,
        D(2026, 12, 31),
        "EISR reg 16(4): review within 20 working days (Scottish days)",
    ),
]


@pytest.mark.parametrize("row", AFTER_ROWS, ids=lambda r: f"{r.regime.name}-{r.kind.value}")
def test_deadlines_after_the_response(row: Row) -> None:
    assert due(case(row.regime, *row.events), row.kind) == row.expected


def test_reasons_name_the_skipped_days_and_provisions() -> None:
    timeline = case(FOIA, (K.RECEIVED, D(2026, 11, 25))).timeline(D(2026, 11, 25))
    deadline = timeline.get(DeadlineKind.RESPONSE_DUE)
    assert deadline is not None
    assert deadline.basis is Basis.STATUTE
    texts = [str(r) for r in deadline.reasons]
    assert texts[0] == "received Wed 25 Nov 2026 (FOIA s.10(1))"
    assert texts[1] == "20th working day following receipt (FOIA s.10(1))"
    assert any("Mon 30 Nov 2026 skipped: St Andrew's Day" in t and "Scotland" in t for t in texts)
    assert any("St Andrew's Day Bank Holiday (Scotland) Act 2007" in t for t in texts)
    for reason in deadline.reasons:
        if reason.citation is not None:
            assert reason.provision is not None


def test_every_reason_citation_resolves_in_the_catalogue() -> None:
    c = case(
        FOIA,
        (K.RECEIVED, D(2026, 11, 2)),
        (K.RESPONSE_SENT, D(2026, 11, 20)),
        (K.INTERNAL_REVIEW_REQUESTED, D(2026, 12, 1)),
        (K.INTERNAL_REVIEW_DECIDED, D(2026, 12, 18)),
        (K.DECISION_NOTICE, D(2027, 6, 1)),
    )
    for deadline in c.timeline(LATER).deadlines:
        for reason in deadline.reasons:
            if reason.citation is not None:
                assert reason.provision is not None


def test_status_open_overdue_and_answered_late() -> None:
    c = case(FOIA, (K.RECEIVED, D(2026, 11, 25)))
    assert c.timeline(D(2026, 12, 24)).status is CaseStatus.OPEN_ON_TIME
    late = c.timeline(D(2026, 12, 31))
    assert late.status is CaseStatus.OPEN_OVERDUE
    assert late.working_days_late == 3  # 29, 30, 31 Dec (25 and 28 Dec are not working days)
    answered = case(FOIA, (K.RECEIVED, D(2026, 11, 25)), (K.RESPONSE_SENT, D(2027, 1, 5)))
    timeline = answered.timeline(D(2027, 1, 5))
    assert timeline.status is CaseStatus.ANSWERED_LATE
    assert timeline.working_days_late == 4  # 29, 30, 31 Dec and 5 Jan (1 and 4 Jan skipped)
    on_time = case(FOIA, (K.RECEIVED, D(2026, 11, 25)), (K.RESPONSE_SENT, D(2026, 12, 24)))
    assert on_time.timeline(D(2027, 1, 5)).status is CaseStatus.ANSWERED_ON_TIME


def test_awaiting_clarification_and_fee() -> None:
    c = case(FOIA, (K.RECEIVED, D(2026, 3, 2)), (K.CLARIFICATION_SOUGHT, D(2026, 3, 4)))
    assert c.timeline(D(2026, 3, 20)).status is CaseStatus.AWAITING_CLARIFICATION
    c = case(FOIA, (K.RECEIVED, D(2026, 3, 2)), (K.FEES_NOTICE_ISSUED, D(2026, 3, 12)))
    assert c.timeline(D(2026, 6, 11)).status is CaseStatus.AWAITING_FEE
    assert c.timeline(D(2026, 6, 12)).status is CaseStatus.LAPSED


def test_withdrawn_and_transferred_close_the_case() -> None:
    c = case(FOIA, (K.RECEIVED, D(2026, 3, 2)), (K.WITHDRAWN, D(2026, 3, 4)))
    assert c.timeline(D(2026, 6, 1)).status is CaseStatus.WITHDRAWN
    assert c.timeline(D(2026, 6, 1)).deadlines == ()


def test_public_interest_extension_is_flagged_beyond_guidance() -> None:
    events = (
        Event(K.RECEIVED, D(2026, 11, 25)),
        Event(K.PUBLIC_INTEREST_EXTENSION, D(2026, 12, 22), estimate=D(2027, 3, 1)),
    )
    timeline = Case(Request(), FOIA, events).timeline(D(2027, 1, 4))
    extended = timeline.get(DeadlineKind.EXTENDED_RESPONSE_DUE)
    limit = timeline.get(DeadlineKind.EXTENSION_GUIDANCE_LIMIT)
    assert extended is not None
    assert limit is not None
    assert extended.date == D(2027, 3, 1)
    assert limit.basis is Basis.REGULATOR_POLICY
    assert limit.date == foilib.add_working_days(D(2026, 12, 24), 20)
    assert "exceeds it" in str(limit.reasons[0])


TERMS = (
    SchoolTerm(D(2026, 9, 2), D(2026, 10, 23)),
    SchoolTerm(D(2026, 11, 2), D(2026, 12, 18)),
    SchoolTerm(D(2027, 1, 5), D(2027, 2, 12)),
)


def _naive_school_due(received: dt.date) -> dt.date:
    """Independent reimplementation of SI 2004/3364 reg 3(2) for the test."""
    cal = foilib.working_day_calendar(FOIA)
    day, school_days, work_days = received, 0, 0
    while True:
        day += dt.timedelta(days=1)
        if not cal.is_working_day(day):
            continue
        work_days += 1
        if any(t.first_day <= day <= t.last_day for t in TERMS):
            school_days += 1
        if school_days == 20 or work_days == 60:
            return day


@pytest.mark.parametrize("received", [D(2026, 10, 12), D(2026, 12, 10), D(2026, 7, 20)])
def test_school_rule_takes_the_earlier_date(received: dt.date) -> None:
    # SI 2004/3364 reg 3(2): 20 school days or 60 working days, whichever occurs first.
    c = case(
        FOIA,
        (K.RECEIVED, received),
        authority_type=AuthorityType.MAINTAINED_SCHOOL,
        school_terms=TERMS,
    )
    assert due(c) == _naive_school_due(received)


def test_school_holidays_do_not_count() -> None:
    # Received Mon 20 Jul 2026, no session until Wed 2 Sep: the 20th school day is
    # Tue 29 Sep 2026, earlier than the 60th working day (Wed 14 Oct 2026).
    c = case(
        FOIA,
        (K.RECEIVED, D(2026, 7, 20)),
        authority_type=AuthorityType.ACADEMY,
        school_terms=TERMS,
    )
    assert foilib.add_working_days(D(2026, 7, 20), 60) == D(2026, 10, 14)
    assert due(c) == D(2026, 9, 29)


def test_school_rule_long_stop_of_60_working_days() -> None:
    # One short term: 20 school days never come, so the 60th working day applies.
    terms = (SchoolTerm(D(2026, 9, 2), D(2026, 9, 11)),)
    c = case(
        FOIA,
        (K.RECEIVED, D(2026, 7, 20)),
        authority_type=AuthorityType.ACADEMY,
        school_terms=terms,
    )
    assert due(c) == D(2026, 10, 14)


def test_school_without_terms_falls_back_with_a_stated_reason() -> None:
    c = case(FOIA, (K.RECEIVED, D(2026, 11, 25)), authority_type=AuthorityType.MAINTAINED_SCHOOL)
    deadline = c.timeline(D(2026, 11, 25)).get(DeadlineKind.RESPONSE_DUE)
    assert deadline is not None
    assert deadline.date == foilib.add_working_days(D(2026, 11, 25), 60)
    assert any("no school term dates given" in str(r) for r in deadline.reasons)


def test_transferred_public_records_get_the_30th_working_day() -> None:
    # SI 2004/3364 reg 4 (transferred public records): 30th working day following receipt.
    # Wed 25 Nov 2026 + 30 working days (St Andrew's Day, 25, 28 Dec, 1 and 4 Jan skipped)
    # -> Wed 13 Jan 2027.
    c = case(FOIA, (K.RECEIVED, D(2026, 11, 25)), transferred_public_records=True)
    assert due(c) == D(2027, 1, 13)
    assert due(c) == foilib.add_working_days(D(2026, 11, 25), 30)
    # An archive answering a request about anything else has the usual 20 working days.
    assert due(case(FOIA, (K.RECEIVED, D(2026, 11, 25)))) == D(2026, 12, 24)


def test_archive_authority_type_is_a_deprecated_alias_that_still_works() -> None:
    with pytest.warns(DeprecationWarning, match="transferred_public_records"):
        c = case(FOIA, (K.RECEIVED, D(2026, 11, 25)), authority_type=AuthorityType.ARCHIVE)
    assert due(c) == D(2027, 1, 13)


def test_keeper_of_the_records_gets_the_30th_working_day_under_foisa() -> None:
    # FOISA s.10(2) (explanatory notes para 46): s.22 records, 30th working day (Scottish).
    c = case(FOISA, (K.RECEIVED, D(2026, 11, 25)), transferred_public_records=True)
    assert due(c) == foilib.add_working_days(D(2026, 11, 25), 30, FOISA)


@pytest.mark.parametrize("regime", [EIR, EISR])
def test_no_variation_outside_foia_and_foisa(regime: Regime) -> None:
    # SI 2004/3364 is made under FOIA s.10(4): EIR and EISR periods are not varied.
    for kw in (
        {"transferred_public_records": True},
        {"authority_type": AuthorityType.MAINTAINED_SCHOOL},
    ):
        c = case(regime, (K.RECEIVED, D(2026, 11, 25)), **kw)
        assert due(c) == foilib.add_working_days(D(2026, 11, 25), 20, regime)
        deadline = c.timeline(D(2026, 11, 25)).get(DeadlineKind.RESPONSE_DUE)
        assert deadline is not None
        assert any("knows no instrument varying" in str(r) for r in deadline.reasons)


def test_commissioner_specified_day_is_capped_at_60_working_days() -> None:
    received = D(2026, 3, 2)
    limit = foilib.add_working_days(received, 60)
    ok = Case(
        Request(),
        FOIA,
        (
            Event(K.RECEIVED, received),
            Event(K.COMPLIANCE_DAY_SPECIFIED, D(2026, 3, 20), until=limit),
        ),
    )
    assert due(ok, DeadlineKind.EXTENDED_RESPONSE_DUE) == limit
    with pytest.raises(CaseError, match="60th working day"):
        Case(
            Request(),
            FOIA,
            (
                Event(K.RECEIVED, received),
                Event(
                    K.COMPLIANCE_DAY_SPECIFIED, D(2026, 3, 20), until=limit + dt.timedelta(days=1)
                ),
            ),
        ).timeline(LATER)


IMPOSSIBLE = [
    ((Event(K.FEE_RECEIVED, D(2026, 3, 2)),), "first event to be 'received'"),
    (
        (Event(K.RECEIVED, D(2026, 3, 2)), Event(K.FEE_RECEIVED, D(2026, 3, 3))),
        "events[1] (fee_received on 2026-03-03): no fees_notice_issued",
    ),
    (
        (Event(K.RECEIVED, D(2026, 3, 2)), Event(K.RESPONSE_SENT, D(2026, 3, 1))),
        "events[1] (response_sent on 2026-03-01): out of order",
    ),
    (
        (
            Event(K.RECEIVED, D(2026, 3, 2)),
            Event(K.RESPONSE_SENT, D(2026, 3, 5)),
            Event(K.INTERNAL_REVIEW_DECIDED, D(2026, 3, 9)),
        ),
        "no internal_review_requested event before it",
    ),
    (
        (Event(K.RECEIVED, D(2026, 3, 2)), Event(K.ENVIRONMENTAL_EXTENSION, D(2026, 3, 5))),
        "FOIA has no extension for complexity or volume",
    ),
    (
        (
            Event(K.RECEIVED, D(2026, 3, 2)),
            Event(K.WITHDRAWN, D(2026, 3, 5)),
            Event(K.RESPONSE_SENT, D(2026, 3, 9)),
        ),
        "after the case was withdrawn",
    ),
    ((Event(K.RECEIVED, D(2026, 3, 2)), Event(K.RECEIVED, D(2026, 3, 3))), "only one received"),
]


@pytest.mark.parametrize(("events", "words"), IMPOSSIBLE)
def test_impossible_histories(events: tuple[Event, ...], words: str) -> None:
    with pytest.raises(CaseError) as info:
        Case(Request(), FOIA, events)
    assert words in str(info.value)


def test_event_after_today_and_bad_today() -> None:
    c = case(FOIA, (K.RECEIVED, D(2026, 3, 2)), (K.RESPONSE_SENT, D(2026, 3, 20)))
    with pytest.raises(CaseError, match="after today"):
        c.timeline(D(2026, 3, 10))
    with pytest.raises(foilib.ArgumentTypeError):
        c.timeline(dt.datetime(2026, 3, 10, 9))


def test_event_field_errors() -> None:
    # A public-interest extension without an estimate is representable (issue 11).
    assert Event(K.PUBLIC_INTEREST_EXTENSION, D(2026, 3, 2)).estimate is None
    with pytest.raises(foilib.ValidationError, match="until"):
        Event(K.COMPLIANCE_DAY_SPECIFIED, D(2026, 3, 2))
    with pytest.raises(foilib.ValidationError, match="reply_by"):
        Event(K.RESPONSE_SENT, D(2026, 3, 2), reply_by=D(2026, 3, 9))
    with pytest.raises(foilib.ValidationError, match="outcome"):
        Event(K.RESPONSE_SENT, D(2026, 3, 2), outcome=foilib.ReviewOutcome.UPHELD)
    with pytest.raises(foilib.ValidationError, match="closure_warning"):
        Event(K.RESPONSE_SENT, D(2026, 3, 2), closure_warning=True)
    with pytest.raises(foilib.ValidationError, match="estimate"):
        Event(K.RESPONSE_SENT, D(2026, 3, 2), estimate=D(2026, 3, 9))
    with pytest.raises(foilib.FieldTypeError):
        Event(K.RECEIVED, "2026-03-02")  # type: ignore[arg-type]
    with pytest.raises(foilib.FieldTypeError):
        Event(K.RECEIVED, dt.datetime(2026, 3, 2, 9))
    with pytest.raises(CaseError):
        SchoolTerm(D(2026, 3, 2), D(2026, 3, 1))
    with pytest.raises(CaseError, match="not a school"):
        case(FOIA, (K.RECEIVED, D(2026, 3, 2)), school_terms=TERMS)


def test_request_date_must_agree_with_receipt() -> None:
    with pytest.raises(CaseError, match="request says"):
        Case(Request(received_on=D(2026, 3, 1)), FOIA, (Event(K.RECEIVED, D(2026, 3, 2)),))


# --- properties --------------------------------------------------------------------

dates = st.dates(min_value=D(2001, 1, 1), max_value=D(2097, 6, 30))


@given(dates, st.integers(0, 30), st.integers(0, 60), st.sampled_from([FOIA, FOISA]))
def test_a_fees_pause_never_makes_the_deadline_earlier(
    received: dt.date, notice_after: int, paid_after: int, regime: Regime
) -> None:
    plain = due(case(regime, (K.RECEIVED, received)))
    notice = received + dt.timedelta(days=notice_after)
    fee = notice + dt.timedelta(days=paid_after)
    paused = case(
        regime, (K.RECEIVED, received), (K.FEES_NOTICE_ISSUED, notice), (K.FEE_RECEIVED, fee)
    )
    assert due(paused) >= plain


@given(dates, st.integers(0, 60), st.integers(0, 60), st.sampled_from(list(Regime)))
def test_clarification_never_makes_the_deadline_earlier(
    received: dt.date, asked_after: int, answered_after: int, regime: Regime
) -> None:
    plain = due(case(regime, (K.RECEIVED, received)))
    asked = received + dt.timedelta(days=asked_after)
    answered = asked + dt.timedelta(days=answered_after)
    restarted = case(
        regime,
        (K.RECEIVED, received),
        (K.CLARIFICATION_SOUGHT, asked),
        (K.CLARIFICATION_RECEIVED, answered),
    )
    assert due(restarted) >= plain


@given(dates, st.integers(0, 60), st.sampled_from([EIR, EISR]))
def test_an_extension_extends_only_when_notified_in_time(
    received: dt.date, after: int, regime: Regime
) -> None:
    # EIR reg 7(1), 7(3); EISR reg 7: a notice after the 20th working day buys no time.
    notified = received + dt.timedelta(days=after)
    c = case(regime, (K.RECEIVED, received), (K.ENVIRONMENTAL_EXTENSION, notified))
    timeline = c.timeline(LATER)
    day_20 = foilib.add_working_days(received, 20, regime)
    extended = timeline.get(DeadlineKind.EXTENDED_RESPONSE_DUE)
    if notified <= day_20:
        assert extended is not None
        assert extended.date == foilib.add_working_days(received, 40, regime) > day_20
        assert timeline.response_due_on == extended.date
    else:
        assert extended is None
        assert timeline.response_due_on == day_20
        assert any("does not extend" in str(w) for w in timeline.warnings)


@given(dates, st.integers(0, 30), st.integers(-30, 90), st.booleans())
def test_public_interest_extension_never_moves_the_due_date_earlier(
    received: dt.date, notified_after: int, estimate_after: int, with_estimate: bool
) -> None:
    # FOIA s.10(3), s.17(1)-(2): the operative date is never before the response due date;
    # an estimate before it is flagged; a notice after it extends nothing.
    notified = received + dt.timedelta(days=notified_after)
    estimate = max(notified, received + dt.timedelta(days=estimate_after))
    events = (
        Event(K.RECEIVED, received),
        Event(K.PUBLIC_INTEREST_EXTENSION, notified, estimate=estimate if with_estimate else None),
    )
    timeline = Case(Request(), FOIA, events).timeline(LATER)
    response = timeline.get(DeadlineKind.RESPONSE_DUE)
    limit = timeline.get(DeadlineKind.EXTENSION_GUIDANCE_LIMIT)
    extended = timeline.get(DeadlineKind.EXTENDED_RESPONSE_DUE)
    assert response is not None
    assert limit is not None
    assert timeline.response_due_on is not None
    assert timeline.response_due_on >= response.date
    if notified > response.date:
        assert extended is None
        assert timeline.response_due_on == response.date
    else:
        assert extended is not None
        assert extended.date >= response.date
        assert timeline.response_due_on == extended.date
        if with_estimate and estimate < response.date:
            assert any("cannot bring the deadline forward" in str(w) for w in timeline.warnings)
        if not with_estimate:
            assert extended.date == limit.date


@st.composite
def cases(draw: st.DrawFn) -> Case:
    regime = draw(st.sampled_from(list(Regime)))
    received = draw(dates)
    events = [Event(K.RECEIVED, received)]
    day = received
    for kind in (
        K.CLARIFICATION_SOUGHT,
        K.CLARIFICATION_RECEIVED,
        K.RESPONSE_SENT,
        K.INTERNAL_REVIEW_REQUESTED,
        K.INTERNAL_REVIEW_DECIDED,
        K.DECISION_NOTICE,
    ):
        needs = {
            K.CLARIFICATION_RECEIVED: K.CLARIFICATION_SOUGHT,
            K.INTERNAL_REVIEW_DECIDED: K.INTERNAL_REVIEW_REQUESTED,
        }
        if kind in needs and events[-1].kind is not needs[kind]:
            continue
        if draw(st.booleans()):
            day = day + dt.timedelta(days=draw(st.integers(0, 40)))
            events.append(Event(kind, day))
        elif kind is K.RESPONSE_SENT:
            break
    return Case(Request(), regime, tuple(events))


@given(cases())
def test_timeline_survives_a_json_round_trip(c: Case) -> None:
    again = foilib.from_json(foilib.to_json(c), Case)
    assert again == c
    assert again.timeline(LATER) == c.timeline(LATER)


@given(cases())
def test_deadlines_are_in_date_order_and_none_before_receipt(c: Case) -> None:
    timeline = c.timeline(LATER)
    assert [d.date for d in timeline.deadlines] == sorted(d.date for d in timeline.deadlines)
    assert all(d.date > c.received_on for d in timeline.deadlines)


# --- issue 11: histories of real cases ----------------------------------------------


def ev(kind: EventKind, on: dt.date, **kw: Any) -> Event:
    return Event(kind, on, **kw)


def test_review_of_a_failure_to_respond_foisa() -> None:
    # FOISA s.20(1), s.21(1), s.21(4)(c) (an SIC decision): received Fri 9 Feb 2018; the
    # response was due Fri 9 Mar 2018 (Feb 12-16 = 5, 19-23 = 10, 26 Feb-2 Mar = 15,
    # 5-9 Mar = 20); no response; requirement for review Wed 21 Mar 2018. Review due:
    # Mar 22-23 = 2, 26-29 = 6, Fri 30 Mar Good Friday skipped (a Scottish bank holiday),
    # Mon 2 Apr Easter Monday counts under s.73 = 7, Apr 3-6 = 11, 9-13 = 16,
    # 16-19 = 20 -> Thu 19 Apr 2018.
    c = case(FOISA, (K.RECEIVED, D(2018, 2, 9)), (K.INTERNAL_REVIEW_REQUESTED, D(2018, 3, 21)))
    timeline = c.timeline(D(2018, 3, 22))
    assert timeline.status is CaseStatus.OPEN_OVERDUE
    assert timeline.response_due_on == D(2018, 3, 9)
    review = timeline.get(DeadlineKind.REVIEW_RESPONSE_DUE)
    assert review is not None
    assert review.date == D(2018, 4, 19)
    assert "failure to respond" in str(review.reasons[0])
    window = timeline.get(DeadlineKind.REVIEW_REQUEST_WINDOW)
    assert window is not None and window.state is foilib.DeadlineState.MET


@pytest.mark.parametrize("regime", [EIR, FOIA])
def test_review_of_a_failure_to_respond_eir_and_foia_code(regime: Regime) -> None:
    # EIR reg 11(1)-(4) (40 working days to decide); FOIA: the s.45 code (20 working days).
    # Received Mon 2 Mar 2026, nothing sent; review asked Wed 15 Apr 2026.
    c = case(regime, (K.RECEIVED, D(2026, 3, 2)), (K.INTERNAL_REVIEW_REQUESTED, D(2026, 4, 15)))
    n = 40 if regime is EIR else 20
    assert due(c, DeadlineKind.REVIEW_RESPONSE_DUE) == foilib.add_working_days(
        D(2026, 4, 15), n, regime
    )


def test_late_eir_extension_notice_does_not_extend() -> None:
    # EIR reg 7(1), 7(3): received Wed 2 Dec 2026; day 20 is Tue 5 Jan 2027 (Dec 3-4 = 2,
    # 7-11 = 7, 14-18 = 12, 21-24 = 16, 25 and 28 Dec skipped, 29-31 = 19, 1 Jan and the
    # Scottish 4 Jan substitute skipped, Tue 5 Jan = 20). Notice Mon 11 Jan 2027 is too late;
    # reply Fri 22 Jan 2027 is late by Jan 6-8 = 3, 11-15 = 8, 18-22 = 13 working days
    # (17 calendar days).
    c = case(
        EIR,
        (K.RECEIVED, D(2026, 12, 2)),
        (K.ENVIRONMENTAL_EXTENSION, D(2027, 1, 11)),
        (K.RESPONSE_SENT, D(2027, 1, 22)),
    )
    timeline = c.timeline(D(2027, 1, 22))
    assert timeline.status is CaseStatus.ANSWERED_LATE
    assert timeline.response_due_on == D(2027, 1, 5)
    assert (timeline.working_days_late, timeline.calendar_days_late) == (13, 17)
    assert timeline.get(DeadlineKind.EXTENDED_RESPONSE_DUE) is None
    assert any("does not extend" in str(w) and "EIR reg.7(3)" in str(w) for w in timeline.warnings)


def test_late_public_interest_notice_does_not_extend() -> None:
    # FOIA s.10(3), s.17(1): due Thu 24 Dec 2026; a notice on Tue 29 Dec 2026 extends nothing.
    c = Case(
        Request(),
        FOIA,
        (
            ev(K.RECEIVED, D(2026, 11, 25)),
            ev(K.PUBLIC_INTEREST_EXTENSION, D(2026, 12, 29), estimate=D(2027, 3, 1)),
            ev(K.RESPONSE_SENT, D(2027, 3, 1)),
        ),
    )
    timeline = c.timeline(D(2027, 3, 1))
    assert timeline.status is CaseStatus.ANSWERED_LATE
    assert timeline.response_due_on == D(2026, 12, 24)


def test_public_interest_extension_without_an_estimate() -> None:
    # FOIA s.17(2) requires an estimate; without one the guidance limit (20 working days
    # after Thu 24 Dec 2026: Dec 29-31 = 3, Jan 5-8 = 7, 11-15 = 12, 18-22 = 17,
    # 25-27 = 20 -> Wed 27 Jan 2027) is the operative date, and a warning says so.
    c = Case(
        Request(),
        FOIA,
        (ev(K.RECEIVED, D(2026, 11, 25)), ev(K.PUBLIC_INTEREST_EXTENSION, D(2026, 12, 22))),
    )
    timeline = c.timeline(D(2027, 1, 4))
    assert timeline.response_due_on == D(2027, 1, 27)
    assert due(c, DeadlineKind.EXTENSION_GUIDANCE_LIMIT) == D(2027, 1, 27)
    assert any("no estimate" in str(w) for w in timeline.warnings)


def test_estimate_before_the_due_date_is_flagged_and_never_moves_it_earlier() -> None:
    # FOIA s.17(2): an estimate of Thu 10 Dec 2026 when the response is due Thu 24 Dec 2026.
    c = Case(
        Request(),
        FOIA,
        (
            ev(K.RECEIVED, D(2026, 11, 25)),
            ev(K.PUBLIC_INTEREST_EXTENSION, D(2026, 12, 1), estimate=D(2026, 12, 10)),
        ),
    )
    timeline = c.timeline(D(2026, 12, 1))
    assert timeline.response_due_on == D(2026, 12, 24)
    assert due(c, DeadlineKind.EXTENDED_RESPONSE_DUE) == D(2026, 12, 24)
    assert any("cannot bring the deadline forward" in str(w) for w in timeline.warnings)


def test_partial_response_then_the_rest_late() -> None:
    # FOIA s.10(1): due Thu 24 Dec 2026; part sent Thu 10 Dec (on time), the rest Tue 5 Jan
    # 2027: late by Dec 29-31 and Jan 5 = 4 working days (1 and 4 Jan skipped).
    c = case(
        FOIA,
        (K.RECEIVED, D(2026, 11, 25)),
        (K.PARTIAL_RESPONSE_SENT, D(2026, 12, 10)),
        (K.RESPONSE_SENT, D(2027, 1, 5)),
        (K.CORRECTED_RESPONSE_SENT, D(2027, 1, 12)),
        (K.SUPPLEMENTARY_RESPONSE_SENT, D(2027, 2, 1)),
    )
    timeline = c.timeline(D(2027, 2, 1))
    assert timeline.status is CaseStatus.ANSWERED_LATE
    assert timeline.working_days_late == 4
    response = timeline.get(DeadlineKind.RESPONSE_DUE)
    assert response is not None and response.state is foilib.DeadlineState.MISSED
    texts = [str(r) for r in response.reasons]
    assert any("part of the response sent Thu 10 Dec 2026 (on time)" in t for t in texts)
    assert any(t.startswith("corrected response sent") for t in texts)
    assert [e.kind for e in c.responses] == [
        K.PARTIAL_RESPONSE_SENT,
        K.RESPONSE_SENT,
        K.CORRECTED_RESPONSE_SENT,
        K.SUPPLEMENTARY_RESPONSE_SENT,
    ]
    assert c.final_response == Event(K.RESPONSE_SENT, D(2027, 1, 5))
    with pytest.raises(CaseError, match="after the response"):
        case(
            FOIA,
            (K.RECEIVED, D(2026, 11, 25)),
            (K.RESPONSE_SENT, D(2026, 12, 10)),
            (K.PARTIAL_RESPONSE_SENT, D(2026, 12, 11)),
        )
    with pytest.raises(CaseError, match="no response_sent"):
        case(FOIA, (K.RECEIVED, D(2026, 11, 25)), (K.CORRECTED_RESPONSE_SENT, D(2026, 12, 11)))


def test_the_other_letters_of_a_case() -> None:
    letter = foilib.Response(
        regime=FOIA,
        authority=foilib.Authority("Example Council", (FOIA,)),
        request=Request(),
        sent_on=D(2026, 12, 4),
    )
    c = Case(
        Request(),
        FOIA,
        (
            ev(K.RECEIVED, D(2026, 11, 25)),
            ev(K.ACKNOWLEDGEMENT_SENT, D(2026, 11, 26)),
            ev(K.FEES_NOTICE_ISSUED, D(2026, 11, 27)),
            ev(K.FEE_RECEIVED, D(2026, 11, 30)),
            ev(K.RESPONSE_SENT, D(2026, 12, 4), letter=letter),
            ev(K.INTERNAL_REVIEW_REQUESTED, D(2026, 12, 7)),
            ev(K.REVIEW_ACKNOWLEDGED, D(2026, 12, 8)),
            ev(K.INTERNAL_REVIEW_DECIDED, D(2026, 12, 18), outcome=foilib.ReviewOutcome.UPHELD),
        ),
    )
    assert c.final_response is not None
    assert c.final_response.letter == letter
    timeline = c.timeline(D(2026, 12, 18))
    assert timeline.status is CaseStatus.ANSWERED_ON_TIME
    window = timeline.get(DeadlineKind.COMMISSIONER_COMPLAINT_WINDOW)
    assert window is not None and "(upheld)" in str(window.reasons[0])
    again = foilib.from_json(foilib.to_json(c), Case)
    assert again == c


def test_clarification_request_with_reply_by_and_closure_warning() -> None:
    # FOIA s.1(3): the clock stops; the letter's own reply-by date and closure warning are
    # reported (no statute closes the request).
    c = Case(
        Request(),
        FOIA,
        (
            ev(K.RECEIVED, D(2026, 3, 2)),
            ev(
                K.CLARIFICATION_SOUGHT,
                D(2026, 3, 4),
                reply_by=D(2026, 4, 1),
                closure_warning=True,
            ),
        ),
    )
    timeline = c.timeline(D(2026, 3, 20))
    assert timeline.status is CaseStatus.AWAITING_CLARIFICATION
    assert timeline.response_due_on is None
    text = str(timeline.pauses[0].reason)
    assert "reply by Wed 1 Apr 2026" in text and "treated as closed" in text


def test_two_clarification_replies_restart_the_clock_once() -> None:
    # FOIA s.1(3), s.10(6)(b): sought Wed 4 Mar 2026, reply Tue 10 Mar, a second reply
    # Tue 17 Mar without a new request: the clock runs from 10 Mar -> Fri 10 Apr 2026 (the
    # single-reply row above).
    c = case(
        FOIA,
        (K.RECEIVED, D(2026, 3, 2)),
        (K.CLARIFICATION_SOUGHT, D(2026, 3, 4)),
        (K.CLARIFICATION_RECEIVED, D(2026, 3, 10)),
        (K.CLARIFICATION_RECEIVED, D(2026, 3, 17)),
    )
    timeline = c.timeline(D(2026, 3, 20))
    assert timeline.response_due_on == D(2026, 4, 10)
    assert any(
        "does not restart" in str(w) and "Tue 17 Mar 2026" in str(w) for w in timeline.warnings
    )
    assert "this reply restarted the clock" in str(timeline.pauses[0].reason)
    # A second request, answered Tue 17 Mar (St Patrick's Day): Mar 18-20 = 3, 23-27 = 8,
    # 30 Mar-2 Apr = 12, Good Friday and Easter Monday skipped, Apr 7-10 = 16,
    # 13-16 = 20 -> Thu 16 Apr 2026.
    c = case(
        FOIA,
        (K.RECEIVED, D(2026, 3, 2)),
        (K.CLARIFICATION_SOUGHT, D(2026, 3, 4)),
        (K.CLARIFICATION_RECEIVED, D(2026, 3, 10)),
        (K.CLARIFICATION_SOUGHT, D(2026, 3, 12)),
        (K.CLARIFICATION_RECEIVED, D(2026, 3, 17)),
    )
    assert due(c) == D(2026, 4, 16)


LATE_ON_A_NON_WORKING_DAY = [
    # (events, today, status, working days late, calendar days late)
    # FOIA: due Thu 24 Dec 2026; answered Mon 28 Dec 2026 (Boxing Day substitute): late,
    # 0 working days (25 Dec, 26-27 weekend, 28 substitute), 4 calendar days.
    (
        ((K.RECEIVED, D(2026, 11, 25)), (K.RESPONSE_SENT, D(2026, 12, 28))),
        D(2026, 12, 28),
        CaseStatus.ANSWERED_LATE,
        0,
        4,
    ),
    # FOIA: received Fri 12 Oct 2007, due Fri 9 Nov 2007 (Oct 15-19 = 5, 22-26 = 10,
    # 29 Oct-2 Nov = 15, 5-9 Nov = 20); on Sat 10 Nov it is overdue by 0 working days, 1
    # calendar day.
    ((((K.RECEIVED, D(2007, 10, 12)),)), D(2007, 11, 10), CaseStatus.OPEN_OVERDUE, 0, 1),
    ((((K.RECEIVED, D(2007, 10, 12)),)), D(2007, 11, 9), CaseStatus.OPEN_ON_TIME, 0, 0),
]


@pytest.mark.parametrize(("events", "today", "status", "wd", "cd"), LATE_ON_A_NON_WORKING_DAY)
def test_late_on_a_non_working_day_is_still_late(
    events: tuple[tuple[EventKind, dt.date], ...],
    today: dt.date,
    status: CaseStatus,
    wd: int,
    cd: int,
) -> None:
    timeline = case(FOIA, *events).timeline(today)
    assert (timeline.status, timeline.working_days_late, timeline.calendar_days_late) == (
        status,
        wd,
        cd,
    )


WINDOW_ROWS = [
    # GRC Rules 2009 r.22(1)(b), r.12(2), r.1(3); Hughes v IC [2023] UKFTT 302 (GRC) para 3:
    # decision notice Fri 6 Mar 2026 + 28 days = Good Friday 3 Apr; Sat 4, Sun 5, Easter
    # Monday 6 Apr (England and Wales) -> Tue 7 Apr 2026.
    (FOIA, D(2026, 3, 6), D(2026, 4, 7), "not a working day (England and Wales)"),
    (EIR, D(2026, 3, 6), D(2026, 4, 7), "next working day, Tue 7 Apr 2026"),
    # A day 28 that is a working day stands: Mon 1 Jun 2026 + 28 = Mon 29 Jun 2026.
    (FOIA, D(2026, 6, 1), D(2026, 6, 29), "is a working day"),
    # RCS r.41.20(1)(b): Mon 4 May 2026 + 42 days = Mon 15 Jun 2026, the proclaimed Scottish
    # holiday; no rule moving it was found: the date stands, and the reason says so.
    (FOISA, D(2026, 5, 4), D(2026, 6, 15), "the date stands"),
]


@pytest.mark.parametrize(("regime", "notice", "expected", "words"), WINDOW_ROWS)
def test_appeal_windows_ending_on_a_non_working_day(
    regime: Regime, notice: dt.date, expected: dt.date, words: str
) -> None:
    c = case(
        regime,
        (K.RECEIVED, D(2025, 11, 3)),
        (K.RESPONSE_SENT, D(2025, 11, 20)),
        (K.DECISION_NOTICE, notice),
    )
    window = c.timeline(notice).get(DeadlineKind.APPEAL_WINDOW)
    assert window is not None
    assert window.date == expected
    assert any(words in str(r) for r in window.reasons)


def test_sic_six_months_ending_on_a_weekend_stands() -> None:
    # FOISA s.47(4)(a): review decided Fri 26 Jun 2026 + 6 months = Sat 26 Dec 2026; no
    # rule moves it (unverified), and the reason says so.
    c = case(
        FOISA,
        (K.RECEIVED, D(2026, 5, 1)),
        (K.RESPONSE_SENT, D(2026, 5, 20)),
        (K.INTERNAL_REVIEW_REQUESTED, D(2026, 6, 1)),
        (K.INTERNAL_REVIEW_DECIDED, D(2026, 6, 26)),
    )
    window = c.timeline(D(2026, 6, 26)).get(DeadlineKind.COMMISSIONER_COMPLAINT_WINDOW)
    assert window is not None
    assert window.date == D(2026, 12, 26)
    assert "not a working day, but the date stands" in str(window.reasons[1])


def test_commissioner_day_needs_an_application_within_20_working_days() -> None:
    # SI 2004/3364 regs 5(3), 6(3): received Mon 2 Mar 2026; day 20 is Tue 31 Mar 2026
    # (17 Mar is NI's holiday). An application on Mon 20 Apr 2026 is too late.
    received = D(2026, 3, 2)
    limit = foilib.add_working_days(received, 60)
    late = Case(
        Request(),
        FOIA,
        (
            ev(K.RECEIVED, received),
            ev(K.COMPLIANCE_DAY_APPLIED, D(2026, 4, 20)),
            ev(K.COMPLIANCE_DAY_SPECIFIED, D(2026, 4, 22), until=limit),
        ),
    )
    timeline = late.timeline(D(2026, 4, 22))
    assert timeline.response_due_on == D(2026, 3, 31)
    assert any("does not apply" in str(w) for w in timeline.warnings)
    ok = attrs.evolve(
        late, events=(late.events[0], ev(K.COMPLIANCE_DAY_APPLIED, D(2026, 3, 20)), late.events[2])
    )
    assert ok.timeline(D(2026, 4, 22)).response_due_on == limit


SCOTTISH_TERMS = (
    SchoolTerm(D(2026, 4, 20), D(2026, 6, 26)),
    SchoolTerm(D(2026, 8, 18), D(2026, 10, 9)),
)


@pytest.mark.parametrize(
    "kind", [AuthorityType.GRANT_AIDED_SCHOOL, AuthorityType.INDEPENDENT_SPECIAL_SCHOOL]
)
def test_scottish_special_schools(kind: AuthorityType) -> None:
    # FOISA Time for Compliance Regulations 2016 (SSI number unverified): received Mon 22 Jun
    # 2026; school days Jun 23-26 = 4, Aug 18-21 = 8, 24-28 = 13, 31 Aug-4 Sep = 18, Sep 7-8
    # = 20 -> Tue 8 Sep 2026, earlier than the 60th Scottish working day (Tue 15 Sep 2026).
    c = case(
        FOISA,
        (K.RECEIVED, D(2026, 6, 22)),
        (K.INTERNAL_REVIEW_REQUESTED, D(2026, 6, 22)),
        authority_type=kind,
        school_terms=SCOTTISH_TERMS,
    )
    assert foilib.add_working_days(D(2026, 6, 22), 60, FOISA) == D(2026, 9, 15)
    assert due(c) == D(2026, 9, 8)
    # The same rule governs the review (s.21(6)).
    assert due(c, DeadlineKind.REVIEW_RESPONSE_DUE) == D(2026, 9, 8)
    # Not under FOIA: the English school rule does not know these schools.
    plain = case(FOIA, (K.RECEIVED, D(2026, 6, 22)), authority_type=kind)
    assert due(plain) == foilib.add_working_days(D(2026, 6, 22), 20)


def test_deadline_states_and_the_operative_date() -> None:
    c = case(
        FOIA,
        (K.RECEIVED, D(2026, 11, 25)),
        (K.RESPONSE_SENT, D(2027, 1, 5)),
        (K.INTERNAL_REVIEW_REQUESTED, D(2027, 1, 20)),
    )
    timeline = c.timeline(D(2027, 3, 1))
    states = {d.kind: d.state for d in timeline.deadlines}
    assert states[DeadlineKind.RESPONSE_DUE] is foilib.DeadlineState.MISSED
    assert states[DeadlineKind.REVIEW_REQUEST_WINDOW] is foilib.DeadlineState.MET
    assert states[DeadlineKind.REVIEW_RESPONSE_DUE] is foilib.DeadlineState.MISSED
    assert states[DeadlineKind.REVIEW_RESPONSE_LIMIT] is foilib.DeadlineState.OPEN
    assert timeline.response_due_on == D(2026, 12, 24)
    extended = case(
        EIR, (K.RECEIVED, D(2026, 11, 16)), (K.ENVIRONMENTAL_EXTENSION, D(2026, 11, 30))
    )
    t = extended.timeline(D(2026, 12, 1))
    response = t.get(DeadlineKind.RESPONSE_DUE)
    assert response is not None and response.state is foilib.DeadlineState.SUPERSEDED
    assert t.response_due_on == D(2027, 1, 18)


def test_clock_module_holds_no_law() -> None:
    # Issue 10: no statutory period or citation literal in the engine.
    import re
    from pathlib import Path

    source = (Path(foilib.__file__).parent / "_private" / "clock.py").read_text("utf-8")
    assert "Citation(" not in source
    assert "_c(" not in source
    for pattern in (r"\b(?:20|28|30|40|42|60)\b", r"\bs\.\d+\(", r"\breg\.? \d", r"\br\.\d"):
        assert not re.findall(pattern, source), pattern


# --- properties for the issue 11 histories ----------------------------------------------


@given(dates, st.integers(0, 60), st.sampled_from(list(Regime)))
def test_late_is_after_the_operative_date_whatever_the_day(
    received: dt.date, after: int, regime: Regime
) -> None:
    sent = received + dt.timedelta(days=after)
    timeline = case(regime, (K.RECEIVED, received), (K.RESPONSE_SENT, sent)).timeline(sent)
    assert timeline.response_due_on is not None
    late = sent > timeline.response_due_on
    assert timeline.status is (CaseStatus.ANSWERED_LATE if late else CaseStatus.ANSWERED_ON_TIME)
    assert timeline.calendar_days_late == max(0, (sent - timeline.response_due_on).days)
    assert timeline.working_days_late == max(
        0, foilib.working_days_between(timeline.response_due_on, sent, regime)
    )


@given(
    dates, st.integers(0, 20), st.integers(0, 20), st.integers(0, 20), st.sampled_from(list(Regime))
)
def test_a_second_reply_never_restarts_the_clock(
    received: dt.date, asked: int, first: int, second: int, regime: Regime
) -> None:
    sought = received + dt.timedelta(days=asked)
    reply = sought + dt.timedelta(days=first)
    once = case(
        regime,
        (K.RECEIVED, received),
        (K.CLARIFICATION_SOUGHT, sought),
        (K.CLARIFICATION_RECEIVED, reply),
    )
    twice = case(
        regime,
        (K.RECEIVED, received),
        (K.CLARIFICATION_SOUGHT, sought),
        (K.CLARIFICATION_RECEIVED, reply),
        (K.CLARIFICATION_RECEIVED, reply + dt.timedelta(days=second)),
    )
    assert due(twice) == due(once) == foilib.add_working_days(reply, 20, regime)


@given(dates, st.integers(0, 80), st.sampled_from(list(Regime)))
def test_review_of_a_failure_to_respond_is_always_representable(
    received: dt.date, after: int, regime: Regime
) -> None:
    asked = received + dt.timedelta(days=after)
    c = case(regime, (K.RECEIVED, received), (K.INTERNAL_REVIEW_REQUESTED, asked))
    n = law_of(regime).clock.review_response.length
    assert due(c, DeadlineKind.REVIEW_RESPONSE_DUE) == foilib.add_working_days(asked, n, regime)


@given(st.dates(min_value=D(2001, 1, 1), max_value=D(2097, 1, 1)))
def test_grc_window_rolls_to_an_english_working_day_and_no_further(notice: dt.date) -> None:
    c = case(
        FOIA,
        (K.RECEIVED, D(2000, 1, 4)),
        (K.RESPONSE_SENT, D(2000, 1, 5)),
        (K.DECISION_NOTICE, notice),
    )
    window = c.timeline(notice).get(DeadlineKind.APPEAL_WINDOW)
    assert window is not None
    raw = notice + dt.timedelta(days=28)
    english = {
        h.date
        for year in {raw.year, raw.year + 1}
        for h in foilib.bank_holidays(year, foilib.Division.ENGLAND_AND_WALES)
    }

    def working(day: dt.date) -> bool:
        return day.weekday() < 5 and day not in english

    assert window.date >= raw
    assert working(window.date)
    assert all(not working(raw + dt.timedelta(days=i)) for i in range((window.date - raw).days))


@given(dates, st.integers(0, 60), st.integers(0, 60))
def test_deadline_state_agrees_with_its_dates(received: dt.date, sent: int, today: int) -> None:
    on = received + dt.timedelta(days=sent)
    c = case(FOIA, (K.RECEIVED, received), (K.RESPONSE_SENT, on))
    timeline = c.timeline(on + dt.timedelta(days=today))
    for d in timeline.deadlines:
        if d.met_on is not None:
            expected = (
                foilib.DeadlineState.MET if d.met_on <= d.date else foilib.DeadlineState.MISSED
            )
        elif timeline.today > d.date:
            expected = foilib.DeadlineState.MISSED
        else:
            expected = foilib.DeadlineState.OPEN
        assert d.state is expected


@pytest.mark.parametrize(
    ("regime", "days", "cited"),
    [
        # issue 11 §2: --days 40 under the EIR is the reg 7(1) extension, not reg 5(2).
        ("eir", "40", "EIR reg.7(1)"),
        ("eir", "20", "EIR reg.5(2)"),
        ("foia", "30", "SI 2004/3364) reg.4"),
        ("foisa", "30", "FOISA s.10(2)"),
        ("eir", "21", "no provision of EIR allows 21 working days"),
    ],
)
def test_cli_due_days_names_the_provision(
    regime: str, days: str, cited: str, capsys: pytest.CaptureFixture[str]
) -> None:
    from foilib.cli import main

    assert main(["due", "2026-12-02", "--regime", regime, "--days", days, "--explain"]) == 0
    out = capsys.readouterr().out
    assert cited in out
    assert "21th" not in out
    if days == "21":
        assert "the 21st working day" in out


@given(strategies.cases())
def test_any_history_has_a_consistent_timeline(c: Case) -> None:
    timeline = c.timeline(LATER)
    dates = [d.date for d in timeline.deadlines]
    assert dates == sorted(dates)
    response = timeline.get(DeadlineKind.RESPONSE_DUE)
    if timeline.response_due_on is not None:
        assert response is not None
        assert timeline.response_due_on >= response.date
        assert timeline.late == (
            (c.final_response.on if c.final_response else LATER) > timeline.response_due_on
        )
    for d in timeline.deadlines:
        assert d.reasons  # every deadline explains itself


def test_foisa_review_window_runs_from_a_late_response() -> None:
    # FOISA s.20(5)(b) (NRS guide): due Tue 1 Dec 2026; a late response on Thu 10 Dec 2026
    # starts the 40 working days from its receipt instead.
    c = case(FOISA, (K.RECEIVED, D(2026, 11, 2)), (K.RESPONSE_SENT, D(2026, 12, 10)))
    assert due(c, DeadlineKind.REVIEW_REQUEST_WINDOW) == foilib.add_working_days(
        D(2026, 12, 10), 40, FOISA
    )
    # Under FOIA the s.45 code window runs from the response, in time or not.
    c = case(FOIA, (K.RECEIVED, D(2026, 11, 2)), (K.RESPONSE_SENT, D(2026, 11, 20)))
    assert due(c, DeadlineKind.REVIEW_REQUEST_WINDOW) == foilib.add_working_days(
        D(2026, 11, 20), 40
    )


def test_cli_timeline_json_gives_states_and_the_operative_date(
    tmp_path: Any, capsys: pytest.CaptureFixture[str]
) -> None:
    import json

    from foilib.cli import main

    c = case(
        EIR,
        (K.RECEIVED, D(2026, 12, 2)),
        (K.ENVIRONMENTAL_EXTENSION, D(2027, 1, 11)),
        (K.RESPONSE_SENT, D(2027, 1, 22)),
    )
    path = tmp_path / "case.json"
    path.write_text(foilib.to_json(c), "utf-8")
    assert main(["timeline", str(path), "--today", "2027-01-22", "--json"]) == 0
    data = json.loads(capsys.readouterr().out)
    assert data["response_due_on"] == "2027-01-05"
    assert (data["working_days_late"], data["calendar_days_late"]) == (13, 17)
    assert data["deadlines"][0]["state"] == "missed"
    assert "does not extend" in data["warnings"][0]["text"]


def test_check_takes_only_the_response_as_the_reply() -> None:
    # Issue 11: an extension or clarification letter is not the final response. FOIA: due
    # Thu 24 Dec 2026; on Mon 4 Jan 2027 an extension letter (not a response) must not mark
    # the case answered on time.
    authority = foilib.Authority("A Council", (FOIA,))
    c = case(FOIA, (K.RECEIVED, D(2026, 11, 25)), (K.ACKNOWLEDGEMENT_SENT, D(2027, 1, 4)))
    letter = foilib.Response(
        authority=authority,
        regime=FOIA,
        request=Request(),
        kind=foilib.LetterKind.EXTENSION_NOTICE,
        sent_on=D(2026, 12, 10),
    )
    codes = {f.code for f in foilib.check(letter, c)}
    assert "response-late" not in codes  # the case is open, not answered
    reply = attrs.evolve(letter, kind=foilib.LetterKind.RESPONSE, sent_on=D(2027, 1, 5))
    assert "response-late" in {f.code for f in foilib.check(reply, c)}


def test_fees_pause_extends_the_ceiling_of_a_commissioner_specified_day() -> None:
    # SI 2004/3364 regs 5(2), 6(2) with FOIA s.10(2): received Mon 2 Mar 2026, fees notice
    # Thu 12 Mar, fee Fri 27 Mar: the working days 12, 13, 16, 18, 19, 20, 23-27 Mar (11; the
    # 17th is St Patrick's Day) are disregarded, so the 60th working day is the 71st.
    received = D(2026, 3, 2)
    ceiling = foilib.add_working_days(received, 71)
    events = (
        ev(K.RECEIVED, received),
        ev(K.FEES_NOTICE_ISSUED, D(2026, 3, 12)),
        ev(K.FEE_RECEIVED, D(2026, 3, 27)),
        ev(K.COMPLIANCE_DAY_SPECIFIED, D(2026, 3, 30), until=ceiling),
    )
    assert Case(Request(), FOIA, events).timeline(LATER).response_due_on == ceiling
    late = attrs.evolve(events[3], until=ceiling + dt.timedelta(days=1))
    with pytest.raises(CaseError, match="60th working day"):
        Case(Request(), FOIA, (*events[:3], late)).timeline(LATER)


def test_every_deadline_has_its_basis_and_met_on() -> None:
    c = case(
        FOIA,
        (K.RECEIVED, D(2026, 11, 2)),
        (K.FEES_NOTICE_ISSUED, D(2026, 11, 3)),
        (K.FEE_RECEIVED, D(2026, 11, 4)),
        (K.RESPONSE_SENT, D(2026, 11, 20)),
        (K.INTERNAL_REVIEW_REQUESTED, D(2026, 12, 1)),
        (K.INTERNAL_REVIEW_DECIDED, D(2026, 12, 18)),
        (K.COMMISSIONER_COMPLAINT, D(2027, 1, 4)),
        (K.DECISION_NOTICE, D(2027, 6, 1)),
        (K.APPEAL_LODGED, D(2027, 6, 10)),
    )
    got = {d.kind: (d.basis, d.met_on, d.state) for d in c.timeline(D(2027, 6, 10)).deadlines}
    S, CP, RP = Basis.STATUTE, Basis.CODE_OF_PRACTICE, Basis.REGULATOR_POLICY
    MET = foilib.DeadlineState.MET
    assert got == {
        DeadlineKind.FEE_PAYMENT_WINDOW: (S, D(2026, 11, 4), MET),
        DeadlineKind.RESPONSE_DUE: (S, D(2026, 11, 20), MET),
        DeadlineKind.REVIEW_REQUEST_WINDOW: (CP, D(2026, 12, 1), MET),
        DeadlineKind.REVIEW_RESPONSE_DUE: (CP, D(2026, 12, 18), MET),
        DeadlineKind.REVIEW_RESPONSE_LIMIT: (CP, D(2026, 12, 18), MET),
        DeadlineKind.COMMISSIONER_COMPLAINT_WINDOW: (RP, D(2027, 1, 4), MET),
        DeadlineKind.APPEAL_WINDOW: (S, D(2027, 6, 10), MET),
    }


def _walked_reasons(regime: Regime, start: dt.date, n: int) -> list[str]:
    """The first release's day-by-day walk, as an oracle for the look-up version."""
    cal = foilib.working_day_calendar(regime)
    cite = str(law_of(regime).working_day.citation)
    out: list[str] = []
    weekend = 0
    day, counted = start, 0
    while counted < n:
        day += dt.timedelta(days=1)
        if cal.is_working_day(day):
            counted += 1
            continue
        why = cal.non_working_reasons(day)
        if day.weekday() >= 5 and not why[1:]:
            weekend += 1
            continue
        names = "; ".join(r.description for r in why)
        divisions = sorted({d.title for r in why for d in r.divisions})
        where = f", bank holiday in {' and '.join(divisions)}" if divisions else ""
        sources = "; ".join(dict.fromkeys(h.source for r in why for h in r.holidays))
        refs = "; ".join(x for x in (cite, sources) if x)
        out.append(f"{foilib_day(day)} skipped: {names}{where} ({refs})")
    if weekend:
        out.insert(0, f"Saturdays and Sundays skipped ({cite})")
    return out


@given(dates, st.sampled_from(list(Regime)))
def test_reasons_are_those_of_a_day_by_day_walk(received: dt.date, regime: Regime) -> None:
    # issue 14: the look-ups and the lazy reasons give exactly the first release's reasons.
    deadline = case(regime, (K.RECEIVED, received)).timeline(LATER).get(DeadlineKind.RESPONSE_DUE)
    assert deadline is not None
    texts = [str(r) for r in deadline.reasons]
    start = 3 if not foilib.working_day_calendar(regime).is_working_day(received) else 2
    assert texts[start:] == _walked_reasons(regime, received, 20)


# --- wave 2 (clockfix): kinds of fault found by a fresh user ------------------------------


def test_revised_public_interest_estimate_extends_when_given_in_time() -> None:
    # FOIA s.10(3), s.17(2): received Mon 5 Jan 2026, due Mon 2 Feb (20th WD: 6-9 Jan 4,
    # 12-16 9, 19-23 14, 26-30 19, 2 Feb 20). Notice Tue 20 Jan (in time) estimating Fri
    # 20 Feb; revised Mon 16 Feb (before 20 Feb passed) estimating Fri 27 Feb; response
    # Wed 25 Feb is on time. The first notice stands; the revision extends.
    c = Case(
        Request(),
        FOIA,
        (
            ev(K.RECEIVED, D(2026, 1, 5)),
            ev(K.PUBLIC_INTEREST_EXTENSION, D(2026, 1, 20), estimate=D(2026, 2, 20)),
            ev(K.PUBLIC_INTEREST_EXTENSION, D(2026, 2, 16), estimate=D(2026, 2, 27)),
            ev(K.RESPONSE_SENT, D(2026, 2, 25)),
        ),
    )
    t = c.timeline(D(2026, 3, 31))
    assert t.status is CaseStatus.ANSWERED_ON_TIME
    assert t.response_due_on == D(2026, 2, 27)
    assert not t.warnings


def test_revised_estimate_after_the_previous_one_passed_does_not_rescue() -> None:
    # Same, but the revision comes Mon 23 Feb, after the 20 Feb estimate passed: lateness
    # runs from 20 Feb; response Wed 25 Feb is 3 WD late (23, 24, 25 Feb).
    c = Case(
        Request(),
        FOIA,
        (
            ev(K.RECEIVED, D(2026, 1, 5)),
            ev(K.PUBLIC_INTEREST_EXTENSION, D(2026, 1, 20), estimate=D(2026, 2, 20)),
            ev(K.PUBLIC_INTEREST_EXTENSION, D(2026, 2, 23), estimate=D(2026, 2, 27)),
            ev(K.RESPONSE_SENT, D(2026, 2, 25)),
        ),
    )
    t = c.timeline(D(2026, 3, 31))
    assert t.status is CaseStatus.ANSWERED_LATE
    assert t.response_due_on == D(2026, 2, 20)
    assert t.working_days_late == 3
    assert any("revised public-interest notice" in str(w) for w in t.warnings)


def test_guidance_limit_met_by_an_earlier_response() -> None:
    # ICO guidance: a further 20 WD after the due date Mon 2 Feb 2026 -> Mon 2 Mar 2026
    # (3-6 Feb 4, 9-13 9, 16-20 14, 23-27 19, 2 Mar 20). Response Wed 25 Feb: met.
    c = Case(
        Request(),
        FOIA,
        (
            ev(K.RECEIVED, D(2026, 1, 5)),
            ev(K.PUBLIC_INTEREST_EXTENSION, D(2026, 1, 20), estimate=D(2026, 2, 27)),
            ev(K.RESPONSE_SENT, D(2026, 2, 25)),
        ),
    )
    limit = c.timeline(D(2026, 3, 31)).get(DeadlineKind.EXTENSION_GUIDANCE_LIMIT)
    assert limit is not None
    assert (limit.date, limit.state, limit.met_on) == (
        D(2026, 3, 2),
        foilib.DeadlineState.MET,
        D(2026, 2, 25),
    )


def test_fee_paid_after_the_window_lapses_the_request() -> None:
    # FOIA s.9(2): notice Thu 12 Mar 2026, window ends Thu 11 Jun 2026; fee Sat 20 Jun is
    # too late: no duty to comply, so the request lapsed (not overdue).
    for regime in (FOIA, FOISA):  # FOISA s.9(4) (wording unverified: read as FOIA's)
        c = case(
            regime,
            (K.RECEIVED, D(2026, 3, 2)),
            (K.FEES_NOTICE_ISSUED, D(2026, 3, 12)),
            (K.FEE_RECEIVED, D(2026, 6, 20)),
        )
        t = c.timeline(D(2026, 8, 1))
        assert t.status is CaseStatus.LAPSED
        assert t.working_days_late == 0
        assert any("lapsed" in str(w) for w in t.warnings)


def test_two_fees_notices_both_pauses_disregarded() -> None:
    # FOIA s.10(2): received Mon 2 Mar 2026; notice Tue 3 Mar paid Thu 5 Mar; notice Mon
    # 9 Mar paid Mon 16 Mar. Counting: Fri 6 Mar (1); 9-16 Mar paused; Tue 17 Mar St
    # Patrick's Day (NI; FOIA s.10(6) counts every division) skipped; 18-20 (4), 23-27 (9),
    # 30 31 Mar 1 2 Apr (13); Good Friday 3 Apr, Easter Monday 6 Apr skipped; 7-10 (17),
    # 13 14 15 (20) -> Wed 15 Apr 2026.
    c = case(
        FOIA,
        (K.RECEIVED, D(2026, 3, 2)),
        (K.FEES_NOTICE_ISSUED, D(2026, 3, 3)),
        (K.FEE_RECEIVED, D(2026, 3, 5)),
        (K.FEES_NOTICE_ISSUED, D(2026, 3, 9)),
        (K.FEE_RECEIVED, D(2026, 3, 16)),
    )
    assert due(c) == D(2026, 4, 15)
    assert len(c.timeline(LATER).pauses) == 2


def test_late_request_for_particulars_under_eir() -> None:
    # EIR reg 9(2)(a): particulars must be sought within 20 WD of receipt. Received Mon
    # 2 Mar 2026 -> 20th WD Tue 31 Mar (St Patrick's Day 17 Mar skipped: 3-6 4, 9-13 9,
    # 16 18-20 13, 23-27 18, 30 31 20). Sought Fri 10 Apr, reply Mon 13 Apr: too late, so
    # no restart; the response stays due 31 Mar and the authority was already late.
    c = case(
        EIR,
        (K.RECEIVED, D(2026, 3, 2)),
        (K.CLARIFICATION_SOUGHT, D(2026, 4, 10)),
        (K.CLARIFICATION_RECEIVED, D(2026, 4, 13)),
    )
    t = c.timeline(D(2026, 4, 20))
    assert t.response_due_on == D(2026, 3, 31)
    assert t.status is CaseStatus.OPEN_OVERDUE
    assert any("already late" in str(w) for w in t.warnings)
    # still awaiting the reply: a late request does not stop the clock either
    pending = case(EIR, (K.RECEIVED, D(2026, 3, 2)), (K.CLARIFICATION_SOUGHT, D(2026, 4, 10)))
    assert pending.timeline(D(2026, 4, 11)).status is CaseStatus.OPEN_OVERDUE


def test_late_clarification_under_foia_restarts_with_a_warning() -> None:
    # FOIA s.1(3) sets no time: the clock runs from the reply Mon 13 Apr 2026 (20th WD Tue
    # 12 May: 14-17 4, 20-24 9, 27-30 13, 1 May 14, 5-8 18 (4 May bank holiday), 11 12 20),
    # but the request came after the response was due (31 Mar): warned.
    c = case(
        FOIA,
        (K.RECEIVED, D(2026, 3, 2)),
        (K.CLARIFICATION_SOUGHT, D(2026, 4, 10)),
        (K.CLARIFICATION_RECEIVED, D(2026, 4, 13)),
    )
    t = c.timeline(D(2026, 4, 20))
    assert t.response_due_on == D(2026, 5, 12)
    assert any("already late" in str(w) for w in t.warnings)


def test_coronavirus_scotland_variation_is_warned() -> None:
    # Coronavirus (Scotland) Act 2020 sch 6 paras 3-5 (in force 7 Apr 2020, repealed from
    # 27 May 2020): a FOISA request running then is warned about; outside it, no warning.
    inside = case(FOISA, (K.RECEIVED, D(2020, 4, 20))).timeline(D(2020, 4, 21))
    assert any("Coronavirus (Scotland) Act 2020" in str(w) for w in inside.warnings)
    before = case(FOISA, (K.RECEIVED, D(2020, 1, 6))).timeline(D(2020, 1, 7))
    assert not before.warnings
    foia = case(FOIA, (K.RECEIVED, D(2020, 4, 20))).timeline(D(2020, 4, 21))
    assert not foia.warnings
    # the review period (s.21(1)) was varied alike: a review required Fri 1 May 2020
    review = case(
        FOISA,
        (K.RECEIVED, D(2020, 1, 6)),
        (K.RESPONSE_SENT, D(2020, 1, 20)),
        (K.INTERNAL_REVIEW_REQUESTED, D(2020, 5, 1)),
    ).timeline(D(2020, 5, 2))
    assert len([w for w in review.warnings if "Coronavirus" in str(w)]) == 1


def test_deadlines_past_the_calendar_are_omitted_with_a_warning() -> None:
    # received Tue 1 Dec 2099, answered Wed 2 Dec: the 40-WD review window runs past
    # 2099-12-31, so it is omitted with a warning instead of raising.
    c = case(FOIA, (K.RECEIVED, D(2099, 12, 1)), (K.RESPONSE_SENT, D(2099, 12, 2)))
    t = c.timeline(D(2099, 12, 31))
    assert t.status is CaseStatus.ANSWERED_ON_TIME
    assert t.get(DeadlineKind.REVIEW_REQUEST_WINDOW) is None
    assert any("calendar" in str(w) for w in t.warnings)


def test_one_working_day_late_is_singular() -> None:
    # due Mon 2 Feb 2026, answered Tue 3 Feb: 1 working day late
    c = case(FOIA, (K.RECEIVED, D(2026, 1, 5)), (K.RESPONSE_SENT, D(2026, 2, 3)))
    assert "(1 working day late)" in str(c.timeline(D(2026, 2, 4)))


@given(
    start=st.dates(D(2001, 1, 1), D(2098, 1, 1)),
    months=st.integers(1, 12),
)
def test_month_rules(start: dt.date, months: int) -> None:
    """Property: "beginning with" ends the day before the corresponding date (or on the last
    day of the month without one); "after" ends on it; each is the last day of its period."""
    from foilib._private.law import MonthRule

    after = MonthRule.AFTER.end(start, months)
    beginning = MonthRule.BEGINNING_WITH.end(start, months)
    month = (start.month - 1 + months) % 12 + 1
    assert after.month == month
    if after.day == start.day:  # a corresponding date exists
        assert beginning == after - dt.timedelta(days=1)
    else:  # none: both end on the last day of that month
        assert after == beginning
        assert (after + dt.timedelta(days=1)).day == 1


@st.composite
def rich_cases(draw: st.DrawFn) -> Case:
    """Cases with every kind of deadline: fees notices, successive public-interest notices
    (with or without estimates), an environmental extension, review, complaint, appeal."""
    regime = draw(st.sampled_from([FOIA, FOIA, EIR, FOISA, EISR]))
    day = draw(st.dates(D(2001, 1, 1), D(2096, 1, 1)))
    events = [Event(K.RECEIVED, day)]

    def later(most: int = 30) -> dt.date:
        nonlocal day
        day = day + dt.timedelta(days=draw(st.integers(0, most)))
        return day

    if regime in (FOIA, FOISA):
        for _ in range(draw(st.integers(0, 2))):
            events.append(Event(K.FEES_NOTICE_ISSUED, later(10)))
            if draw(st.booleans()):
                events.append(Event(K.FEE_RECEIVED, later(120)))
    if regime is FOIA:
        for _ in range(draw(st.integers(0, 3))):
            on = later(25)
            estimate = on + dt.timedelta(days=draw(st.integers(0, 60)))
            events.append(
                Event(K.PUBLIC_INTEREST_EXTENSION, on, estimate=draw(st.none() | st.just(estimate)))
            )
    if regime in (EIR, EISR) and draw(st.booleans()):
        events.append(Event(K.ENVIRONMENTAL_EXTENSION, later(25)))
    for kind in (
        K.RESPONSE_SENT,
        K.INTERNAL_REVIEW_REQUESTED,
        K.INTERNAL_REVIEW_DECIDED,
        K.COMMISSIONER_COMPLAINT,
        K.DECISION_NOTICE,
        K.APPEAL_LODGED,
    ):
        if kind is K.INTERNAL_REVIEW_DECIDED and events[-1].kind is not K.INTERNAL_REVIEW_REQUESTED:
            continue
        if kind is K.APPEAL_LODGED and events[-1].kind is not K.DECISION_NOTICE:
            continue
        if draw(st.integers(0, 3)) > 0:
            events.append(Event(kind, later(60)))
    return Case(Request(), regime, tuple(events))


@given(c=rich_cases(), today_offset=st.integers(0, 400))
def test_every_deadline_state_agrees_with_met_on(c: Case, today_offset: int) -> None:
    """Property: for every deadline kind, MET iff acted on or before the date; MISSED iff
    acted after it or not at all by a later today; OPEN otherwise; only the response due
    date is ever SUPERSEDED (by a valid extension)."""
    today = min(c.events[-1].on + dt.timedelta(days=today_offset), D(2099, 12, 31))
    acts = {
        DeadlineKind.RESPONSE_DUE: K.RESPONSE_SENT,
        DeadlineKind.EXTENDED_RESPONSE_DUE: K.RESPONSE_SENT,
        DeadlineKind.EXTENSION_GUIDANCE_LIMIT: K.RESPONSE_SENT,
        DeadlineKind.REVIEW_REQUEST_WINDOW: K.INTERNAL_REVIEW_REQUESTED,
        DeadlineKind.REVIEW_RESPONSE_DUE: K.INTERNAL_REVIEW_DECIDED,
        DeadlineKind.REVIEW_RESPONSE_LIMIT: K.INTERNAL_REVIEW_DECIDED,
        DeadlineKind.COMMISSIONER_COMPLAINT_WINDOW: K.COMMISSIONER_COMPLAINT,
        DeadlineKind.APPEAL_WINDOW: K.APPEAL_LODGED,
    }
    for d in c.timeline(today).deadlines:
        act = acts.get(d.kind)
        if act is not None:  # met_on is the day of the act, whenever it came
            done = c.first(act)
            assert d.met_on == (done.on if done else None), d
        if d.state is foilib.DeadlineState.SUPERSEDED:
            assert d.kind is DeadlineKind.RESPONSE_DUE
        elif d.met_on is not None:
            assert d.state is (
                foilib.DeadlineState.MET if d.met_on <= d.date else foilib.DeadlineState.MISSED
            )
        else:
            assert d.state is (
                foilib.DeadlineState.MISSED if today > d.date else foilib.DeadlineState.OPEN
            )


@given(
    received=st.dates(D(2001, 1, 1), D(2097, 1, 1)),
    late_by=st.integers(1, 60),
    reply_after=st.integers(0, 30),
    regime=st.sampled_from([EIR, EISR]),
)
def test_late_request_for_particulars_changes_nothing(
    received: dt.date, late_by: int, reply_after: int, regime: Regime
) -> None:
    """Property (EIR/EISR reg 9(2)(a)): particulars sought after the 20th working day
    neither stop nor restart the clock: the due date is the plain 20th working day."""
    cal = foilib.working_day_calendar(regime)
    sought = cal.add(received, 20) + dt.timedelta(days=late_by)
    reply = sought + dt.timedelta(days=reply_after)
    plain = case(regime, (K.RECEIVED, received)).timeline(reply).response_due_on
    c = case(
        regime,
        (K.RECEIVED, received),
        (K.CLARIFICATION_SOUGHT, sought),
        (K.CLARIFICATION_RECEIVED, reply),
    )
    t = c.timeline(reply)
    assert t.response_due_on == plain
    assert t.warnings


@given(
    received=st.dates(D(2001, 1, 1), D(2097, 1, 1)),
    notice_after=st.integers(0, 20),
    paid_late_by=st.integers(1, 90),
    regime=st.sampled_from([FOIA, FOISA]),
)
def test_a_fee_paid_after_the_window_always_lapses(
    received: dt.date, notice_after: int, paid_late_by: int, regime: Regime
) -> None:
    """Property (FOIA s.9(2), FOISA s.9(4)): a fee paid after the window never makes an
    unanswered request overdue: it has lapsed."""
    notice = received + dt.timedelta(days=notice_after)
    c0 = case(regime, (K.RECEIVED, received), (K.FEES_NOTICE_ISSUED, notice))
    window = c0.timeline(notice).get(DeadlineKind.FEE_PAYMENT_WINDOW)
    assert window is not None
    paid = window.date + dt.timedelta(days=paid_late_by)
    c = case(regime, (K.RECEIVED, received), (K.FEES_NOTICE_ISSUED, notice), (K.FEE_RECEIVED, paid))
    assert c.timeline(paid).status is CaseStatus.LAPSED
