"""The statutory clock of a case: every deadline from receipt to appeal, with reasons.

A :class:`Case` is a request plus the dated events that happened to it. Its
:meth:`Case.timeline` gives each deadline that applies, the chain of
:class:`Reason` objects that produced its date, and the case's status.

Working days come from :func:`foilib.working_days` (FOIA s.10(6), EIR reg 2(1),
FOISA s.73, EISR reg 2(1)); calendar months and days use dateutil's relativedelta.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs
from dateutil.relativedelta import relativedelta

from .catalogue import Provision, provision
from .citation import Citation
from .convenience import accept_values
from .dates import day_text as _day
from .errors import ArgumentTypeError, CaseError, ValidationError
from .law import Basis
from .model import Request
from .regimes import Regime
from .reprs import short_repr
from .validate import date_only, enum_member, instance, optional, tuple_of
from .validate import text as is_text
from .workdays import working_days

__all__ = [
    "AuthorityType",
    "Basis",
    "Case",
    "CaseStatus",
    "Deadline",
    "DeadlineKind",
    "Event",
    "EventKind",
    "Pause",
    "Reason",
    "SchoolTerm",
    "Timeline",
]


def _ordinal(n: int) -> str:
    suffix = "th" if 10 <= n % 100 <= 20 else {1: "st", 2: "nd", 3: "rd"}.get(n % 10, "th")
    return f"{n}{suffix}"


class AuthorityType(enum.Enum):
    """Kinds of authority for which the time for compliance differs."""

    #: Any authority with the usual period (FOIA s.10(1); FOISA s.10(1)).
    GENERAL = "general"
    #: Governing body of a maintained school or maintained nursery school in England
    #: and Wales (SI 2004/3364 reg 3(1)(a)).
    MAINTAINED_SCHOOL = "maintained_school"
    #: A school maintained by the Secretary of State for Defence (SI 2004/3364 reg 3(1)(b)).
    SERVICE_SCHOOL = "service_school"
    #: Proprietor of an Academy (SI 2010/2768).
    ACADEMY = "academy"
    #: Managers of a controlled, voluntary or grant-maintained integrated school, or of a
    #: pupil referral unit, in Northern Ireland (SI 2009/1369).
    NORTHERN_IRELAND_SCHOOL = "northern_ireland_school"
    #: An appropriate records authority or place of deposit answering for a transferred
    #: public record (SI 2004/3364 reg 4). Under FOISA: the Keeper of the Records of
    #: Scotland answering for information in a transferred record (FOISA s.10(2), s.22).
    ARCHIVE = "archive"

    @property
    def is_school(self) -> bool:
        """True for the school cases: 20 school days or 60 working days, whichever is earlier."""
        return self in _SCHOOLS


_SCHOOLS = frozenset(
    {
        AuthorityType.MAINTAINED_SCHOOL,
        AuthorityType.SERVICE_SCHOOL,
        AuthorityType.ACADEMY,
        AuthorityType.NORTHERN_IRELAND_SCHOOL,
    }
)


class EventKind(enum.Enum):
    """What happened to a case on a day."""

    RECEIVED = "received"
    CLARIFICATION_SOUGHT = "clarification_sought"
    CLARIFICATION_RECEIVED = "clarification_received"
    FEES_NOTICE_ISSUED = "fees_notice_issued"
    FEE_RECEIVED = "fee_received"
    PUBLIC_INTEREST_EXTENSION = "public_interest_extension"
    EIR_EXTENSION = "eir_extension"
    COMPLIANCE_DAY_SPECIFIED = "compliance_day_specified"
    RESPONSE_SENT = "response_sent"
    INTERNAL_REVIEW_REQUESTED = "internal_review_requested"
    INTERNAL_REVIEW_DECIDED = "internal_review_decided"
    COMMISSIONER_COMPLAINT = "commissioner_complaint"
    DECISION_NOTICE = "decision_notice"
    APPEAL_LODGED = "appeal_lodged"
    WITHDRAWN = "withdrawn"
    TRANSFERRED = "transferred"


@attrs.frozen(slots=True, field_transformer=accept_values)
class Event:
    """One dated event in a case.

    ``estimate`` is the date given with a public-interest extension (FOIA s.17(2));
    ``until`` the day the Commissioner specified under SI 2004/3364 reg 5 or 6.
    """

    kind: EventKind = attrs.field(validator=enum_member(EventKind))
    on: dt.date = attrs.field(validator=date_only)
    estimate: dt.date | None = attrs.field(default=None, validator=optional(date_only))
    until: dt.date | None = attrs.field(default=None, validator=optional(date_only))
    note: str | None = attrs.field(default=None, validator=optional(is_text()))

    def __attrs_post_init__(self) -> None:
        for name, kind, what in (
            ("estimate", EventKind.PUBLIC_INTEREST_EXTENSION, "the estimated date (FOIA s.17(2))"),
            ("until", EventKind.COMPLIANCE_DAY_SPECIFIED, "the day the Commissioner specified"),
        ):
            value = getattr(self, name)
            if (self.kind is kind) != (value is not None):
                expected = what if self.kind is kind else f"None for a {self.kind.value} event"
                raise ValidationError("Event", name, value, expected)
            if value is not None and value < self.on:
                raise ValidationError("Event", name, value, f"a date on or after {self.on}")


@attrs.frozen(slots=True, field_transformer=accept_values)
class SchoolTerm:
    """A school term: every weekday from ``first_day`` to ``last_day`` that is a working
    day is taken to be a school day (a day on which the school has a session,
    SI 2004/3364 reg 3(3)); inset days are given as gaps between terms."""

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


@attrs.frozen(slots=True)
class Reason:
    """One step in the reasoning behind a date: plain text, and the provision it rests on.

    ``citation`` is a provision of a regime in foilib's catalogue; ``source`` names any
    other instrument or document (the BFDA 1971, SI 2004/3364, the s.45 code).
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


@attrs.frozen(slots=True)
class Deadline:
    """A date by which something must (or should) happen, and why."""

    kind: DeadlineKind
    date: dt.date
    basis: Basis
    reasons: tuple[Reason, ...]
    met_on: dt.date | None = None

    def __str__(self) -> str:
        return f"{self.kind.value.replace('_', ' ')}: {_day(self.date)} ({self.basis.value})"


@attrs.frozen(slots=True)
class Pause:
    """A stretch of days that did not count (fees, s.10(2)) or a restart (clarification)."""

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

    ``working_days_late`` is how many working days the response was (or is) late:
    positive for ANSWERED_LATE and OPEN_OVERDUE, zero otherwise.
    """

    today: dt.date
    status: CaseStatus
    deadlines: tuple[Deadline, ...]
    pauses: tuple[Pause, ...]
    working_days_late: int = 0

    def get(self, kind: DeadlineKind) -> Deadline | None:
        """The deadline of this kind, or ``None``."""
        for deadline in self.deadlines:
            if deadline.kind is kind:
                return deadline
        return None

    def __str__(self) -> str:
        lines = [f"status on {_day(self.today)}: {self.status.value.replace('_', ' ')}"]
        if self.working_days_late:
            lines[0] += f" ({self.working_days_late} working days late)"
        for deadline in self.deadlines:
            lines.append(f"{_day(deadline.date):>16}  {deadline.kind.value.replace('_', ' ')}")
            lines.extend(f"{'':>16}    - {reason}" for reason in deadline.reasons)
        return "\n".join(lines)


# --- the case ----------------------------------------------------------------------

_ORDER_RULES: tuple[tuple[EventKind, EventKind, str], ...] = (
    # (event, must come after, why)
    (EventKind.CLARIFICATION_RECEIVED, EventKind.CLARIFICATION_SOUGHT, "s.1(3)"),
    (EventKind.FEE_RECEIVED, EventKind.FEES_NOTICE_ISSUED, "s.9"),
    (EventKind.INTERNAL_REVIEW_REQUESTED, EventKind.RESPONSE_SENT, "review of a response"),
    (EventKind.INTERNAL_REVIEW_DECIDED, EventKind.INTERNAL_REVIEW_REQUESTED, "review"),
    (EventKind.APPEAL_LODGED, EventKind.DECISION_NOTICE, "appeal against a decision notice"),
)
_ONCE = frozenset(
    {
        EventKind.RECEIVED,
        EventKind.RESPONSE_SENT,
        EventKind.WITHDRAWN,
        EventKind.TRANSFERRED,
        EventKind.EIR_EXTENSION,
        EventKind.COMPLIANCE_DAY_SPECIFIED,
        EventKind.DECISION_NOTICE,
    }
)
_FINAL = frozenset({EventKind.WITHDRAWN, EventKind.TRANSFERRED})


def _check_events(inst: Case, att: attrs.Attribute[tuple[Event, ...]], events: object) -> None:
    tuple_of(instance(Event, "a foilib.Event"), what="Event")(inst, att, events)


@attrs.frozen(slots=True, field_transformer=accept_values)
class Case:
    """A request and what happened to it, under one regime.

    ``events`` is in date order and starts with the receipt (:attr:`EventKind.RECEIVED`).
    ``school_terms`` gives a school's terms for the school-day rule of SI 2004/3364
    reg 3 (and SI 2009/1369, SI 2010/2768). Impossible histories raise :class:`CaseError`.
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

    def __attrs_post_init__(self) -> None:
        _validate_history(self)

    @property
    def received_on(self) -> dt.date:
        """The date the request was received (the first event)."""
        return self.events[0].on

    def first(self, kind: EventKind) -> Event | None:
        """The first event of this kind, or ``None``."""
        return next((e for e in self.events if e.kind is kind), None)

    def last(self, kind: EventKind) -> Event | None:
        """The last event of this kind, or ``None``."""
        return next((e for e in reversed(self.events) if e.kind is kind), None)

    def timeline(self, today: dt.date | None = None) -> Timeline:
        """Every deadline that applies on ``today`` (default: the system's today).

        Events dated after ``today`` raise :class:`CaseError`: a case cannot know the future.
        """
        if today is None:
            today = dt.date.today()
        if type(today) is not dt.date:
            raise ArgumentTypeError("today", today, "a datetime.date (not a datetime)")
        for event in self.events:
            if event.on > today:
                raise CaseError(f"event {event.kind.value} on {event.on} is after today ({today})")
        return _build(self, today)


def _validate_history(case: Case) -> None:
    events = case.events
    if not events or events[0].kind is not EventKind.RECEIVED:
        raise CaseError("Case.events: expected the first event to be 'received'")
    if case.request.received_on is not None and case.request.received_on != events[0].on:
        raise CaseError(
            f"Case.events[0]: received on {events[0].on}, but the request says "
            f"{case.request.received_on}"
        )
    seen: dict[EventKind, int] = {}
    for index, event in enumerate(events):
        where = f"Case.events[{index}] ({event.kind.value} on {event.on})"
        if index and event.on < events[index - 1].on:
            raise CaseError(f"{where}: out of order, before {events[index - 1].on}")
        if event.kind in _ONCE and event.kind in seen:
            raise CaseError(f"{where}: a case has only one {event.kind.value} event")
        if any(events[i].kind in _FINAL for i in range(index)):
            raise CaseError(f"{where}: comes after the case was withdrawn or transferred")
        for later, earlier, why in _ORDER_RULES:
            if event.kind is later and earlier not in seen:
                raise CaseError(f"{where}: no {earlier.value} event before it ({why})")
        _check_regime_event(case, event, where)
        seen[event.kind] = index
    if case.school_terms and not case.authority_type.is_school:
        raise CaseError("Case.school_terms: given for an authority that is not a school")


def _check_regime_event(case: Case, event: Event, where: str) -> None:
    if event.kind is EventKind.EIR_EXTENSION and not case.regime.is_environmental:
        raise CaseError(f"{where}: the 40-working-day extension exists only under EIR/EISR")
    if event.kind is EventKind.PUBLIC_INTEREST_EXTENSION and case.regime is not Regime.FOIA:
        raise CaseError(f"{where}: a public-interest extension exists only under FOIA s.10(3)")
    if event.kind is EventKind.COMPLIANCE_DAY_SPECIFIED and case.regime is not Regime.FOIA:
        raise CaseError(f"{where}: SI 2004/3364 regs 5 and 6 apply only under FOIA")
    if (
        event.kind in (EventKind.FEES_NOTICE_ISSUED, EventKind.FEE_RECEIVED)
        and case.regime.is_environmental
    ):
        raise CaseError(
            f"{where}: advance-payment charges under EIR reg 8 / EISR reg 8 are not modelled "
            "by this release; FOIA s.9 and FOISA s.9 fees notices are"
        )


# --- the rules, as data ----------------------------------------------------------


def _c(regime: Regime, section: str, *path: str) -> Citation:
    return Citation(regime, section, path)


@attrs.frozen(slots=True)
class _Rules:
    """The provisions behind each step of one regime's clock."""

    response: Citation  # the basic period
    working_day: Citation  # definition of working day
    clarification: Citation  # clock restarts on receipt of further information
    review_window: tuple[int, Basis, Citation | None, str | None]
    review_response: tuple[int, Basis, Citation | None, str | None]
    review_limit: tuple[int, Basis, Citation | None, str | None] | None
    complaint: Citation
    appeal_days: int
    appeal: Citation
    appeal_source: str
    fees: Citation | None = None
    fee_window: Citation | None = None
    extension: Citation | None = None


_CODE = (
    "s.45 Code of Practice (2018) on internal reviews; ICO guidance: ask within 40, "
    "answer within 20 (exceptionally 40) working days"
)
_FOIA_RULES = _Rules(
    response=_c(Regime.FOIA, "10", "1"),
    working_day=_c(Regime.FOIA, "10", "6"),
    clarification=_c(Regime.FOIA, "1", "3"),
    review_window=(40, Basis.CODE_OF_PRACTICE, _c(Regime.FOIA, "45"), _CODE),
    review_response=(20, Basis.CODE_OF_PRACTICE, _c(Regime.FOIA, "45"), _CODE),
    review_limit=(40, Basis.CODE_OF_PRACTICE, _c(Regime.FOIA, "45"), _CODE),
    complaint=_c(Regime.FOIA, "50"),
    appeal_days=28,
    appeal=_c(Regime.FOIA, "57"),
    appeal_source="Tribunal Procedure (First-tier Tribunal) (General Regulatory Chamber) "
    "Rules 2009 (SI 2009/1976) r.22(1)(b)",
    fees=_c(Regime.FOIA, "10", "2"),
    fee_window=_c(Regime.FOIA, "9", "2"),
)
_EIR_RULES = _Rules(
    response=_c(Regime.EIR, "5", "2"),
    working_day=_c(Regime.EIR, "2", "1"),
    clarification=_c(Regime.EIR, "9", "4"),
    review_window=(40, Basis.STATUTE, _c(Regime.EIR, "11", "2"), None),
    review_response=(40, Basis.STATUTE, _c(Regime.EIR, "11", "4"), None),
    review_limit=None,
    complaint=_c(Regime.FOIA, "50"),
    appeal_days=28,
    appeal=_c(Regime.FOIA, "57"),
    appeal_source=_FOIA_RULES.appeal_source + "; EIR reg 18",
    extension=_c(Regime.EIR, "7", "1"),
)
_FOISA_RULES = _Rules(
    response=_c(Regime.FOISA, "10", "1"),
    working_day=_c(Regime.FOISA, "73"),
    clarification=_c(Regime.FOISA, "1", "3"),
    review_window=(40, Basis.STATUTE, _c(Regime.FOISA, "20", "5"), None),
    review_response=(20, Basis.STATUTE, _c(Regime.FOISA, "21", "1"), None),
    review_limit=None,
    complaint=_c(Regime.FOISA, "47", "4"),
    appeal_days=42,
    appeal=_c(Regime.FOISA, "56"),
    appeal_source="Rules of the Court of Session r.41.20(1)(b) (42 days after intimation)",
    fees=_c(Regime.FOISA, "10", "3"),
    fee_window=_c(Regime.FOISA, "9"),
)
_EISR_RULES = _Rules(
    response=_c(Regime.EISR, "5", "2"),
    working_day=_c(Regime.EISR, "2", "1"),
    clarification=_c(Regime.EISR, "9", "4"),
    review_window=(40, Basis.STATUTE, _c(Regime.EISR, "16", "2"), None),
    review_response=(20, Basis.STATUTE, _c(Regime.EISR, "16", "4"), None),
    review_limit=None,
    complaint=_c(Regime.FOISA, "47", "4"),
    appeal_days=42,
    appeal=_c(Regime.FOISA, "56"),
    appeal_source=_FOISA_RULES.appeal_source + "; EISR reg 17",
    extension=_c(Regime.EISR, "7", "1"),
)
RULES = {
    Regime.FOIA: _FOIA_RULES,
    Regime.EIR: _EIR_RULES,
    Regime.FOISA: _FOISA_RULES,
    Regime.EISR: _EISR_RULES,
}
_SI_2004_3364 = "Freedom of Information (Time for Compliance with Request) Regulations 2004"
_SCHOOL_SOURCES = {
    AuthorityType.MAINTAINED_SCHOOL: f"{_SI_2004_3364} (SI 2004/3364) reg 3(1)(a), 3(2)",
    AuthorityType.SERVICE_SCHOOL: f"{_SI_2004_3364} (SI 2004/3364) reg 3(1)(b), 3(2)",
    AuthorityType.ACADEMY: "Freedom of Information (Time for Compliance with Request) "
    "Regulations 2010 (SI 2010/2768)",
    AuthorityType.NORTHERN_IRELAND_SCHOOL: "Freedom of Information (Time for Compliance with "
    "Request) Regulations 2009 (SI 2009/1369) reg 2",
}
_ARCHIVE_SOURCE = f"{_SI_2004_3364} (SI 2004/3364) reg 4"
_VARIATION_SOURCE = f"{_SI_2004_3364} (SI 2004/3364) regs 5 and 6"
#: ICO guidance: a public-interest extension should normally take no more than a
#: further 20 working days (ICO s.10 guidance; the s.45 Code of Practice 2018, which an ICO
#: practice recommendation of July 2025 cites at paras 4.5-4.7: paragraph not verified).
_PI_GUIDANCE_DAYS = 20
_PI_GUIDANCE_SOURCE = "ICO guidance on FOIA s.10(3) time limits; s.45 Code of Practice (2018)"
#: ICO: complaints should normally be made within six weeks of the internal review outcome.
_ICO_COMPLAINT_WEEKS = 6
_ICO_COMPLAINT_SOURCE = "ICO complaints guidance: within 6 weeks of the final response"


# --- the computation ----------------------------------------------------------------


@attrs.frozen(slots=True)
class _Count:
    """The n-th counted day after a start, and the reasons for the days skipped."""

    date: dt.date
    reasons: tuple[Reason, ...]


def _count_days(
    case: Case, start: dt.date, n: int, *, paused: tuple[dt.date, dt.date] | None = None
) -> _Count:
    """The ``n``-th working day following ``start``, skipping a fees pause."""
    result = _walk(case, start, n, paused=paused)
    assert result is not None  # only a walk with a stop can come back empty
    return result


def _walk(
    case: Case,
    start: dt.date,
    n: int,
    *,
    paused: tuple[dt.date, dt.date] | None = None,
    school: bool = False,
    stop: dt.date | None = None,
) -> _Count | None:
    """The ``n``-th working day following ``start`` (``start`` never counts), skipping the
    days of a fees pause and, for the school rule, days that are not school days;
    ``None`` if it would fall after ``stop``."""
    cal = working_days(case.regime)
    rules = RULES[case.regime]
    reasons: list[Reason] = []
    weekend = paused_days = not_school = 0
    day = start
    counted = 0
    while counted < n:
        day += dt.timedelta(days=1)
        if stop is not None and day > stop:
            return None
        if not cal.is_working_day(day):
            if day.weekday() >= 5 and not cal.non_working_reasons(day)[1:]:
                weekend += 1
                continue
            why = "; ".join(r.description for r in cal.non_working_reasons(day))
            divisions = sorted({d.title for r in cal.non_working_reasons(day) for d in r.divisions})
            where = f", bank holiday in {' and '.join(divisions)}" if divisions else ""
            sources = "; ".join(
                dict.fromkeys(h.source for r in cal.non_working_reasons(day) for h in r.holidays)
            )
            reasons.append(
                Reason(
                    f"{_day(day)} skipped: {why}{where}",
                    rules.working_day,
                    sources or None,
                )
            )
            continue
        if paused is not None and paused[0] <= day <= paused[1]:
            paused_days += 1
            continue
        if school and not _is_school_day(case, day):
            not_school += 1
            continue
        counted += 1
    if weekend:
        reasons.insert(0, Reason("Saturdays and Sundays skipped", rules.working_day))
    if paused_days:
        reasons.append(
            Reason(f"{paused_days} working days in the fees pause not counted", rules.fees)
        )
    if not_school:
        reasons.append(
            Reason(
                f"{not_school} working days that were not school days not counted",
                rules.response,
                "SI 2004/3364 reg 3(3): a school day is a day on which the school has a session",
            )
        )
    return _Count(day, tuple(reasons))


def _is_school_day(case: Case, day: dt.date) -> bool:
    return any(t.first_day <= day <= t.last_day for t in case.school_terms)


def _basic_due(
    case: Case, start: dt.date, paused: tuple[dt.date, dt.date] | None
) -> tuple[dt.date, list[Reason]]:
    """The date the response is due before any extension, with its reasons."""
    rules = RULES[case.regime]
    kind = case.authority_type
    cal = working_days(case.regime)
    reasons: list[Reason] = []
    if not cal.is_working_day(start):
        reasons.append(
            Reason(
                f"{_day(start)} is not a working day: the first working day after it is day 1",
                rules.working_day,
                "ICO guidance on time limits (date of receipt)",
            )
        )
    if kind.is_school and case.regime is Regime.FOIA:
        source = _SCHOOL_SOURCES[kind]
        long_stop = _count_days(case, start, 60, paused=paused)
        if not case.school_terms:
            reasons.append(
                Reason(
                    "no school term dates given: the 60th working day following receipt is "
                    "used (the 20-school-day date, if earlier, cannot be computed)",
                    rules.response,
                    source,
                )
            )
            return long_stop.date, [*reasons, *long_stop.reasons]
        school = _walk(case, start, 20, paused=paused, school=True, stop=long_stop.date)
        if school is not None:
            reasons.append(
                Reason(
                    f"20th school day following receipt ({_day(school.date)}), earlier than "
                    f"the 60th working day ({_day(long_stop.date)})",
                    rules.response,
                    source,
                )
            )
            return school.date, [*reasons, *school.reasons]
        reasons.append(
            Reason(
                f"60th working day following receipt ({_day(long_stop.date)}), earlier than "
                "the 20th school day",
                rules.response,
                source,
            )
        )
        return long_stop.date, [*reasons, *long_stop.reasons]
    if kind is AuthorityType.ARCHIVE and case.regime in (Regime.FOIA, Regime.FOISA):
        count = _count_days(case, start, 30, paused=paused)
        if case.regime is Regime.FOIA:
            reason = Reason("30th working day following receipt", rules.response, _ARCHIVE_SOURCE)
        else:
            reason = Reason(
                "30th working day after receipt (the Keeper of the Records of Scotland, "
                "transferred records)",
                _c(Regime.FOISA, "10", "2"),
            )
        return count.date, [*reasons, reason, *count.reasons]
    if kind is not AuthorityType.GENERAL:
        reasons.append(
            Reason(
                f"foilib knows no instrument varying the period for "
                f"{kind.value.replace('_', ' ')} authorities under {case.regime.name} "
                "(SI 2004/3364 and its companions are made under FOIA s.10(4))",
                rules.response,
            )
        )
    count = _count_days(case, start, 20, paused=paused)
    reasons.append(Reason("20th working day following receipt", rules.response))
    return count.date, [*reasons, *count.reasons]


def _build(case: Case, today: dt.date) -> Timeline:
    rules = RULES[case.regime]
    cal = working_days(case.regime)
    received = case.received_on
    pauses: list[Pause] = []
    deadlines: list[Deadline] = []
    response = case.first(EventKind.RESPONSE_SENT)
    closing = case.first(EventKind.WITHDRAWN) or case.first(EventKind.TRANSFERRED)
    if closing is not None:
        status = (
            CaseStatus.WITHDRAWN if closing.kind is EventKind.WITHDRAWN else CaseStatus.TRANSFERRED
        )
        return Timeline(today, status, (), ())

    start = received
    start_reasons = [Reason(f"received {_day(received)}", rules.response)]
    sought = case.last(EventKind.CLARIFICATION_SOUGHT)
    clarified = case.last(EventKind.CLARIFICATION_RECEIVED)
    if sought is not None and (clarified is None or clarified.on < sought.on):
        if response is None:
            return Timeline(today, CaseStatus.AWAITING_CLARIFICATION, (), ())
    elif sought is not None and clarified is not None:
        start = clarified.on
        reason = Reason(
            f"clarification sought {_day(sought.on)} and received {_day(clarified.on)}: "
            "the period runs from receipt of the clarification",
            rules.clarification,
        )
        pauses.append(Pause(EventKind.CLARIFICATION_SOUGHT, sought.on, clarified.on, reason))
        start_reasons.append(reason)

    paused: tuple[dt.date, dt.date] | None = None
    notice = case.first(EventKind.FEES_NOTICE_ISSUED)
    if notice is not None and rules.fees is not None and rules.fee_window is not None:
        window_end = notice.on + relativedelta(months=3) - dt.timedelta(days=1)
        fee = case.first(EventKind.FEE_RECEIVED)
        window_reason = Reason(
            f"fees notice given {_day(notice.on)}: three months beginning with that day",
            rules.fee_window,
        )
        deadlines.append(
            Deadline(
                DeadlineKind.FEE_PAYMENT_WINDOW,
                window_end,
                Basis.STATUTE,
                (window_reason,),
                fee.on if fee else None,
            )
        )
        if fee is None:
            pauses.append(Pause(EventKind.FEES_NOTICE_ISSUED, notice.on, None, window_reason))
            if response is None:
                status = CaseStatus.LAPSED if today > window_end else CaseStatus.AWAITING_FEE
                return Timeline(today, status, tuple(deadlines), tuple(pauses))
        elif fee.on <= window_end:
            paused = (notice.on, fee.on)
            reason = Reason(
                f"working days from the fees notice ({_day(notice.on)}) to receipt of the fee "
                f"({_day(fee.on)}), both included, are disregarded",
                rules.fees,
            )
            pauses.append(Pause(EventKind.FEES_NOTICE_ISSUED, notice.on, fee.on, reason))
            start_reasons.append(reason)
        else:
            start_reasons.append(
                Reason(
                    f"fee received {_day(fee.on)}, after the three-month window: the days "
                    "are not disregarded",
                    rules.fees,
                )
            )

    due, due_reasons = _basic_due(case, start, paused)
    effective = due
    deadlines.append(
        Deadline(
            DeadlineKind.RESPONSE_DUE,
            due,
            Basis.STATUTE,
            (*start_reasons, *due_reasons),
            response.on if response else None,
        )
    )

    variation = case.first(EventKind.COMPLIANCE_DAY_SPECIFIED)
    if variation is not None and variation.until is not None:
        limit = _count_days(case, start, 60, paused=paused).date
        if variation.until > limit:
            raise CaseError(
                f"compliance_day_specified on {variation.on}: {variation.until} is after the "
                f"60th working day following receipt ({limit})"
            )
        effective = variation.until
        deadlines.append(
            Deadline(
                DeadlineKind.EXTENDED_RESPONSE_DUE,
                variation.until,
                Basis.STATUTE,
                (
                    Reason(
                        f"day specified by the Commissioner on {_day(variation.on)} "
                        "(no later than the 60th working day following receipt)",
                        rules.response,
                        _VARIATION_SOURCE,
                    ),
                ),
                response.on if response else None,
            )
        )

    extension = case.first(EventKind.EIR_EXTENSION)
    if extension is not None and rules.extension is not None:
        extended = _count_days(case, start, 40, paused=paused)
        reasons = [
            *start_reasons,
            Reason(
                f"extension notified {_day(extension.on)}: 40th working day following receipt "
                "(complexity and volume)",
                rules.extension,
            ),
            *extended.reasons,
        ]
        if extension.on > due:
            reasons.append(
                Reason(
                    f"the extension was notified after the 20 working days ended ({_day(due)})",
                    rules.extension,
                )
            )
        effective = extended.date
        deadlines.append(
            Deadline(
                DeadlineKind.EXTENDED_RESPONSE_DUE,
                extended.date,
                Basis.STATUTE,
                tuple(reasons),
                response.on if response else None,
            )
        )

    pi = case.last(EventKind.PUBLIC_INTEREST_EXTENSION)
    if pi is not None and pi.estimate is not None:
        s17_2 = _c(Regime.FOIA, "17", "2")
        reasons = [
            Reason(
                f"public-interest extension notified {_day(pi.on)}, estimating a decision by "
                f"{_day(pi.estimate)}: such time as is reasonable",
                _c(Regime.FOIA, "10", "3"),
            ),
            Reason("the notice must give an estimate of the date", s17_2),
        ]
        if pi.on > due:
            reasons.append(
                Reason(
                    f"the s.17(2) notice came after the 20 working days ended ({_day(due)})",
                    s17_2,
                )
            )
        effective = max(effective, pi.estimate)
        deadlines.append(
            Deadline(
                DeadlineKind.EXTENDED_RESPONSE_DUE,
                pi.estimate,
                Basis.STATUTE,
                tuple(reasons),
                response.on if response else None,
            )
        )
        guidance = cal.add(due, _PI_GUIDANCE_DAYS)
        deadlines.append(
            Deadline(
                DeadlineKind.EXTENSION_GUIDANCE_LIMIT,
                guidance,
                Basis.REGULATOR_POLICY,
                (
                    Reason(
                        f"normally no more than a further {_PI_GUIDANCE_DAYS} working days after "
                        f"the response was due ({_day(due)})"
                        + (
                            f"; the estimate {_day(pi.estimate)} exceeds it"
                            if pi.estimate > guidance
                            else ""
                        ),
                        _c(Regime.FOIA, "10", "3"),
                        _PI_GUIDANCE_SOURCE,
                    ),
                ),
            )
        )

    late = 0
    if response is not None:
        late = max(0, cal.count(effective, response.on))
        status = CaseStatus.ANSWERED_LATE if late else CaseStatus.ANSWERED_ON_TIME
        deadlines.extend(_after_response(case, response.on))
    elif today > effective:
        late = cal.count(effective, today)
        status = CaseStatus.OPEN_OVERDUE if late else CaseStatus.OPEN_ON_TIME
        if case.regime.is_scottish:
            deadlines.append(_review_window(case, effective, "the period for response ended"))
    else:
        status = CaseStatus.OPEN_ON_TIME
    deadlines.sort(key=lambda d: (d.date, list(DeadlineKind).index(d.kind)))
    return Timeline(today, status, tuple(deadlines), tuple(pauses), late)


def _period(
    case: Case,
    kind: DeadlineKind,
    start: dt.date,
    spec: tuple[int, Basis, Citation | None, str | None],
    what: str,
    met_on: dt.date | None = None,
) -> Deadline:
    n, basis, citation, source = spec
    count = _count_days(case, start, n)
    head = Reason(f"{what} {_day(start)}: {_ordinal(n)} working day following", citation, source)
    return Deadline(kind, count.date, basis, (head, *count.reasons), met_on)


def _review_window(case: Case, start: dt.date, what: str) -> Deadline:
    rules = RULES[case.regime]
    requested = case.first(EventKind.INTERNAL_REVIEW_REQUESTED)
    return _period(
        case,
        DeadlineKind.REVIEW_REQUEST_WINDOW,
        start,
        rules.review_window,
        what,
        requested.on if requested else None,
    )


def _after_response(case: Case, sent: dt.date) -> list[Deadline]:
    rules = RULES[case.regime]
    out = [_review_window(case, sent, "response sent")]
    requested = case.first(EventKind.INTERNAL_REVIEW_REQUESTED)
    decided = case.first(EventKind.INTERNAL_REVIEW_DECIDED)
    review_due: Deadline | None = None
    if requested is not None:
        review_due = _period(
            case,
            DeadlineKind.REVIEW_RESPONSE_DUE,
            requested.on,
            rules.review_response,
            "internal review requested",
            decided.on if decided else None,
        )
        out.append(review_due)
        if rules.review_limit is not None:
            out.append(
                _period(
                    case,
                    DeadlineKind.REVIEW_RESPONSE_LIMIT,
                    requested.on,
                    rules.review_limit,
                    "internal review requested (exceptional cases)",
                    decided.on if decided else None,
                )
            )
    complaint = case.first(EventKind.COMMISSIONER_COMPLAINT)
    complained = complaint.on if complaint else None
    if decided is not None:
        if case.regime.is_scottish:
            end = decided.on + relativedelta(months=6)
            out.append(
                Deadline(
                    DeadlineKind.COMMISSIONER_COMPLAINT_WINDOW,
                    end,
                    Basis.STATUTE,
                    (
                        Reason(
                            f"review decided {_day(decided.on)}: application to the Scottish "
                            "Information Commissioner within six months",
                            rules.complaint,
                        ),
                    ),
                    complained,
                )
            )
        else:
            end = decided.on + relativedelta(weeks=_ICO_COMPLAINT_WEEKS)
            out.append(
                Deadline(
                    DeadlineKind.COMMISSIONER_COMPLAINT_WINDOW,
                    end,
                    Basis.REGULATOR_POLICY,
                    (
                        Reason(
                            f"review decided {_day(decided.on)}: complaint to the Information "
                            f"Commissioner within {_ICO_COMPLAINT_WEEKS} weeks",
                            rules.complaint,
                            _ICO_COMPLAINT_SOURCE,
                        ),
                    ),
                    complained,
                )
            )
    elif review_due is not None and case.regime.is_scottish:
        end = review_due.date + relativedelta(months=6)
        out.append(
            Deadline(
                DeadlineKind.COMMISSIONER_COMPLAINT_WINDOW,
                end,
                Basis.STATUTE,
                (
                    Reason(
                        f"no review decision by {_day(review_due.date)}: application within six "
                        "months of the end of the review period",
                        rules.complaint,
                    ),
                ),
                complained,
            )
        )
    notice = case.first(EventKind.DECISION_NOTICE)
    if notice is not None:
        appeal = case.first(EventKind.APPEAL_LODGED)
        out.append(
            Deadline(
                DeadlineKind.APPEAL_WINDOW,
                notice.on + dt.timedelta(days=rules.appeal_days),
                Basis.STATUTE,
                (
                    Reason(
                        f"decision notice sent {_day(notice.on)}: {rules.appeal_days} days",
                        rules.appeal,
                        rules.appeal_source,
                    ),
                ),
                appeal.on if appeal else None,
            )
        )
    return out
