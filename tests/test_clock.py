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
)

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
        ((K.RECEIVED, D(2026, 11, 16)), (K.EIR_EXTENSION, D(2026, 11, 30))),
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
        D(2027, 2, 27),
        "FOIA s.9(2): 30 Nov + 3 months is 28 Feb; the period ends the day before",
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
        ((K.RECEIVED, D(2026, 11, 16)), (K.EIR_EXTENSION, D(2026, 11, 30))),
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
        D(2027, 1, 22),
        "FOISA s.20(5): requirement for review within 40 working days (Scottish days; "
        "St Andrew's Day, 25, 28 Dec, 1 and 4 Jan skipped)",
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
    cal = foilib.working_days(FOIA)
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
        (Event(K.RECEIVED, D(2026, 3, 2)), Event(K.EIR_EXTENSION, D(2026, 3, 5))),
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
    c = case(regime, (K.RECEIVED, received), (K.EIR_EXTENSION, notified))
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
