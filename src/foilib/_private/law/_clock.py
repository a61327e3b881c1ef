"""The shapes of the clock's law: every period and rule the statutory clock reads.

Each regime module (:mod:`.foia`, :mod:`.eir`, :mod:`.foisa`, :mod:`.eisr`) defines one
:class:`ClockLaw` in its "clock: periods" section. A rule a regime does not have is an
explicit :class:`NoRule` saying why, never a missing value, so that one regime can never
fall through to another's law.
"""

from __future__ import annotations

import datetime as dt

import attrs

from ..citation import Citation
from ..regimes import Division
from ._types import Period

__all__ = ["ClockLaw", "NoRule", "RollRule", "SchoolRule", "TemporaryPeriod"]


@attrs.frozen(slots=True)
class NoRule:
    """This regime has no such rule: ``reason`` says why (and ``citation`` where a
    provision says so)."""

    reason: str
    citation: Citation | None = None


@attrs.frozen(slots=True)
class RollRule:
    """A period that ends on a day that is not a working day (in the sense of ``source``)
    moves to the next such working day.

    A working day here is any day other than a Saturday, a Sunday, a day in ``named_days``
    (``"christmas_day"``, ``"good_friday"``) or a bank holiday in one of ``divisions``.
    """

    source: str
    #: where "working day" is defined for the rule (e.g. GRC Rules 2009 r.1(3))
    definition: str
    named_days: tuple[str, ...]
    divisions: tuple[Division, ...]
    note: str | None = None


@attrs.frozen(slots=True)
class SchoolRule:
    """A school's time for compliance: ``school_days`` counting only school days, or
    ``cap`` (working days), whichever is earlier.

    ``sources`` maps an :class:`~foilib.AuthorityType` value to the instrument that gives
    that kind of school the rule; ``day_definition`` is what a school day is; ``reviews``
    says whether the same rule governs the review period.
    """

    school_days: Period
    cap: Period
    sources: tuple[tuple[str, str], ...]
    day_definition: str
    reviews: bool = False

    def source_for(self, authority_type: str) -> str | None:
        """The instrument giving ``authority_type`` the rule, or ``None``."""
        return dict(self.sources).get(authority_type)


@attrs.frozen(slots=True)
class TemporaryPeriod:
    """A temporary variation of the period for response (and review) in force from
    ``first_day`` to ``last_day`` (both included): ``length`` working days instead of the
    usual period, by ``source``. ``modelled`` says whether the clock applies the varied
    length (``False``: the clock keeps the usual period and warns, because the transitional
    effect on requests already running is not settled; ``note`` says why)."""

    first_day: dt.date
    last_day: dt.date
    length: int
    source: str
    modelled: bool = False
    note: str | None = None


@attrs.frozen(slots=True)
class ClockLaw:
    """Every rule the statutory clock reads for one regime.

    Periods are :class:`~foilib._private.law.Period` values (length, unit, basis, citation,
    source, since); a rule the regime lacks is a :class:`NoRule`.
    """

    #: the period runs again from receipt of the further information asked for
    clarification: Citation
    #: days from a fees notice to payment are disregarded
    fees_pause: Citation | NoRule
    #: the time the requester has to pay a fees notice
    fee_window: Period | NoRule
    #: the environmental extension (complex and voluminous)
    extension: Period | NoRule
    #: when the extension must be notified (a later notice does not extend)
    extension_notice: Period | NoRule
    #: the public-interest extension ("such time as is reasonable")
    pi_extension: Citation | NoRule
    #: the notice of a public-interest extension, with its estimate, and when it is due
    pi_notice: Period | NoRule
    pi_estimate: Citation | NoRule
    #: the regulator's normal limit on a public-interest extension, after the response due
    pi_guidance: Period | NoRule
    #: a variation for requests about transferred public records (s.22 records in Scotland)
    transferred_records: Period | NoRule
    #: a day specified by the Commissioner (armed forces, information outside the UK): cap
    commissioner_day: Period | NoRule
    #: the authority's application for that day must come within this period
    commissioner_application: Period | NoRule
    #: schools: school days, capped
    school: SchoolRule | NoRule
    #: the power under which the period may be varied (for the reason when none applies)
    variation_power: Citation | NoRule
    #: a request received on a non-working day: the next working day is day 1 (source)
    non_working_receipt: str
    #: the requester's window to ask for a review (from the response, or end of the period)
    review_window: Period
    #: the authority's time to answer a review
    review_response: Period
    #: the exceptional longer limit for a review
    review_limit: Period | NoRule
    #: the window to apply / complain to the Commissioner after a review
    complaint: Period
    complaint_roll: RollRule | NoRule
    #: the window to appeal against a decision notice
    appeal: Period
    appeal_roll: RollRule | NoRule
    #: the review window runs from the end of the period for response when the response
    #: came in time, and from the response only when it came late (FOISA s.20(5)(a)-(b));
    #: otherwise it runs from the response
    review_from_period_end: bool = False
    #: the latest time for a request for clarification (particulars), counted from receipt:
    #: a later request does not restart the clock (EIR reg 9(2)(a)); a :class:`NoRule` says
    #: the law sets none (the clock restarts, with a warning if it came after the period)
    clarification_limit: Period | NoRule = NoRule("the law sets no time for seeking clarification")
    #: temporary variations of the period for response (dated law: e.g. FOISA in 2020)
    temporary_periods: tuple[TemporaryPeriod, ...] = ()
