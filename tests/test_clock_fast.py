"""The clock's fast paths give exactly what the full computation gives.

``_dates_and_status`` (the dates-only path :mod:`foilib.statistics` reads) must equal
``Case.timeline``'s status and response dates, and the step-skipping in ``_to_status``
(steps whose event a case lacks are not called) must change nothing at all: same status,
deadlines, states, pauses, warnings and reasons as running every step.
"""

from __future__ import annotations

import datetime as dt
from typing import Any

from hypothesis import given, settings
from hypothesis import strategies as st

from foilib import (
    AuthorityType,
    Case,
    CaseError,
    DeadlineKind,
    Event,
    EventKind,
    Regime,
    Request,
    ReviewOutcome,
    SchoolTerm,
)
from foilib._private.clock import _Clock, _dates_and_status, _to_status

K = EventKind

#: Every kind a history may hold after the receipt, in a plausible order; the optional
#: steps' events (fees, extensions, a specified day, withdrawal) included.
ORDER = (
    K.ACKNOWLEDGEMENT_SENT,
    K.CLARIFICATION_SOUGHT,
    K.CLARIFICATION_RECEIVED,
    K.FEES_NOTICE_ISSUED,
    K.FEE_RECEIVED,
    K.COMPLIANCE_DAY_APPLIED,
    K.COMPLIANCE_DAY_SPECIFIED,
    K.ENVIRONMENTAL_EXTENSION,
    K.PUBLIC_INTEREST_EXTENSION,
    K.PARTIAL_RESPONSE_SENT,
    K.RESPONSE_SENT,
    K.CORRECTED_RESPONSE_SENT,
    K.INTERNAL_REVIEW_REQUESTED,
    K.INTERNAL_REVIEW_DECIDED,
    K.COMMISSIONER_COMPLAINT,
    K.DECISION_NOTICE,
    K.APPEAL_LODGED,
    K.WITHDRAWN,
    K.TRANSFERRED,
)


@st.composite
def histories(draw: st.DrawFn) -> tuple[Case, dt.date]:
    """A valid case under any regime and a ``today`` on or after its last event. Each kind
    is drawn in order and kept only if the history stays possible under the regime."""
    regime = draw(st.sampled_from(Regime))
    day = draw(st.dates(dt.date(2001, 1, 1), dt.date(2090, 12, 31)))
    school = draw(st.booleans())
    kind_of = (
        draw(st.sampled_from([t for t in AuthorityType if t.is_school]))
        if school
        else AuthorityType.GENERAL
    )
    terms: tuple[SchoolTerm, ...] = ()
    if school and draw(st.booleans()):
        first = day + dt.timedelta(days=draw(st.integers(-20, 20)))
        terms = (SchoolTerm(first, first + dt.timedelta(days=draw(st.integers(0, 90)))),)
    extra: dict[str, Any] = {
        "authority_type": kind_of,
        "school_terms": terms,
        "transferred_public_records": draw(st.booleans()),
    }
    events = [Event(K.RECEIVED, day)]
    case = Case(Request(), regime, tuple(events), **extra)
    for kind in ORDER:
        if not draw(st.booleans()):
            continue
        on = events[-1].on + dt.timedelta(days=draw(st.integers(0, 40)))
        fields: dict[str, Any] = {}
        if kind is K.COMPLIANCE_DAY_SPECIFIED:
            fields["until"] = on + dt.timedelta(days=draw(st.integers(0, 60)))
        elif kind is K.PUBLIC_INTEREST_EXTENSION and draw(st.booleans()):
            fields["estimate"] = on + dt.timedelta(days=draw(st.integers(0, 60)))
        elif kind is K.INTERNAL_REVIEW_DECIDED:
            fields["outcome"] = draw(st.sampled_from([None, *ReviewOutcome]))
        elif kind is K.CLARIFICATION_SOUGHT:
            fields["closure_warning"] = draw(st.booleans())
        try:
            case = Case(Request(), regime, (*events, Event(kind, on, **fields)), **extra)
        except CaseError:
            continue  # impossible under this regime or in this order: leave it out
        events = list(case.events)
    today = events[-1].on + dt.timedelta(days=draw(st.integers(0, 400)))
    return case, today


def _via_timeline(case: Case, today: dt.date) -> object:
    try:
        timeline = case.timeline(today)
    except CaseError as e:
        return ("raises", str(e))
    due = timeline.get(DeadlineKind.RESPONSE_DUE)
    ext = timeline.get(DeadlineKind.EXTENDED_RESPONSE_DUE)
    return (
        timeline.status,
        due.date if due is not None else None,
        ext.date if ext is not None else None,
    )


def _via_fast_path(case: Case, today: dt.date) -> object:
    try:
        return _dates_and_status(case, today)
    except CaseError as e:
        return ("raises", str(e))


@settings(max_examples=300)
@given(histories())
def test_dates_and_status_equals_the_timeline(pair: tuple[Case, dt.date]) -> None:
    case, today = pair
    assert _via_fast_path(case, today) == _via_timeline(case, today)


def _run(case: Case, today: dt.date, skip: bool) -> object:
    c = _Clock(case, today)
    try:
        status = _to_status(c, skip=skip)
    except CaseError as e:
        return ("raises", str(e))
    return (
        status,
        c.due,
        c.effective,
        c.start,
        c.paused,
        [(d.kind, d.date, d.basis, d.met_on, d.state, d.reasons()) for d in c.deadlines],
        c.pauses,
        c.warnings,
        [r for make in c.start_reasons for r in make()],
    )


@settings(max_examples=300)
@given(histories())
def test_skipping_steps_without_their_event_changes_nothing(pair: tuple[Case, dt.date]) -> None:
    case, today = pair
    assert _run(case, today, skip=True) == _run(case, today, skip=False)


def test_the_skipped_path_is_taken_and_the_full_one_when_needed() -> None:
    # A plain case skips the optional steps; a withdrawn one does not (it stops there).
    received = dt.date(2026, 11, 25)  # Wed; 20th working day Thu 24 Dec 2026 (FOIA s.10(1))
    plain = Case(Request(), Regime.FOIA, (Event(K.RECEIVED, received),))
    assert _dates_and_status(plain, received) == (
        plain.timeline(received).status,
        dt.date(2026, 12, 24),
        None,
    )
    withdrawn = Case(
        Request(), Regime.FOIA, (Event(K.RECEIVED, received), Event(K.WITHDRAWN, received))
    )
    status, due, ext = _dates_and_status(withdrawn, received)
    assert (status.value, due, ext) == ("withdrawn", None, None)


def _history_problem(regime: Regime, events: tuple[Event, ...]) -> str | None:
    """The event-history checks as they were before they were sped up (the oracle): the
    first problem, in the same words, or ``None``."""
    from foilib._private.clock import _BEFORE_RESPONSE, _FINAL, _ONCE, _ORDER_RULES
    from foilib._private.law import NoRule, law

    clock = law(regime).clock
    seen: set[EventKind] = set()
    closed = False
    previous = events[0].on
    for index, event in enumerate(events):
        kind = event.kind
        where = f"Case.events[{index}] ({kind.value} on {event.on})"
        if event.on < previous:
            return f"{where}: out of order, before {previous}"
        previous = event.on
        if kind in _ONCE and kind in seen:
            return f"{where}: a case has only one {kind.value} event"
        if closed:
            return f"{where}: comes after the case was withdrawn or transferred"
        rule = _ORDER_RULES.get(kind)
        if rule is not None and rule[0] not in seen:
            return f"{where}: no {rule[0].value} event before it ({rule[1]})"
        if kind in _BEFORE_RESPONSE and K.RESPONSE_SENT in seen:
            return (
                f"{where}: after the response; use corrected_response_sent or "
                "supplementary_response_sent"
            )
        law_rule: object = None
        if kind is K.ENVIRONMENTAL_EXTENSION:
            law_rule = clock.extension
        elif kind is K.PUBLIC_INTEREST_EXTENSION:
            law_rule = clock.pi_extension
        elif kind in (K.COMPLIANCE_DAY_SPECIFIED, K.COMPLIANCE_DAY_APPLIED):
            law_rule = clock.commissioner_day
        elif kind in (K.FEES_NOTICE_ISSUED, K.FEE_RECEIVED):
            law_rule = clock.fees_pause
        if isinstance(law_rule, NoRule):
            return f"{where}: not possible under this regime: {law_rule.reason}"
        seen.add(kind)
        closed = kind in _FINAL
    return None


@st.composite
def any_histories(draw: st.DrawFn) -> tuple[Regime, tuple[Event, ...]]:
    """A receipt, then events of any kinds in any order (mostly impossible ones)."""
    day = dt.date(2026, 3, 2)
    events = [Event(K.RECEIVED, day)]
    for _ in range(draw(st.integers(0, 6))):
        kind = draw(st.sampled_from(EventKind))
        on = day + dt.timedelta(days=draw(st.integers(-3, 30)))
        until = on if kind is K.COMPLIANCE_DAY_SPECIFIED else None
        events.append(Event(kind, on, until=until))
    return draw(st.sampled_from(Regime)), tuple(events)


@settings(max_examples=400)
@given(any_histories())
def test_history_checks_reject_exactly_as_before(pair: tuple[Regime, tuple[Event, ...]]) -> None:
    regime, events = pair
    expected = _history_problem(regime, events)
    try:
        Case(Request(), regime, events)
    except CaseError as e:
        assert str(e) == expected
    else:
        assert expected is None


@given(st.dates(dt.date(2000, 1, 1), dt.date(2099, 1, 31)), st.integers(0, 24))
def test_adding_months_agrees_with_relativedelta(start: dt.date, months: int) -> None:
    from dateutil.relativedelta import relativedelta

    from foilib._private.clock import _add_months

    assert _add_months(start, months) == start + relativedelta(months=months)


def test_adding_months_clips_to_the_end_of_a_shorter_month() -> None:
    from foilib._private.clock import _add_months

    # 31 Aug + 6 months: there is no 31 Feb; 2028 is a leap year, so Tue 29 Feb 2028
    assert _add_months(dt.date(2027, 8, 31), 6) == dt.date(2028, 2, 29)
    assert _add_months(dt.date(2026, 8, 31), 6) == dt.date(2027, 2, 28)
    assert _add_months(dt.date(2026, 11, 30), 2) == dt.date(2027, 1, 30)  # across the year
