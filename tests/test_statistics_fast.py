"""``case_facts`` (the statistics' fast adapter to the clock) gives exactly the facts the
adapter computed through the full ``Case.timeline``, kept here as the oracle."""

from __future__ import annotations

import datetime as dt
import importlib
import sys
from collections.abc import Callable
from pathlib import Path

import attrs
from hypothesis import given, settings
from hypothesis import strategies as st
from test_clock_fast import histories

from foilib import (
    Answer,
    Authority,
    Case,
    CaseError,
    CaseStatus,
    Citation,
    DeadlineKind,
    Disposition,
    EventKind,
    ExemptionClaim,
    Regime,
    Response,
)
from foilib._private.statistics._core import (
    _EXTENSIONS,
    _HOLD,
    CaseFacts,
    StatisticsError,
    case_facts,
)
from foilib._private.statistics._rules import Timeliness
from foilib._private.workdays import working_day_calendar

AUTHORITY = Authority("Department for Examples", tuple(Regime))


def timeline_case_facts(case: Case, response: Response | None, as_of: dt.date) -> CaseFacts:
    """The adapter as it was: through the full ``Case.timeline``."""
    received = case.received_on
    if received > as_of:
        raise StatisticsError(f"case received {received}, after as_of {as_of}")
    if case.events[-1].on > as_of:
        case = attrs.evolve(case, events=tuple(e for e in case.events if e.on <= as_of))
    if response is not None and response.sent_on is not None and response.sent_on > as_of:
        response = None
    timeline = case.timeline(as_of)
    basic = timeline.get(DeadlineKind.RESPONSE_DUE)
    ext = timeline.get(DeadlineKind.EXTENDED_RESPONSE_DUE)
    extended = any(e.kind in _EXTENSIONS for e in case.events) and ext is not None
    sent = case.final_response
    responded = sent.on if sent is not None else None
    cal = working_day_calendar(case.regime)
    status = timeline.status
    if status in _HOLD:
        t = _HOLD[status]
    elif responded is not None:
        late = status is CaseStatus.ANSWERED_LATE
        if extended:
            t = (
                Timeliness.EXTENDED_LATE
                if late
                else (
                    Timeliness.MET
                    if basic is not None and responded <= basic.date
                    else Timeliness.EXTENDED_IN_TIME
                )
            )
        else:
            t = Timeliness.LATE if late else Timeliness.MET
        if response is None:
            t = Timeliness.ANSWERED_NO_LETTER if t is not Timeliness.TRANSFERRED else t
    elif status is CaseStatus.OPEN_OVERDUE:
        t = Timeliness.OPEN_OVERDUE
    else:
        t = Timeliness.OPEN_NOT_DUE_EXTENDED if extended else Timeliness.OPEN_NOT_DUE
    dispositions: frozenset[Disposition] = frozenset()
    exemptions: list[tuple[Regime, str, tuple[str, ...]]] = []
    if response is not None:
        dispositions = frozenset(a.disposition for a in response.answers)
        for claim in response.exemption_claims:
            c = claim.citation
            if c is not None and (c.regime, c.section, c.path) not in exemptions:
                exemptions.append((c.regime, c.section, c.path))
    ir_req = case.last(EventKind.INTERNAL_REVIEW_REQUESTED)
    ir_dec = case.last(EventKind.INTERNAL_REVIEW_DECIDED)
    ref = case.request.reference or (response.reference if response else None)
    return CaseFacts(
        ref=ref or f"unreferenced {received.isoformat()}",
        regime=case.regime,
        received_on=received,
        timeliness=t,
        due=basic.date if basic is not None else None,
        extended_due=ext.date if ext is not None else None,
        extended=extended,
        pit=extended and any(e.kind is EventKind.PUBLIC_INTEREST_EXTENSION for e in case.events),
        responded_on=responded,
        days_taken=cal.count(received, responded) if responded is not None else None,
        days_beyond_due=(
            max(0, cal.count(basic.date, responded))
            if responded is not None and basic is not None
            else None
        ),
        dispositions=dispositions,
        exemptions=tuple(exemptions),
        review_requested_on=ir_req.on if ir_req is not None else None,
        review_decided_on=ir_dec.on if ir_dec is not None else None,
        complained=case.first(EventKind.COMMISSIONER_COMPLAINT) is not None,
        has_letter=response is not None,
    )


@st.composite
def records(draw: st.DrawFn) -> tuple[Case, Response | None, dt.date]:
    case, today = draw(histories())
    response: Response | None = None
    if draw(st.booleans()):
        parts = draw(st.lists(st.sampled_from(Disposition), min_size=1, max_size=3))
        cites = st.tuples(st.sampled_from(["21", "40", "31", "12"]), st.sampled_from([(), ("2",)]))
        claims = tuple(
            ExemptionClaim("s", Citation(case.regime, section, path))
            for section, path in draw(st.lists(cites, max_size=3))
        )
        sent = case.received_on + dt.timedelta(days=draw(st.integers(0, 500)))
        response = Response(
            AUTHORITY,
            case.regime,
            case.request,
            sent_on=draw(st.sampled_from([None, sent])),
            answers=tuple(Answer((), d, "x") for d in parts),
            exemption_claims=claims,
        )
    # as_of anywhere from receipt on: events after it are cut off (the snapshot rule)
    span = (today - case.received_on).days
    as_of = case.received_on + dt.timedelta(days=draw(st.integers(0, span)))
    return case, response, as_of


def _outcome(
    f: Callable[[Case, Response | None, dt.date], CaseFacts],
    case: Case,
    response: Response | None,
    as_of: dt.date,
) -> object:
    try:
        return f(case, response, as_of)
    except (CaseError, StatisticsError) as e:
        return (type(e).__name__, str(e))


@settings(max_examples=300)
@given(records())
def test_case_facts_equal_those_read_from_the_timeline(
    record: tuple[Case, Response | None, dt.date],
) -> None:
    case, response, as_of = record
    assert _outcome(case_facts, case, response, as_of) == _outcome(
        timeline_case_facts, case, response, as_of
    )


def test_case_facts_of_the_benchmark_mix_equal_the_oracle() -> None:
    sys.path.insert(0, str(Path(__file__).parent.parent / "benchmarks"))
    try:
        bench = importlib.import_module("bench_statistics")
    finally:
        sys.path.pop(0)
    seen = set()
    for case, response in bench.generate(1500, 7):
        got = case_facts(case, response, bench.AS_OF)
        assert got == timeline_case_facts(case, response, bench.AS_OF)
        seen.add(got.timeliness)
    # the mix reaches the interesting branches (a test that cannot fail is a defect)
    assert {Timeliness.MET, Timeliness.LATE, Timeliness.ON_HOLD, Timeliness.OPEN_OVERDUE} <= seen
    assert Timeliness.EXTENDED_IN_TIME in seen or Timeliness.EXTENDED_LATE in seen
