"""The per-record fast path of the case-by-case profiles: a signature per record, a plan per
signature.

Most records are *simple*: a general authority's case whose events are the receipt, the
response and perhaps a review or a complaint (the clock's ``_SIMPLE_KIND_VALUES``). For those,
everything a profile's classifier reads from :class:`~._core.CaseFacts` except the case
reference and the working days taken is a small tuple of plain values (the
:func:`simple_signature`): the regime, the timeliness class, the part dispositions, the
exemption citations, the review's duration and whether a complaint was made. Those values
come from dict look-ups (the due date memoised per regime and date received, working-day
counts as differences of the calendar's index), with no :class:`~._core.CaseFacts`, no clock
state and no Enum hashing. The days taken are kept apart: a plan observes each record's own
(recorded as a sentinel count).

The first record of each signature goes through the slow path (``case_facts`` and the
profile's classifier) with a :class:`Recorder` in place of the tally; what it did (lines
added with their reasons, values observed, warnings) is the signature's *plan*, replayed with
each later record's own reference. A plan never holds a reference (a sentinel reference is
recorded, and a plan whose texts mention it is not kept), so replaying it gives exactly what
the slow path gives, in the same order. Plans are per run and bounded
(:data:`PLANS_KEPT`); tests compare both paths on generated records.
"""

from __future__ import annotations

import datetime as dt
from collections.abc import Callable, Hashable
from typing import Any

import attrs

from .. import bank_holidays as _bank_holidays_module
from ..clock import (
    _GENERAL,
    _RESPONSE_VALUE,
    _SIMPLE_KIND_VALUES,
    Case,
    EventKind,
    _basic_due,
)
from ..model import Response
from ..regimes import Regime
from ..workdays import working_day_calendar
from ._core import CaseFacts, Tally, case_facts

__all__ = ["PLANS_KEPT", "Planner", "Recorder", "simple_signature"]

#: At most this many distinct signatures get a plan in one run (memory stays bounded; the
#: records of any further signature take the slow path).
PLANS_KEPT = 16_384
#: The reference recorded while a plan is made (no real reference looks like it).
_SENTINEL = "\x00foilib plan reference\x00"

_IR_REQUESTED = EventKind.INTERNAL_REVIEW_REQUESTED._value_
_IR_DECIDED = EventKind.INTERNAL_REVIEW_DECIDED._value_
_COMPLAINT = EventKind.COMMISSIONER_COMPLAINT._value_

#: Op codes of a plan (_OBSERVE_TAKEN: observe the record's own working days taken).
_ADD, _OBSERVE, _WARN, _OBSERVE_TAKEN = 0, 1, 2, 3
#: The days taken recorded while a plan is made (no real count is near it).
_TAKEN = -7_777_777
Op = tuple[int, str, Any]


@attrs.define(slots=True)
class Recorder(Tally):
    """A :class:`~._core.Tally` stand-in that records what a classifier does to it."""

    ops: list[Op] = attrs.field(factory=list)

    def add(self, line: str, ref: str, why: str) -> None:
        self.ops.append((_ADD, line, why))

    def observe(self, name: str, value: int) -> None:
        self.ops.append((_OBSERVE, name, value))

    def warn(self, ref: str, message: str) -> None:
        self.ops.append((_WARN, message, None))


def _index(regime: Regime) -> dict[dt.date, int]:
    """date -> its working-day index under ``regime`` (a count of working days is a
    difference of two), per regime value; forgotten when the holiday data changes."""
    index = _INDEXES.get(regime._value_)
    if index is None:
        index = _INDEXES[regime._value_] = working_day_calendar(regime)._table.index
    return index


_INDEXES: dict[str, dict[dt.date, int]] = {}
_bank_holidays_module.on_data_change(_INDEXES.clear)


def simple_signature(
    case: Case, response: Response | None, as_of: dt.date
) -> tuple[Hashable, int | None] | None:
    """``(signature, days taken)``: every value of ``case_facts(case, response, as_of)`` a
    profile's classifier reads, except the reference and the working days taken, as plain
    values, and the days taken; ``None`` when the case is not simple (then the slow path
    must read it). The caller has checked ``received_on <= as_of``."""
    if case.authority_type is not _GENERAL or case.transferred_public_records:
        return None
    events = case.events
    if events[-1].on > as_of:  # the slow path drops the future
        return None
    sent: dt.date | None = None
    ir_req: dt.date | None = None
    ir_dec: dt.date | None = None
    complained = False
    for e in events:
        v = e.kind._value_
        if v not in _SIMPLE_KIND_VALUES:
            return None
        if v == _RESPONSE_VALUE:
            if sent is None:
                sent = e.on
        elif v == _IR_REQUESTED:
            ir_req = e.on
        elif v == _IR_DECIDED:
            ir_dec = e.on
        elif v == _COMPLAINT:
            complained = True
    regime = case.regime
    received = events[0].on
    try:
        due = _basic_due(regime, received)
        index = _index(regime)
        if response is not None and response.sent_on is not None and response.sent_on > as_of:
            response = None
        taken: int | None = None
        beyond: int | None = None
        if sent is not None:
            t = "late" if sent > due else "met"
            if response is None:
                t = "answered_no_letter"
            s = index[sent]
            taken = s - index[received]
            beyond = max(0, s - index[due])  # read only for a PIT extension: never here
        else:
            t = "open_overdue" if as_of > due else "open_not_due"
        ir: tuple[int, ...] | None = None
        if ir_req is not None:
            ir = () if ir_dec is None else (index[ir_dec] - index[ir_req],)
    except (KeyError, TypeError):  # outside the calendar: the slow path raises the error
        return None
    if response is None:
        return (regime._value_, t, None, (), taken is None, beyond, ir, complained), taken
    disp = tuple([a.disposition._value_ for a in response.answers])
    exemptions = tuple(
        [
            (c.regime._value_, c.section, c.path)
            for claim in response.exemption_claims
            if (c := claim.citation) is not None
        ]
    )
    return (regime._value_, t, disp, exemptions, taken is None, beyond, ir, complained), taken


def reference(case: Case, response: Response | None, as_of: dt.date) -> str:
    """The reference ``case_facts`` gives the case."""
    if response is not None and response.sent_on is not None and response.sent_on > as_of:
        response = None
    ref = case.request.reference or (response.reference if response else None)
    return ref or f"unreferenced {case.received_on.isoformat()}"


class Planner:
    """Adds records to a tally through plans (see the module's docstring).

    ``classify(facts, tally)`` is the profile's slow path for one case.
    """

    __slots__ = ("as_of", "classify", "plans", "tally")

    def __init__(
        self, tally: Tally, as_of: dt.date, classify: Callable[[CaseFacts, Tally], None]
    ) -> None:
        self.tally = tally
        self.as_of = as_of
        self.classify = classify
        self.plans: dict[Hashable, tuple[Op, ...]] = {}

    def add(self, case: Case, response: Response | None) -> None:
        """Count one case of the cohort (received on or before ``as_of``)."""
        as_of = self.as_of
        signed = simple_signature(case, response, as_of)
        if signed is None:
            self.classify(case_facts(case, response, as_of), self.tally)
            return
        key, taken = signed
        plan = self.plans.get(key)
        if plan is None:
            facts = case_facts(case, response, as_of)
            plan = self._plan(facts)
            if plan is None:
                self.classify(facts, self.tally)
                return
            self.plans[key] = plan
            ref = facts.ref
        else:
            ref = reference(case, response, as_of)
        self._replay(plan, ref, taken)

    def _plan(self, facts: CaseFacts) -> tuple[Op, ...] | None:
        """The plan of ``facts``' signature (``None``: not kept, use the slow path)."""
        plans = self.plans
        if len(plans) >= PLANS_KEPT:
            return None
        recorder = Recorder(keep_refs=self.tally.keep_refs)
        taken = None if facts.days_taken is None else _TAKEN
        self.classify(attrs.evolve(facts, ref=_SENTINEL, days_taken=taken), recorder)
        plan: list[Op] = []
        for code, name, value in recorder.ops:
            if code == _OBSERVE and value == _TAKEN and name == "days_taken":
                plan.append((_OBSERVE_TAKEN, name, None))
            elif (
                _SENTINEL in name
                or str(_TAKEN) in name
                or value == _TAKEN
                or (isinstance(value, str) and (_SENTINEL in value or str(_TAKEN) in value))
            ):  # pragma: no cover - no classifier writes these but as observed days taken
                return None
            else:
                plan.append((code, name, value))
        return tuple(plan)

    def _replay(self, plan: tuple[Op, ...], ref: str, taken: int | None) -> None:
        tally = self.tally
        counts = tally.counts
        refs = tally.refs if tally.keep_refs else None
        for code, name, value in plan:
            if code == _ADD:
                counts[name] += 1
                if refs is not None:
                    found = refs.get(name)
                    if found is None:
                        refs[name] = [(ref, value)]
                    else:
                        found.append((ref, value))
            elif code == _OBSERVE_TAKEN:
                tally.observe(name, taken)  # type: ignore[arg-type]  # not None: planned so
            elif code == _OBSERVE:
                tally.observe(name, value)
            else:
                tally.warn(ref, name)
