"""The shapes of the law data: periods, the Commissioner, the working-day definition.

Engines (calendar, clock, checks, render, CLI) read these values from the regime modules
(:mod:`.foia`, :mod:`.eir`, :mod:`.foisa`, :mod:`.eisr`) through :func:`foilib.law.law`; they
hold no statutory number or citation of their own.
"""

from __future__ import annotations

import datetime as dt
import enum

import attrs
from dateutil.relativedelta import relativedelta

from ..citation import Citation
from ..regimes import Division

__all__ = [
    "Basis",
    "Commissioner",
    "DayUnit",
    "LetterCheck",
    "LetterChecks",
    "Letters",
    "MonthRule",
    "Period",
    "WorkingDayDefinition",
]


class Basis(enum.Enum):
    """Where a rule (and so a deadline) comes from."""

    STATUTE = "statute"
    CODE_OF_PRACTICE = "code_of_practice"
    REGULATOR_POLICY = "regulator_policy"


class DayUnit(enum.Enum):
    """How a period is counted."""

    #: Working days as the regime defines them (FOIA s.10(6), FOISA s.73, ...).
    WORKING_DAYS = "working_days"
    #: Calendar days (every day counts).
    CALENDAR_DAYS = "calendar_days"
    #: Calendar weeks.
    WEEKS = "weeks"
    #: Calendar months (dateutil relativedelta arithmetic).
    MONTHS = "months"
    #: School days (SI 2004/3364 reg 3(3)).
    SCHOOL_DAYS = "school_days"


class MonthRule(enum.Enum):
    """How a period of calendar months is reckoned from a day, by the statute's words.

    The corresponding date rule (Dodds v Walker [1981] 1 WLR 1027, HL; the Interpretation
    Act 1978 and the Interpretation and Legislative Reform (Scotland) Act 2010 define a
    "month" as a calendar month): the period ends on the day in the last month with the same
    number as the starting day, or, if that month has no such day, on its last day.
    """

    #: "n months beginning with" day D (FOIA s.9(2)): D counts as the first day, so the
    #: period ends the day BEFORE the corresponding date, or, if the last month has no
    #: corresponding date, on its last day (30 Nov + 3 months -> 28 Feb, not 27 Feb).
    BEGINNING_WITH = "beginning_with"
    #: "n months after" day D (FOISA s.47(4)): D is excluded, so the period ends ON the
    #: corresponding date, or on the last day of the month if it has none.
    AFTER = "after"

    def end(self, start: dt.date, months: int) -> dt.date:
        """The last day of a period of ``months`` calendar months reckoned from ``start``."""
        clamped: dt.date = start + relativedelta(months=months)
        if self is MonthRule.AFTER:
            return clamped
        if clamped.day != start.day:  # no corresponding date: the last day of that month
            return clamped
        return clamped - dt.timedelta(days=1)


@attrs.frozen(slots=True)
class Period:
    """A period of time the law (or a code, or a regulator) allows for one step.

    ``length`` counted in ``unit``; ``basis`` is the kind of rule (statute, code of practice
    or regulator policy); ``citation`` is the catalogue provision that sets it (``None``
    when no provision of the four regimes does, e.g. a tribunal rule), ``source`` is text
    naming any other instrument or document (never a provision of the four regimes);
    ``since`` is the day the rule took effect.
    """

    name: str
    length: int
    unit: DayUnit
    basis: Basis
    citation: Citation | None
    source: str | None = None
    since: dt.date | None = None
    note: str | None = None
    #: for a period in MONTHS: how the statute's words reckon it ("beginning with" a day,
    #: or "after" it); required for MONTHS, ``None`` otherwise
    month_rule: MonthRule | None = None


@attrs.frozen(slots=True)
class Commissioner:
    """The regulator a requester may apply to, and the provision that gives the right."""

    name: str
    address: tuple[str, ...]
    website: str
    #: The provision giving the requester the right to apply (FOIA s.50(1), FOISA s.47(1)).
    right_to_apply: Citation
    #: For regulations that borrow the right from an Act (EIR reg 18, EISR reg 17).
    applied_by: Citation | None = None


@attrs.frozen(slots=True)
class WorkingDayDefinition:
    """What a working day is under one regime.

    A working day is any day other than a Saturday, a Sunday, a day in ``named_days``
    (``"christmas_day"``, ``"good_friday"``) or a bank holiday under the Banking and
    Financial Dealings Act 1971 in one of ``divisions``.
    """

    citation: Citation
    named_days: tuple[str, ...]
    divisions: tuple[Division, ...]
    #: For regulations that borrow the definition (EIR reg 2(1) borrows FOIA s.10(6)).
    borrowed_from: Citation | None = None
    source: str | None = None


@attrs.frozen(slots=True)
class LetterCheck:
    """One requirement a regime's letters are checked against, as data.

    ``code`` is the finding code :func:`foilib.checks.check` emits when a letter misses the
    requirement (a row of the check registry); ``citation`` is the provision of this regime
    the finding cites; ``source`` is where that provision (and the choice of code) comes
    from: a legislation.gov.uk address or a named document, "unverified" where it is.
    """

    code: str
    citation: Citation
    source: str


@attrs.frozen(slots=True)
class LetterChecks:
    """Which finding code (and provision) each check emits under one regime.

    One field per requirement the check engine tests; ``None`` where the regime has no such
    requirement, or where foilib does not check it under that regime (the comment on the
    value in the regime module says which).
    """

    #: The notice states that it refuses (FOIA s.17(1)(a)).
    refusal_statement: LetterCheck | None
    #: The notice specifies the exemption (exception) relied on, for each withheld part.
    specify_exemption: LetterCheck
    #: An exemption claimed with no reasons why it applies.
    reasons: LetterCheck
    #: A qualified exemption (exception) with no public interest test.
    public_interest_test: LetterCheck
    #: A public interest conclusion with no reasons for maintaining the exemption.
    public_interest_reasons: LetterCheck | None
    #: A refusal on cost or a vexatious or repeated request without a notice relying on it.
    ground_notice: LetterCheck | None
    #: A cost refusal without advice and assistance.
    advice_and_assistance: LetterCheck
    #: No particulars of the review (complaints, representations) procedure.
    review_particulars: LetterCheck
    #: No particulars of the right to apply to the Commissioner.
    commissioner_particulars: LetterCheck
    #: Information not held, with no notice saying so (FOISA s.17(1)).
    not_held_notice: LetterCheck | None
    #: The partner regime's cost or vexatious ground relied on (FOIA s.12 in an EIR letter).
    partner_grounds: LetterCheck | None
    #: An exception of the environmental regulations relied on in a letter under this Act.
    environmental_exception: LetterCheck | None
    #: An extension notice without an estimate of when the decision will come.
    extension_estimate: LetterCheck | None
    #: An extension notice sent after the time for compliance.
    extension_late: LetterCheck | None
    #: A vexatious or repeated refusal without its notice, where the law gives it a
    #: provision of its own (FOISA s.16(5)); ``None``: ``ground_notice`` covers it.
    vexatious_notice: LetterCheck | None = None


@attrs.frozen(slots=True)
class Letters:
    """What the law requires of one regime's letters: the provisions checks and render read.

    Each field is the provision that imposes one requirement (or, for the grounds, the
    provision a letter relies on). ``None`` where the regime has no such rule (FOISA has no
    public-interest extension of time). ``cost_wording`` is how render names a refusal on
    the regime's cost ground, in the regime's own terms.
    """

    #: The duty to answer each part of a request (confirm or deny, and communicate).
    duty_to_answer: Citation
    #: A notice stating that the request (or part of it) is refused.
    refusal_statement: Citation
    #: The notice must specify the exemption (exception) relied on.
    specify_exemption: Citation
    #: The notice must say why the exemption applies.
    reasons: Citation
    #: The public interest test itself (where the balance is required).
    public_interest_test: Citation
    #: The notice must give the public interest reasons (or matters considered).
    public_interest_reasons: Citation
    #: Which exemptions are absolute (no public interest test).
    absolute_exemptions: Citation
    #: A notice for a refusal on the cost, vexatious or repeated grounds.
    ground_notice: Citation
    #: The ground for a refusal on cost.
    cost_ground: Citation
    #: The ground for a vexatious (manifestly unreasonable) request.
    vexatious_ground: Citation
    #: The ground for a repeated request.
    repeated_ground: Citation
    #: What "not held" is under this regime (a duty answered, or an exception).
    not_held: Citation
    #: A notice that the information is not held, where the regime requires one.
    not_held_notice: Citation | None
    #: The exclusion of the duty to confirm or deny.
    ncnd: Citation
    #: Particulars of the internal review (complaints, representations) procedure.
    review_particulars: Citation
    #: Particulars of the right to apply to the Commissioner.
    commissioner_particulars: Citation
    #: The right to require a review (statute) or the code that provides it.
    review_right: Citation
    #: The duty to advise and assist.
    advice_and_assistance: Citation
    #: A request for clarification (further information to identify the information).
    clarification: Citation
    #: A fees notice.
    fees_notice: Citation
    #: A notice extending the time for compliance (public interest or complexity).
    extension_notice: Citation | None
    #: The extension of time itself (s.10(3), reg 7(1)).
    extension: Citation | None
    #: The provision that sends information of another regime elsewhere (FOIA s.39).
    other_regime: Citation
    #: How render names a refusal on the cost ground.
    cost_wording: str
    #: The regime's standard words for the review particulars (fill_particulars).
    review_wording: str
    #: The regime's standard words for the Commissioner particulars (fill_particulars).
    commissioner_wording: str
    #: The regulations' or Act's words for a ground-refusal, for messages.
    ground_words: str
    #: The finding code and provision of each check under this regime (checks read these).
    checks: LetterChecks
    source: str = ""
