"""The request/response model: typed, immutable value objects for FOI letters.

Every class is an ``attrs`` frozen, slotted class whose validators reject bad
values at construction with a :class:`foilib.ValidationError` (or its
``TypeError`` twin :class:`foilib.FieldTypeError`). Text taken from a letter is
kept verbatim: nothing is stripped, re-cased or re-wrapped.
"""

from __future__ import annotations

import datetime as dt
import enum
import re
import warnings
from collections.abc import Iterator
from typing import TYPE_CHECKING, Any

import attrs
from dateutil import tz

from .citation import Citation
from .convenience import accept_values
from .reprs import short_repr

if TYPE_CHECKING:
    from .catalogue import Provision
from .errors import FieldTypeError, ValidationError
from .regimes import Regime
from .validate import (
    Validator,
    aware_datetime,
    boolean,
    date_only,
    enum_member,
    instance,
    label,
    optional,
    repeated,
    tuple_of,
    visible,
)
from .validate import (
    text as is_text,
)

__all__ = [
    "Answer",
    "Attachment",
    "Authority",
    "Channel",
    "CitedProvision",
    "Contact",
    "Definition",
    "Disposition",
    "ExemptionClaim",
    "Fee",
    "LetterKind",
    "Licence",
    "PartialDate",
    "Passage",
    "PassageKind",
    "Provenance",
    "PublicInterest",
    "RefusalNotice",
    "Request",
    "RequestPart",
    "Requester",
    "Response",
    "ReuseLicence",
    "Rights",
]

#: The time zone in which receipt times are read (FOIA and FOISA count UK days).
LONDON = tz.gettz("Europe/London")

_opt_text = optional(is_text())
_opt_date = optional(date_only)


class Channel(enum.Enum):
    """How a request reached the authority (FOIA s.8(2): email and web forms count
    as writing if legible and capable of later reference; EIR requests may be oral)."""

    EMAIL = "email"
    POST = "post"
    WEB_FORM = "web_form"
    WHATDOTHEYKNOW = "whatdotheyknow"
    SOCIAL_MEDIA = "social_media"
    IN_PERSON = "in_person"
    TELEPHONE = "telephone"
    OTHER = "other"


class Disposition(enum.Enum):
    """What an answer did with the part(s) it answers, with its statutory basis.

    The basis of each member is in :attr:`basis`.
    """

    PROVIDED = "provided"
    PROVIDED_IN_PART = "provided_in_part"
    NOT_HELD = "not_held"
    WITHHELD = "withheld"
    NEITHER_CONFIRMED_NOR_DENIED = "neither_confirmed_nor_denied"
    REFUSED_COST = "refused_cost"
    REFUSED_VEXATIOUS = "refused_vexatious"
    REFUSED_REPEATED = "refused_repeated"
    ACCESSIBLE_ELSEWHERE = "accessible_elsewhere"
    TRANSFERRED = "transferred"
    ADVICE_AND_ASSISTANCE = "advice_and_assistance"
    AWAITING_CLARIFICATION = "awaiting_clarification"
    #: Under the EIR and EISR: manifestly unreasonable (which covers cost and vexatious requests).
    REFUSED_MANIFESTLY_UNREASONABLE = "refused_manifestly_unreasonable"
    #: Held, and the decision on disclosure is pending (an extension letter that confirms
    #: the information is held while the public interest is considered).
    HELD_DECISION_PENDING = "held_decision_pending"

    @property
    def explanation(self) -> str:
        """What this disposition is in law, in words, with the provisions of each regime.

        Returns:
            one line of prose (``"FOIA s.1(1)(a): the authority states that it does not
            hold the information ..."``), for people; the checks read the law data.
        """
        return _DISPOSITION_BASIS[self]

    @property
    def basis(self) -> str:
        """Deprecated alias of :attr:`explanation` (``basis`` in foilib means the kind of
        rule, :class:`foilib.Basis`).

        Returns:
            :attr:`explanation`.

        Warns:
            DeprecationWarning: always (the old name is deprecated).
        """
        warnings.warn(
            "Disposition.basis is deprecated: use Disposition.explanation (the same prose); "
            "'basis' in foilib means the kind of rule (foilib.Basis)",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.explanation

    @property
    def is_refusal(self) -> bool:
        """True when the answer refuses information on a ground the Act treats as a
        refusal (an exemption, NCND, s.12 or s.14): FOIA s.17 applies."""
        return self in _REFUSALS


_DISPOSITION_BASIS = {
    Disposition.PROVIDED: "FOIA s.1(1)(a)-(b): held, confirmed and communicated in full "
    "(EIR reg 5(1); FOISA s.1(1)).",
    Disposition.PROVIDED_IN_PART: "FOIA s.1(1)(b) with an exemption for the rest (s.17(1)); "
    "EIR reg 12(11) (the rest excepted); FOISA s.1(1) with s.16.",
    Disposition.NOT_HELD: "FOIA s.1(1)(a): the authority states that it does not hold the "
    "information (not an exemption); EIR reg 12(4)(a) (an exception); FOISA s.17 notice.",
    Disposition.WITHHELD: "An exemption in FOIA Part II (ss.21-44) with a s.17(1) notice; "
    "an EIR reg 12/13 exception with a reg 14 notice; FOISA Part 2 with a s.16 notice.",
    Disposition.NEITHER_CONFIRMED_NOR_DENIED: "The duty to confirm or deny (FOIA s.1(1)(a)) "
    "excluded by an exemption's own NCND clause (e.g. s.40(5B)); EIR reg 12(6); FOISA s.18.",
    Disposition.REFUSED_COST: "FOIA s.12: the cost of compliance would exceed the appropriate "
    "limit (SI 2004/3244); notice under s.17(5); FOISA s.12; under the EIR, reg 12(4)(b).",
    Disposition.REFUSED_VEXATIOUS: "FOIA s.14(1): a vexatious request (notice under s.17(5)); "
    "FOISA s.14(1); under the EIR, reg 12(4)(b) manifestly unreasonable.",
    Disposition.REFUSED_REPEATED: "FOIA s.14(2): a repeated request (notice under s.17(5)); "
    "FOISA s.14(2).",
    Disposition.ACCESSIBLE_ELSEWHERE: "FOIA s.21: reasonably accessible to the applicant by "
    "other means (an absolute exemption); FOISA s.25; EIR reg 6(1)(b).",
    Disposition.TRANSFERRED: "Transferred to, or referred to, another authority that holds "
    "it: FOIA s.45 code of practice; EIR reg 10; FOISA s.60 code.",
    Disposition.ADVICE_AND_ASSISTANCE: "Advice and assistance instead of information: "
    "FOIA s.16; EIR reg 9; FOISA s.15.",
    Disposition.AWAITING_CLARIFICATION: "Further information needed to identify and locate "
    "the information: FOIA s.1(3); EIR reg 9(2); FOISA s.1(3).",
    Disposition.REFUSED_MANIFESTLY_UNREASONABLE: "EIR reg 12(4)(b); EISR reg 10(4)(b): a "
    "manifestly unreasonable request (covers cost and vexatious requests; the public interest "
    "test applies). Not FOIA s.12.",
    Disposition.HELD_DECISION_PENDING: "Held (FOIA s.1(1)(a) confirmed), the decision on "
    "communicating it deferred: FOIA s.10(3) with a s.17(2) notice; EIR reg 7(1).",
}

_REFUSALS = frozenset(
    {
        Disposition.WITHHELD,
        Disposition.PROVIDED_IN_PART,
        Disposition.NEITHER_CONFIRMED_NOR_DENIED,
        Disposition.REFUSED_COST,
        Disposition.REFUSED_VEXATIOUS,
        Disposition.REFUSED_REPEATED,
        Disposition.ACCESSIBLE_ELSEWHERE,
        Disposition.REFUSED_MANIFESTLY_UNREASONABLE,
    }
)


class LetterKind(enum.Enum):
    """What the letter is, in the life of a request."""

    RESPONSE = "response"
    ACKNOWLEDGEMENT = "acknowledgement"
    CLARIFICATION_REQUEST = "clarification_request"
    FEES_NOTICE = "fees_notice"
    EXTENSION_NOTICE = "extension_notice"
    TRANSFER_NOTICE = "transfer_notice"
    INTERNAL_REVIEW_ACKNOWLEDGEMENT = "internal_review_acknowledgement"
    INTERNAL_REVIEW_OUTCOME = "internal_review_outcome"
    #: An annex or appendix sent apart from its covering letter (an "explanatory annex"
    #: published on its own): it carries claims and reasons, not the letter's particulars.
    ANNEX = "annex"


class PassageKind(enum.Enum):
    """The role of a passage of a letter that no structured field holds."""

    LETTERHEAD = "letterhead"
    MARKING = "marking"
    REFERENCE = "reference"
    DATE = "date"
    SALUTATION = "salutation"
    HEADING = "heading"
    INTRODUCTION = "introduction"
    BODY = "body"
    NOTE = "note"
    SIGN_OFF = "sign_off"
    #: The addressee block (the requester's name and address as the letter heads it).
    ADDRESSEE = "addressee"
    #: A footer (the authority's registered address, a page footer, a disclaimer).
    FOOTER = "footer"
    OTHER = "other"


class Licence(enum.Enum):
    """A re-use licence named in a response."""

    OPEN_GOVERNMENT_LICENCE = "open_government_licence"
    OPEN_GOVERNMENT_LICENCE_V3 = "open_government_licence_v3"
    NON_COMMERCIAL_GOVERNMENT_LICENCE = "non_commercial_government_licence"
    CHARGED_LICENCE = "charged_licence"
    OTHER = "other"
    NONE = "none"


def _int_in(low: int, high: int) -> Validator:
    def check(inst: object, att: attrs.Attribute[Any], value: object) -> None:
        if type(value) is not int:
            raise FieldTypeError(type(inst).__name__, att.name, value, "an int")
        if not low <= value <= high:
            raise ValidationError(type(inst).__name__, att.name, value, f"an int {low}..{high}")

    check.spec = ("int", low, high)  # type: ignore[attr-defined]  # see validate.Spec
    return check


@attrs.frozen(slots=True, field_transformer=accept_values)
class PartialDate:
    """A date the letter gives only to the month or the year ("Publication date: March 2012").

    ``month`` is 1..12, or ``None`` when only the year is given. ``str()`` is the ISO 8601
    reduced form ("2012-03", "2012").

    >>> str(PartialDate(2012, 3)), PartialDate(2012, 3).contains(dt.date(2012, 3, 31))
    ('2012-03', True)
    """

    year: int = attrs.field(validator=_int_in(1900, 2199))
    month: int | None = attrs.field(default=None, validator=optional(_int_in(1, 12)))

    def __str__(self) -> str:
        return f"{self.year:04d}" if self.month is None else f"{self.year:04d}-{self.month:02d}"

    def contains(self, day: dt.date) -> bool:
        """True when ``day`` falls in this month (or year)."""
        return day.year == self.year and (self.month is None or day.month == self.month)


def _items(kind: type[object]) -> Validator:
    return tuple_of(instance(kind, f"a foilib.{kind.__name__}"), what=f"{kind.__name__}")


@attrs.frozen(slots=True, field_transformer=accept_values)
class Contact:
    """A postal, email, telephone or web contact, each line as the letter gives it.

    ``email`` and ``phone`` are the first the letter gives; ``other_emails`` and
    ``other_phones`` any further ones, in the letter's order (:attr:`emails` and
    :attr:`phones` give them all).

    >>> Contact(lines=("Internal Review", "Information Governance & Risk"),
    ...         email="info.requests@leicester.gov.uk").email
    'info.requests@leicester.gov.uk'
    """

    lines: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(is_text(), what="str"))
    email: str | None = attrs.field(default=None, validator=_opt_text)
    phone: str | None = attrs.field(default=None, validator=_opt_text)
    web: str | None = attrs.field(default=None, validator=_opt_text)
    other_emails: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_of(is_text(), unique=True, what="str")
    )
    other_phones: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_of(is_text(), unique=True, what="str")
    )

    def __attrs_post_init__(self) -> None:
        if not (self.lines or self.email or self.phone or self.web):
            raise ValidationError(
                "Contact", "lines", self.lines, "at least one of lines, email, phone or web"
            )
        if self.other_emails and self.email is None:
            raise ValidationError(
                "Contact", "other_emails", self.other_emails, "none unless email is given"
            )
        if self.other_phones and self.phone is None:
            raise ValidationError(
                "Contact", "other_phones", self.other_phones, "none unless phone is given"
            )

    @property
    def emails(self) -> tuple[str, ...]:
        """Every email address, in the letter's order."""
        return self.other_emails if self.email is None else (self.email, *self.other_emails)

    @property
    def phones(self) -> tuple[str, ...]:
        """Every telephone number, in the letter's order."""
        return self.other_phones if self.phone is None else (self.phone, *self.other_phones)


@attrs.frozen(slots=True, field_transformer=accept_values)
class Authority:
    """A public authority and the regimes it answers under.

    ``regimes`` lists every regime the authority is subject to (an English council
    answers under FOIA and the EIR). ``unit`` is the team that wrote the letter.
    """

    name: str = attrs.field(validator=is_text())
    regimes: tuple[Regime, ...] = attrs.field(
        validator=tuple_of(enum_member(Regime), nonempty=True, unique=True, what="Regime")
    )
    unit: str | None = attrs.field(default=None, validator=_opt_text)
    contact: Contact | None = attrs.field(default=None, validator=optional(instance(Contact)))
    review_contact: Contact | None = attrs.field(
        default=None, validator=optional(instance(Contact))
    )


@attrs.frozen(slots=True, field_transformer=accept_values)
class Requester:
    """The person who asked. ``name`` is ``None`` when withheld or redacted."""

    name: str | None = attrs.field(default=None, validator=_opt_text)
    contact: str | None = attrs.field(default=None, validator=_opt_text)


_PART_ITEMS: list[Validator] = []
#: How deep request parts may nest (1 = top-level parts only). Real letters use 2 or 3.
MAX_PART_DEPTH = 32


def _subparts(inst: object, att: attrs.Attribute[Any], value: object) -> None:
    if not _PART_ITEMS:
        _PART_ITEMS.append(_items(RequestPart))  # built once (RequestPart is defined below)
    _PART_ITEMS[0](inst, att, value)
    _part_shape(inst, att, value)


def _part_shape(inst: object, att: attrs.Attribute[Any], value: object) -> None:
    """Sibling labels distinct, nesting at most MAX_PART_DEPTH deep (``value`` is a tuple
    of RequestPart: :func:`_subparts` checks that first)."""
    if not value:  # most parts have no sub-parts
        return
    _unique_labels(inst, att, value)  # type: ignore[arg-type]
    level: tuple[RequestPart, ...] | list[RequestPart] = value  # type: ignore[assignment]
    depth = 1 + isinstance(inst, RequestPart)
    while level:
        if depth > MAX_PART_DEPTH:
            raise ValidationError(
                type(inst).__name__,
                att.name,
                f"parts nested {depth} or more deep",
                f"parts nested at most {MAX_PART_DEPTH} deep",
            )
        level = [child for part in level for child in part.parts]
        depth += 1


def _unique_labels(inst: object, att: attrs.Attribute[Any], parts: tuple[RequestPart, ...]) -> None:
    labels = [p.label for p in parts]
    if len(set(labels)) != len(labels):
        index = repeated(labels)
        raise ValidationError(
            type(inst).__name__,
            f"{att.name}[{index}].label",
            labels[index],
            "sibling parts with distinct labels",
        )


@attrs.frozen(slots=True, field_transformer=accept_values)
class RequestPart:
    """One numbered part (question) of a request, labelled exactly as written.

    ``label`` is the number or letter the requester used, without the punctuation
    around it ("1" for "1)", "2a", "iii"); ``parts`` holds nested sub-parts. A
    part is addressed by its *ref*: the labels from the top joined by "/"
    ("3", "3/a").

    ``restated`` is ``False`` for a part the letter refers to but does not restate
    ("Questions 1 & 2"): its ``text`` is then empty (the request's words are not in the
    letter), and answers and claims can still name it by ref.
    """

    label: str = attrs.field(validator=label)
    text: str = attrs.field(default="", validator=is_text(nonempty=False))
    parts: tuple[RequestPart, ...] = attrs.field(default=(), validator=_subparts)
    restated: bool = attrs.field(default=True, validator=boolean)

    def __attrs_post_init__(self) -> None:
        if not self.restated:
            if self.text:
                raise ValidationError(
                    "RequestPart", "text", self.text, "empty text for a part not restated"
                )
        elif not visible(self.text) and not self.parts:
            raise ValidationError("RequestPart", "text", self.text, "non-empty text (or sub-parts)")


#: see validate.Spec: a tuple of RequestPart, then the shape (which () always passes)
_part_shape.empty_ok = True  # type: ignore[attr-defined]
_subparts.spec = (  # type: ignore[attr-defined]
    "also",
    ("tuple", ("instance", RequestPart), False, False),
    _part_shape,
)


@attrs.frozen(slots=True, field_transformer=accept_values)
class Definition:
    """A definition the requester supplies: "By data analytics we mean ...".

    ``term`` and ``meaning`` are as written; ``text`` optionally keeps the whole
    sentence verbatim, and then must contain both.
    """

    term: str = attrs.field(validator=is_text())
    meaning: str = attrs.field(validator=is_text())
    text: str | None = attrs.field(default=None, validator=_opt_text)

    def __attrs_post_init__(self) -> None:
        if self.text is not None:
            for name in ("term", "meaning"):
                if getattr(self, name) not in self.text:
                    raise ValidationError(
                        "Definition", name, getattr(self, name), "words that appear in text"
                    )


def _moment(value: dt.datetime | None) -> tuple[dt.datetime, dt.timedelta | None] | None:
    """What equality of an aware datetime means here: the instant and the written offset.

    Python compares two datetimes of one zone by wall time, ignoring ``fold``, so 01:30 BST
    and 01:30 GMT on 25 Oct 2026 would be equal; and it calls any comparison across zones
    in the repeated hour unequal, so a JSON round trip (which keeps the offset, not the
    zone) would not be equal to its source.
    """
    if value is None:
        return None
    return (value.astimezone(dt.UTC), value.utcoffset())


@attrs.frozen(slots=True, field_transformer=accept_values)
class Request:
    """A request for information as the authority received it.

    ``received_on`` is the date of receipt (FOIA s.10(1), s.10(6)); ``received_at``
    optionally the moment, timezone-aware, whose date in Europe/London must be
    ``received_on``. ``text`` keeps the request's own wording verbatim (the part
    that is not a numbered part); ``parts`` are its numbered parts. ``dated_on`` is
    the request's own date as the letter gives it ("your request of 6 July 2024"),
    which may differ from the date of receipt.
    """

    reference: str | None = attrs.field(default=None, validator=_opt_text)
    received_on: dt.date | None = attrs.field(default=None, validator=_opt_date)
    received_at: dt.datetime | None = attrs.field(
        default=None, validator=optional(aware_datetime), eq=_moment
    )
    channel: Channel | None = attrs.field(default=None, validator=optional(enum_member(Channel)))
    requester: Requester | None = attrs.field(default=None, validator=optional(instance(Requester)))
    text: str | None = attrs.field(default=None, validator=_opt_text)
    parts: tuple[RequestPart, ...] = attrs.field(default=(), validator=_subparts)
    definitions: tuple[Definition, ...] = attrs.field(default=(), validator=_items(Definition))
    dated_on: dt.date | None = attrs.field(default=None, validator=_opt_date)

    def __attrs_post_init__(self) -> None:
        if (
            self.dated_on is not None
            and self.received_on is not None
            and self.dated_on > self.received_on
        ):
            raise ValidationError(
                "Request",
                "dated_on",
                self.dated_on,
                f"a date on or before the receipt ({self.received_on})",
            )
        if self.received_at is not None:
            local = self.received_at.astimezone(LONDON).date()
            if self.received_on is None or self.received_on != local:
                raise ValidationError(
                    "Request",
                    "received_on",
                    self.received_on,
                    f"{local.isoformat()}, the Europe/London date of received_at",
                )

    def iter_parts(self) -> Iterator[tuple[str, RequestPart]]:
        """Every part and sub-part, depth first, with its ref ("3", "3/a")."""
        stack: list[tuple[str, RequestPart]] = [(p.label, p) for p in reversed(self.parts)]
        while stack:
            ref, part = stack.pop()
            yield ref, part
            stack.extend((f"{ref}/{s.label}", s) for s in reversed(part.parts))

    @property
    def part_refs(self) -> tuple[str, ...]:
        """The refs of every part, in order."""
        return tuple(ref for ref, _ in self.iter_parts())

    def part(self, ref: str) -> RequestPart:
        """The part with this ref; :class:`KeyError` if there is none."""
        for r, p in self.iter_parts():
            if r == ref:
                return p
        raise KeyError(ref)


@attrs.frozen(slots=True, field_transformer=accept_values)
class Attachment:
    """A document given with the answer (by name, link or both)."""

    name: str | None = attrs.field(default=None, validator=_opt_text)
    url: str | None = attrs.field(default=None, validator=_opt_text)

    def __attrs_post_init__(self) -> None:
        if self.name is None and self.url is None:
            raise ValidationError("Attachment", "name", None, "a name or a url")


@attrs.frozen(slots=True, field_transformer=accept_values)
class Answer:
    """The authority's answer to one or more parts of a request.

    ``parts`` are the refs of the parts answered (one answer may cover several,
    as in "None in respect of Qs. 4-6"; empty when the request has no numbered
    parts). ``text`` is the answer verbatim. ``same_as`` is the ref of a part
    whose answer this one points back to ("As above."). ``regime`` is set only
    when the letter answers these parts under another regime than the response's
    own (environmental parts of a FOIA request answered under the EIR, FOIA s.39).
    """

    parts: tuple[str, ...] = attrs.field(
        validator=tuple_of(is_text(), unique=True, what="part refs")
    )
    disposition: Disposition = attrs.field(validator=enum_member(Disposition))
    text: str = attrs.field(validator=is_text())
    same_as: str | None = attrs.field(default=None, validator=_opt_text)
    attachments: tuple[Attachment, ...] = attrs.field(default=(), validator=_items(Attachment))
    regime: Regime | None = attrs.field(default=None, validator=optional(enum_member(Regime)))

    def __attrs_post_init__(self) -> None:
        if self.same_as is not None and self.same_as in self.parts:
            raise ValidationError(
                "Answer",
                "same_as",
                self.same_as,
                "the ref of another part than the ones this answer covers",
            )


@attrs.frozen(slots=True, field_transformer=accept_values)
class CitedProvision:
    """A provision as the letter writes it ("Section 17.1") and, where known,
    the structured :class:`foilib.Citation` it means."""

    as_written: str = attrs.field(validator=is_text())
    citation: Citation | None = attrs.field(default=None, validator=optional(instance(Citation)))

    @classmethod
    def parse(cls, as_written: str, regime: Regime | None = None) -> CitedProvision:
        """Keep ``as_written`` and read its citation with :func:`foilib.parse_citation`.

        >>> CitedProvision.parse("Section 17.1", Regime.FOIA).citation
        Citation(regime=<Regime.FOIA: 'foia'>, section='17', path=('1',))
        """
        from .parse import parse_citation

        return cls(as_written, parse_citation(as_written, regime))

    @property
    def provision(self) -> Provision | None:
        """The catalogue entry the citation resolves to (``None`` without a citation).

        Raises :class:`foilib.UnknownProvisionError` when the catalogue lacks it.
        """
        return _resolve(self.citation)


def _resolve(citation: Citation | None) -> Provision | None:
    if citation is None:
        return None
    from .catalogue import provision

    return provision(citation)


@attrs.frozen(slots=True, field_transformer=accept_values)
class PublicInterest:
    """The public-interest balance (FOIA s.2(1)(b), s.2(2)(b), s.17(3); EIR reg 12(1)(b)).

    Each item is verbatim. ``text`` holds passages that are neither a factor nor
    the conclusion (an opening statement of the test).
    """

    text: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(is_text(), what="str"))
    for_disclosure: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_of(is_text(), what="str")
    )
    against_disclosure: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_of(is_text(), what="str")
    )
    conclusion: str | None = attrs.field(default=None, validator=_opt_text)


@attrs.frozen(slots=True, field_transformer=accept_values)
class ExemptionClaim:
    """An exemption (or EIR exception) relied on, as the letter states it.

    ``as_written`` is the provision as written ("Section 40(2)"), ``citation``
    the structured citation. ``parts`` are the refs of the parts it covers (empty
    when the letter does not say). ``reasons`` is the harm or prejudice reasoning,
    paragraph by paragraph, verbatim.

    One claim may cite several provisions with shared reasoning and public interest
    test ("Section 31 (1)(a)(b)"): ``citations`` then lists them all in order and
    ``citation`` is the first (:attr:`cited` gives them all either way). ``quoted``
    holds statute text the letter quotes, ``withheld`` the names or references of the
    documents or items withheld, each verbatim.
    """

    as_written: str = attrs.field(validator=is_text())
    citation: Citation | None = attrs.field(default=None, validator=optional(instance(Citation)))
    title: str | None = attrs.field(default=None, validator=_opt_text)
    parts: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(is_text(), unique=True))
    ncnd: bool = attrs.field(default=False, validator=boolean)
    reasons: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(is_text(), what="str"))
    public_interest: PublicInterest | None = attrs.field(
        default=None, validator=optional(instance(PublicInterest))
    )
    #: The letter's statement that the exemption (or the part relied on) is absolute, so
    #: that no public interest test applies ("s.40(2) is absolute where the first
    #: condition is met"), verbatim.
    absolute_statement: str | None = attrs.field(default=None, validator=_opt_text)
    #: Names of the fields :func:`foilib.fill_particulars` added (not the letter's words).
    added: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(is_text(), what="str"))
    #: Every provision the claim cites, when it cites more than one; ``citation`` is the first.
    citations: tuple[Citation, ...] = attrs.field(
        default=(),
        validator=tuple_of(instance(Citation, "a foilib.Citation"), unique=True, what="Citation"),
    )
    #: Statute text the letter quotes, verbatim.
    quoted: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(is_text(), what="str"))
    #: Names or references of the documents or items withheld, verbatim.
    withheld: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(is_text(), what="str"))

    def __attrs_post_init__(self) -> None:
        if self.citations and self.citation != self.citations[0]:
            raise ValidationError(
                "ExemptionClaim",
                "citation",
                self.citation,
                f"the first of citations ({self.citations[0]})",
            )

    @property
    def cited(self) -> tuple[Citation, ...]:
        """Every provision the claim cites: ``citations``, else ``citation`` alone."""
        if self.citations:
            return self.citations
        return () if self.citation is None else (self.citation,)

    @property
    def provision(self) -> Provision | None:
        """The catalogue entry the citation resolves to (``None`` without a citation)."""
        return _resolve(self.citation)


@attrs.frozen(slots=True, field_transformer=accept_values)
class RefusalNotice:
    """A refusal notice (FOIA s.17; EIR reg 14; FOISA ss.16-19) as the letter gives it.

    ``statement`` is the letter's own statement that it refuses (s.17(1)(a)),
    verbatim; ``grounds`` what it refuses on; ``provisions`` the provisions it
    cites (s.17(1)(b)); ``reasons`` why they apply (s.17(1)(c)), verbatim.
    The particulars of internal review and of the right to complain to the
    Commissioner (s.17(7)) are given once per letter, in :attr:`Response.rights`.
    ``public_interest_estimate`` is the s.17(2) estimated decision date.
    """

    statement: str | None = attrs.field(default=None, validator=_opt_text)
    grounds: tuple[Disposition, ...] = attrs.field(
        default=(), validator=tuple_of(enum_member(Disposition), unique=True, what="Disposition")
    )
    provisions: tuple[CitedProvision, ...] = attrs.field(
        default=(), validator=_items(CitedProvision)
    )
    reasons: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(is_text(), what="str"))
    advice_and_assistance: str | None = attrs.field(default=None, validator=_opt_text)
    public_interest_estimate: dt.date | None = attrs.field(default=None, validator=_opt_date)
    #: Names of the fields :func:`foilib.fill_particulars` added (not the letter's words).
    added: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(is_text(), what="str"))


@attrs.frozen(slots=True)
class Fee:
    """A fee the authority asks for before complying (FOIA s.9; EIR reg 8; FOISA s.9).

    ``amount`` is the sum as the letter writes it ("£45.60"); ``pay_within`` the period
    it gives for paying, verbatim ("within three months"); ``due_on`` a date it gives.
    """

    amount: str = attrs.field(validator=is_text())
    pay_within: str | None = attrs.field(default=None, validator=_opt_text)
    due_on: dt.date | None = attrs.field(default=None, validator=_opt_date)


@attrs.frozen(slots=True, field_transformer=accept_values)
class Rights:
    """The letter's review and appeal block, each particular verbatim or absent.

    ``internal_review`` is the particulars of the complaints (internal review)
    procedure (FOIA s.17(7)(a); EIR reg 11, reg 14(5)(a); FOISA s.19(a), s.20);
    ``commissioner`` those of the right to complain to the Commissioner (FOIA
    s.17(7)(b), s.50; EIR reg 14(5)(b), reg 18; FOISA s.19(b), s.47);
    ``further_appeal`` any mention of the Tribunal or the Court of Session.
    """

    internal_review: str | None = attrs.field(default=None, validator=_opt_text)
    internal_review_contact: Contact | None = attrs.field(
        default=None, validator=optional(instance(Contact))
    )
    commissioner: str | None = attrs.field(default=None, validator=_opt_text)
    commissioner_contact: Contact | None = attrs.field(
        default=None, validator=optional(instance(Contact))
    )
    further_appeal: str | None = attrs.field(default=None, validator=_opt_text)
    #: Names of the fields :func:`foilib.fill_particulars` added (not the letter's words).
    added: tuple[str, ...] = attrs.field(default=(), validator=tuple_of(is_text(), what="str"))


@attrs.frozen(slots=True, field_transformer=accept_values)
class ReuseLicence:
    """A statement about re-use of the information, verbatim, and the licence it names."""

    text: str = attrs.field(validator=is_text())
    licence: Licence | None = attrs.field(default=None, validator=optional(enum_member(Licence)))


@attrs.frozen(slots=True, field_transformer=accept_values)
class Passage:
    """A passage of the letter that no structured field holds, verbatim.

    A heading passage keeps its words even when the heading carries content
    ("Outcome: Some information provided."); where each passage stands among the
    letter's fields is in :attr:`Response.order`.
    """

    kind: PassageKind = attrs.field(validator=enum_member(PassageKind))
    text: str = attrs.field(validator=is_text())


@attrs.frozen(slots=True, field_transformer=accept_values)
class Provenance:
    """Where the letter's text came from, and whether the copy is cut short.

    ``extract`` is ``True`` when the copy is not the letter itself but an extract of
    it (a disclosure-log entry, a blog or press reproduction): like a cut-short copy,
    its silence does not show what the authority's letter left out.
    """

    url: str | None = attrs.field(default=None, validator=_opt_text)
    truncated: bool = attrs.field(default=False, validator=boolean)
    note: str | None = attrs.field(default=None, validator=_opt_text)
    extract: bool = attrs.field(default=False, validator=boolean)

    @property
    def partial(self) -> bool:
        """True when the copy cannot prove an absence (cut short, or an extract)."""
        return self.truncated or self.extract


def _refs(parts: tuple[RequestPart, ...], prefix: str, out: set[str]) -> set[str]:
    """The refs of ``parts`` and their sub-parts, as :meth:`Request.iter_parts` gives them,
    added to ``out``."""
    for part in parts:
        ref = prefix + part.label
        out.add(ref)
        if part.parts:
            _refs(part.parts, ref + "/", out)
    return out


def _check_refs(response: Response) -> None:
    """Every part ref in answers and claims names a part of the request (linear: a set,
    built only when some answer or claim names a part)."""
    known: set[str] | None = None
    for i, answer in enumerate(response.answers):
        parts, same_as = answer.parts, answer.same_as
        if parts or same_as is not None:
            if known is None:
                known = _refs(response.request.parts, "", set())
            if not known.issuperset(parts):
                j = next(j for j, r in enumerate(parts) if r not in known)
                _bad_ref(response, f"answers[{i}].parts[{j}]", parts[j])
            if same_as is not None and same_as not in known:
                _bad_ref(response, f"answers[{i}].same_as", same_as)
    if known is not None:
        _check_same_as(response)
    for i, claim in enumerate(response.exemption_claims):
        if claim.parts:
            if known is None:
                known = _refs(response.request.parts, "", set())
            if not known.issuperset(claim.parts):
                j = next(j for j, r in enumerate(claim.parts) if r not in known)
                _bad_ref(response, f"exemption_claims[{i}].parts[{j}]", claim.parts[j])


def _check_same_as(response: Response) -> None:
    """No answer leads back to itself through ``same_as`` (answer 0 "as 2", answer 1 for
    part 2 "as 1"): the first answer on such a cycle is named."""
    answers = response.answers
    if all(a.same_as is None for a in answers):
        return
    covering: dict[str, int] = {}
    for i, answer in enumerate(answers):
        for ref in answer.parts:
            covering.setdefault(ref, i)
    for i, answer in enumerate(answers):
        seen = [i]
        here = answer
        while here.same_as is not None:
            nxt = covering.get(here.same_as)
            if nxt is None or nxt in seen[1:]:
                break
            if nxt == i:
                chain = " -> ".join(f"answers[{k}]" for k in [*seen, i])
                raise ValidationError(
                    "Response",
                    f"answers[{i}].same_as",
                    answer.same_as,
                    f"a ref whose answer does not lead back here through same_as ({chain})",
                )
            seen.append(nxt)
            here = answers[nxt]


_PATH_STEP = re.compile(r"([a-z_]+)((?:\[[0-9]+\])*)")


def _at(root: object, path: str) -> object:
    """The value at a JSON path of a model object ("answers[0]", "request.parts[1].parts[0]");
    :class:`LookupError` when there is none (or it is absent)."""
    node = root
    for step in path.split("."):
        m = _PATH_STEP.fullmatch(step)
        if m is None or not attrs.has(type(node)):
            raise LookupError(path)
        name = m.group(1)
        if name not in attrs.fields_dict(type(node)):  # type: ignore[arg-type]
            raise LookupError(path)
        node = getattr(node, name)
        for index in re.findall(r"\[([0-9]+)\]", m.group(2)):
            if not isinstance(node, tuple) or int(index) >= len(node):
                raise LookupError(path)
            node = node[int(index)]
        if node is None:
            raise LookupError(path)
    return node


def _check_order(response: Response) -> None:
    for j, path in enumerate(response.order):
        try:
            _at(response, path)
        except LookupError:
            raise ValidationError(
                "Response", f"order[{j}]", path, "the JSON path of a field this response holds"
            ) from None


def _bad_ref(response: Response, field: str, ref: str) -> None:
    refs = response.request.part_refs
    shown = list(refs) if len(refs) <= 50 else [*refs[:50], "..."]
    expected = f"a ref of a request part, one of {shown}" if refs else "none (no parts)"
    raise ValidationError("Response", field, ref, expected)


@short_repr
@attrs.frozen(slots=True, field_transformer=accept_values)
class Response:
    """An authority's letter answering (or refusing, or acknowledging) a request.

    Structured fields hold what the law asks about; ``passages`` keeps every
    other passage of the letter verbatim and in order, so nothing is dropped.

    ``sent_in`` is the month (or year) of sending when the letter gives no day
    ("Publication date: October 2024"); with ``sent_on`` it must agree. ``order``
    keeps where each field and passage stands in the letter: the JSON paths of the
    letter's blocks in the letter's order ("reference", "passages[0]",
    "request.parts[0]", "answers[0]", "rights.commissioner"), empty when not recorded;
    :meth:`in_order` walks it.
    """

    authority: Authority = attrs.field(validator=instance(Authority, "a foilib.Authority"))
    regime: Regime = attrs.field(validator=enum_member(Regime))
    request: Request = attrs.field(validator=instance(Request, "a foilib.Request"))
    kind: LetterKind = attrs.field(default=LetterKind.RESPONSE, validator=enum_member(LetterKind))
    sent_on: dt.date | None = attrs.field(default=None, validator=_opt_date)
    reference: str | None = attrs.field(default=None, validator=_opt_text)
    subject: str | None = attrs.field(default=None, validator=_opt_text)
    outcome: str | None = attrs.field(default=None, validator=_opt_text)
    answers: tuple[Answer, ...] = attrs.field(default=(), validator=_items(Answer))
    exemption_claims: tuple[ExemptionClaim, ...] = attrs.field(
        default=(), validator=_items(ExemptionClaim)
    )
    refusal_notice: RefusalNotice | None = attrs.field(
        default=None, validator=optional(instance(RefusalNotice))
    )
    reuse_licence: ReuseLicence | None = attrs.field(
        default=None, validator=optional(instance(ReuseLicence))
    )
    rights: Rights | None = attrs.field(default=None, validator=optional(instance(Rights)))
    passages: tuple[Passage, ...] = attrs.field(default=(), validator=_items(Passage))
    provenance: Provenance | None = attrs.field(
        default=None, validator=optional(instance(Provenance))
    )
    #: The fee asked for, in a fees notice (``kind`` fees_notice).
    fee: Fee | None = attrs.field(default=None, validator=optional(instance(Fee)))
    sent_in: PartialDate | None = attrs.field(
        default=None, validator=optional(instance(PartialDate))
    )
    order: tuple[str, ...] = attrs.field(
        default=(), validator=tuple_of(is_text(), unique=True, what="JSON paths")
    )

    def __attrs_post_init__(self) -> None:
        if self.regime not in self.authority.regimes:
            raise ValidationError(
                "Response",
                "regime",
                self.regime,
                f"one of the authority's regimes {[r.name for r in self.authority.regimes]}",
            )
        received = self.request.received_on
        if self.sent_on is not None and received is not None and self.sent_on < received:
            raise ValidationError(
                "Response", "sent_on", self.sent_on, f"a date on or after the receipt ({received})"
            )
        sent_in = self.sent_in
        if sent_in is not None and self.sent_on is not None and not sent_in.contains(self.sent_on):
            raise ValidationError(
                "Response",
                "sent_in",
                str(self.sent_in),
                f"the month of sent_on ({self.sent_on})",
            )
        _check_refs(self)
        if self.order:
            _check_order(self)
        for i, answer in enumerate(self.answers):
            if answer.regime is not None and answer.regime not in self.authority.regimes:
                raise ValidationError(
                    "Response",
                    f"answers[{i}].regime",
                    answer.regime,
                    f"one of the authority's regimes {[r.name for r in self.authority.regimes]}",
                )

    def in_order(self) -> tuple[tuple[str, object], ...]:
        """``(path, value)`` for each block in :attr:`order`, in the letter's order
        (empty when the order was not recorded)."""
        return tuple((path, _at(self, path)) for path in self.order)

    def answer_for(self, ref: str) -> Answer | None:
        """The answer covering the part with this ref, or ``None``."""
        for answer in self.answers:
            if ref in answer.parts:
                return answer
        return None
