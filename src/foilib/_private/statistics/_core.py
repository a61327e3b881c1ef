"""Periods, bases, declared percentages, Wilson intervals, case facts and mergeable tallies."""

from __future__ import annotations

import datetime as dt
import enum
import math
import re
from collections import Counter
from collections.abc import Callable, Iterable, Mapping

import attrs

from ..clock import Case, CaseStatus, EventKind, _dates_and_status
from ..errors import ArgumentError, ArgumentTypeError, FoilibError
from ..model import Disposition, Response
from ..regimes import Regime
from ..workdays import working_day_calendar
from ._rules import MINIMUM_N, THRESHOLDS, Timeliness

__all__ = [
    "CaseFacts",
    "CountBasis",
    "Period",
    "Proportion",
    "StatisticsError",
    "Tally",
    "case_facts",
    "check_as_of",
    "parse_number",
    "wilson_interval",
]


class StatisticsError(FoilibError, ValueError):
    """A statistic could not be computed: an identity broke, or a record was unusable."""


class CountBasis(enum.Enum):
    """Which requests a figure counts.

    COHORT: requests *received* in the period, each in its state on ``as_of`` (the
    Cabinet Office return, R004). FLOW: *events* in the period (responses sent, cases
    open at its end), whenever received (the SIC return, the ICO calculator).
    """

    COHORT = "cohort"
    FLOW = "flow"


def _check_date(name: str, value: object) -> dt.date:
    if type(value) is not dt.date:
        raise ArgumentTypeError(name, value, "a datetime.date (not a datetime)")
    return value


@attrs.frozen(slots=True)
class Period:
    """An inclusive range of days with a label ("Q1 2025", "2025/26", ...).

    Build one with :meth:`calendar_quarter`, :meth:`financial_quarter`,
    :meth:`calendar_year`, :meth:`financial_year` or :meth:`between`.
    """

    start: dt.date
    end: dt.date
    label: str

    def __attrs_post_init__(self) -> None:
        _check_date("start", self.start)
        _check_date("end", self.end)
        if self.end < self.start:
            raise ArgumentError("end", self.end, f"a date on or after start ({self.start})")
        if not isinstance(self.label, str):
            raise ArgumentTypeError("label", self.label, "a str")
        span = _named_span(self.label)
        if span is not None and span != (self.start, self.end):
            raise ArgumentError(
                "label",
                self.label,
                f"a label of the real span {self.start.isoformat()} to {self.end.isoformat()} "
                f"({self.label!r} names {span[0].isoformat()} to {span[1].isoformat()})",
            )

    @property
    def is_named(self) -> bool:
        """True when :attr:`label` names a whole quarter, year or month (``"Q1 2025"``,
        ``"2025/26 Q1"``, ``"2025"``, ``"2025/26"``, ``"Jan 2025"``), not a range of dates."""
        return _named_span(self.label) is not None

    def __contains__(self, day: object) -> bool:
        return isinstance(day, dt.date) and self.start <= day <= self.end

    @classmethod
    def calendar_quarter(cls, year: int, quarter: int) -> Period:
        """Quarter 1 is January to March. Label ``"Q1 2025"`` (the CO CSV's form).
        Raises :class:`~foilib.ArgumentTypeError` / :class:`~foilib.ArgumentError`."""
        _check_year(year)
        _check_quarter(quarter)
        start = dt.date(year, 3 * quarter - 2, 1)
        return cls(start, _month_end(year, 3 * quarter), f"Q{quarter} {year}")

    @classmethod
    def financial_quarter(cls, year: int, quarter: int) -> Period:
        """Quarter 1 of financial year ``year`` is April to June ``year``. Label
        ``"2025/26 Q1"`` (the SIC's quarters)."""
        _check_year(year)
        _check_quarter(quarter)
        month = 3 * quarter + 1
        y = year + (month > 12)
        month = (month - 1) % 12 + 1
        end_month = month + 2
        return cls(
            dt.date(y, month, 1),
            _month_end(y, end_month),
            f"{year}/{(year + 1) % 100:02d} Q{quarter}",
        )

    @classmethod
    def calendar_year(cls, year: int) -> Period:
        """1 January to 31 December. Label ``"2025"``."""
        _check_year(year)
        return cls(dt.date(year, 1, 1), dt.date(year, 12, 31), str(year))

    @classmethod
    def financial_year(cls, year: int) -> Period:
        """1 April ``year`` to 31 March ``year + 1``. Label ``"2025/26"``."""
        _check_year(year)
        return cls(dt.date(year, 4, 1), dt.date(year + 1, 3, 31), f"{year}/{(year + 1) % 100:02d}")

    @classmethod
    def between(cls, start: dt.date, end: dt.date, label: str | None = None) -> Period:
        """Any inclusive range; label defaults to ``"2025-01-01 to 2025-03-31"``."""
        _check_date("start", start)
        _check_date("end", end)
        return cls(start, end, label or f"{start.isoformat()} to {end.isoformat()}")


_MONTHS = ("Jan", "Feb", "Mar", "Apr", "May", "Jun", "Jul", "Aug", "Sep", "Oct", "Nov", "Dec")
_NAMED = re.compile(
    r"Q(?P<cq>[1-4]) (?P<cy>\d{4})|(?P<fy>\d{4})/(?P<fy2>\d{2})(?: Q(?P<fq>[1-4]))?"
    r"|(?P<y>\d{4})|(?P<mon>" + "|".join(_MONTHS) + r") (?P<my>\d{4})",
    re.ASCII,  # ASCII digits only: "٢٠٢٥" is not 2025
)


def _named_span(label: str) -> tuple[dt.date, dt.date] | None:
    """The days a label of a whole quarter, year or month names (``None`` for any other
    label): a :class:`Period` so labelled must span exactly those days, so a period clipped
    to part of a quarter can never carry the whole quarter's name."""
    m = _NAMED.fullmatch(label) if isinstance(label, str) else None
    if m is None:
        return None
    g = m.groupdict()
    if g["cq"]:
        q, y = int(g["cq"]), int(g["cy"])
        if y < dt.MINYEAR:
            return None
        return dt.date(y, 3 * q - 2, 1), _month_end(y, 3 * q)
    if g["fy"]:
        y = int(g["fy"])
        if g["fy2"] != f"{(y + 1) % 100:02d}" or not dt.MINYEAR <= y < dt.MAXYEAR - 1:
            return None
        if g["fq"]:
            q = int(g["fq"])
            month = 3 * q + 1
            yy, month = y + (month > 12), (month - 1) % 12 + 1
            return dt.date(yy, month, 1), _month_end(yy, month + 2)
        return dt.date(y, 4, 1), dt.date(y + 1, 3, 31)
    if g["y"]:
        y = int(g["y"])
        return (dt.date(y, 1, 1), dt.date(y, 12, 31)) if y >= dt.MINYEAR else None
    y = int(g["my"])
    if y < dt.MINYEAR:
        return None
    month = _MONTHS.index(g["mon"]) + 1
    return dt.date(y, month, 1), _month_end(y, month)


def check_as_of(period: Period, as_of: object, option: str = "as_of") -> dt.date:
    """``as_of`` if it is a date on or after ``period`` starts (the one check the API and
    ``foilib stats --as-of`` share). Raises :class:`~foilib.ArgumentTypeError` for a value
    that is not a ``datetime.date``; :class:`StatisticsError` for a date before the period
    starts (nothing received in the period could be counted: every figure would be 0)."""
    if not isinstance(period, Period):
        raise ArgumentTypeError("period", period, "a foilib.statistics.Period")
    day = _check_date(option.lstrip("-").replace("-", "_"), as_of)
    if day < period.start:
        raise StatisticsError(
            f"{option} {day} is before the period {period.label!r} starts "
            f"({period.start}): nothing received in it could be counted"
        )
    return day


#: A number as a statistics file writes it: an optional sign, digits with thousands
#: separators only in whole groups of three ("1,234,567"), an optional decimal part and an
#: optional "%" (a percentage, read as its number).
_NUMBER = re.compile(r"([+-]?)([0-9]{1,3}(?:,[0-9]{3})+|[0-9]+)(\.[0-9]+)?(%?)")


def parse_number(text: str) -> int | float:
    """Read one number cell, the one parser of every statistics reader: ``"1,234"`` ->
    1234, ``"12.5"`` -> 12.5, ``"33.3%"`` -> 33.3, ``"-2"`` -> -2 (surrounding spaces are
    ignored). Raises :class:`ValueError` for anything else: a comma not between whole
    groups of three digits (``"1,5"``, ``",5"``, ``"12,34"``), spaces inside (``"1 104"``),
    ``"n/a"``, ``".."``, ``"(3)"``, dashes, exponents, ``"nan"`` or ``"inf"``."""
    m = _NUMBER.fullmatch(text.strip())
    if m is None:
        raise ValueError(
            f"{text!r} is not a number (digits, with commas only between groups of three "
            'digits as in "1,234", an optional decimal part and an optional "%")'
        )
    sign, whole, frac, _ = m.groups()
    digits = sign + whole.replace(",", "")
    return float(digits + frac) if frac else int(digits)


def _check_year(year: object) -> None:
    if type(year) is not int:
        raise ArgumentTypeError("year", year, "an int year (e.g. 2025)")
    if not dt.MINYEAR <= year < dt.MAXYEAR:
        raise ArgumentError("year", year, f"a year from {dt.MINYEAR} to {dt.MAXYEAR - 1}")


def _check_quarter(quarter: object) -> None:
    if quarter not in (1, 2, 3, 4) or isinstance(quarter, bool):
        raise ArgumentError("quarter", quarter, "1, 2, 3 or 4")


def _month_end(year: int, month: int) -> dt.date:
    nxt = dt.date(year + (month == 12), month % 12 + 1, 1)
    return nxt - dt.timedelta(days=1)


# --- percentages -----------------------------------------------------------------

#: z for a two-sided 95% interval.
_Z95 = 1.959963984540054


def wilson_interval(successes: int, n: int, z: float = _Z95) -> tuple[float, float] | None:
    """Wilson score interval (no continuity correction) for ``successes`` of ``n``, as
    fractions; ``None`` when ``n`` is 0. The interval Alaveteli shows (fact sheet §4.4).

    >>> lo, hi = wilson_interval(30, 120)
    >>> round(lo * 100, 1), round(hi * 100, 1)
    (18.1, 33.4)
    """
    if n < 0 or successes < 0 or successes > n:
        raise ArgumentError("successes", successes, f"a count from 0 to n ({n})")
    if n == 0:
        return None
    p = successes / n
    z2 = z * z
    centre = (p + z2 / (2 * n)) / (1 + z2 / n)
    half = z * math.sqrt(p * (1 - p) / n + z2 / (4 * n * n)) / (1 + z2 / n)
    return max(0.0, centre - half), min(1.0, centre + half)


@attrs.frozen(slots=True)
class Proportion:
    """A declared percentage: numerator, denominator and the rounding used to show it.

    ``percent`` is ``None`` when the denominator is 0 (published as a blank cell).
    """

    numerator: int
    denominator: int
    places: int = 1
    minimum_n: int = MINIMUM_N

    @property
    def percent(self) -> float | None:
        """100 * numerator / denominator, unrounded; ``None`` on a zero denominator."""
        return None if self.denominator == 0 else 100 * self.numerator / self.denominator

    @property
    def rounded(self) -> float | None:
        """:attr:`percent` rounded half-even to :attr:`places` decimal places."""
        p = self.percent
        return None if p is None else round(p, self.places)

    @property
    def interval(self) -> tuple[float, float] | None:
        """Wilson 95% interval in percent, rounded to :attr:`places`; ``None`` on zero."""
        w = wilson_interval(self.numerator, self.denominator)
        return (
            None if w is None else (round(w[0] * 100, self.places), round(w[1] * 100, self.places))
        )

    @property
    def below_minimum_n(self) -> bool:
        """True when the denominator is under :attr:`minimum_n` (too few to compare)."""
        return self.denominator < self.minimum_n

    def band(self, scheme: str) -> str | None:
        """The band of :attr:`percent` under a threshold scheme ("ico", "ico_monitoring",
        "moj_rag"); ``None`` on a zero denominator."""
        p = self.percent
        return None if p is None else band(p, scheme)

    def __str__(self) -> str:
        r = self.rounded
        return f"{self.numerator}/{self.denominator} = " + ("n/a" if r is None else f"{r}%")


def band(percent: float, scheme: str) -> str:
    """The label of ``percent`` under a threshold scheme (data in ``THRESHOLDS``).

    >>> band(92.48, "ico"), band(84.9, "moj_rag"), band(89.9, "moj_rag")
    ('adequate', 'red', 'amber')
    """
    try:
        return THRESHOLDS[scheme].band(percent)
    except KeyError:
        raise ArgumentError("scheme", scheme, f"one of {sorted(THRESHOLDS)}") from None


# --- case facts: the one adapter to the clock ------------------------------------------


@attrs.frozen(slots=True)
class CaseFacts:
    """What the statistics need from one case on the snapshot date ``as_of``.

    Day counts are working days under the case's regime. ``due`` is the end of the basic
    period; ``extended_due`` the extended date (a PIT extension, EIR reg 7, a day the
    Commissioner specified), if any; ``pit`` is True for a public-interest extension.
    """

    ref: str
    regime: Regime
    received_on: dt.date
    timeliness: Timeliness
    due: dt.date | None
    extended_due: dt.date | None
    extended: bool
    pit: bool
    responded_on: dt.date | None
    days_taken: int | None
    days_beyond_due: int | None
    dispositions: frozenset[Disposition]
    exemptions: tuple[tuple[Regime, str, tuple[str, ...]], ...]
    review_requested_on: dt.date | None
    review_decided_on: dt.date | None
    complained: bool
    has_letter: bool


_HOLD = {
    CaseStatus.AWAITING_CLARIFICATION: Timeliness.ON_HOLD,
    CaseStatus.AWAITING_FEE: Timeliness.ON_HOLD,
    CaseStatus.LAPSED: Timeliness.LAPSED,
    CaseStatus.WITHDRAWN: Timeliness.WITHDRAWN,
    CaseStatus.TRANSFERRED: Timeliness.TRANSFERRED,
}
_EXTENSIONS = (
    EventKind.PUBLIC_INTEREST_EXTENSION,
    EventKind.ENVIRONMENTAL_EXTENSION,
    EventKind.COMPLIANCE_DAY_SPECIFIED,
)
_HOLD_BY_VALUE = {status._value_: t for status, t in _HOLD.items()}
_SENT = EventKind.RESPONSE_SENT
_PIT = EventKind.PUBLIC_INTEREST_EXTENSION
_IR_REQUESTED = EventKind.INTERNAL_REVIEW_REQUESTED
_IR_DECIDED = EventKind.INTERNAL_REVIEW_DECIDED
_COMPLAINT = EventKind.COMMISSIONER_COMPLAINT
_NO_DISPOSITIONS: frozenset[Disposition] = frozenset()


#: Members the hot path compares against, bound once (on Python 3.11 reading a member
#: from its class goes through ``EnumType.__getattr__``, 5x a global).
_CS_ANSWERED_LATE = CaseStatus.ANSWERED_LATE
_CS_OPEN_OVERDUE = CaseStatus.OPEN_OVERDUE
_T_ANSWERED_NO_LETTER = Timeliness.ANSWERED_NO_LETTER
_T_EXTENDED_IN_TIME = Timeliness.EXTENDED_IN_TIME
_T_EXTENDED_LATE = Timeliness.EXTENDED_LATE
_T_LATE = Timeliness.LATE
_T_MET = Timeliness.MET
_T_OPEN_NOT_DUE = Timeliness.OPEN_NOT_DUE
_T_OPEN_NOT_DUE_EXTENDED = Timeliness.OPEN_NOT_DUE_EXTENDED
_T_OPEN_OVERDUE = Timeliness.OPEN_OVERDUE
_T_TRANSFERRED = Timeliness.TRANSFERRED


def case_facts(case: Case, response: Response | None, as_of: dt.date) -> CaseFacts:
    """Read one case (and its final response letter) as it stood on ``as_of``.

    This is the only function in :mod:`foilib.statistics` that reads the clock's case API
    (``Case.events`` and the clock's status and response dates, through the clock's
    dates-only path, which gives exactly what ``Case.timeline`` gives); events and a
    letter dated after ``as_of`` are ignored, so a snapshot never sees the future. Raises
    :class:`StatisticsError` for a case received after ``as_of``.
    """
    received = case.received_on
    if received > as_of:
        raise StatisticsError(f"case received {received}, after as_of {as_of}")
    events = case.events
    if events[-1].on > as_of:
        case = attrs.evolve(case, events=tuple(e for e in events if e.on <= as_of))
        events = case.events
    if response is not None and response.sent_on is not None and response.sent_on > as_of:
        response = None
    if type(as_of) is not dt.date:  # as Case.timeline checks its ``today``
        raise ArgumentTypeError("today", as_of, "a datetime.date (not a datetime)")
    status, due, extended_due = _dates_and_status(case, as_of)
    # One pass over the events: the first response, the last review request and decision.
    sent = ir_req = ir_dec = None
    has_extension = pit_event = complained = False
    for e in events:
        k = e.kind
        if k is _SENT:
            if sent is None:
                sent = e
        elif k is _PIT:
            has_extension = pit_event = True
        elif k in _EXTENSIONS:
            has_extension = True
        elif k is _IR_REQUESTED:
            ir_req = e
        elif k is _IR_DECIDED:
            ir_dec = e
        elif k is _COMPLAINT:
            complained = True
    extended = has_extension and extended_due is not None
    responded = sent.on if sent is not None else None
    cal = working_day_calendar(case.regime)
    t = _HOLD_BY_VALUE.get(status._value_)  # str hashes are cached, Enum hashes are not
    if t is not None:
        pass
    elif responded is not None:
        late = status is _CS_ANSWERED_LATE
        if extended:
            t = (
                _T_EXTENDED_LATE
                if late
                else (_T_MET if due is not None and responded <= due else _T_EXTENDED_IN_TIME)
            )
        else:
            t = _T_LATE if late else _T_MET
        if response is None:
            t = _T_ANSWERED_NO_LETTER if t is not _T_TRANSFERRED else t
    elif status is _CS_OPEN_OVERDUE:
        t = _T_OPEN_OVERDUE
    else:
        t = _T_OPEN_NOT_DUE_EXTENDED if extended else _T_OPEN_NOT_DUE
    dispositions: frozenset[Disposition] = _NO_DISPOSITIONS
    exemptions: list[tuple[Regime, str, tuple[str, ...]]] = []
    if response is not None:
        dispositions = frozenset([a.disposition for a in response.answers])
        for claim in response.exemption_claims:
            c = claim.citation
            if c is not None and (c.regime, c.section, c.path) not in exemptions:
                exemptions.append((c.regime, c.section, c.path))
    ref = case.request.reference or (response.reference if response else None)
    return CaseFacts(
        ref or f"unreferenced {received.isoformat()}",
        case.regime,
        received,
        t,
        due,
        extended_due,
        extended,
        extended and pit_event,
        responded,
        cal.count(received, responded) if responded is not None else None,
        max(0, cal.count(due, responded)) if responded is not None and due is not None else None,
        dispositions,
        tuple(exemptions),
        ir_req.on if ir_req is not None else None,
        ir_dec.on if ir_dec is not None else None,
        complained,
        response is not None,
    )


# --- mergeable tallies -----------------------------------------------------------

#: Warnings a bounded tally keeps (the first by case reference); all are counted.
WARNINGS_KEPT = 1000
#: The count line holding the number of warnings.
WARNINGS = "warnings"


@attrs.define(slots=True)
class Tally:
    """Counts per line, optionally the case references behind each, and histograms of
    day counts. Tallies of disjoint partitions merge (:meth:`merge`) to exactly the
    single-pass tally; memory is bounded when ``keep_refs`` is False.
    """

    keep_refs: bool = True
    counts: Counter[str] = attrs.field(factory=Counter)
    refs: dict[str, list[tuple[str, str]]] = attrs.field(factory=dict)
    histograms: dict[str, Counter[int]] = attrs.field(factory=dict)
    warnings: list[tuple[str, str]] = attrs.field(factory=list)

    def add(self, line: str, ref: str, why: str) -> None:
        self.counts[line] += 1
        if self.keep_refs:
            self.refs.setdefault(line, []).append((ref, why))

    def observe(self, name: str, value: int) -> None:
        hist = self.histograms.get(name)
        if hist is None:
            hist = self.histograms[name] = Counter()
        hist[value] += 1

    def warn(self, ref: str, message: str) -> None:
        self.warnings.append((ref, message))
        self.counts[WARNINGS] += 1
        if not self.keep_refs and len(self.warnings) > 2 * WARNINGS_KEPT:
            self.warnings = sorted(self.warnings)[:WARNINGS_KEPT]

    def merge(self, other: Tally) -> Tally:
        """A new tally holding both (neither input changes)."""
        out = Tally(keep_refs=self.keep_refs and other.keep_refs)
        out.counts = self.counts + other.counts
        if out.keep_refs:
            for src in (self.refs, other.refs):
                for line, items in src.items():
                    out.refs.setdefault(line, []).extend(items)
        for src_h in (self.histograms, other.histograms):
            for name, hist in src_h.items():
                out.histograms.setdefault(name, Counter()).update(hist)
        out.warnings = [*self.warnings, *other.warnings]
        if not out.keep_refs and len(out.warnings) > WARNINGS_KEPT:
            out.warnings = sorted(out.warnings)[:WARNINGS_KEPT]
        return out

    def kept_warnings(self) -> tuple[tuple[str, str], ...]:
        """The warnings, sorted; without refs only the first :data:`WARNINGS_KEPT` (by
        reference) are kept, and ``counts[WARNINGS]`` has how many there were in all."""
        kept = sorted(self.warnings)
        return tuple(kept if self.keep_refs else kept[:WARNINGS_KEPT])

    def canonical(self) -> Mapping[str, object]:
        """A deterministic plain form (sorted), for comparing tallies."""
        return {
            "counts": dict(sorted((k, v) for k, v in self.counts.items() if v)),
            "refs": {k: sorted(v) for k, v in sorted(self.refs.items())},
            "histograms": {
                k: dict(sorted((d, c) for d, c in h.items() if c))
                for k, h in sorted(self.histograms.items())
            },
            "warnings": list(self.kept_warnings()),
        }


def median_mean(hist: Counter[int]) -> tuple[float | None, float | None]:
    """Median and mean of the values in a histogram (``None`` when empty)."""
    n = sum(hist.values())
    if n == 0:
        return None, None
    values = sorted(hist.items())
    mean = sum(v * c for v, c in values) / n

    def nth(k: int) -> int:
        seen = 0
        for v, c in values:
            seen += c
            if seen > k:
                return v
        raise AssertionError

    median = nth(n // 2) if n % 2 else (nth(n // 2 - 1) + nth(n // 2)) / 2
    return float(median), mean


def pair_mismatch(case: Case, response: Response) -> str | None:
    """Why ``response`` cannot be the answer to ``case`` (``None`` when it can): the request
    references differ (both given), the request's received dates differ (both given), or the
    letter was sent before the case was received."""
    mine, theirs = case.request, response.request
    if mine is theirs:
        return (
            None
            if response.sent_on is None or response.sent_on >= case.received_on
            else (
                f"response sent {response.sent_on.isoformat()}, before the request was received "
                f"({case.received_on.isoformat()})"
            )
        )
    if (
        mine.reference is not None
        and theirs.reference is not None
        and mine.reference != theirs.reference
    ):
        return f"response answers request {theirs.reference!r}, not the case's {mine.reference!r}"
    if theirs.received_on is not None and theirs.received_on != case.received_on:
        return (
            f"response's request was received {theirs.received_on.isoformat()}, the case's "
            f"on {case.received_on.isoformat()}"
        )
    if response.sent_on is not None and response.sent_on < case.received_on:
        return (
            f"response sent {response.sent_on.isoformat()}, before the request was received "
            f"({case.received_on.isoformat()})"
        )
    return None


def iter_pairs(
    records: Iterable[object],
    tally: Tally | Callable[[Case], Tally | None] | None = None,
    *,
    strict: bool = False,
) -> Iterable[tuple[Case, Response | None]]:
    """Check each record is a ``(case, response_or_None)`` pair whose response answers the
    case (:func:`pair_mismatch`). A mismatched pair is never counted: with ``strict`` it
    raises :class:`StatisticsError`; otherwise it is warned about in ``tally`` (when given)
    and skipped (``tally`` may be a function choosing the tally from the case).

    Raises:
        ArgumentTypeError: a record is not such a pair.
        StatisticsError: ``strict`` and a pair is mismatched.
    """
    for i, rec in enumerate(records):
        if (
            not isinstance(rec, tuple)
            or len(rec) != 2
            or not isinstance(rec[0], Case)
            or not (rec[1] is None or isinstance(rec[1], Response))
        ):
            raise ArgumentTypeError(
                f"records[{i}]", rec, "a (foilib.Case, foilib.Response or None) pair"
            )
        case, response = rec
        if response is not None:
            why = pair_mismatch(case, response)
            if why is not None:
                ref = case.request.reference or f"records[{i}]"
                if strict:
                    raise StatisticsError(f"records[{i}] ({ref}): mismatched pair: {why}")
                into = tally(case) if callable(tally) else tally
                if into is not None:
                    into.warn(ref, f"mismatched (case, response) pair, not counted: {why}")
                continue
        yield case, response
