"""The statutory clock of a case: every deadline from receipt to appeal, with reasons.

A :class:`Case` is a request plus the dated events that happened to it. Its
:meth:`Case.timeline` gives each deadline that applies, the chain of
:class:`Reason` objects that produced its date, and the case's status.

This module holds no law: every period, citation and source comes from the regime's law
data (:func:`foilib._private.law.law`, the ``clock`` field of each ``RegimeLaw``). Working
days come from :func:`foilib.working_day_calendar`; calendar months are added as dateutil's
relativedelta adds them (the day clipped to a shorter month's end). The computation is
a chain of named steps (see :func:`_build`), each reading its rule from the law data.
Dates are O(1) calendar look-ups; the reasons for each date, including every skipped day
(from the calendar's own ``explain``), are built lazily the first time they are read.
"""

from __future__ import annotations

import calendar
import datetime as dt
import enum
import functools
import sys
import warnings
from collections.abc import Callable
from typing import TYPE_CHECKING, Any, NamedTuple

import attrs
from dateutil.easter import easter

from . import bank_holidays as _bank_holidays_module
from .bank_holidays import bank_holidays
from .catalogue import Provision, provision
from .citation import Citation
from .convenience import accept_values
from .dates import day_text as _day
from .dates import ordinal as _ordinal
from .errors import ArgumentTypeError, CalendarRangeError, CaseError, ValidationError
from .law import Basis, ClockLaw, DayUnit, MonthRule, NoRule, Period, RollRule, SchoolRule, law
from .model import Request, Response
from .regimes import Division, Regime
from .reprs import short_repr
from .validate import date_only, enum_member, instance, optional, tuple_of
from .validate import text as is_text
from .workdays import WorkingDayCalendar, working_day_calendar

__all__ = [
    "AuthorityType",
    "Basis",
    "Case",
    "CaseStatus",
    "Deadline",
    "DeadlineKind",
    "DeadlineState",
    "Event",
    "EventKind",
    "Pause",
    "Reason",
    "ReviewOutcome",
    "SchoolTerm",
    "Timeline",
    "response_period_provision",
]


def _days(n: int, unit: str) -> str:
    """``1 working day``, ``2 working days``."""
    return f"{n} {unit}" if n == 1 else f"{n} {unit}s"


class AuthorityType(enum.Enum):
    """Kinds of authority for which the time for compliance differs.

    Which instrument varies the period for each kind is in the law data
    (``law(regime).clock.school``); a kind a regime does not vary gets the usual period and
    a reason saying so.
    """

    #: Any authority with the usual period.
    GENERAL = "general"
    #: Governing body of a maintained school or maintained nursery school in England
    #: and Wales (the Time for Compliance Regulations 2004).
    MAINTAINED_SCHOOL = "maintained_school"
    #: A school maintained by the Secretary of State for Defence (the same regulations).
    SERVICE_SCHOOL = "service_school"
    #: Proprietor of an Academy (the Time for Compliance Regulations 2010).
    ACADEMY = "academy"
    #: Managers of a controlled, voluntary or grant-maintained integrated school, or of a
    #: pupil referral unit, in Northern Ireland (the Time for Compliance Regulations 2009).
    NORTHERN_IRELAND_SCHOOL = "northern_ireland_school"
    #: A grant-aided school in Scotland (FOISA Time for Compliance Regulations 2016).
    GRANT_AIDED_SCHOOL = "grant_aided_school"
    #: An independent special school in Scotland (the same regulations).
    INDEPENDENT_SPECIAL_SCHOOL = "independent_special_school"
    #: Deprecated: use ``Case(transferred_public_records=True)``. The 30th-working-day rule
    #: belongs to requests for information in transferred public records (or, under FOISA,
    #: to the Keeper answering for a transferred record), not to every request to an
    #: archive. A case with this type still gets that rule, with a DeprecationWarning.
    ARCHIVE = "archive"

    @property
    def is_school(self) -> bool:
        """True for the school cases: a count of school days capped by working days."""
        return self._value_ in _SCHOOL_VALUES  # str hashes are cached, Enum hashes are not


_SCHOOLS = frozenset(
    {
        AuthorityType.MAINTAINED_SCHOOL,
        AuthorityType.SERVICE_SCHOOL,
        AuthorityType.ACADEMY,
        AuthorityType.NORTHERN_IRELAND_SCHOOL,
        AuthorityType.GRANT_AIDED_SCHOOL,
        AuthorityType.INDEPENDENT_SPECIAL_SCHOOL,
    }
)
_SCHOOL_VALUES = frozenset(k._value_ for k in _SCHOOLS)


#: Deprecated names of enum members: {class name: {old name: (new name, why)}}.
_DEPRECATED_MEMBERS = {
    "EventKind": {
        "EIR_EXTENSION": ("ENVIRONMENTAL_EXTENSION", "it serves the EISR as well as the EIR"),
    },
}


class _DeprecatedMembers(enum.EnumType):
    """An enum type whose old member names still work, with a DeprecationWarning."""

    if not TYPE_CHECKING:  # type checkers see the members and aliases, never Any

        def __getattr__(cls, name: str) -> Any:
            new = _renamed(cls, name)
            if new is None:
                raise AttributeError(f"type object {cls.__name__!r} has no attribute {name!r}")
            return cls[new]

    def __getitem__(cls, name: str) -> Any:
        return super().__getitem__(_renamed(cls, name) or name)


def _renamed(cls: type, name: str) -> str | None:
    """The new name of a deprecated member name (warning callers outside foilib)."""
    found = _DEPRECATED_MEMBERS.get(cls.__name__, {}).get(name)
    if found is None:
        return None
    new, why = found
    if not sys._getframe(2).f_globals.get("__name__", "").startswith("foilib."):
        warnings.warn(
            f"{cls.__name__}.{name} is deprecated: use {cls.__name__}.{new} ({why}); "
            "the JSON value is unchanged",
            DeprecationWarning,
            stacklevel=3,
        )
    return new


class EventKind(enum.Enum, metaclass=_DeprecatedMembers):
    """What happened to a case on a day (the letters of a case included)."""

    RECEIVED = "received"
    #: The authority acknowledged the request.
    ACKNOWLEDGEMENT_SENT = "acknowledgement_sent"
    #: The authority asked for clarification (``Event.reply_by``, ``closure_warning``).
    CLARIFICATION_SOUGHT = "clarification_sought"
    #: The requester answered; only the first answer to each request restarts the clock.
    CLARIFICATION_RECEIVED = "clarification_received"
    FEES_NOTICE_ISSUED = "fees_notice_issued"
    FEE_RECEIVED = "fee_received"
    #: A public-interest extension notice (``Event.estimate`` optional: its absence is a
    #: defect the checks report, not an impossible history).
    PUBLIC_INTEREST_EXTENSION = "public_interest_extension"
    #: The environmental (complex and voluminous) extension notice, EIR and EISR alike
    #: (the regulations' own extension of time). Its JSON value stays ``"eir_extension"``.
    ENVIRONMENTAL_EXTENSION = "eir_extension"
    if TYPE_CHECKING:
        #: Deprecated alias of :attr:`ENVIRONMENTAL_EXTENSION` (it serves EISR too): at run
        #: time the name resolves to it with a DeprecationWarning.
        EIR_EXTENSION = "eir_extension"
    #: The authority applied to the Commissioner for a day to be specified.
    COMPLIANCE_DAY_APPLIED = "compliance_day_applied"
    COMPLIANCE_DAY_SPECIFIED = "compliance_day_specified"
    #: A part of the response sent before the rest.
    PARTIAL_RESPONSE_SENT = "partial_response_sent"
    #: The (final, complete) response: the one the period is measured against.
    RESPONSE_SENT = "response_sent"
    #: A corrected or supplementary response after the response.
    CORRECTED_RESPONSE_SENT = "corrected_response_sent"
    SUPPLEMENTARY_RESPONSE_SENT = "supplementary_response_sent"
    INTERNAL_REVIEW_REQUESTED = "internal_review_requested"
    REVIEW_ACKNOWLEDGED = "review_acknowledged"
    #: The review outcome (``Event.outcome``: upheld, partly upheld, overturned).
    INTERNAL_REVIEW_DECIDED = "internal_review_decided"
    COMMISSIONER_COMPLAINT = "commissioner_complaint"
    DECISION_NOTICE = "decision_notice"
    APPEAL_LODGED = "appeal_lodged"
    WITHDRAWN = "withdrawn"
    TRANSFERRED = "transferred"


class ReviewOutcome(enum.Enum):
    """What an internal review decided about the original response."""

    UPHELD = "upheld"
    PARTLY_UPHELD = "partly_upheld"
    OVERTURNED = "overturned"


_ONLY_ON: tuple[tuple[str, EventKind, str], ...] = (
    ("until", EventKind.COMPLIANCE_DAY_SPECIFIED, "the day the Commissioner specified"),
    ("estimate", EventKind.PUBLIC_INTEREST_EXTENSION, "the estimated date of the decision"),
    ("reply_by", EventKind.CLARIFICATION_SOUGHT, "the reply-by date the letter gives"),
    ("outcome", EventKind.INTERNAL_REVIEW_DECIDED, "a foilib.ReviewOutcome"),
)


@attrs.frozen(slots=True, field_transformer=accept_values)
class Event:
    """One dated event in a case, optionally with its letter.

    ``estimate`` is the date given with a public-interest extension (optional: a notice
    without one is representable and flagged); ``until`` the day the Commissioner
    specified (required for ``compliance_day_specified``); ``reply_by`` and
    ``closure_warning`` what a clarification request says (a reply-by date, and whether it
    warns that the request will be treated as closed); ``outcome`` the outcome of a
    review; ``letter`` the :class:`foilib.Response` sent that day, if you have it.
    """

    kind: EventKind = attrs.field(validator=enum_member(EventKind))
    on: dt.date = attrs.field(validator=date_only)
    estimate: dt.date | None = attrs.field(default=None, validator=optional(date_only))
    until: dt.date | None = attrs.field(default=None, validator=optional(date_only))
    note: str | None = attrs.field(default=None, validator=optional(is_text()))
    reply_by: dt.date | None = attrs.field(default=None, validator=optional(date_only))
    closure_warning: bool = attrs.field(default=False, validator=instance(bool))
    outcome: ReviewOutcome | None = attrs.field(
        default=None, validator=optional(enum_member(ReviewOutcome))
    )
    letter: Response | None = attrs.field(
        default=None, validator=optional(instance(Response, "a foilib.Response"))
    )

    def __attrs_post_init__(self) -> None:
        if (
            self.estimate is None
            and self.until is None
            and self.reply_by is None
            and self.outcome is None
            and not self.closure_warning
            and self.kind is not _COMPLIANCE_DAY_SPECIFIED
        ):
            return  # the common case: nothing below can fail
        for name, kind, what in _ONLY_ON:
            value = getattr(self, name)
            if value is None:
                if self.kind is kind and name == "until":
                    raise ValidationError("Event", name, value, what)
                continue
            if self.kind is not kind:
                raise ValidationError("Event", name, value, f"None for a {self.kind.value} event")
            if isinstance(value, dt.date) and value < self.on:
                raise ValidationError("Event", name, value, f"a date on or after {self.on}")
        if self.closure_warning and self.kind is not EventKind.CLARIFICATION_SOUGHT:
            raise ValidationError(
                "Event", "closure_warning", True, f"False for a {self.kind.value} event"
            )


@attrs.frozen(slots=True, field_transformer=accept_values)
class SchoolTerm:
    """A school term: every weekday from ``first_day`` to ``last_day`` that is a working
    day is taken to be a school day (a day on which the school has a session); inset days
    are given as gaps between terms."""

    first_day: dt.date = attrs.field(validator=date_only)
    last_day: dt.date = attrs.field(validator=date_only)

    def __attrs_post_init__(self) -> None:
        if self.last_day < self.first_day:
            raise CaseError(
                f"SchoolTerm.last_day: expected a date on or after {self.first_day}, "
                f"got {self.last_day}"
            )


class DeadlineKind(enum.Enum):
    """What falls due."""

    RESPONSE_DUE = "response_due"
    EXTENDED_RESPONSE_DUE = "extended_response_due"
    EXTENSION_GUIDANCE_LIMIT = "extension_guidance_limit"
    FEE_PAYMENT_WINDOW = "fee_payment_window"
    REVIEW_REQUEST_WINDOW = "review_request_window"
    REVIEW_RESPONSE_DUE = "review_response_due"
    REVIEW_RESPONSE_LIMIT = "review_response_limit"
    COMMISSIONER_COMPLAINT_WINDOW = "commissioner_complaint_window"
    APPEAL_WINDOW = "appeal_window"


_KIND_ORDER = {kind.value: index for index, kind in enumerate(DeadlineKind)}


class DeadlineState(enum.Enum):
    """Whether a deadline was met, missed, is still open, or was replaced by a valid
    extension."""

    MET = "met"
    MISSED = "missed"
    OPEN = "open"
    SUPERSEDED = "superseded"


@attrs.frozen(slots=True)
class Reason:
    """One step in the reasoning behind a date: plain text, and the provision it rests on.

    ``citation`` is a provision of a regime in foilib's catalogue; ``source`` names any
    other instrument or document (the BFDA 1971, a statutory instrument, a code, a
    tribunal's rules), and says ``unverified`` where foilib could not read the text.
    """

    text: str = attrs.field(validator=is_text())
    citation: Citation | None = attrs.field(default=None, validator=optional(instance(Citation)))
    source: str | None = attrs.field(default=None, validator=optional(is_text()))

    @property
    def provision(self) -> Provision | None:
        """The catalogue entry for :attr:`citation` (see :func:`foilib.provision`)."""
        return provision(self.citation) if self.citation is not None else None

    def __str__(self) -> str:
        refs = [r for r in (str(self.citation) if self.citation else None, self.source) if r]
        return f"{self.text} ({'; '.join(refs)})" if refs else self.text


_Thunk = Callable[[], "tuple[Reason, ...]"]


class _Reasons:
    """Reasons computed on first use (the dates never wait for their explanation)."""

    __slots__ = ("_thunk", "_value")

    def __init__(self, value: tuple[Reason, ...] | None, thunk: _Thunk | None = None) -> None:
        self._value = value
        self._thunk = thunk

    def get(self) -> tuple[Reason, ...]:
        if self._value is None:
            assert self._thunk is not None
            self._value = tuple(self._thunk())
            self._thunk = None
        return self._value

    def __eq__(self, other: object) -> bool:
        return isinstance(other, _Reasons) and self.get() == other.get()

    def __hash__(self) -> int:
        return hash(self.get())

    def __repr__(self) -> str:
        return repr(self.get())


def _to_reasons(value: tuple[Reason, ...] | _Reasons | _Thunk) -> _Reasons:
    if isinstance(value, _Reasons):
        return value
    if callable(value):
        return _Reasons(None, value)
    return _Reasons(tuple(value))


@attrs.frozen(slots=True)
class Deadline:
    """A date by which something must (or should) happen, why, and whether it was met.

    ``met_on`` is the day the act was done (the response sent, the review requested...),
    whether in time or not; ``state`` says whether that was in time (``MET``), late or not
    at all by today (``MISSED``), still ``OPEN``, or ``SUPERSEDED`` by a valid extension
    (the response due date once an extension applies). ``basis`` is the kind of rule the
    date rests on (:class:`~foilib.Basis`: statute, code of practice or regulator policy);
    the provisions themselves are the ``citation`` of each of ``reasons``.
    """

    kind: DeadlineKind
    date: dt.date
    basis: Basis
    _reasons: _Reasons = attrs.field(converter=_to_reasons, alias="reasons")
    met_on: dt.date | None = None
    state: DeadlineState = DeadlineState.OPEN

    @property
    def reasons(self) -> tuple[Reason, ...]:
        """Each step behind the date, in order (computed on first use)."""
        return self._reasons.get()

    @property
    def missed(self) -> bool:
        """True if the deadline passed without the act, or the act came after it."""
        return self.state is DeadlineState.MISSED

    def __str__(self) -> str:
        return f"{self.kind.value.replace('_', ' ')}: {_day(self.date)} ({self.basis.value})"


@attrs.frozen(slots=True)
class Pause:
    """A stretch of days that did not count (fees) or a restart (clarification)."""

    kind: EventKind
    start: dt.date
    end: dt.date | None
    reason: Reason


class CaseStatus(enum.Enum):
    """Where a case stands on a day."""

    AWAITING_CLARIFICATION = "awaiting_clarification"
    AWAITING_FEE = "awaiting_fee"
    LAPSED = "lapsed"
    OPEN_ON_TIME = "open_on_time"
    OPEN_OVERDUE = "open_overdue"
    ANSWERED_ON_TIME = "answered_on_time"
    ANSWERED_LATE = "answered_late"
    WITHDRAWN = "withdrawn"
    TRANSFERRED = "transferred"


@short_repr
@attrs.frozen(slots=True)
class Timeline:
    """Every deadline that applies to a case on ``today``, in date order, and its status.

    ``response_due_on`` is the operative date for the response: the due date after any
    valid extension or variation (``None`` while the clock is stopped or the case closed).
    A response (or a today) after that date is late whatever kind of day it is:
    ``working_days_late`` counts the working days after the due date up to and including
    the response (or today), which is 0 when that day is a weekend or holiday straight
    after the deadline; ``calendar_days_late`` counts calendar days. ``warnings`` are the
    defects the clock noticed (a late extension notice, an estimate earlier than the due
    date, a missing estimate, a clarification reply that restarted nothing).
    """

    today: dt.date
    status: CaseStatus
    deadlines: tuple[Deadline, ...]
    pauses: tuple[Pause, ...]
    working_days_late: int = 0
    calendar_days_late: int = 0
    response_due_on: dt.date | None = None
    warnings: tuple[Reason, ...] = ()

    @property
    def late(self) -> bool:
        """True for ANSWERED_LATE and OPEN_OVERDUE."""
        return self.status in (CaseStatus.ANSWERED_LATE, CaseStatus.OPEN_OVERDUE)

    def get(self, kind: DeadlineKind) -> Deadline | None:
        """The deadline of this kind, or ``None``."""
        for deadline in self.deadlines:
            if deadline.kind is kind:
                return deadline
        return None

    def __str__(self) -> str:
        lines = [f"status on {_day(self.today)}: {self.status.value.replace('_', ' ')}"]
        if self.working_days_late:
            lines[0] += f" ({_days(self.working_days_late, 'working day')} late)"
        elif self.late:
            lines[0] += (
                f" (on a non-working day: {_days(self.calendar_days_late, 'calendar day')} late)"
            )
        for deadline in self.deadlines:
            lines.append(f"{_day(deadline.date):>16}  {deadline.kind.value.replace('_', ' ')}")
            lines.extend(f"{'':>16}    - {reason}" for reason in deadline.reasons)
        return "\n".join(lines)


# --- the case ----------------------------------------------------------------------

_K = EventKind
_ORDER_RULES: dict[EventKind, tuple[EventKind, str]] = {
    # event: (must come after, why)
    _K.CLARIFICATION_RECEIVED: (_K.CLARIFICATION_SOUGHT, "a reply to a clarification request"),
    _K.FEE_RECEIVED: (_K.FEES_NOTICE_ISSUED, "a fee answers a fees notice"),
    _K.REVIEW_ACKNOWLEDGED: (_K.INTERNAL_REVIEW_REQUESTED, "review"),
    _K.INTERNAL_REVIEW_DECIDED: (_K.INTERNAL_REVIEW_REQUESTED, "review"),
    _K.CORRECTED_RESPONSE_SENT: (_K.RESPONSE_SENT, "a correction follows the response"),
    _K.SUPPLEMENTARY_RESPONSE_SENT: (_K.RESPONSE_SENT, "a supplement follows the response"),
    _K.APPEAL_LODGED: (_K.DECISION_NOTICE, "appeal against a decision notice"),
}
#: Events a case can only have before its response.
_BEFORE_RESPONSE = frozenset({_K.PARTIAL_RESPONSE_SENT})
_ONCE = frozenset(
    {
        _K.RECEIVED,
        _K.RESPONSE_SENT,
        _K.WITHDRAWN,
        _K.TRANSFERRED,
        _K.ENVIRONMENTAL_EXTENSION,
        _K.COMPLIANCE_DAY_SPECIFIED,
        _K.DECISION_NOTICE,
    }
)
_FINAL = frozenset({_K.WITHDRAWN, _K.TRANSFERRED})


_EVENTS = tuple_of(instance(Event, "a foilib.Event"), what="Event")


def _check_events(inst: Case, att: attrs.Attribute[tuple[Event, ...]], events: object) -> None:
    _EVENTS(inst, att, events)


@attrs.frozen(slots=True, field_transformer=accept_values)
class Case:
    """A request and what happened to it, under one regime.

    ``events`` is in date order and starts with the receipt (:attr:`EventKind.RECEIVED`).
    ``school_terms`` gives a school's terms for the school-day rules.
    ``transferred_public_records`` says the request is for information in transferred
    public records (under FOISA: information in a transferred record the Keeper of the
    Records of Scotland answers for), which has a longer period. Impossible histories
    raise :class:`CaseError`.
    """

    request: Request = attrs.field(validator=instance(Request, "a foilib.Request"))
    regime: Regime = attrs.field(validator=enum_member(Regime))
    events: tuple[Event, ...] = attrs.field(validator=_check_events)
    authority_type: AuthorityType = attrs.field(
        default=AuthorityType.GENERAL, validator=enum_member(AuthorityType)
    )
    school_terms: tuple[SchoolTerm, ...] = attrs.field(
        default=(), validator=tuple_of(instance(SchoolTerm), what="SchoolTerm")
    )
    transferred_public_records: bool = attrs.field(default=False, validator=instance(bool))

    def __attrs_post_init__(self) -> None:
        _validate_history(self)
        if self.authority_type is AuthorityType.ARCHIVE:
            warnings.warn(
                "AuthorityType.ARCHIVE is deprecated: use Case(transferred_public_records=True)",
                DeprecationWarning,
                stacklevel=3,
            )

    @property
    def received_on(self) -> dt.date:
        """The date the request was received (the first event)."""
        return self.events[0].on

    @property
    def final_response(self) -> Event | None:
        """The ``response_sent`` event: the response the period is measured against (not
        an acknowledgement, clarification request, extension notice or partial answer)."""
        return self.first(EventKind.RESPONSE_SENT)

    @property
    def responses(self) -> tuple[Event, ...]:
        """Every response-like event: partial, final, corrected and supplementary."""
        return tuple(e for e in self.events if e.kind in _RESPONSES)

    def first(self, kind: EventKind) -> Event | None:
        """The first event of this kind, or ``None``."""
        return next((e for e in self.events if e.kind is kind), None)

    def last(self, kind: EventKind) -> Event | None:
        """The last event of this kind, or ``None``."""
        return next((e for e in reversed(self.events) if e.kind is kind), None)

    def timeline(self, today: dt.date | None = None) -> Timeline:
        """Every deadline that applies on ``today`` (default: the system's today).

        Returns a :class:`Timeline`. Raises :class:`CaseError` for events dated after
        ``today`` (a case cannot know the future) and :class:`ArgumentTypeError` for a
        ``today`` that is not a date.
        """
        if today is None:
            today = dt.date.today()
        if type(today) is not dt.date:
            raise ArgumentTypeError("today", today, "a datetime.date (not a datetime)")
        last = self.events[-1]
        if last.on > today:
            raise CaseError(f"event {last.kind.value} on {last.on} is after today ({today})")
        return _build(self, today)


_RESPONSES = frozenset(
    {
        _K.PARTIAL_RESPONSE_SENT,
        _K.RESPONSE_SENT,
        _K.CORRECTED_RESPONSE_SENT,
        _K.SUPPLEMENTARY_RESPONSE_SENT,
    }
)


def _validate_history(case: Case) -> None:
    """Linear in the number of events: one pass, sets of kinds seen."""
    events = case.events
    if not events or events[0].kind is not _RECEIVED:
        raise CaseError("Case.events: expected the first event to be 'received'")
    if case.request.received_on is not None and case.request.received_on != events[0].on:
        raise CaseError(
            f"Case.events[0]: received on {events[0].on}, but the request says "
            f"{case.request.received_on}"
        )
    clock = law(case.regime).clock
    # Kinds are keyed by their plain values (str hashes are cached, Enum hashes are not);
    # the message naming the event is only built for an error.
    seen: set[str] = set()
    closed = False
    previous = events[0].on
    for index, event in enumerate(events):
        kind = event.kind
        value = kind._value_
        problem: str | None = None
        if event.on < previous:
            problem = f"out of order, before {previous}"
        elif value in _ONCE_VALUES and value in seen:
            problem = f"a case has only one {value} event"
        elif closed:
            problem = "comes after the case was withdrawn or transferred"
        else:
            rule = _ORDER_RULE_VALUES.get(value)
            if rule is not None and rule[0]._value_ not in seen:
                problem = f"no {rule[0].value} event before it ({rule[1]})"
            elif value in _BEFORE_RESPONSE_VALUES and _RESPONSE_VALUE in seen:
                problem = (
                    "after the response; use corrected_response_sent or supplementary_response_sent"
                )
            elif value in _REGIME_DEPENDENT_VALUES:
                problem = _regime_event_problem(clock, kind)
        if problem is not None:
            raise CaseError(f"Case.events[{index}] ({value} on {event.on}): {problem}")
        previous = event.on
        seen.add(value)
        closed = value in _FINAL_VALUES
    if case.school_terms and not case.authority_type.is_school:
        raise CaseError("Case.school_terms: given for an authority that is not a school")


_ONCE_VALUES = frozenset(k._value_ for k in _ONCE)
_FINAL_VALUES = frozenset(k._value_ for k in _FINAL)
_BEFORE_RESPONSE_VALUES = frozenset(k._value_ for k in _BEFORE_RESPONSE)
_RESPONSE_VALUE = EventKind.RESPONSE_SENT._value_
_ORDER_RULE_VALUES = {k._value_: rule for k, rule in _ORDER_RULES.items()}
#: The kinds :func:`_regime_event_problem` looks at (the others are possible anywhere).
_REGIME_DEPENDENT_VALUES = frozenset(
    k._value_
    for k in (
        EventKind.ENVIRONMENTAL_EXTENSION,
        EventKind.PUBLIC_INTEREST_EXTENSION,
        EventKind.COMPLIANCE_DAY_SPECIFIED,
        EventKind.COMPLIANCE_DAY_APPLIED,
        EventKind.FEES_NOTICE_ISSUED,
        EventKind.FEE_RECEIVED,
    )
)


def _regime_event_problem(clock: ClockLaw, kind: EventKind) -> str | None:
    rule: object = None
    if kind is EventKind.ENVIRONMENTAL_EXTENSION:
        rule = clock.extension
    elif kind is EventKind.PUBLIC_INTEREST_EXTENSION:
        rule = clock.pi_extension
    elif kind in (EventKind.COMPLIANCE_DAY_SPECIFIED, EventKind.COMPLIANCE_DAY_APPLIED):
        rule = clock.commissioner_day
    elif kind in (EventKind.FEES_NOTICE_ISSUED, EventKind.FEE_RECEIVED):
        rule = clock.fees_pause
    if isinstance(rule, NoRule):
        return f"not possible under this regime: {rule.reason}"
    return None


# --- the computation: dates are look-ups, reasons are lazy -----------------------------

_Paused = tuple[tuple[dt.date, dt.date], ...] | None
_ONE_DAY = dt.timedelta(days=1)


def _add_months(start: dt.date, months: int) -> dt.date:
    """``start + relativedelta(months=months)``: the same day so many months on, or the
    last day of that month if it is shorter (tests compare the two)."""
    years, month = divmod(start.month - 1 + months, 12)
    year = start.year + years
    return dt.date(year, month + 1, min(start.day, calendar.monthrange(year, month + 1)[1]))


def _period_end(start: dt.date, period: Period) -> dt.date:
    """``start`` plus a calendar period (days, weeks or months)."""
    if period.unit is DayUnit.CALENDAR_DAYS:
        return start + dt.timedelta(days=period.length)
    if period.unit is DayUnit.WEEKS:
        return start + dt.timedelta(weeks=period.length)
    if period.unit is DayUnit.MONTHS:
        # the statute's words decide the reckoning ("beginning with" / "after" a day)
        return (period.month_rule or MonthRule.AFTER).end(start, period.length)
    raise AssertionError(f"not a calendar period: {period}")  # pragma: no cover


#: Members the hot paths compare against, bound once: on Python 3.11 reading a member from
#: its class goes through ``EnumType.__getattr__`` (about 100 ns a read, 5x a global).
_ANSWERED_LATE = CaseStatus.ANSWERED_LATE
_ANSWERED_ON_TIME = CaseStatus.ANSWERED_ON_TIME
_ARCHIVE = AuthorityType.ARCHIVE
_COMPLIANCE_DAY_SPECIFIED = EventKind.COMPLIANCE_DAY_SPECIFIED
_EXTENDED_RESPONSE_DUE = DeadlineKind.EXTENDED_RESPONSE_DUE
_GENERAL = AuthorityType.GENERAL
_MET = DeadlineState.MET
_MISSED = DeadlineState.MISSED
_OPEN = DeadlineState.OPEN
_OPEN_ON_TIME = CaseStatus.OPEN_ON_TIME
_OPEN_OVERDUE = CaseStatus.OPEN_OVERDUE
_RECEIVED = EventKind.RECEIVED
_RESPONSE_DUE = DeadlineKind.RESPONSE_DUE
_STATUTE = Basis.STATUTE
_CLARIFICATION_SOUGHT_VALUE = EventKind.CLARIFICATION_SOUGHT._value_
_CLARIFICATION_RECEIVED_VALUE = EventKind.CLARIFICATION_RECEIVED._value_


class _Draft(NamedTuple):
    """A deadline before it becomes a :class:`Deadline` (only :func:`_build` makes those:
    the dates-only path :func:`_dates_and_status` never pays for them)."""

    kind: DeadlineKind
    date: dt.date
    basis: Basis
    reasons: _Thunk
    met_on: dt.date | None
    state: DeadlineState


#: ``_Draft(*fields)`` without the Python-level ``__new__`` of a NamedTuple.
_new_draft = tuple.__new__


def _sort_key(d: _Draft) -> tuple[dt.date, int]:
    return d.date, _KIND_ORDER[d.kind._value_]


class _Clock:
    """The state of one timeline computation, shared by the steps of :func:`_build`."""

    __slots__ = (
        "by_kind",
        "cal",
        "case",
        "deadlines",
        "due",
        "effective",
        "final",
        "law",
        "paused",
        "pauses",
        "response",
        "start",
        "start_reasons",
        "today",
        "warnings",
        "wd_citation",
    )

    def __init__(self, case: Case, today: dt.date) -> None:
        regime_law = law(case.regime)
        self.case = case
        self.today = today
        self.law = regime_law.clock
        self.response = regime_law.response
        self.wd_citation = regime_law.working_day.citation
        self.cal: WorkingDayCalendar = working_day_calendar(case.regime)
        # Keyed by the members' plain values: str hashes are cached, Enum hashes are not.
        by_kind: dict[str, list[Event]] = {}
        for event in case.events:
            found = by_kind.get(event.kind._value_)
            if found is None:
                by_kind[event.kind._value_] = [event]
            else:
                found.append(event)
        self.by_kind = by_kind
        self.deadlines: list[_Draft] = []
        self.pauses: list[Pause] = []
        self.warnings: list[Reason] = []
        self.start = case.received_on
        self.start_reasons: list[Callable[[], list[Reason]]] = []
        self.paused: _Paused = None
        self.due = self.start
        self.effective = self.start
        # Case.final_response: the first response_sent event.
        final = by_kind.get(_RESPONSE_VALUE)
        self.final = final[0] if final else None

    def first(self, kind: EventKind) -> Event | None:
        found = self.by_kind.get(kind._value_)
        return found[0] if found else None

    def deadline(
        self,
        kind: DeadlineKind,
        date: dt.date,
        basis: Basis,
        reasons: _Thunk,
        met_on: dt.date | None = None,
        state: DeadlineState | None = None,
    ) -> None:
        if state is None:
            if met_on is not None:
                state = _MET if met_on <= date else _MISSED
            else:
                state = _MISSED if self.today > date else _OPEN
        self.deadlines.append(_new_draft(_Draft, (kind, date, basis, reasons, met_on, state)))

    # --- counting --------------------------------------------------------------------

    def count(self, start: dt.date, n: int, paused: _Paused = None) -> tuple[dt.date, _Thunk]:
        """The ``n``-th working day following ``start``, skipping the working days of each
        fees pause (both ends included; pauses sorted and disjoint): a few look-ups, and a
        thunk for the reasons."""
        cal = self.cal
        extra = 0
        if paused and n:
            for pause_start, pause_end in paused:
                first = max(pause_start, start + _ONE_DAY)
                if first > pause_end:
                    continue
                if cal.count(start, first - _ONE_DAY) - extra >= n:
                    break
                extra += cal.count(first - _ONE_DAY, pause_end)
        total = n + extra
        date = cal.add(start, total)

        def reasons() -> tuple[Reason, ...]:
            out = self.skipped(start, total)
            if extra:
                out.append(
                    Reason(
                        f"{extra} working days in the fees pause not counted",
                        self.fees_citation,
                    )
                )
            return tuple(out)

        return date, reasons

    @property
    def fees_citation(self) -> Citation | None:
        pause = self.law.fees_pause
        return pause if isinstance(pause, Citation) else None

    def skipped(self, start: dt.date, n: int) -> list[Reason]:
        """The reasons for the non-working days the count from ``start`` skipped, from the
        calendar's own ``explain``: weekends summed, every other day named."""
        out: list[Reason] = []
        weekend = 0
        for skipped in self.cal.explain(start, n):
            why = skipped.reasons
            if skipped.date.weekday() >= 5 and len(why) <= 1:
                weekend += 1
                continue
            names = "; ".join(r.description for r in why)
            divisions = sorted({d.title for r in why for d in r.divisions})
            where = f", bank holiday in {' and '.join(divisions)}" if divisions else ""
            sources = "; ".join(dict.fromkeys(h.source for r in why for h in r.holidays))
            out.append(
                Reason(
                    f"{_day(skipped.date)} skipped: {names}{where}",
                    self.wd_citation,
                    sources or None,
                )
            )
        if weekend:
            out.insert(0, Reason("Saturdays and Sundays skipped", self.wd_citation))
        return out

    def school_count(
        self, start: dt.date, rule: SchoolRule, paused: _Paused = None
    ) -> tuple[dt.date, _Thunk, bool]:
        """The school-day date, or the cap if earlier: (date, reasons, capped)."""
        cal = self.cal
        cap, cap_reasons = self.count(start, rule.cap.length, paused)
        terms = self.case.school_terms
        day, counted, not_school = start, 0, 0
        while counted < rule.school_days.length:
            day += _ONE_DAY
            if day > cap:
                return cap, cap_reasons, True
            if not cal.is_working_day(day):
                continue
            if paused and any(a <= day <= b for a, b in paused):
                continue
            if not any(t.first_day <= day <= t.last_day for t in terms):
                not_school += 1
                continue
            counted += 1
        found = day

        def reasons() -> tuple[Reason, ...]:
            out = self.skipped(start, cal.count(start, found))
            if not_school:
                out.append(
                    Reason(
                        f"{not_school} working days that were not school days not counted",
                        rule.school_days.citation,
                        rule.day_definition,
                    )
                )
            return tuple(out)

        return found, reasons, False

    def timeline(self, status: CaseStatus, wd_late: int = 0, cd_late: int = 0) -> Timeline:
        self.deadlines.sort(key=_sort_key)
        operative = self.effective if status not in _STOPPED else None
        return Timeline(
            self.today,
            status,
            tuple(
                [
                    Deadline(d.kind, d.date, d.basis, _Reasons(None, d.reasons), d.met_on, d.state)
                    for d in self.deadlines
                ]
            ),
            tuple(self.pauses),
            wd_late,
            cd_late,
            operative,
            tuple(self.warnings),
        )


_STOPPED = frozenset(
    {
        CaseStatus.AWAITING_CLARIFICATION,
        CaseStatus.AWAITING_FEE,
        CaseStatus.LAPSED,
        CaseStatus.WITHDRAWN,
        CaseStatus.TRANSFERRED,
    }
)


#: Events without which the steps :func:`_closure`, :func:`_fees_pause`,
#: :func:`_variation`, :func:`_environmental_extension` and
#: :func:`_public_interest_extension` do nothing (each begins by looking up its event and
#: returns when it is absent). A case with none of them (most cases) skips those steps.
_OPTIONAL_STEP_EVENTS = frozenset(
    k._value_
    for k in (
        EventKind.WITHDRAWN,
        EventKind.TRANSFERRED,
        EventKind.FEES_NOTICE_ISSUED,
        EventKind.COMPLIANCE_DAY_SPECIFIED,
        EventKind.ENVIRONMENTAL_EXTENSION,
        EventKind.PUBLIC_INTEREST_EXTENSION,
    )
)


def _to_status(c: _Clock, skip: bool = True) -> tuple[CaseStatus, int, int, bool]:
    """The steps up to the case's status: (status, working days late, calendar days late,
    whether the clock stopped). A step returns a status only when the clock stops.
    ``skip=False`` runs every step even where it can do nothing (tests prove the skip
    changes nothing)."""
    if skip and c.by_kind.keys().isdisjoint(_OPTIONAL_STEP_EVENTS):
        stopped = _clarification_restart(c)
        if stopped is not None:
            return stopped, 0, 0, True
        _response_due(c)
        _temporary_periods(c)
    else:
        for step in (_closure, _clarification_restart, _fees_pause):
            stopped = step(c)
            if stopped is not None:
                return stopped, 0, 0, True
        _response_due(c)
        _temporary_periods(c)
        _variation(c)
        _environmental_extension(c)
        _public_interest_extension(c)
    return (*_status_and_lateness(c), False)


def _build(case: Case, today: dt.date) -> Timeline:
    """The timeline, step by step: the steps to the status, then those after it."""
    c = _Clock(case, today)
    status, wd_late, cd_late, stopped = _to_status(c)
    if stopped:
        return c.timeline(status)
    for step in (_review, _commissioner_window, _appeal_window):
        try:
            step(c)
        except CalendarRangeError:
            c.warnings.append(
                Reason(
                    "a later deadline (review, Commissioner or appeal) falls after the end of "
                    "the calendar foilib knows and is omitted"
                )
            )
            break
    return c.timeline(status, wd_late, cd_late)


#: Event kinds that change neither a case's status nor its response due dates: with only
#: these, a general authority's case (not transferred public records) runs only
#: :func:`_clarification_restart` (which does nothing without a clarification event),
#: :func:`_response_due` from the receipt with no pause, and :func:`_status_and_lateness`
#: against that date (every other step of :func:`_to_status` needs one of
#: ``_OPTIONAL_STEP_EVENTS``). Tests compare the simple path with the full one.
_SIMPLE_KIND_VALUES = frozenset(
    k._value_
    for k in (
        EventKind.RECEIVED,
        EventKind.ACKNOWLEDGEMENT_SENT,
        EventKind.RESPONSE_SENT,
        EventKind.INTERNAL_REVIEW_REQUESTED,
        EventKind.REVIEW_ACKNOWLEDGED,
        EventKind.INTERNAL_REVIEW_DECIDED,
        EventKind.COMMISSIONER_COMPLAINT,
    )
)
#: (regime value, date received) -> the response due date of a simple case (see
#: :func:`_basic_due`); cleared when the holiday data changes, and when it grows past
#: ``_BASIC_DUE_SIZE`` (every regime over the calendar's whole range is about 146,000).
_BASIC_DUE: dict[tuple[str, dt.date], dt.date] = {}
_BASIC_DUE_SIZE = 200_000
_bank_holidays_module.on_data_change(_BASIC_DUE.clear)


def _basic_due(regime: Regime, received: dt.date) -> dt.date:
    """The response due date of a general authority's case received on ``received`` whose
    events are all of ``_SIMPLE_KIND_VALUES``: the date the full steps give a case with
    just its receipt (computed by them once per regime and date, then a dict look-up: a
    million cases share a few thousand dates). Raises as :func:`_dates_and_status` does
    (e.g. :class:`~foilib.CalendarRangeError`)."""
    key = (regime._value_, received)
    due = _BASIC_DUE.get(key)
    if due is None:
        minimal = Case(Request(received_on=received), regime, (Event(_RECEIVED, received),))
        c = _Clock(minimal, received)
        _to_status(c)
        due = c.due
        if len(_BASIC_DUE) >= _BASIC_DUE_SIZE:
            _BASIC_DUE.clear()
        _BASIC_DUE[key] = due
    return due


def _simple_dates_and_status(
    case: Case, today: dt.date
) -> tuple[CaseStatus, dt.date | None, dt.date | None] | None:
    """:func:`_dates_and_status` of a simple case (general authority, not transferred
    public records, every event of ``_SIMPLE_KIND_VALUES``) by a memoised due date and two
    comparisons; ``None`` for any other case."""
    if case.authority_type is not _GENERAL or case.transferred_public_records:
        return None
    final: dt.date | None = None
    for event in case.events:
        value = event.kind._value_
        if value not in _SIMPLE_KIND_VALUES:
            return None
        if value == _RESPONSE_VALUE and final is None:
            final = event.on
    due = _basic_due(case.regime, case.received_on)
    if final is not None:
        return (_ANSWERED_LATE if final > due else _ANSWERED_ON_TIME), due, None
    return (_OPEN_OVERDUE if today > due else _OPEN_ON_TIME), due, None


def _dates_and_status(
    case: Case, today: dt.date
) -> tuple[CaseStatus, dt.date | None, dt.date | None]:
    """``(status, response due, extended response due)`` exactly as ``case.timeline(today)``
    gives them (``timeline.status`` and the dates of ``timeline.get(RESPONSE_DUE)`` and
    ``timeline.get(EXTENDED_RESPONSE_DUE)``, ``None`` where absent), by the same steps
    (:func:`_to_status`) without the steps after the status, the deadline objects or
    their reasons: the fast path of :mod:`foilib.statistics`. A simple case (see
    :func:`_simple_dates_and_status`) takes a memoised due date. The caller guarantees
    that ``today`` is a date no earlier than the case's last event."""
    simple = _simple_dates_and_status(case, today)
    if simple is not None:
        return simple
    return _full_dates_and_status(case, today)


def _full_dates_and_status(
    case: Case, today: dt.date
) -> tuple[CaseStatus, dt.date | None, dt.date | None]:
    """:func:`_dates_and_status` by every step (tests compare it with the simple path)."""
    c = _Clock(case, today)
    status = _to_status(c)[0]
    due: dt.date | None = None
    extended: dt.date | None = None
    for d in c.deadlines:
        kind = d.kind
        if kind is _RESPONSE_DUE:
            due = d.date
        elif kind is _EXTENDED_RESPONSE_DUE and (extended is None or d.date < extended):
            extended = d.date
    return status, due, extended


def _temporary_periods(c: _Clock, start: dt.date | None = None, end: dt.date | None = None) -> None:
    """A temporary variation of the period in force while the request (or review) was
    running (dated law data): a warning naming the instrument (none is applied yet)."""
    start = c.start if start is None else start
    end = c.due if end is None else end
    for variation in c.law.temporary_periods:
        if start <= variation.last_day and end >= variation.first_day:
            what = f" ({variation.note})" if variation.note else ""
            reason = Reason(
                f"the period was varied from {_day(variation.first_day)} to "
                f"{_day(variation.last_day)}{what}: foilib keeps the usual period, so "
                "check the due date against the instrument",
                None,
                variation.source,
            )
            if reason not in c.warnings:
                c.warnings.append(reason)


# --- steps before the response is due ---------------------------------------------------


def _closure(c: _Clock) -> CaseStatus | None:
    """A withdrawn or transferred request has no deadlines."""
    if c.first(EventKind.WITHDRAWN) is not None:
        return CaseStatus.WITHDRAWN
    if c.first(EventKind.TRANSFERRED) is not None:
        return CaseStatus.TRANSFERRED
    return None


def _clarification_restart(c: _Clock) -> CaseStatus | None:
    """Only the first reply to each request for clarification restarts the clock."""
    received = c.case.received_on
    response_citation = c.response.citation
    c.start_reasons.append(lambda: [Reason(f"received {_day(received)}", response_citation)])
    by_kind = c.by_kind
    if _CLARIFICATION_SOUGHT_VALUE not in by_kind and _CLARIFICATION_RECEIVED_VALUE not in by_kind:
        return None  # nothing below would change
    pending: Event | None = None
    restart: tuple[Event, Event] | None = None
    ignored: list[Event] = []
    for event in c.case.events:
        if event.kind is EventKind.CLARIFICATION_SOUGHT:
            pending = event
        elif event.kind is EventKind.CLARIFICATION_RECEIVED:
            if pending is None:
                ignored.append(event)
            else:
                restart = (pending, event)
                pending = None
    citation = c.law.clarification
    sought = restart[0] if restart is not None else pending
    if sought is not None and not _clarification_in_time(c, sought):
        # out of time under a statutory limit: the clock neither stops nor restarts
        return None
    for reply in ignored:
        c.warnings.append(
            Reason(
                f"clarification reply of {_day(reply.on)} answered no outstanding request "
                "for clarification: it does not restart the clock",
                citation,
            )
        )
    if pending is not None and c.final is None:
        text = f"clarification sought {_day(pending.on)}: the clock stops until the reply"
        if pending.reply_by is not None:
            text += f"; the letter asks for a reply by {_day(pending.reply_by)}"
        if pending.closure_warning:
            text += (
                " and warns the request will be treated as closed (the authority's own "
                "policy: the law sets no lapse)"
            )
        c.pauses.append(
            Pause(EventKind.CLARIFICATION_SOUGHT, pending.on, None, Reason(text, citation))
        )
        return CaseStatus.AWAITING_CLARIFICATION
    if restart is not None:
        sought, reply = restart
        c.start = reply.on
        text = (
            f"clarification sought {_day(sought.on)} and received {_day(reply.on)}: "
            "the period runs from receipt of the clarification"
        )
        if ignored:
            text += f" (this reply restarted the clock; {len(ignored)} later reply did not)"
        reason = Reason(text, citation)
        c.pauses.append(Pause(EventKind.CLARIFICATION_SOUGHT, sought.on, reply.on, reason))
        c.start_reasons.append(lambda: [reason])
    return None


def _const(reason: Reason) -> _Thunk:
    return lambda: (reason,)


def _const_list(reason: Reason) -> Callable[[], list[Reason]]:
    return lambda: [reason]


def _clarification_in_time(c: _Clock, sought: Event) -> bool:
    """Whether a request for clarification can stop and restart the clock; warns when it
    came after the period for response had ended (the authority was already late)."""
    received = c.case.received_on
    response = c.response
    limit = c.law.clarification_limit
    due = c.cal.add(received, response.length)
    if isinstance(limit, Period):
        latest = c.cal.add(received, limit.length)
        if sought.on > latest:
            c.warnings.append(
                Reason(
                    f"the request for clarification of {_day(sought.on)} came after the "
                    f"{_ordinal(limit.length)} working day following receipt ({_day(latest)}), "
                    f"the latest the law allows: it does not restart the clock, and the "
                    f"authority was already late (the response was due {_day(due)})",
                    limit.citation,
                    limit.source,
                )
            )
            return False
        return True
    if sought.on > due:
        c.warnings.append(
            Reason(
                f"clarification was sought {_day(sought.on)}, after the response was due "
                f"({_day(due)}): the authority was already late; the law sets no time for "
                f"seeking clarification ({limit.reason}), so the clock still runs from the "
                "reply",
                c.law.clarification,
            )
        )
    return True


def _fees_pause(c: _Clock) -> CaseStatus | None:
    """Each fees notice stops the clock; the days from it up to payment are disregarded.
    A fee not paid within the window (or paid after it) leaves no duty to comply: the
    request lapses."""
    notices = c.by_kind.get(EventKind.FEES_NOTICE_ISSUED._value_)
    window = c.law.fee_window
    pause = c.law.fees_pause
    if not notices or not isinstance(window, Period) or not isinstance(pause, Citation):
        return None
    # each fee answers the latest unpaid notice before it
    pairs: list[tuple[Event, Event | None]] = []
    unpaid: list[int] = []
    for event in c.case.events:
        if event.kind is EventKind.FEES_NOTICE_ISSUED:
            unpaid.append(len(pairs))
            pairs.append((event, None))
        elif event.kind is EventKind.FEE_RECEIVED and unpaid:
            index = unpaid.pop()
            pairs[index] = (pairs[index][0], event)
    intervals: list[tuple[dt.date, dt.date]] = []
    stopped: CaseStatus | None = None
    for notice, fee in pairs:
        window_end = _period_end(notice.on, window)
        window_reason = Reason(
            f"fees notice given {_day(notice.on)}: {window.length} months beginning with "
            f"that day end {_day(window_end)}",
            window.citation,
            window.source,
        )
        c.deadline(
            DeadlineKind.FEE_PAYMENT_WINDOW,
            window_end,
            window.basis,
            _const(window_reason),
            fee.on if fee else None,
        )
        if fee is None:
            c.pauses.append(Pause(EventKind.FEES_NOTICE_ISSUED, notice.on, None, window_reason))
            if c.final is None and stopped is None:
                stopped = CaseStatus.LAPSED if c.today > window_end else CaseStatus.AWAITING_FEE
        elif fee.on <= window_end:
            intervals.append((notice.on, fee.on))
            reason = Reason(
                f"working days from the fees notice ({_day(notice.on)}) to receipt of the fee "
                f"({_day(fee.on)}), both included, are disregarded",
                pause,
            )
            c.pauses.append(Pause(EventKind.FEES_NOTICE_ISSUED, notice.on, fee.on, reason))
            c.start_reasons.append(_const_list(reason))
        else:
            late_fee = Reason(
                f"fee received {_day(fee.on)}, after the {window.length}-month window that "
                f"ended {_day(window_end)}: the authority was no longer obliged to comply "
                "(the request lapsed), and the days are not disregarded",
                window.citation,
                window.source,
            )
            c.warnings.append(late_fee)
            c.start_reasons.append(_const_list(late_fee))
            if c.final is None and stopped is None:
                stopped = CaseStatus.LAPSED
    if stopped is not None:
        return stopped
    if intervals:
        intervals.sort()
        merged = [intervals[0]]
        for a, b in intervals[1:]:
            if a <= merged[-1][1] + _ONE_DAY:
                merged[-1] = (merged[-1][0], max(merged[-1][1], b))
            else:
                merged.append((a, b))
        c.paused = tuple(merged)
    return None


def _response_due(c: _Clock) -> None:
    """The basic due date: the usual period, a school's, or a transferred record's."""
    case, rules, start, paused = c.case, c.law, c.start, c.paused
    head: list[Callable[[], list[Reason]]] = list(c.start_reasons)

    def non_working_start() -> list[Reason]:
        if c.cal.is_working_day(start):
            return []
        return [
            Reason(
                f"{_day(start)} is not a working day: the first working day after it is day 1",
                c.wd_citation,
                rules.non_working_receipt,
            )
        ]

    head.append(non_working_start)
    kind = case.authority_type
    transferred = case.transferred_public_records or kind is _ARCHIVE
    body: _Thunk
    school = rules.school
    if kind.is_school and isinstance(school, SchoolRule) and school.source_for(kind.value):
        date, body = _school_due(c, school, kind, start, paused, "receipt")
    elif transferred and isinstance(rules.transferred_records, Period):
        period = rules.transferred_records
        date, counted = c.count(start, period.length, paused)
        text = f"{_ordinal(period.length)} working day following receipt"
        if period.note:
            text += f" ({period.note})"

        def body() -> tuple[Reason, ...]:
            return (Reason(text, period.citation, period.source), *counted())

    else:
        response = c.response
        date, counted = c.count(start, response.length, paused)
        unvaried: list[Reason] = []
        if kind is not _GENERAL or transferred:
            what = (
                "transferred public records"
                if transferred
                else f"{kind.value.replace('_', ' ')} authorities"
            )
            power = rules.variation_power
            why = power.reason if isinstance(power, NoRule) else "no regulations apply"
            unvaried.append(
                Reason(
                    f"foilib knows no instrument varying the period for {what} under "
                    f"{case.regime.name} ({why})",
                    response.citation,
                )
            )

        def body() -> tuple[Reason, ...]:
            return (
                *unvaried,
                Reason(
                    f"{_ordinal(response.length)} working day following receipt",
                    response.citation,
                ),
                *counted(),
            )

    c.due = c.effective = date
    final = c.final

    def reasons() -> tuple[Reason, ...]:
        out = [r for make in head for r in make()]
        out.extend(body())
        out.extend(_other_responses(c, date))
        return tuple(out)

    c.deadline(
        _RESPONSE_DUE,
        date,
        _STATUTE,
        reasons,
        final.on if final else None,
    )


def _school_due(
    c: _Clock,
    rule: SchoolRule,
    kind: AuthorityType,
    start: dt.date,
    paused: _Paused,
    what: str,
) -> tuple[dt.date, _Thunk]:
    source = rule.source_for(kind.value)
    cap, days = rule.cap, rule.school_days
    citation = days.citation
    if not c.case.school_terms:
        date, counted = c.count(start, cap.length, paused)
        text = (
            f"no school term dates given: the {_ordinal(cap.length)} working day following "
            f"{what} is used (the {days.length}-school-day date, if earlier, cannot be computed)"
        )
        return date, lambda: (Reason(text, citation, source), *counted())
    date, counted, capped = c.school_count(start, rule, paused)
    if capped:
        text = (
            f"{_ordinal(cap.length)} working day following {what} ({_day(date)}), earlier "
            f"than the {_ordinal(days.length)} school day"
        )
    else:
        text = (
            f"{_ordinal(days.length)} school day following {what} ({_day(date)}), earlier "
            f"than the {_ordinal(cap.length)} working day"
        )
    return date, lambda: (Reason(text, citation, source), *counted())


def _other_responses(c: _Clock, due: dt.date) -> list[Reason]:
    """Partial, corrected and supplementary responses, described beside the due date."""
    out: list[Reason] = []
    citation = c.response.citation
    for event in c.case.events:
        if event.kind is EventKind.PARTIAL_RESPONSE_SENT:
            when = "on time" if event.on <= due else "late"
            out.append(Reason(f"part of the response sent {_day(event.on)} ({when})", citation))
        elif event.kind in (
            EventKind.CORRECTED_RESPONSE_SENT,
            EventKind.SUPPLEMENTARY_RESPONSE_SENT,
        ):
            label = event.kind.value.split("_")[0]
            out.append(
                Reason(
                    f"{label} response sent {_day(event.on)}: timeliness is measured by the "
                    "response it follows",
                    citation,
                )
            )
    return out


def _variation(c: _Clock) -> None:
    """A day specified by the Commissioner, on the authority's timely application."""
    specified = c.first(EventKind.COMPLIANCE_DAY_SPECIFIED)
    cap = c.law.commissioner_day
    window = c.law.commissioner_application
    if specified is None or specified.until is None or not isinstance(cap, Period):
        return
    until = specified.until
    limit, _ = c.count(c.start, cap.length, c.paused)
    if until > limit:
        raise CaseError(
            f"compliance_day_specified on {specified.on}: {until} is after the "
            f"{_ordinal(cap.length)} working day following receipt ({limit})"
        )
    applied = c.first(EventKind.COMPLIANCE_DAY_APPLIED)
    notes: list[Reason] = []
    if isinstance(window, Period):
        latest, _ = c.count(c.start, window.length, c.paused)
        if applied is None:
            notes.append(
                Reason(
                    f"the date of the authority's application is not given: it must be "
                    f"made by the {_ordinal(window.length)} working day following receipt "
                    f"({_day(latest)})",
                    window.citation,
                    window.source,
                )
            )
        elif applied.on > latest:
            c.warnings.append(
                Reason(
                    f"the application to the Commissioner of {_day(applied.on)} came after the "
                    f"{_ordinal(window.length)} working day following receipt "
                    f"({_day(latest)}): the specified day does not apply",
                    window.citation,
                    window.source,
                )
            )
            return
    c.effective = until
    final = c.final
    c.deadline(
        DeadlineKind.EXTENDED_RESPONSE_DUE,
        until,
        cap.basis,
        lambda: (
            Reason(
                f"day specified by the Commissioner on {_day(specified.on)} (no later than "
                f"the {_ordinal(cap.length)} working day following receipt)",
                cap.citation,
                cap.source,
            ),
            *notes,
        ),
        final.on if final else None,
    )


def _environmental_extension(c: _Clock) -> None:
    """The complex-and-voluminous extension, if notified in time."""
    event = c.first(EventKind.ENVIRONMENTAL_EXTENSION)
    period, notice = c.law.extension, c.law.extension_notice
    if event is None or not isinstance(period, Period) or not isinstance(notice, Period):
        return
    latest, _ = c.count(c.start, notice.length, c.paused)
    if event.on > latest:
        c.warnings.append(
            Reason(
                f"extension notified {_day(event.on)}, after the {_ordinal(notice.length)} "
                f"working day following receipt ({_day(latest)}): it does not extend the time "
                "for compliance",
                notice.citation,
                notice.source,
            )
        )
        return
    date, counted = c.count(c.start, period.length, c.paused)
    c.effective = max(c.effective, date)
    final = c.final
    start_reasons = c.start_reasons

    def reasons() -> tuple[Reason, ...]:
        return (
            *[r for make in start_reasons for r in make()],
            Reason(
                f"extension notified {_day(event.on)}: {_ordinal(period.length)} working day "
                "following receipt (complexity and volume)",
                period.citation,
            ),
            *counted(),
        )

    c.deadline(
        DeadlineKind.EXTENDED_RESPONSE_DUE,
        date,
        period.basis,
        reasons,
        final.on if final else None,
    )


def _public_interest_extension(c: _Clock) -> None:
    """Time to consider the public interest, if the notice came in time; the regulator's
    normal limit is computed whether or not an estimate was given."""
    events = c.by_kind.get(EventKind.PUBLIC_INTEREST_EXTENSION._value_)
    rule, notice, estimate_rule = c.law.pi_extension, c.law.pi_notice, c.law.pi_estimate
    guidance = c.law.pi_guidance
    if not events or not isinstance(rule, Citation) or not isinstance(notice, Period):
        return
    due = c.due
    final = c.final
    estimate_cite = estimate_rule if isinstance(estimate_rule, Citation) else None
    limit: dt.date | None = None
    if isinstance(guidance, Period):
        limit = c.cal.add(due, guidance.length)
        estimates = [e.estimate for e in events if e.estimate is not None]

        def guidance_reasons() -> tuple[Reason, ...]:
            text = (
                f"normally no more than a further {guidance.length} working days after the "
                f"response was due ({_day(due)})"
            )
            over = [e for e in estimates if limit is not None and e > limit]
            if over:
                text += f"; the estimate {_day(max(over))} exceeds it"
            return (Reason(text, guidance.citation, guidance.source),)

        c.deadline(
            DeadlineKind.EXTENSION_GUIDANCE_LIMIT,
            limit,
            guidance.basis,
            guidance_reasons,
            final.on if final else None,
        )
    # Successive notices: the first must come within the time for compliance; a revised
    # estimate extends only if given before the estimate it revises had passed.
    operative = due
    steps: list[str] = []
    for pi in events:
        if pi.on > operative:
            if not steps:
                text = (
                    f"the public-interest notice came {_day(pi.on)}, after the time for "
                    f"compliance ended ({_day(due)}): it does not extend it, and the response "
                    "is late from the next working day"
                )
            else:
                text = (
                    f"the revised public-interest notice of {_day(pi.on)} came after the "
                    f"previous estimate ({_day(operative)}) had passed: it does not extend "
                    f"the time, and the response is late from the day after {_day(operative)}"
                )
            c.warnings.append(Reason(text, notice.citation))
            break
        if pi.estimate is None:
            c.warnings.append(
                Reason(
                    f"the public-interest notice of {_day(pi.on)} gives no estimate of the "
                    "date of the decision",
                    estimate_cite,
                )
            )
            date = max(limit if limit is not None else due, due)
            head = "no estimate given: the regulator's normal limit is used"
        elif pi.estimate < due:
            c.warnings.append(
                Reason(
                    f"the estimate {_day(pi.estimate)} is earlier than the date the response "
                    f"was already due ({_day(due)}): it cannot bring the deadline forward",
                    estimate_cite,
                )
            )
            date = due
            head = f"estimating a decision by {_day(pi.estimate)}, before the response was due"
        else:
            date = pi.estimate
            head = f"estimating a decision by {_day(pi.estimate)}"
        what = "public-interest extension" if not steps else "revised estimate"
        steps.append(f"{what} notified {_day(pi.on)}, {head}")
        operative = date
    if not steps:
        return
    c.effective = max(c.effective, operative)
    c.deadline(
        DeadlineKind.EXTENDED_RESPONSE_DUE,
        operative,
        Basis.STATUTE,
        lambda: (
            *(Reason(f"{step}: such time as is reasonable", rule) for step in steps),
            Reason("the notice must give an estimate of the date", estimate_cite),
        ),
        final.on if final else None,
    )


# --- status ---------------------------------------------------------------------------


def _status_and_lateness(c: _Clock) -> tuple[CaseStatus, int, int]:
    """Late means after the operative date, whatever kind of day the reply (or today) is."""
    effective = c.effective
    if effective != c.due:
        for index, deadline in enumerate(c.deadlines):
            if deadline.kind is _RESPONSE_DUE:
                c.deadlines[index] = deadline._replace(state=DeadlineState.SUPERSEDED)
    final = c.final
    if final is not None:
        if final.on > effective:
            late = c.cal.count(effective, final.on), (final.on - effective).days
            return _ANSWERED_LATE, *late
        return _ANSWERED_ON_TIME, 0, 0
    if c.today > effective:
        late = c.cal.count(effective, c.today), (c.today - effective).days
        return _OPEN_OVERDUE, *late
    return _OPEN_ON_TIME, 0, 0


# --- after the response: review, Commissioner, appeal ------------------------------------


def _period(
    c: _Clock,
    kind: DeadlineKind,
    start: dt.date,
    period: Period,
    what: str,
    met_on: dt.date | None,
) -> dt.date:
    """Add a deadline ``period`` working days after ``start``; returns its date."""
    date, counted = c.count(start, period.length)

    def reasons() -> tuple[Reason, ...]:
        head = Reason(
            f"{what} {_day(start)}: {_ordinal(period.length)} working day following",
            period.citation,
            period.source,
        )
        return (head, *counted())

    c.deadline(kind, date, period.basis, reasons, met_on)
    return date


def _review(c: _Clock) -> None:
    """The window to ask for a review and the authority's time to answer one (also for a
    review of a failure to respond)."""
    rules = c.law
    requested = c.first(EventKind.INTERNAL_REVIEW_REQUESTED)
    decided = c.first(EventKind.INTERNAL_REVIEW_DECIDED)
    final = c.final
    asked = requested.on if requested else None
    window = rules.review_window
    if final is not None and rules.review_from_period_end and final.on <= c.effective:
        _period(
            c,
            DeadlineKind.REVIEW_REQUEST_WINDOW,
            c.effective,
            window,
            f"response sent in time ({_day(final.on)}): the period for response ended",
            asked,
        )
    elif final is not None:
        _period(c, DeadlineKind.REVIEW_REQUEST_WINDOW, final.on, window, "response sent", asked)
    elif c.today > c.effective and (window.basis is Basis.STATUTE or requested is not None):
        _period(
            c,
            DeadlineKind.REVIEW_REQUEST_WINDOW,
            c.effective,
            window,
            "no response: the period for response ended",
            asked,
        )
    if requested is None:
        return
    done = decided.on if decided else None
    school = rules.school
    kind = c.case.authority_type
    if (
        kind.is_school
        and isinstance(school, SchoolRule)
        and school.reviews
        and school.source_for(kind.value)
    ):
        date, reasons = _school_due(c, school, kind, requested.on, None, "the requirement")
        c.deadline(DeadlineKind.REVIEW_RESPONSE_DUE, date, Basis.STATUTE, reasons, done)
    else:
        what = "internal review requested"
        if final is None:
            what = "review of a failure to respond requested"
        review_due = _period(
            c, DeadlineKind.REVIEW_RESPONSE_DUE, requested.on, rules.review_response, what, done
        )
        if rules.temporary_periods:
            _temporary_periods(c, requested.on, review_due)
    if isinstance(rules.review_limit, Period):
        _period(
            c,
            DeadlineKind.REVIEW_RESPONSE_LIMIT,
            requested.on,
            rules.review_limit,
            "internal review requested (exceptional cases)",
            done,
        )


def _roll(c: _Clock, end: dt.date, roll: RollRule | NoRule) -> tuple[dt.date, _Thunk]:
    """Whether a window ending on a non-working day moves; the reason says why (or why not)."""
    if isinstance(roll, NoRule):
        if c.cal.is_working_day(end):
            return end, lambda: (Reason(f"{_day(end)} is a working day: the date stands"),)
        return end, lambda: (
            Reason(f"{_day(end)} is not a working day, but the date stands: {roll.reason}"),
        )
    day = end
    while not _rolled_working_day(day, roll.named_days, roll.divisions):
        day += _ONE_DAY

    def reasons() -> tuple[Reason, ...]:
        where = " and ".join(d.title for d in roll.divisions)
        if day == end:
            text = f"{_day(end)} is a working day ({where}): the date stands"
        else:
            text = (
                f"{_day(end)} is not a working day ({where}): the act is in time on the next "
                f"working day, {_day(day)}"
            )
        source = f"{roll.source}; {roll.definition}" + (f"; {roll.note}" if roll.note else "")
        return (Reason(text, None, source),)

    return day, reasons


def _rolled_working_day(
    day: dt.date, named_days: tuple[str, ...], divisions: tuple[Division, ...]
) -> bool:
    if day.weekday() >= 5:
        return False
    if "christmas_day" in named_days and (day.month, day.day) == (12, 25):
        return False
    if "good_friday" in named_days and day == _good_friday(day.year):
        return False
    return day not in _holiday_dates(day.year, divisions)


@functools.lru_cache(maxsize=256)
def _good_friday(year: int) -> dt.date:
    return easter(year) - dt.timedelta(days=2)


@functools.cache
def _holiday_dates(year: int, divisions: tuple[Division, ...]) -> frozenset[dt.date]:
    return frozenset(h.date for division in divisions for h in bank_holidays(year, division))


def _commissioner_window(c: _Clock) -> None:
    """The window to apply or complain to the Commissioner after a review (or after the
    review period ended without one, where the law says so)."""
    period = c.law.complaint
    decided = c.first(EventKind.INTERNAL_REVIEW_DECIDED)
    complaint = c.first(EventKind.COMMISSIONER_COMPLAINT)
    complained = complaint.on if complaint else None
    review_due = next((d for d in c.deadlines if d.kind is DeadlineKind.REVIEW_RESPONSE_DUE), None)
    if decided is not None:
        start = decided.on
        outcome = decided.outcome
        label = "review decided {}" + (
            f" ({outcome.value.replace('_', ' ')})" if outcome is not None else ""
        )
    elif review_due is not None and period.basis is Basis.STATUTE and c.today > review_due.date:
        start = review_due.date
        label = "no review decision by {}"
    else:
        return
    raw = _period_end(start, period)
    date, roll_reasons = _roll(c, raw, c.law.complaint_roll)
    regime = c.case.regime

    def reasons() -> tuple[Reason, ...]:
        unit = period.unit.value.replace("_", " ")
        head = Reason(
            f"{label.format(_day(start))}: application to the "
            f"{law(regime).commissioner.name} within "
            f"{period.length} {unit}",
            period.citation,
            period.source,
        )
        return (head, *roll_reasons())

    c.deadline(DeadlineKind.COMMISSIONER_COMPLAINT_WINDOW, date, period.basis, reasons, complained)


def _appeal_window(c: _Clock) -> None:
    """The window to appeal against a decision notice, moved where the court's or the
    tribunal's rules move it."""
    notice = c.first(EventKind.DECISION_NOTICE)
    if notice is None:
        return
    period = c.law.appeal
    appeal = c.first(EventKind.APPEAL_LODGED)
    raw = _period_end(notice.on, period)
    date, roll_reasons = _roll(c, raw, c.law.appeal_roll)

    def reasons() -> tuple[Reason, ...]:
        head = Reason(
            f"decision notice sent {_day(notice.on)}: {period.length} days (day "
            f"{period.length} is {_day(raw)})",
            period.citation,
            period.source,
        )
        return (head, *roll_reasons())

    c.deadline(
        DeadlineKind.APPEAL_WINDOW, date, period.basis, reasons, appeal.on if appeal else None
    )


# --- the response period a number of days stands for (CLI) --------------------------------


def response_period_provision(regime: Regime, days: int) -> str:
    """The provision that allows ``days`` working days for a response under ``regime``.

    Returns the citation (and instrument) of the statutory period, of a longer period the
    regime's law allows (an extension, a variation), or a sentence saying no provision of
    the regime allows that many days. Raises nothing for a valid regime.
    """
    regime_law = law(regime)
    if days == regime_law.response.length:
        return str(regime_law.response.citation)
    rules = regime_law.clock
    candidates: list[tuple[str, Any]] = [
        ("extension", rules.extension),
        ("transferred records", rules.transferred_records),
        ("Commissioner-specified day, at most", rules.commissioner_day),
    ]
    if isinstance(rules.school, SchoolRule):
        candidates.append(("school cap", rules.school.cap))
    found = [
        f"{'; '.join(r for r in (str(p.citation) if p.citation else None, p.source) if r)} "
        f"({label})"
        for label, p in candidates
        if isinstance(p, Period) and p.length == days
    ]
    if found:
        return " or ".join(found)
    return (
        f"no provision of {regime.name} allows {days} working days for a response (the "
        f"period is {regime_law.response.length}: {regime_law.response.citation})"
    )
