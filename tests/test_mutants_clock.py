"""The clock, pinned where mutation testing found it unpinned (docs/mutation-clock.md).

Each test names the mutants it kills. Dates are hand counts against the statute (the
count is in the comment); the explanations (reason text, the citation it rests on, the
source) are pinned as the clock writes them, with sources read from the law data, so a
step citing the wrong row or dropping a sentence fails. The calendar's own lines
("... skipped: ...") are left to ``test_reasons_are_those_of_a_day_by_day_walk`` in
test_clock.py, which proves them against the calendar's ``explain``.
"""

from __future__ import annotations

import datetime as dt
import os
from typing import Any

import pytest

import foilib
from foilib import (
    AuthorityType,
    Basis,
    Case,
    CaseStatus,
    Deadline,
    DeadlineKind,
    DeadlineState,
    Event,
    EventKind,
    Regime,
    Request,
    SchoolTerm,
)
from foilib._private.law import law as law_of
from foilib._private.law._clock import SchoolRule
from foilib._private.law._types import Period

D = dt.date
K = EventKind
DK = DeadlineKind
FOIA, EIR, FOISA, EISR = Regime.FOIA, Regime.EIR, Regime.FOISA, Regime.EISR
S, CP, RP = Basis.STATUTE, Basis.CODE_OF_PRACTICE, Basis.REGULATOR_POLICY
MET, MISSED, OPEN = DeadlineState.MET, DeadlineState.MISSED, DeadlineState.OPEN
SUPERSEDED = DeadlineState.SUPERSEDED

Own = tuple[str, str | None, str | None]


def ev(kind: EventKind, on: dt.date, **kw: Any) -> Event:
    return Event(kind, on, **kw)


def case(regime: Regime, *events: Event, **kw: Any) -> Case:
    return Case(Request(), regime, events, **kw)


def own(deadline: Deadline | None) -> list[Own]:
    """The deadline's reasons as (text, citation, source), without the calendar's lines."""
    assert deadline is not None
    return [
        (r.text, str(r.citation) if r.citation else None, r.source)
        for r in deadline.reasons
        if " skipped" not in r.text
    ]


def row(deadline: Deadline | None) -> tuple[dt.date, Basis, dt.date | None, DeadlineState]:
    assert deadline is not None
    return deadline.date, deadline.basis, deadline.met_on, deadline.state


def warnings(t: foilib.Timeline) -> list[Own]:
    return [(w.text, str(w.citation) if w.citation else None, w.source) for w in t.warnings]


def _period(regime: Regime, name: str) -> Period:
    value = getattr(law_of(regime).clock, name)
    assert isinstance(value, Period)
    return value


def _school(regime: Regime) -> SchoolRule:
    value = law_of(regime).clock.school
    assert isinstance(value, SchoolRule)
    return value


# --- fees: overlapping pauses (FOIA s.10(2)) ----------------------------------------------


def test_overlapping_fees_pauses_merge_with_their_own_neighbour_only() -> None:
    # FOIA s.9(2), s.10(2): received Mon 2 Mar 2026. Notice Tue 3 Mar paid Thu 5 Mar (3 WD);
    # notices Tue 10 and Thu 12 Mar, the fee of Fri 13 Mar answers the later one, that of
    # Fri 20 Mar the earlier: 10-20 Mar, with 12-13 inside it, is 8 WD (10, 11, 12, 13, 16,
    # 18, 19, 20; Tue 17 is St Patrick's Day). Fri 6 and Mon 9 Mar still count. 11 days
    # disregarded: the 31st working day after 2 Mar is Fri 17 Apr 2026 (4 in Mar 3-6, 9 to
    # Mar 13, 13 to Mar 20, 18 to Mar 27, 20 to Mar 31, 22 to Apr 2, Good Friday and
    # Easter Monday skipped, 26 to Apr 10, 31 on Apr 17).
    # Kills _fees_pause merging into merged[-2] (the 6th and 9th would be paused too).
    c = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 3, 2)),
        ev(K.FEES_NOTICE_ISSUED, D(2026, 3, 3)),
        ev(K.FEE_RECEIVED, D(2026, 3, 5)),
        ev(K.FEES_NOTICE_ISSUED, D(2026, 3, 10)),
        ev(K.FEES_NOTICE_ISSUED, D(2026, 3, 12)),
        ev(K.FEE_RECEIVED, D(2026, 3, 13)),
        ev(K.FEE_RECEIVED, D(2026, 3, 20)),
    )
    t = c.timeline(D(2026, 3, 20))
    assert t.response_due_on == D(2026, 4, 17)
    assert row(t.get(DK.RESPONSE_DUE)) == (D(2026, 4, 17), S, None, OPEN)
    pause = (
        "working days from the fees notice ({}) to receipt of the fee ({}), both included, "
        "are disregarded"
    )
    assert own(t.get(DK.RESPONSE_DUE)) == [
        ("received Mon 2 Mar 2026", "FOIA s.10(1)", None),
        (pause.format("Tue 3 Mar 2026", "Thu 5 Mar 2026"), "FOIA s.10(2)", None),
        (pause.format("Tue 10 Mar 2026", "Fri 20 Mar 2026"), "FOIA s.10(2)", None),
        (pause.format("Thu 12 Mar 2026", "Fri 13 Mar 2026"), "FOIA s.10(2)", None),
        ("20th working day following receipt", "FOIA s.10(1)", None),
        ("11 working days in the fees pause not counted", "FOIA s.10(2)", None),
    ]
    # s.9(2): three months beginning with the day the notice is given, each met by its fee.
    windows = [row(d) for d in t.deadlines if d.kind is DK.FEE_PAYMENT_WINDOW]
    assert windows == [
        (D(2026, 6, 2), S, D(2026, 3, 5), MET),
        (D(2026, 6, 9), S, D(2026, 3, 20), MET),
        (D(2026, 6, 11), S, D(2026, 3, 13), MET),
    ]


# --- the public-interest extension (FOIA s.10(3), s.17(2)) ---------------------------------


def test_public_interest_notice_without_an_estimate_is_explained() -> None:
    # FOIA s.10(1): received Mon 2 Mar 2026, due the 20th WD, Tue 31 Mar (St Patrick's Day
    # skipped). A s.10(3) notice of Fri 20 Mar with no s.17(2) estimate: the ICO's normal
    # limit, 20 more WD, Thu 30 Apr 2026 (Apr 1-2, 7-10, 13-17, 20-24, 27-30 = 20; Good Friday
    # and Easter Monday skipped), is the operative date.
    c = case(FOIA, ev(K.RECEIVED, D(2026, 3, 2)), ev(K.PUBLIC_INTEREST_EXTENSION, D(2026, 3, 20)))
    t = c.timeline(D(2026, 3, 20))
    assert t.response_due_on == D(2026, 4, 30)
    assert row(t.get(DK.RESPONSE_DUE)) == (D(2026, 3, 31), S, None, SUPERSEDED)
    assert row(t.get(DK.EXTENDED_RESPONSE_DUE)) == (D(2026, 4, 30), S, None, OPEN)
    assert own(t.get(DK.EXTENDED_RESPONSE_DUE)) == [
        (
            "public-interest extension notified Fri 20 Mar 2026, no estimate given: the "
            "regulator's normal limit is used: such time as is reasonable",
            "FOIA s.10(3)",
            None,
        ),
        ("the notice must give an estimate of the date", "FOIA s.17(2)", None),
    ]
    guidance = _period(FOIA, "pi_guidance")
    assert row(t.get(DK.EXTENSION_GUIDANCE_LIMIT)) == (D(2026, 4, 30), RP, None, OPEN)
    assert own(t.get(DK.EXTENSION_GUIDANCE_LIMIT)) == [
        (
            "normally no more than a further 20 working days after the response was due "
            "(Tue 31 Mar 2026)",
            "FOIA s.10(3)",
            guidance.source,
        )
    ]
    assert warnings(t) == [
        (
            "the public-interest notice of Fri 20 Mar 2026 gives no estimate of the date of "
            "the decision",
            "FOIA s.17(2)",
            None,
        )
    ]


def test_public_interest_estimate_before_the_due_date_is_explained() -> None:
    # Same dates; the estimate Wed 25 Mar 2026 is before the due date (Tue 31 Mar): the
    # extended date stays the due date (s.10(3) extends, never shortens).
    c = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 3, 2)),
        ev(K.PUBLIC_INTEREST_EXTENSION, D(2026, 3, 20), estimate=D(2026, 3, 25)),
        ev(K.RESPONSE_SENT, D(2026, 3, 31)),
    )
    t = c.timeline(D(2026, 4, 1))
    assert t.status is CaseStatus.ANSWERED_ON_TIME
    assert row(t.get(DK.EXTENDED_RESPONSE_DUE)) == (D(2026, 3, 31), S, D(2026, 3, 31), MET)
    assert row(t.get(DK.EXTENSION_GUIDANCE_LIMIT)) == (D(2026, 4, 30), RP, D(2026, 3, 31), MET)
    assert own(t.get(DK.EXTENDED_RESPONSE_DUE)) == [
        (
            "public-interest extension notified Fri 20 Mar 2026, estimating a decision by "
            "Wed 25 Mar 2026, before the response was due: such time as is reasonable",
            "FOIA s.10(3)",
            None,
        ),
        ("the notice must give an estimate of the date", "FOIA s.17(2)", None),
    ]
    assert warnings(t) == [
        (
            "the estimate Wed 25 Mar 2026 is earlier than the date the response was already "
            "due (Tue 31 Mar 2026): it cannot bring the deadline forward",
            "FOIA s.17(2)",
            None,
        )
    ]


# --- review windows (FOISA s.20(5); FOIA s.45 code) -------------------------------------


def test_foisa_review_window_of_a_response_on_the_due_date_runs_from_the_period_end() -> None:
    # FOISA s.10(1), s.20(5): received Mon 2 Mar 2026, due the 20th Scottish WD, Mon 30 Mar
    # (no Scottish holiday in March); answered that very day: the 40 WD to require a review
    # run from the end of the period, to Thu 28 May 2026 (Mar 31 = 1, Apr 1-2 = 3, Good
    # Friday skipped, Easter Monday is no Scottish holiday: Apr 6-10 = 8, 13-17 = 13, 20-24
    # = 18, 27-30 = 22, May 1 = 23, May 4 (Early May) skipped, 5-8 = 27, 11-15 = 32, 18-22
    # = 37, May 25 (Spring) skipped, 26-28 = 40).
    # Kills _review's "final.on < c.effective" (the in-time text on the due date itself).
    c = case(FOISA, ev(K.RECEIVED, D(2026, 3, 2)), ev(K.RESPONSE_SENT, D(2026, 3, 30)))
    t = c.timeline(D(2026, 3, 30))
    assert row(t.get(DK.RESPONSE_DUE)) == (D(2026, 3, 30), S, D(2026, 3, 30), MET)
    window = _period(FOISA, "review_window")
    assert row(t.get(DK.REVIEW_REQUEST_WINDOW)) == (D(2026, 5, 28), window.basis, None, OPEN)
    assert own(t.get(DK.REVIEW_REQUEST_WINDOW)) == [
        (
            "response sent in time (Mon 30 Mar 2026): the period for response ended "
            "Mon 30 Mar 2026: 40th working day following",
            str(window.citation),
            window.source,
        )
    ]


def test_foia_review_window_runs_from_the_response() -> None:
    # s.45 Code of Practice (2018) / ICO guidance: ask for a review within 40 WD of the
    # response. Response Tue 10 Mar 2026: Mar 11-13 = 3, 16 and 18-20 = 7 (St Patrick's Day
    # skipped), 23-27 = 12, Mar 30-Apr 2 = 16, Good Friday and Easter Monday skipped, Apr
    # 7-10 = 20, 13-17 = 25, 20-24 = 30, 27-30 = 34, May 1 = 35, May 4 (Early May) skipped,
    # 5-8 = 39, the 40th is Mon 11 May 2026.
    c = case(FOIA, ev(K.RECEIVED, D(2026, 3, 2)), ev(K.RESPONSE_SENT, D(2026, 3, 10)))
    t = c.timeline(D(2026, 3, 10))
    window = _period(FOIA, "review_window")
    assert row(t.get(DK.REVIEW_REQUEST_WINDOW)) == (D(2026, 5, 11), CP, None, OPEN)
    assert own(t.get(DK.REVIEW_REQUEST_WINDOW)) == [
        (
            "response sent Tue 10 Mar 2026: 40th working day following",
            str(window.citation),
            window.source,
        )
    ]


# --- schools (SI 2004/3364 reg 3; FOISA school regulations 2016) ----------------------


SCOTTISH_TERMS = (
    SchoolTerm(D(2026, 4, 20), D(2026, 6, 26)),
    SchoolTerm(D(2026, 8, 18), D(2026, 10, 9)),
)
ENGLISH_TERMS = (
    SchoolTerm(D(2026, 9, 2), D(2026, 10, 23)),
    SchoolTerm(D(2026, 11, 2), D(2026, 12, 18)),
)


def test_scottish_school_review_is_met_by_its_decision() -> None:
    # FOISA s.21(1) as varied for grant-aided schools (regulations 2016, SSI number
    # unverified): review required Wed 24 Jun 2026; school days Jun 25-26 = 2, Aug 18-21
    # = 6, 24-28 = 11, Aug 31-Sep 4 = 16, Sep 7-10 = 20: Thu 10 Sep 2026, earlier than the
    # 60th working day. Decided Tue 1 Sep: met.
    # Kills _review passing met_on=None for a school's review (issue 10: met_on unchecked).
    c = case(
        FOISA,
        ev(K.RECEIVED, D(2026, 6, 22)),
        ev(K.RESPONSE_SENT, D(2026, 6, 24)),
        ev(K.INTERNAL_REVIEW_REQUESTED, D(2026, 6, 24)),
        ev(K.INTERNAL_REVIEW_DECIDED, D(2026, 9, 1)),
        authority_type=AuthorityType.GRANT_AIDED_SCHOOL,
        school_terms=SCOTTISH_TERMS,
    )
    t = c.timeline(D(2026, 9, 1))
    school = _school(FOISA)
    source = school.source_for(AuthorityType.GRANT_AIDED_SCHOOL.value)
    assert row(t.get(DK.REVIEW_RESPONSE_DUE)) == (D(2026, 9, 10), S, D(2026, 9, 1), MET)
    # Jun 25-Sep 10 has 55 Scottish WD (Aug 3, the Summer bank holiday, skipped), 20 of them
    # school days: 35 not counted.
    assert own(t.get(DK.REVIEW_RESPONSE_DUE)) == [
        (
            "20th school day following the requirement (Thu 10 Sep 2026), earlier than the "
            "60th working day",
            str(school.school_days.citation),
            source,
        ),
        (
            "35 working days that were not school days not counted",
            str(school.school_days.citation),
            school.day_definition,
        ),
    ]
    # s.20(5) from the end of the school period (Tue 8 Sep), the response being in time.
    assert row(t.get(DK.REVIEW_REQUEST_WINDOW))[2:] == (D(2026, 6, 24), MET)


def test_english_academy_school_days_are_explained() -> None:
    # SI 2010/2768 with SI 2004/3364 reg 3(2)-(3): received Mon 20 Jul 2026, no session until
    # Wed 2 Sep: the 20th school day is Tue 29 Sep 2026 (Sep 2-4 = 3, 7-11 = 8, 14-18 = 13,
    # 21-25 = 18, 28-29 = 20). Jul 21-Sep 1 holds 29 working days (the Summer bank holidays
    # Mon 3 Aug (Scotland) and Mon 31 Aug (England and Wales) skipped), none a school day.
    c = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 7, 20)),
        authority_type=AuthorityType.ACADEMY,
        school_terms=ENGLISH_TERMS,
    )
    t = c.timeline(D(2026, 7, 20))
    school = _school(FOIA)
    citation = str(school.school_days.citation)
    assert own(t.get(DK.RESPONSE_DUE)) == [
        ("received Mon 20 Jul 2026", "FOIA s.10(1)", None),
        (
            "20th school day following receipt (Tue 29 Sep 2026), earlier than the 60th "
            "working day",
            citation,
            school.source_for("academy"),
        ),
        (
            "29 working days that were not school days not counted",
            citation,
            school.day_definition,
        ),
    ]


def test_school_long_stop_and_no_terms_are_explained() -> None:
    # SI 2004/3364 reg 3(2)(b): one short term (Sep 2-11, 8 school days) never reaches 20, so
    # the 60th working day, Wed 14 Oct 2026, applies.
    school = _school(FOIA)
    citation = str(school.school_days.citation)
    short = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 7, 20)),
        authority_type=AuthorityType.ACADEMY,
        school_terms=(SchoolTerm(D(2026, 9, 2), D(2026, 9, 11)),),
    )
    assert own(short.timeline(D(2026, 7, 20)).get(DK.RESPONSE_DUE))[1:] == [
        (
            "60th working day following receipt (Wed 14 Oct 2026), earlier than the 20th "
            "school day",
            citation,
            school.source_for("academy"),
        )
    ]
    # No terms given: the 60th working day, with the reason and the maintained-school source.
    bare = case(
        FOIA, ev(K.RECEIVED, D(2026, 11, 25)), authority_type=AuthorityType.MAINTAINED_SCHOOL
    )
    assert own(bare.timeline(D(2026, 11, 25)).get(DK.RESPONSE_DUE))[1:] == [
        (
            "no school term dates given: the 60th working day following receipt is used (the "
            "20-school-day date, if earlier, cannot be computed)",
            citation,
            school.source_for("maintained_school"),
        )
    ]


# --- other letters, the status line, the calendar's end ------------------------------------


def test_partial_response_reason_cites_the_response_period() -> None:
    # FOIA s.10(1): due Thu 24 Dec 2026 (test_clock.py); part sent Thu 10 Dec, on time.
    c = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 11, 25)),
        ev(K.PARTIAL_RESPONSE_SENT, D(2026, 12, 10)),
        ev(K.RESPONSE_SENT, D(2027, 1, 5)),
        ev(K.SUPPLEMENTARY_RESPONSE_SENT, D(2027, 2, 1)),
    )
    reasons = own(c.timeline(D(2027, 2, 1)).get(DK.RESPONSE_DUE))
    assert reasons[-2:] == [
        ("part of the response sent Thu 10 Dec 2026 (on time)", "FOIA s.10(1)", None),
        (
            "supplementary response sent Mon 1 Feb 2027: timeliness is measured by the "
            "response it follows",
            "FOIA s.10(1)",
            None,
        ),
    ]


@pytest.mark.parametrize(
    ("sent", "first_line"),
    [
        # due Mon 2 Feb 2026 (received Mon 5 Jan); Fri 6 Feb is 4 WD late (Feb 3-6)
        (D(2026, 2, 6), "status on Fri 6 Feb 2026: answered late (4 working days late)"),
        # Sat 7 Feb: 5 calendar days after the due date, 4 working days
        (D(2026, 2, 7), "status on Sat 7 Feb 2026: answered late (4 working days late)"),
        # on the due date: nothing appended
        (D(2026, 2, 2), "status on Mon 2 Feb 2026: answered on time"),
    ],
)
def test_status_line(sent: dt.date, first_line: str) -> None:
    # Kills Timeline.__str__ replacing the status with the lateness.
    c = case(FOIA, ev(K.RECEIVED, D(2026, 1, 5)), ev(K.RESPONSE_SENT, sent))
    assert str(c.timeline(sent)).splitlines()[0] == first_line


def test_status_line_of_a_late_reply_on_a_non_working_day() -> None:
    # Received Fri 2 Jan 2026 (a Scottish bank holiday: day 1 is Mon 5 Jan): the 20th WD is
    # Fri 30 Jan (Jan 5-9, 12-16, 19-23, 26-30); a reply on Sat 31 Jan is late by one
    # calendar day and no working day.
    c = case(FOIA, ev(K.RECEIVED, D(2026, 1, 2)), ev(K.RESPONSE_SENT, D(2026, 1, 31)))
    t = c.timeline(D(2026, 1, 31))
    assert row(t.get(DK.RESPONSE_DUE)) == (D(2026, 1, 30), S, D(2026, 1, 31), MISSED)
    assert str(t).splitlines()[0] == (
        "status on Sat 31 Jan 2026: answered late (on a non-working day: 1 calendar day late)"
    )


def test_deadlines_past_the_calendar_warning_text() -> None:
    # received Tue 1 Dec 2099: due Thu 31 Dec 2099 (Christmas Fri 25 and the substitute
    # Boxing Day Mon 28 Dec skipped); the review window runs past the calendar's end.
    c = case(FOIA, ev(K.RECEIVED, D(2099, 12, 1)), ev(K.RESPONSE_SENT, D(2099, 12, 2)))
    t = c.timeline(D(2099, 12, 31))
    assert row(t.get(DK.RESPONSE_DUE)) == (D(2099, 12, 31), S, D(2099, 12, 2), MET)
    assert warnings(t) == [
        (
            "a later deadline (review, Commissioner or appeal) falls after the end of the "
            "calendar foilib knows and is omitted",
            None,
            None,
        )
    ]


# --- second sample's survivors ----------------------------------------------------------


def test_only_a_fee_pays_a_fees_notice() -> None:
    # FOIA s.9(2), s.10(2): received Mon 2 Mar 2026, notice Thu 12 Mar, part of the response
    # Fri 13 Mar, fee Fri 27 Mar. The part sent is not a payment: 12-27 Mar (11 WD, St
    # Patrick's Day skipped) are disregarded and the due date is the 31st WD, Fri 17 Apr.
    # Kills _fees_pause pairing a notice with any event ("FEE_RECEIVED or unpaid").
    c = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 3, 2)),
        ev(K.FEES_NOTICE_ISSUED, D(2026, 3, 12)),
        ev(K.PARTIAL_RESPONSE_SENT, D(2026, 3, 13)),
        ev(K.FEE_RECEIVED, D(2026, 3, 27)),
    )
    t = c.timeline(D(2026, 3, 27))
    assert t.response_due_on == D(2026, 4, 17)
    assert [(p.kind, p.start, p.end, p.reason.citation) for p in t.pauses] == [
        (K.FEES_NOTICE_ISSUED, D(2026, 3, 12), D(2026, 3, 27), law_of(FOIA).clock.fees_pause)
    ]
    assert row(t.get(DK.FEE_PAYMENT_WINDOW)) == (D(2026, 6, 11), S, D(2026, 3, 27), MET)


def test_an_unpaid_fees_notice_is_an_open_pause() -> None:
    # FOIA s.9(2): the fee not yet paid, the clock stops from the notice (Thu 12 Mar 2026).
    c = case(FOIA, ev(K.RECEIVED, D(2026, 3, 2)), ev(K.FEES_NOTICE_ISSUED, D(2026, 3, 12)))
    t = c.timeline(D(2026, 3, 27))
    assert t.status is CaseStatus.AWAITING_FEE
    window = _period(FOIA, "fee_window")
    assert [(p.kind, p.start, p.end, str(p.reason)) for p in t.pauses] == [
        (
            K.FEES_NOTICE_ISSUED,
            D(2026, 3, 12),
            None,
            "fees notice given Thu 12 Mar 2026: 3 months beginning with that day end "
            f"Thu 11 Jun 2026 ({window.citation})",
        )
    ]


def test_late_clarification_warnings_cite_their_provision() -> None:
    # FOIA s.1(3): no time limit; sought Fri 10 Apr 2026 after the due date (Tue 31 Mar).
    c = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 3, 2)),
        ev(K.CLARIFICATION_SOUGHT, D(2026, 4, 10)),
        ev(K.CLARIFICATION_RECEIVED, D(2026, 4, 13)),
    )
    (warning,) = warnings(c.timeline(D(2026, 4, 20)))
    assert warning[1:] == ("FOIA s.1(3)", None)
    assert warning[0].startswith("clarification was sought Fri 10 Apr 2026, after the response")
    # EIR reg 9(2): the 20-WD limit (Tue 31 Mar); sought Fri 10 Apr: no restart.
    eir = case(
        EIR,
        ev(K.RECEIVED, D(2026, 3, 2)),
        ev(K.CLARIFICATION_SOUGHT, D(2026, 4, 10)),
        ev(K.CLARIFICATION_RECEIVED, D(2026, 4, 13)),
    )
    limit = _period(EIR, "clarification_limit")
    assert warnings(eir.timeline(D(2026, 4, 20))) == [
        (
            "the request for clarification of Fri 10 Apr 2026 came after the 20th working day "
            "following receipt (Tue 31 Mar 2026), the latest the law allows: it does not "
            "restart the clock, and the authority was already late (the response was due "
            "Tue 31 Mar 2026)",
            str(limit.citation),
            limit.source,
        )
    ]


def test_foisa_commissioner_window_after_no_review_decision() -> None:
    # FOISA s.21(1), s.47(4)(b): review required Wed 1 Apr 2026, due the 20th Scottish WD,
    # Thu 30 Apr (Apr 2 = 1, Good Friday skipped, 6-10 = 6, 13-17 = 11, 20-24 = 16, 27-30
    # = 20); no decision by then: six months from that day, Fri 30 Oct 2026.
    # Kills _commissioner_window picking the first deadline of any kind, and its label.
    c = case(
        FOISA,
        ev(K.RECEIVED, D(2026, 3, 2)),
        ev(K.RESPONSE_SENT, D(2026, 3, 20)),
        ev(K.INTERNAL_REVIEW_REQUESTED, D(2026, 4, 1)),
    )
    t = c.timeline(D(2026, 6, 1))
    assert row(t.get(DK.REVIEW_RESPONSE_DUE)) == (D(2026, 4, 30), S, None, MISSED)
    complaint = _period(FOISA, "complaint")
    assert row(t.get(DK.COMMISSIONER_COMPLAINT_WINDOW)) == (D(2026, 10, 30), S, None, OPEN)
    assert own(t.get(DK.COMMISSIONER_COMPLAINT_WINDOW)) == [
        (
            "no review decision by Thu 30 Apr 2026: application to the Scottish Information "
            "Commissioner within 6 months",
            str(complaint.citation),
            complaint.source,
        ),
        ("Fri 30 Oct 2026 is a working day: the date stands", None, None),
    ]


def test_foisa_open_case_has_no_review_window_yet() -> None:
    # FOISA s.20(5): the 40 WD to require a review run from the end of the period for
    # response (Mon 30 Mar 2026); on Fri 20 Mar that period has not ended: no window yet.
    # A review of the failure to respond asked early is still answered in 20 WD (s.21(1)):
    # Tue 10 Mar + 20 = Wed 8 Apr (Mar 11-13 = 3, 16-20 = 8, 23-27 = 13, Mar 30-Apr 2 = 17,
    # Good Friday skipped, Apr 6-8 = 20).
    c = case(FOISA, ev(K.RECEIVED, D(2026, 3, 2)), ev(K.INTERNAL_REVIEW_REQUESTED, D(2026, 3, 10)))
    t = c.timeline(D(2026, 3, 20))
    assert t.get(DK.REVIEW_REQUEST_WINDOW) is None
    assert row(t.get(DK.REVIEW_RESPONSE_DUE)) == (D(2026, 4, 8), S, None, OPEN)
    assert own(t.get(DK.REVIEW_RESPONSE_DUE))[0][0] == (
        "review of a failure to respond requested Tue 10 Mar 2026: 20th working day following"
    )


def test_eir_extension_row_and_reasons() -> None:
    # EIR reg 7(1): notified Fri 20 Mar 2026 (within 20 WD): the 40th WD following receipt
    # (Mon 2 Mar) is Thu 30 Apr 2026 (20 to Tue 31 Mar, then Apr 1-2, 7-10, 13-17, 20-24,
    # 27-30 = 20 more; Good Friday and Easter Monday skipped). Answered Mon 20 Apr: met.
    c = case(
        EIR,
        ev(K.RECEIVED, D(2026, 3, 2)),
        ev(K.ENVIRONMENTAL_EXTENSION, D(2026, 3, 20)),
        ev(K.RESPONSE_SENT, D(2026, 4, 20)),
    )
    t = c.timeline(D(2026, 4, 20))
    extension = _period(EIR, "extension")
    assert row(t.get(DK.EXTENDED_RESPONSE_DUE)) == (
        D(2026, 4, 30),
        extension.basis,
        D(2026, 4, 20),
        MET,
    )
    assert own(t.get(DK.EXTENDED_RESPONSE_DUE)) == [
        ("received Mon 2 Mar 2026", "EIR reg.5(2)", None),
        (
            "extension notified Fri 20 Mar 2026: 40th working day following receipt "
            "(complexity and volume)",
            str(extension.citation),
            None,
        ),
    ]


def test_public_interest_notice_on_the_due_date_is_in_time() -> None:
    # FOIA s.17(1): the notice is due "within the time for compliance", which includes its
    # last day: a notice on Tue 31 Mar 2026 (the 20th WD) extends to its estimate, Tue 14 Apr.
    c = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 3, 2)),
        ev(K.PUBLIC_INTEREST_EXTENSION, D(2026, 3, 31), estimate=D(2026, 4, 14)),
    )
    t = c.timeline(D(2026, 3, 31))
    assert t.response_due_on == D(2026, 4, 14)
    assert t.warnings == ()
    assert row(t.get(DK.EXTENDED_RESPONSE_DUE)) == (D(2026, 4, 14), S, None, OPEN)


def test_commissioner_specified_day_is_met_by_the_response() -> None:
    # SI 2004/3364 reg 5: applied Fri 20 Mar 2026 (within 20 WD), day specified Thu 30 Apr
    # (before the 60th WD); answered Wed 29 Apr: met, and it supersedes the 20-WD date.
    # Kills _variation dropping met_on (issue 10: met_on unchecked for several deadlines).
    c = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 3, 2)),
        ev(K.COMPLIANCE_DAY_APPLIED, D(2026, 3, 20)),
        ev(K.COMPLIANCE_DAY_SPECIFIED, D(2026, 3, 25), until=D(2026, 4, 30)),
        ev(K.RESPONSE_SENT, D(2026, 4, 29)),
    )
    t = c.timeline(D(2026, 4, 29))
    day = _period(FOIA, "commissioner_day")
    assert t.status is CaseStatus.ANSWERED_ON_TIME
    assert row(t.get(DK.RESPONSE_DUE)) == (D(2026, 3, 31), S, D(2026, 4, 29), SUPERSEDED)
    assert row(t.get(DK.EXTENDED_RESPONSE_DUE)) == (D(2026, 4, 30), day.basis, D(2026, 4, 29), MET)
    assert own(t.get(DK.EXTENDED_RESPONSE_DUE)) == [
        (
            "day specified by the Commissioner on Wed 25 Mar 2026 (no later than the 60th "
            "working day following receipt)",
            str(day.citation),
            day.source,
        )
    ]


def test_foia_review_limit_in_exceptional_cases() -> None:
    # s.45 Code of Practice (2018) / ICO: a review within 20 WD, exceptionally 40. Requested
    # Tue 7 Apr 2026: 20 WD to Wed 6 May (Apr 8-10 = 3, 13-17 = 8, 20-24 = 13, 27-30 = 17,
    # May 1 = 18, Early May bank holiday skipped, 5-6 = 20); 40 WD to Thu 4 Jun (May 7-8 =
    # 22, 11-15 = 27, 18-22 = 32, Spring bank holiday skipped, 26-29 = 36, Jun 1-4 = 40).
    c = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 3, 2)),
        ev(K.RESPONSE_SENT, D(2026, 4, 2)),
        ev(K.INTERNAL_REVIEW_REQUESTED, D(2026, 4, 7)),
    )
    t = c.timeline(D(2026, 4, 7))
    limit = _period(FOIA, "review_limit")
    assert row(t.get(DK.REVIEW_RESPONSE_DUE)) == (D(2026, 5, 6), CP, None, OPEN)
    assert row(t.get(DK.REVIEW_RESPONSE_LIMIT)) == (D(2026, 6, 4), CP, None, OPEN)
    assert own(t.get(DK.REVIEW_RESPONSE_LIMIT)) == [
        (
            "internal review requested (exceptional cases) Tue 7 Apr 2026: 40th working day "
            "following",
            str(limit.citation),
            limit.source,
        )
    ]


def test_coronavirus_variation_includes_its_last_day() -> None:
    # Coronavirus (Scotland) Act 2020 sch 6 (7 Apr to 26 May 2020): a request received on
    # the last day the variation was in force is warned about.
    c = case(FOISA, ev(K.RECEIVED, D(2020, 5, 26)))
    (variation,) = law_of(FOISA).clock.temporary_periods
    assert variation.last_day == D(2020, 5, 26)
    (warning,) = warnings(c.timeline(D(2020, 5, 26)))
    assert warning[0].startswith("the period was varied from Tue 7 Apr 2020 to Tue 26 May 2020")
    assert warning[1:] == (None, variation.source)
    # ... and one received the day after is not.
    assert case(FOISA, ev(K.RECEIVED, D(2020, 5, 27))).timeline(D(2020, 5, 27)).warnings == ()


def test_deadline_str_equality_and_given_reasons() -> None:
    # A Deadline built by hand keeps its reasons; two differing only in them are unequal.
    first = (foilib.Reason("received Mon 2 Mar 2026"),)
    other = (foilib.Reason("received Tue 3 Mar 2026"),)
    a = Deadline(DK.RESPONSE_DUE, D(2026, 3, 31), S, first)
    assert a.reasons == first
    assert a == Deadline(DK.RESPONSE_DUE, D(2026, 3, 31), S, first)
    assert a != Deadline(DK.RESPONSE_DUE, D(2026, 3, 31), S, other)
    assert str(a) == "response due: Tue 31 Mar 2026 (statute)"
    assert str(Deadline(DK.REVIEW_REQUEST_WINDOW, D(2026, 5, 11), CP, first)) == (
        "review request window: Mon 11 May 2026 (code_of_practice)"
    )


# --- third run's survivors ---------------------------------------------------------------


def test_a_pause_inside_a_later_pause_keeps_the_later_end() -> None:
    # FOIA s.10(2): received Mon 2 Mar 2026. Notices Tue 3 (paid Wed 4), Mon 9 (paid Tue 10),
    # Mon 16 and Wed 18 Mar; the fee of Thu 19 answers the later, that of Wed 25 the earlier.
    # Disregarded: 3-4 (2), 9-10 (2), 16-25 with 18-19 inside it (16, 18, 19, 20, 23, 24, 25:
    # 7; St Patrick's Day skipped) = 11: the 31st WD, Fri 17 Apr 2026, as above.
    # Kills _fees_pause extending the merged pause from merged[+1] (it would end on the 19th).
    c = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 3, 2)),
        ev(K.FEES_NOTICE_ISSUED, D(2026, 3, 3)),
        ev(K.FEE_RECEIVED, D(2026, 3, 4)),
        ev(K.FEES_NOTICE_ISSUED, D(2026, 3, 9)),
        ev(K.FEE_RECEIVED, D(2026, 3, 10)),
        ev(K.FEES_NOTICE_ISSUED, D(2026, 3, 16)),
        ev(K.FEES_NOTICE_ISSUED, D(2026, 3, 18)),
        ev(K.FEE_RECEIVED, D(2026, 3, 19)),
        ev(K.FEE_RECEIVED, D(2026, 3, 25)),
    )
    assert c.timeline(D(2026, 3, 25)).response_due_on == D(2026, 4, 17)


def test_a_late_fee_warning_cites_the_window() -> None:
    # FOIA s.9(2): notice Thu 12 Mar 2026, three months end Thu 11 Jun; fee Fri 12 Jun: late.
    c = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 3, 2)),
        ev(K.FEES_NOTICE_ISSUED, D(2026, 3, 12)),
        ev(K.FEE_RECEIVED, D(2026, 6, 12)),
    )
    window = _period(FOIA, "fee_window")
    t = c.timeline(D(2026, 6, 12))
    assert t.status is CaseStatus.LAPSED
    assert warnings(t) == [
        (
            "fee received Fri 12 Jun 2026, after the 3-month window that ended Thu 11 Jun "
            "2026: the authority was no longer obliged to comply (the request lapsed), and the "
            "days are not disregarded",
            str(window.citation),
            window.source,
        )
    ]


def test_foisa_fee_window_reason_names_its_source() -> None:
    # FOISA s.9(4): three months (wording unverified in the law data, which says so).
    c = case(FOISA, ev(K.RECEIVED, D(2026, 3, 2)), ev(K.FEES_NOTICE_ISSUED, D(2026, 3, 12)))
    window = _period(FOISA, "fee_window")
    assert window.source is not None
    assert own(c.timeline(D(2026, 3, 12)).get(DK.FEE_PAYMENT_WINDOW)) == [
        (
            "fees notice given Thu 12 Mar 2026: 3 months beginning with that day end Thu 11 Jun "
            "2026",
            str(window.citation),
            window.source,
        )
    ]


def test_clarification_reasons_cite_section_1_3() -> None:
    # FOIA s.1(3): sought Tue 10 Mar 2026, answered Fri 13 Mar; a second reply Mon 16 Mar
    # answers nothing. The pause and the warning rest on s.1(3).
    c = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 3, 2)),
        ev(K.CLARIFICATION_SOUGHT, D(2026, 3, 10)),
        ev(K.CLARIFICATION_RECEIVED, D(2026, 3, 13)),
        ev(K.CLARIFICATION_RECEIVED, D(2026, 3, 16)),
    )
    t = c.timeline(D(2026, 3, 16))
    assert [(p.start, p.end, str(p.reason.citation)) for p in t.pauses] == [
        (D(2026, 3, 10), D(2026, 3, 13), "FOIA s.1(3)")
    ]
    assert warnings(t) == [
        (
            "clarification reply of Mon 16 Mar 2026 answered no outstanding request for "
            "clarification: it does not restart the clock",
            "FOIA s.1(3)",
            None,
        )
    ]
    # pending: the clock stops, for the same reason
    pending = case(FOIA, ev(K.RECEIVED, D(2026, 3, 2)), ev(K.CLARIFICATION_SOUGHT, D(2026, 3, 10)))
    (pause,) = pending.timeline(D(2026, 3, 16)).pauses
    assert (pause.end, str(pause.reason.citation)) == (None, "FOIA s.1(3)")


def test_late_public_interest_notice_warning_text() -> None:
    # FOIA s.17(1): due Tue 31 Mar 2026; the notice of Thu 2 Apr is too late.
    c = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 3, 2)),
        ev(K.PUBLIC_INTEREST_EXTENSION, D(2026, 4, 2), estimate=D(2026, 4, 20)),
    )
    assert warnings(c.timeline(D(2026, 4, 2))) == [
        (
            "the public-interest notice came Thu 2 Apr 2026, after the time for compliance "
            "ended (Tue 31 Mar 2026): it does not extend it, and the response is late from the "
            "next working day",
            "FOIA s.17(1)",
            None,
        )
    ]


def test_transferred_records_and_unvaried_authorities_are_explained() -> None:
    # SI 2004/3364 reg 4: transferred public records, the 30th working day.
    records = _period(FOIA, "transferred_records")
    c = case(FOIA, ev(K.RECEIVED, D(2026, 3, 2)), transferred_public_records=True)
    assert own(c.timeline(D(2026, 3, 2)).get(DK.RESPONSE_DUE))[1] == (
        f"30th working day following receipt ({records.note})",
        str(records.citation),
        records.source,
    )
    # A grant-aided school under FOIA: no instrument varies the period (20 WD, s.10(1)).
    school = case(
        FOIA, ev(K.RECEIVED, D(2026, 3, 2)), authority_type=AuthorityType.GRANT_AIDED_SCHOOL
    )
    assert own(school.timeline(D(2026, 3, 2)).get(DK.RESPONSE_DUE))[:2] == [
        ("received Mon 2 Mar 2026", "FOIA s.10(1)", None),
        (
            "foilib knows no instrument varying the period for grant aided school authorities "
            "under FOIA (no regulations apply)",
            "FOIA s.10(1)",
            None,
        ),
    ]


def test_temporary_period_warning_text() -> None:
    # Coronavirus (Scotland) Act 2020 sch 6: received Mon 20 Apr 2020.
    (variation,) = law_of(FOISA).clock.temporary_periods
    c = case(FOISA, ev(K.RECEIVED, D(2020, 4, 20)))
    assert warnings(c.timeline(D(2020, 4, 20))) == [
        (
            "the period was varied from Tue 7 Apr 2020 to Tue 26 May 2020 "
            f"({variation.note}): foilib keeps the usual period, so check the due date "
            "against the instrument",
            None,
            variation.source,
        )
    ]


def test_a_fees_pause_moves_the_school_long_stop() -> None:
    # SI 2004/3364 reg 3(2)(b) with s.10(2): one short term (Sep 2-11) never gives 20 school
    # days; the 60th working day (Wed 14 Oct 2026) moves by the 2 working days of the fees
    # pause (notice Tue 21 Jul, fee Wed 22 Jul): Fri 16 Oct 2026.
    c = case(
        FOIA,
        ev(K.RECEIVED, D(2026, 7, 20)),
        ev(K.FEES_NOTICE_ISSUED, D(2026, 7, 21)),
        ev(K.FEE_RECEIVED, D(2026, 7, 22)),
        authority_type=AuthorityType.ACADEMY,
        school_terms=(SchoolTerm(D(2026, 9, 2), D(2026, 9, 11)),),
    )
    assert c.timeline(D(2026, 7, 22)).response_due_on == D(2026, 10, 16)


def test_clock_errors_say_what_was_expected() -> None:
    with pytest.raises(foilib.ValidationError) as event:
        Event(K.PUBLIC_INTEREST_EXTENSION, D(2026, 3, 20), estimate=D(2026, 3, 19))
    assert str(event.value) == (
        "Event.estimate: expected a date on or after 2026-03-20, got datetime.date(2026, 3, 19)"
    )
    with pytest.raises(foilib.CaseError) as terms:
        case(FOIA, ev(K.RECEIVED, D(2026, 3, 2)), school_terms=ENGLISH_TERMS)
    assert str(terms.value) == "Case.school_terms: given for an authority that is not a school"
    with pytest.raises(foilib.ArgumentTypeError) as today:
        case(FOIA, ev(K.RECEIVED, D(2026, 3, 2))).timeline(dt.datetime(2026, 3, 3))
    assert str(today.value) == (
        "today: expected a datetime.date (not a datetime), got datetime.datetime(2026, 3, 3, 0, 0)"
    )


def test_archive_deprecation_says_what_to_use() -> None:
    with pytest.warns(DeprecationWarning, match="deprecated") as caught:
        case(FOIA, ev(K.RECEIVED, D(2026, 3, 2)), authority_type=AuthorityType.ARCHIVE)
    assert [str(w.message) for w in caught] == [
        "AuthorityType.ARCHIVE is deprecated: use Case(transferred_public_records=True)"
    ]


@pytest.mark.skipif(
    bool(os.environ.get("MUTANT_UNDER_TEST")),
    reason="mutmut's trampoline adds a frame between the caller and Case.__attrs_post_init__",
)
def test_archive_deprecation_points_at_the_caller() -> None:
    # Case() called here, directly: the warning names this line, not attrs or foilib.
    with pytest.warns(DeprecationWarning, match="ARCHIVE is deprecated") as caught:
        Case(
            Request(), FOIA, (ev(K.RECEIVED, D(2026, 3, 2)),), authority_type=AuthorityType.ARCHIVE
        )
    (warning,) = caught
    assert str(warning.message) == (
        "AuthorityType.ARCHIVE is deprecated: use Case(transferred_public_records=True)"
    )
    assert warning.filename == __file__
