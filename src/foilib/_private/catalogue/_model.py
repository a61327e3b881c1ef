"""The :class:`Provision` model and the small helpers the data modules use to build rows.

The data modules (``_foia``, ``_eir``, ``_foisa``, ``_eisr``) hold rows only; this
module holds the shape of a row and its validation.
"""

from __future__ import annotations

import enum
import warnings

import attrs

from ..citation import Citation
from ..errors import FieldTypeError, ValidationError
from ..regimes import Regime

__all__ = [
    "Absoluteness",
    "HarmTest",
    "Provision",
    "ProvisionKind",
    "cite",
    "row",
    "source_url",
]

_LEGISLATION = "https://www.legislation.gov.uk/"

#: Where each regime's provisions live on legislation.gov.uk.
_BASE = {
    Regime.FOIA: "https://www.legislation.gov.uk/ukpga/2000/36/section/",
    Regime.EIR: "https://www.legislation.gov.uk/uksi/2004/3391/regulation/",
    Regime.FOISA: "https://www.legislation.gov.uk/asp/2002/13/section/",
    Regime.EISR: "https://www.legislation.gov.uk/ssi/2004/520/regulation/",
}


class ProvisionKind(enum.Enum):
    """What a catalogued provision does."""

    #: A Part II (FOIA) or Part 2 (FOISA) exemption.
    EXEMPTION = "exemption"
    #: An EIR reg 12/13 or EISR reg 10/11 exception.
    EXCEPTION = "exception"
    #: A ground for refusing a request outside the exemptions (FOIA s.12, s.14; FOISA s.12, s.14).
    REFUSAL_GROUND = "refusal ground"
    #: A provision whose only effect is to exclude the duty to confirm or deny
    #: (FOIA s.40(5A)/(5B), FOISA s.18, EIR reg 12(6), EISR reg 10(8)).
    CONFIRM_DENY_EXCLUSION = "exclusion of the duty to confirm or deny"
    #: A duty on the authority (to answer, in time, with a notice, with advice).
    DUTY = "duty"
    #: A procedural or supplementary provision: request validity, fees, codes of
    #: practice, complaint and appeal rights, historical records, certificates.
    PROCEDURE = "procedure"

    def __str__(self) -> str:
        return self.value


class Absoluteness(enum.Enum):
    """Whether the public interest test can override the provision."""

    ABSOLUTE = "absolute"
    QUALIFIED = "qualified"
    #: Absolute only in part; :attr:`Provision.absolute_part` says which part.
    PARTLY_ABSOLUTE = "absolute in part"
    #: Not an exemption or exception, so the question does not arise.
    NOT_APPLICABLE = "not applicable"

    def __str__(self) -> str:
        return self.value


class HarmTest(enum.Enum):
    """The test that must be met before the provision is engaged."""

    #: Engaged by the kind of information alone (a class-based exemption).
    CLASS = "class"
    #: "would, or would be likely to, prejudice" (FOIA).
    PREJUDICE = "prejudice"
    #: "would, or would be likely to, prejudice substantially" (FOISA, EISR reg 10(5)).
    SUBSTANTIAL_PREJUDICE = "substantial prejudice"
    #: "would adversely affect" (EIR reg 12(5)).
    ADVERSE_EFFECT = "adverse effect"
    #: "would, or would be likely to, endanger" health or safety (FOIA s.38, FOISA s.39(1)).
    ENDANGERMENT = "endangerment"
    #: "required for the purpose of safeguarding national security" (FOIA s.24, FOISA s.31(1)).
    NATIONAL_SECURITY = "required for safeguarding national security"
    #: Different tests in different subsections (see the subsection entries).
    MIXED = "mixed"
    #: No harm test: duties, procedures, refusal grounds.
    NONE = "none"

    def __str__(self) -> str:
        return self.value


def cite(regime: Regime, local: str) -> Citation:
    """Build a citation from a local form such as ``"40(2)"`` or ``"12(5)(e)"`` (rows only)."""
    section, _, rest = local.partition("(")
    path = tuple(rest[:-1].split(")(")) if rest else ()
    return Citation(regime, section, path)


def source_url(citation: Citation) -> str:
    """The legislation.gov.uk address of the section or regulation containing ``citation``."""
    return _BASE[citation.regime] + citation.section


def _check_kind(inst: object, att: attrs.Attribute[ProvisionKind], value: object) -> None:
    if not isinstance(value, ProvisionKind):
        raise FieldTypeError("Provision", att.name, value, "a foilib.ProvisionKind")


def _check_absoluteness(inst: object, att: attrs.Attribute[Absoluteness], value: object) -> None:
    if not isinstance(value, Absoluteness):
        raise FieldTypeError("Provision", att.name, value, "a foilib.Absoluteness")


def _check_harm(inst: object, att: attrs.Attribute[HarmTest], value: object) -> None:
    if not isinstance(value, HarmTest):
        raise FieldTypeError("Provision", att.name, value, "a foilib.HarmTest")


def _check_str(inst: object, att: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise FieldTypeError("Provision", att.name, value, "a str")


def _check_nonempty(inst: object, att: attrs.Attribute[str], value: object) -> None:
    _check_str(inst, att, value)
    if not value:
        raise ValidationError("Provision", att.name, value, "a non-empty str")


def _check_citation(inst: object, att: attrs.Attribute[Citation], value: object) -> None:
    if not isinstance(value, Citation):
        raise FieldTypeError("Provision", att.name, value, "a foilib.Citation")


def _check_source(inst: object, att: attrs.Attribute[str], value: object) -> None:
    _check_str(inst, att, value)
    assert isinstance(value, str)
    if not value.startswith(_LEGISLATION):
        raise ValidationError("Provision", att.name, value, f"an address under {_LEGISLATION}")


def _check_years(inst: object, att: attrs.Attribute[int | None], value: object) -> None:
    if value is not None and (isinstance(value, bool) or not isinstance(value, int) or value < 1):
        raise ValidationError("Provision", att.name, value, "a positive int or None")


def _check_str_tuple(inst: object, att: attrs.Attribute[tuple[str, ...]], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(v, str) and v for v in value):
        raise FieldTypeError("Provision", att.name, value, "a tuple of non-empty str")


def _check_covers(inst: object, att: attrs.Attribute[tuple[Citation, ...]], value: object) -> None:
    if not isinstance(value, tuple) or not all(isinstance(v, Citation) for v in value):
        raise FieldTypeError("Provision", att.name, value, "a tuple of foilib.Citation")


@attrs.frozen(slots=True)
class Provision:
    """One catalogued provision of FOIA, the EIR, FOISA or the EISR, with its source.

    ``absolute`` is true only when the whole provision is absolute (no public
    interest test anywhere in it); ``public_interest_test`` is true when the
    test applies to at least part of it (FOIA s.2, EIR reg 12(1)(b), FOISA s.2).
    ``ncnd_clauses`` are the provisions (clauses) that exclude the duty to confirm or
    deny for this one, as citations (empty when there is none); a letter's claim to
    neither confirm nor deny is the bool :attr:`foilib.ExemptionClaim.ncnd`. (The old
    name ``ncnd`` is kept as a deprecated alias; the converter's JSON keeps the key
    ``"ncnd"``.) ``covers`` lists finer citations (such
    as ``s.38(1)(a)``) that resolve to this entry because the catalogue does not
    split them out. ``source_url`` is the legislation.gov.uk address of the section
    or regulation (named ``source`` before, kept as a deprecated alias; the converter's
    JSON keeps the key ``"source"``); ``authorities`` names the amending instruments or guidance a
    statement in the row rests on.
    """

    citation: Citation = attrs.field(validator=_check_citation)
    title: str = attrs.field(validator=_check_nonempty)
    kind: ProvisionKind = attrs.field(validator=_check_kind)
    absoluteness: Absoluteness = attrs.field(validator=_check_absoluteness)
    harm_test: HarmTest = attrs.field(validator=_check_harm)
    public_interest_test: bool = attrs.field(validator=attrs.validators.instance_of(bool))
    source_url: str = attrs.field(validator=_check_source)
    ncnd_clauses: tuple[Citation, ...] = attrs.field(default=(), validator=_check_covers)
    absolute_part: str = attrs.field(default="", validator=_check_str)
    falls_away: str = attrs.field(default="", validator=_check_str)
    falls_away_years: int | None = attrs.field(default=None, validator=_check_years)
    authorities: tuple[str, ...] = attrs.field(default=(), validator=_check_str_tuple)
    covers: tuple[Citation, ...] = attrs.field(default=(), validator=_check_covers)
    note: str = attrs.field(default="", validator=_check_str)

    def __attrs_post_init__(self) -> None:
        a = self.absoluteness
        if (a is Absoluteness.PARTLY_ABSOLUTE) != bool(self.absolute_part):
            raise ValidationError(
                "Provision",
                "absolute_part",
                self.absolute_part,
                "a description exactly when absoluteness is PARTLY_ABSOLUTE",
            )
        if a is Absoluteness.ABSOLUTE and self.public_interest_test:
            raise ValidationError(
                "Provision", "public_interest_test", True, "False for an absolute provision"
            )
        if a in (Absoluteness.QUALIFIED, Absoluteness.PARTLY_ABSOLUTE) and not (
            self.public_interest_test
        ):
            raise ValidationError(
                "Provision", "public_interest_test", False, "True for a qualified provision"
            )
        if a is Absoluteness.NOT_APPLICABLE and self.kind in (
            ProvisionKind.EXEMPTION,
            ProvisionKind.EXCEPTION,
        ):
            raise ValidationError(
                "Provision", "absoluteness", a, "absolute, qualified or partly absolute"
            )
        if self.source_url != source_url(self.citation):
            raise ValidationError(
                "Provision", "source_url", self.source_url, source_url(self.citation)
            )
        for c in self.covers:
            if not self.citation.contains(c) or c == self.citation:
                raise ValidationError("Provision", "covers", c, f"citations inside {self.citation}")

    @property
    def ncnd(self) -> tuple[Citation, ...]:
        """Deprecated alias of :attr:`ncnd_clauses` (a tuple of citations, not a bool).

        Returns:
            :attr:`ncnd_clauses`.

        Warns:
            DeprecationWarning: always (the old name is deprecated).
        """
        warnings.warn(
            "Provision.ncnd is deprecated: use Provision.ncnd_clauses (the clauses that "
            "exclude the duty to confirm or deny); ExemptionClaim.ncnd is the letter's claim",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.ncnd_clauses

    @property
    def source(self) -> str:
        """Deprecated alias of :attr:`source_url` (the legislation.gov.uk address).

        Returns:
            :attr:`source_url`.

        Warns:
            DeprecationWarning: always (the old name is deprecated).
        """
        warnings.warn(
            "Provision.source is deprecated: use Provision.source_url (the legislation.gov.uk "
            "address), like Holiday.source_url",
            DeprecationWarning,
            stacklevel=2,
        )
        return self.source_url

    @property
    def regime(self) -> Regime:
        """The regime the provision belongs to."""
        return self.citation.regime

    @property
    def absolute(self) -> bool:
        """True only when the whole provision is absolute."""
        return self.absoluteness is Absoluteness.ABSOLUTE

    @property
    def is_withholding_ground(self) -> bool:
        """True for exemptions, exceptions, refusal grounds and NCND exclusions."""
        return self.kind in (
            ProvisionKind.EXEMPTION,
            ProvisionKind.EXCEPTION,
            ProvisionKind.REFUSAL_GROUND,
            ProvisionKind.CONFIRM_DENY_EXCLUSION,
        )

    def __str__(self) -> str:
        return f"{self.citation} ({self.title})"


def row(
    regime: Regime,
    local: str,
    title: str,
    kind: ProvisionKind,
    absoluteness: Absoluteness,
    harm_test: HarmTest,
    *,
    ncnd: tuple[str, ...] = (),
    absolute_part: str = "",
    falls_away: str = "",
    falls_away_years: int | None = None,
    authorities: tuple[str, ...] = (),
    covers: tuple[str, ...] = (),
    note: str = "",
) -> Provision:
    """Build one catalogue row; the public interest test follows from ``absoluteness``."""
    citation = cite(regime, local)
    return Provision(
        citation=citation,
        title=title,
        kind=kind,
        absoluteness=absoluteness,
        harm_test=harm_test,
        public_interest_test=absoluteness in (Absoluteness.QUALIFIED, Absoluteness.PARTLY_ABSOLUTE),
        source_url=source_url(citation),
        ncnd_clauses=tuple(cite(regime, n) for n in ncnd),
        absolute_part=absolute_part,
        falls_away=falls_away,
        falls_away_years=falls_away_years,
        authorities=authorities,
        covers=tuple(cite(regime, local + c) for c in covers),
        note=note,
    )


# Shorthands the data modules use to keep each row on a few lines.
ABS = Absoluteness.ABSOLUTE
ADV = HarmTest.ADVERSE_EFFECT
CLASS = HarmTest.CLASS
DUTY = ProvisionKind.DUTY
EX = ProvisionKind.EXEMPTION
EXC = ProvisionKind.EXCEPTION
MIXED = HarmTest.MIXED
NA = Absoluteness.NOT_APPLICABLE
NCND = ProvisionKind.CONFIRM_DENY_EXCLUSION
NONE = HarmTest.NONE
PART = Absoluteness.PARTLY_ABSOLUTE
PREJ = HarmTest.PREJUDICE
PROC = ProvisionKind.PROCEDURE
QUAL = Absoluteness.QUALIFIED
RG = ProvisionKind.REFUSAL_GROUND
SUB = HarmTest.SUBSTANTIAL_PREJUDICE
