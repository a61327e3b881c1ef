"""The fast paths of the Cabinet Office profile give exactly the slow path's figures.

Two oracles: the clock's simple path (a memoised due date for a case of receipt, response,
reviews and complaints) against every step of the clock; and the profile's per-signature
plans (``_fast.Planner``) against classifying each case on its own (``FAST_PATH`` off): the
same row, the same tally (counts, references with their reasons in order, histograms,
warnings) and the same ``explain`` for every column.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Iterator
from typing import Any

import attrs
import pytest
from hypothesis import HealthCheck, given, settings
from hypothesis import strategies as st

from foilib import (
    Answer,
    Authority,
    AuthorityType,
    Case,
    CaseError,
    Citation,
    Disposition,
    Event,
    EventKind,
    ExemptionClaim,
    Regime,
    Request,
    Response,
)
from foilib._private.clock import (
    _SIMPLE_KIND_VALUES,
    _full_dates_and_status,
    _simple_dates_and_status,
)
from foilib._private.statistics import _cabinet_office, _fast
from foilib.statistics import CabinetOfficeReturn, Period, cabinet_office

K = EventKind
AUTHORITY = Authority("Department for Examples", tuple(Regime))
#: Simple kinds (in a possible order) and a few that take the full path.
SIMPLE_ORDER = (
    K.ACKNOWLEDGEMENT_SENT,
    K.RESPONSE_SENT,
    K.INTERNAL_REVIEW_REQUESTED,
    K.REVIEW_ACKNOWLEDGED,
    K.INTERNAL_REVIEW_DECIDED,
    K.COMMISSIONER_COMPLAINT,
)
OTHER = (
    K.CLARIFICATION_SOUGHT,
    K.PUBLIC_INTEREST_EXTENSION,
    K.ENVIRONMENTAL_EXTENSION,
    K.WITHDRAWN,
    K.PARTIAL_RESPONSE_SENT,
)
RECEIVED = (dt.date(2024, 12, 20), dt.date(2025, 1, 6), dt.date(2025, 3, 3), dt.date(2025, 12, 29))
GAPS = (0, 12, 26, 27, 28, 29, 45)  # 3 Mar 2025 + 28 days is its 20th working day
YEAR = Period.calendar_year(2025)
SECTIONS = st.tuples(st.sampled_from(["21", "40", "43", "31", "12"]), st.sampled_from([(), ("2",)]))


@st.composite
def shapes(draw: st.DrawFn) -> tuple[Case, Response | None]:
    """A case (mostly simple: a general authority, receipt, response, reviews) and maybe
    its response letter; references are set per record later."""
    regime = draw(st.sampled_from([Regime.FOIA, Regime.FOIA, Regime.EIR, Regime.FOISA]))
    # few dates and gaps, so that records of different histories often share everything
    # else (a plan keyed on too little would then be replayed for the wrong record)
    received = draw(st.sampled_from(RECEIVED))
    extra: dict[str, Any] = {}
    if draw(st.integers(0, 9)) == 0:
        extra["authority_type"] = AuthorityType.ACADEMY
    if draw(st.integers(0, 9)) == 0:
        extra["transferred_public_records"] = True
    events = [Event(K.RECEIVED, received)]
    kinds = [k for k in SIMPLE_ORDER if draw(st.booleans())]
    if draw(st.integers(0, 3)) == 0:
        kinds.insert(draw(st.integers(0, len(kinds))), draw(st.sampled_from(OTHER)))
    for kind in kinds:
        on = events[-1].on + dt.timedelta(days=draw(st.sampled_from(GAPS)))
        fields: dict[str, Any] = {}
        if kind is K.PUBLIC_INTEREST_EXTENSION:
            fields["estimate"] = on + dt.timedelta(days=draw(st.integers(0, 40)))
        try:
            Case(Request(), regime, (*events, Event(kind, on, **fields)), **extra)
        except CaseError:
            continue  # impossible here: leave it out
        events.append(Event(kind, on, **fields))
    case = Case(Request(), regime, tuple(events), **extra)
    if not draw(st.integers(0, 5)):
        return case, None
    parts = draw(
        st.lists(
            st.sampled_from(
                [
                    Disposition.PROVIDED,
                    Disposition.NOT_HELD,
                    Disposition.WITHHELD,
                    Disposition.REFUSED_COST,
                    Disposition.ACCESSIBLE_ELSEWHERE,
                    Disposition.NEITHER_CONFIRMED_NOR_DENIED,
                    *Disposition,
                ]
            ),
            min_size=draw(st.sampled_from([0, 1, 1, 1])),
            max_size=3,
        )
    )
    claims = tuple(
        ExemptionClaim("s", Citation(regime, section, path))
        for section, path in draw(st.lists(SECTIONS, max_size=3))
    )
    sent = case.final_response
    letter_on = sent.on if sent is not None else received + dt.timedelta(days=30)
    response = Response(
        AUTHORITY,
        regime,
        case.request,
        sent_on=draw(st.sampled_from([letter_on, letter_on, None])),
        answers=tuple(Answer((), d, "x") for d in parts),
        exemption_claims=claims,
    )
    return case, response


def with_reference(
    record: tuple[Case, Response | None], ref: str | None
) -> tuple[Case, Response | None]:
    case, response = record
    request = attrs.evolve(case.request, reference=ref)
    case = attrs.evolve(case, request=request)
    if response is not None:
        response = attrs.evolve(response, request=request)
    return case, response


@st.composite
def corpora(draw: st.DrawFn) -> tuple[list[tuple[Case, Response | None]], dt.date]:
    """Records drawn (with repeats, so plans are replayed) from a few shapes, each with its
    own reference (sometimes none), and a snapshot date."""
    pool = draw(st.lists(shapes(), min_size=1, max_size=6))
    picks = draw(st.lists(st.integers(0, len(pool) - 1), min_size=1, max_size=14))
    records = [
        with_reference(pool[i], None if n % 5 == 4 else f"REF-{n:02d}") for n, i in enumerate(picks)
    ]
    as_of = draw(st.sampled_from([dt.date(2025, 2, 3), dt.date(2025, 3, 31), dt.date(2026, 6, 30)]))
    return records, as_of


@pytest.fixture
def slow_path() -> Iterator[None]:
    _cabinet_office.FAST_PATH = False
    try:
        yield
    finally:
        _cabinet_office.FAST_PATH = True


def run(
    records: list[tuple[Case, Response | None]],
    as_of: dt.date,
    *,
    fast: bool,
    keep_refs: bool,
    include_s21_only: bool,
    period: Period | None = None,
) -> CabinetOfficeReturn | tuple[str, str]:
    _cabinet_office.FAST_PATH = fast
    try:
        return cabinet_office(
            records,
            period=YEAR if period is None else period,
            as_of=as_of,
            keep_refs=keep_refs,
            include_s21_only=include_s21_only,
        )
    except Exception as e:  # both paths must fail alike, too
        return type(e).__name__, str(e)
    finally:
        _cabinet_office.FAST_PATH = True


def snapshot(result: CabinetOfficeReturn | tuple[str, str]) -> object:
    """Everything a caller can see, with the order of every list and dict."""
    if isinstance(result, tuple):
        return result
    t = result.tally
    return (
        list(result.row.items()),
        list(t.counts.items()),
        [(line, list(items)) for line, items in t.refs.items()],
        [(name, list(h.items())) for name, h in t.histograms.items()],
        list(t.warnings),
        [result.explain(h) for h in result.row],
    )


@settings(max_examples=120, deadline=None, suppress_health_check=[HealthCheck.too_slow])
@given(corpora(), st.booleans(), st.booleans())
def test_plans_give_exactly_the_case_by_case_figures(
    corpus: tuple[list[tuple[Case, Response | None]], dt.date],
    keep_refs: bool,
    include_s21_only: bool,
) -> None:
    records, as_of = corpus
    fast = run(records, as_of, fast=True, keep_refs=keep_refs, include_s21_only=include_s21_only)
    slow = run(records, as_of, fast=False, keep_refs=keep_refs, include_s21_only=include_s21_only)
    assert snapshot(fast) == snapshot(slow)


@settings(max_examples=300, deadline=None)
@given(shapes(), st.dates(dt.date(2024, 12, 1), dt.date(2026, 12, 31)))
def test_simple_clock_path_gives_the_full_steps_dates(
    record: tuple[Case, Response | None], today: dt.date
) -> None:
    case = record[0]
    today = max(today, case.events[-1].on)
    simple = _simple_dates_and_status(case, today)
    kinds = {e.kind._value_ for e in case.events}
    general = case.authority_type is AuthorityType.GENERAL and not case.transferred_public_records
    assert (simple is not None) == (general and kinds <= _SIMPLE_KIND_VALUES)
    if simple is not None:
        assert simple == _full_dates_and_status(case, today)


def test_a_signature_is_planned_once_and_replayed_with_each_reference(
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    received = dt.date(2025, 2, 3)
    base = Case(
        Request(),
        Regime.FOIA,
        (Event(K.RECEIVED, received), Event(K.RESPONSE_SENT, dt.date(2025, 2, 20))),
    )
    letter = Response(
        AUTHORITY,
        Regime.FOIA,
        base.request,
        sent_on=dt.date(2025, 2, 20),
        answers=(Answer((), Disposition.PROVIDED, "x"),),
    )
    records = [with_reference((base, letter), f"C{i}") for i in range(3)]
    seen: list[_fast.Planner] = []
    original = _fast.Planner.__init__

    def spy(self: _fast.Planner, *args: Any) -> None:
        original(self, *args)
        seen.append(self)

    monkeypatch.setattr(_fast.Planner, "__init__", spy)
    result = cabinet_office(
        records, period=Period.calendar_year(2025), as_of=received.replace(month=6)
    )
    assert len(seen[0].plans) == 1  # three records, one signature, one plan
    # hand count: received 3 Feb, answered 20 Feb (13 working days): met, granted, C0-C2
    assert result.row["20-day deadline met"] == 3
    assert result.explain("Initial Outcome Granted in full").refs == ("C0", "C1", "C2")


def test_the_slow_path_switch_is_honoured(slow_path: None, monkeypatch: pytest.MonkeyPatch) -> None:
    seen: list[object] = []
    original = _fast.Planner.__init__

    def spy(self: _fast.Planner, *args: Any) -> None:
        seen.append(self)
        original(self, *args)

    monkeypatch.setattr(_fast.Planner, "__init__", spy)
    cabinet_office([], period=Period.calendar_year(2025), as_of=dt.date(2025, 6, 1))
    assert seen == []


def near_duplicates() -> list[tuple[Case, Response | None]]:
    """Every subset of the simple kinds, each at a fixed gap, answered early or late, with
    no letter, a letter granting, or one withholding under s.40: records that differ in
    one event or one date only, so a signature missing any value the classifier reads
    would replay one record's plan for another."""
    gaps = {
        K.ACKNOWLEDGEMENT_SENT: 2,
        K.INTERNAL_REVIEW_REQUESTED: 5,
        K.REVIEW_ACKNOWLEDGED: 1,
        K.INTERNAL_REVIEW_DECIDED: 20,
        K.COMMISSIONER_COMPLAINT: 3,
    }
    out: list[tuple[Case, Response | None]] = []
    n = 0
    for regime in (Regime.FOIA, Regime.EIR):
        # Fri 3 Jan 2025: due Fri 31 Jan (gap 28); a reply on Sat 1 Feb (gap 29) is late
        # with 20 working days taken, as is one on time on the 31st
        for received in (dt.date(2025, 1, 3), dt.date(2025, 3, 3)):
            for mask in range(2 ** len(SIMPLE_ORDER)):
                kinds = [k for i, k in enumerate(SIMPLE_ORDER) if mask >> i & 1]
                for answer_gap in (10, 28, 29):
                    events = [Event(K.RECEIVED, received)]
                    for kind in kinds:
                        gap = answer_gap if kind is K.RESPONSE_SENT else gaps[kind]
                        events.append(Event(kind, events[-1].on + dt.timedelta(days=gap)))
                    try:
                        case = Case(Request(), regime, tuple(events))
                    except CaseError:
                        continue
                    sent = case.final_response
                    for letter in range(3):
                        response = None
                        if letter:
                            response = Response(
                                AUTHORITY,
                                regime,
                                case.request,
                                sent_on=sent.on if sent is not None else None,
                                answers=(
                                    Answer((), Disposition.PROVIDED, "x"),
                                    *(
                                        ()
                                        if letter == 1
                                        else (Answer((), Disposition.WITHHELD, "x"),)
                                    ),
                                ),
                                exemption_claims=(
                                    ()
                                    if letter == 1
                                    else (ExemptionClaim("s", Citation(regime, "40", ("2",))),)
                                ),
                            )
                        out.append(with_reference((case, response), f"N{n:05d}"))
                        n += 1
    return out


@pytest.mark.parametrize("seed", [1, 2])
def test_plans_on_near_duplicate_histories(seed: int) -> None:
    import random

    records = near_duplicates()
    random.Random(seed).shuffle(records)
    as_of = dt.date(2025, 6, 30)
    for keep_refs in (False, True):
        fast = run(records, as_of, fast=True, keep_refs=keep_refs, include_s21_only=False)
        assert isinstance(fast, CabinetOfficeReturn)
        assert fast.row["Total Internal Reviews"] and fast.row["ICO Total Complaints"]
        slow = run(records, as_of, fast=False, keep_refs=keep_refs, include_s21_only=False)
        assert snapshot(fast) == snapshot(slow)


def test_memoised_due_dates_follow_holidays_loaded_at_run_time() -> None:
    import foilib

    # FOISA from Mon 15 Feb 2027: day 20 is Mon 15 Mar (hand count: 16-19 Feb = 4, 22-26 = 9,
    # 1-5 Mar = 14, 8-12 = 19, 15 Mar = 20); with an extra holiday on Mon 1 Mar, Tue 16 Mar.
    received = dt.date(2027, 2, 15)
    case = Case(
        Request(),
        Regime.FOISA,
        (Event(K.RECEIVED, received), Event(K.RESPONSE_SENT, dt.date(2027, 3, 16))),
    )
    today = dt.date(2027, 4, 1)
    foilib.reset_holidays()
    try:
        first = _simple_dates_and_status(case, today)
        assert first is not None and first[1:] == (dt.date(2027, 3, 15), None)
        assert first[0].value == "answered_late"
        foilib.add_proclamation(dt.date(2027, 3, 1), ["scotland"], "Extra day", "test only")
        again = _simple_dates_and_status(case, today)
        assert again == _full_dates_and_status(case, today)
        assert again is not None and again[1] == dt.date(2027, 3, 16)
        assert again[0].value == "answered_on_time"
    finally:
        foilib.reset_holidays()


def test_plans_follow_holidays_loaded_at_run_time() -> None:
    import foilib

    # FOIA, received Mon 1 Feb 2027, answered Mon 1 Mar 2027: 20 working days taken (hand
    # count: 2-5 Feb = 4, 8-12 = 9, 15-19 = 14, 22-26 = 19, 1 Mar = 20); a day proclaimed in
    # every division on Fri 26 Feb makes it 19 (and the due date Tue 2 Mar).
    received = dt.date(2027, 2, 1)
    base = Case(
        Request(),
        Regime.FOIA,
        (Event(K.RECEIVED, received), Event(K.RESPONSE_SENT, dt.date(2027, 3, 1))),
    )
    letter = Response(
        AUTHORITY,
        Regime.FOIA,
        base.request,
        sent_on=dt.date(2027, 3, 1),
        answers=(Answer((), Disposition.PROVIDED, "x"),),
    )
    records = [with_reference((base, letter), "H1")]
    period, today = Period.calendar_year(2027), dt.date(2027, 4, 1)
    foilib.reset_holidays()
    try:
        before = cabinet_office(records, period=period, as_of=today)
        assert before.days_taken == (20.0, 20.0)
        foilib.add_proclamation(
            dt.date(2027, 2, 26),
            ["england-and-wales", "scotland", "northern-ireland"],
            "Extra day",
            "test only",
        )
        after = cabinet_office(records, period=period, as_of=today)
        assert after.days_taken == (19.0, 19.0)
        assert snapshot(after) == snapshot(
            run(records, today, fast=False, keep_refs=True, include_s21_only=False, period=period)
        )
    finally:
        foilib.reset_holidays()


def test_past_the_plan_limit_records_take_the_slow_path(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setattr(_fast, "PLANS_KEPT", 2)
    seen: list[_fast.Planner] = []
    original = _fast.Planner.__init__

    def spy(self: _fast.Planner, *args: Any) -> None:
        original(self, *args)
        seen.append(self)

    monkeypatch.setattr(_fast.Planner, "__init__", spy)
    records = near_duplicates()[:300]
    as_of = dt.date(2025, 6, 30)
    fast = run(records, as_of, fast=True, keep_refs=True, include_s21_only=False)
    assert len(seen[-1].plans) == 2  # memory bounded: the limit, not one plan a signature
    slow = run(records, as_of, fast=False, keep_refs=True, include_s21_only=False)
    assert snapshot(fast) == snapshot(slow)
