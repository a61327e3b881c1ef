"""The :class:`Citation` value object: a pointer to one provision of one regime."""

from __future__ import annotations

import re

import attrs

from .errors import FieldTypeError, ValidationError
from .regimes import Regime

__all__ = ["Citation", "OtherCitation"]

_SECTION = re.compile(r"[1-9][0-9]{0,2}[A-Z]{0,2}")
_COMPONENT = re.compile(r"[1-9][0-9]{0,2}[A-Z]{0,2}|[a-z]{1,4}")


def _check_regime(inst: Citation, att: attrs.Attribute[Regime], value: object) -> None:
    if not isinstance(value, Regime):
        raise FieldTypeError("Citation", att.name, value, "a foilib.Regime")


def _check_section(inst: Citation, att: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str):
        raise FieldTypeError("Citation", att.name, value, "a str such as '40' or '22A'")
    if not _SECTION.fullmatch(value):
        raise ValidationError(
            "Citation", att.name, value, "a section or regulation number such as '40' or '22A'"
        )


def _check_path(inst: Citation, att: attrs.Attribute[tuple[str, ...]], value: object) -> None:
    if not isinstance(value, tuple):
        raise FieldTypeError("Citation", att.name, value, "a tuple of str such as ('2',)")
    for item in value:
        if not isinstance(item, str) or not _COMPONENT.fullmatch(item):
            raise ValidationError(
                "Citation",
                att.name,
                value,
                "subsection components such as '2', '5A', 'a' or 'iii'",
            )


# What each checks, as data: the fast JSON reader makes these checks inline (validate.Spec)
_check_regime.spec = ("enum", Regime)  # type: ignore[attr-defined]
_check_section.spec = ("pattern", _SECTION)  # type: ignore[attr-defined]
_check_path.spec = ("tuple", ("pattern", _COMPONENT), False, False)  # type: ignore[attr-defined]


@attrs.frozen(slots=True, order=False)
class Citation:
    """A provision of one regime: section (or regulation) number plus subsection path.

    ``Citation(Regime.FOIA, "40", ("2",))`` is section 40(2) of FOIA;
    ``Citation(Regime.EIR, "12", ("5", "e"))`` is regulation 12(5)(e) of the EIR.
    ``str()`` gives the canonical form, which :func:`foilib.parse_citation` reads back.

    >>> str(Citation(Regime.FOIA, "40", ("2",)))
    'FOIA s.40(2)'
    >>> str(Citation(Regime.EIR, "12", ("5", "e")))
    'EIR reg.12(5)(e)'
    """

    regime: Regime = attrs.field(validator=_check_regime)
    section: str = attrs.field(validator=_check_section)
    path: tuple[str, ...] = attrs.field(default=(), validator=_check_path)

    @property
    def is_regulation(self) -> bool:
        """True when the regime is a set of regulations (EIR, EISR)."""
        return self.regime.is_environmental

    @property
    def local(self) -> str:
        """The citation without its regime: ``'s.40(2)'`` or ``'reg.12(5)(e)'``."""
        prefix = "reg." if self.is_regulation else "s."
        return prefix + self.section + "".join(f"({p})" for p in self.path)

    @property
    def whole(self) -> Citation:
        """The citation of the whole section or regulation."""
        return Citation(self.regime, self.section)

    def contains(self, other: Citation) -> bool:
        """True if ``other`` is this provision or lies inside it."""
        return (
            self.regime is other.regime
            and self.section == other.section
            and other.path[: len(self.path)] == self.path
        )

    @property
    def in_catalogue(self) -> bool:
        """True if foilib's statute catalogue has this provision (or covers it, as
        FOISA s.30(b)(i) under s.30): when :func:`foilib.provision` given this citation
        returns an entry rather than raising :class:`~foilib.UnknownProvisionError`.

        The citation readers return what the text says even where no such provision
        exists ("regulation 12(5)(e)" in a FOISA letter reads as EISR reg.12(5)(e),
        which the EISR do not have: their exceptions are in regulation 10).

        >>> Citation(Regime.EIR, "12", ("5", "e")).in_catalogue
        True
        >>> Citation(Regime.EISR, "12", ("5", "e")).in_catalogue
        False
        """
        from .catalogue import _INDEX

        return self in _INDEX

    @property
    def sister(self) -> Citation | None:
        """The same number in the sister regime (FOIA and FOISA, the EIR and the EISR)
        when this citation is not in the catalogue and that one is; otherwise None.

        A reading such as EISR reg.12(5)(e) usually means the writer used the other
        jurisdiction's numbering (EIR reg.12(5)(e)); the sister is a suggestion, and the
        reading itself is left as written.

        >>> str(Citation(Regime.EISR, "12", ("5", "e")).sister)
        'EIR reg.12(5)(e)'
        >>> Citation(Regime.EIR, "12", ("5", "e")).sister is None
        True
        """
        from .catalogue import _INDEX

        if self in _INDEX:
            return None
        other = Citation(_SISTERS[self.regime], self.section, self.path)
        return other if other in _INDEX else None

    def __str__(self) -> str:
        return f"{self.regime.name} {self.local}"


#: Each regime's counterpart in the other jurisdiction (UK <-> Scotland).
_SISTERS = {
    Regime.FOIA: Regime.FOISA,
    Regime.FOISA: Regime.FOIA,
    Regime.EIR: Regime.EISR,
    Regime.EISR: Regime.EIR,
}


def _checked_citation(regime: Regime, section: str, path: tuple[str, ...]) -> Citation:
    """A :class:`Citation` of values the citation reader has already checked, made without
    running the validators again (speed: the reader makes one per citation it reads).

    Only for the reader's own output: its regular expressions and grammar accept only
    sections matching ``_SECTION`` and components matching ``_COMPONENT`` (tests run
    ``attrs.validate`` on everything it returns). Anything else uses ``Citation(...)``.
    """
    citation = _new(Citation)
    _set_regime(citation, regime)
    _set_section(citation, section)
    _set_path(citation, path)
    return citation


_new = object.__new__
# The slots' own setters (the class is frozen: its __setattr__ refuses).
_set_regime = Citation.__dict__["regime"].__set__
_set_section = Citation.__dict__["section"].__set__
_set_path = Citation.__dict__["path"].__set__

_KINDS = {"section": "s.", "regulation": "reg.", "article": "art."}


def _check_kind(inst: OtherCitation, att: attrs.Attribute[str], value: object) -> None:
    if value not in _KINDS:
        raise ValidationError(
            "OtherCitation", att.name, value, "'section', 'regulation' or 'article'"
        )


def _check_instrument(inst: OtherCitation, att: attrs.Attribute[str | None], value: object) -> None:
    if value is not None and (not isinstance(value, str) or not value.strip()):
        raise FieldTypeError("OtherCitation", att.name, value, "None or a non-empty str")


def _check_offset(inst: OtherCitation, att: attrs.Attribute[int], value: object) -> None:
    if not isinstance(value, int) or isinstance(value, bool) or value < 0:
        raise FieldTypeError("OtherCitation", att.name, value, "an int >= 0")


def _check_as_written(inst: OtherCitation, att: attrs.Attribute[str], value: object) -> None:
    if not isinstance(value, str) or not value:
        raise FieldTypeError("OtherCitation", att.name, value, "a non-empty str")


@attrs.frozen(slots=True)
class OtherCitation:
    """A provision of another instrument, found in prose by :func:`foilib.find_citations`.

    FOI letters cite other instruments beside FOI law ("section 170 of the Data
    Protection Act 2018", "Article 6(1)(f) UK GDPR", "regulation 5 of the Fees
    Regulations"); these are never read as FOIA, EIR, FOISA or EISR provisions.
    ``instrument`` is the instrument's name as written (None for an article whose
    instrument the text does not name), ``kind`` the marker ("section",
    "regulation" or "article"), ``start``/``end`` the offsets of ``as_written``.

    >>> o = OtherCitation("Data Protection Act 2018", "section", "170", (), 0, 11, "section 170")
    >>> str(o)
    'Data Protection Act 2018 s.170'
    """

    instrument: str | None = attrs.field(validator=_check_instrument)
    kind: str = attrs.field(validator=_check_kind)
    section: str = attrs.field(validator=_check_section)
    path: tuple[str, ...] = attrs.field(validator=_check_path)
    start: int = attrs.field(validator=_check_offset)
    end: int = attrs.field(validator=_check_offset)
    as_written: str = attrs.field(validator=_check_as_written)

    @property
    def local(self) -> str:
        """The provision without its instrument: ``'s.170'``, ``'art.6(1)(f)'``."""
        return _KINDS[self.kind] + self.section + "".join(f"({p})" for p in self.path)

    def __str__(self) -> str:
        return f"{self.instrument} {self.local}" if self.instrument else self.local
